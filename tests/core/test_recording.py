"""Recordings streamed into the vault as they are made (app/media): decoded back to their
length, pause and resume, a full disk, kill -9 in the middle, and nothing of it on disk."""

from __future__ import annotations

import hashlib
import io
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import soundfile as sf

from app.errors import InvalidInputError, StorageError
from app.media import PcmFormat, RecordingSink, attachment_stream, recover_unfinished
from app.media.tone import tone_pcm
from app.model import Case, Testimony
from app.store import Store
from app.vault import Vault
from tests.helpers import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
FMT = PcmFormat(48000, 1)


@pytest.fixture
def case(store: Store) -> Case:
    case = Case(case_number="IZ-REC-1")
    store.save(case)
    return case


def _feed(sink: RecordingSink, seconds: float, block: float = 0.1, rate: int = 48000) -> None:
    frame = 0
    for _ in range(round(seconds / block)):
        sink.write(tone_pcm(block, rate, start=frame))
        frame += round(block * rate)


def _decoded(store: Store, uuid: str) -> tuple[float, bytes]:
    data = b"".join(store.attachment_chunks(uuid))
    audio, rate = sf.read(io.BytesIO(data), dtype="int16")
    return len(audio) / rate, data


def test_record_stop_is_in_the_vault_and_decodes_to_its_length(store: Store, case: Case) -> None:
    testimony = Testimony(case_uuid=case.uuid, original_text="(fictional)")
    store.save(testimony)
    sink = RecordingSink(store, case.uuid, FMT, device="Null Input (test)", testimony_uuid=testimony.uuid)
    _feed(sink, 7.0)
    # Committed while recording, before stop: a crash now keeps these seconds.
    assert store.attachment_chunk_index(sink.uuid)
    attachment = sink.stop()
    seconds, data = _decoded(store, attachment.uuid)
    assert abs(seconds - 7.0) < 0.2
    assert abs(attachment.duration_ms / 1000 - seconds) < 0.2
    assert attachment.sha256 == hashlib.sha256(data).hexdigest() and attachment.size == len(data)
    stored = store.load_case(case.uuid)
    (att,) = stored.attachments
    assert att.recording_state == "complete" and att.recorded_with == "Null Input (test)"
    assert att.media_type == "audio/ogg; codecs=opus" and att.recording_started
    assert stored.testimonies[0].attachment_uuids == [att.uuid]


def test_pause_leaves_no_gap_and_resume_goes_on(store: Store, case: Case) -> None:
    """Pausing is not feeding: the recording is the sum of the parts recorded."""
    sink = RecordingSink(store, case.uuid, FMT)
    _feed(sink, 3.0)
    # (paused: the input is not read for a while)
    _feed(sink, 2.5)
    attachment = sink.stop()
    seconds, _ = _decoded(store, attachment.uuid)
    assert abs(seconds - 5.5) < 0.2


def test_odd_blocks_and_stereo_44k_are_encoded_whole(store: Store, case: Case) -> None:
    """Blocks that split a frame, at a rate Opus does not take (Vorbis then)."""
    fmt = PcmFormat(44100, 2)
    sink = RecordingSink(store, case.uuid, fmt)
    pcm = tone_pcm(4.0, 44100, channels=2)
    for i in range(0, len(pcm), 4093):
        sink.write(pcm[i : i + 4093])
    attachment = sink.stop()
    assert attachment.media_type == "audio/ogg; codecs=vorbis"
    seconds, _ = _decoded(store, attachment.uuid)
    assert abs(seconds - 4.0) < 0.2


def test_an_unusable_format_is_refused_before_anything_is_stored(store: Store, case: Case) -> None:
    with pytest.raises(InvalidInputError) as err:
        RecordingSink(store, case.uuid, PcmFormat(48000, 6))
    assert err.value.key == "media.encoder.unsupported_format"
    assert store.load_case(case.uuid).attachments == []


