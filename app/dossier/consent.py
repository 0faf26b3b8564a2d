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
- A related case (a family link, or the same person) is listed by number and relation only
  if some witness of that case consented to this recipient (their family agreed to be known
  to it); the others are counted, not named. "Not the same person" is never listed.
- Free text (another testimony, a status source, a file description…) can quote a witness by
  name or number: :class:`Redactor` replaces each witness's full name and contact details
  wherever they are not allowed, with the consented form (initials) or a "withheld" word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from app.model import Testimony, Witness

__all__ = [
    "PROFILES",
    "PROFILE_SCOPE",
    "Profile",
    "Redactor",
    "ConsentedCase",
    "RelatedRef",
    "related_for",
    "WitnessView",
    "initials",
    "witness_view",
    "filter_testimonies",
    "parent_name_allowed",
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
        return WitnessView(
            witness.uuid, "full", name, relation, contact, witness.how_known.strip() or None, False, True
        )
    if grant.identity == "initials":
        name = initials(witness.name) or None
        return WitnessView(witness.uuid, "initials", name, relation, contact, None, False, True)
    return WitnessView(witness.uuid, "anonymous", None, relation, contact, None, False, True)


def parent_name_allowed(witnesses: Iterable[Witness], relation: str, scope: str) -> bool:
    """Whether the missing person's father's (``relation="father"``) or mother's name may be
    printed for ``scope``: not when a witness of the case is that parent and has not agreed to
    be named in full to this recipient — the name would name the witness. A parent who is no
    witness is named as the family gave it (not in public dossiers at all: sections.py)."""
    return all(witness_view(w, scope).identity == "full" for w in witnesses if w.relation == relation)


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
            witness_uuid, "none", None, None, None, None, False, False
        )


def filter_testimonies(
    witnesses: Iterable[Witness], testimonies: Iterable[Testimony], scope: str
) -> ConsentedCase:
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


# Contact fields often hold several items ("+7 700 …; WhatsApp …"); each is withheld alone.
_CONTACT_SPLIT = re.compile(r"[,;\n]+|\s/\s")
_MIN_NEEDLE = 4  # shorter pieces would match ordinary words
# Phone numbers inside a contact field, however they are annotated ("+7 700 … (home)").
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")


class Redactor:
    """Removes from text what the witnesses' consent for ``scope`` forbids (call it on text).

    A full name not consented in full becomes the consented initials, or ``withheld_name``;
    contact details not consented become ``withheld_contact``. Matching is exact text, case
    insensitive: it catches a name copied into another record, not a name spelled otherwise.
    A dossier build makes one and hands it to its :class:`~app.dossier.texts.DossierText`,
    through which every piece of text of the dossier passes.
    """

    def __init__(
        self, witnesses: Iterable[Witness], scope: str, withheld_name: str, withheld_contact: str
    ) -> None:
        replacements: dict[str, str] = {}
        phones: set[str] = set()
        for witness in witnesses:
            view = witness_view(witness, scope)
            name = witness.name.strip()
            if len(name) >= _MIN_NEEDLE and view.identity != "full":
                replacements.setdefault(
                    name.casefold(), view.name if view.identity == "initials" and view.name else withheld_name
                )
            if witness.contact.strip() and view.contact is None:
                for part in [witness.contact, *_CONTACT_SPLIT.split(witness.contact)]:
                    part = part.strip()
                    if len(part) >= _MIN_NEEDLE:
                        replacements[part.casefold()] = withheld_contact
                for phone in _PHONE.findall(witness.contact):
                    # The national number without its country or trunk prefix (+7, 8, 00…).
                    digits = re.sub(r"\D", "", phone)[-10:]
                    if len(digits) >= 7:  # never a year or a date
                        phones.add(digits)
        self._withheld_name = withheld_name
        self._withheld_contact = withheld_contact
        self._replacements = replacements
        self._phone_re: re.Pattern[str] | None = None
        self._name_re: re.Pattern[str] | None = None
        if phones:
            # The same number written with other spacing or punctuation: "+77000005566".
            self._phone_re = re.compile(
                r"(?:\+?\d{1,3}[\s().-]*)?(?:" + "|".join(r"[\s().-]*".join(d) for d in sorted(phones)) + ")"
            )
        if replacements:
            # Longest first, so a whole contact line wins over one of its parts.
            self._name_re = re.compile(
                "|".join(re.escape(k) for k in sorted(replacements, key=len, reverse=True)), re.IGNORECASE
            )

    def __call__(self, text: str) -> str:
        if self._phone_re is not None:
            text = self._phone_re.sub(self._withheld_contact, text)
        if self._name_re is not None:
            text = self._name_re.sub(self._replace, text)
        return text

    def _replace(self, match: re.Match[str]) -> str:
        return self._replacements.get(match.group(0).casefold(), self._withheld_name)


@dataclass(frozen=True)
class RelatedRef:
    """A linked case as a dossier may name it: its number, the relation read from the
    dossier's case, and the scopes its witnesses consented to."""

    number: str
    kind: str
    scopes: frozenset[str]


def related_for(related: list[RelatedRef], scope: str) -> tuple[list[RelatedRef], int]:
    """The related cases a dossier for ``scope`` lists, and how many it leaves out."""
    shown = [r for r in related if scope in r.scopes]
    return shown, len(related) - len(shown)
