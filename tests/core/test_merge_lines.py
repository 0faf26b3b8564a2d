"""How a merge reads a backup's lines: its verification pass checks every byte's hash and the
signature but parses nothing; the merge pass parses each line it uses (strictly, before a line
changes anything), counts the device's audit lines without parsing them, and asks for the held
and deleted state of a block only when a line of it is not what the vault holds. A signed
backup whose lines do not parse changes nothing. All data here is fictional."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.backup import format as fmt
from app.backup import ops
from app.backup.errors import DamagedBackupError
from app.backup.reader import read_backup, verify_backup
from app.model import Case, Witness
from app.store import Store
from app.store.batch import Batch
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


def _state(store: Store) -> dict[str, tuple[str, list[str]]]:
    state = {}
    for uuid in store.case_uuids():
        full = store.load_case(uuid)
        state[uuid] = (full.case.summary, sorted(w.name for w in full.witnesses))
    return state


def _backup(device: Store, stick: Path) -> Path:
    # Full backups: these tests are about lines equal to what headquarters holds.
    return ops.backup_vault(device, stick, keep=10, choice=ops.FORCE_FULL).path


def _merge(hq: Store, path: Path, hq_key: pyrage.x25519.Identity, device: Store) -> ops.MergeSummary:
    return ops.merge_backup(hq, path, identities=[hq_key], signer=ops.device_fingerprint(device.vault))


def _written_with(
    monkeypatch: pytest.MonkeyPatch, device: Store, stick: Path, change: Callable[[Any, bytes], bytes | None]
) -> Path:
    """A genuine, signed backup whose lines are ``change(value, line)`` where that is not None
    (as a device with a bug, or a forger holding the device key, would write them)."""
    real = fmt.dump_json
    with monkeypatch.context() as patch:
        patch.setattr(fmt, "dump_json", lambda value: change(value, real(value)) or real(value))
        return _backup(device, stick)


def _world(pair: Any) -> tuple[Store, Store, Any, Path, Case]:
    device, hq, hq_key, stick = pair
    case = Case(case_number="F-1", summary="fictional summary")
    device.save(case)
    device.save(Witness(case_uuid=case.uuid, name="Fictional Witness"))
    _merge(hq, _backup(device, stick), hq_key, device)
    return device, hq, hq_key, stick, case


def _is(value: Any, kind: str) -> bool:
    return isinstance(value, dict) and value.get("type") == "record" and value.get("kind") == kind


def test_a_signed_line_that_is_not_json_changes_nothing(pair, monkeypatch: pytest.MonkeyPatch) -> None:
    device, hq, hq_key, stick, case = _world(pair)
    device.save(Case(case_number="F-2", summary="fictional, new"))
    case.summary = "fictional, corrected"
    device.save(case)
    path = _written_with(
        monkeypatch, device, stick, lambda v, line: line[:-1] + b"," if _is(v, "witness") else None
    )
    before = _state(hq)
    with pytest.raises(DamagedBackupError):
        verify_backup(path, identities=[hq_key], trusted_signers=[ops.device_public_key(device.vault)])
    with pytest.raises(DamagedBackupError):
        _merge(hq, path, hq_key, device)
    assert _state(hq) == before  # the new case and the correction before the bad line: rolled back


def test_a_key_given_twice_is_damage_before_the_line_changes_anything(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    device, hq, hq_key, stick, case = _world(pair)
    case.summary = "fictional, corrected"
    device.save(case)

    def twice(value: Any, line: bytes) -> bytes | None:
        # {"record":{"summary":"…forged…", …, "summary":"…corrected…"}}: readers disagree.
        if not _is(value, "case"):
            return None
        return line.replace(b'"record":{', b'"record":{"summary":"forged",', 1)

    path = _written_with(monkeypatch, device, stick, twice)
    before = _state(hq)
    with pytest.raises(DamagedBackupError):
        _merge(hq, path, hq_key, device)
    assert _state(hq) == before


def test_the_merge_pass_parses_no_unchanged_record_or_audit_line(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    device, hq, hq_key, stick, _case = _world(pair)
    path = _backup(device, stick)
    parsed: list[bytes] = []
    strict = fmt.load_json_object

    def counting(data: bytes) -> dict[str, Any] | None:
        parsed.append(data)
        return strict(data)

    monkeypatch.setattr(fmt, "load_json_object", counting)
    summary = _merge(hq, path, hq_key, device)
    assert summary.unchanged >= 3 and summary.writes == 0  # case, its first status, witness
    record_or_audit = [d for d in parsed if d.startswith((b'{"type":"record"', b'{"type":"audit"'))]
    assert record_or_audit == []
    assert parsed  # format.json, the meta lines and the manifest still are, strictly
    # A standalone verification still parses every line.
    parsed.clear()
    verify_backup(path, identities=[hq_key], trusted_signers=[ops.device_public_key(device.vault)])
    assert any(d.startswith(b'{"type":"audit"') for d in parsed)
    assert any(d.startswith(b'{"type":"record"') for d in parsed)


def test_audit_lines_are_counted_not_used(pair) -> None:
    device, hq, hq_key, stick, case = _world(pair)
    device.save(Witness(case_uuid=case.uuid, name="Second Fictional Witness"))
    path = _backup(device, stick)
    trusted = [ops.device_public_key(device.vault)]
    with read_backup(path, identities=[hq_key], trusted_signers=trusted) as reader:
        in_backup = sum(1 for line in reader.records() if line["type"] == "audit")
    hq_log = hq.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    summary = _merge(hq, path, hq_key, device)
    assert summary.added == 1 and in_backup > 0
    (detail,) = hq.conn.execute(
        "SELECT detail FROM audit WHERE action = 'merge' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert json.loads(detail)["device_audit_entries"] == in_backup
    # This vault's log got its own entries only (the witness, the merge), none of the device's.
    assert hq.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] - hq_log < in_backup


def test_held_and_deleted_are_asked_only_for_blocks_with_news(pair, monkeypatch: pytest.MonkeyPatch) -> None:
    device, hq, hq_key, stick, case = _world(pair)
    asked: list[int] = []
    real = Batch.held_many

    def counting(self: Batch, uuids: list[str]) -> Any:
        asked.append(len(uuids))
        return real(self, uuids)

    monkeypatch.setattr(Batch, "held_many", counting)
    again = _merge(hq, _backup(device, stick), hq_key, device)
    assert again.writes == 0 and asked == []
    case.summary = "fictional, corrected"
    device.save(case)
    changed = _merge(hq, _backup(device, stick), hq_key, device)
    assert changed.updated == 1 and asked
    assert hq.load_case(case.uuid).case.summary == "fictional, corrected"
