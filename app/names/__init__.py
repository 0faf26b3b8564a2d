"""Names across scripts: reading any supported script as Latin, a name key that brings the
spellings of one name together, a similarity score, the duplicate score of two persons, and
the identity numbers (PRC ID, Kazakh IIN) that decode themselves.

Qt-free; may import ``base`` and ``app.model`` only (docs/architecture.md)."""

from __future__ import annotations

from app.names.idnumbers import DecodedId, decode_id, decode_iin, decode_prc, id_digits
from app.names.key import WordKey, name_key, word_keys
from app.names.persons import NAME_THRESHOLD, THRESHOLD, PersonMatch, Reason, id_keys, score_persons
from app.names.similarity import name_similarity
from app.names.translit import to_latin

__all__ = [
    "NAME_THRESHOLD",
    "THRESHOLD",
    "DecodedId",
    "PersonMatch",
    "Reason",
    "WordKey",
    "decode_id",
    "decode_iin",
    "decode_prc",
    "id_digits",
    "id_keys",
    "name_key",
    "name_similarity",
    "score_persons",
    "to_latin",
    "word_keys",
]
