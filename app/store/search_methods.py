"""The store's full-text search methods (mixed into Store): search, snippets, field texts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.errors import NotFoundError
from app.model.records import Case, Record
from app.store import search as _search

__all__ = ["SearchMethods"]


class SearchMethods:
    if TYPE_CHECKING:  # provided by Store
        conn: Any

        def get(self, kind: str, uuid: str) -> Record: ...

        def get_case(self, uuid: str) -> Case: ...

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        status: str | None = None,
        hometown: str | None = None,
        year: int | None = None,
    ) -> list[_search.SearchHit]:
        return _search.search(
            self.conn,
            query,
            limit=limit,
            status=status,
            hometown=hometown,
            year=year,
            load_text=self._field_text,
        )

    def add_snippets(self, hits: list[_search.SearchHit], query: str) -> None:
        """Snippets for hits beyond the first screenful (search() makes the first 20)."""
        _search.add_snippets(hits, query, self._field_text)

    # Which record kind each search field comes from (see search.search_fields).
    _KIND_OF_FIELD = {
        "names": "case",
        "case": "case",
        "testimony": "testimony",
        "translation": "testimony",
        "testimony-notes": "testimony",
        "act": "act",
        "witness": "witness",
        "intervention": "intervention",
        "attachment": "attachment",
    }

    def _field_text(self, record_uuid: str, field_name: str) -> str:
        kind = self._KIND_OF_FIELD.get(field_name.split(":")[0])
        if kind is None:
            return ""
        try:
            record = self.get(kind, record_uuid)
        except NotFoundError:
            return ""
        return dict(_search.search_fields(record)).get(field_name, "")