def test_disk_full_keeps_the_recorded_part_with_a_clear_error(
    store: Store, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    sink = RecordingSink(store, case.uuid, FMT)
    _feed(sink, 6.5)
    kept = store.attachment_chunk_index(sink.uuid)
    assert kept

    def full(*args: object) -> None:
        raise StorageError("vault.disk_full")

    monkeypatch.setattr(store, "append_recording_chunk", full)
    with pytest.raises(StorageError) as err:
        _feed(sink, 3.0)
    assert err.value.key == "media.recorder.disk_full_kept"
    assert "disk is full" in str(err.value)
    # Nothing more is attempted, and stop gives what the vault holds.
    sink.write(tone_pcm(1.0))
    attachment = sink.stop()
    assert attachment.recording_state == "recovered"
    assert store.attachment_chunk_index(sink.uuid) == kept
    seconds, data = _decoded(store, sink.uuid)
    assert 4.0 < seconds <= 6.6
    assert abs(attachment.duration_ms / 1000 - seconds) < 0.2
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()


def test_seekable_reader_reads_any_range_across_chunks(store: Store, case: Case) -> None:
    sink = RecordingSink(store, case.uuid, FMT)
    _feed(sink, 9.0)
    sink.stop()
    whole = b"".join(store.attachment_chunks(sink.uuid))
    stream = attachment_stream(store, sink.uuid)
    assert stream.size == len(whole) and len(store.attachment_chunk_index(sink.uuid)) > 2
    for start, size in ((0, 10), (len(whole) - 5, 100), (1000, 30000), (len(whole), 5)):
        assert stream.read_at(start, size) == whole[start : start + size]
    stream.seek(-7, io.SEEK_END)
    assert stream.read() == whole[-7:]
    # libsndfile seeks in it to decode from the middle.
    with sf.SoundFile(attachment_stream(store, sink.uuid)) as f:
        f.seek(f.frames // 2)
        assert len(f.read(4800, dtype="int16")) == 4800


CHILD = """
import sys, time
from app.vault import Vault
from app.store import Store
from app.media import PcmFormat, RecordingSink
from app.media.tone import tone_pcm
from tests.helpers import FAST_KDF
vault = Vault.open(sys.argv[1], sys.argv[2], params=FAST_KDF)
store = Store(vault)
sink = RecordingSink(store, sys.argv[3], PcmFormat(48000, 1), device="pipe")
frame = 0
while True:
    before = sink.committed_bytes
    sink.write(tone_pcm(0.1, start=frame))
    frame += 4800
    if sink.committed_bytes != before:
        print(f"{frame / 48000:.3f}", flush=True)
    time.sleep(0.005)
"""


@pytest.mark.slow
def test_kill_9_during_recording_keeps_a_playable_recording(tmp_path: Path) -> None:
    path = tmp_path / "rec.izdeu"
    with Vault.create(path, PASSPHRASE, params=FAST_KDF) as vault:
        case = Case(case_number="IZ-REC-9")
        Store(vault).save(case)
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSPHRASE, case.uuid],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        proc.send_signal(signal.SIGKILL)
        _, errors = proc.communicate()
    assert all(lines), errors[-2000:]
    assert proc.returncode == -signal.SIGKILL
    committed = [float(line) for line in lines]
    with Vault.open(path, PASSPHRASE, params=FAST_KDF) as vault:
        store = Store(vault)
        (open_one,) = store.unfinished_recordings()
        (recovered,) = recover_unfinished(store)
        assert store.unfinished_recordings() == []
        assert recovered.uuid == open_one.uuid and recovered.recording_state == "recovered"
        seconds, data = _decoded(store, recovered.uuid)
        # At least what was committed before the last report (the encoder keeps up to a second
        # back), and its recorded length is the decoded one.
        assert committed[-1] - 1.5 <= seconds <= committed[-1] + 2.5
        assert abs(recovered.duration_ms / 1000 - seconds) < 0.2
        assert recovered.sha256 == hashlib.sha256(data).hexdigest() and recovered.size == len(data)
        report = store.check()
        assert report.ok
