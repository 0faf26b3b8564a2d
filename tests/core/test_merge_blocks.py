"""A merge looks records up a block at a time and skips lines equal to what the vault holds;
the results are those of looking at each record alone. Backup lines are parsed strictly by a
fast path and a slow one. All data here is fictional."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from app.backup import format as fmt
from app.backup import ops
from app.backup.ops import lookups as lookups_mod
from app.model import Case, Witness
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE


@pytest.fixture
def pair(tmp_path: Path):
    hq_key = pyrage.x25519.Identity.generate()
    device = Vault.create(tmp_path / "device.izdeu", PASSPHRASE, params=FAST_KDF)
    hq = Vault.create(tmp_path / "hq.izdeu", PASSPHRASE, params=FAST_KDF)
    ops.set_backup_recipients(device, [str(hq_key.to_public())])
    stick = tmp_path / "stick"
    stick.mkdir()
    yield Store(device, actor="field worker"), Store(hq, actor="hq"), hq_key, stick
    device.close()
    hq.close()


def _state(store: Store) -> dict[str, str]:
    return {c.uuid: c.summary for c in (store.load_case(u).case for u in store.case_uuids())}


def _merge(device: Store, hq: Store, hq_key: pyrage.x25519.Identity, stick: Path) -> ops.MergeSummary:
    # Full backups: these tests are about lines equal to what headquarters holds.
    backup = ops.backup_vault(device, stick, keep=10, choice=ops.FORCE_FULL).path
    return ops.merge_backup(hq, backup, identities=[hq_key], signer=ops.device_fingerprint(device.vault))


def test_merges_across_many_blocks_equal_record_by_record(pair, monkeypatch: pytest.MonkeyPatch) -> None:
    device, hq, hq_key, stick = pair
    monkeypatch.setattr(lookups_mod, "BLOCK", 7)  # many blocks, block edges inside cases
    cases = [Case(case_number=f"F-{i:03d}", summary=f"fictional {i}") for i in range(40)]
    device.save_many(cases)
    device.save_many([Witness(case_uuid=c.uuid, name=f"Witness {i}") for i, c in enumerate(cases)])
    first = _merge(device, hq, hq_key, stick)
    records = first.added  # the cases, their witnesses, and each case's first status
    assert records >= 80 and first.unchanged == 0
    assert _state(hq) == _state(device)

    again = _merge(device, hq, hq_key, stick)
    assert again.unchanged == records and not again.changed and again.writes == 0

    # Some changed, one new, one deleted on the device: exactly those reach headquarters.
    for case in cases[5:8]:
        case.summary += " (corrected)"
        device.save(case)
    device.save(Case(case_number="F-NEW", summary="fictional new"))
    device.delete("case", cases[20].uuid)
    third = _merge(device, hq, hq_key, stick)
    assert third.updated == 3 and third.added >= 1 and third.deleted >= 2  # the case and its witness
    assert third.unchanged == records - 3 - third.deleted
    assert _state(hq) == _state(device)


def test_a_line_equal_to_ours_in_a_refused_case_is_still_refused(pair) -> None:
    device, hq, hq_key, stick = pair
    case = Case(case_number="F-1", summary="fictional")
    device.save(case)
    device.save(Witness(case_uuid=case.uuid, name="Witness"))
    _merge(device, hq, hq_key, stick)
    # The device's case now claims another history (a forged collision of UUIDs): refused,
    # and its witness with it, although the witness line is byte for byte what HQ holds.
    with device.vault.conn:
        device.vault.conn.execute(
            "UPDATE cases SET created = '2001-01-01T00:00:00Z' WHERE uuid = ?", (case.uuid,)
        )
    summary = _merge(device, hq, hq_key, stick)
    assert summary.records_refused == 3 and summary.unchanged == 0  # case, first status, witness
    assert hq.load_case(case.uuid).case.created != "2001-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        (b'{"a":1,"b":{"c":"d"}}', {"a": 1, "b": {"c": "d"}}),
        (b'{ "a" : 1 }', {"a": 1}),  # not as Izdeu writes it: the strict slow parse
        (b'{"a":1e400}', {"a": float("inf")}),  # as before: only NaN/Infinity literals refused
        (b'{"a":1,"a":2}', None),
        (b'{"a":{"b":1,"b":1}}', None),
        (b'{"a":NaN}', None),
        (b'{"a":Infinity}', None),
        (b"[1,2]", None),
        (b'{"a":"\xd0\x90"}', None),  # not ASCII
        (b'{"a":', None),
    ],
)
def test_backup_lines_are_parsed_strictly(text: bytes, parsed: object) -> None:
    assert fmt.load_json_object(text) == parsed
