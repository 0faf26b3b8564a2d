"""Recording what left the laptop: which dossier (by SHA-256) went to whom, and when.

Every generated dossier is an audit event (action ``dossier``) in the vault's append-only log,
so the organisation can later answer "what exactly did we send to the ministry?" by comparing
a file's SHA-256 with the log. When the dossier is actually sent, an :class:`Intervention` with
``dossier_sha256`` records the step for the case's follow-up list.
"""

from __future__ import annotations

import datetime as _dt

from app.dossier.builder import Dossier
from app.model import Intervention, PartialDate
from app.store import Store

__all__ = ["ADDRESSEE_KIND", "record_dossier"]

# The intervention's addressee kind for each profile (public dossiers go to NGOs).
ADDRESSEE_KIND = {"wgeid": "wgeid", "ministry": "ministry", "public": "ngo"}


def record_dossier(
    store: Store,
    dossier: Dossier,
    *,
    addressee: str = "",
    addressee_kind: str = "",
    reference: str = "",
    actor: str = "",
    sent_on: _dt.date | None = None,
    create_intervention: bool = False,
    file_name: str = "",
) -> Intervention | None:
    """Log the dossier in the audit trail; with ``create_intervention``, also add the step.

    The audit detail holds the fingerprint, profile, language, consent scope, page count and
    counts of testimonies left out, never case text (the log is read by people checking it).
    """
    detail = {
        "sha256": dossier.sha256,
        "profile": dossier.profile,
        "lang": dossier.lang,
        "scope": dossier.scope,
        "pages": dossier.pages,
        "bytes": len(dossier.pdf),
        "testimonies_included": dossier.testimonies_included,
        "testimonies_excluded": dossier.testimonies_excluded,
    }
    if dossier.signer:
        detail["signer"] = dossier.signer
    if addressee:
        detail["addressee"] = addressee
    if file_name:
        detail["file"] = file_name
    intervention: Intervention | None = None
    if create_intervention:
        day = sent_on or _dt.datetime.now(_dt.UTC).date()
        intervention = Intervention(
            case_uuid=dossier.case_uuid,
            actor=actor,
            addressee_kind=addressee_kind or ADDRESSEE_KIND.get(dossier.profile, "other"),
            addressee=addressee,
            date=PartialDate(day.year, day.month, day.day),
            reference=reference,
            dossier_sha256=dossier.sha256,
        )
        store.save(intervention)
        detail["intervention"] = intervention.uuid
    store.record_event("dossier", "case", dossier.case_uuid, dossier.case_uuid, detail)
    return intervention
