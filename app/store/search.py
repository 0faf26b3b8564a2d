"""Full-text search over names, testimonies and notes in every script (FTS5 in the vault).

The FTS table is contentless: it holds folded tokens only. Snippets are cut from the records'
own text, located through the same folding, so they show the text exactly as recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.model.coded import other_text
from app.model.records import Act, Attachment, Case, Intervention, Record, Testimony, Witness
from app.store import namekeys, namesearch
from app.store.fold import fold, fold_with_map, query_terms, quick_fold

__all__ = [
    "SearchHit",
    "Snippet",
    "clear",
    "index_record",
    "unindex_record",
    "unindex_case",
    "search",
    "search_fields",
    "make_snippet",
    "match_expression",
    "add_snippets",
]

SNIPPET_CONTEXT = 60
# Ranking every match of a very common word (a frequent first name, "лагерь") would cost time
# proportional to the vault. Only the newest CANDIDATES matching records are ranked; a query
# that broad needs another word anyway.
CANDIDATES = 500


@dataclass(frozen=True)
class Snippet:
    field: str
    text: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) in ``text``

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        out, pos = [], 0
        for start, end in self.highlights:
            out += [self.text[pos:start], open_mark, self.text[start:end], close_mark]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


@dataclass
class SearchHit:
    case_uuid: str
    rank: float
    snippets: list[Snippet] = field(default_factory=list)
    # Which records matched, for opening the case at the right place.
    records: list[tuple[str, str]] = field(default_factory=list)  # (record_uuid, field)


def search_fields(record: Record) -> list[tuple[str, str]]:
    """The (field, text) pairs of a record that search covers."""

    def join(*parts: str) -> str:
        return "\n".join(p for p in parts if p)

    if isinstance(record, Case):
        person = record.person
        names = " · ".join(n.text for n in person.names if n.text)
        return [
            ("names", names),
            (
                "case",
                join(
                    record.case_number,
                    record.disappeared_place,
                    record.perpetrators,
                    person.hometown.display(),
                    person.residence_kz,
                    person.occupation,
                    record.summary,
                    record.notes,
                    person.physical_description,
                    # Identity numbers, so a PRC ID or IIN typed in full finds its case.
                    " ".join(d.number for d in person.id_documents if d.number),
                    *(ref.reference for ref in record.external_refs),
                ),
            ),
        ]
    if isinstance(record, Testimony):
        out = [("testimony", record.original_text)]
        out += [(f"translation:{i}", t.text) for i, t in enumerate(record.translations)]
        out.append(("testimony-notes", join(record.place, record.supports, record.notes)))
        return out
    if isinstance(record, Act):
        return [
            (
                "act",
                join(
                    record.place,
                    record.facility,
                    record.facility_location,
                    record.agency,
                    record.official_reason,
                    record.believed_reason,
                    record.charge,
                    record.court,
                    record.sentence,
                    record.notes,
                ),
            )
        ]
    if isinstance(record, Witness):
        # A relation is a code, or "other:" and the words typed: those words are searchable.
        relation = other_text(record.relation) or ""
        return [("witness", join(record.name, relation, record.how_known, record.notes))]
    if isinstance(record, Intervention):
        return [("intervention", join(record.addressee, record.reference, record.response, record.notes))]
    if isinstance(record, Attachment):
        return [("attachment", join(record.original_name, record.description))]
    return []


def clear(conn: Any) -> None:
    """Empty the index (before a rebuild)."""
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_docs")
    namekeys.clear(conn)


def unindex_record(conn: Any, record_uuid: str) -> None:
    rowids = [
        r[0] for r in conn.execute("SELECT rowid FROM search_docs WHERE record_uuid = ?", (record_uuid,))
    ]
    for rowid in rowids:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
        conn.execute("DELETE FROM search_docs WHERE rowid = ?", (rowid,))


def unindex_case(conn: Any, case_uuid: str) -> None:
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM search_docs WHERE case_uuid = ?", (case_uuid,))]
    for rowid in rowids:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_docs WHERE case_uuid = ?", (case_uuid,))
    namekeys.unindex_case(conn, case_uuid)


def index_record(conn: Any, record: Record, case_uuid: str) -> None:
    unindex_record(conn, record.uuid)
    if isinstance(record, Case):
        namekeys.index_case(conn, record)
    for name, text in search_fields(record):
        if not text.strip():
            continue
        cur = conn.execute(
            "INSERT INTO search_docs(case_uuid, record_uuid, field) VALUES (?, ?, ?)",
            (case_uuid, record.uuid, name),
        )
        conn.execute("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", (cur.lastrowid, fold(text)))


def _term_expressions(query: str) -> list[str]:
    parts = []
    for term, is_phrase in query_terms(query):
        term = term.replace('"', "")
        if term:
            # A one-letter prefix matches a large part of the index and means little.
            exact = is_phrase or len(term) < 2
            parts.append(f'"{term}"' if exact else f'"{term}"*')
    return parts


def match_expression(query: str) -> str:
    """An FTS5 MATCH string: every term must occur; words match as prefixes, CJK as phrases."""
    return " AND ".join(_term_expressions(query))


def _first_match(text: str, terms: list[tuple[str, bool]]) -> int | None:
    """Index in ``text`` of the earliest match of any term; cheap path first for long text."""
    quick = quick_fold(text)
    if quick is not None:
        found = [quick.find(t.replace(" ", "") if cjk else t) for t, cjk in terms]
        found = [p for p in found if p >= 0]
        if found:
            return min(found)
    folded, origin = fold_with_map(text)
    found = [folded.find(t) for t, _ in terms]
    found = [p for p in found if p >= 0]
    return origin[min(found)] if found else None


def _highlights(text: str, terms: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    folded, origin = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    for term, _ in terms:
        start = folded.find(term)
        while start >= 0 and len(spans) < 20:
            end = start + len(term)
            stop = origin[end - 1] + 1
            # Take in what folding dropped right after the match ("лагерь" in "лагерьге").
            while stop < len(text) and not fold(text[stop]) and not text[stop].isspace():
                stop += 1
            first = origin[start]
            # And what it dropped right before: a Uyghur hamza seat ("ئ" of "ئابدۇرېھىم").
            while first > 0 and not fold(text[first - 1]) and not text[first - 1].isspace():
                first -= 1
            spans.append((first, stop))
            start = folded.find(term, end)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def make_snippet(field_name: str, text: str, query: str, context: int = SNIPPET_CONTEXT) -> Snippet:
    """A window of the original text around the first match, with every match highlighted."""
    terms = [(t, cjk) for t, cjk in query_terms(query) if t]
    first = _first_match(text, terms) if terms else None
    if first is None and field_name == "names":
        # Found by name key: the spelling that sounds like the query is what gets highlighted.
        spans = namesearch.key_highlights(text, query)
        if spans:
            return Snippet(field_name, " ".join(text.split("\n")), tuple(spans))
    if first is None:
        cut = text[: 2 * context]
        return Snippet(field_name, " ".join(cut.split("\n")) + ("…" if len(text) > len(cut) else ""), ())
    lo = max(0, first - context)
    hi = min(len(text), first + 2 * context)
    # Widen to whole words so an RTL or Cyrillic word is not cut in half.
    while lo > 0 and not text[lo - 1].isspace() and first - lo < context + 20:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - first < 2 * context + 20:
        hi += 1
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    window = text[lo:hi]
    shift = len(prefix)
    highlights = tuple((s + shift, e + shift) for s, e in _highlights(window, terms))
    body = " ".join(window.split("\n"))
    return Snippet(field_name, prefix + body + suffix, highlights)


# Where a match counts most when ranking without bm25: a name, then the case itself, then the
# records around it, then testimonies.
_FIELD_WEIGHT = {
    "names": 4.0,
    "case": 3.0,
    "witness": 2.0,
    "act": 2.0,
    "intervention": 2.0,
    "attachment": 2.0,
}


def _ranked(conn: Any, sql: str, args: list[Any]) -> list[tuple[str, str, str, float]]:
    """Candidate rows with a rank (lower is better).

    bm25 needs, once per query, a pass over every record containing each word (for its
    rarity), so it is used when the candidates are few; a broad query, whose candidates fill
    CANDIDATES, is ranked by where the word was found and then by how recent the record is.
    """
    rows = conn.execute(sql, (*args, CANDIDATES)).fetchall()
    if len(rows) < CANDIDATES:
        ranked = conn.execute(sql.replace("f.rowid FROM", "f.rank FROM", 1), (*args, CANDIDATES)).fetchall()
        return [tuple(r) for r in ranked]
    newest = max(r[3] for r in rows) + 1
    return [
        (
            case_uuid,
            record_uuid,
            field_name,
            -(_FIELD_WEIGHT.get(field_name.split(":")[0], 1.0) + rowid / newest),
        )
        for case_uuid, record_uuid, field_name, rowid in rows
    ]


def _cross_record_matches(
    conn: Any, terms: list[str], sql: str, args: list[Any], seen: set[str]
) -> list[Any]:
    """Cases where every term matches somewhere in the case, though in different records
    (a name in the case, a place in a testimony). Ranked after single-record matches."""
    per_term: list[dict[str, tuple[str, str, float]]] = []
    for term in terms:
        found: dict[str, tuple[str, str, float]] = {}
        for case_uuid, record_uuid, field_name, rank in sorted(
            _ranked(conn, sql, [term, *args[1:]]), key=lambda r: r[3]
        ):
            found.setdefault(case_uuid, (record_uuid, field_name, rank))
        per_term.append(found)
    common = set(per_term[0]).intersection(*per_term[1:]) - seen
    rows = []
    for case_uuid in common:
        total = sum(found[case_uuid][2] for found in per_term)
        for found in per_term:
            record_uuid, field_name, _ = found[case_uuid]
            # bm25 ranks are negative; adding 1e6 keeps these after every real AND match.
            rows.append((case_uuid, record_uuid, field_name, total + 1e6))
    rows.sort(key=lambda r: r[3])
    return rows


def search(
    conn: Any,
    query: str,
    *,
    limit: int = 50,
    status: str | None = None,
    hometown: str | None = None,
    year: int | None = None,
    load_text: Any = None,
    snippets: int = 20,
) -> list[SearchHit]:
    """Ranked hits, one per case, best first.

    ``load_text(record_uuid, field)`` gives the text that snippets are cut from; only the first
    ``snippets`` hits get them here (a screenful), the rest through :func:`add_snippets`.
    """
    expr = match_expression(query)
    if not expr:
        return []
    where = ["search_fts MATCH ?"]
    args: list[Any] = [expr]
    join = ""
    if status or hometown or year:
        join = "JOIN cases c ON c.uuid = d.case_uuid"
        if status:
            where.append("c.status = ?")
            args.append(status)
        if hometown:
            where.append("c.hometown LIKE ? ESCAPE '\\'")
            args.append("%" + hometown.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if year:
            where.append("c.disappeared_year = ?")
            args.append(year)
    sql = (
        f"SELECT d.case_uuid, d.record_uuid, d.field, f.rowid FROM search_fts f "
        f"JOIN search_docs d ON d.rowid = f.rowid {join} WHERE {' AND '.join(where)} "
        f"ORDER BY f.rowid DESC LIMIT ?"
    )
    # Words as typed first: an exact word's list of records is read newest first and stops
    # after CANDIDATES, while a prefix must merge the lists of every word it starts, which
    # costs time in proportion to how common it is. Only when the exact words do not fill the
    # result is the prefix query run (suffixes matter: "лагерь" should find "лагерьге").
    exact = " AND ".join(t[:-1] if t.endswith("*") else t for t in _term_expressions(query))
    numbered = (
        conn.execute("SELECT uuid FROM cases WHERE case_number = ?", (query.strip(),)).fetchone()
        if len(query) < 64
        else None
    )
    rows = []
    if exact != expr:
        rows = _ranked(conn, sql, [exact, *args[1:]])
    if len({r[0] for r in rows}) < limit and not numbered:
        rows = _ranked(conn, sql, args)
    rows.sort(key=lambda r: r[3])
    terms = _term_expressions(query)
    if len({r[0] for r in rows}) < limit and not numbered:
        rows += namesearch.key_rows(conn, query, (join, where[1:], args[1:]), {r[0] for r in rows}, limit)
    if len(terms) > 1 and len({r[0] for r in rows}) < limit and not numbered:
        rows += _cross_record_matches(conn, terms, sql, args, {r[0] for r in rows})
    hits: dict[str, SearchHit] = {}
    for case_uuid, record_uuid, field_name, rank in rows:
        hit = hits.get(case_uuid)
        if hit is None:
            if len(hits) >= limit:
                continue
            hit = hits[case_uuid] = SearchHit(case_uuid, rank)
        hit.records.append((record_uuid, field_name))
    result = list(hits.values())
    # A case number typed in full goes first, whatever the text ranking says.
    if numbered:
        first = hits.get(numbered[0]) or SearchHit(numbered[0], -1e9, records=[(numbered[0], "case")])
        result = [first, *(h for h in result if h.case_uuid != numbered[0])][:limit]
    if load_text is not None:
        add_snippets(result[:snippets], query, load_text)
    return result


def add_snippets(hits: list[SearchHit], query: str, load_text: Any) -> None:
    for hit in hits:
        if hit.snippets:
            continue
        shown = hit.records[:2] if hit.rank >= 1e5 else hit.records[:1]
        for record_uuid, field_name in shown:
            text = load_text(record_uuid, field_name)
            if text:
                hit.snippets.append(make_snippet(field_name, text, query))
