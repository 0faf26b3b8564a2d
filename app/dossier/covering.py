"""The covering list of a batch: one line per dossier (case number, name, pages, file, SHA-256).

It goes with the files to the recipient (a ministry receiving forty dossiers, a protest file),
so each file can be checked against it. Written beside the dossiers as
``covering-list-<profile>-<lang>.pdf``, with the same fonts, archival parts and, when the batch
is signed, the same signature. It names the disappeared persons (as the dossiers do) and no
witness.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table

from app.dossier.archival import PRODUCER, ArchivalInfo
from app.dossier.blocks import CountingCanvas, display_name, furniture, table_style
from app.dossier.builder import Dossier, DossierOptions
from app.dossier.consent import Redactor
from app.dossier.labels import label
from app.dossier.styles import (
    BODY,
    HASH,
    KEY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    SHADE,
    TEXT_WIDTH,
    TITLE,
)
from app.dossier.text import BODY_FONT, fonts
from app.dossier.texts import DossierText
from app.fsutil import atomic_write_bytes
from app.signing import SigningIdentity, sign_pdf, signing_producer
from app.store import Store

__all__ = ["ListedDossier", "build_covering_list", "listed_dossier", "load_name", "write_covering_list"]


@dataclass(frozen=True)
class ListedDossier:
    case_number: str
    name: str
    pages: int
    file: str
    sha256: str


def listed_dossier(dossier: Dossier, path: Path, name: str) -> ListedDossier:
    return ListedDossier(dossier.case_number, name, dossier.pages, path.name, dossier.sha256)


def load_name(store: Store, case_uuid: str, lang: str) -> str:
    """The person's name as the dossier's heading shows it (store's thread)."""
    return display_name(store.get_case(case_uuid), lang)


def covering_file_name(options: DossierOptions) -> str:
    kind = "-summary" if options.sheet else ""
    return f"covering-list-{options.profile}{kind}-{options.lang}.pdf"


def build_covering_list(entries: Sequence[ListedDossier], options: DossierOptions) -> bytes:
    fonts()
    lang = options.lang
    # No witness is named here; the redactor has nothing to withhold but is the one text maker.
    text = DossierText(
        Redactor([], options.scope, label("withheld_name", lang), label("withheld_contact", lang))
    )
    out = io.BytesIO()
    title = label("covering_title", lang)
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=text.clean(options.organisation.strip() or "Izdeu"),
        subject=label("confidential", lang),
        creator="Izdeu",
        lang=lang,
        initialFontName=BODY_FONT,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    archival = ArchivalInfo(
        case_number="", lang=lang, producer=signing_producer() if options.signature else PRODUCER
    )
    draw = _furniture(text, lang, options.date.isoformat())

    def maker(*args: Any, **kwargs: Any) -> CountingCanvas:
        return CountingCanvas(*args, furniture=draw, archival=archival, **kwargs)

    header = [text.para(label(k, lang), KEY, bold=True) for k in ("case_number", "name", "pages")]
    rows: list[list[Any]] = [header]
    for entry in entries:
        rows.append(
            [text.para(entry.case_number, KEY), text.para(entry.name, KEY), text.para(str(entry.pages), KEY)]
        )
        rows.append([text.para(entry.file, HASH), text.para(entry.sha256, HASH), ""])
    table = Table(
        rows, colWidths=[52 * mm, TEXT_WIDTH - 52 * mm - 18 * mm, 18 * mm], repeatRows=1, splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, SHADE),
    ]
    commands += [("LINEBELOW", (0, i), (-1, i), 0.25, SHADE) for i in range(2, len(rows), 2)]
    commands += [("SPAN", (1, i), (2, i)) for i in range(2, len(rows), 2)]  # the SHA-256 on one line
    table.setStyle(table_style(commands))
    story = [
        text.para(title, TITLE, bold=True),
        text.para(label("covering_intro", lang, n=len(entries)), BODY),
        table,
    ]
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=maker)
    finally:
        rl_config.useA85 = saved
        text.close()
    return out.getvalue()


def _furniture(text: DossierText, lang: str, date: str) -> Any:
    def draw(canvas: Any, page: int, pages: int) -> None:
        heading = label("covering_title", lang)
        furniture(canvas, page, pages, text=text, case_number="", lang=lang, date=date, heading=heading)

    return draw


def write_covering_list(
    entries: Sequence[ListedDossier], folder: Path, options: DossierOptions, identity: SigningIdentity | None
) -> Path:
    """Build (and sign, with ``identity``) the covering list and write it into ``folder``."""
    pdf = build_covering_list(entries, options)
    if identity is not None:
        pdf = sign_pdf(pdf, identity, reason=label("covering_title", options.lang))
    target = folder / covering_file_name(options)
    atomic_write_bytes(target, pdf)
    return target


def covering_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
