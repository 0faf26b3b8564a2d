"""What each witness agreed to show to a given recipient: a pure function, no PDF involved.

Rules (docs/dossier.md):

- The profile chosen decides the consent scope: ``wgeid`` → ``wgeid``, ``ministry`` →
  ``ministry``, ``public`` → ``publish``. A public dossier may be forwarded by the NGO that
  receives it, so only consent to publication covers it; an ``ngo`` grant does not.
- Identity: a grant at ``full`` shows the name; ``initials`` shows initials; ``anonymous``
  shows "a relative (relation)". No grant for the scope (``store`` only, or another
  recipient) shows "a relative" and nothing else, not even the relation.
- Contact details only where that scope's grant says ``contact=True``.
- Testimonies are included only under a grant for the scope. Withdrawn consent excludes the
  witness's testimonies, and the dossier says so (without naming the witness).
- Files attached to an excluded testimony are withheld too (a scan may carry the name).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from app.model import Testimony, Witness

__all__ = [
    "PROFILES",
    "PROFILE_SCOPE",
    "Profile",
    "ConsentedCase",
    "WitnessView",
    "initials",
    "witness_view",
    "filter_testimonies",
]

Profile = Literal["wgeid", "ministry", "public"]
PROFILES: tuple[Profile, ...] = ("wgeid", "ministry", "public")
PROFILE_SCOPE: dict[str, str] = {"wgeid": "wgeid", "ministry": "ministry", "public": "publish"}

Identity = Literal["full", "initials", "anonymous", "none"]


@dataclass(frozen=True)
class WitnessView:
    """A witness as the recipient may see them. ``name`` is ``None`` when it must not appear."""

    uuid: str
    identity: Identity  # the level that applies; "none" = no grant for this scope
    name: str | None  # full name or initials, as consented
    relation: str | None  # shown unless there is no grant at all
    contact: str | None  # only with contact=True in this scope's grant
    how_known: str | None  # can identify the witness: full identity only
    withdrawn: bool
    testimony_allowed: bool

    @property
    def anonymous(self) -> bool:
        return self.name is None


def initials(name: str) -> str:
    """``Әсел Қанатқызы`` → ``Ә. Қ.``; Chinese names (no spaces, ``·``) give one per part.

    Letters of scripts without case are kept as they are (an Arabic-script initial is the
    first letter of the word).
    """
    parts = [p for p in name.replace("·", " ").replace("-", " ").split() if p]
    letters = []
    for part in parts:
        first = next((ch for ch in part if ch.isalpha()), "")
        if first:
            letters.append(first.upper() + ".")
    return " ".join(letters)


def witness_view(witness: Witness, scope: str) -> WitnessView:
    """What of ``witness`` may be shown to a recipient of ``scope`` (pure, no side effects)."""
    if witness.withdrawn:
        # Withdrawal overrides every grant, including "store": nothing identifying leaves.
        return WitnessView(witness.uuid, "none", None, None, None, None, True, False)
    grant = witness.grant_for(scope) if scope != "store" else None
    if grant is None:
        return WitnessView(witness.uuid, "none", None, None, None, None, False, False)
    relation = witness.relation.strip() or None
    contact = (witness.contact.strip() or None) if grant.contact else None
    if grant.identity == "full":
        name = witness.name.strip() or None
        return WitnessView(witness.uuid, "full", name, relation, contact,
                           witness.how_known.strip() or None, False, True)
    if grant.identity == "initials":
        name = initials(witness.name) or None
        return WitnessView(witness.uuid, "initials", name, relation, contact, None, False, True)
    return WitnessView(witness.uuid, "anonymous", None, relation, contact, None, False, True)


@dataclass
class ConsentedCase:
    """The testimonies and files a dossier for one scope may include, and what was left out."""

    scope: str
    views: dict[str, WitnessView] = field(default_factory=dict)
    testimonies: list[Testimony] = field(default_factory=list)
    withdrawn_testimonies: int = 0
    unconsented_testimonies: int = 0
    withheld_attachments: set[str] = field(default_factory=set)

    def view(self, witness_uuid: str) -> WitnessView:
        # A testimony whose witness record is gone is treated like "no consent known".
        return self.views.get(witness_uuid) or WitnessView(
            witness_uuid, "none", None, None, None, None, False, False)


def filter_testimonies(witnesses: Iterable[Witness], testimonies: Iterable[Testimony],
                       scope: str) -> ConsentedCase:
    """Apply the consent rules to a case's witnesses and testimonies for ``scope``."""
    result = ConsentedCase(scope, {w.uuid: witness_view(w, scope) for w in witnesses})
    allowed_files: set[str] = set()
    for testimony in testimonies:
        view = result.view(testimony.witness_uuid)
        if view.testimony_allowed:
            result.testimonies.append(testimony)
            allowed_files.update(testimony.attachment_uuids)
            continue
        if view.withdrawn:
            result.withdrawn_testimonies += 1
        else:
            result.unconsented_testimonies += 1
        result.withheld_attachments.update(testimony.attachment_uuids)
    # A file attached to both an included and an excluded testimony stays: the included
    # witness consented to it.
    result.withheld_attachments -= allowed_files
    return result
