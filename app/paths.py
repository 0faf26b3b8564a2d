"""Where Izdeu keeps its files, resolved in one place.

The default vault lives in the per-user data folder; ``IZDEU_HOME`` (or an explicit path given
to :class:`Paths`) overrides it for tests and portable use from a USB stick.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["Paths", "RESOURCES"]

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @classmethod
    def default(cls) -> Paths:
        override = os.environ.get("IZDEU_HOME")
        if override:
            return cls(Path(override))
        return cls(Path(platformdirs.user_data_dir("izdeu", appauthor=False)))

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "vault.izdeu"

    @property
    def demo_vault(self) -> Path:
        return self.data_dir / "demo.izdeu"

    def ensure(self) -> None:
        from app.fsutil import make_private_dir

        make_private_dir(self.data_dir)
