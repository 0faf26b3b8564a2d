"""A case that never received data goes without a tombstone; any other case stays."""

from __future__ import annotations

from app.model import Case, Name, PartialDate, Witness
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE


def _store(tmp_path):
    vault = Vault.create(tmp_path / "v.izdeu", PASSPHRASE, params=FAST_KDF)
    return vault, Store(vault)


def _new(store: Store) -> Case:
    case = Case(case_number=store.next_case_number(), intake_date=PartialDate(2026, 12, 2))
    store.save(case)
    return case


def test_untouched_case_is_discarded_without_tombstone(tmp_path) -> None:
    vault, store = _store(tmp_path)
    with vault:
        case = _new(store)
        assert store.discard_if_empty(case.uuid)
        assert not store.exists("case", case.uuid)
        assert store.tombstones() == []
        assert store.count_cases() == 0
        assert [e.action for e in store.audit(case.uuid)][-1] == "discard"
        assert store.search(case.case_number) == []
        assert store.check().ok
        assert not store.discard_if_empty(case.uuid)  # gone already: nothing happens


def test_a_case_with_data_is_kept(tmp_path) -> None:
    vault, store = _store(tmp_path)
    with vault:
        named = _new(store)
        named.person.names = [Name("Ержан")]
        store.save(named)
        emptied = _new(store)
        emptied.summary = "x"
        store.save(emptied)
        emptied.summary = ""
        store.save(emptied)  # changed and changed back: it received data once
        with_witness = _new(store)
        store.save(Witness(case_uuid=with_witness.uuid, name="Гүлнар"))
        for case in (named, emptied, with_witness):
            assert not store.discard_if_empty(case.uuid)
            assert store.exists("case", case.uuid)
        assert store.count_cases() == 3
