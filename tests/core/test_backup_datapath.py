"""The backup data path (issue 18, "near the hardware"): a restore hashes each attachment once
(the archive member's hash is the one the store checks), and a source's own hash is checked
exactly as the store's would be."""

from __future__ import annotations

import hashlib
import io
import random
import types
from pathlib import Path
from typing import Any

import pyrage
import pytest

import app.store.attachments as store_attachments
from app.backup import ops
from app.backup.reader import AttachmentStream
from app.errors import IntegrityError
from app.model import Attachment, Case
from app.store import Store
from app.vault import Vault

NEW_PASSPHRASE = "a different long passphrase 18"
DATA = random.Random(1818).randbytes(2 * 1024 * 1024 + 5)  # three vault chunks


@pytest.fixture
def laptop(vault: Vault, tmp_path: Path) -> tuple[Store, pyrage.x25519.Identity, Path, str]:
    hq = pyrage.x25519.Identity.generate()
    store = Store(vault, actor="field worker")
    ops.set_backup_recipients(vault, [str(hq.to_public())])
    case = Case(case_number="IZ-2026-0018", summary="Fictional case for the data path")
    store.save(case)
    attachment = store.add_attachment(case.uuid, io.BytesIO(DATA), "statement.ogg")
    stick = tmp_path / "stick"
    stick.mkdir()
    return store, hq, stick, attachment.uuid


class _CountingHashlib:
    """Stands in for ``hashlib`` inside app/store/attachments.py: counts the bytes it hashes."""

    def __init__(self) -> None:
        self.hashed = 0

    def sha256(self, data: bytes = b"") -> Any:
        outer = self
        real = hashlib.sha256(data)
        outer.hashed += len(data)

        class Counting:
            def update(self, more: bytes) -> None:
                outer.hashed += len(more)
                real.update(more)

            def hexdigest(self) -> str:
                return real.hexdigest()

        return Counting()


def test_a_restore_hashes_each_attachment_once_and_still_restores_it_equal(
    laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, hq, stick, uuid = laptop
    path = ops.backup_vault(store, stick).path
    counting = _CountingHashlib()
    monkeypatch.setattr(store_attachments, "hashlib", counting)
    asked: list[str] = []
    real = AttachmentStream.sha256_of_read

    def spy(self: AttachmentStream) -> str:
        asked.append(real(self))
        return asked[-1]

    monkeypatch.setattr(AttachmentStream, "sha256_of_read", spy)
    restored = ops.restore_backup(
        path,
        stick.parent / "copy.izdeu",
        NEW_PASSPHRASE,
        identities=[hq],
        trusted_signers=[ops.device_public_key(store.vault)],
    )
    assert counting.hashed == 0  # the store did not hash the attachment a second time
    assert asked == [hashlib.sha256(DATA).hexdigest()]  # the member's hash of what it handed out
    with Vault.open(restored.path, NEW_PASSPHRASE) as copy:
        assert b"".join(Store(copy).attachment_chunks(uuid)) == DATA


class _Lying:
    """A source that hands out ``data`` but claims the hash of ``claimed``."""

    def __init__(self, data: bytes, claimed: bytes) -> None:
        self._data = io.BytesIO(data)
        self._claimed = claimed

    def read(self, n: int = -1, /) -> bytes:
        return self._data.read(n)

    def sha256_of_read(self) -> str:
        return hashlib.sha256(self._claimed).hexdigest()


def _meta(case_uuid: str, data: bytes) -> Attachment:
    return Attachment(
        case_uuid=case_uuid,
        original_name="copy.ogg",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def test_a_source_s_own_hash_is_checked_against_the_record(store: Store) -> None:
    case = store.save(Case(case_number="IZ-2026-0019", summary="Fictional case"))
    other = DATA[::-1]
    # The bytes match the record but the source's hash does not: refused, nothing kept.
    with pytest.raises(IntegrityError), store.batch(keep_times=False) as batch:
        batch.add_attachment(_meta(case.uuid, DATA), _Lying(DATA, other))
    assert store.vault.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    # A truthful source: stored, and its bytes read back equal.
    meta = _meta(case.uuid, DATA)
    with store.batch(keep_times=False) as batch:
        batch.add_attachment(meta, _Lying(DATA, DATA))
    assert b"".join(store.attachment_chunks(meta.uuid)) == DATA


def test_sources_without_their_own_hash_are_hashed_by_the_store(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = store.save(Case(case_number="IZ-2026-0020", summary="Fictional case"))
    counting = _CountingHashlib()
    monkeypatch.setattr(store_attachments, "hashlib", types.SimpleNamespace(sha256=counting.sha256))
    attachment = store.add_attachment(case.uuid, io.BytesIO(DATA), "statement.ogg")
    assert counting.hashed == len(DATA)
    assert attachment.sha256 == hashlib.sha256(DATA).hexdigest()
