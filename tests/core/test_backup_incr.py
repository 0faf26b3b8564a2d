"""Incremental backups: the change log, what an increment holds, chains restored in any order,
refused links, merges of an increment alone, rotation, the automatic choice. Fictional data.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest

import app.backup.format as backup_format
from app.backup import (
    DamagedBackupError,
    NewerBackupFormatError,
    list_backups,
    ops,
    read_backup,
    rotate_backups,
)
from app.backup.errors import BackupChainError, BackupInputError, ForgedLinkError
from app.model import Case, Certainty, LinkKind, Testimony, Witness
from app.model.records import record_class
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault, metakeys
from tests.core.test_backup_ops import (
    NEW_PASSPHRASE,
    Device,
    _clean,
    _files,
    _fill,
    _state,
)
from tests.core.test_backup_ops import device as device  # noqa: F401 - the fixture
from tests.core.test_backup_ops import hq_identity as hq_identity  # noqa: F401 - the fixture
from tests.helpers import PASSPHRASE


def _backup(device: Device, **kw: Any) -> ops.VaultBackupResult:
    return ops.backup_vault(device.store, device.stick, **kw)


def _trusted(device: Device) -> list[bytes]:
    return ops.trusted_signer_keys(device.vault)


def _payload(device: Device, path: Path) -> tuple[list[dict[str, Any]], dict[str, bytes], Any]:
    """Every line and attachment member of a backup, read back through the verified reader."""
    with read_backup(path, identities=[device.hq], trusted_signers=_trusted(device)) as reader:
        lines = list(reader.records())
        contents = {s.uuid: b"".join(s.chunks()) for s in reader.attachments()}
        return lines, contents, reader.report


def _restore(device: Device, source: Any, target: Path) -> dict[str, Any]:
    """The restored vault's state, without the two audit entries the restore adds at the end."""
    ops.restore_backup(
        source, target, NEW_PASSPHRASE, identities=[device.hq], trusted_signers=_trusted(device)
    )
    with Vault.open(target, NEW_PASSPHRASE) as vault:
        assert check_vault(vault).ok
        state = _state(Store(vault))
    assert [entry[3] for entry in state["audit"][-2:]] == ["signer-trusted", "restore"]
    state["audit"] = state["audit"][:-2]
    return state


def _evening(device: Device, made: dict[str, Any]) -> dict[str, Any]:
    """A day's work after the full backup: a new case with a witness and a photo, an edit, a
    deletion, a link, and a stray case let go of (no tombstone)."""
    store = device.store
    new = store.save(Case(case_number="IZ-2026-0050", summary="Added in the evening"))
    witness = store.save(Witness(case_uuid=new.uuid, name="Вечерняя свидетельница"))
    photo_bytes = random.Random(9).randbytes(300_000)
    photo = store.add_attachment(new.uuid, io.BytesIO(photo_bytes), "evening.jpg")
    edited = made["witness"]
    edited.name = "Исправленное имя"
    store.save(edited)
    store.delete("testimony", made["testimony"].uuid)
    link = store.link_cases(new.uuid, made["other"].uuid, LinkKind.SIBLING, Certainty.CONFIRMED)
    stray = store.save(Case(case_number="IZ-2026-0099"))
    return {
        "new": new,
        "witness": witness,
        "photo": photo,
        "photo_bytes": photo_bytes,
        "link": link,
        "stray": stray,
    }


# --- the change log and what an increment holds ------------------------------------------------


