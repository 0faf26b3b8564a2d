"""Rendering one case to a PDF dossier, in memory, for one recipient profile and label language.

Two steps, so the database thread does only database work:

1. :func:`load_source` (on the thread that owns the store) reads the case and the bytes of the
   images the dossier reproduces;
2. :func:`build_dossier` (anywhere, no store) renders them to PDF bytes and their SHA-256.

All text goes through the multi-script layer in ``app.dossier.text`` (bidi, per-script fonts,
HarfBuzz shaping); ReportLab's own Paragraph is never given case data, because it drops
characters its font lacks and breaks Uyghur word order. The pieces: ``styles`` (geometry,
styles), ``texts`` (:class:`DossierText`, the one maker of text, which applies the consent
:class:`~app.dossier.consent.Redactor`), ``blocks`` (furniture, tables, pictures), ``front``
and ``sections`` (the story).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, PageTemplate

from app.dossier.archival import PRODUCER, ArchivalInfo
from app.dossier.blocks import BodyFrame, CountingCanvas, display_name, furniture
from app.dossier.collector import collector_paused
from app.dossier.consent import PROFILE_SCOPE, Profile, Redactor, RelatedRef
from app.dossier.images import is_image
from app.dossier.labels import LANGS, Lang, label
from app.dossier.recordings import load_durations
from app.dossier.sections import Sections
from app.dossier.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, TEXT_WIDTH
from app.dossier.text import BODY_FONT, fonts
from app.dossier.texts import DossierText
from app.dossier.wgeid import minimum_elements, not_enforced_disappearance
from app.errors import InvalidInputError
from app.fsutil import atomic_write_bytes
from app.model import Attachment, LinkKind, Witness
from app.signing import signing_producer
from app.store import CaseBundle, Store

__all__ = [
    "Dossier",
    "DossierOptions",
    "DossierSource",
    "MAX_IMAGE_BYTES",
    "SignatureNote",
    "build_dossier",
    "display_name",
    "load_source",
    "make_dossier",
    "write_dossier",
]

MAX_IMAGE_BYTES = 40 * 1024**2  # larger image files are listed, not reproduced


@dataclass(frozen=True)
class SignatureNote:
    """Who will sign the dossier, printed on the cover before the signature is made."""

    organisation: str
    fingerprint: str  # SHA-256 of the signing certificate, "AB:CD:…"


@dataclass(frozen=True)
class DossierOptions:
    """What kind of dossier to make; ``generated`` defaults to today (UTC)."""

    profile: Profile = "wgeid"
    lang: Lang = "en"
    organisation: str = ""  # submitting organisation: WGEID element f, PDF author
    addressee: str = ""  # ministry profile: the letter's addressee (default: Kazakh MFA)
    generated: _dt.date | None = None
    signature: SignatureNote | None = None  # set when the file will be signed (app/dossier/signed.py)
    sheet: bool = False  # a one-page summary (protest file, press briefing) instead of the dossier

    def __post_init__(self) -> None:
        if self.profile not in PROFILE_SCOPE:
            raise InvalidInputError("dossier.builder.dossier_profile_must_wgeid")
        if self.lang not in LANGS:
            raise InvalidInputError("dossier.builder.dossier_language_must_en")

    @property
    def scope(self) -> str:
        return PROFILE_SCOPE[self.profile]

    @property
    def date(self) -> _dt.date:
        return self.generated or _dt.datetime.now(_dt.UTC).date()


@dataclass
class DossierSource:
    """A case and the bytes of the images to reproduce, read from the store beforehand."""

    bundle: CaseBundle
    files: dict[str, bytes] = field(default_factory=dict)  # attachment uuid -> content
    # Decoded lengths (s) of audio/video files stored without one (app/dossier/recordings.py).
    durations: dict[str, float] = field(default_factory=dict)
    # The vault's organisation (app/store/prefs.py): element f when the options name none.
    organisation: str = ""
    # Case numbers recorded as the same person (Store.same_person_cases): no one's details.
    same_person: list[str] = field(default_factory=list)
    # Linked cases (family, same person) with the scopes their witnesses consented to.
    related: list[RelatedRef] = field(default_factory=list)


@dataclass(frozen=True)
class Dossier:
    """A rendered dossier. ``sha256`` identifies exactly these bytes (record it when sent)."""

    pdf: bytes
    sha256: str
    pages: int
    case_uuid: str
    case_number: str
    profile: str
    lang: str
    scope: str
    testimonies_included: int
    testimonies_excluded: int
    signer: str = ""  # the signing certificate's SHA-256 fingerprint, when signed
    # WGEID profile: the minimum elements (a–f) missing or incomplete, and whether the case is
    # not an enforced disappearance in the Working Group's sense (the window warns of both).
    missing_elements: tuple[str, ...] = ()
    not_enforced: bool = False


# --- loading -----------------------------------------------------------------------------------


def _wanted_files(bundle: CaseBundle) -> list[Attachment]:
    return [a for a in bundle.attachments if is_image(a.media_type) and a.size <= MAX_IMAGE_BYTES]


def load_source(store: Store, case_uuid: str) -> DossierSource:
    """Read the case and its image files (call on the thread that owns ``store``)."""
    bundle = store.load_case(case_uuid)
    same_person = store.same_person_cases(case_uuid)
    files: dict[str, bytes] = {}
    for attachment in _wanted_files(bundle):
        try:
            files[attachment.uuid] = store.attachment_bytes(attachment.uuid, MAX_IMAGE_BYTES)
        except Exception:  # noqa: BLE001 - an unreadable file becomes a placeholder, not a failure
            continue
    return DossierSource(
        bundle,
        files,
        durations=load_durations(store, bundle),
        organisation=store.prefs().organisation,
        same_person=same_person,
        related=_related(store, case_uuid, same_person),
    )


def _related(store: Store, case_uuid: str, same_person: list[str]) -> list[RelatedRef]:
    found = []
    for link in store.related_cases(case_uuid):
        if link.kind == LinkKind.NOT_SAME_PERSON or not link.other_number or link.other_number in same_person:
            continue
        witnesses = store.children_of(link.other_case, Witness)
        scopes = frozenset(g.scope for w in witnesses if not w.withdrawn for g in w.consent)
        found.append(RelatedRef(link.other_number, link.kind, scopes))
    return found


def build_dossier(source: DossierSource, options: DossierOptions) -> Dossier:
    """Render the dossier to PDF bytes (no store access; safe off the database thread)."""
    if not options.organisation.strip() and source.organisation:
        # The organisation named once in Settings, so element f is never an empty box.
        options = replace(options, organisation=source.organisation)
    fonts()  # register the bundled fonts before the document refers to them
    # The one text maker of this build: every paragraph, header and file property of the
    # dossier is made by it, so every one is redacted by the witnesses' consent.
    text = DossierText(
        Redactor(
            source.bundle.witnesses,
            options.scope,
            label("withheld_name", options.lang),
            label("withheld_contact", options.lang),
        )
    )
    sections = Sections(source, options, text)
    case = source.bundle.case
    out = io.BytesIO()
    org = options.organisation.strip() or "Izdeu"
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # The title names the case, never the person: file properties are seen by anyone
        # who handles the file.
        title=text.clean(f"{label('title', options.lang)} — {case.case_number}"),
        author=text.clean(org),
        subject=label("confidential", options.lang),
        creator="Izdeu",
        keywords=[text.clean(case.case_number), text.clean(options.profile)],
        lang=options.lang,
        # The initial font of every page's text state: ReportLab's default, Helvetica, would
        # be referenced without being embedded (PDF/A requires every font embedded).
        initialFontName=BODY_FONT,
    )
    frame = BodyFrame(
        MARGIN_X,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    date_text = options.date.isoformat()
    draw_furniture = partial(
        furniture, text=text, case_number=case.case_number or "—", lang=options.lang, date=date_text
    )
    canvases: list[CountingCanvas] = []
    archival = ArchivalInfo(
        case_number=text.clean(case.case_number),
        lang=options.lang,
        # pyHanko rewrites the XMP producer as its own name and keeps an info producer that
        # already holds it: the same string in both keeps them equal (PDF/A 6.6.3).
        producer=signing_producer() if options.signature else PRODUCER,
    )

    def maker(*args: Any, **kwargs: Any) -> CountingCanvas:
        canvas = CountingCanvas(*args, furniture=draw_furniture, archival=archival, **kwargs)
        canvases.append(canvas)
        return canvas

    # ReportLab ASCII85-encodes every stream by default, in pure Python here (no rl_accel):
    # a fifth of the build time and a quarter more bytes. Binary streams are as valid. The
    # setting is global, so it is restored; a PDF built meanwhile elsewhere stays valid.
    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        with collector_paused():
            doc.build(sections.story(), canvasmaker=maker)
    finally:
        rl_config.useA85 = saved_a85
        text.close()  # no case text kept once the dossier is made
    pdf = out.getvalue()
    bundle = source.bundle
    missing: tuple[str, ...] = ()
    if options.profile == "wgeid":
        elements = minimum_elements(case, bundle.acts, bundle.interventions, options.organisation)
        missing = tuple(e.key for e in elements if e.state != "present")
    return Dossier(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pages=getattr(canvases[-1], "page_count", 0) if canvases else 0,
        case_uuid=case.uuid,
        case_number=case.case_number,
        profile=options.profile,
        lang=options.lang,
        scope=options.scope,
        testimonies_included=len(sections.consent.testimonies),
        testimonies_excluded=(
            sections.consent.withdrawn_testimonies + sections.consent.unconsented_testimonies
        ),
        missing_elements=missing,
        not_enforced=not_enforced_disappearance(case, bundle.acts),
    )


def make_dossier(store: Store, case_uuid: str, options: DossierOptions) -> Dossier:
    """Load and render in one call (on the store's thread)."""
    return build_dossier(load_source(store, case_uuid), options)


def write_dossier(dossier: Dossier, path: Path | str) -> None:
    """Write the PDF atomically (temp file beside it, fsync, rename; owner-only permissions)."""
    atomic_write_bytes(path, dossier.pdf)
