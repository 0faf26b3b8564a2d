"""A case with all its records, as one value (the editor, dossiers, exports)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.records import (
    Act,
    Attachment,
    Case,
    CaseLink,
    Intervention,
    Record,
    StatusChange,
    Testimony,
    Witness,
)

__all__ = ["CaseBundle"]


@dataclass
class CaseBundle:
    """A case with all its records, as the editor, dossier and export need it."""

    case: Case
    status_changes: list[StatusChange] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    witnesses: list[Witness] = field(default_factory=list)
    testimonies: list[Testimony] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    links: list[CaseLink] = field(default_factory=list)  # the links written from this case

    def records(self) -> list[Record]:
        return [
            self.case,
            *self.status_changes,
            *self.acts,
            *self.witnesses,
            *self.testimonies,
            *self.interventions,
            *self.attachments,
            *self.links,
        ]

    def witness(self, uuid: str) -> Witness | None:
        return next((w for w in self.witnesses if w.uuid == uuid), None)

    def attachment(self, uuid: str) -> Attachment | None:
        return next((a for a in self.attachments if a.uuid == uuid), None)
