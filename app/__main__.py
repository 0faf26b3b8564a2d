"""``python -m app`` runs the ``izdeu`` command line (see app/cli.py)."""

from app.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    raise SystemExit(main())
