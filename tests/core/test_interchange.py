"""The JSON case format: lossless round trips, all-or-nothing import, safe error messages."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import stat
import uuid as uuidlib
from pathlib import Path

import pytest

from app import cli, demo
from app.errors import InvalidInputError, NewerVersionError, NotFoundError
from app.interchange import FORMAT_NAME, FORMAT_VERSION, export_cases, import_cases
from app.model import Attachment, Case, Name, Person, Testimony, Witness
from app.store import Store
from app.store.integrity import check as check_vault
from app.store.tombstones import rows as tombstone_rows
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

TODAY = dt.date(2026, 6, 15)
SECRET = "Секрет-Құпия-秘密"  # must never appear in an error message


def _snapshot(store: Store) -> tuple[dict, dict, list, int]:
    records = {(r.KIND, r.uuid): r.to_dict() for r in store.iter_records()}
    blobs = {uuid: b"".join(store.attachment_chunks(uuid)) for kind, uuid in records if kind == "attachment"}
    return records, blobs, store.tombstones(), len(store.audit())


@pytest.fixture(scope="module")
def source_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo vault made once per module (copied per test: tests change it)."""
    folder = tmp_path_factory.mktemp("source")
    path = folder / "src.izdeu"
    demo.create_demo_vault(path, PASSPHRASE, cases=14, today=TODAY, params=FAST_KDF)
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        # A deleted record, so tombstones travel too.
        extra = Case(case_number="IZ-DEL-1", person=Person(names=[Name("Жоқ")]))
        store.save(extra)
        store.delete("case", extra.uuid)
        export_cases(store, folder / "cases.json")
    return path


@pytest.fixture
def source(source_template: Path, tmp_path: Path) -> Store:
    path = tmp_path / "src.izdeu"
    path.write_bytes(source_template.read_bytes())
    vault = Vault.open(path, PASSPHRASE, params=FAST_KDF)
    yield Store(vault)
    vault.close()


@pytest.fixture
def target(tmp_path: Path) -> Store:
    vault = Vault.create(tmp_path / "dst.izdeu", PASSPHRASE)
    yield Store(vault)
    vault.close()


@pytest.fixture
def exported(source_template: Path, tmp_path: Path) -> Path:
    """The export of ``source`` (made from the same template)."""
    path = tmp_path / "cases.json"
    path.write_bytes((source_template.parent / "cases.json").read_bytes())
    os.chmod(path, 0o600)
    return path


def test_round_trip_is_lossless(source: Store, target: Store, exported: Path) -> None:
    result = import_cases(target, exported)
    before = _snapshot(source)
    after = _snapshot(target)
    assert after[0] == before[0]  # every record, field by field, UUIDs and times included
    assert after[1] == before[1] and len(after[1]) >= 3  # attachment bytes
    # The source's deletions are of records this vault never held: counted, not recorded
    # (its backups would otherwise delete those records wherever they are).
    assert before[2] and after[2] == []
    assert result.deletions_not_held == len(before[2]) and result.tombstones == 0
    assert result.cases == 14 and result.attachments == len(before[1])
    assert check_vault(target.vault).ok
    # The imported vault exports to the same cases again.
    again = exported.with_name("again.json")
    export_cases(target, again)
    first, second = json.loads(exported.read_text("utf-8")), json.loads(again.read_text("utf-8"))
    assert first["cases"] == second["cases"]
    assert first["attachment_data"] == second["attachment_data"]


def test_export_file(source: Store, tmp_path: Path) -> None:
    exported = tmp_path / "cases.json"
    export_cases(source, exported)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert not [p for p in exported.parent.iterdir() if p.name.startswith(".izdeu-tmp-")]
    doc = json.loads(exported.read_text("utf-8"))
    assert doc["format"] == FORMAT_NAME and doc["version"] == FORMAT_VERSION
    assert set(doc) == {
        "format",
        "version",
        "exported_at",
        "generator",
        "cases",
        "tombstones",
        "attachment_data",
    }
    entry = doc["cases"][0]
    assert set(entry) == {
        "case",
        "status_changes",
        "acts",
        "witnesses",
        "testimonies",
        "interventions",
        "attachments",
        "links",
    }
    # Readable text in every script, not \u escapes.
    assert "努尔尼萨" in exported.read_text("utf-8")
    for sha, text in doc["attachment_data"].items():
        assert len(base64.b64decode(text)) > 0 and len(sha) == 64
    assert any(e.action == "export" for e in source.audit())


