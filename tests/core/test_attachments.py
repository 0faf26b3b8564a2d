from __future__ import annotations

import hashlib
import io
import os
import stat
import tracemalloc
import uuid
from pathlib import Path

import pytest

from app.errors import NotFoundError, StorageError
from app.model import Case
from app.store import Store
from app.store.attachments import CHUNK_SIZE, safe_filename


@pytest.fixture
def case(store: Store) -> Case:
    case = Case(case_number="IZ-A-1")
    store.save(case)
    return case


class Generated(io.RawIOBase):
    """A large file that exists only as a generator, to measure memory while streaming."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.digest = hashlib.sha256()
        self.block = os.urandom(64 * 1024)

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        n = min(self.left, CHUNK_SIZE if n < 0 else n)
        out = (self.block * (n // len(self.block) + 1))[:n]
        self.left -= n
        self.digest.update(out)
        return out


def test_round_trip_with_hash_size_type_and_name(store: Store, case: Case, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(3 * CHUNK_SIZE + 17)
    att = store.add_attachment(case.uuid, io.BytesIO(png), "Фото 2018.png", handed_over_by="sister")
    assert att.size == len(png)
    assert att.sha256 == hashlib.sha256(png).hexdigest()
    assert att.media_type == "image/png"
    assert att.original_name == "Фото 2018.png"
    assert store.get("attachment", att.uuid) == att
    assert b"".join(store.attachment_chunks(att.uuid)) == png
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    store.export_attachment(att.uuid, target)
    assert target.read_bytes() == png
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["copy.png"]
    assert store.audit(case.uuid)[-1].action == "export"


def test_media_type_comes_from_content_not_the_name(store: Store, case: Case) -> None:
    att = store.add_attachment(case.uuid, io.BytesIO(b"%PDF-1.4 ..."), "holiday.jpg")
    assert att.media_type == "application/pdf"
    other = store.add_attachment(case.uuid, io.BytesIO(b"plain words"), "notes.txt")
    assert other.media_type == "text/plain"


@pytest.mark.slow
def test_streaming_uses_bounded_memory(store: Store, case: Case, tmp_path: Path) -> None:
    size = 96 * 1024 * 1024
    source = Generated(size)
    tracemalloc.start()
    att = store.add_attachment(case.uuid, source, "recording.wav")
    _, peak_in = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    target = tmp_path / "recording.wav"
    store.export_attachment(att.uuid, target)
    _, peak_out = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert att.size == size and att.sha256 == source.digest.hexdigest()
    assert target.stat().st_size == size
    assert peak_in < 16 * CHUNK_SIZE and peak_out < 16 * CHUNK_SIZE, (peak_in, peak_out)


@pytest.mark.parametrize(
    "hostile",
    [
        "../../../etc/passwd",
        "..\\..\\boot.ini",
        "a\x00b.jpg",
        "photo\u202egpj.exe",
        "ж" * 300 + ".jpg",
        ".hidden",
        "",
        "CON",
        "/absolute/path.png",
    ],
)
def test_hostile_names_never_reach_a_path(store: Store, case: Case, tmp_path: Path, hostile: str) -> None:
    att = store.add_attachment(case.uuid, io.BytesIO(b"data"), hostile)
    assert "\x00" not in att.original_name
    assert len(att.original_name) <= 255
    suggestion = safe_filename(att.original_name)
    assert "/" not in suggestion and "\\" not in suggestion and "\x00" not in suggestion
    assert "\u202e" not in suggestion and not suggestion.startswith(".")
    assert 0 < len(suggestion.encode()) <= 100
    # Saving under the suggested name lands inside the chosen folder.
    folder = tmp_path / "export"
    folder.mkdir()
    store.export_attachment(att.uuid, folder / suggestion)
    assert [p.parent for p in folder.rglob("*")] == [folder]


def test_export_to_unwritable_place_leaves_nothing(store: Store, case: Case, tmp_path: Path) -> None:
    att = store.add_attachment(case.uuid, io.BytesIO(b"data"), "a.bin")
    with pytest.raises(StorageError):
        store.export_attachment(att.uuid, tmp_path / "missing-folder" / "a.bin")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(StorageError):
            store.export_attachment(att.uuid, folder / "a.bin")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failed_export_does_not_replace_an_existing_file(store: Store, case: Case, tmp_path: Path) -> None:
    att = store.add_attachment(case.uuid, io.BytesIO(b"new"), "a.bin")
    target = tmp_path / "a.bin"
    target.write_bytes(b"previous")
    store.conn.execute("UPDATE attachment_chunks SET data = x'00' WHERE attachment_uuid = ?", (att.uuid,))
    with pytest.raises(Exception, match="SHA-256"):
        store.export_attachment(att.uuid, target)
    assert target.read_bytes() == b"previous"
    assert not any(p.name.startswith(".izdeu-tmp-") for p in tmp_path.iterdir())


def test_unknown_attachment_and_case(store: Store, case: Case) -> None:
    with pytest.raises(NotFoundError):
        list(store.attachment_chunks("nope"))
    with pytest.raises(NotFoundError):
        store.add_attachment(str(uuid.uuid4()), io.BytesIO(b"x"), "a")


def test_a_failing_reader_leaves_no_half_attachment(store: Store, case: Case) -> None:
    class Broken(io.RawIOBase):
        calls = 0

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise OSError("stick pulled out")
            return b"x" * CHUNK_SIZE

    with pytest.raises(OSError):
        store.add_attachment(case.uuid, Broken(), "a.bin")
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
