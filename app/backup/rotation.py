"""Keep-last-N rotation of a folder of backups.

Only files whose names :func:`app.backup.writer.backup_file_name` could have produced are
considered, ordered by the time stamp *in the name* (FAT file times are coarse and copying
resets them). The newest backup is never removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from app.backup.errors import BackupInputError, storage_error_for
from app.backup.writer import BACKUP_SUFFIX, INCREMENT_TAG

__all__ = ["is_increment_name", "list_backups", "rotate_backups"]

_NAME_RE = re.compile(
    r"izdeu-backup-(\d{8}T\d{6}Z)(?:-(\d{1,3}))?("
    + re.escape(INCREMENT_TAG)
    + ")?"
    + re.escape(BACKUP_SUFFIX)
)


def is_increment_name(path: Path) -> bool:
    """Whether the name is an increment's (``…Z-incr.izbackup``)."""
    match = _NAME_RE.fullmatch(path.name)
    return bool(match and match.group(3))


def list_backups(folder: Path | str) -> list[Path]:
    """Backups in ``folder``, oldest first."""
    found: list[tuple[str, int, Path]] = []
    try:
        entries = list(Path(folder).iterdir())
    except FileNotFoundError:
        raise BackupInputError("backup.rotation.backup_folder_does_exist") from None
    except OSError as exc:
        raise storage_error_for(exc) from None
    for entry in entries:
        match = _NAME_RE.fullmatch(entry.name)
        if match and entry.is_file() and not entry.is_symlink():
            # An increment made in the same second as its full backup sorts after it.
            found.append((match.group(1), int(match.group(2) or 1) * 2 + bool(match.group(3)), entry))
    found.sort()
    return [path for _stamp, _seq, path in found]


def rotate_backups(
    folder: Path | str, keep: int, *, dry_run: bool = False, protect: Iterable[str] = ()
) -> list[Path]:
    """Delete all but the ``keep`` newest backups; return what was (or would be) deleted.

    Never deleted: what a kept increment builds on (every backup back to the full one before
    the oldest kept increment, by the order of the names) and the names in ``protect`` (the
    files of the chain the vault is writing, which it knows exactly). Call it only after a new
    backup was written and verified.
    """
    if not isinstance(keep, int) or isinstance(keep, bool) or keep < 1:
        raise BackupInputError("backup.snapshot.keep_least_one_backup")
    backups = list_backups(folder)
    first_kept = max(0, len(backups) - keep)
    # An increment restores only on top of its base, and that base on its own, back to a full.
    while first_kept > 0 and is_increment_name(backups[first_kept]):
        first_kept -= 1
    protected = set(protect)
    doomed = [path for path in backups[:first_kept] if path.name not in protected]
    if not dry_run:
        for path in doomed:
            try:
                path.unlink()
            except FileNotFoundError:
                continue  # removed by someone else meanwhile: the goal is reached
            except OSError as exc:
                raise storage_error_for(exc) from None
    return doomed
