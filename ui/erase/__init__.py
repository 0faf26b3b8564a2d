"""Erasing the vault and the duress passphrase: the dialogs (the core is app/vault/erase.py)."""
