"""Every key of the vault's ``meta`` table, declared once (docs/vault-format.md, "meta")."""

from __future__ import annotations

__all__ = [
    "FORMAT",
    "VAULT_ID",
    "CREATED",
    "OPERATOR",
    "DEMO",
    "AUDIT_HEAD",
    "SEARCH_FOLD",
    "NAME_KEYS",
    "FACTS",
    "TABLE_MAPPINGS",
    "BACKUP_DEVICE_KEY",
    "BACKUP_RECIPIENTS",
    "BACKUP_TRUSTED",
    "BACKUP_LAST",
    "BACKUP_KEEP",
    "BACKUP_REMIND_DAYS",
    "SIGNING_IDENTITY",
    "INTERVIEWER",
    "ORGANISATION",
    "INTERVIEW_LANGUAGE",
    "AUDIO_INPUT",
    "BACKUP_VERIFIED_SEQ",
    "BACKUP_CHAIN",
    "BACKUP_FULL_EVERY",
    "BACKUP_FULL_DAYS",
    "DURESS",
    "RECOVERY",
    "PRIVATE",
]

FORMAT = "format"  # the vault format's name: what makes an encrypted database a vault
VAULT_ID = "vault_id"
CREATED = "created"
OPERATOR = "operator"  # the name audit entries give as actor
DEMO = "demo"  # "1" in a vault of fictional demo cases
AUDIT_HEAD = "audit_head"  # "seq:hash" of the newest audit entry
SEARCH_FOLD = "search_fold"  # the text folding the search index was built with
NAME_KEYS = "name_keys"  # the name-key version (app/names/key.py) the name-key index was built with
TABLE_MAPPINGS = "tables.mappings"  # spreadsheet column mappings saved by name (headers, field keys)
FACTS = "facts"  # the version of the statistics columns (app/store/facts.py) last derived
BACKUP_DEVICE_KEY = "backup.device_key"
BACKUP_RECIPIENTS = "backup.recipients"
BACKUP_TRUSTED = "backup.trusted_signers"
BACKUP_LAST = "backup.last"
BACKUP_KEEP = "backup.keep"
BACKUP_REMIND_DAYS = "backup.remind_days"
# The organisation's dossier signing key and certificate (PKCS#12, base64; app/signing/kept.py).
# In backups on purpose: a restored headquarters vault goes on signing as the organisation.
SIGNING_IDENTITY = "signing.identity"
# Defaults kept per vault (app/store/prefs.py): names are personal data, so not in Qt settings.
INTERVIEWER = "prefs.interviewer"  # who records the interviews
ORGANISATION = "prefs.organisation"  # the submitting organisation: WGEID element f
INTERVIEW_LANGUAGE = "prefs.interview_language"  # the usual interview language code
AUDIO_INPUT = "prefs.audio_input"  # the id of the microphone recordings were last made with
# The audit entry number the last backup to the organisation's keys (verified when written)
# holds: nothing newer means erasing loses nothing (app/vault/erase.py).
BACKUP_VERIFIED_SEQ = "backup.verified_seq"
# The chain of backups this vault last wrote (a full one and its increments: names, sizes, ids,
# manifest hashes, change numbers; app/backup/ops/chainstate.py). Never in a backup: a restored
# vault's change log starts afresh, so its first backup is a full one.
BACKUP_CHAIN = "backup.chain"
BACKUP_FULL_EVERY = "backup.full_every"  # a full backup after this many increments
BACKUP_FULL_DAYS = "backup.full_days"  # … or when the full one is this many days old
DURESS = "duress"  # the duress key, its guard salt and order (app/vault/duress.py)
RECOVERY = "recovery.recipients"  # organisation keys of the recovery file (app/vault/recovery.py)

# Never copied into a backup (the device key) or recomputed by the vault that holds them.
PRIVATE = frozenset(
    {BACKUP_DEVICE_KEY, BACKUP_LAST, AUDIT_HEAD, FORMAT, BACKUP_VERIFIED_SEQ, BACKUP_CHAIN, DURESS, RECOVERY}
)
