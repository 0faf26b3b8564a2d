"""Nothing a device never held changes what headquarters holds; no time from the future wins.

Defect 1: a case file with `"cases": []` and tombstones naming cases that exist only at
headquarters, imported on a volunteer's laptop, must not make the laptop's next (correctly
signed) backup delete those cases at headquarters. Nor may a record with a forged UUID collision
overwrite a headquarters record. Defect 8 (merge): an `updated` far in the future must not win
every later merge conflict. All names and texts are fictional.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from app import cli
from app.backup import ops
from app.backup.keys import identity_file_text
from app.interchange import FORMAT_NAME, FORMAT_VERSION, case_document, import_cases
from app.model import Case, Name, Testimony, Witness
from app.store import Store
from app.store.integrity import check as check_vault
from app.store.tombstones import rows as tombstone_rows
from app.vault import Vault
from tests.helpers import PASSPHRASE

_FAR = "2099-01-01T00:00:00.000000Z"


@dataclass
class World:
    """Headquarters (cases A and B of its own, case C from the volunteer) and the volunteer."""

    hq_path: Path
    laptop_path: Path
    key_file: Path
    hq_identity: pyrage.x25519.Identity
    stick: Path
    a: Case
    a_testimony: Testimony
    b: Case
    c: Case
    c_witness: Witness


def _backup(world: World, store: Store) -> Path:
    return ops.backup_vault(store, world.stick).path


def _merge(world: World, store: Store, path: Path) -> ops.MergeSummary:
    return ops.merge_backup(store, path, identities=[world.hq_identity])


@pytest.fixture
def world(tmp_path: Path) -> World:
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "hq.key"
    key_file.write_bytes(identity_file_text(identity))
    stick = tmp_path / "stick"
    stick.mkdir()
    hq_path, laptop_path = tmp_path / "hq.izdeu", tmp_path / "laptop.izdeu"
    with Vault.create(hq_path, PASSPHRASE) as hq_vault, Vault.create(laptop_path, PASSPHRASE) as laptop_vault:
        hq, laptop = Store(hq_vault, actor="headquarters"), Store(laptop_vault, actor="volunteer")
        a = Case(case_number="HQ-1", summary="Headquarters only, fictional")
        a.person.names = [Name("Ойдан Шығарылған", "kk-Cyrl")]
        hq.save(a)
        a_testimony = Testimony(case_uuid=a.uuid, original_text="Fictional testimony at HQ")
        hq.save(a_testimony)
        b = Case(case_number="HQ-2")
        hq.save(b)
        c = Case(case_number="IZ-1", summary="The volunteer's case, fictional")
        laptop.save(c)
        c_witness = Witness(case_uuid=c.uuid, name="Фиктивная свидетельница")
        laptop.save(c_witness)
        ops.set_backup_recipients(laptop_vault, [str(identity.to_public())])
        ops.trust_signer(hq_vault, ops.device_public_key(laptop_vault), "volunteer laptop")
        w = World(hq_path, laptop_path, key_file, identity, stick, a, a_testimony, b, c, c_witness)
        assert _merge(w, hq, _backup(w, laptop)).added >= 3
    return w


def _hq_state(store: Store) -> dict[str, object]:
    return {
        "records": sorted(
            (r.KIND, r.uuid, json.dumps(r.to_dict(), sort_keys=True)) for r in store.iter_records()
        ),
        "tombstones": store.tombstones(),
    }


def _stone(uuid_: str, kind: str = "case", case_uuid: str | None = None) -> dict[str, str]:
    return {
        "uuid": uuid_,
        "kind": kind,
        "case_uuid": uuid_ if case_uuid is None else case_uuid,
        "deleted": "2026-11-30T12:00:00.000000Z",
    }


def _case_file(tmp_path: Path, cases: list[dict], tombstones: list[dict]) -> Path:
    path = tmp_path / "handed-over.json"
    path.write_text(
        json.dumps(
            {"format": FORMAT_NAME, "version": FORMAT_VERSION, "cases": cases, "tombstones": tombstones}
        ),
        "utf-8",
    )
    return path


def _cli(*args: object) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def test_smuggled_deletions_never_reach_headquarters(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end, through the command line: hostile file imported on the laptop, the laptop's
    backup merged at headquarters. HQ's cases stay; the laptop's own deletion still arrives."""
    monkeypatch.setenv("IZDEU_PASSPHRASE", PASSPHRASE)
    hostile = _case_file(
        tmp_path,
        [],
        [
            _stone(world.a.uuid),
            _stone(world.b.uuid),
            _stone(world.a_testimony.uuid, "testimony", world.a.uuid),
        ],
    )
    code, import_out, import_err = _cli("--vault", world.laptop_path, "import", hostile)
    assert code == 0
    with Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault:
        laptop = Store(laptop_vault)
        laptop.delete("witness", world.c_witness.uuid)  # the volunteer's own, real deletion
        second = _backup(world, laptop)
    code, out, _ = _cli("--vault", world.hq_path, "merge", second, "--key", world.key_file)
    assert code == 0
    with Vault.open(world.hq_path, PASSPHRASE) as hq_vault:
        hq = Store(hq_vault)
        assert {r.uuid for r in hq.list_cases()} == {world.a.uuid, world.b.uuid, world.c.uuid}
        assert hq.get("testimony", world.a_testimony.uuid)
        assert world.c_witness.uuid in {t[0] for t in hq.tombstones()}
    assert "imported 0 cases" in import_out and "recorded 0 deletions" in import_out
    assert "3 deletions in the file name records this vault never held" in import_err
    assert "deleted: 1" in out and "deletions refused: 0" in out

    # Defence in depth: the laptop holds such deletions anyway (recorded by an older Izdeu,
    # or with a guessed creation time). Headquarters refuses each one and says so.
    with Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault:
        laptop = Store(laptop_vault)
        with laptop.batch() as batch:
            batch.add_tombstone(world.a.uuid, "case", world.a.uuid, "2026-11-30T12:00:00Z")
            batch.add_tombstone(
                world.b.uuid, "case", world.b.uuid, "2026-11-30T12:00:00Z", world.b.created[:-4] + "000Z"
            )
            batch.add_tombstone(
                world.a_testimony.uuid,
                "witness",
                world.a.uuid,  # wrong kind
                "2026-11-30T12:00:00Z",
                world.a_testimony.created,
            )
        third = _backup(world, laptop)
    code, out, _ = _cli("--vault", world.hq_path, "merge", third, "--key", world.key_file)
    assert code == 0
    with Vault.open(world.hq_path, PASSPHRASE) as hq_vault:
        hq = Store(hq_vault)
        assert {r.uuid for r in hq.list_cases()} == {world.a.uuid, world.b.uuid, world.c.uuid}
        assert hq.get_case(world.a.uuid).summary == "Headquarters only, fictional"
        assert hq.get("testimony", world.a_testimony.uuid)
        assert "deletions refused: 3" in out and "deleted: 0" in out
        assert world.a.uuid in out and world.b.uuid in out  # the refused records are named
        refused = [e for e in hq.audit() if e.action == "merge-refused-deletion"]
        assert sorted(e.record_uuid for e in refused) == sorted(
            [world.a.uuid, world.b.uuid, world.a_testimony.uuid]
        )
        assert all(e.detail["reason"] == "not-held" for e in refused)
        assert check_vault(hq_vault).ok
        # The same backup again: refused again, and nothing written (no second audit entry).
        before = _hq_state(hq), len(hq.audit())
        again = _merge(world, hq, third)
        assert again.deletions_refused == 3 and not again.changed
        assert (_hq_state(hq), len(hq.audit())) == before


