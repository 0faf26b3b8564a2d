"""Links between cases (same person, not the same person, family) and merging two cases into
one and splitting them again: store, case file, backup. All names are fictional."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.backup import ops
from app.errors import InvalidInputError, IzdeuError, NotFoundError
from app.interchange import export_cases, import_cases
from app.model import (
    Case,
    CaseLink,
    Certainty,
    ConsentGrant,
    IdDocument,
    LinkKind,
    Name,
    PartialDate,
    Person,
    Testimony,
    Witness,
)
from app.store import CaseQuery, Store
from app.vault import Vault
from tests.helpers import PASSPHRASE


def _case(store: Store, number: str, *names: tuple[str, str], **person: Any) -> Case:
    case = Case(
        case_number=number,
        person=Person(names=[Name(text, script) for text, script in names], **person),
    )
    store.save(case)
    return case


@pytest.fixture
def family(store: Store) -> tuple[Case, Case, Case]:
    father = _case(store, "IZ-1", ("Ерлан Тестбаев", "kk-Cyrl"))
    son = _case(store, "IZ-2", ("Дәулет Ерланұлы", "kk-Cyrl"))
    daughter = _case(store, "IZ-3", ("Гүлназ Ерланқызы", "kk-Cyrl"))
    return father, son, daughter


def _kinds(store: Store, case: Case) -> dict[str, str]:
    return {r.other_number: r.kind for r in store.related_cases(case.uuid)}


def test_a_family_link_is_read_both_ways_and_kept(store: Store, family: tuple[Case, Case, Case]) -> None:
    father, son, daughter = family
    link = store.link_cases(father.uuid, son.uuid, LinkKind.PARENT, Certainty.CONFIRMED)
    store.link_cases(son.uuid, daughter.uuid, LinkKind.SIBLING)
    assert _kinds(store, father) == {"IZ-2": "parent"}
    assert _kinds(store, son) == {"IZ-1": "child", "IZ-3": "sibling"}
    assert _kinds(store, daughter) == {"IZ-2": "sibling"}
    stored = store.get("link", link.uuid)
    assert isinstance(stored, CaseLink) and stored.to_dict() == link.to_dict()
    assert [e.kind for e in store.audit(father.uuid)].count("link") == 1
    assert store.load_case(father.uuid).links == [stored]


@pytest.mark.parametrize(
    ("first", "second", "kind", "key"),
    [
        (0, 0, LinkKind.SIBLING, "store.links.itself"),
        (1, 0, LinkKind.PARENT, "store.links.parent_cycle"),  # the son the father's parent
        (2, 0, LinkKind.PARENT, "store.links.parent_cycle"),  # the grandson as grandfather
        (0, 2, LinkKind.CHILD, "store.links.parent_cycle"),  # the same, written the other way
        (0, 1, LinkKind.SPOUSE, "store.links.already_linked"),
    ],
)
def test_links_no_person_could_mean_are_refused(
    store: Store, family: tuple[Case, Case, Case], first: int, second: int, kind: str, key: str
) -> None:
    cases = list(family)
    store.link_cases(cases[0].uuid, cases[1].uuid, LinkKind.PARENT)
    store.link_cases(cases[1].uuid, cases[2].uuid, LinkKind.PARENT)
    before = store.audit()
    with pytest.raises(InvalidInputError) as info:
        store.link_cases(cases[first].uuid, cases[second].uuid, kind)
    assert info.value.key == key and "\n" not in str(info.value)
    assert store.audit() == before


def test_a_link_to_a_missing_case_or_a_bad_code_is_refused(
    store: Store, family: tuple[Case, Case, Case]
) -> None:
    father = family[0]
    with pytest.raises(NotFoundError) as info:
        store.link_cases(father.uuid, "00000000-0000-4000-8000-000000000000", LinkKind.SIBLING)
    assert info.value.key == "store.links.other_missing"
    with pytest.raises(InvalidInputError):
        store.link_cases(father.uuid, family[1].uuid, "cousin-twice-removed")
    assert store.related_cases(father.uuid) == []


def test_removing_a_link_or_a_case_leaves_tombstones(store: Store, family: tuple[Case, Case, Case]) -> None:
    father, son, daughter = family
    one = store.link_cases(father.uuid, son.uuid, LinkKind.PARENT)
    two = store.link_cases(daughter.uuid, father.uuid, LinkKind.CHILD)
    store.remove_link(one.uuid)
    store.delete("case", father.uuid)  # the daughter's link points at him: it goes too
    stones = {uuid: (kind, case) for uuid, kind, case, _ in store.tombstones()}
    assert stones[one.uuid] == ("link", father.uuid)
    assert stones[two.uuid] == ("link", daughter.uuid)
    assert store.related_cases(daughter.uuid) == [] and store.related_cases(son.uuid) == []


def _same_person(store: Store) -> tuple[Case, Case]:
    first = _case(
        store,
        "IZ-10",
        ("Нұрлан Жақсыбеков", "kk-Cyrl"),
        birth_date=PartialDate(1978, 3, 2),
        occupation="teacher",
    )
    second = _case(
        store,
        "IZ-11",
        ("Nurlan Zhaksybekov", "kk-Latn"),
        birth_date=PartialDate(1978, 3, 2),
        occupation="farmer",
        sex="male",
        id_documents=[IdDocument(kind="passport", number="N0000001")],
    )
    return first, second


def test_not_the_same_person_stops_the_suggestion(store: Store) -> None:
    first, second = _same_person(store)
    assert [r.uuid for r in store.possible_duplicates(first.uuid)] == [second.uuid]
    store.not_same_person(second.uuid, first.uuid)
    assert store.possible_duplicates(first.uuid) == []
    assert store.possible_duplicates(second.uuid) == []
    assert list(store.all_duplicates()) == []


def _plain(store: Store, case: Case) -> dict[str, Any]:
    data = store.get_case(case.uuid).to_dict()
    data.pop("updated")
    return data


def test_merge_unites_and_split_restores_exactly(store: Store) -> None:
    kept, other = _same_person(store)
    witness = Witness(case_uuid=other.uuid, name="Айгүл Тестова", contact="+7 700 000 00 00")
    store.save(witness)
    store.save(Testimony(case_uuid=other.uuid, witness_uuid=witness.uuid, original_text="Он пропал."))
    before = (_plain(store, kept), _plain(store, other))
    differences = store.merge_differences(kept.uuid, other.uuid)
    assert [(d.path, d.kept, d.other) for d in differences] == [("person.occupation", "teacher", "farmer")]

    link = store.merge_cases(kept.uuid, other.uuid, {"person.occupation": "other"})
    merged = store.get_case(kept.uuid)
    assert [n.text for n in merged.person.names] == ["Нұрлан Жақсыбеков", "Nurlan Zhaksybekov"]
    assert merged.person.occupation == "farmer" and merged.person.sex == "male"  # chosen, filled
    assert [d.number for d in merged.person.id_documents] == ["N0000001"]
    assert store.get_case(other.uuid).duplicate_of == kept.uuid
    assert store.case_uuids(CaseQuery(hide_merged=True)) == [kept.uuid]
    assert len(store.load_case(other.uuid).testimonies) == 1  # every record kept
    assert link.merged and link.certainty == Certainty.CONFIRMED
    assert [r.kind for r in store.related_cases(other.uuid)] == ["same-person"]
    entry = next(e for e in store.audit() if e.action == "case-merge")
    assert entry.detail["into"] == kept.uuid and entry.detail["absorbed"] == other.uuid
    with pytest.raises(InvalidInputError):
        store.remove_link(link.uuid)  # only splitting undoes a merge

    assert store.split_case(other.uuid) == kept.uuid
    assert (_plain(store, kept), _plain(store, other)) == before
    assert store.related_cases(kept.uuid) == []
    assert len(store.load_case(other.uuid).testimonies) == 1
    assert any(e.action == "case-split" for e in store.audit())


def test_split_keeps_an_earlier_link_and_later_edits(store: Store) -> None:
    kept, other = _same_person(store)
    store.link_cases(other.uuid, kept.uuid, LinkKind.SAME_PERSON, Certainty.POSSIBLE)
    store.merge_cases(kept.uuid, other.uuid)
    edited = store.get_case(kept.uuid)
    edited.person.sex = "female"  # changed again after the merge: splitting leaves it
    store.save(edited)
    store.split_case(other.uuid)
    assert store.get_case(kept.uuid).person.sex == "female"
    [back] = store.related_cases(kept.uuid)
    assert (back.kind, back.certainty, back.merged) == ("same-person", "possible", False)


@pytest.mark.parametrize("case", ["itself", "not-same", "twice", "bad-choice", "split-unmerged"])
def test_bad_merges_change_nothing(store: Store, case: str) -> None:
    kept, other = _same_person(store)
    third = _case(store, "IZ-12", ("Нұрлан Басқаев", "kk-Cyrl"))
    if case == "not-same":
        store.not_same_person(kept.uuid, other.uuid)
    if case == "twice":
        store.merge_cases(kept.uuid, other.uuid)
    before = store.audit()
    with pytest.raises(IzdeuError) as info:
        if case == "itself":
            store.merge_cases(kept.uuid, kept.uuid)
        elif case == "twice":
            store.merge_cases(third.uuid, other.uuid)
        elif case == "bad-choice":
            store.merge_cases(kept.uuid, other.uuid, {"uuid": "other"})
        elif case == "split-unmerged":
            store.split_case(third.uuid)
        else:
            store.merge_cases(kept.uuid, other.uuid)
    assert str(info.value) and "\n" not in str(info.value)
    assert store.audit() == before


# --- the case file ---------------------------------------------------------------------------


def test_links_round_trip_through_the_case_file(
    store: Store, family: tuple[Case, Case, Case], tmp_path: Path
) -> None:
    father, son, daughter = family
    link = store.link_cases(father.uuid, son.uuid, LinkKind.PARENT, Certainty.CONFIRMED)
    store.link_cases(son.uuid, daughter.uuid, LinkKind.SIBLING)
    path = tmp_path / "family.json"
    export_cases(store, path, [father.uuid, son.uuid])  # the daughter stays here
    doc = json.loads(path.read_text("utf-8"))
    assert doc["version"] >= 3  # links came with version 3
    assert [len(c["links"]) for c in doc["cases"]] == [1, 0]  # a link to her is left out
    with Vault.create(tmp_path / "other.izdeu", PASSPHRASE) as other_vault:
        other = Store(other_vault)
        import_cases(other, path)
        stored = other.get("link", link.uuid)
        assert stored.to_dict() == link.to_dict()
        assert {r.other_number: r.kind for r in other.related_cases(son.uuid)} == {"IZ-1": "child"}


def test_an_older_case_file_still_imports(
    store: Store, family: tuple[Case, Case, Case], tmp_path: Path
) -> None:
    path = tmp_path / "old.json"
    export_cases(store, path, [family[0].uuid])
    doc = json.loads(path.read_text("utf-8"))
    doc["version"] = 2
    for entry in doc["cases"]:
        del entry["links"]
    with Vault.create(tmp_path / "other.izdeu", PASSPHRASE) as other_vault:
        other = Store(other_vault)
        result = import_cases(other, json.dumps(doc).encode("utf-8"))
        assert result.cases == 1 and other.related_cases(family[0].uuid) == []


@pytest.mark.parametrize("target", ["unknown", "itself"])
def test_a_case_file_with_a_link_to_an_unknown_case_is_refused(
    store: Store, family: tuple[Case, Case, Case], tmp_path: Path, target: str
) -> None:
    father, son, _ = family
    store.link_cases(father.uuid, son.uuid, LinkKind.PARENT)
    path = tmp_path / "family.json"
    export_cases(store, path, [father.uuid, son.uuid])
    doc = json.loads(path.read_text("utf-8"))
    entry = doc["cases"][0]["links"][0]
    entry["other_case"] = "00000000-0000-4000-8000-00000000beef" if target == "unknown" else father.uuid
    with Vault.create(tmp_path / "other.izdeu", PASSPHRASE) as other_vault:
        other = Store(other_vault)
        with pytest.raises(InvalidInputError) as info:
            import_cases(other, json.dumps(doc).encode("utf-8"))
        assert "case 1, links[0]" in str(info.value) and "\n" not in str(info.value)
        assert other.count_cases() == 0


# --- backups: a link made on a laptop reaches headquarters -----------------------------------


def test_links_travel_through_backup_merge_and_restore(
    vault: Vault, store: Store, family: tuple[Case, Case, Case], tmp_path: Path
) -> None:
    father, son, daughter = family
    hq_identity = pyrage.x25519.Identity.generate()
    ops.set_backup_recipients(vault, [str(hq_identity.to_public())])
    stick = tmp_path / "stick"
    stick.mkdir()
    parent = store.link_cases(father.uuid, son.uuid, LinkKind.PARENT, Certainty.CONFIRMED)
    sibling = store.link_cases(son.uuid, daughter.uuid, LinkKind.SIBLING)
    first = ops.backup_vault(store, stick).path
    with Vault.create(tmp_path / "hq.izdeu", PASSPHRASE) as hq_vault:
        hq = Store(hq_vault, actor="headquarters")
        fingerprint = ops.device_fingerprint(vault)
        ops.merge_backup(hq, first, identities=[hq_identity], trust_fingerprint=fingerprint)
        assert _kinds(hq, son) == {"IZ-1": "child", "IZ-3": "sibling"}
        store.remove_link(sibling.uuid)
        second = ops.backup_vault(store, stick).path
        ops.merge_backup(hq, second, identities=[hq_identity])
        assert _kinds(hq, son) == {"IZ-1": "child"}
        assert hq.get("link", parent.uuid).to_dict() == parent.to_dict()
    target = tmp_path / "restored.izdeu"
    trusted = ops.trusted_signer_keys(vault)
    # The second backup is an increment on the first: a restore takes the chain.
    ops.restore_backup([second, first], target, PASSPHRASE, identities=[hq_identity], trusted_signers=trusted)
    with Vault.open(target, PASSPHRASE) as copy:
        assert _kinds(Store(copy), son) == {"IZ-1": "child"}


# --- one witness reporting several relatives -------------------------------------------------


def test_a_witness_of_another_case_is_found_and_reused_without_consent(
    store: Store, family: tuple[Case, Case, Case]
) -> None:
    father, son, daughter = family
    sister = Witness(
        case_uuid=son.uuid,
        name="Әсел Тестқызы",
        relation="sister",
        contact="+7 700 000 00 01",
        language="kk",
        consent=[ConsentGrant("wgeid", "full", True)],
    )
    store.save(sister)
    found = store.known_witnesses("Асель", exclude_case=daughter.uuid)  # Russian spelling, folded
    assert [(w.uuid, number) for w, number in found] == [(sister.uuid, "IZ-2")]
    found = store.known_witnesses("Әсел", exclude_case=daughter.uuid)
    assert [(w.uuid, number) for w, number in found] == [(sister.uuid, "IZ-2")]
    assert store.known_witnesses("Әсел", exclude_case=son.uuid) == []  # her own case: not offered
    again = found[0][0].reused_for(daughter.uuid, PartialDate(2026, 1, 2))
    store.save(again)
    stored = store.children_of(daughter.uuid, Witness)[0]
    assert (stored.name, stored.contact, stored.language) == (sister.name, sister.contact, "kk")
    assert stored.consent == [] and stored.relation == "" and stored.same_as == sister.uuid
    # A third case reusing the copy points at the first record still.
    assert stored.reused_for(father.uuid, PartialDate(2026, 1, 3)).same_as == sister.uuid
