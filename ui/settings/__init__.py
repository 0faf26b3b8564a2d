"""Preferences (QSettings) and the settings dialog."""
