"""Recordings and audio/video files in a dossier's evidence list: each with its length (stored,
or decoded for an imported file), its format and SHA-256, read back with pdftotext; the audio
itself is never put in the PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pypdf import PdfReader

from app.dossier.builder import Dossier, DossierOptions, build_dossier, load_source
from app.media import PcmFormat, RecordingSink, recover_unfinished
from app.media.tone import tone_pcm
from app.model import Case, Name
from app.store import Store

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _pdftotext(dossier: Dossier, tmp: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp / f"{dossier.sha256[:12]}.pdf"
    path.write_bytes(dossier.pdf)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", " ", out.stdout.translate(BIDI_CONTROLS))


def _record(store: Store, case_uuid: str, seconds: float, name: str, *, finish: bool = True) -> str:
    sink = RecordingSink(store, case_uuid, PcmFormat(48000, 1), device="Fictional USB microphone", name=name)
    frame = 0
    for _ in range(round(seconds / 0.1)):
        sink.write(tone_pcm(0.1, start=frame))
        frame += 4800
    if finish:
        sink.stop()
    return sink.uuid


def _ogg(seconds: float) -> bytes:
    out = io.BytesIO()
    sf.write(out, np.zeros(int(seconds * 44100), dtype="int16"), 44100, format="OGG", subtype="VORBIS")
    return out.getvalue()


@pytest.fixture
def case_with_media(store: Store) -> Case:
    case = Case(case_number="IZ-MEDIA-1")
    case.person.names = [Name("Айгүл Тестова", "kk-Cyrl")]  # fictional
    store.save(case)
    _record(store, case.uuid, 3.0, "interview part 1.ogg")  # 3 s made in Izdeu
    _record(
        store, case.uuid, 7.0, "interview part 2.ogg", finish=False
    )  # a crash: left open, finished at the next open
    assert len(recover_unfinished(store)) == 1
    store.add_attachment(case.uuid, io.BytesIO(_ogg(4.5)), "family voice message.ogg", media_type="audio/ogg")
    store.add_attachment(case.uuid, io.BytesIO(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 400), "clip.mp4")
    return case


def test_evidence_lists_each_recording_with_length_format_and_sha256(
    store: Store, case_with_media: Case, tmp_path: Path
) -> None:
    attachments = {a.original_name: a for a in store.load_case(case_with_media.uuid).attachments}
    source = load_source(store, case_with_media.uuid)
    dossier = build_dossier(source, DossierOptions(lang="en"))
    text = _pdftotext(dossier, tmp_path)
    evidence = text[text.index("Evidence") :]
    assert "Audio and video files are listed only; they are not reproduced in this document." in evidence
    made = [a for a in attachments.values() if a.recording_started]
    complete = next(a for a in made if a.recording_state == "complete")
    recovered = next(a for a in made if a.recording_state == "recovered")
    # Each entry: name, type, size, length, how it was made, the full fingerprint.
    for attachment in attachments.values():
        assert attachment.original_name in evidence
        assert f"SHA-256: {attachment.sha256}" in evidence
        assert f"Type: {attachment.media_type}" in evidence
    entry = evidence[evidence.index(complete.original_name) :]
    assert entry.index("Duration: 0:03 (3.0 s)") < entry.index(complete.sha256)
    assert "Recorded in Izdeu, started " + complete.recording_started[:10] in entry
    assert "input: Fictional USB microphone" in entry
    entry = evidence[evidence.index(recovered.original_name) :]
    seconds = recovered.duration_ms / 1000
    assert 3.0 <= seconds <= 7.1  # what was committed before the "crash"
    assert f"Duration: 0:0{int(seconds)} ({seconds:.1f} s)" in entry
    assert "The recording was interrupted; this is the part that was saved." in entry
    # The imported file has no stored length: decoded from the vault's bytes.
    imported = attachments["family voice message.ogg"]
    assert imported.duration_ms == 0 and source.durations[imported.uuid] == pytest.approx(4.5, abs=0.05)
    entry = evidence[evidence.index("family voice message.ogg") :]
    assert entry.index("Duration: 0:04 (4.5 s)") < entry.index(imported.sha256)
    assert "Recorded in Izdeu" not in entry[: entry.index(imported.sha256)]
    # A video that cannot be decoded here is still listed, with no length.
    clip = attachments["clip.mp4"]
    entry = evidence[evidence.index("clip.mp4") :]
    assert clip.media_type.startswith("video/") and "Duration: —" in entry
    # Nothing of the audio is in the PDF: no embedded files, no Ogg pages.
    reader = PdfReader(io.BytesIO(dossier.pdf))
    assert "/Names" not in reader.trailer["/Root"] and not reader.attachments
    assert b"OggS" not in dossier.pdf
    chunks = b"".join(store.attachment_chunks(complete.uuid))
    assert chunks[200:264] not in dossier.pdf


def test_russian_and_kazakh_dossiers_word_the_recording_lines(
    store: Store, case_with_media: Case, tmp_path: Path
) -> None:
    source = load_source(store, case_with_media.uuid)
    ru = _pdftotext(build_dossier(source, DossierOptions(lang="ru")), tmp_path)
    assert "Длительность: 0:03 (3.0 s)" in ru and "Записано в Izdeu, начало" in ru
    assert "Запись была прервана" in ru and "Аудио- и видеофайлы только перечислены" in ru
    kk = _pdftotext(build_dossier(source, DossierOptions(lang="kk")), tmp_path)
    assert "Ұзақтығы: 0:03 (3.0 s)" in kk and "Izdeu-де жазылған" in kk and "Жазба үзілді" in kk


def test_a_case_without_audio_has_no_recording_lines(store: Store, tmp_path: Path) -> None:
    case = Case(case_number="IZ-MEDIA-2")
    store.save(case)
    store.add_attachment(case.uuid, io.BytesIO(b"%PDF-1.4 fictional scan"), "scan.pdf")
    text = _pdftotext(build_dossier(load_source(store, case.uuid), DossierOptions(lang="en")), tmp_path)
    assert "scan.pdf" in text and "Duration" not in text and "Audio and video" not in text
