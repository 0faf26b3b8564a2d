"""The encrypted vault file: key derivation, SQLCipher settings, lock file, migrations."""

from app.vault.kdf import (
    DEFAULT_PARAMS,
    STRONG_PARAMS,
    KdfParams,
    check_passphrase_strength,
    strength_hint,
)
from app.vault.vault import FORMAT_NAME, CheckReport, Vault

__all__ = [
    "DEFAULT_PARAMS",
    "FORMAT_NAME",
    "STRONG_PARAMS",
    "CheckReport",
    "KdfParams",
    "Vault",
    "check_passphrase_strength",
    "strength_hint",
]
