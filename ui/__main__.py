"""``python -m ui`` (``make run``): the desktop app.

Run as ``ui.__main__`` rather than ``ui.main`` so that the children spawned to render dossier
batches (app/dossier/pool.py) do not re-import the entry module and with it Qt: multiprocessing
skips a main module named ``__main__``.
"""

from ui.main import main

if __name__ == "__main__":
    raise SystemExit(main())
