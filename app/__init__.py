"""Izdeu core: the encrypted case vault, its model, search, dossiers, backups and CLI.

Nothing in this package imports Qt; the desktop UI in ``ui/`` is built on top of it.
"""

__version__ = "0.1.0"
