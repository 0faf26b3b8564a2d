"""Linear, numbered schema migrations (``migrations/NNNN_name.sql``), each in one transaction.

Before an existing vault is migrated, a consistent encrypted copy of it is written beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from app.errors import NewerVersionError, StorageError

__all__ = ["Migration", "MIGRATIONS", "latest_version", "migrate"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def _load() -> list[Migration]:
    found = []
    for entry in resources.files("app.vault").joinpath("migrations").iterdir():
        match = re.match(r"^(\d{4})_(\w+)\.sql$", entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise RuntimeError("schema migrations must be numbered 1, 2, 3… without gaps")
    return found


MIGRATIONS: list[Migration] = _load()


def latest_version(migrations: list[Migration] | None = None) -> int:
    return (migrations or MIGRATIONS)[-1].version


def migrate(
    conn: Any,
    vault_path: Path,
    copy_before: Callable[[Path], None],
    migrations: list[Migration] | None = None,
) -> int:
    """Bring the schema to the latest version; return the version before migrating."""
    migrations = migrations if migrations is not None else MIGRATIONS
    latest = latest_version(migrations)
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > latest:
        raise NewerVersionError()
    if current == latest:
        return current
    if current > 0:
        copy = vault_path.with_name(f"{vault_path.name}.before-v{latest}")
        if copy.exists():
            copy = vault_path.with_name(f"{vault_path.name}.before-v{latest}-{current}")
        try:
            copy_before(copy)
        except Exception as exc:
            raise StorageError("vault.migrations.could_save_copy_vault") from exc
    for migration in migrations:
        if migration.version <= current:
            continue
        # executescript would commit implicitly; run statement by statement inside one txn.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current


def _statements(sql: str) -> list[str]:
    import sqlcipher3

    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
