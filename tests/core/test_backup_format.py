"""Backup container: round trips, the standard age tool, tampering, faults, memory bound.

Passphrase (scrypt) operations cost ~2 s each by design, so the passphrase backup is made once
per module and only the tests that must pay for scrypt do.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import os
import random
import select
import shutil
import subprocess
import tarfile
import threading
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

import app.backup.format as backup_format
import app.backup.writer as backup_writer
from app.backup import (
    BACKUP_SUFFIX,
    BackupExistsError,
    BackupFolderNotWritableError,
    BackupInputError,
    BackupKeyError,
    BackupPassphraseError,
    BackupReadBackError,
    DamagedBackupError,
    DiskFullError,
    KeyFilePassphraseError,
    NewerBackupFormatError,
    NotABackupError,
    SourceDataError,
    UntrustedSignerError,
    backup_file_name,
    generate_signing_key,
    keygen,
    list_backups,
    load_org_identity,
    parse_identity,
    read_backup,
    rotate_backups,
    signer_fingerprint,
    signing_key_from_bytes,
    signing_key_to_bytes,
    verify_backup,
    write_backup,
)
from app.errors import CancelledError, IzdeuError

PASSPHRASE = "river stone seven lanterns"
VAULT_INFO = {"vault_id": "7d9c6a52-0d43-4bd5-9d3e-6a9b8f1f0c11", "app_version": "0.1.0"}
RECORD_MARKER = "MARKER-Qz7" * 3

RECORDS = [
    {"uuid": f"00000000-0000-4000-8000-{i:012d}", "updated": "2026-11-27T10:00:00Z", "n": i}
    for i in range(20)
] + [
    {
        "uuid": "00000000-0000-4000-8000-999999999999",
        "name": "Айгерим Сәрсенбаева",
        "rtl": "ليلى \u202e gnp.exe",
        "odd": "lone \ud800 surrogate, NUL \x00, newline \n end",
        "marker": RECORD_MARKER,
        "nested": {"list": [1, 2.5, None, True]},
    }
]


def _att(uuid: str, data: bytes, pieces: int = 3) -> tuple[str, str, int, list[bytes]]:
    step = max(1, len(data) // pieces)
    chunks = [data[i : i + step] for i in range(0, len(data), step)]
    return (uuid, hashlib.sha256(data).hexdigest(), len(data), chunks)


ATT_DATA = {
    "11111111-2222-4333-8444-555555555555": random.Random(1).randbytes(150_000),
    "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee": b"",
}


def _attachments() -> list[tuple[str, str, int, list[bytes]]]:
    return [_att(u, d) for u, d in ATT_DATA.items()]


@dataclass
class Keys:
    hq: pyrage.x25519.Identity
    own: pyrage.x25519.Identity
    signer: object  # Ed25519PrivateKey

    @property
    def recipients(self) -> list[str]:
        return [str(self.hq.to_public()), str(self.own.to_public())]

    @property
    def trusted(self) -> list[Ed25519PublicKey]:
        return [self.signer.public_key()]


@pytest.fixture(scope="module")
def keys() -> Keys:
    return Keys(
        pyrage.x25519.Identity.generate(),
        pyrage.x25519.Identity.generate(),
        generate_signing_key(),
    )


@pytest.fixture(scope="module")
def small_backup(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> Path:
    folder = tmp_path_factory.mktemp("small")
    result = write_backup(
        folder,
        VAULT_INFO,
        iter(RECORDS),
        iter(_attachments()),
        recipients=keys.recipients,
        signing_key=keys.signer,
    )
    return result.path


@dataclass
class PassBackup:
    path: Path
    payload_identity: pyrage.x25519.Identity


@pytest.fixture(scope="module")
def pass_backup(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> PassBackup:
    folder = tmp_path_factory.mktemp("pass")
    real_encrypt = pyrage.passphrase.encrypt
    captured: list[bytes] = []

    def capturing_encrypt(plaintext: bytes, passphrase: str) -> bytes:
        # Keep the payload identity so tamper tests can skip scrypt (~2 s per call by design).
        captured.append(plaintext)
        return real_encrypt(plaintext, passphrase)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pyrage.passphrase, "encrypt", capturing_encrypt)
        result = write_backup(
            folder,
            VAULT_INFO,
            RECORDS,
            _attachments(),
            passphrase=PASSPHRASE,
            signing_key=keys.signer,
        )
    return PassBackup(result.path, parse_identity(captured[0]))


def _assert_clean_error(err: IzdeuError) -> None:
    text = str(err)
    assert text and "\n" not in text
    for leak in ("Errno", "Traceback", "pyrage", "DecryptError", RECORD_MARKER):
        assert leak not in text


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _read_all(path: Path, keys: Keys, **kw: object) -> tuple[list[dict], dict[str, bytes]]:
    with read_backup(path, trusted_signers=keys.trusted, **kw) as reader:  # type: ignore[arg-type]
        records = list(reader.records())
        attachments = {}
        for att in reader.attachments():
            data = b"".join(att.chunks())
            assert att.size == len(data)
            assert att.sha256 == hashlib.sha256(data).hexdigest()
            attachments[att.uuid] = data
    return records, attachments


# ---------------------------------------------------------------------------------------------
# Round trips
# ---------------------------------------------------------------------------------------------


def test_round_trip_recipients(small_backup: Path, keys: Keys) -> None:
    for identity in (keys.hq, str(keys.own)):
        records, attachments = _read_all(small_backup, keys, identities=[identity])
        assert records == RECORDS
        assert attachments == ATT_DATA
    report = verify_backup(small_backup, identities=[keys.hq], trusted_signers=keys.trusted)
    assert (report.records, report.attachments, report.attachment_bytes) == (21, 2, 150_000)
    assert report.vault_id == VAULT_INFO["vault_id"]
    assert report.info == {"app_version": "0.1.0"}
    assert report.mode == "recipients"
    assert report.signer_fingerprint == signer_fingerprint(keys.signer)
    assert small_backup.name.startswith("izdeu-backup-") and small_backup.suffix == BACKUP_SUFFIX
    assert small_backup.stat().st_mode & 0o777 == 0o600
    # Encrypted: no record text anywhere in the file, and no temporary file left over.
    assert RECORD_MARKER.encode() not in small_backup.read_bytes()
    assert _files(small_backup.parent) == [small_backup.name]


def test_round_trip_passphrase(pass_backup: PassBackup, keys: Keys) -> None:
    records, attachments = _read_all(pass_backup.path, keys, passphrase=PASSPHRASE)
    assert records == RECORDS
    assert attachments == ATT_DATA
    report = verify_backup(
        pass_backup.path, identities=[pass_backup.payload_identity], trusted_signers=keys.trusted
    )
    assert report.mode == "passphrase" and report.records == len(RECORDS)


def test_records_split_into_parts(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(backup_format, "RECORD_PART_TARGET", 200)
    records = [{"i": i, "text": "x" * 50} for i in range(40)]
    result = write_backup(
        tmp_path, VAULT_INFO, records, [], recipients=keys.recipients, signing_key=keys.signer
    )
    got, atts = _read_all(result.path, keys, identities=[keys.hq])
    assert got == records and atts == {}
    assert result.report.records == 40


def test_empty_backup(tmp_path: Path, keys: Keys) -> None:
    result = write_backup(tmp_path, VAULT_INFO, [], [], recipients=keys.recipients, signing_key=keys.signer)
    assert _read_all(result.path, keys, identities=[keys.own]) == ([], {})


def test_reader_can_skip_records_and_stop_early(small_backup: Path, keys: Keys) -> None:
    threads = threading.active_count()
    with read_backup(small_backup, identities=[keys.hq], trusted_signers=keys.trusted) as reader:
        first = next(reader.attachments())
        assert len(first.read(10)) == 10
    # Leaving early must not leave the decryption thread behind.
    assert threading.active_count() == threads


def test_progress_and_cancel(tmp_path: Path, keys: Keys) -> None:
    seen = []
    write_backup(
        tmp_path / "a",
        VAULT_INFO,
        RECORDS,
        _attachments(),
        recipients=keys.recipients,
        signing_key=keys.signer,
        progress=seen.append,
    )
    assert {p.phase for p in seen} == {"writing", "verifying"}
    assert seen[-1].records == len(RECORDS) and seen[-1].attachments == 2

    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(CancelledError):
        write_backup(
            tmp_path / "b",
            VAULT_INFO,
            RECORDS,
            _attachments(),
            recipients=keys.recipients,
            signing_key=keys.signer,
            cancel=cancel,
        )
    assert _files(tmp_path) == ["a"]


# ---------------------------------------------------------------------------------------------
# The standard tools
# ---------------------------------------------------------------------------------------------


def _need_age() -> str:
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed (Debian package 'age')")
    return age


EXPECTED_MEMBERS = [
    "format.json",
    "records/000001.jsonl",
    *(f"attachments/{u}" for u in ATT_DATA),
    "manifest.json",
    "manifest.sig",
]


def _check_signature_like_the_docs(folder: Path, trusted_public: bytes) -> None:
    # The few lines of Python that docs/backup-format.md gives for checking a signature.
    manifest = (folder / "manifest.json").read_bytes()
    signature = (folder / "manifest.sig").read_bytes()
    info = json.loads(manifest)
    public = base64.b64decode(info["signer"]["public_key"])
    assert public == trusted_public
    Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest)
    for member in info["members"]:
        data = (folder / member["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == member["sha256"]


def test_age_tool_decrypts_recipient_backup(small_backup: Path, keys: Keys, tmp_path: Path):
    age = _need_age()
    identity_file = tmp_path / "hq.txt"
    identity_file.write_text(str(keys.hq) + "\n")
    plain = subprocess.run(
        [age, "-d", "-i", str(identity_file), str(small_backup)], capture_output=True, check=True
    ).stdout
    listing = subprocess.run(
        ["tar", "-tf", "-"], input=plain, capture_output=True, check=True
    ).stdout.decode()
    assert listing.split() == EXPECTED_MEMBERS
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["tar", "-xf", "-", "-C", str(out)], input=plain, check=True)
    lines = (out / "records/000001.jsonl").read_text("ascii").splitlines()
    assert [json.loads(x) for x in lines] == RECORDS
    _check_signature_like_the_docs(out, keys.signer.public_key().public_bytes_raw())


def _run_with_passphrase(argv: list[str], passphrase: str, timeout: float = 30) -> int:
    """age reads passphrases from the terminal only, so give it one."""
    pty = pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")
    pid, fd = pty.fork()
    if pid == 0:  # child
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    seen, sent = b"", False
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    data = os.read(fd, 1024)
                except OSError:
                    data = b""
                if not data:
                    break
                seen += data
                if not sent and b"passphrase" in seen.lower():
                    os.write(fd, passphrase.encode() + b"\n")
                    sent = True
        else:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status)


def test_age_tool_opens_passphrase_backup(pass_backup: PassBackup, keys: Keys, tmp_path: Path):
    age = _need_age()
    subprocess.run(["tar", "-xf", str(pass_backup.path), "-C", str(tmp_path)], check=True)
    assert _files(tmp_path) == ["key.age", "payload.age"]
    plain = tmp_path / "payload.tar"
    code = _run_with_passphrase(
        [age, "-d", "-i", str(tmp_path / "key.age"), "-o", str(plain), str(tmp_path / "payload.age")],
        PASSPHRASE,
    )
    assert code == 0
    listing = subprocess.run(["tar", "-tf", str(plain)], capture_output=True, check=True)
    assert listing.stdout.decode().split() == EXPECTED_MEMBERS


# ---------------------------------------------------------------------------------------------
# Tampering: every changed byte and every truncation is rejected, nothing is written
# ---------------------------------------------------------------------------------------------

REJECTIONS = (DamagedBackupError, BackupKeyError, NotABackupError)


def _mutations(original: bytes, rng: random.Random, count: int) -> Iterator[bytes]:
    for i in range(count):
        if i % 4 == 3:
            yield original[: rng.randrange(len(original))]
        else:
            data = bytearray(original)
            data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
            yield bytes(data)


def test_200_flips_and_truncations_rejected(small_backup: Path, keys: Keys, tmp_path: Path):
    original = small_backup.read_bytes()
    rng = random.Random(20261128)
    target = tmp_path / "t.izbackup"
    for data in _mutations(original, rng, 200):
        target.write_bytes(data)
        with pytest.raises(REJECTIONS) as info:
            verify_backup(target, identities=[keys.hq], trusted_signers=keys.trusted)
        _assert_clean_error(info.value)
    target.write_bytes(original + b"\0")
    with pytest.raises(DamagedBackupError):
        verify_backup(target, identities=[keys.hq], trusted_signers=keys.trusted)
    assert _files(tmp_path) == ["t.izbackup"]


def test_passphrase_container_flips_rejected(pass_backup: PassBackup, keys: Keys, tmp_path: Path):
    # Opened with the payload identity (no scrypt), so key.age is checked through its hash in
    # the signed manifest; the targeted offsets cover the outer tar headers and padding.
    original = pass_backup.path.read_bytes()
    rng = random.Random(7)
    targeted = [0, 100, 148, 257, 511, 512, 700, 1023, 1024, 1100, 1535, 1536, len(original) - 1]
    target = tmp_path / "p.izbackup"
    mutated = []
    for pos in targeted:
        data = bytearray(original)
        data[pos] ^= 0x01
        mutated.append(bytes(data))
    mutated += list(_mutations(original, rng, 60))
    for data in mutated:
        target.write_bytes(data)
        with pytest.raises(REJECTIONS):
            verify_backup(target, identities=[pass_backup.payload_identity], trusted_signers=keys.trusted)


def test_read_backup_yields_nothing_from_a_damaged_file(small_backup: Path, keys: Keys, tmp_path):
    data = bytearray(small_backup.read_bytes())
    data[-200] ^= 0x40  # in the last age chunk: records would decrypt fine before the failure
    target = tmp_path / "d.izbackup"
    target.write_bytes(bytes(data))
    entered = False
    with pytest.raises(DamagedBackupError):
        with read_backup(target, identities=[keys.hq], trusted_signers=keys.trusted):
            entered = True
    assert not entered
    assert _files(tmp_path) == ["d.izbackup"]


# ---------------------------------------------------------------------------------------------
# Bad inputs, each with its own clear error
# ---------------------------------------------------------------------------------------------


def test_wrong_key(small_backup: Path, keys: Keys) -> None:
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(BackupKeyError) as info:
        verify_backup(small_backup, identities=[stranger], trusted_signers=keys.trusted)
    _assert_clean_error(info.value)
    with pytest.raises(BackupKeyError):
        verify_backup(small_backup, passphrase=PASSPHRASE, trusted_signers=keys.trusted)


def test_wrong_passphrase(pass_backup: PassBackup, keys: Keys) -> None:
    with pytest.raises(BackupPassphraseError) as info:
        verify_backup(pass_backup.path, passphrase="not it", trusted_signers=keys.trusted)
    _assert_clean_error(info.value)
    with pytest.raises(BackupKeyError):
        verify_backup(pass_backup.path, identities=[keys.hq], trusted_signers=keys.trusted)


def test_truncated(small_backup: Path, keys: Keys, tmp_path: Path) -> None:
    target = tmp_path / "half.izbackup"
    target.write_bytes(small_backup.read_bytes()[: small_backup.stat().st_size // 2])
    with pytest.raises(DamagedBackupError) as info:
        verify_backup(target, identities=[keys.hq], trusted_signers=keys.trusted)
    assert "damaged or incomplete" in str(info.value)


def test_unknown_signer(small_backup: Path, keys: Keys, tmp_path: Path) -> None:
    other = generate_signing_key()
    with pytest.raises(UntrustedSignerError) as info:
        verify_backup(small_backup, identities=[keys.hq], trusted_signers=[other.public_key()])
    assert info.value.fingerprint == signer_fingerprint(keys.signer)
    assert info.value.fingerprint in str(info.value)
    _assert_clean_error(info.value)
    # A forgery: anyone with the HQ public key can encrypt, but not sign as a trusted device.
    forged = write_backup(tmp_path, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=other)
    with pytest.raises(UntrustedSignerError):
        verify_backup(forged.path, identities=[keys.hq], trusted_signers=keys.trusted)
    with pytest.raises(UntrustedSignerError):
        with read_backup(forged.path, identities=[keys.hq], trusted_signers=keys.trusted):
            pytest.fail("must not be reached")


def test_newer_format_version(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 3)
    result = write_backup(
        tmp_path, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=keys.signer
    )
    monkeypatch.undo()
    with pytest.raises(NewerBackupFormatError) as info:
        verify_backup(result.path, identities=[keys.hq], trusted_signers=keys.trusted)
    assert "newer version" in str(info.value)


def test_not_a_backup(tmp_path: Path, keys: Keys) -> None:
    samples = {
        "random.bin": random.Random(3).randbytes(5000),
        "empty.bin": b"",
        "text.txt": b"hello, this is a letter\n" * 40,
    }
    plain_tar = io.BytesIO()
    with tarfile.open(fileobj=plain_tar, mode="w") as tf:
        info = tarfile.TarInfo("key.age")
        info.size = 3
        tf.addfile(info, io.BytesIO(b"abc"))
    samples["plain.tar"] = plain_tar.getvalue()
    # A genuine age file for the right key, but not a backup inside.
    samples["other.age"] = pyrage.encrypt(b"just some notes" * 100, [keys.hq.to_public()])
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(NotABackupError) as err:
            verify_backup(tmp_path / name, identities=[keys.hq], trusted_signers=keys.trusted)
        _assert_clean_error(err.value)
    with pytest.raises(NotABackupError):
        verify_backup(tmp_path, identities=[keys.hq], trusted_signers=keys.trusted)
    with pytest.raises(BackupInputError):
        verify_backup(tmp_path / "missing", identities=[keys.hq], trusted_signers=keys.trusted)


class FailAfter:
    """A file that fails like a full disk after ``limit`` bytes (KeePassXC's FailDevice)."""

    def __init__(self, inner: io.BufferedWriter, limit: int) -> None:
        self.inner = inner
        self.left = limit

    def write(self, data: bytes) -> int:
        if len(data) > self.left:
            self.inner.write(bytes(data[: self.left]))
            self.left = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.left -= len(data)
        return self.inner.write(data)

    def flush(self) -> None:
        self.inner.flush()

    def seek(self, offset: int) -> int:
        return self.inner.seek(offset)


@pytest.mark.parametrize("limit", [0, 100, 5_000, 60_000, 150_000])
def test_disk_full(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch, limit: int):
    monkeypatch.setattr(backup_writer, "_output_filter", lambda fh: FailAfter(fh, limit))
    with pytest.raises(DiskFullError) as info:
        write_backup(
            tmp_path,
            VAULT_INFO,
            RECORDS,
            _attachments(),
            recipients=keys.recipients,
            signing_key=keys.signer,
        )
    _assert_clean_error(info.value)
    assert _files(tmp_path) == []


def test_disk_full_passphrase_mode(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pyrage.passphrase, "encrypt", _fake_scrypt_encrypt)
    monkeypatch.setattr(backup_writer, "_output_filter", lambda fh: FailAfter(fh, 2_000))
    with pytest.raises(DiskFullError):
        write_backup(tmp_path, VAULT_INFO, RECORDS, _attachments(), passphrase="x", signing_key=keys.signer)
    assert _files(tmp_path) == []


def _fake_scrypt_encrypt(plaintext: bytes, passphrase: str) -> bytes:
    # Stands in for scrypt where only the write path is under test (saves ~2 s per call).
    return pyrage.encrypt(plaintext, [pyrage.x25519.Identity.generate().to_public()])


def test_silent_corruption_caught_by_read_back(
    tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Corrupting:
        """A stick that acknowledges the write but stores one wrong bit."""

        def __init__(self, inner: io.BufferedWriter, at: int) -> None:
            self.inner, self.pos, self.at = inner, 0, at

        def write(self, data: bytes) -> int:
            buf = bytearray(data)
            if self.pos <= self.at < self.pos + len(buf):
                buf[self.at - self.pos] ^= 0x10
            self.pos += len(buf)
            return self.inner.write(bytes(buf))

        def flush(self) -> None:
            self.inner.flush()

    monkeypatch.setattr(backup_writer, "_output_filter", lambda fh: Corrupting(fh, 40_000))
    with pytest.raises(BackupReadBackError):
        write_backup(
            tmp_path,
            VAULT_INFO,
            RECORDS,
            _attachments(),
            recipients=keys.recipients,
            signing_key=keys.signer,
        )
    assert _files(tmp_path) == []


def test_read_only_folder(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    if getattr(os, "geteuid", lambda: -1)() == 0:
        # root ignores permission bits; fail like a read-only mount instead.
        def refuse(path: Path) -> int:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(backup_writer, "_open_exclusive", refuse)
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises(BackupFolderNotWritableError) as info:
            write_backup(folder, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=keys.signer)
        _assert_clean_error(info.value)
        assert _files(folder) == []
    finally:
        folder.chmod(0o700)


def test_never_overwrites(tmp_path: Path, keys: Keys) -> None:
    existing = tmp_path / "mine.izbackup"
    existing.write_bytes(b"precious")
    with pytest.raises(BackupExistsError):
        write_backup(existing, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=keys.signer)
    assert existing.read_bytes() == b"precious"
    # Two backups into one folder within the same second get distinct names.
    a = write_backup(tmp_path, VAULT_INFO, [], [], recipients=keys.recipients, signing_key=keys.signer)
    b = write_backup(tmp_path, VAULT_INFO, [], [], recipients=keys.recipients, signing_key=keys.signer)
    assert a.path != b.path and a.path.exists() and b.path.exists()
    assert len(_files(tmp_path)) == 3


def test_source_data_must_match(tmp_path: Path, keys: Keys) -> None:
    uuid = "11111111-2222-4333-8444-555555555555"
    good = b"photo bytes" * 1000
    bad_inputs = [
        (uuid, hashlib.sha256(b"other").hexdigest(), len(good), [good]),  # wrong checksum
        (uuid, hashlib.sha256(good).hexdigest(), len(good) + 1, [good]),  # too short
        (uuid, hashlib.sha256(good).hexdigest(), len(good) - 1, [good]),  # too long
    ]
    for bad in bad_inputs:
        with pytest.raises(SourceDataError):
            write_backup(
                tmp_path,
                VAULT_INFO,
                RECORDS,
                [bad],
                recipients=keys.recipients,
                signing_key=keys.signer,
            )
    invalid_requests = [
        dict(attachments=[("../../etc/passwd", "0" * 64, 0, [])]),
        dict(attachments=[("AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", "0" * 64, 0, [])]),
        dict(records=[["not", "an", "object"]]),
        dict(records=[{"x": float("nan")}]),
        dict(recipients=["age1notakey"]),
        dict(recipients=None),  # neither recipients nor passphrase
        dict(manifest_info={"no": "vault id"}),
    ]
    for change in invalid_requests:
        kwargs: dict = dict(
            manifest_info=VAULT_INFO,
            records=RECORDS,
            attachments=[],
            recipients=keys.recipients,
            signing_key=keys.signer,
        )
        kwargs.update(change)
        with pytest.raises(BackupInputError):
            write_backup(tmp_path, **kwargs)
    assert _files(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# Streaming memory bound
# ---------------------------------------------------------------------------------------------


def _peak_rss_kib() -> int | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def test_streaming_memory_bound(tmp_path: Path, keys: Keys) -> None:
    size = 64 * 1024 * 1024
    block = random.Random(5).randbytes(1024 * 1024)
    digest = hashlib.sha256()
    for _ in range(64):
        digest.update(block)

    def chunks() -> Iterator[bytes]:
        for _ in range(64):
            yield block

    uuid = "12345678-1234-4567-8123-456781234567"
    can_measure_rss = _reset_peak_rss()
    rss_before = _peak_rss_kib()
    tracemalloc.start()
    try:
        result = write_backup(
            tmp_path,
            VAULT_INFO,
            [],
            [(uuid, digest.hexdigest(), size, chunks())],
            recipients=keys.recipients,
            signing_key=keys.signer,
        )
        seen = hashlib.sha256()
        with read_backup(result.path, identities=[keys.hq], trusted_signers=keys.trusted) as rd:
            for att in rd.attachments():
                for piece in att.chunks():
                    seen.update(piece)
        _, python_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen.hexdigest() == digest.hexdigest()
    assert python_peak < 8 * 1024 * 1024, python_peak
    rss_after = _peak_rss_kib()
    if can_measure_rss and rss_before is not None and rss_after is not None:
        assert rss_after - rss_before < 24 * 1024, (rss_before, rss_after)


# ---------------------------------------------------------------------------------------------
# Keys and rotation
# ---------------------------------------------------------------------------------------------


def test_keygen_and_identity_file(tmp_path: Path, keys: Keys) -> None:
    key_file = tmp_path / "hq-key.age"
    public = keygen(key_file, PASSPHRASE)
    assert public.startswith("age1") and len(public) < 80
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert b"AGE-SECRET-KEY" not in key_file.read_bytes()
    identity = load_org_identity(key_file, PASSPHRASE)
    assert str(identity.to_public()) == public
    with pytest.raises(KeyFilePassphraseError) as info:
        load_org_identity(key_file, "wrong")
    _assert_clean_error(info.value)
    with pytest.raises(BackupExistsError):
        keygen(key_file, PASSPHRASE)
    # The public key works as a backup recipient and the loaded identity opens the backup.
    result = write_backup(tmp_path, VAULT_INFO, RECORDS[:2], [], recipients=[public], signing_key=keys.signer)
    assert _read_all(result.path, keys, identities=[identity])[0] == RECORDS[:2]


def test_signing_key_bytes_round_trip(keys: Keys) -> None:
    raw = signing_key_to_bytes(keys.signer)
    assert len(raw) == 32
    again = signing_key_from_bytes(raw)
    assert signer_fingerprint(again) == signer_fingerprint(keys.signer)
    for bad in (b"", b"x" * 31, "not bytes"):
        with pytest.raises(BackupInputError):
            signing_key_from_bytes(bad)  # type: ignore[arg-type]


def test_rotation_keeps_newest(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    base = datetime(2026, 1, 1, tzinfo=UTC)
    names = [backup_file_name(base + timedelta(days=d)) for d in range(5)]
    names.append(backup_file_name(base + timedelta(days=4), sequence=2))
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("keep me")
    (tmp_path / ".izdeu-backup-0123.tmp").write_bytes(b"")
    assert [p.name for p in list_backups(tmp_path)] == names
    assert rotate_backups(tmp_path, 2, dry_run=True) == [tmp_path / n for n in names[:4]]
    assert len(list_backups(tmp_path)) == 6
    removed = rotate_backups(tmp_path, 2)
    assert [p.name for p in removed] == names[:4]
    assert sorted(_files(tmp_path)) == sorted([*names[4:], "notes.txt", ".izdeu-backup-0123.tmp"])
    with pytest.raises(BackupInputError):
        rotate_backups(tmp_path, 0)


def test_backup_package_has_no_qt() -> None:
    root = Path(backup_writer.__file__).parent
    for source in root.glob("*.py"):
        text = source.read_text()
        assert "PySide" not in text and "PyQt" not in text, source


def test_publish_without_hard_links(tmp_path: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch):
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # what vfat answers

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "named.izbackup"
    result = write_backup(
        target, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=keys.signer
    )
    assert result.path == target and _files(tmp_path) == ["named.izbackup"]
    with pytest.raises(BackupExistsError):
        write_backup(target, VAULT_INFO, RECORDS, [], recipients=keys.recipients, signing_key=keys.signer)
    folder_result = write_backup(
        tmp_path, VAULT_INFO, [], [], recipients=keys.recipients, signing_key=keys.signer
    )
    assert folder_result.path.exists() and len(_files(tmp_path)) == 2


def test_file_swapped_between_passes(small_backup: Path, keys: Keys, tmp_path: Path) -> None:
    victim = tmp_path / "v.izbackup"
    victim.write_bytes(small_backup.read_bytes())
    other_records = [dict(r, n=-1) for r in RECORDS]
    other = write_backup(
        tmp_path / "other.izbackup",
        VAULT_INFO,
        other_records,
        _attachments(),
        recipients=keys.recipients,
        signing_key=keys.signer,
    )
    with read_backup(victim, identities=[keys.hq], trusted_signers=keys.trusted) as reader:
        # Same inode, new content: a genuine, signed backup, but not the one that was verified.
        with open(victim, "r+b") as fh:
            fh.write(other.path.read_bytes())
            fh.truncate()
        with pytest.raises(DamagedBackupError):
            list(reader.records())


def test_no_key_given(small_backup: Path, keys: Keys) -> None:
    with pytest.raises(BackupInputError):
        verify_backup(small_backup, trusted_signers=keys.trusted)
