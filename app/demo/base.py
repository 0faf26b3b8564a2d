"""What demo generation makes: cases with their files, and counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model import (
    Case,
    Record,
)

DEFAULT_SEED = 2018
DEFAULT_CASES = 40
SHOWCASE_COUNT = 9


@dataclass
class DemoFile:
    """A generated file to attach: ``role`` says where it is referenced."""

    name: str
    data: bytes
    description: str
    role: str  # "photo" (the person's photo), "testimony" (first testimony), "case"


@dataclass
class DemoCase:
    records: list[Record]  # the case first, then its children
    files: list[DemoFile] = field(default_factory=list)

    @property
    def case(self) -> Case:
        case = self.records[0]
        assert isinstance(case, Case)
        return case


@dataclass
class DemoStats:
    cases: int = 0
    records: int = 0
    testimonies: int = 0
    attachments: int = 0
