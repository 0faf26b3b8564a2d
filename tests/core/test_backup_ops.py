"""Backup operations on a vault: keys kept in the vault, backup, verify, restore, merge, and
every bad input leaving the vault unchanged and no file behind. All data here is fictional.

Passphrase backups cost ~2 s of scrypt each by design: only two tests pay for it.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest

import app.backup.format as backup_format
import app.backup.writer as backup_writer
from app.backup import (
    BackupExistsError,
    BackupFolderNotWritableError,
    BackupKeyError,
    BackupPassphraseError,
    DamagedBackupError,
    DiskFullError,
    NewerBackupFormatError,
    NotABackupError,
    UntrustedSignerError,
    list_backups,
    ops,
    read_backup,
    signer_fingerprint,
)
from app.errors import CancelledError, IzdeuError, StorageError, WeakPassphraseError
from app.model import (
    Act,
    Case,
    ConsentGrant,
    Intervention,
    Name,
    PartialDate,
    Testimony,
    Translation,
    Witness,
)
from app.store import Store
from app.store.integrity import check as check_vault
from app.store.store import Batch
from app.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different long passphrase 9"
MARKER = "SECRET-MARKER-Jx4"
WRONG_FINGERPRINT = "0000 1111 2222 3333 4444 5555 6666 7777"


# --- fixtures ---------------------------------------------------------------------------------


@dataclass
class Device:
    vault: Vault
    store: Store
    hq: pyrage.x25519.Identity
    stick: Path


@pytest.fixture(scope="module")
def hq_identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


def _fill(store: Store) -> dict[str, Any]:
    """A vault with every kind of record, mixed scripts, shared and multi-chunk attachments,
    and deletions."""
    case = Case(
        case_number="IZ-2026-0001",
        summary=f"Fictional summary {MARKER}",
        disappeared_on=PartialDate.parse("2018-04"),
    )
    case.person.names = [
        Name("Айгерим Тестова", "kk-Cyrl"),
        Name("ئايگېرىم", "ug-Arab"),
        Name("艾格里姆", "zh-Hans"),
    ]
    case.person.hometown.county = "Fictional County"
    store.save(case)
    act = Act(case_uuid=case.uuid, kind="camp-internment", place="Fictional place قەشقەر RTL")
    witness = Witness(
        case_uuid=case.uuid,
        name="Фиктивная свидетельница",
        relation="sister",
        consent=[ConsentGrant("store", "initials", False)],
    )
    store.save(act)
    store.save(witness)
    testimony = Testimony(
        case_uuid=case.uuid,
        witness_uuid=witness.uuid,
        original_text="Бұл ойдан шығарылған куәлік. " * 50,
        translations=[Translation("en", "This is a made-up testimony.")],
    )
    store.save(testimony)
    store.save(
        Intervention(
            case_uuid=case.uuid,
            addressee="Fictional ministry",
            next_follow_up=PartialDate.parse("2027-01-15"),
        )
    )
    big = random.Random(5).randbytes(1_100_000)  # two chunks of the vault's 1 MiB
    photo = store.add_attachment(case.uuid, io.BytesIO(big), "scan.pdf")
    copy = store.add_attachment(case.uuid, io.BytesIO(big), "scan (copy).pdf")
    empty = store.add_attachment(case.uuid, io.BytesIO(b""), "empty.txt")
    case.person.photo_attachment = photo.uuid
    store.save(case)
    other = Case(case_number="IZ-2026-0002")
    store.save(other)
    gone = Witness(case_uuid=other.uuid, name="Removed on request")
    store.save(gone)
    store.delete("witness", gone.uuid)
    doomed = Case(case_number="IZ-2026-0003")
    store.save(doomed)
    store.save(Act(case_uuid=doomed.uuid))
    store.delete("case", doomed.uuid)
    return {
        "case": case,
        "other": other,
        "witness": witness,
        "testimony": testimony,
        "photo": photo,
        "copy": copy,
        "empty": empty,
        "big": big,
    }


@pytest.fixture
def device(vault: Vault, tmp_path: Path, hq_identity: pyrage.x25519.Identity) -> Device:
    store = Store(vault, actor="field worker")
    ops.set_backup_recipients(vault, [str(hq_identity.to_public())])
    ops.device_signing_key(vault)  # made once, at the first backup; here before any test state
    stick = tmp_path / "stick"
    stick.mkdir()
    return Device(vault, store, hq_identity, stick)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _state(store: Store) -> dict[str, Any]:
    """Everything a vault holds that a backup must carry (derived columns included)."""
    conn = store.conn
    attachments = {
        a: b"".join(store.attachment_chunks(a)) for (a,) in conn.execute("SELECT uuid FROM attachments")
    }
    return {
        "records": [r.to_dict() for r in store.iter_records()],
        "tombstones": store.tombstones(),
        "audit": conn.execute("SELECT * FROM audit ORDER BY seq").fetchall(),
        "attachments": attachments,
        "case_rows": conn.execute("SELECT * FROM cases ORDER BY uuid").fetchall(),
    }


def _clean(err: BaseException) -> None:
    text = str(err)
    assert text and "\n" not in text
    for leak in ("Errno", "Traceback", "pyrage", MARKER):
        assert leak not in text


def _backup(device: Device, **kw: Any) -> ops.VaultBackupResult:
    return ops.backup_vault(device.store, device.stick, **kw)


# --- keys and settings kept in the vault ------------------------------------------------------


def test_device_key_made_once_and_kept_in_the_vault(vault: Vault) -> None:
    first = ops.device_signing_key(vault)
    again = ops.device_signing_key(vault)
    assert ops.device_public_key(vault) == ops.device_public_key(vault)
    assert signer_fingerprint(first) == signer_fingerprint(again)
    assert len(base64.b64decode(vault.meta("backup.device_key"))) == 32
    assert ops.trusted_signer_keys(vault) == [ops.device_public_key(vault)]
    assert any(e.action == "device-key-created" for e in Store(vault).audit())


def test_recipients_and_trusted_signers(vault: Vault, hq_identity: pyrage.x25519.Identity) -> None:
    hq = str(hq_identity.to_public())
    own = str(pyrage.x25519.Identity.generate().to_public())
    assert ops.set_backup_recipients(vault, [hq, own, hq]) == [hq, own]
    assert ops.backup_recipients(vault) == [hq, own]
    with pytest.raises(IzdeuError, match="age1"):
        ops.set_backup_recipients(vault, ["not-a-key"])
    assert ops.backup_recipients(vault) == [hq, own]
    laptop = ops.device_public_key(vault)
    other = bytes(range(32))
    assert ops.trust_signer(vault, other, "laptop 7")
    assert not ops.trust_signer(vault, other)
    assert [s.label for s in ops.trusted_signers(vault)] == ["laptop 7"]
    assert ops.trusted_signer_keys(vault) == [laptop, other]
    assert ops.parse_public_key(base64.b64encode(other).decode()) == other
    with pytest.raises(IzdeuError):
        ops.parse_public_key("AAAA")
    assert ops.untrust_signer(vault, signer_fingerprint(other).upper())
    assert ops.trusted_signer_keys(vault) == [laptop]
    actions = [e.action for e in Store(vault).audit()]
    assert actions.count("backup-keys-changed") == 1 and "signer-untrusted" in actions


def test_backup_due_reminder(device: Device) -> None:
    vault = device.vault
    assert not ops.backup_due(vault, 7)  # an empty vault needs no reminder
    device.store.save(Case(case_number="IZ-2026-0009"))
    assert ops.backup_due(vault, 7) and ops.last_backup(vault) is None
    _backup(device)
    assert not ops.backup_due(vault, 7)
    assert ops.backup_age_days(vault) < 0.01
    later = datetime.now(UTC) + timedelta(days=8)
    assert ops.backup_due(vault, 7, now=later)
    assert not ops.backup_due(vault, 9, now=later)
    ops.set_remind_days(vault, 30)
    assert not ops.backup_due(vault, now=later)


# --- backup, verify, restore: the round trip --------------------------------------------------


def test_round_trip_restored_vault_equals_the_original(device: Device, tmp_path: Path) -> None:
    made = _fill(device.store)
    result = _backup(device)
    before = _state(device.store)  # the backup adds one audit entry after its snapshot
    before["audit"] = before["audit"][:-1]
    assert result.counts["attachment"] == 3 and result.counts["tombstones"] == 4
    # Shared content is stored once in the file.
    assert result.report.attachments == 2
    assert result.report.attachment_bytes == len(made["big"])

    trusted = ops.trusted_signer_keys(device.vault)
    report = ops.verify_file(result.path, identities=[device.hq], trusted_signers=trusted)
    assert report.signer_fingerprint == ops.device_fingerprint(device.vault)

    target = tmp_path / "restored" / "vault.izdeu"
    target.parent.mkdir()
    restored = ops.restore_backup(
        result.path, target, NEW_PASSPHRASE, identities=[device.hq], trusted_signers=trusted
    )
    assert restored.path == target and restored.signer_was_trusted
    assert _files(target.parent) == ["vault.izdeu"]
    with Vault.open(target, NEW_PASSPHRASE) as copy:
        store = Store(copy)
        after = _state(store)
        assert check_vault(copy).ok, check_vault(copy).lines()
        # The original log verbatim, then the old device key trusted, then the restore itself.
        assert after["audit"][: len(before["audit"])] == before["audit"]
        assert [e[3] for e in after["audit"][len(before["audit"]) :]] == ["signer-trusted", "restore"]
        for key in ("records", "tombstones", "attachments", "case_rows"):
            assert after[key] == before[key], key
        assert copy.vault_id == device.vault.vault_id
        assert ops.backup_recipients(copy) == ops.backup_recipients(device.vault)
        # A new device key; the old one is trusted so the old laptop's backups still merge.
        assert not copy.meta("backup.device_key")
        assert ops.device_public_key(copy) != ops.device_public_key(device.vault)
        assert ops.device_public_key(device.vault) in ops.trusted_signer_keys(copy)
        assert store.search("Тестова")  # the search index was rebuilt
        assert store.load_case(made["case"].uuid).case.person.photo_attachment == made["photo"].uuid


def test_backup_is_a_consistent_snapshot(device: Device) -> None:
    _fill(device.store)
    attempts: list[str] = []

    def progress(phase: str, done: int, total: int) -> None:
        assert 0 <= done <= total
        if not attempts:
            # A write while the snapshot is open must not slip into (or out of) it.
            try:
                device.store.save(Case(case_number="IZ-2026-0100"))
                attempts.append("saved")
            except Exception:  # noqa: BLE001 - refused, however the store words it
                attempts.append("refused")

    result = _backup(device, progress=progress)
    with read_backup(
        result.path, identities=[device.hq], trusted_signers=ops.trusted_signer_keys(device.vault)
    ) as reader:
        numbers = [
            line["record"]["case_number"]
            for line in reader.records()
            if line["type"] == "record" and line["kind"] == "case"
        ]
    assert attempts == ["refused"]
    assert "IZ-2026-0100" not in numbers and len(numbers) == 2
    device.store.save(Case(case_number="IZ-2026-0100"))  # works again afterwards


def test_rotation_keeps_the_newest(device: Device, monkeypatch: pytest.MonkeyPatch) -> None:
    device.store.save(Case(case_number="IZ-2026-0001"))
    stamps = iter(datetime(2026, 1, d, tzinfo=UTC) for d in range(1, 10))

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return next(stamps)

    monkeypatch.setattr(backup_writer, "datetime", Clock)
    paths = [_backup(device, keep=3).path for _ in range(5)]
    assert list_backups(device.stick) == paths[-3:]
    assert _backup(device, keep=3).rotated == [paths[2]]


def test_cancel_leaves_nothing(device: Device) -> None:
    _fill(device.store)
    before = _state(device.store)
    with pytest.raises(CancelledError):
        _backup(device, cancel=lambda: True)
    assert _files(device.stick) == []
    assert _state(device.store) == before and ops.last_backup(device.vault) is None


def test_passphrase_backup_round_trip_and_wrong_passphrase(device: Device, tmp_path: Path) -> None:
    made = _fill(device.store)
    result = _backup(device, passphrase="a backup passphrase")
    assert result.report.mode == "passphrase"
    trusted = ops.trusted_signer_keys(device.vault)  # else a second pass pays scrypt again
    with pytest.raises(BackupPassphraseError) as info:
        ops.restore_backup(
            result.path,
            tmp_path / "x.izdeu",
            NEW_PASSPHRASE,
            passphrase="not the passphrase",
            trusted_signers=trusted,
        )
    _clean(info.value)
    assert _files(tmp_path) == ["stick", "vaults"]
    restored = ops.restore_backup(
        result.path,
        tmp_path / "r.izdeu",
        NEW_PASSPHRASE,
        passphrase="a backup passphrase",
        trusted_signers=trusted,
    )
    with Vault.open(restored.path, NEW_PASSPHRASE) as copy:
        data = b"".join(Store(copy).attachment_chunks(made["copy"].uuid))
        assert data == made["big"]


def test_restore_signer_policy(device: Device, tmp_path: Path) -> None:
    device.store.save(Case(case_number="IZ-2026-0001"))
    path = _backup(device).path
    fingerprint = ops.device_fingerprint(device.vault)
    # No vault vouches for the signer of a backup made to keys: nothing is accepted by default.
    with pytest.raises(UntrustedSignerError) as info:
        ops.restore_backup(path, tmp_path / "a.izdeu", NEW_PASSPHRASE, identities=[device.hq])
    assert info.value.fingerprint == fingerprint
    pinned = ops.restore_backup(
        path,
        tmp_path / "b.izdeu",
        NEW_PASSPHRASE,
        identities=[device.hq],
        signer=fingerprint.replace(" ", ""),
    )
    assert pinned.report.signer_fingerprint == fingerprint and pinned.report.trust == ops.GIVEN
    assert not pinned.signer_was_trusted
    with pytest.raises(UntrustedSignerError):
        ops.restore_backup(
            path, tmp_path / "c.izdeu", NEW_PASSPHRASE, identities=[device.hq], signer=WRONG_FINGERPRINT
        )
    with pytest.raises(UntrustedSignerError):
        ops.restore_backup(
            path, tmp_path / "d.izdeu", NEW_PASSPHRASE, identities=[device.hq], trusted_signers=[bytes(32)]
        )
    asked: list[str] = []
    with pytest.raises(UntrustedSignerError):
        ops.restore_backup(
            path,
            tmp_path / "e.izdeu",
            NEW_PASSPHRASE,
            identities=[device.hq],
            ask=lambda info: asked.append(info.fingerprint) is not None,
        )
    assert asked == [fingerprint]  # shown the verified fingerprint, answered no
    yes = ops.restore_backup(
        path, tmp_path / "f.izdeu", NEW_PASSPHRASE, identities=[device.hq], ask=lambda info: True
    )
    assert yes.report.trust == ops.ASKED
    with Vault.open(yes.path, NEW_PASSPHRASE) as copy:
        assert ops.device_public_key(device.vault) in ops.trusted_signer_keys(copy)
    assert sorted(p.name for p in tmp_path.glob("*.izdeu")) == ["b.izdeu", "f.izdeu"]


# --- bad input: one clear message, vault unchanged, nothing left behind -----------------------


class FailAfter:
    """A file that fails like a full disk after ``limit`` bytes."""

    def __init__(self, inner: Any, limit: int) -> None:
        self.inner, self.left = inner, limit

    def write(self, data: bytes) -> int:
        if len(data) > self.left:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.left -= len(data)
        return self.inner.write(data)

    def flush(self) -> None:
        self.inner.flush()

    def seek(self, offset: int) -> int:
        return self.inner.seek(offset)


def test_backup_full_disk_and_read_only_stick(device: Device, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(device.store)
    before = _state(device.store)
    monkeypatch.setattr(backup_writer, "_output_filter", lambda fh: FailAfter(fh, 1_000_000))
    with pytest.raises(DiskFullError) as info:
        _backup(device)
    _clean(info.value)
    monkeypatch.setattr(backup_writer, "_output_filter", lambda fh: fh)

    def refuse(path: Path) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup_writer, "_open_exclusive", refuse)
    with pytest.raises(BackupFolderNotWritableError) as info2:
        _backup(device)
    _clean(info2.value)
    assert _files(device.stick) == []
    assert _state(device.store) == before and ops.last_backup(device.vault) is None


def test_backup_needs_a_key(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(IzdeuError, match="no key"):
        ops.backup_vault(Store(vault), tmp_path)
    assert _files(tmp_path) != [] and not list_backups(tmp_path)


def _evening_change(device: Device) -> None:
    """Work after the full backup, so the next backup is an increment with something in it."""
    late = device.store.save(Case(case_number="IZ-2026-0060", summary=f"Added later {MARKER}"))
    device.store.add_attachment(late.uuid, io.BytesIO(random.Random(6).randbytes(200_000)), "late.jpg")


@pytest.fixture(params=["full", "increment"])
def chain_files(request: pytest.FixtureRequest, device: Device) -> list[Path]:
    """A full backup alone, or a full backup and an increment on it (the fault tests run on
    both): the last file is the one the tests damage."""
    _fill(device.store)
    files = [_backup(device).path]
    if request.param == "increment":
        _evening_change(device)
        files.append(_backup(device).path)
        assert files[-1].name.endswith("-incr.izbackup")
    return files


@pytest.fixture
def backup_file(chain_files: list[Path]) -> Path:
    return chain_files[-1]


def _restore_fails(
    device: Device, path: Path | list[Path], folder: Path, error: type[BaseException], **kw: Any
) -> None:
    kw.setdefault("identities", [device.hq])
    kw.setdefault("trusted_signers", ops.trusted_signer_keys(device.vault))
    before = _files(folder)
    with pytest.raises(error) as info:
        ops.restore_backup(path, folder / "new.izdeu", NEW_PASSPHRASE, **kw)
    _clean(info.value)
    assert _files(folder) == before


def _merge_fails(device: Device, path: Path, error: type[BaseException], **kw: Any) -> None:
    kw.setdefault("identities", [device.hq])
    before = _state(device.store)
    with pytest.raises(error) as info:
        ops.merge_backup(device.store, path, **kw)
    _clean(info.value)
    assert _state(device.store) == before


def test_bad_inputs_each_one_clear_error(
    device: Device, chain_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    backup_file, base = chain_files[-1], chain_files[:-1]  # an increment is restored on its base
    data = backup_file.read_bytes()
    wrong = pyrage.x25519.Identity.generate()
    _restore_fails(device, [*base, backup_file], work, BackupKeyError, identities=[wrong])
    _merge_fails(device, backup_file, BackupKeyError, identities=[wrong])

    truncated = work / "truncated.izbackup"
    truncated.write_bytes(data[: len(data) // 2])
    _restore_fails(device, [*base, truncated], work, DamagedBackupError)
    _merge_fails(device, truncated, DamagedBackupError)

    flipped = work / "flipped.izbackup"
    changed = bytearray(data)
    changed[len(data) // 3] ^= 0x10
    flipped.write_bytes(bytes(changed))
    _restore_fails(device, [*base, flipped], work, DamagedBackupError)
    _merge_fails(device, flipped, DamagedBackupError)

    letter = work / "letter.txt"
    letter.write_text("Dear family, this is not a backup.\n" * 30)
    _restore_fails(device, letter, work, NotABackupError)
    _merge_fails(device, letter, NotABackupError)

    _restore_fails(device, [*base, backup_file], work, UntrustedSignerError, trusted_signers=[bytes(32)])

    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 3)
    newer = _backup(device).path
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 2)  # not undo(): keeps the cheap KDF
    _restore_fails(device, newer, work, NewerBackupFormatError)
    _merge_fails(device, newer, NewerBackupFormatError)

    with pytest.raises(WeakPassphraseError):
        ops.restore_backup(backup_file, work / "weak.izdeu", "short", identities=[device.hq])
    existing = work / "taken.izdeu"
    existing.write_bytes(b"someone's file")
    with pytest.raises(BackupExistsError):
        ops.restore_backup(backup_file, existing, NEW_PASSPHRASE, identities=[device.hq])
    assert existing.read_bytes() == b"someone's file"
    assert _files(work) == ["flipped.izbackup", "letter.txt", "taken.izdeu", "truncated.izbackup"]


def test_merge_refuses_unknown_signer_unless_fingerprint_given(
    device: Device, tmp_path: Path, hq_identity: Any
) -> None:
    _fill(device.store)
    path = _backup(device).path
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault, actor="headquarters")
        before = _state(hq)
        with pytest.raises(UntrustedSignerError) as info:
            ops.merge_backup(hq, path, identities=[hq_identity])
        assert ops.device_fingerprint(device.vault) in str(info.value)
        assert _state(hq) == before
        _merge_fails(
            Device(hq_vault, hq, hq_identity, tmp_path),
            path,
            UntrustedSignerError,
            trust_fingerprint=WRONG_FINGERPRINT,
        )
        summary = ops.merge_backup(
            hq, path, identities=[hq_identity], trust_fingerprint=info.value.fingerprint
        )
        assert summary.signer_newly_trusted and summary.added > 0
        assert ops.device_public_key(device.vault) in ops.trusted_signer_keys(hq_vault)


def test_restore_failure_midway_leaves_no_vault(
    device: Device, chain_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()

    def disk_full(self: Batch, meta: Any, source: Any) -> None:
        raise StorageError("vault.disk_full")

    monkeypatch.setattr(Batch, "add_attachment", disk_full)
    _restore_fails(device, chain_files, work, StorageError)
    assert _files(work) == []


def test_merge_failure_midway_changes_nothing(
    device: Device, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _fill(device.store)
    path = _backup(device).path
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault, actor="headquarters")
        ops.trust_signer(hq_vault, ops.device_public_key(device.vault))
        hq.save(Case(case_number="HQ-1"))
        before = _state(hq)
        calls = []

        def disk_full(self: Batch, meta: Any, source: Any) -> None:
            calls.append(meta.uuid)
            raise StorageError("vault.disk_full")

        monkeypatch.setattr(Batch, "add_attachment", disk_full)
        with pytest.raises(StorageError):
            ops.merge_backup(hq, path, identities=[device.hq])
        assert calls == [made["photo"].uuid]
        assert _state(hq) == before


@pytest.mark.parametrize("kind", ["full", "increment"])
def test_vault_level_flips_all_rejected(device: Device, tmp_path: Path, kind: str) -> None:
    device.store.save(Case(case_number="IZ-2026-0001", summary="short"))
    path = _backup(device).path
    if kind == "increment":
        _evening_change(device)
        path = _backup(device).path
        assert path.name.endswith("-incr.izbackup")
    data = path.read_bytes()
    rng = random.Random(1128)
    target = tmp_path / "mutated.izbackup"
    before = _state(device.store)
    for i in range(24):
        mutated = bytearray(data)
        if i % 4 == 3:
            mutated = mutated[: rng.randrange(len(data))]
        else:
            mutated[rng.randrange(len(data))] ^= rng.randrange(1, 256)
        target.write_bytes(bytes(mutated))
        with pytest.raises((DamagedBackupError, NotABackupError, BackupKeyError)):
            ops.merge_backup(device.store, target, identities=[device.hq])
    assert _state(device.store) == before


# --- merge: two diverged copies of one vault --------------------------------------------------


@dataclass
class Diverged:
    device: Device
    hq: Store
    hq_vault: Vault
    made: dict[str, Any]


@pytest.fixture
def diverged(device: Device, tmp_path: Path) -> Iterator[Diverged]:
    made = _fill(device.store)
    first = _backup(device).path
    hq_vault = Vault.create(tmp_path / "hq.izdeu", PASSPHRASE)
    hq = Store(hq_vault, actor="headquarters")
    ops.trust_signer(hq_vault, ops.device_public_key(device.vault), "laptop 1")
    summary = ops.merge_backup(hq, first, identities=[device.hq])
    assert summary.added == sum(1 for _ in device.store.iter_records())
    assert summary.attachments_deduplicated == 1  # the copy's content came from the photo's
    made["first"] = first
    try:
        yield Diverged(device, hq, hq_vault, made)
    finally:
        hq_vault.close()


def _conflicts(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        "SELECT record_uuid, field, winner, lost_side, lost_value FROM merge_conflicts "
        "ORDER BY record_uuid, field"
    ).fetchall()


def test_merge_of_two_diverged_copies(diverged: Diverged) -> None:
    dev, hq, made = diverged.device.store, diverged.hq, diverged.made
    case, other = made["case"], made["other"]
    # 1. Only the device edits a witness: a plain update, nothing kept.
    witness = dev.get("witness", made["witness"].uuid)
    witness.relation = "brother"
    dev.save(witness)
    # 2. Both edit the same case: the device its summary and the place, then headquarters
    #    its notes and the place. Fields changed on one side only are merged; the place,
    #    changed on both, goes to the newer version (headquarters') and the device's is kept.
    device_case = dev.get_case(case.uuid)
    device_case.summary = "Device summary, fictional"
    device_case.disappeared_place = "Device place"
    dev.save(device_case)
    hq_case = hq.get_case(case.uuid)
    hq_case.notes = "HQ note, fictional"
    hq_case.disappeared_place = "HQ place"
    hq.save(hq_case)
    # 4. Added on both sides; deleted on both sides.
    added_on_device = Testimony(case_uuid=case.uuid, original_text="New fictional testimony")
    dev.save(added_on_device)
    dev.add_attachment(case.uuid, io.BytesIO(made["big"]), "again.pdf")  # content known at HQ
    added_at_hq = Case(case_number="HQ-2026-0001")
    hq.save(added_at_hq)
    dev.delete("testimony", made["testimony"].uuid)
    hq.delete("attachment", made["empty"].uuid)
    # 5. Headquarters deletes a case the device keeps working on.
    late = Witness(case_uuid=other.uuid, name="Added on the device later")
    hq.delete("case", other.uuid)
    dev.save(late)

    second = _backup(diverged.device, choice=ops.FORCE_FULL).path  # the whole vault, as a full one
    summary = ops.merge_backup(hq, second, identities=[diverged.device.hq])
    assert summary.added == 2 and summary.attachments_deduplicated == 1
    assert summary.deleted == 1  # the testimony
    assert summary.updated == 2  # the witness and the case
    assert summary.conflicted == 1
    assert summary.kept_deleted >= 3  # the other case, its records, the late witness
    assert hq.get("witness", made["witness"].uuid).relation == "brother"
    merged = hq.get_case(case.uuid)
    assert merged.summary == "Device summary, fictional" and merged.notes == "HQ note, fictional"
    assert merged.disappeared_place == "HQ place"
    assert merged.updated == hq_case.updated  # the newer of the two versions' times
    conflicts = _conflicts(hq)
    assert conflicts == [(case.uuid, "disappeared_place", "local", "backup", json.dumps("Device place"))]
    entry = [e for e in hq.audit() if e.action == "merge-conflict"][-1]
    assert entry.record_uuid == case.uuid and entry.detail["fields"] == ["disappeared_place"]
    assert entry.detail["winner"] == "local" and entry.detail["backup_updated"]
    assert MARKER not in json.dumps(entry.detail)  # values stay out of the audit log
    assert hq.get("testimony", added_on_device.uuid).original_text == "New fictional testimony"
    assert hq.get_case(added_at_hq.uuid)
    tombstoned = {t[0] for t in hq.tombstones()}
    assert {made["testimony"].uuid, made["empty"].uuid, other.uuid, late.uuid} <= tombstoned
    assert hq.conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (other.uuid,)).fetchone() is None
    # Work done on the device after the deletion here is not dropped silently.
    kept = [e for e in hq.audit() if e.action == "merge-kept-deleted"]
    assert [e.record_uuid for e in kept] == [late.uuid]
    assert check_vault(diverged.hq_vault).ok

    # Merging the same backup again changes nothing at all, not even the audit log.
    before = _state(hq)
    again = ops.merge_backup(hq, second, identities=[diverged.device.hq])
    assert not again.changed and again.added == again.updated == again.conflicted == 0
    assert _state(hq) == before and _conflicts(hq) == conflicts
    # An older backup of the same device brings nothing new either.
    older = ops.merge_backup(hq, made["first"], identities=[diverged.device.hq])
    assert not older.changed and _state(hq) == before


def test_merge_device_newer_keeps_hq_value(diverged: Diverged) -> None:
    dev, hq, made = diverged.device.store, diverged.hq, diverged.made
    hq_case = hq.get_case(made["case"].uuid)
    hq_case.notes = "HQ wrote this first"
    hq.save(hq_case)
    dev_case = dev.get_case(made["case"].uuid)
    dev_case.notes = "The device wrote this later"
    dev.save(dev_case)
    summary = ops.merge_backup(hq, _backup(diverged.device).path, identities=[diverged.device.hq])
    assert summary.updated == 1 and summary.conflicted == 1
    assert hq.get_case(made["case"].uuid).notes == "The device wrote this later"
    assert (made["case"].uuid, "notes", "backup", "local", json.dumps("HQ wrote this first")) in _conflicts(
        hq
    )
    # Kept values go with their record when it is deleted.
    hq.delete("case", made["case"].uuid)
    assert _conflicts(hq) == []


def test_merge_into_the_device_itself_is_a_no_op(device: Device) -> None:
    _fill(device.store)
    path = _backup(device).path
    before = _state(device.store)
    summary = ops.merge_backup(device.store, path, identities=[device.hq])
    assert not summary.changed and summary.unchanged > 0
    assert _state(device.store) == before


def test_no_plaintext_in_the_backup_or_beside_it(device: Device, tmp_path: Path) -> None:
    _fill(device.store)
    result = _backup(device)
    data = result.path.read_bytes()
    for needle in (MARKER, "Тестова", "IZ-2026-0001"):
        assert needle.encode() not in data
    restored = ops.restore_backup(
        result.path,
        tmp_path / "r.izdeu",
        NEW_PASSPHRASE,
        identities=[device.hq],
        trusted_signers=ops.trusted_signer_keys(device.vault),
    )
    assert MARKER.encode() not in restored.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(result.path.read_bytes()).hexdigest()


def test_merge_without_common_ancestor_newer_version_wins(diverged: Diverged, tmp_path: Path) -> None:
    """A second laptop restored from the first one's backup signs with a key of its own: its
    versions have no ancestor here, so every differing field is a conflict."""
    hq, made, hq_key = diverged.hq, diverged.made, diverged.device.hq
    restored = ops.restore_backup(
        made["first"],
        tmp_path / "laptop2.izdeu",
        NEW_PASSPHRASE,
        identities=[hq_key],
        signer=ops.device_fingerprint(diverged.device.vault),
    )
    with Vault.open(restored.path, NEW_PASSPHRASE) as laptop2:
        store2 = Store(laptop2, actor="second laptop")
        case2 = store2.get_case(made["case"].uuid)
        case2.summary = "Second laptop summary"
        store2.save(case2)
        hq_case = hq.get_case(made["case"].uuid)
        hq_case.notes = "HQ note, later"
        hq.save(hq_case)
        stick2 = tmp_path / "stick2"
        stick2.mkdir()
        path = ops.backup_vault(store2, stick2).path
        fingerprint = ops.device_fingerprint(laptop2)
    summary = ops.merge_backup(hq, path, identities=[hq_key], trust_fingerprint=fingerprint)
    assert summary.conflicted == 1 and summary.updated == 0
    merged = hq.get_case(made["case"].uuid)
    assert merged.summary == made["case"].summary and merged.notes == "HQ note, later"
    assert {(c[1], c[2]) for c in _conflicts(hq)} == {("summary", "local"), ("notes", "local")}
    again = ops.merge_backup(hq, path, identities=[hq_key])
    assert not again.changed