def test_export_selected_cases(source: Store, target: Store, tmp_path: Path) -> None:
    rows = source.list_cases()
    with_photo = next(r for r in rows if source.get_case(r.uuid).person.photo_attachment)
    path = tmp_path / "one.json"
    result = export_cases(source, path, [with_photo.case_number, with_photo.uuid])
    assert result.cases == 1
    doc = json.loads(path.read_text("utf-8"))
    assert [e["case"]["uuid"] for e in doc["cases"]] == [with_photo.uuid]
    shas = {a["sha256"] for a in doc["cases"][0]["attachments"]}
    assert set(doc["attachment_data"]) == shas
    import_cases(target, path)
    assert target.count_cases() == 1
    with pytest.raises(NotFoundError):
        export_cases(source, tmp_path / "none.json", ["IZ-0000-0000"])
    assert not (tmp_path / "none.json").exists()


def test_existing_cases_are_refused_or_skipped(source: Store, target: Store, exported: Path) -> None:
    import_cases(target, exported)
    before = _snapshot(target)
    with pytest.raises(InvalidInputError, match="already in this vault"):
        import_cases(target, exported)
    assert _snapshot(target) == before
    result = import_cases(target, exported, on_existing="skip")
    assert result.cases == 0 and len(result.skipped_cases) == 14
    assert _snapshot(target)[0] == before[0]


def test_a_child_uuid_already_used_refuses(source: Store, target: Store, exported: Path) -> None:
    doc = json.loads(exported.read_text("utf-8"))
    lone = next(e for e in doc["cases"] if e["witnesses"])
    lone["links"] = []  # alone in the file, a link to another demo case would be refused
    only = dict(
        doc,
        cases=[lone],
        attachment_data={
            sha: data
            for sha, data in doc["attachment_data"].items()
            if sha in {a["sha256"] for a in lone["attachments"]}
        },
        tombstones=[],
    )
    import_cases(target, json.dumps(only).encode())
    # The same witness UUID under a new case is a conflict.
    lone["case"]["uuid"] = "00000000-0000-4000-8000-000000000001"
    for section in ("status_changes", "acts", "witnesses", "testimonies", "interventions", "attachments"):
        for record in lone[section]:
            record["case_uuid"] = lone["case"]["uuid"]
    lone["case"]["person"]["photo_attachment"] = ""
    before = _snapshot(target)
    with pytest.raises(InvalidInputError, match="already in this vault"):
        import_cases(target, json.dumps(only).encode(), on_existing="skip")
    assert _snapshot(target) == before


def _doc(exported: Path) -> dict:
    return json.loads(exported.read_text("utf-8"))