def test_proven_deletion_of_a_record_from_headquarters(world: World) -> None:
    """The laptop got case A from headquarters (merge of an HQ backup) and deleted it: its
    tombstone names A's creation time, so headquarters deletes A, children and all."""
    with (
        Vault.open(world.hq_path, PASSPHRASE) as hq_vault,
        Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault,
    ):
        hq, laptop = Store(hq_vault), Store(laptop_vault)
        ops.set_backup_recipients(hq_vault, [str(world.hq_identity.to_public())])
        ops.trust_signer(laptop_vault, ops.device_public_key(hq_vault), "headquarters")
        assert _merge(world, laptop, _backup(world, hq)).added >= 2
        laptop.delete("case", world.a.uuid)
        summary = _merge(world, hq, _backup(world, laptop))
        assert summary.deletions_refused == 0 and summary.deleted >= 1
        assert {r.uuid for r in hq.list_cases()} == {world.b.uuid, world.c.uuid}
        proofs = {row[0]: row[4] for row in tombstone_rows(hq.conn)}
        assert proofs[world.a.uuid] == world.a.created  # passed on with its proof


def test_forged_uuid_collision_is_refused(world: World, tmp_path: Path) -> None:
    """A handed-over case reusing HQ case A's UUID (and HQ testimony's UUID for a witness) must
    not overwrite A, nor add records to it, whatever its times."""
    forged = Case(case_number="HQ-1", summary="Forged, fictional")
    forged.uuid = world.a.uuid  # made after A: newer than A, it would win every conflict
    added_to_a = Testimony(case_uuid=world.a.uuid, original_text="Smuggled, fictional")
    other = Case(case_number="X-1")
    reused = Witness(case_uuid=other.uuid, name="Reuses an HQ testimony id")
    reused.uuid = world.a_testimony.uuid

    def entry(case: Case, **children: list) -> dict:
        doc = case_document(
            type(
                "B",
                (),
                {
                    "case": case,
                    "status_changes": [],
                    "acts": [],
                    "witnesses": [],
                    "testimonies": [],
                    "interventions": [],
                    "attachments": [],
                    "links": [],
                    **children,
                },
            )()
        )
        return doc

    path = _case_file(
        tmp_path, [entry(forged, testimonies=[added_to_a]), entry(other, witnesses=[reused])], []
    )
    with (
        Vault.open(world.hq_path, PASSPHRASE) as hq_vault,
        Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault,
    ):
        hq, laptop = Store(hq_vault), Store(laptop_vault)
        assert import_cases(laptop, path).cases == 2  # nothing collides on the laptop
        before = _hq_state(hq)
        summary = _merge(world, hq, _backup(world, laptop))
        assert hq.get_case(world.a.uuid).summary == "Headquarters only, fictional"
        assert hq.get("testimony", world.a_testimony.uuid).original_text == ("Fictional testimony at HQ")
        assert not hq.conn.execute("SELECT 1 FROM testimonies WHERE uuid = ?", (added_to_a.uuid,)).fetchone()
        assert not hq.conn.execute("SELECT 1 FROM witnesses WHERE uuid = ?", (reused.uuid,)).fetchone()
        assert summary.records_refused == 3  # the forged case, its testimony, the witness
        assert {world.a.uuid, added_to_a.uuid, reused.uuid} <= set(summary.refused_uuids)
        after = _hq_state(hq)
        gained = set(after["records"]) - set(before["records"])  # type: ignore[call-overload]
        assert {k for k, u, _ in gained} <= {"case", "status_change"}  # only case X-1 came in
        assert not hq.conn.execute("SELECT 1 FROM merge_conflicts").fetchone()
        refused = {e.record_uuid for e in hq.audit() if e.action == "merge-refused-record"}
        assert {world.a.uuid, added_to_a.uuid, reused.uuid} == refused


