"""Linear, numbered schema migrations (``migrations/NNNN_name.sql``), each in one transaction.

Before an existing vault is migrated, a consistent encrypted copy of it is written beside it.
A migration that rewrites records' JSON calls the functions of :data:`FUNCTIONS` from its SQL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from app.errors import NewerVersionError, StorageError
from app.model.coded import upgrade_plain
from app.model.records import record_class

__all__ = ["Migration", "MIGRATIONS", "FUNCTIONS", "latest_version", "migrate"]


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


def _dumps(value: Any) -> str:
    # The store's canonical encoding (app/store/codec.py), which the vault cannot import.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _codes(kind: str, data: str) -> str:
    """A record's data JSON with its free-text coded fields turned into codes (version 4)."""
    return _dumps(upgrade_plain(record_class(kind), json.loads(data)))


def _codes_field(kind: str, field: str, value: str) -> str:
    """One top-level field's JSON value, upgraded as :func:`_codes` would in its record."""
    upgraded = upgrade_plain(record_class(kind), {field: json.loads(value)})
    return _dumps(upgraded[field])


# name → (number of arguments, function): registered on the connection before migrating.
FUNCTIONS: dict[str, tuple[int, Callable[..., str]]] = {
    "izdeu_codes": (2, _codes),
    "izdeu_codes_field": (3, _codes_field),
}


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
    for name, (arity, function) in FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
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