def _mutations() -> dict[str, object]:
    def unknown_case_field(d: dict) -> None:
        d["cases"][0]["case"]["favourite_colour"] = SECRET

    def unknown_section(d: dict) -> None:
        d["cases"][0]["photos"] = []

    def unknown_top(d: dict) -> None:
        d["comment"] = SECRET

    def surrogate(d: dict) -> None:
        d["cases"][1]["case"]["person"]["names"][0]["text"] = SECRET + "\ud800"

    def nul(d: dict) -> None:
        d["cases"][0]["case"]["summary"] = SECRET + "\x00"

    def wrong_case_uuid(d: dict) -> None:
        entry = next(e for e in d["cases"] if e["witnesses"])
        entry["witnesses"][0]["case_uuid"] = d["cases"][-1]["case"]["uuid"]

    def duplicate_uuid(d: dict) -> None:
        d["cases"][1]["case"]["uuid"] = d["cases"][0]["case"]["uuid"]

    def missing_uuid(d: dict) -> None:
        del d["cases"][2]["case"]["uuid"]

    def bad_time(d: dict) -> None:
        d["cases"][2]["case"]["created"] = "yesterday"

    def upper_uuid(d: dict) -> None:
        d["cases"][2]["case"]["uuid"] = d["cases"][2]["case"]["uuid"].upper()

    def bad_choice(d: dict) -> None:
        d["cases"][0]["case"]["status"] = SECRET

    def bad_date(d: dict) -> None:
        d["cases"][0]["case"]["disappeared_on"] = SECRET

    def bad_witness_ref(d: dict) -> None:
        entry = next(e for e in d["cases"] if e["testimonies"])
        entry["testimonies"][0]["witness_uuid"] = "00000000-0000-4000-8000-00000000abcd"

    def bad_photo_ref(d: dict) -> None:
        d["cases"][2]["case"]["person"]["photo_attachment"] = "00000000-0000-4000-8000-000000000002"

    def missing_blob(d: dict) -> None:
        d["attachment_data"].popitem()

    def bad_base64(d: dict) -> None:
        sha = next(iter(d["attachment_data"]))
        d["attachment_data"][sha] = "!!!" + d["attachment_data"][sha]

    def wrong_bytes(d: dict) -> None:
        sha = next(iter(d["attachment_data"]))
        d["attachment_data"][sha] = base64.b64encode(SECRET.encode()).decode()

    def extra_blob(d: dict) -> None:
        d["attachment_data"]["0" * 64] = ""

    def wrong_format(d: dict) -> None:
        d["format"] = "something-else"

    def not_a_list(d: dict) -> None:
        d["cases"] = {}

    def bool_version(d: dict) -> None:
        d["version"] = True

    def bad_tombstone(d: dict) -> None:
        d["tombstones"] = [{"uuid": "x"}]

    def tombstone_of_imported(d: dict) -> None:
        d["tombstones"] = [
            {
                "uuid": d["cases"][0]["case"]["uuid"],
                "kind": "case",
                "case_uuid": "",
                "deleted": "2024-01-01T00:00:00.000000Z",
            }
        ]

    return {
        f.__name__: f
        for f in (
            unknown_case_field,
            unknown_section,
            unknown_top,
            surrogate,
            nul,
            wrong_case_uuid,
            duplicate_uuid,
            missing_uuid,
            bad_time,
            upper_uuid,
            bad_choice,
            bad_date,
            bad_witness_ref,
            bad_photo_ref,
            missing_blob,
            bad_base64,
            wrong_bytes,
            extra_blob,
            wrong_format,
            not_a_list,
            bool_version,
            bad_tombstone,
            tombstone_of_imported,
        )
    }


@pytest.mark.parametrize("name", sorted(_mutations()))
def test_bad_documents_change_nothing(name: str, target: Store, exported: Path) -> None:
    doc = _doc(exported)
    _mutations()[name](doc)  # type: ignore[operator]
    data = json.dumps(doc, ensure_ascii=True).encode()
    before = _snapshot(target)
    with pytest.raises(InvalidInputError) as info:
        import_cases(target, data)
    message = str(info.value)
    assert SECRET not in message and "\n" not in message and len(message) < 300
    assert _snapshot(target) == before


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "izdeu-cases", "version": 1, "cases": [NaN]}',
        b'{"format": "izdeu-cases", "format": "izdeu-cases", "version": 1, "cases": []}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [], "x": "\x00"}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [], "x": "\xed\xa0\x80"}',
        b'{"format": "izdeu-cases", "version": 1, "cases": [], "x": "\xff"}',
        b"[" * 100_000,
    ],
    ids=[
        "empty",
        "truncated",
        "array",
        "nan",
        "duplicate-key",
        "raw-nul",
        "encoded-surrogate",
        "bad-utf8",
        "deep",
    ],
)
def test_malformed_files(data: bytes, target: Store) -> None:
    with pytest.raises(InvalidInputError):
        import_cases(target, data)
    assert target.count_cases() == 0


def test_newer_version_is_refused(target: Store, exported: Path) -> None:
    doc = _doc(exported)
    doc["version"] = FORMAT_VERSION + 1
    with pytest.raises(NewerVersionError):
        import_cases(target, json.dumps(doc).encode())
    assert target.count_cases() == 0


