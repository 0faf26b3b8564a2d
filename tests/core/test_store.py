from __future__ import annotations

import datetime as dt
import io
import uuid

import pytest

from app.errors import InvalidInputError, NotFoundError
from app.model import (
    Act,
    Case,
    Intervention,
    Name,
    PartialDate,
    Testimony,
    Witness,
)
from app.store import CaseQuery, Store
from app.store.integrity import check as check_vault
from app.vault import Vault


def make_case(store: Store, *names: tuple[str, str], **fields: object) -> Case:
    case = Case(case_number=store.next_case_number(), **fields)  # type: ignore[arg-type]
    case.person.names = [Name(text, script) for text, script in names]
    store.save(case)
    return case


def test_save_and_load_a_whole_case(store: Store) -> None:
    case = make_case(
        store,
        ("Серік Ойдан", "kk-Cyrl"),
        ("سېرىك ئويدان", "ug-Arab"),
        disappeared_on=PartialDate(2018, 3),
        disappeared_place="Ғұлжа",
    )
    act1 = Act(case_uuid=case.uuid, kind="arrest", date_from=PartialDate(2018, 3), position=0)
    act2 = Act(
        case_uuid=case.uuid,
        kind="camp-internment",
        date_from=PartialDate(2018, 4),
        position=1,
        facility="Fictional Facility No. 3",
    )
    witness = Witness(case_uuid=case.uuid, name="Гүлнар О.", relation="sister")
    testimony = Testimony(
        case_uuid=case.uuid, witness_uuid=witness.uuid, original_text="Ол 2017-يىلى жоғалды."
    )
    for record in (act1, act2, witness, testimony):
        store.save(record)
    bundle = store.load_case(case.uuid)
    assert bundle.case == case
    assert [a.uuid for a in bundle.acts] == [act1.uuid, act2.uuid]
    assert bundle.witnesses == [witness]
    assert bundle.testimonies[0].original_text == "Ол 2017-يىلى жоғалды."
    # The first save recorded the person's status in the status history.
    assert [s.current_status for s in bundle.status_changes] == ["missing"]


def test_update_keeps_created_changes_updated_and_records_history(store: Store) -> None:
    case = make_case(store, ("Бақыт", "kk-Cyrl"))
    created, updated = case.created, case.updated
    case.person.current_status = "prison"
    store.save(case)
    again = store.get_case(case.uuid)
    assert again.created == created and again.updated > updated
    history = store.load_case(case.uuid).status_changes
    assert [s.current_status for s in history] == ["missing", "prison"]
    actions = [(e.action, e.kind) for e in store.audit(case.uuid)]
    assert actions[-2:] == [("create", "status_change"), ("update", "case")]
    assert store.audit(case.uuid)[-1].detail == {"fields": ["person"]}


def test_saving_unchanged_record_writes_nothing(store: Store) -> None:
    case = make_case(store, ("Бақыт", "kk-Cyrl"))
    n = len(store.audit())
    store.save(store.get_case(case.uuid))
    assert len(store.audit()) == n