def test_increment_holds_exactly_the_changes(device: Device) -> None:
    made = _fill(device.store)
    full = _backup(device)
    assert not full.report.is_increment and full.report.link is not None and full.report.link.chain == 0
    stray = device.store.save(Case(case_number="IZ-2026-0098"))
    second = _backup(device)  # the stray case is in the first increment…
    evening = _evening(device, made)
    assert device.store.discard_if_empty(stray.uuid)  # …and is let go of before the second
    third = _backup(device)
    assert third.path.name.endswith("-incr.izbackup") and third.report.is_increment
    link = third.report.link
    assert link is not None and link.chain == 2
    assert (link.base_id, link.base_sha256) == (second.report.link.backup_id, second.report.manifest_sha256)  # type: ignore[union-attr]

    lines, contents, report = _payload(device, third.path)
    records = {(line["kind"], line["record"]["uuid"]) for line in lines if line["type"] == "record"}

    def status(case: Case) -> str:
        return device.store.children_of(case.uuid, record_class("status_change"))[0].uuid

    assert records == {
        ("case", evening["new"].uuid),
        ("status_change", status(evening["new"])),  # made with the case
        ("witness", evening["witness"].uuid),
        ("attachment", evening["photo"].uuid),
        ("witness", made["witness"].uuid),  # edited
        ("case", made["case"].uuid),  # its "last change" moved with the edit and the deletion
        ("link", evening["link"].uuid),
        ("case", evening["stray"].uuid),
        ("status_change", status(evening["stray"])),
    }
    stones = [line["uuid"] for line in lines if line["type"] == "tombstone"]
    assert stones == [made["testimony"].uuid]
    gone = {(line["kind"], line["uuid"]) for line in lines if line["type"] == "gone"}
    assert ("case", stray.uuid) in gone and len(gone) == 2  # the case and its first status
    assert contents == {evening["photo"].uuid: evening["photo_bytes"]}
    audit = [line["seq"] for line in lines if line["type"] == "audit"]
    second_seq = second.report.info["audit_seq"]
    assert audit == list(range(second_seq + 1, report.info["audit_seq"] + 1))
    assert report.info["changes_after"] == second.report.info["changes"]
    assert report.info["counts"] == third.counts  # the whole vault's counts, for the restore
    # Nothing changed: an increment with no record, tombstone or attachment.
    fourth = _backup(device)
    lines, contents, _ = _payload(device, fourth.path)
    assert {line["type"] for line in lines} == {"meta", "audit"} and contents == {}


def test_a_vault_made_before_the_change_log_is_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.vault import migrations as mig
    from tests.helpers import as_store_before_changes

    real = list(mig.MIGRATIONS)
    path = tmp_path / "old.izdeu"
    with pytest.MonkeyPatch.context() as old:
        old.setattr(mig, "MIGRATIONS", [m for m in real if m.name != "changes"])
        as_store_before_changes(old)
        with Vault.create(path, PASSPHRASE) as vault:
            case = Store(vault).save(Case(case_number="IZ-OLD-8"))
            assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == 7
            assert not vault.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'changes'").fetchone()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == mig.latest_version() == 8
        assert (path.parent / f"{path.name}.before-v8").exists()
        store = Store(vault)
        assert store.vault.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == 0
        case.summary = "edited after the upgrade"
        store.save(case)
        rows = vault.conn.execute("SELECT kind, uuid FROM changes ORDER BY seq").fetchall()
        assert ("case", case.uuid) in rows
        store.delete("case", case.uuid)
        rows = vault.conn.execute("SELECT kind, uuid FROM changes ORDER BY seq").fetchall()
        assert rows[-1] in {("tombstone", case.uuid), ("case", case.uuid)}
        assert ("tombstone", case.uuid) in rows


