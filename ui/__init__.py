"""Izdeu desktop UI (PySide6). Holds widgets, dialogs and Qt models only: no SQL, no crypto."""
