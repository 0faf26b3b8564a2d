"""The sections of a dossier after its front matter, and the whole story in reading order.

All text comes from the build's :class:`~app.dossier.texts.DossierText` (``self.p``), which
redacts what the witnesses' consent forbids; nothing here makes a paragraph any other way.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, PageBreak, Spacer, Table

from app.dossier.blocks import (
    add,
    date_text,
    image,
    keep,
    kv_table,
    mask,
    placeholder,
    size_text,
    span_text,
    table_style,
)
from app.dossier.consent import parent_name_allowed
from app.dossier.front import FrontMatter
from app.dossier.idmeaning import id_meaning
from app.dossier.images import is_image
from app.dossier.labels import enum_label
from app.dossier.recordings import is_timed, recording_lines
from app.dossier.styles import (
    BODY,
    H1,
    H2,
    HASH,
    INTRO,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    NOTE,
    PAGE,
    RULE,
    SMALL,
    SUBHEAD,
    TEXT_WIDTH,
    VALUE,
)
from app.labels import label as registry_label
from app.model import LinkKind, PersonStatus, StatusChange
from app.store import CaseBundle

__all__ = ["AUTOMATIC_SOURCE", "Sections", "reported_status_changes"]

# The source the store gives a status change it records itself when the person's status is
# set or changed in the editor (app/store/writes.py): an entry, not a report by anyone.
AUTOMATIC_SOURCE = "recorded"


def reported_status_changes(bundle: CaseBundle) -> list[StatusChange]:
    """The status history worth showing: without the entry the store made when the case was
    created with the default status ("missing"), which nobody reported."""
    created_on = bundle.case.created[:10]
    out = []
    for index, change in enumerate(bundle.status_changes):
        automatic_first = (
            index == 0
            and change.source == AUTOMATIC_SOURCE
            and change.current_status == PersonStatus.MISSING
            and change.created[:10] == created_on
        )
        if not automatic_first:
            out.append(change)
    return out


class Sections(FrontMatter):
    """Makes the story of one dossier, section by section."""

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        if self.options.sheet:
            # Whatever the case holds, one page: the content shrinks to the frame if needed.
            height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
            return [KeepInFrame(TEXT_WIDTH, height, self.cover(sheet=True), mode="shrink")]
        if self.options.profile == "ministry":
            story += self.letter()
            story.append(PageBreak())
        story += self.cover()
        story.append(PageBreak())
        story += self.identity()
        story += self.timeline()
        story += self.detention()
        story += self.testimonies()
        story += self.steps()
        story += self.evidence()
        story += self.appendix()
        return story

    def identity(self) -> list[Flowable]:
        case, lang = self.case, self.lang
        person = case.person
        public = self.options.profile == "public"
        documents = "; ".join(
            f"{d.kind} {mask(d.number) if public else d.number}".strip()
            + f" ({self.t('confiscated') if d.confiscated else self.t('held')})"
            # What the number says (birth date, county); not in public dossiers, whose
            # numbers are masked.
            + ("" if public or not (meaning := id_meaning(d.number, lang)) else f" — {meaning}")
            for d in person.id_documents
            if d.kind or d.number
        )
        # Parents' names identify relatives who may still live in China: never in a public
        # dossier, and not where the parent is a witness not consenting to be named in full.
        parents = {
            relation: ""
            if public or not parent_name_allowed(self.bundle.witnesses, relation, self.consent.scope)
            else name
            for relation, name in (("father", person.father_name), ("mother", person.mother_name))
        }
        rows = [
            (self.t("sex"), enum_label("sex", person.sex, lang)),
            (self.t("birth_date"), date_text(person.birth_date, lang)),
            (self.t("father_name"), parents["father"]),
            (self.t("mother_name"), parents["mother"]),
            (self.t("ethnicity"), enum_label("ethnicity", person.ethnicity, lang)),
            (
                self.t("citizenships"),
                ", ".join(enum_label("citizenship", c, lang) for c in person.citizenships),
            ),
            (self.t("id_documents"), documents),
            (self.t("occupation"), person.occupation),
            (self.t("hometown"), person.hometown.display()),
            (self.t("residence_kz"), person.residence_kz),
            (self.t("health"), person.health),
            (self.t("physical_description"), person.physical_description),
            (self.t("intake_date"), date_text(case.intake_date, lang)),
            (
                self.t("external_refs"),
                "; ".join(
                    f"{enum_label('register', r.register, lang)}: {r.reference}"
                    for r in case.external_refs
                    if r.reference
                ),
            ),
            (self.t("procedure"), enum_label("procedure", case.procedure, lang)),
            (self.t("same_person"), ", ".join(self.same_person)),
            (self.t("related_cases"), self._related_text()),
        ]
        out: list[Flowable] = [self.p(self.t("identity"), H1, bold=True)]
        add(out, kv_table(self.text, rows))
        changes = reported_status_changes(self.bundle)
        if changes:
            out.append(self.p(self.t("status_history"), H2, bold=True))
            add(
                out,
                kv_table(
                    self.text, [(date_text(s.date, lang) or "—", self._status_line(s)) for s in changes]
                ),
            )
        return out

    def _related_text(self) -> str:
        """Each related case the consent allows ("sibling of the person in case IZ-…"); the
        others counted."""
        parts = []
        for r in self.related:
            wording = registry_label(LinkKind, r.kind, self.lang, document=True)
            # A relation a newer Izdeu wrote comes back as its code, without the placeholder.
            parts.append(wording.format(case=r.number) if "{case}" in wording else f"{wording} {r.number}")
        if self.related_withheld:
            parts.append(self.t("related_withheld", count=self.related_withheld))
        return "; ".join(parts)

    def _status_line(self, change: StatusChange) -> str:
        status = enum_label("current_status", change.current_status, self.lang)
        if change.source == AUTOMATIC_SOURCE:
            return f"{status} ({self.t('status_entered')})"
        return status + (f" ({self.t('source')}: {change.source})" if change.source else "")

    def timeline(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [self.p(self.t("timeline"), H1, bold=True)]
        if not self.bundle.acts:
            return [*out, self.p(self.t("no_acts"), BODY)]
        rows = []
        for act in self.bundle.acts:
            where = ", ".join(x for x in (act.place, act.facility) if x.strip())
            rows.append(
                [
                    self.p(span_text(act.date_from, act.date_to, lang) or "—", VALUE),
                    self.p(enum_label("act", act.kind, lang), VALUE, bold=True),
                    self.p(where, VALUE),
                ]
            )
        table = Table(rows, colWidths=[42 * mm, 38 * mm, TEXT_WIDTH - 80 * mm], hAlign="LEFT", splitInRow=1)
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
        return out

    def detention(self) -> list[Flowable]:
        lang = self.lang
        blocks: list[Flowable] = []
        for act in self.bundle.acts:
            rows = [
                (self.t("facility"), ", ".join(x for x in (act.facility, act.facility_kind) if x.strip())),
                (self.t("facility_location"), act.facility_location),
                (self.t("coordinates"), act.coordinates),
                (self.t("place"), act.place),
                (self.t("agency"), act.agency),
                (self.t("official_reason"), act.official_reason),
                (self.t("believed_reason"), act.believed_reason),
                (self.t("charge"), act.charge),
                (self.t("court"), act.court),
                (self.t("sentence"), act.sentence),
            ]
            table = kv_table(self.text, rows)
            if table is None:
                continue
            heading = f"{enum_label('act', act.kind, lang)} — " + (
                span_text(act.date_from, act.date_to, lang) or "—"
            )
            if not blocks:
                blocks.append(self.p(self.t("detention"), H1, bold=True))
            keep(blocks, [self.p(heading, H2, bold=True), table])
        return blocks

    def testimonies(self) -> list[Flowable]:
        lang = self.lang
        public = self.options.profile == "public"
        out: list[Flowable] = [CondPageBreak(60 * mm), self.p(self.t("testimonies"), H1, bold=True)]
        if not self.consent.testimonies:
            out.append(self.p(self.t("no_testimonies"), BODY))
        for n, testimony in enumerate(self.consent.testimonies, 1):
            view = self.consent.view(testimony.witness_uuid)
            relation = enum_label("relation", view.relation or "", lang)
            if view.name:
                who = view.name
            elif relation:
                who = self.t("a_relative_rel", relation=relation)
            else:
                who = self.t("a_relative")
            # Where an anonymous witness was interviewed can point to where they live.
            place = testimony.place if view.name else ""
            interview = ", ".join(x for x in (date_text(testimony.interview_date, lang), place) if x.strip())
            rows = [
                (self.t("witness"), who),
                (self.t("relation"), relation if view.name else ""),
                (self.t("how_known"), view.how_known or ""),
                (self.t("contact"), view.contact or ""),
                (self.t("consent"), enum_label("identity", view.identity, lang)),
                (self.t("interview"), interview),
                (self.t("language"), enum_label("language", testimony.language, lang)),
                (self.t("interviewer"), "" if public else testimony.interviewer),
                (self.t("interpreter"), "" if public else testimony.interpreter),
                (self.t("supports"), testimony.supports),
            ]
            keep(
                out,
                [
                    self.p(self.t("testimony_n", n=n), H2, bold=True),
                    *[x for x in [kv_table(self.text, rows)] if x is not None],
                ],
            )
            if testimony.original_text.strip():
                # Room for the label and a few lines, or both go to the next page. (Not
                # keepWithNext: that would push a long testimony whole to a new page.)
                out.append(CondPageBreak(15 * mm))
                out.append(
                    self.p(
                        self.t("original") + " (" + enum_label("language", testimony.language, lang) + ")",
                        SUBHEAD,
                        bold=True,
                    )
                )
                out.append(self.p(testimony.original_text, BODY))
            for tr in testimony.translations:
                if not tr.text.strip():
                    continue
                heading = self.t("translation", lang=enum_label("language", tr.language, lang))
                if tr.translator and not public:
                    heading += f" — {self.t('translator')}: {tr.translator}"
                out.append(CondPageBreak(15 * mm))
                out.append(self.p(heading, SUBHEAD, bold=True))
                out.append(self.p(tr.text, BODY))
            out.append(Spacer(1, 3 * mm))
        if self.consent.withdrawn_testimonies:
            out.append(self.p(self.t("withdrawn_n", n=self.consent.withdrawn_testimonies), NOTE))
        if self.consent.unconsented_testimonies:
            out.append(self.p(self.t("not_consented_n", n=self.consent.unconsented_testimonies), NOTE))
        return out

    def steps(self) -> list[Flowable]:
        lang = self.lang
        out: list[Flowable] = [CondPageBreak(40 * mm), self.p(self.t("steps"), H1, bold=True)]
        if not self.bundle.interventions and not self.case.remedies.strip():
            out.append(self.p(self.t("no_steps"), BODY))
        for item in sorted(self.bundle.interventions, key=lambda i: (i.date.sort_key() or 0, i.created)):
            addressee = item.addressee
            if item.addressee_kind:
                kind = enum_label("addressee_kind", item.addressee_kind, lang)
                addressee = f"{addressee} ({kind})" if addressee else kind
            heading = (date_text(item.date, lang) or "—") + " — " + (addressee or "—")
            rows = [
                (self.t("actor"), item.actor),
                (self.t("reference"), item.reference),
                (self.t("response"), item.response or self.t("no_response")),
                (self.t("response_date"), date_text(item.response_date, lang)),
                (self.t("next_follow_up"), date_text(item.next_follow_up, lang)),
            ]
            keep(
                out,
                [
                    # Our date and dash around the addressee: read in the dossier's direction.
                    self.p(heading, H2, bold=True, direction="ltr"),
                    *[x for x in [kv_table(self.text, rows)] if x is not None],
                ],
            )
        if self.case.remedies.strip():
            out += [self.p(self.t("remedies"), H2, bold=True), self.p(self.case.remedies, BODY)]
        return out

    def evidence(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(25 * mm), self.p(self.t("evidence"), H1, bold=True)]
        shown = self.shown_attachments()
        if not shown:
            out.append(self.p(self.t("no_evidence"), BODY))
        else:
            out.append(self.p(self.t("evidence_intro"), INTRO))
        if any(is_timed(a.media_type) for a in shown):
            out.append(self.p(self.t("media_listed"), INTRO))
        for n, attachment in enumerate(shown, 1):
            block: list[Flowable] = [
                # The number first, then the file's name as an island (an Arabic-script name
                # would otherwise put the number at its far end).
                self.p(f"{n}. {attachment.original_name or '—'}", VALUE, bold=True, direction="ltr"),
                self.p(
                    f"{self.t('media_type')}: {attachment.media_type}    "
                    f"{self.t('size')}: {size_text(attachment.size)}",
                    SMALL,
                ),
            ]
            for line in recording_lines(attachment, self.durations.get(attachment.uuid), self.t):
                block.append(self.p(line, SMALL))
            if attachment.description.strip():
                block.append(self.p(f"{self.t('description')}: {attachment.description}", SMALL))
            # The full fingerprint on a line of its own, so it can be copied and compared.
            block.append(self.p(f"SHA-256: {attachment.sha256 or '—'}", HASH))
            if self.verified(attachment) is False:
                block.append(self.p(self.t("hash_mismatch"), NOTE, bold=True))
            block.append(Spacer(1, 2 * mm))
            keep(out, block)
        withheld = sum(1 for a in self.bundle.attachments if a.uuid in self.consent.withheld_attachments)
        if withheld:
            out.append(self.p(self.t("withheld_files", n=withheld), NOTE))
        return out

    def appendix(self) -> list[Flowable]:
        items = [
            a for a in self.shown_attachments() if is_image(a.media_type) or a.media_type == "application/pdf"
        ]
        if not items:
            return []
        out: list[Flowable] = [PageBreak(), self.p(self.t("appendix"), H1, bold=True)]
        max_w, max_h = TEXT_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - 40 * mm
        for attachment in items:
            caption = [
                # A file name reads as in the evidence list: in the dossier's direction, an
                # Arabic-script name an island before its extension, under the image's left edge.
                self.p(attachment.original_name or "—", VALUE, bold=True, direction="ltr"),
                self.p(f"SHA-256: {attachment.sha256}", HASH),
            ]
            if attachment.description.strip():
                caption.insert(1, self.p(attachment.description, SMALL))
            if attachment.media_type == "application/pdf":
                body: Flowable = self.p(self.t("pdf_listed"), SMALL)
            else:
                prepared = self.prepared(attachment.uuid)
                body = (
                    image(prepared, max_w, max_h)
                    if prepared is not None
                    else placeholder(self.text, max_w, 30 * mm, self.t("image_failed"))
                )
            keep(out, [*caption, Spacer(1, 2 * mm), body, Spacer(1, 6 * mm)])
        return out