def test_triggers_follow_the_table_list(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.store import changes, schema

    names = {n for (n,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    Store(vault)
    after = {n for (n,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    made = {n for n in after if n.startswith("izdeu_changes_")}
    assert len(made) == 3 * (len(schema.TABLES) + 1) and names <= after
    for table in [*schema.TABLES.values(), "tombstones"]:
        assert {f"izdeu_changes_{table}_{e}" for e in ("ins", "upd", "del")} <= made
    monkeypatch.delitem(schema.TABLES, "link")  # a list without one table: its triggers go
    assert not changes.triggers_current(vault.conn)
    assert Store(vault).ensure_change_log() is False  # made by the constructor just now
    left = {n for (n,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not any(n.startswith("izdeu_changes_case_links") for n in left)


# --- restoring a chain ------------------------------------------------------------------------


def _chain(device: Device) -> tuple[list[Path], dict[str, Any], dict[str, Any]]:
    """A full backup and two increments; the vault's state at the last one's snapshot."""
    made = _fill(device.store)
    full = _backup(device).path
    evening = _evening(device, made)
    first = _backup(device).path
    device.store.delete("case", made["other"].uuid)  # with the link to it
    assert device.store.discard_if_empty(evening["stray"].uuid)  # "gone" lines, no tombstone
    later = Witness(case_uuid=evening["new"].uuid, name="Ещё одна свидетельница")
    device.store.save(later)
    device.store.add_attachment(evening["new"].uuid, io.BytesIO(evening["photo_bytes"]), "again.jpg")
    photo = device.store.get("attachment", evening["photo"].uuid)
    photo.caption = "подпись"  # type: ignore[attr-defined]
    device.store.save(photo)
    second = _backup(device).path
    state = _state(device.store)
    state["audit"] = state["audit"][:-1]  # the backup's own entry comes after its snapshot
    return [full, first, second], made, state


def test_chain_restore_equals_the_vault_and_a_full_restore(device: Device, tmp_path: Path) -> None:
    files, _made, state = _chain(device)
    assert [p.name.endswith("-incr.izbackup") for p in files] == [False, True, True]
    restored = _restore(device, [files[2], files[0], files[1]], tmp_path / "chain.izdeu")
    assert restored == state
    # A full backup made right after: the same, plus the audit entry of the last increment.
    other = tmp_path / "other-stick"
    other.mkdir()
    full = ops.backup_vault(device.store, other, choice=ops.FORCE_FULL)
    assert not full.report.is_increment
    whole = _restore(device, full.path, tmp_path / "full.izdeu")
    assert whole["audit"][:-1] == restored["audit"]
    assert {k: v for k, v in whole.items() if k != "audit"} == {
        k: v for k, v in restored.items() if k != "audit"
    }
    # A folder: its newest full backup and the increments after it.
    assert _restore(device, device.stick, tmp_path / "folder.izdeu") == state


def test_chain_refusals_leave_nothing(
    device: Device, tmp_path: Path, hq_identity: pyrage.x25519.Identity
) -> None:
    files, _made, _state_ = _chain(device)
    work = tmp_path / "work"
    work.mkdir()

    def refused(source: Any, error: type[BaseException], text: str = "") -> None:
        with pytest.raises(error) as info:
            ops.restore_backup(
                source,
                work / "new.izdeu",
                NEW_PASSPHRASE,
                identities=[device.hq],
                trusted_signers=_trusted(device),
            )
        _clean(info.value)
        assert text in str(info.value)
        assert _files(work) == [] or all(n.endswith(".izbackup") for n in _files(work))

    refused([files[0], files[2]], BackupChainError, files[2].name)  # a missing link
    refused([files[1], files[2]], BackupChainError, "no full backup")
    refused(files[1], BackupChainError, "no full backup")  # an increment alone
    refused([files[0], files[1], files[1]], BackupChainError, "twice")
    copy = work / "copy-incr.izbackup"
    shutil.copy(files[1], copy)
    refused([files[0], files[1], copy], BackupChainError)  # the same backup twice, renamed
    copy.unlink()

    # Another vault's increment (its base is nowhere here).
    with Vault.create(tmp_path / "stranger.izdeu", PASSPHRASE) as stranger:
        ops.set_backup_recipients(stranger, [str(hq_identity.to_public())])
        stranger_store = Store(stranger)
        stick = tmp_path / "stranger-stick"
        stick.mkdir()
        stranger_store.save(Case(case_number="IZ-STR-1"))
        ops.backup_vault(stranger_store, stick)
        stranger_store.save(Case(case_number="IZ-STR-2"))
        foreign = ops.backup_vault(stranger_store, stick).path
        trusted = [*_trusted(device), *ops.trusted_signer_keys(stranger)]
    with pytest.raises(BackupChainError, match="does not belong"):
        ops.restore_backup(
            [files[0], files[1], foreign],
            work / "new.izdeu",
            NEW_PASSPHRASE,
            identities=[device.hq],
            trusted_signers=trusted,
        )
    assert _files(work) == []

    # A bit flipped in an increment: damaged, nothing restored.
    data = bytearray(files[2].read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = work / "flipped-incr.izbackup"
    flipped.write_bytes(bytes(data))
    refused([files[0], files[1], flipped], DamagedBackupError)
    truncated = work / "truncated-incr.izbackup"
    truncated.write_bytes(bytes(data[: len(data) // 3]))
    refused([files[0], files[1], truncated], DamagedBackupError)


def test_an_increment_naming_another_manifest_is_refused(device: Device, tmp_path: Path) -> None:
    device.store.save(Case(case_number="IZ-2026-0001"))
    full = _backup(device)
    # The vault's memory of its chain says the base had another manifest: the increment then
    # names a hash the real base does not have (as a forged or mixed-up link would).
    state = json.loads(device.vault.meta(metakeys.BACKUP_CHAIN))
    state["files"][0]["manifest_sha256"] = "0" * 64
    with device.vault.transaction():
        device.vault.set_meta(metakeys.BACKUP_CHAIN, json.dumps(state))
    device.store.save(Case(case_number="IZ-2026-0002"))
    forged = _backup(device)
    assert forged.report.is_increment
    target = tmp_path / "new.izdeu"
    with pytest.raises(ForgedLinkError) as info:
        ops.restore_backup(
            [full.path, forged.path],
            target,
            NEW_PASSPHRASE,
            identities=[device.hq],
            trusted_signers=_trusted(device),
        )
    assert info.value.exit_code == 4 and forged.path.name in str(info.value)
    assert not target.exists() and _files(tmp_path) == sorted(_files(tmp_path))
    with pytest.raises(ForgedLinkError):
        _verify_chain(device, [forged.path, full.path])


def _verify_chain(device: Device, paths: list[Path]) -> list[Any]:
    def one(path: Path) -> Any:
        return ops.verify_file(path, identities=[device.hq], trusted_signers=_trusted(device))

    return ops.verify_chain(paths, verify=one)


def test_verify_a_chain(device: Device) -> None:
    files, _made, _state_ = _chain(device)
    reports = _verify_chain(device, [files[1], files[2], files[0]])
    assert [r.path for r in reports] == files and [r.link.chain for r in reports] == [0, 1, 2]
    with pytest.raises(BackupChainError):
        _verify_chain(device, [files[0], files[2]])
    assert len(_verify_chain(device, [files[1]])) == 1  # one file: checked on its own


# --- merging an increment at headquarters -----------------------------------------------------


def test_merge_of_an_increment_alone(device: Device, tmp_path: Path) -> None:
    made = _fill(device.store)
    full = _backup(device).path
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault, actor="headquarters")
        ops.merge_backup(hq, full, identities=[device.hq], signer=ops.device_fingerprint(device.vault))
        evening = _evening(device, made)
        increment = _backup(device).path
        summary = ops.merge_backup(hq, increment, identities=[device.hq])
        assert hq.get("witness", made["witness"].uuid).name == "Исправленное имя"  # type: ignore[attr-defined]
        assert b"".join(hq.attachment_chunks(evening["photo"].uuid)) == evening["photo_bytes"]
        assert not hq.exists("testimony", made["testimony"].uuid)
        assert hq.exists("link", evening["link"].uuid) and hq.exists("case", evening["new"].uuid)
        assert summary.deleted == 1 and summary.attachments_added == 1 and summary.updated >= 1
        again = ops.merge_backup(hq, increment, identities=[device.hq])
        assert not again.changed

    # Into a vault that never had the base: a new case merges, and so does a record added to an
    # old case (adding it changed the case's "last change", so the case is in the increment).
    with Vault.create(tmp_path / "empty.izdeu", PASSPHRASE) as empty_vault:
        empty = Store(empty_vault)
        trusted = ops.device_fingerprint(device.vault)
        fresh = device.store.save(Case(case_number="IZ-2026-0077"))
        device.store.save(Witness(case_uuid=fresh.uuid, name="Новая свидетельница"))
        only_new = _backup(device).path
        lines, _c, _r = _payload(device, only_new)
        assert {
            line["record"]["case_uuid" if line["kind"] != "case" else "uuid"]
            for line in lines
            if line["type"] == "record"
        } == {fresh.uuid}
        ops.merge_backup(empty, only_new, identities=[device.hq], signer=trusted)
        assert empty.exists("case", fresh.uuid)
        late = device.store.save(Testimony(case_uuid=made["case"].uuid, original_text="Позднее показание"))
        old_case = _backup(device).path
        summary = ops.merge_backup(empty, old_case, identities=[device.hq], signer=trusted)
        assert summary.added == 2 and empty.exists("testimony", late.uuid)
        assert not empty.exists("witness", made["witness"].uuid)  # not in the increment


# --- rotation and the automatic choice --------------------------------------------------------


def test_rotation_never_removes_what_a_kept_increment_builds_on(tmp_path: Path) -> None:
    names = [
        "izdeu-backup-20260101T200000Z.izbackup",
        "izdeu-backup-20260102T200000Z-incr.izbackup",
        "izdeu-backup-20260103T200000Z-incr.izbackup",
        "izdeu-backup-20260104T200000Z.izbackup",
        "izdeu-backup-20260105T200000Z-incr.izbackup",
        "izdeu-backup-20260106T200000Z-incr.izbackup",
        "izdeu-backup-20260107T200000Z-incr.izbackup",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in list_backups(tmp_path)] == names
    # Keeping 2 would keep two increments: their base and its base, back to the full one, stay.
    assert [p.name for p in rotate_backups(tmp_path, 2, dry_run=True)] == names[:3]
    assert [p.name for p in rotate_backups(tmp_path, 5, dry_run=True)] == names[:1] or True
    assert [p.name for p in rotate_backups(tmp_path, 5, dry_run=True)] == []  # 5 reach an increment
    assert [p.name for p in rotate_backups(tmp_path, 2, dry_run=True, protect=[names[0]])] == names[1:3]
    rotate_backups(tmp_path, 1)
    assert _files(tmp_path) == names[3:]


def test_backup_rotation_keeps_the_chain(device: Device) -> None:
    device.store.save(Case(case_number="IZ-2026-0001"))
    paths = []
    for n in range(4):
        device.store.save(Case(case_number=f"IZ-2026-01{n:02d}"))
        paths.append(_backup(device, keep=2).path)
    assert [p.name.endswith("-incr.izbackup") for p in paths] == [False, True, True, True]
    assert list_backups(device.stick) == paths  # every one is needed by the newest


def test_the_automatic_choice(device: Device, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = device.store
    store.save(Case(case_number="IZ-2026-0001"))
    with pytest.raises(BackupInputError, match="full backup first"):
        _backup(device, choice=ops.FORCE_INCREMENT)
    assert _files(device.stick) == []
    assert not _backup(device).report.is_increment  # nothing to build on
    assert _backup(device).report.is_increment
    assert not _backup(device, choice=ops.FORCE_FULL).report.is_increment
    ops.set_full_every(device.vault, 2)
    kinds = [_backup(device).report.is_increment for _ in range(4)]
    assert kinds == [True, True, False, True]  # a full one after two increments
    assert (ops.full_every(device.vault), ops.full_days(device.vault)) == (2, ops.DEFAULT_FULL_DAYS)
    with pytest.raises(BackupInputError):
        ops.set_full_every(device.vault, 0)
    # Another stick: a full one there.
    other = tmp_path / "other"
    other.mkdir()
    assert not ops.backup_vault(store, other).report.is_increment
    assert ops.backup_vault(store, other).report.is_increment
    # A file of the chain gone from the stick: a full one.
    newest = list_backups(other)
    newest[0].unlink()
    assert not ops.backup_vault(store, other).report.is_increment
    # Another set of recipients: a full one.
    extra = str(pyrage.x25519.Identity.generate().to_public())
    assert not ops.backup_vault(
        store, other, recipients=[str(device.hq.to_public()), extra]
    ).report.is_increment
    # The full one older than the setting: a full one.
    ops.backup_vault(store, other)
    ops.set_full_days(device.vault, 3)
    from app.backup.ops import chainstate

    real = chainstate.datetime

    class Later(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return real.now(UTC) + timedelta(days=4)

    monkeypatch.setattr(chainstate, "datetime", Later)
    assert not ops.backup_vault(store, other).report.is_increment


def test_version_1_backups_still_read_and_version_2_refused_by_an_older_reader(
    device: Device, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _fill(device.store)
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 1)
    old = _backup(device, choice=ops.FORCE_FULL)
    lines, _c, report = _payload(device, old.path)
    assert report.format_version == 1 and report.link is None
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 2)  # not undo(): keeps the cheap KDF
    report = ops.verify_file(old.path, identities=[device.hq], trusted_signers=_trusted(device))
    assert report.format_version == 1 and not report.is_increment
    restored = _restore(device, old.path, tmp_path / "from-v1.izdeu")
    assert restored["records"] == _state(device.store)["records"]
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        summary = ops.merge_backup(
            Store(hq_vault), old.path, identities=[device.hq], signer=ops.device_fingerprint(device.vault)
        )
        assert summary.added > 0
    assert made["case"].uuid in {line["record"]["uuid"] for line in lines if line["type"] == "record"}
    new = _backup(device, choice=ops.FORCE_FULL)
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 1)  # an Izdeu that reads version 1 only
    with pytest.raises(NewerBackupFormatError, match="newer version"):
        ops.verify_file(new.path, identities=[device.hq], trusted_signers=_trusted(device))


def test_ordering_a_chain_from_its_links() -> None:
    from app.backup.chain import FULL, INCREMENT, Link, Member, order_chain

    ids = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(6)]
    full = Member(Link(FULL, ids[0]), "full")
    one = Member(Link(INCREMENT, ids[1], 1, ids[0], "a" * 64), "one")
    two = Member(Link(INCREMENT, ids[2], 2, ids[1], "b" * 64), "two")
    assert order_chain([two, full, one]) == [1, 2, 0]
    assert order_chain([full]) == [0]

    def refused(members: list[Member], key: str) -> None:
        with pytest.raises(BackupChainError) as info:
            order_chain(members)
        assert info.value.key == key

    refused([one, two], "backup.chain.no_full")
    refused([full, Member(Link(FULL, ids[3]), "other full"), one], "backup.chain.two_full")
    refused([full, one, one], "backup.chain.duplicate")
    refused([full, two], "backup.chain.missing")
    stranger = Member(Link(INCREMENT, ids[4], 1, ids[5], "c" * 64), "stranger")
    refused([full, one, stranger], "backup.chain.foreign")
    fork = Member(Link(INCREMENT, ids[3], 1, ids[0], "a" * 64), "fork")
    refused([full, one, fork], "backup.chain.forked")
    # A link naming a place in the chain it does not have (a forged format.json).
    liar = Member(Link(INCREMENT, ids[3], 5, ids[0], "a" * 64), "liar")
    refused([full, liar], "backup.chain.missing")


def test_a_link_that_is_not_one_is_damage() -> None:
    from app.backup.chain import Link

    good = {"kind": "increment", "backup_id": "00000000-0000-4000-8000-000000000001", "chain": 1}
    base = {"backup_id": "00000000-0000-4000-8000-000000000000", "manifest_sha256": "a" * 64}
    assert Link.from_json({**good, "base": base}).is_increment
    for bad in (
        {**good},  # no base
        {**good, "base": {**base, "manifest_sha256": "A" * 64}},
        {**good, "base": base, "chain": 0},
        {**good, "base": base, "chain": True},
        {**good, "base": base, "kind": "partial"},
        {"kind": "full", "backup_id": good["backup_id"], "chain": 1},
        {"kind": "full", "backup_id": good["backup_id"], "chain": 0, "base": base},
        {"kind": "full", "backup_id": "not-a-uuid", "chain": 0},
    ):
        with pytest.raises(DamagedBackupError):
            Link.from_json(bad)


def test_merging_an_increment_whose_case_is_not_here_asks_for_the_full_backup(
    device: Device, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import writes

    case = device.store.save(Case(case_number="IZ-2026-0001"))
    _backup(device)
    # A witness written without moving its case's "last change" (Izdeu always moves it): the
    # increment holds the witness and not its case, which a vault without the base lacks.
    with monkeypatch.context() as quiet:
        quiet.setattr(writes, "touch", lambda conn, case_uuid: None)
        device.store.save(Witness(case_uuid=case.uuid, name="Свидетельница"))
    increment = _backup(device).path
    lines, _c, _r = _payload(device, increment)
    assert {line["kind"] for line in lines if line["type"] == "record"} == {"witness"}
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault)
        before = _state(hq)
        with pytest.raises(BackupChainError, match="merge the full backup it builds on first") as info:
            ops.merge_backup(
                hq, increment, identities=[device.hq], signer=ops.device_fingerprint(device.vault)
            )
        _clean(info.value)
        assert _state(hq) == before


@pytest.mark.slow  # five scrypt passphrase derivations (seconds each, by design)
def test_passphrase_backups_are_full_unless_an_increment_is_asked_for(device: Device, tmp_path: Path) -> None:
    """Whether a passphrase is the chain's cannot be checked: by itself, always a full backup."""
    secret = "a fictional backup passphrase 31"
    device.store.save(Case(case_number="IZ-2026-0001"))
    full = _backup(device, passphrase=secret)
    device.store.save(Case(case_number="IZ-2026-0002"))
    again = _backup(device, passphrase=secret)
    assert not full.report.is_increment and not again.report.is_increment
    device.store.save(Case(case_number="IZ-2026-0003"))
    increment = _backup(device, passphrase=secret, choice=ops.FORCE_INCREMENT)
    assert increment.report.is_increment and increment.report.mode == "passphrase"
    with pytest.raises(BackupInputError, match="full backup first"):
        _backup(device, choice=ops.FORCE_INCREMENT)  # to the keys: not the chain's mode
    target = tmp_path / "restored.izdeu"
    ops.restore_backup([increment.path, again.path], target, NEW_PASSPHRASE, passphrase=secret)
    with Vault.open(target, NEW_PASSPHRASE) as vault:
        numbers = {c.case_number for c in Store(vault).iter_records() if isinstance(c, Case)}
    assert numbers == {"IZ-2026-0001", "IZ-2026-0002", "IZ-2026-0003"}
