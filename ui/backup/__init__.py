"""Backup dialogs (backup, verify, restore, merge) and the backup reminder."""
