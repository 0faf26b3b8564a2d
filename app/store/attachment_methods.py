"""The Store's attachment methods: files streamed into the vault in chunks and out again
(app/store/attachments.py does the work), each write with its audit entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInputError, NotFoundError
from app.inputs import open_regular
from app.model.records import Attachment, now_iso
from app.store import attachments as _att
from app.store import audit as _audit
from app.store import codec, writes
from app.store import recordings as _rec
from app.vault import erase as _erase

if TYPE_CHECKING:
    from app.vault.vault import Vault

__all__ = ["AttachmentMethods"]


class AttachmentMethods:
    """Mixed into :class:`app.store.Store`, which gives ``vault`` and ``actor``."""

    vault: Vault
    actor: str

    def _attachment(self, uuid: str) -> Attachment:
        attachment = codec.load(self.vault.conn, "attachment", uuid)
        assert isinstance(attachment, Attachment)
        return attachment

    def add_attachment(
        self,
        case_uuid: str,
        source: _att.ByteSource,
        original_name: str,
        *,
        media_type: str | None = None,
        received_at: str | None = None,
        handed_over_by: str = "",
        description: str = "",
    ) -> Attachment:
        """Stream ``source`` into the vault; SHA-256 and size computed on the way in."""
        attachment = Attachment(
            case_uuid=case_uuid,
            original_name=_att.clean_original_name(original_name),
            received_at=received_at or now_iso(),
            handed_over_by=handed_over_by,
            description=description,
        )
        attachment.validate()
        with self.vault.transaction() as conn:
            writes.new_attachment(conn, self.actor, attachment, source, media_type, original_name)
        return attachment

    def add_attachment_file(self, case_uuid: str, path: Path | str, **kwargs: Any) -> Attachment:
        path = Path(path)
        # A regular file only (never blocks on a FIFO, never reads /dev/zero for ever), its
        # size checked before the first byte is read.
        try:
            fh = open_regular(path, _att.MAX_SIZE)
        except NotFoundError:
            raise NotFoundError("commands.cannot_read_file") from None
        with fh:
            return self.add_attachment(case_uuid, fh, path.name, **kwargs)

    # --- recordings made into the vault (app/media/recorder.py) -----------------------------

    def begin_recording(self, attachment: Attachment, testimony_uuid: str = "") -> None:
        """The recording's row, committed before its first byte (app/store/recordings.py)."""
        attachment.recording_state = _rec.RECORDING
        with self.vault.transaction() as conn:
            _rec.begin(conn, self.actor, attachment, testimony_uuid)

    def append_recording_chunk(self, attachment_uuid: str, seq: int, data: bytes) -> None:
        """One encoded piece, committed on its own: a crash keeps it."""
        with self.vault.transaction() as conn:
            _rec.append_chunk(conn, attachment_uuid, seq, data)

    def finish_recording(
        self, attachment_uuid: str, *, duration_ms: int, state: str, size: int | None = None, sha256: str = ""
    ) -> Attachment:
        """Write the recording's length and state; size and SHA-256 are those computed while it
        was written, or (``size`` None, after a crash) read back from the chunks."""
        with self.vault.transaction() as conn:
            if size is None:
                size, sha256 = _rec.digest_of(conn, attachment_uuid)
            return _rec.finish(
                conn,
                self.actor,
                attachment_uuid,
                duration_ms=duration_ms,
                state=state,
                size=size,
                sha256=sha256,
            )

    def unfinished_recordings(self) -> list[Attachment]:
        return _rec.unfinished(self.vault.conn)

    def attachment_chunk_index(self, attachment_uuid: str) -> list[tuple[int, int]]:
        return _rec.chunk_index(self.vault.conn, attachment_uuid)

    def attachment_chunk(self, attachment_uuid: str, seq: int) -> bytes:
        return _rec.chunk(self.vault.conn, attachment_uuid, seq)

    def attachment_chunks(self, attachment_uuid: str) -> Iterator[bytes]:
        return _att.iter_chunks(self.vault.conn, attachment_uuid)

    def attachment_bytes(self, attachment_uuid: str, max_size: int = 64 * 1024**2) -> bytes:
        """Whole content in memory (for previews); refuses more than ``max_size``."""
        attachment = self._attachment(attachment_uuid)
        if attachment.size > max_size:
            raise InvalidInputError("store.store.file_too_large_show")
        return b"".join(self.attachment_chunks(attachment_uuid))

    def export_attachment(
        self, attachment_uuid: str, target: Path | str, *, strip_metadata: bool = False
    ) -> None:
        """A copy of the stored bytes, or with ``strip_metadata`` an image's cleaned copy."""
        attachment = self._attachment(attachment_uuid)
        if strip_metadata:
            _att.export_clean_to(
                self.vault.conn, attachment_uuid, Path(target), attachment.sha256, attachment.size
            )
        else:
            _att.export_to(self.vault.conn, attachment_uuid, Path(target), attachment.sha256)
        with self.vault.transaction() as conn:
            covered = _erase.covered_by_backup(self.vault)
            _audit.append(
                conn,
                actor=self.actor,
                action="export",
                kind="attachment",
                record_uuid=attachment_uuid,
                case_uuid=attachment.case_uuid,
                detail={"metadata": "removed"} if strip_metadata else None,
            )
            if covered:
                _erase.mark_backed_up(self.vault)