def test_children_need_an_existing_case(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.save(Act(case_uuid=str(uuid.uuid4())))


def test_invalid_records_are_refused_and_nothing_is_written(store: Store) -> None:
    case = make_case(store, ("Бақыт", "kk-Cyrl"))
    n = len(store.audit())
    case.summary = "bad\x00text"
    with pytest.raises(InvalidInputError):
        store.save(case)
    assert store.get_case(case.uuid).summary == ""
    assert len(store.audit()) == n


def test_delete_case_removes_everything_and_leaves_tombstones(store: Store) -> None:
    case = make_case(store, ("Жоғалған Адам", "kk-Cyrl"))
    t = Testimony(case_uuid=case.uuid, original_text="ерекшесөз")
    store.save(t)
    att = store.add_attachment(case.uuid, io.BytesIO(b"x" * 10), "a.bin")
    store.delete("case", case.uuid)
    with pytest.raises(NotFoundError):
        store.get_case(case.uuid)
    assert store.search("ерекшесөз") == []
    assert store.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    history = store.conn.execute("SELECT count(*) FROM status_changes").fetchone()[0]
    assert history == 0
    kinds = {row[1] for row in store.tombstones()}
    assert kinds == {"case", "testimony", "attachment", "status_change"}
    assert {case.uuid, t.uuid, att.uuid} <= {row[0] for row in store.tombstones()}
    with pytest.raises(InvalidInputError, match="deleted"):
        store.save(case)


def test_delete_attachment_unlinks_photo(store: Store) -> None:
    case = make_case(store, ("Фото Адам", "kk-Cyrl"))
    att = store.add_attachment(case.uuid, io.BytesIO(b"\xff\xd8\xff" + b"0" * 100), "p.jpg")
    case = store.get_case(case.uuid)
    case.person.photo_attachment = att.uuid
    store.save(case)
    store.delete("attachment", att.uuid)
    assert store.get_case(case.uuid).person.photo_attachment == ""


def test_reorder_acts(store: Store) -> None:
    case = make_case(store, ("Х", "kk-Cyrl"))
    acts = [Act(case_uuid=case.uuid, position=i) for i in range(3)]
    for a in acts:
        store.save(a)
    store.reorder_acts(case.uuid, [acts[2].uuid, acts[0].uuid, acts[1].uuid])
    assert [a.uuid for a in store.load_case(case.uuid).acts] == [acts[2].uuid, acts[0].uuid, acts[1].uuid]
    with pytest.raises(InvalidInputError):
        store.reorder_acts(case.uuid, [acts[0].uuid])


def test_case_list_sorts_filters_and_pages(store: Store) -> None:
    towns = ["Ghulja", "Qarамay", "Altay"]
    for i in range(30):
        case = make_case(
            store,
            (f"Адам {i:02d}", "kk-Cyrl"),
            status="open" if i % 2 else "submitted",
            disappeared_on=PartialDate(2017 + i % 3, 1 + i % 12),
        )
        case.person.hometown.county = towns[i % 3]
        store.save(case)
    assert store.count_cases() == 30
    assert store.count_cases(CaseQuery(status="open")) == 15
    assert store.count_cases(CaseQuery(year=2018)) == 10
    assert store.count_cases(CaseQuery(hometown="altay")) == 10
    page1 = store.list_cases(CaseQuery(sort="name"), 0, 10)
    page2 = store.list_cases(CaseQuery(sort="name"), 10, 10)
    assert [r.names for r in page1] == [f"Адам {i:02d}" for i in range(10)]
    assert page2[0].names == "Адам 10"
    desc = store.list_cases(CaseQuery(sort="disappeared", descending=True), 0, 1)[0]
    assert desc.disappeared.startswith("2019")
    assert store.years() == [2017, 2018, 2019]
    with pytest.raises(InvalidInputError):
        store.list_cases(CaseQuery(sort="data; DROP TABLE cases"))


def test_follow_up_due(store: Store) -> None:
    case = make_case(store, ("Х", "kk-Cyrl"))
    other = make_case(store, ("Ы", "kk-Cyrl"))
    past = dt.date.today() - dt.timedelta(days=3)
    store.save(
        Intervention(
            case_uuid=case.uuid,
            reference="MFA-17/2",
            next_follow_up=PartialDate(past.year, past.month, past.day),
        )
    )
    store.save(Intervention(case_uuid=other.uuid, next_follow_up=PartialDate(2200, 1, 1)))
    due = store.list_cases(CaseQuery(follow_up_due=True))
    assert [r.uuid for r in due] == [case.uuid]
    assert due[0].next_follow_up == past.isoformat()


def test_find_case_by_number_or_uuid(store: Store) -> None:
    case = make_case(store, ("Х", "kk-Cyrl"))
    assert store.find_case(case.case_number).uuid == case.uuid
    assert store.find_case(case.uuid).uuid == case.uuid
    with pytest.raises(NotFoundError):
        store.find_case("IZ-1900-0001")


def test_next_case_number(store: Store) -> None:
    year = dt.date.today().year
    assert store.next_case_number() == f"IZ-{year}-0001"
    make_case(store, ("Х", "kk-Cyrl"))
    assert store.next_case_number() == f"IZ-{year}-0002"


def test_audit_chain_detects_edits_and_deletions(vault: Vault, store: Store) -> None:
    for i in range(5):
        make_case(store, (f"Аудит {i}", "kk-Cyrl"))
    assert check_vault(vault).ok
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE audit SET actor = 'x' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("DELETE FROM audit WHERE seq = 2")
    # Someone with the key drops the triggers and edits history: the chain shows it.
    vault.conn.execute("DROP TRIGGER audit_no_update")
    vault.conn.execute("DROP TRIGGER audit_no_delete")
    vault.conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 2")
    report = check_vault(vault)
    assert any("altered" in e for e in report.audit_errors)
    vault.conn.execute("DELETE FROM audit WHERE seq = 3")
    assert any("missing" in e for e in check_vault(vault).audit_errors)


def test_removing_newest_audit_rows_is_detected(vault: Vault, store: Store) -> None:
    for i in range(3):
        make_case(store, (f"Аудит {i}", "kk-Cyrl"))
    vault.conn.execute("DROP TRIGGER audit_no_delete")
    last = vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    vault.conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    assert any("newest" in e for e in check_vault(vault).audit_errors)


def test_record_event(store: Store) -> None:
    case = make_case(store, ("Х", "kk-Cyrl"))
    store.record_event("dossier", "case", case.uuid, case.uuid, {"sha256": "ab" * 32})
    assert store.audit(case.uuid)[-1].action == "dossier"


def test_iter_records_yields_parents_first(store: Store) -> None:
    case = make_case(store, ("Х", "kk-Cyrl"))
    store.save(Testimony(case_uuid=case.uuid, original_text="т"))
    kinds = [r.KIND for r in store.iter_records()]
    assert kinds[0] == "case" and "testimony" in kinds
    assert [r.KIND for r in store.iter_records([case.uuid])][0] == "case"


def test_batch_is_all_or_nothing_and_keeps_identity(store: Store) -> None:
    import hashlib

    from app.errors import IntegrityError
    from app.model import Attachment

    case = Case(case_number="IZ-BATCH-1")
    data = b"\x89PNG\r\n\x1a\n" + b"p" * 5000
    meta = Attachment(
        case_uuid=case.uuid,
        original_name="фото.png",
        media_type="image/png",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        created="2020-01-01T00:00:00.000000Z",
        updated="2020-01-02T00:00:00.000000Z",
    )
    with store.batch(action="import") as batch:
        batch.save(case)
        batch.add_attachment(meta, io.BytesIO(data))
        assert batch.has_attachment_content(meta.sha256) == meta.uuid
        twin = Attachment(case_uuid=case.uuid, original_name="copy.png", size=meta.size, sha256=meta.sha256)
        batch.copy_attachment_content(twin, meta.uuid)
    assert store.get("attachment", meta.uuid) == meta
    assert b"".join(store.attachment_chunks(twin.uuid)) == data
    assert {e.action for e in store.audit(case.uuid)} == {"import"}

    other = Case(case_number="IZ-BATCH-2")
    bad = Attachment(case_uuid=other.uuid, size=3, sha256="0" * 64)
    with pytest.raises(IntegrityError):
        with store.batch() as batch:
            batch.save(other)
            batch.add_attachment(bad, io.BytesIO(b"abc"))
    with pytest.raises(NotFoundError):
        store.get_case(other.uuid)