def test_failure_while_saving_leaves_nothing(
    target: Store, exported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import attachments as att_module

    calls = []
    real = att_module.store_stream

    def failing(conn, uuid, source, *args):
        calls.append(uuid)
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(conn, uuid, source, *args)

    monkeypatch.setattr(att_module, "store_stream", failing)
    before = _snapshot(target)
    with pytest.raises(OSError):
        import_cases(target, exported)
    assert _snapshot(target) == before and target.count_cases() == 0


def test_tombstones_for_live_records_are_not_imported(source: Store, target: Store, exported: Path) -> None:
    case = Case(case_number="IZ-LIVE", person=Person(names=[Name("Тірі")]))
    target.save(case)
    doc = _doc(exported)
    doc["tombstones"].append(
        {"uuid": case.uuid, "kind": "case", "case_uuid": case.uuid, "deleted": "2024-01-01T00:00:00.000000Z"}
    )
    result = import_cases(target, json.dumps(doc).encode())
    assert result.tombstones == 0 and result.deletions_not_applied == 1
    assert result.deletions_not_held == len(doc["tombstones"]) - 1
    assert target.tombstones() == []
    target.save(target.get_case(case.uuid))  # still editable


def test_shared_case_numbers_are_reported(target: Store, exported: Path) -> None:
    doc = _doc(exported)
    number = doc["cases"][0]["case"]["case_number"]
    target.save(Case(case_number=number, person=Person(names=[Name("Басқа")])))
    result = import_cases(target, exported)
    assert result.shared_numbers == [number]


def test_missing_file(target: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        import_cases(target, tmp_path / "nope.json")
    with pytest.raises(InvalidInputError):
        import_cases(target, tmp_path)


def test_large_attachment_streams_through_base64(source: Store, target: Store, tmp_path: Path) -> None:
    case = source.get_case(source.list_cases()[0].uuid)
    blob = os.urandom(3 * 1024 * 1024 + 7)  # several store chunks, not a multiple of 3
    added = source.add_attachment(case.uuid, io.BytesIO(blob), "recording.ogg")
    path = tmp_path / "big.json"
    export_cases(source, path, [case.uuid])
    import_cases(target, path)
    assert b"".join(target.attachment_chunks(added.uuid)) == blob
    stored = target.get("attachment", added.uuid)
    assert isinstance(stored, Attachment) and stored.sha256 == added.sha256


def test_testimony_links_survive(source: Store, target: Store, exported: Path) -> None:
    import_cases(target, exported)
    linked = [t for t in target.iter_records() if isinstance(t, Testimony) and t.attachment_uuids]
    assert linked
    for testimony in linked:
        assert isinstance(target.get("witness", testimony.witness_uuid), Witness)
        for uuid in testimony.attachment_uuids:
            assert target.get("attachment", uuid).case_uuid == testimony.case_uuid


# --- deletions and times a case file cannot smuggle in ------------------------------------------


def _tombstone(uuid: str, kind: str = "case", case_uuid: str | None = None) -> dict[str, str]:
    return {
        "uuid": uuid,
        "kind": kind,
        "case_uuid": uuid if case_uuid is None else case_uuid,
        "deleted": "2026-01-05T10:00:00.000000Z",
    }


def _hostile(*tombstones: dict[str, str], cases: list | None = None) -> bytes:
    return json.dumps(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "cases": cases or [],
            "tombstones": list(tombstones),
        }
    ).encode()


def test_deletions_of_records_never_held_are_not_recorded(target: Store) -> None:
    """Defect 1: `"cases": []` with tombstones naming cases that exist only at headquarters.
    Recorded, they would ride the next signed backup to headquarters and delete those cases."""
    mine = Case(case_number="IZ-MINE", person=Person(names=[Name("Өз ісі")]))
    target.save(mine)
    before = _snapshot(target)
    elsewhere = [str(uuidlib.uuid4()) for _ in range(3)]
    data = _hostile(
        *(_tombstone(u) for u in elsewhere),
        _tombstone(str(uuidlib.uuid4()), "testimony", elsewhere[0]),
        _tombstone(mine.uuid, "witness", mine.uuid),  # wrong kind: not this record
        _tombstone(mine.uuid),
    )
    result = import_cases(target, data)
    assert (result.cases, result.tombstones) == (0, 0)
    assert result.deletions_not_held == 5 and result.deletions_not_applied == 1
    assert _snapshot(target) == before  # nothing written at all, not even the audit log
    assert target.get_case(mine.uuid).case_number == "IZ-MINE"


def test_apply_deletions_deletes_only_records_held_here(target: Store) -> None:
    mine = Case(case_number="IZ-MINE", person=Person(names=[Name("Өз ісі")]))
    target.save(mine)
    witness = Witness(case_uuid=mine.uuid, name="Ойдан шығарылған куә")
    target.save(witness)
    kept = Case(case_number="IZ-KEPT")
    target.save(kept)
    data = _hostile(
        _tombstone(mine.uuid),
        _tombstone(witness.uuid, "witness", mine.uuid),
        _tombstone(str(uuidlib.uuid4())),
    )
    result = import_cases(target, data, apply_deletions=True)
    assert result.tombstones == 2 and result.deletions_not_held == 1
    assert [row.uuid for row in target.list_cases()] == [kept.uuid]
    proofs = {row[0]: row[4] for row in tombstone_rows(target.conn)}
    # Deleted here, so the deletion carries this vault's proof of having held them.
    assert proofs[mine.uuid] == mine.created and proofs[witness.uuid] == witness.created
    assert all(proofs.values())  # the case's status change too


def test_import_cli_says_how_many_deletions(
    target: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = Case(case_number="IZ-MINE")
    target.save(mine)
    target.vault.close()
    path = tmp_path / "hostile.json"
    path.write_bytes(
        _hostile(_tombstone(str(uuidlib.uuid4())), _tombstone(str(uuidlib.uuid4())), _tombstone(mine.uuid))
    )
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    vault_arg = ["--vault", str(tmp_path / "dst.izdeu")]
    assert cli.main([*vault_arg, "import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "imported 0 cases, 0 records, 0 attachments; recorded 0 deletions" in out
    assert "2 deletions in the file name records this vault never held" in err
    assert "not applied: 1 deletion in" in out and "--apply-deletions" in out
    assert cli.main([*vault_arg, "import", str(path), "--apply-deletions"]) == 0
    out, _ = capsys.readouterr()
    assert "recorded 1 deletion" in out
    with Vault.open(tmp_path / "dst.izdeu", PASSPHRASE) as vault:
        assert Store(vault).count_cases() == 0


@pytest.mark.parametrize("where", ["created", "updated", "child", "tombstone"])
def test_times_more_than_a_day_ahead_are_refused(target: Store, exported: Path, where: str) -> None:
    """Defect 8: a record dated in the future would win every later merge conflict."""
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    doc = _doc(exported)
    entry = doc["cases"][0]
    if where in ("created", "updated"):
        entry["case"][where] = ahead
        expected = f"case 1: {where}: more than a day in the future"
    elif where == "child":
        entry["acts"][0]["updated"] = ahead
        expected = "case 1, acts[0]: updated: more than a day in the future"
    else:
        doc["tombstones"] = [dict(_tombstone(str(uuidlib.uuid4())), deleted=ahead)]
        expected = "tombstones[0].deleted: more than a day in the future"
    before = _snapshot(target)
    with pytest.raises(InvalidInputError) as err:
        import_cases(target, json.dumps(doc).encode())
    assert str(err.value).startswith(expected) and "\n" not in str(err.value)
    assert ahead not in str(err.value)
    assert _snapshot(target) == before


def test_times_a_few_hours_ahead_are_accepted(target: Store, exported: Path) -> None:
    """A clock or time zone set wrong by hours is common: not refused (a merge bounds it)."""
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=20)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    doc = _doc(exported)
    doc["cases"][0]["case"]["updated"] = ahead
    assert import_cases(target, json.dumps(doc).encode()).cases == 14
