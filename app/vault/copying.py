"""A consistent encrypted copy of an open vault (same key), e.g. before a migration."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import StorageError
from app.tempfiles import Temporary
from app.vault.connect import translate_db_error

__all__ = ["copy_vault"]


def copy_vault(conn: Any, target: Path) -> None:
    """``VACUUM INTO`` a new file ``target``; never replaces a file of that name."""
    if target.exists():
        raise StorageError("vault.vault.copy_name_taken")
    # Written under a temporary name (app/tempfiles.py) and given its name when complete:
    # a crash half-way leaves no truncated "copy" that looks like a good one, and the next
    # start sweeps the leftover away. Created empty and owner-only first: VACUUM INTO
    # accepts an empty file and keeps its mode.
    guard = Temporary.create(target.parent, "copy")
    tmp = guard.member("copy.vault")
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn.execute("VACUUM INTO ?", (str(tmp),))
        try:
            os.link(tmp, target)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise StorageError("vault.vault.copy_name_taken") from None
        except OSError:
            if os.path.lexists(target):
                raise StorageError("vault.vault.copy_name_taken") from None
            os.rename(tmp, target)
    except sqlcipher3.Error as exc:
        raise translate_db_error(exc) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        guard.discard()
