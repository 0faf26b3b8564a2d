"""What must hold after a passphrase change was killed at any moment (tests of defect 4)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from app.errors import WrongPassphraseError
from app.model import Case, Name, Testimony
from app.store import Store
from app.store.integrity import check as check_vault
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

OLD = PASSPHRASE
NEW = "жаңа құпия сөз 2026 Ürümqi"
# Fictional; searched for in every file of the folder (all of them must be encrypted).
CANARY = "Сынақбекова Әсел Жолдасқызы"


def make_vault(path: Path, cases: int = 12, attachment_kib: int = 2048) -> dict[str, str]:
    """A vault with cases, testimonies and one attachment; returns case uuid → attachment sha."""
    made: dict[str, str] = {}
    with Vault.create(path, OLD, params=FAST_KDF) as vault:
        store = Store(vault, actor="tester")
        for i in range(cases):
            case = Case(case_number=f"PW-{i}")
            case.person.names = [Name(f"{CANARY} {i}", "kk-Cyrl")]
            store.save(case)
            store.save(Testimony(case_uuid=case.uuid, original_text=f"{CANARY} көрді " * 50))
            made[case.uuid] = ""
        first = next(iter(made))
        blob = os.urandom(attachment_kib * 1024)
        store.add_attachment(first, io.BytesIO(blob), "scan.bin")
        made[first] = hashlib.sha256(blob).hexdigest()
    return made


def hashes(folder: Path) -> dict[str, str]:
    # Files only: the data folder may be this folder too, with its guards/ (app/vault/guard.py).
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def try_open(path: Path, passphrase: str) -> Vault | None:
    """One attempt; a failed one must leave every file in the folder byte for byte as it was."""
    before = hashes(path.parent)
    try:
        vault = Vault.open(path, passphrase, params=FAST_KDF)
    except WrongPassphraseError:
        assert hashes(path.parent) == before, "a failed open changed the vault's files"
        return None
    return vault


def assert_exactly_one_opens(path: Path, made: dict[str, str], first: str, second: str) -> str:
    """Exactly one passphrase opens, on its first try, with everything; returns that one."""
    folder = path.parent
    for p in folder.iterdir():
        assert CANARY.encode() not in p.read_bytes(), p.name
    opened = []
    for passphrase in (first, second):
        vault = try_open(path, passphrase)
        if vault is None:
            continue
        opened.append(passphrase)
        with vault:
            report = check_vault(vault)
            assert report.ok, report.lines()
            store = Store(vault)
            for uuid, sha in made.items():
                case = store.load_case(uuid)
                assert case.case.person.names[0].text.startswith(CANARY)
                assert case.testimonies
                if sha:
                    (attachment,) = case.attachments
                    assert attachment.sha256 == sha
                    assert hashlib.sha256(store.attachment_bytes(attachment.uuid)).hexdigest() == sha
    assert len(opened) == 1, f"{len(opened)} of the two passphrases opened the vault"
    # The open removed what the killed change left (a half-written re-keyed copy).
    assert sorted(os.listdir(folder)) == [path.name], sorted(os.listdir(folder))
    return opened[0]
