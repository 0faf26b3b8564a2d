"""``izdeu cases link|related|unlink|merge|split``: links between cases, merging two cases that
record the same person and splitting them again (docs/cli.md)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import JSON_VERSION, CliContext, register
from app.errors import EXIT_OK
from app.model.codes import Certainty, LinkKind

__all__: list[str] = []


def _configure(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    link = sub.add_parser("link", help="record how the persons of two cases relate")
    link.add_argument("case", metavar="CASE")
    link.add_argument("kind", metavar="KIND", choices=[k.value for k in LinkKind], help="; ".join(LinkKind))
    link.add_argument("other", metavar="OTHER")
    link.add_argument("--certainty", choices=[c.value for c in Certainty], default=Certainty.PROBABLE)
    related = sub.add_parser("related", help="the cases linked to a case")
    related.add_argument("case", metavar="CASE")
    related.add_argument("--json", action="store_true", help="machine-readable output")
    unlink = sub.add_parser("unlink", help="remove the link between two cases")
    unlink.add_argument("case", metavar="CASE")
    unlink.add_argument("other", metavar="OTHER")
    merge = sub.add_parser("merge", help="merge case OTHER into case KEPT (the same person)")
    merge.add_argument("kept", metavar="KEPT")
    merge.add_argument("other", metavar="OTHER")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="where both cases hold different values, take OTHER's (default: KEPT's); repeatable",
    )
    merge.add_argument("--json", action="store_true", help="machine-readable output")
    split = sub.add_parser("split", help="undo the merge of a case into another")
    split.add_argument("case", metavar="CASE")


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    return str(value)


@register(
    "cases", help="link cases, merge two cases of the same person, split them again", configure=_configure
)
def _cmd_cases(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.errors import NotFoundError

    with ctx.open_store() as store:
        if args.action == "link":
            case, other = store.find_case(args.case), store.find_case(args.other)
            store.link_cases(case.uuid, other.uuid, args.kind, args.certainty)
            ctx.print(f"linked: {case.case_number} {args.kind} {other.case_number}")
        elif args.action == "related":
            case = store.find_case(args.case)
            found = store.related_cases(case.uuid)
            if args.json:
                ctx.print_json(
                    {
                        "format": "izdeu-related",
                        "version": JSON_VERSION,
                        "cases": [
                            {
                                "uuid": r.other_case,
                                "case_number": r.other_number,
                                "relation": r.kind,
                                "certainty": r.certainty,
                                "merged": r.merged,
                            }
                            for r in found
                        ],
                    }
                )
            for r in [] if args.json else found:
                merged = "  (merged)" if r.merged else ""
                number = r.other_number or "(not in this vault)"
                ctx.print(f"{r.kind:<22} {number:<16} {r.certainty:<10}{merged}  {r.other_names}")
        elif args.action == "unlink":
            case, other = store.find_case(args.case), store.find_case(args.other)
            link = next((r for r in store.related_cases(case.uuid) if r.other_case == other.uuid), None)
            if link is None:
                raise NotFoundError("store.links.no_such_link")
            store.remove_link(link.link_uuid)
            ctx.print(f"unlinked: {case.case_number} {other.case_number}")
        elif args.action == "merge":
            kept, other = store.find_case(args.kept), store.find_case(args.other)
            differences = store.merge_differences(kept.uuid, other.uuid)
            choices = {d.path: "other" if d.path in args.take else "kept" for d in differences}
            store.merge_cases(kept.uuid, other.uuid, choices)
            if args.json:
                ctx.print_json(
                    {
                        "format": "izdeu-merge",
                        "version": JSON_VERSION,
                        "kept": kept.uuid,
                        "merged": other.uuid,
                        "differences": [{"field": d.path, "took": choices[d.path]} for d in differences],
                    }
                )
                return EXIT_OK
            for d in differences:
                took = d.other if choices[d.path] == "other" else d.kept
                ctx.print(f"{d.path}: kept {_value(took)}")
            ctx.print(f"merged {other.case_number} into {kept.case_number} (undo: izdeu cases split)")
        else:
            case = store.find_case(args.case)
            kept_uuid = store.split_case(case.uuid)
            ctx.print(f"split {case.case_number} from {store.get_case(kept_uuid).case_number}")
    return EXIT_OK
