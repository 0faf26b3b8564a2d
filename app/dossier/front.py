"""The front of a dossier: the covering letter (ministry profile), the cover page with every
name and the photo, and the WGEID element check; plus what every section shares.

All text comes from the build's :class:`~app.dossier.texts.DossierText` (``self.p``), which
redacts what the witnesses' consent forbids; nothing here makes a paragraph any other way.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.dossier.blocks import (
    boxed,
    date_text,
    display_name,
    image,
    kv_table,
    placeholder,
    table_style,
)
from app.dossier.consent import ConsentedCase, filter_testimonies, related_for
from app.dossier.images import PreparedImage, prepare_image
from app.dossier.labels import enum_label, label
from app.dossier.styles import (
    ALERT,
    BODY,
    BOX,
    H2,
    HASH,
    KEY,
    MUTED,
    NAME,
    NOTE,
    RULE,
    SHADE,
    SUBTITLE,
    TEXT_WIDTH,
    TITLE,
    VALUE,
    style,
)
from app.dossier.text.bidi import Direction
from app.dossier.texts import DossierText
from app.dossier.wgeid import (
    chinese_official_name,
    is_urgent,
    minimum_elements,
    recorded_latin_name,
    transliterated_name,
)
from app.model import Attachment, PartialDate, Redaction

if TYPE_CHECKING:
    from app.dossier.builder import DossierOptions, DossierSource

__all__ = ["FrontMatter"]


class FrontMatter:
    """The case, the consent applied to it, the build's text maker and the front sections."""

    def __init__(self, source: DossierSource, options: DossierOptions, text: DossierText) -> None:
        self.text = text
        self.p = text.para
        self.bundle = source.bundle
        self.case = source.bundle.case
        self.files = source.files
        self.durations = source.durations
        self.same_person = source.same_person
        self.related, self.related_withheld = related_for(source.related, options.scope)
        self.options = options
        self.lang = options.lang
        self.consent: ConsentedCase = filter_testimonies(
            self.bundle.witnesses, self.bundle.testimonies, options.scope
        )
        self._prepared: dict[str, PreparedImage | None] = {}
        self._verified: dict[str, bool] = {}

    def t(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def prepared(self, uuid: str) -> PreparedImage | None:
        if uuid not in self._prepared:
            data = self.files.get(uuid)
            self._prepared[uuid] = prepare_image(data, self.hidden(uuid)) if data is not None else None
        return self._prepared[uuid]

    def hidden(self, uuid: str) -> list[Redaction]:
        """The regions of an image this recipient's dossier must not show."""
        attachment = self.bundle.attachment(uuid)
        if attachment is None:
            return []
        return [r for r in attachment.redactions if r.applies_to(self.options.scope)]

    def verified(self, attachment: Attachment) -> bool | None:
        """Whether loaded content matches the SHA-256 taken at intake (None: not loaded)."""
        data = self.files.get(attachment.uuid)
        if data is None or not attachment.sha256:
            return None
        if attachment.uuid not in self._verified:
            self._verified[attachment.uuid] = hashlib.sha256(data).hexdigest() == attachment.sha256.lower()
        return self._verified[attachment.uuid]

    def shown_attachments(self) -> list[Attachment]:
        return [a for a in self.bundle.attachments if a.uuid not in self.consent.withheld_attachments]

    # sections

    def letter(self) -> list[Flowable]:
        # The covering letter is in Kazakh or Russian: the ministries it goes to work in those.
        lang = self.lang if self.lang in ("kk", "ru") else "ru"
        case = self.case
        org = self.options.organisation.strip()
        addressee = self.options.addressee.strip() or label("letter_default_addressee", lang)
        name = display_name(case, lang) or label("unknown_person", lang)
        born = date_text(case.person.birth_date, lang) or "—"
        when = date_text(case.disappeared_on, lang) or label("not_recorded", lang)
        place = case.disappeared_place.strip() or label("not_recorded", lang)
        letter_style = style("letter", 11, 16, after=8)
        out: list[Flowable] = [
            self.p(label("letter_to", lang, addressee=addressee), letter_style),
        ]
        if org:
            out.append(self.p(label("letter_from", lang, org=org), letter_style))
        out += [
            self.p(
                label("date", lang)
                + ": "
                + PartialDate(self.options.date.year, self.options.date.month, self.options.date.day).display(
                    lang
                ),
                letter_style,
            ),
            Spacer(1, 6 * mm),
            self.p(label("letter_subject", lang, name=name, case=case.case_number), letter_style, bold=True),
            Spacer(1, 3 * mm),
            self.p(label("letter_salutation", lang), letter_style),
            self.p(label("letter_body", lang, name=name, born=born, date=when, place=place), letter_style),
            self.p(label("letter_request", lang), letter_style),
            self.p(label("letter_enclosed", lang), letter_style),
            Spacer(1, 8 * mm),
            self.p(label("letter_closing", lang), letter_style),
            self.p(org or "________________________", letter_style),
            Spacer(1, 10 * mm),
            self.p(label("letter_annex", lang, case=case.case_number), style("annex", 9.5, 13, color=MUTED)),
        ]
        return out

    def cover(self, *, sheet: bool = False) -> list[Flowable]:
        """The cover; ``sheet``: the one-page summary (no WGEID checklist, the essentials)."""
        case, lang = self.case, self.lang
        person = case.person
        title = (
            "title_sheet"
            if sheet
            else {"wgeid": "title_wgeid", "public": "title_public"}.get(self.options.profile)
        )
        out: list[Flowable] = [self.p(self.t("title"), TITLE, bold=True)]
        if title:
            out.append(self.p(self.t(title), SUBTITLE))
        else:
            out.append(Spacer(1, 4 * mm))

        # Facts on the left, the photo on the right.
        facts = [
            (self.t("case_number"), case.case_number),
            (self.t("current_status"), enum_label("current_status", person.current_status, lang)),
            (self.t("disappeared_on"), date_text(case.disappeared_on, lang) or self.t("not_recorded")),
            (self.t("disappeared_place"), case.disappeared_place or self.t("not_recorded")),
            (self.t("case_status"), enum_label("status", case.status, lang)),
            (self.t("organisation"), self.options.organisation or self.t("not_given")),
            (
                self.t("date"),
                PartialDate(self.options.date.year, self.options.date.month, self.options.date.day).display(
                    lang
                ),
            ),
        ]
        if sheet:
            steps = self.bundle.interventions
            facts[4:4] = [
                (self.t("perpetrators"), case.perpetrators),
                (self.t("steps_taken"), self.t("steps_count", n=len(steps)) if steps else case.remedies),
            ]
        photo_w, photo_h = 42 * mm, 54 * mm
        left_w = TEXT_WIDTH - photo_w - 6 * mm
        fact_table = kv_table(self.text, facts, 38 * mm, width=left_w)
        photo: Flowable
        if (
            person.photo_attachment
            and self.bundle.attachment(person.photo_attachment)
            and person.photo_attachment not in self.consent.withheld_attachments
        ):
            prepared = self.prepared(person.photo_attachment)
            photo = (
                image(prepared, photo_w, photo_h)
                if prepared is not None
                else placeholder(self.text, photo_w, photo_h, self.t("image_failed"))
            )
        else:
            photo = placeholder(self.text, photo_w, photo_h, self.t("no_photo"))
        top = Table([[fact_table, photo]], colWidths=[left_w + 6 * mm, photo_w], splitInRow=1)
        top.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(top)
        out += self.signature_note()

        # Every name in every script, as recorded.
        out.append(self.p(self.t("names"), H2, bold=True))
        name_rows = [
            [
                self.p(
                    f"{enum_label('script', n.script, lang)} · {enum_label('name_kind', n.kind, lang)}", KEY
                ),
                self.p(n.text, NAME),
            ]
            for n in person.names
            if n.text.strip()
        ]
        transliterated = transliterated_name(person)
        if transliterated:
            name_rows.append(
                [
                    self.p(f"{self.t('latin_script')} · {self.t('latin_transliterated')}", KEY),
                    self.p(transliterated, NAME),
                ]
            )
        if name_rows:
            names = Table(name_rows, colWidths=[50 * mm, TEXT_WIDTH - 50 * mm], hAlign="LEFT", splitInRow=1)
            names.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, SHADE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            out.append(names)
        else:
            out.append(self.p(self.t("not_recorded"), NOTE))

        if self.options.profile == "wgeid" and not sheet:
            out += self.wgeid_block()
        if case.summary.strip():
            out += [self.p(self.t("summary"), H2, bold=True), self.p(case.summary, BODY)]
        if sheet:
            out += [Spacer(1, 4 * mm), self.p(self.t("sheet_full", case=case.case_number), NOTE)]
        return out

    def signature_note(self) -> list[Flowable]:
        """The visible part of the signature: who signs, when, and the certificate to check."""
        note = self.options.signature
        if note is None:
            return []
        day = self.options.date
        when = PartialDate(day.year, day.month, day.day).display(self.lang)
        return [
            Spacer(1, 3 * mm),
            boxed(
                [
                    self.p(self.t("signed_note", org=note.organisation, date=when), VALUE, bold=True),
                    self.p(note.fingerprint, HASH),
                ],
                border=colors.HexColor("#2a7a3b"),
            ),
        ]

    def _name_element(self, name: str) -> str:
        """Element (a): the name, a Latin one (recorded, or transliterated and said so), and
        the Chinese official name: the spellings officers search their records by."""
        person = self.case.person
        parts = [name]
        latin = recorded_latin_name(person)
        if not latin:
            latin = transliterated_name(person)
            if latin:
                latin += f" ({self.t('latin_transliterated')})"
        if latin and latin != name:
            parts.append(latin)
        official = chinese_official_name(person)
        if official and official != name:
            parts.append(f"{self.t('chinese_official')}: {official}")
        return " · ".join(parts)

    def wgeid_block(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = []
        if is_urgent(self.case, self.bundle.acts, self.options.date):
            out += [
                Spacer(1, 3 * mm),
                boxed([self.p(self.t("urgent"), BOX, bold=True)], background=colors.HexColor("#fdecee")),
            ]
        elements = minimum_elements(
            self.case, self.bundle.acts, self.bundle.interventions, self.options.organisation, lang
        )
        out.append(self.p(self.t("wgeid_elements"), H2, bold=True))
        rows = []
        flagged = False
        for element in elements:
            if element.state == "present":
                state = self.p(
                    self.t("present"), style("ok", 8.5, 11, color=colors.HexColor("#2a7a3b")), bold=True
                )
            else:
                flagged = True
                word = self.t("missing" if element.state == "missing" else "incomplete")
                if element.key == "b" and element.state == "incomplete":
                    word += f" ({self.t('month_unknown')})"
                state = self.p(word, style("bad", 8.5, 11, color=ALERT), bold=True)
            value = element.value
            if element.key == "e" and element.state == "present":
                value = (
                    self.t("steps_count", n=len(self.bundle.interventions))
                    if self.bundle.interventions
                    else self.t("remedies")
                )
            direction: Direction = "auto"
            if element.key == "a" and element.state == "present":
                value = self._name_element(value)
                # Names in several scripts joined by the dossier's words: read in the dossier's
                # direction (every dossier language is left to right), each name an island in
                # it, or an Arabic-script name first turns the whole line around.
                direction = "ltr"
            rows.append(
                [self.p(self.t(f"el_{element.key}"), KEY), self.p(value, VALUE, direction=direction), state]
            )
        table = Table(rows, colWidths=[62 * mm, TEXT_WIDTH - 62 * mm - 30 * mm, 30 * mm], splitInRow=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        out.append(table)
        if flagged:
            out.append(self.p(self.t("missing_note"), NOTE))
        return out
