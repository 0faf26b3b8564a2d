"""Windows about the vault itself: change its passphrase (ui/vault/change_passphrase.py)."""

__all__: list[str] = []
