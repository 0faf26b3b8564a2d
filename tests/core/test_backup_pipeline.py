"""Backups near the hardware: the vault is read on the caller's thread while another thread
encrypts and writes; a restore decrypts the file once, straight into its temporary vault, and
keeps nothing unless the whole file verified. All data here is fictional."""

from __future__ import annotations

import io
import random
import threading
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

import app.backup.streams as backup_streams
import app.backup.writer as backup_writer
from app.backup import DamagedBackupError, UntrustedSignerError, ops, write_backup
from app.errors import CancelledError
from app.model import Case
from app.store import Store
from app.vault import Vault

NEW_PASSPHRASE = "a different long passphrase 9"


@pytest.fixture
def laptop(vault: Vault, tmp_path: Path) -> tuple[Store, pyrage.x25519.Identity, Path]:
    hq = pyrage.x25519.Identity.generate()
    store = Store(vault, actor="field worker")
    ops.set_backup_recipients(vault, [str(hq.to_public())])
    case = Case(case_number="IZ-2026-0007", summary="Fictional case for the pipeline")
    store.save(case)
    data = random.Random(18).randbytes(3 * 1024 * 1024 + 17)  # several vault chunks
    store.add_attachment(case.uuid, io.BytesIO(data), "interview.ogg")
    stick = tmp_path / "stick"
    stick.mkdir()
    return store, hq, stick


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_encrypting_and_writing_run_beside_the_vault_reads(laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    store, hq, stick = laptop
    writers: set[int] = set()

    class Spy:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def write(self, data: bytes) -> int:
            writers.add(threading.get_ident())
            return int(self.inner.write(data))

        def flush(self) -> None:
            self.inner.flush()

        def seek(self, offset: int) -> int:
            return int(self.inner.seek(offset))

    monkeypatch.setattr(backup_writer, "_output_filter", Spy)
    before = threading.active_count()
    result = ops.backup_vault(store, stick)
    assert writers and threading.get_ident() not in writers  # the file is written elsewhere
    assert threading.active_count() == before  # and that thread is gone
    restored = ops.restore_backup(
        result.path,
        stick.parent / "copy.izdeu",
        NEW_PASSPHRASE,
        identities=[hq],
        trusted_signers=[ops.device_public_key(store.vault)],
    )
    with Vault.open(restored.path, NEW_PASSPHRASE) as copy:
        (uuid,) = [r[0] for r in copy.conn.execute("SELECT uuid FROM attachments")]
        assert b"".join(Store(copy).attachment_chunks(uuid)) == b"".join(store.attachment_chunks(uuid))


def test_cancel_while_the_other_thread_writes_leaves_nothing(laptop) -> None:
    store, _hq, stick = laptop
    before = threading.active_count()
    calls = iter(range(1000))
    with pytest.raises(CancelledError):
        # Cancelled after the first piece was handed to the encrypting thread.
        ops.backup_vault(store, stick, cancel=lambda: next(calls) >= 2)
    assert _names(stick) == []
    assert threading.active_count() == before


def test_restore_decrypts_the_file_once(laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    store, hq, stick = laptop
    path = ops.backup_vault(store, stick).path
    passes: list[int] = []
    real = backup_streams.pyrage.decrypt_io

    def counting(*args: Any) -> Any:
        passes.append(1)
        return real(*args)

    monkeypatch.setattr(backup_streams.pyrage, "decrypt_io", counting)
    ops.restore_backup(
        path,
        stick.parent / "copy.izdeu",
        NEW_PASSPHRASE,
        identities=[hq],
        trusted_signers=[ops.device_public_key(store.vault)],
    )
    assert passes == [1]
    passes.clear()
    ops.verify_file(path, identities=[hq], trusted_signers=[ops.device_public_key(store.vault)])
    assert passes == [1]


def test_a_forged_backup_with_unusable_content_is_refused_as_forged(tmp_path: Path) -> None:
    """Content is read before the signature at the end is checked: a stranger's file whose lines
    this version cannot use is reported as what it is (an unknown signer), and nothing stays."""
    hq = pyrage.x25519.Identity.generate()
    folder = tmp_path / "in"
    folder.mkdir()
    forged = write_backup(
        folder,
        {"vault_id": "0f0f0f0f-1111-4222-8333-444455556666"},
        [{"type": "no-such-line", "value": "fictional"}],
        [],
        recipients=[str(hq.to_public())],
        signing_key=Ed25519PrivateKey.generate(),
    ).path
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UntrustedSignerError):
        ops.restore_backup(forged, out / "copy.izdeu", NEW_PASSPHRASE, identities=[hq], trusted_signers=[])
    assert _names(out) == []


def test_a_backup_cut_inside_an_attachment_leaves_no_vault(laptop) -> None:
    store, hq, stick = laptop
    path = ops.backup_vault(store, stick).path
    data = path.read_bytes()
    cut = stick.parent / "cut.izbackup"
    cut.write_bytes(data[: len(data) // 2])  # inside the 3 MiB attachment
    out = stick.parent / "out"
    out.mkdir()
    with pytest.raises(DamagedBackupError):
        ops.restore_backup(
            cut,
            out / "copy.izdeu",
            NEW_PASSPHRASE,
            identities=[hq],
            trusted_signers=[ops.device_public_key(store.vault)],
        )
    assert _names(out) == []


def test_the_read_back_report_is_the_verification_report(laptop) -> None:
    """The read-back after writing leaves the archive to age (see app/backup/readback.py); what
    it reports is what a complete verification of the file finds."""
    store, hq, stick = laptop
    result = ops.backup_vault(store, stick)
    verified = ops.verify_file(
        result.path, identities=[hq], trusted_signers=[ops.device_public_key(store.vault)]
    )
    assert result.report == verified
    assert verified.attachments == 1 and verified.attachment_bytes == 3 * 1024 * 1024 + 17


def test_cancel_during_the_read_back_leaves_nothing(laptop) -> None:
    store, _hq, stick = laptop
    phases: list[str] = []

    def progress(phase: str, done: int, total: int) -> None:
        phases.append(phase)

    with pytest.raises(CancelledError):
        ops.backup_vault(store, stick, progress=progress, cancel=lambda: "verifying" in phases)
    assert "verifying" in phases
    assert _names(stick) == []
