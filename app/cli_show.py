"""``izdeu show CASE``: one case with everything it holds, as lines for a person or as the case
format's JSON (docs/cli.md)."""

from __future__ import annotations

import argparse
import datetime as _dt
from typing import Any

from app.cli import JSON_VERSION, CliContext, register
from app.errors import EXIT_OK, InvalidInputError

__all__: list[str] = []  # reached through the registry only


def _configure_show(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", help="case number or UUID")
    p.add_argument(
        "--json",
        action="store_true",
        help="every record of the case as in the case format (docs/case-format.md)",
    )


def _show_lines(bundle: Any) -> list[str]:
    from app.labels import coded_label
    from app.model.codes import (
        ActKind,
        AddresseeKind,
        CaseStatus,
        Citizenship,
        ConsentScope,
        Ethnicity,
        IdentityLevel,
        NameKind,
        NameScript,
        PersonStatus,
        Procedure,
        Relation,
        Sex,
    )
    from app.model.dates import PartialDate

    def en(enum: Any, code: str) -> str:  # the CLI speaks English (docs/cli.md)
        return coded_label(enum, code, "en")

    case, person = bundle.case, bundle.case.person
    out = [
        f"Case {case.case_number or '(no number)'}   {case.uuid}",
        f"Status: {en(CaseStatus, case.status)}, procedure {en(Procedure, case.procedure)}; "
        f"person: {en(PersonStatus, person.current_status)}",
    ]
    out.append("Names:")
    out += [f"  {en(NameScript, n.script)} ({en(NameKind, n.kind)}): {n.text}" for n in person.names] or [
        "  (none)"
    ]
    details = [
        ("Sex", en(Sex, person.sex)),
        ("Born", person.birth_date.iso()),
        ("Father", person.father_name),
        ("Mother", person.mother_name),
        ("Ethnicity", en(Ethnicity, person.ethnicity)),
        ("Citizenship", ", ".join(en(Citizenship, c) for c in person.citizenships)),
        ("Occupation", person.occupation),
        ("Hometown", person.hometown.display()),
        ("Lives in Kazakhstan", person.residence_kz),
        ("Disappeared", case.disappeared_on.iso()),
        ("Place", case.disappeared_place),
        ("Believed responsible", case.perpetrators),
        ("Remedies", case.remedies),
        ("Intake", case.intake_date.iso()),
        ("Interviewer", case.interviewer),
        ("Summary", case.summary),
    ]
    out += [f"{label}: {value}" for label, value in details if value]
    for doc in person.id_documents:
        out.append(f"ID document: {doc.kind} {doc.number}" + (" (confiscated)" if doc.confiscated else ""))
        out += _id_lines(doc.number)
    if bundle.acts:
        out.append("Timeline:")
        for i, act in enumerate(bundle.acts, 1):
            span = act.date_from.iso() or "?"
            if act.date_to.known:
                span += f" – {act.date_to.iso()}"
            extra = "; ".join(x for x in (act.place, act.facility, act.agency, act.court, act.sentence) if x)
            out.append(f"  {i}. {span}  {en(ActKind, act.kind)}" + (f"  {extra}" if extra else ""))
    if bundle.witnesses:
        out.append("Witnesses:")
        for w in bundle.witnesses:
            consent = (
                ", ".join(
                    f"{en(ConsentScope, g.scope)}/{en(IdentityLevel, g.identity)}"
                    + ("+contact" if g.contact else "")
                    for g in w.consent
                )
                or "none"
            )
            withdrawn = f"; CONSENT WITHDRAWN {w.consent_withdrawn.iso()}" if w.withdrawn else ""
            # The contact is the most sensitive field; human output only says it exists.
            contact = "; contact recorded (see --json)" if w.contact else ""
            out.append(
                f"  - {w.name or '(anonymous)'} ({en(Relation, w.relation) or '?'}); consent: "
                f"{consent}{withdrawn}{contact}   {w.uuid}"
            )
    if bundle.testimonies:
        out.append("Testimonies:")
        for t in bundle.testimonies:
            langs = ", ".join(tr.language for tr in t.translations) or "none"
            out.append(
                f"  - {t.interview_date.iso() or '?'} [{t.language or '?'}] "
                f"{len(t.original_text):,} characters; translations: {langs}   {t.uuid}"
            )
            text = " ".join(t.original_text.split())
            if text:
                out.append(f"    {text[:300]}" + ("…" if len(text) > 300 else ""))
    if bundle.interventions:
        out.append("Interventions:")
        today = PartialDate.parse(_dt.date.today().isoformat())
        for iv in bundle.interventions:
            due = ""
            if iv.next_follow_up.known:
                late = (iv.next_follow_up.sort_key() or 0) <= (today.sort_key() or 0)
                due = f"; follow-up {iv.next_follow_up.iso()}" + (" (DUE)" if late else "")
            out.append(
                f"  - {iv.date.iso() or '?'} {iv.actor or '?'} → {iv.addressee or '?'} "
                f"({en(AddresseeKind, iv.addressee_kind) or '?'}); ref {iv.reference or '-'}{due}"
            )
    if bundle.attachments:
        out.append("Attachments:")
        for a in bundle.attachments:
            out.append(
                f"  - {a.uuid}  {a.original_name}  {a.media_type}  {a.size:,} bytes  sha256 {a.sha256[:16]}…"
            )
    if bundle.status_changes:
        out.append("Status history:")
        out += [
            f"  - {s.date.iso() or '?'}: {en(PersonStatus, s.current_status)}" for s in bundle.status_changes
        ]
    return out


def _id_lines(number: str) -> list[str]:
    """What a PRC ID or IIN says, under its document line."""
    from app.names import decode_id

    try:
        decoded = decode_id(number)
    except InvalidInputError as exc:
        return [f"    ({exc})"]
    if decoded is None:
        return []
    region = f"; registered in {decoded.region}" if decoded.region else ""
    return [f"    (the number gives: born {decoded.birth_date.isoformat()}, {decoded.sex}{region})"]


@register("show", help="show one case with everything it holds", configure=_configure_show)
def _cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.interchange import case_document

    with ctx.open_store() as store:
        bundle = store.load_case(store.find_case(args.case).uuid)
    if args.json:
        ctx.print_json({"format": "izdeu-case", "version": JSON_VERSION, **case_document(bundle)})
    else:
        for line in _show_lines(bundle):
            ctx.print(line)
    return EXIT_OK
