"""Text an older Izdeu allowed: a backup holding it always restores; a merge names the field.

The stricter model (app/model/fields.py) must not make a laptop's own backup unrestorable, nor
let a merge bring controls into headquarters' vault.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyrage
import pytest

from app.backup import ops
from app.errors import InvalidInputError
from app.model import Case, Name
from app.store import Store, writes
from app.vault import Vault
from tests.helpers import PASSPHRASE

NEW_PASSPHRASE = "a new long passphrase 77"
OLD_NAME = "ئابدۇرېھىم\u200f تۇرسۇن\t" + "ы" * 300  # an RLM, a tab, longer than NAME
OLD_NUMBER = "IZ-OLD\x1b[2J"
FUTURE = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def old_device(vault: Vault, tmp_path: Path) -> tuple[Vault, pyrage.x25519.Identity, Path, Case]:
    hq_key = pyrage.x25519.Identity.generate()
    ops.set_backup_recipients(vault, [str(hq_key.to_public())])
    store = Store(vault)
    case = Case(case_number=OLD_NUMBER, updated=FUTURE)
    case.person.names.append(Name(OLD_NAME, "ug-Arab"))
    with pytest.raises(InvalidInputError):
        case.validate()
    # As an older version (or a laptop whose clock ran ahead) wrote it, below today's model.
    with vault.transaction() as conn:
        writes.save(conn, store.actor, case, True)
    stick = tmp_path / "stick"
    stick.mkdir()
    return vault, hq_key, ops.backup_vault(store, stick).path, case


def test_a_backup_with_older_text_restores_exactly(old_device, tmp_path: Path) -> None:
    vault, hq_key, backup, case = old_device
    target = tmp_path / "restored.izdeu"
    ops.restore_backup(
        backup, target, NEW_PASSPHRASE, identities=[hq_key], trusted_signers=ops.trusted_signer_keys(vault)
    )
    with Vault.open(target, NEW_PASSPHRASE) as copy:
        restored = Store(copy).get_case(case.uuid)
    assert restored.person.names[0].text == OLD_NAME
    assert restored.case_number == OLD_NUMBER and restored.updated == FUTURE


def test_a_merge_refuses_text_the_model_refuses_naming_the_field(old_device, tmp_path: Path) -> None:
    vault, hq_key, backup, _case = old_device
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault)
        ops.trust_signer(hq_vault, ops.device_public_key(vault), "laptop 1")
        with pytest.raises(InvalidInputError) as info:
            ops.merge_backup(hq, backup, identities=[hq_key])
        message = str(info.value)
        assert "case.case_number: contains a control character" in message
        assert "IZ-OLD" not in message and "\x1b" not in message
        assert hq.count_cases() == 0