def test_a_future_updated_does_not_win_later_conflicts(world: World) -> None:
    """The laptop's copy of C says it was changed in 2099 (a clock set wrong, or a forged
    file). Taken as changed when its backup was made: HQ's later edit wins, and the laptop's
    later real edits are not ignored as "older" either."""
    with (
        Vault.open(world.hq_path, PASSPHRASE) as hq_vault,
        Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault,
    ):
        hq, laptop = Store(hq_vault), Store(laptop_vault)
        skewed = laptop.get_case(world.c.uuid)
        skewed.notes = "Laptop note, clock wrong"
        skewed.updated = _FAR
        laptop.save(skewed, keep_times=True)
        path = _backup(world, laptop)
        time.sleep(1.1)  # the manifest has whole seconds: HQ's edit is surely after the backup
        hq_case = hq.get_case(world.c.uuid)
        hq_case.notes = "HQ note, made after the backup"
        hq.save(hq_case)
        summary = _merge(world, hq, path)
        merged = hq.get_case(world.c.uuid)
        assert merged.notes == "HQ note, made after the backup"
        assert merged.updated < _FAR[:4] and merged.updated == hq_case.updated
        assert not [r for r in hq.iter_records() if r.updated >= "2099"]
        assert summary.times_clamped >= 1 and summary.conflicted == 1
        # The laptop's next real edit (dated now, "before" 2099) is news, not an old copy.
        later = laptop.get_case(world.c.uuid)
        later.summary = "Laptop summary, later"
        laptop.save(later)
        assert _merge(world, hq, _backup(world, laptop)).updated == 1
        assert hq.get_case(world.c.uuid).summary == "Laptop summary, later"
        assert hq.get_case(world.c.uuid).notes == "HQ note, made after the backup"


