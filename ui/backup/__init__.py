"""Backup dialogs (backup, verify, restore, merge) and the backup reminder: ui/backup/dialogs.py."""

__all__: list[str] = []
