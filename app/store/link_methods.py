"""The store's methods for links between cases and for merging cases (mixed into Store)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.errors import InvalidInputError, NotFoundError
from app.model.codes import Certainty, LinkKind
from app.model.records import Case, CaseLink, Witness
from app.store import casemerge, codec, links, writes
from app.store.links import RelatedCase

if TYPE_CHECKING:
    from app.vault.vault import Vault

__all__ = ["LinkMethods", "RelatedCase"]


class LinkMethods:
    vault: Vault
    actor: str

    def related_cases(self, case_uuid: str) -> list[RelatedCase]:
        """The cases linked to this one, each relation read from this case (links.py)."""
        return links.related(self.vault.conn, case_uuid)

    def link_cases(
        self,
        case_uuid: str,
        other_case: str,
        kind: str,
        certainty: str = Certainty.PROBABLE,
        notes: str = "",
    ) -> CaseLink:
        """Record how two cases' persons relate (``kind`` read from ``case_uuid``)."""
        link = CaseLink(
            case_uuid=case_uuid, other_case=other_case, kind=kind, certainty=certainty, notes=notes
        )
        link.validate()
        with self.vault.transaction() as conn:
            if not conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case_uuid,)).fetchone():
                raise NotFoundError("store.store.such_case")
            writes.save(conn, self.actor, link, False)
        return link

    def change_link(self, link_uuid: str, kind: str, certainty: str) -> CaseLink:
        """Change what a link says; a merge's link stays "same person, confirmed"."""
        with self.vault.transaction() as conn:
            link = links.load(conn, link_uuid)
            if not link.merged:
                link.kind, link.certainty = kind, certainty
                link.validate()
                writes.save(conn, self.actor, link, False)
        return link

    def remove_link(self, link_uuid: str) -> None:
        """Delete a link (tombstoned like any record); a merge's link goes only by splitting."""
        with self.vault.transaction() as conn:
            link = links.load(conn, link_uuid)
            if link.merged:
                raise InvalidInputError("store.links.merged_split_first")
            writes.delete(conn, self.actor, "link", link_uuid)
        self.vault.checkpoint()

    def not_same_person(self, case_uuid: str, other_case: str) -> CaseLink:
        """Remember that two cases are different people: neither is suggested for the other."""
        return self.link_cases(case_uuid, other_case, LinkKind.NOT_SAME_PERSON, Certainty.CONFIRMED)

    def merge_differences(self, kept_uuid: str, other_uuid: str) -> list[casemerge.Difference]:
        """The fields a person must choose between before merging (casemerge.py)."""
        kept, other = self._case(kept_uuid), self._case(other_uuid)
        return casemerge.differences(kept, other)

    def merge_cases(self, kept_uuid: str, other_uuid: str, choices: dict[str, str] | None = None) -> CaseLink:
        """Merge ``other_uuid`` into ``kept_uuid`` in one transaction (casemerge.py)."""
        with self.vault.transaction() as conn:
            return casemerge.merge(conn, self.actor, kept_uuid, other_uuid, choices or {})

    def split_case(self, other_uuid: str) -> str:
        """Undo the merge of ``other_uuid``; returns the case it had been merged into."""
        with self.vault.transaction() as conn:
            kept = casemerge.split(conn, self.actor, other_uuid)
        self.vault.checkpoint()
        return kept

    def known_witnesses(
        self, text: str, exclude_case: str = "", limit: int = 20
    ) -> list[tuple[Witness, str]]:
        """Witnesses of other cases whose name matches ``text`` (folded as search folds it),
        each with its case number: one relative reporting several people is entered once."""
        from app.store import search as _search

        found: list[tuple[Witness, str]] = []
        seen: set[str] = set()
        if not text.strip():
            return found
        conn = self.vault.conn
        for hit in _search.search(conn, text, limit=200, load_text=lambda _u, _f: "", snippets=0):
            if hit.case_uuid == exclude_case:
                continue
            for record_uuid, field_name in hit.records:
                witness = codec.find(conn, "witness", record_uuid) if field_name == "witness" else None
                if not isinstance(witness, Witness) or witness.uuid in seen:
                    continue
                seen.add(witness.uuid)
                row = conn.execute(
                    "SELECT case_number FROM cases WHERE uuid = ?", (hit.case_uuid,)
                ).fetchone()
                found.append((witness, row[0] if row else ""))
                if len(found) >= limit:
                    return found
        return found

    def _case(self, uuid: str) -> Case:
        found: Any = codec.find(self.vault.conn, "case", uuid)
        if not isinstance(found, Case):
            raise NotFoundError("store.store.such_case")
        return found
