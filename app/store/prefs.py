"""What a vault remembers about the people who use it: the interviewer, the organisation and the
usual interview language (its encrypted ``meta`` table, keys in app/vault/metakeys.py).

They are kept in the vault, not in the desktop's settings file, because a name is personal data:
whoever can read the settings file without the passphrase must not learn who interviews whom.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from app.errors import InvalidInputError
from app.model.text import NAME, check_text
from app.store import audit as _audit
from app.vault import metakeys
from app.vault.vault import Vault

__all__ = [
    "INTERVIEW_LANGUAGES",
    "VaultPrefs",
    "read_prefs",
    "write_prefs",
    "read_audio_input",
    "write_audio_input",
]

# The languages an interview is held in (the consent texts exist in these); "" = not chosen.
INTERVIEW_LANGUAGES = ("kk", "ru", "ug", "en", "zh")

_KEYS = {
    "interviewer": metakeys.INTERVIEWER,
    "organisation": metakeys.ORGANISATION,
    "interview_language": metakeys.INTERVIEW_LANGUAGE,
}


@dataclass(frozen=True)
class VaultPrefs:
    """Defaults for new interviews and dossiers; empty text means "not set"."""

    interviewer: str = ""  # who records the interviews (the interview's default)
    organisation: str = ""  # the submitting organisation: WGEID element f of every dossier
    interview_language: str = ""  # one of INTERVIEW_LANGUAGES, or ""

    def cleaned(self) -> VaultPrefs:
        """The same values with surrounding spaces removed; refuses what cannot be stored."""
        interviewer = check_text(self.interviewer, "interviewer", NAME).strip()
        organisation = check_text(self.organisation, "organisation", NAME).strip()
        language = self.interview_language.strip() if isinstance(self.interview_language, str) else None
        if language not in ("", *INTERVIEW_LANGUAGES):
            raise InvalidInputError(
                "model.fields.must_one", label="interview_language", choices=", ".join(INTERVIEW_LANGUAGES)
            )
        return replace(self, interviewer=interviewer, organisation=organisation, interview_language=language)


def read_prefs(vault: Vault) -> VaultPrefs:
    values = {name: vault.meta(key) for name, key in _KEYS.items()}
    if values["interview_language"] not in ("", *INTERVIEW_LANGUAGES):
        values["interview_language"] = ""  # a value from a newer version: not ours to use
    return VaultPrefs(**values)


def write_prefs(vault: Vault, prefs: VaultPrefs, actor: str) -> VaultPrefs:
    """Store the changed values in one transaction with an audit entry naming which changed
    (not to what: the audit log is shown in History, and a name is not a setting's label)."""
    new = prefs.cleaned()
    old = read_prefs(vault)
    changed = [f.name for f in fields(VaultPrefs) if getattr(new, f.name) != getattr(old, f.name)]
    if not changed:
        return new
    with vault.transaction() as conn:
        for name in changed:
            vault.set_meta(_KEYS[name], getattr(new, name))
        _audit.append(conn, actor=actor, action="settings-changed", kind="vault", detail={"changed": changed})
    return new


# A device id (PulseAudio/ALSA/CoreAudio names) is short and printable; anything else is not one.
AUDIO_INPUT_MAX = 500


def read_audio_input(vault: Vault) -> str:
    """The id of the microphone recordings were last made with ("" = the system's default).

    Kept apart from :class:`VaultPrefs`, which the settings dialog writes whole: it is chosen
    beside the Record button, not in Settings."""
    value = vault.meta(metakeys.AUDIO_INPUT)
    return value if len(value) <= AUDIO_INPUT_MAX and value.isprintable() else ""


def write_audio_input(vault: Vault, device_id: str) -> None:
    """Remember the chosen microphone; no audit entry (a device, not anything about a case)."""
    if len(device_id) > AUDIO_INPUT_MAX or not device_id.isprintable():
        raise InvalidInputError("store.prefs.not_device")
    if vault.meta(metakeys.AUDIO_INPUT) != device_id:
        with vault.transaction():
            vault.set_meta(metakeys.AUDIO_INPUT, device_id)