def test_records_made_after_their_backup_are_refused(world: World) -> None:
    with (
        Vault.open(world.hq_path, PASSPHRASE) as hq_vault,
        Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault,
    ):
        hq, laptop = Store(hq_vault), Store(laptop_vault)
        future = Case(case_number="IZ-2099", created=_FAR, updated=_FAR)
        laptop.save(future, keep_times=True)
        child = Witness(case_uuid=future.uuid, name="Fictional")
        laptop.save(child)
        summary = _merge(world, hq, _backup(world, laptop))
        assert not hq.conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (future.uuid,)).fetchone()
        assert summary.records_refused >= 2 and future.uuid in summary.refused_uuids
        reasons = {
            e.record_uuid: e.detail["reason"] for e in hq.audit() if e.action == "merge-refused-record"
        }
        assert reasons[future.uuid] == "future" and reasons[child.uuid] == "case-refused"


def test_restore_keeps_the_proof_of_deletions(world: World, tmp_path: Path) -> None:
    with Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault:
        laptop = Store(laptop_vault)
        laptop.delete("witness", world.c_witness.uuid)
        expected = sorted(tombstone_rows(laptop.conn))
        _backup(world, laptop)
        trusted = ops.trusted_signer_keys(laptop_vault)
    # The stick: the laptop's full backup and the increment just made on it, as a chain.
    restored = ops.restore_backup(
        world.stick,
        tmp_path / "restored.izdeu",
        "a new long passphrase 7",
        identities=[world.hq_identity],
        trusted_signers=trusted,
    )
    with Vault.open(restored.path, "a new long passphrase 7") as vault:
        assert sorted(tombstone_rows(vault.conn)) == expected
        assert [row[4] for row in expected] == [world.c_witness.created]


def test_uuid_never_seen_anywhere_is_still_learnt_as_deleted(world: World) -> None:
    """A deletion of a record headquarters never had deletes nothing; it is remembered (with
    the device's proof) so that no later merge brings that record in."""
    with (
        Vault.open(world.hq_path, PASSPHRASE) as hq_vault,
        Vault.open(world.laptop_path, PASSPHRASE) as laptop_vault,
    ):
        hq, laptop = Store(hq_vault), Store(laptop_vault)
        short_lived = Witness(case_uuid=world.c.uuid, name="Fictional, deleted at once")
        laptop.save(short_lived)
        laptop.delete("witness", short_lived.uuid)
        summary = _merge(world, hq, _backup(world, laptop))
        proofs = {row[0]: row[4] for row in tombstone_rows(hq.conn)}
        assert proofs[short_lived.uuid] == short_lived.created
        assert summary.tombstones_added == 1 and summary.deletions_refused == 0
        assert str(uuid.UUID(short_lived.uuid)) == short_lived.uuid


def test_time_limits_follow_the_backup_and_this_clock() -> None:
    from app.backup.ops.clock import time_limits

    now = dt.datetime(2026, 12, 1, 12, 0, 0, tzinfo=dt.UTC)
    past = time_limits("2026-11-30T08:00:00Z", now)
    assert (past.latest_updated, past.latest_created) == ("2026-11-30T08:00:01.000000Z",) * 2
    ahead = time_limits("2026-12-05T08:00:00Z", now)  # the device's clock runs days ahead
    assert ahead.latest_updated == ahead.now == "2026-12-01T12:00:00.000000Z"
    assert ahead.latest_created == "2026-12-02T12:00:00.000000Z"
    odd = time_limits("not a time", now)  # a newer Izdeu's manifest: this clock decides
    assert odd.latest_updated == odd.now
