"""What a dossier's evidence list says about a recording or an audio/video file: its length,
how and when Izdeu recorded it, whether it was cut short. The media itself is never embedded —
a dossier is paper; the file stays in the vault and its SHA-256 identifies it.

The length is the one stored with the attachment (recordings made in Izdeu); for an imported
file without one, it is decoded from the vault's bytes when the dossier's source is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.model import Attachment
from app.store.recordings import RECOVERED

if TYPE_CHECKING:
    from app.store import CaseBundle, Store

__all__ = ["is_timed", "duration_text", "load_durations", "recording_lines"]


def is_timed(media_type: str) -> bool:
    """Audio and video: listed with their length, never reproduced."""
    kind = media_type.split("/", 1)[0].strip().lower()
    return kind in ("audio", "video")


def duration_text(seconds: float) -> str:
    """``1:02:03`` or ``3:02``, with the exact seconds (digits read the same in every language)."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"{clock} ({seconds:.1f} s)"


def load_durations(store: Store, bundle: CaseBundle) -> dict[str, float]:
    """Decoded lengths of the audio/video attachments that have none stored (imported files);
    a file that does not decode (a video libsndfile cannot read) is listed without one."""
    from app.media.recovery import decoded_seconds

    found: dict[str, float] = {}
    for attachment in bundle.attachments:
        if is_timed(attachment.media_type) and not attachment.duration_ms:
            try:
                seconds = decoded_seconds(store, attachment.uuid)
            except Exception:  # noqa: BLE001 - an unreadable file is listed without a length
                continue
            if seconds > 0:
                found[attachment.uuid] = seconds
    return found


def _started(timestamp: str) -> str:
    # Stored as UTC ISO 8601 (app/model/records.py now_iso): date and minute are enough here.
    return f"{timestamp[:10]} {timestamp[11:16]} UTC" if len(timestamp) >= 16 else timestamp


def recording_lines(attachment: Attachment, decoded: float | None, t: Callable[..., str]) -> list[str]:
    """The lines added under an audio/video file's type and size (``t`` is the dossier's
    label lookup)."""
    if not is_timed(attachment.media_type):
        return []
    seconds = attachment.duration_ms / 1000 if attachment.duration_ms else decoded
    lines = [f"{t('duration')}: {duration_text(seconds) if seconds else '—'}"]
    if attachment.recording_started:
        lines.append(
            t(
                "recorded_in_izdeu",
                start=_started(attachment.recording_started),
                device=attachment.recorded_with or "—",
            )
        )
    if attachment.recording_state == RECOVERED:
        lines.append(t("recording_cut"))
    return lines
