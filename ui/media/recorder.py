"""Record / Pause / Resume / Stop, straight into the vault.

The sound arrives as 16-bit PCM from an :class:`~ui.media.audio_input.AudioSource` (push
mode); the GUI thread measures its peak for the meter and its length for the clock, and every
half second hands what came to :class:`app.media.RecordingSink` on the DB thread (``DbOp``: the
store belongs to that thread). The sink commits the encoded sound into the vault as it goes,
so nothing of a recording is ever in a file outside it, and a crash keeps what was committed.
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QIODevice, QTimer, Signal
from PySide6.QtMultimedia import QtAudio
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.errors import IzdeuError
from app.media import PcmFormat, RecordingSink
from app.model import Attachment
from ui.media.audio_input import (
    AudioBackend,
    AudioSource,
    InputDevice,
    QtAudioBackend,
    pcm_format,
    peak_level,
)
from ui.media.clock import clock
from ui.messages import user_message
from ui.ops import DbOp
from ui.tones import WARNING, set_tone
from ui.worker import DbSession, DbWorker

__all__ = ["RecorderPanel"]

FLUSH_MS = 500  # how often the PCM gathered goes to the DB thread
# No sound for this long while recording (not paused): the input is gone. Qt's PulseAudio input
# reports nothing when the sound server dies, it only stops delivering.
STALL_S = 3.0
IDLE, STARTING, RECORDING, PAUSED, STOPPING = range(5)


class _Take:
    """One recording as the DB thread holds it: the sink exists only there."""

    def __init__(self) -> None:
        self.sink: RecordingSink | None = None

    def begin(
        self, session: DbSession, case_uuid: str, fmt: PcmFormat, device: str, testimony: str, name: str
    ) -> None:
        self.sink = RecordingSink(
            session.store, case_uuid, fmt, device=device, testimony_uuid=testimony, name=name
        )

    def write(self, data: bytes) -> None:
        if self.sink is not None:
            self.sink.write(data)

    def stop(self) -> Attachment | None:
        """The finished attachment; also after a failed write (the part kept)."""
        return self.sink.stop() if self.sink is not None else None


class _Current:
    """The take being recorded, reachable after the panel is gone (a tab closed mid-recording)."""

    take: _Take | None = None


def _abandoned(worker: DbWorker, current: _Current) -> None:
    """The panel was deleted while recording: end the recording so the vault holds it finished
    (if the vault is locked already, the next open finishes it)."""
    take, current.take = current.take, None
    if take is not None:
        worker.submit(lambda _s: take.stop(), None, lambda _exc: None)


def _source_message(error: QtAudio.Error) -> str:
    if error == QtAudio.Error.OpenError:
        return QCoreApplication.translate(
            "RecorderPanel",
            "The microphone could not be opened: access to it was denied, or another program is using it.",
        )
    if error == QtAudio.Error.IOError:
        return QCoreApplication.translate("RecorderPanel", "The microphone stopped sending sound.")
    return QCoreApplication.translate("RecorderPanel", "The sound system failed.")


class RecorderPanel(QWidget):
    recorded = Signal(object)  # Attachment: in the vault, finished
    state_changed = Signal(int)

    def __init__(
        self,
        worker: DbWorker,
        case_uuid: str,
        testimony_uuid: Callable[[], str],
        backend: AudioBackend | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.case_uuid = case_uuid
        self._testimony_uuid = testimony_uuid
        self._backend: AudioBackend = backend or QtAudioBackend()
        self.state = IDLE
        self.recording_for = ""  # the testimony the last recording was started for
        self._source: AudioSource | None = None
        self._io: QIODevice | None = None
        self._current = _Current()
        current = self._current
        self.destroyed.connect(lambda: _abandoned(worker, current))
        self._pending = bytearray()
        self._frames = 0
        self._format = PcmFormat(48000, 1)
        self._failed = False
        self.stall_s = STALL_S
        self._last_sound = 0.0  # time.monotonic() of the last PCM while recording

        self.device = QComboBox()
        self.device.setObjectName("recordDevice")
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(18)
        self.device.activated.connect(self._device_chosen)
        self.record_button = QPushButton(self.tr("● Record"))
        self.record_button.setObjectName("recordButton")
        self.record_button.clicked.connect(self._record_clicked)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("recordPause")
        self.pause_button.clicked.connect(self.pause)
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setObjectName("recordStop")
        self.stop_button.clicked.connect(self.stop)
        self.level = QProgressBar()
        self.level.setObjectName("recordLevel")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(14)
        self.level.setAccessibleName(self.tr("Input level"))
        self.elapsed = QLabel(clock(0))
        self.elapsed.setObjectName("recordElapsed")
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, WARNING)
        self.message.hide()

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Microphone:")))
        row.addWidget(self.device, 1)
        row.addWidget(self.record_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.level, 1)
        row.addWidget(self.elapsed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._tick)
        self.refresh_devices()

    @property
    def _take(self) -> _Take | None:
        return self._current.take

    @_take.setter
    def _take(self, take: _Take | None) -> None:
        self._current.take = take

    # --- devices ---------------------------------------------------------------------------

    def set_backend(self, backend: AudioBackend) -> None:
        """Where the sound comes from (tests inject generated PCM; idle only)."""
        if self.state == IDLE:
            self._backend = backend
            self.device.clear()
            self.refresh_devices()

    def refresh_devices(self) -> None:
        inputs = self._backend.inputs()
        current = self.device.currentData()
        self.device.clear()
        for device in inputs:
            self.device.addItem(device.description or device.id, device.id)
        if not inputs:
            self.show_message(self.tr("No microphone was found. Connect one and open this case again."))
        elif self.state == IDLE:
            self.show_message("")
        self._buttons()
        if current is not None and self.device.findData(current) >= 0:
            self.device.setCurrentIndex(self.device.findData(current))
            return
        if not inputs:
            return
        default = self._backend.default_input()
        self._select(default)
        (
            DbOp(self, lambda s: s.store.audio_input())
            .success(lambda remembered: self._select(remembered or default))
            .failure(lambda _exc: None)  # the default microphone is no loss
            .run(self._worker)
        )

    def _select(self, device_id: str) -> None:
        index = self.device.findData(device_id)
        if index >= 0 and self.state == IDLE:
            self.device.setCurrentIndex(index)

    def _device_chosen(self, _index: int) -> None:
        device_id = self.device.currentData() or ""
        DbOp(self, lambda s: s.store.set_audio_input(device_id)).failure(self._report).run(self._worker)

    def _current_device(self) -> InputDevice | None:
        device_id = self.device.currentData()
        return next((d for d in self._backend.inputs() if d.id == device_id), None)

    # --- recording -------------------------------------------------------------------------

    def _record_clicked(self) -> None:
        if self.state == PAUSED:
            self.resume()
        elif self.state == IDLE:
            self.start()

    def start(self) -> None:
        device = self._current_device()
        if device is None:
            self.show_message(self.tr("No microphone was found. Connect one and open this case again."))
            return
        source = self._backend.open(device, self)
        io = source.start()
        if source.error() != QtAudio.Error.NoError or io is None:
            self.show_message(_source_message(source.error()))
            source.stop()
            return
        self.show_message("")
        self._source, self._io = source, io
        self._format = pcm_format(source.format())
        self._frames = 0
        self._failed = False
        self._pending.clear()
        self.elapsed.setText(clock(0))
        io.readyRead.connect(self._read)
        # No argument: PySide6 cannot hand a QtAudio.State to a Python slot ("Cannot call meta
        # function ... QAudio::State cannot be converted"), so such a slot is never called.
        source.stateChanged.connect(self._source_state)
        self._last_sound = time.monotonic()
        take = self._take = _Take()
        case_uuid, fmt, testimony = self.case_uuid, self._format, self._testimony_uuid()
        self.recording_for = testimony  # another testimony may be selected before it stops
        device_name = device.description
        # The name it is listed and exported under, in the interface's language.
        name = self.tr("recording %1.ogg").replace("%1", _dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S"))
        (
            DbOp(self, lambda s: take.begin(s, case_uuid, fmt, device_name, testimony, name))
            .failure(self._begin_failed)
            .run(self._worker)
        )
        self._set_state(RECORDING)
        self._flush_timer.start()

    def pause(self) -> None:
        if self.state != RECORDING or self._source is None:
            return
        self._read()
        self._source.suspend()
        self.level.setValue(0)
        self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state != PAUSED or self._source is None:
            return
        self._source.resume()
        self._last_sound = time.monotonic()  # the pause was no silence of the input
        self._set_state(RECORDING)

    def stop(self) -> None:
        if self.state not in (RECORDING, PAUSED):
            return
        if self.state == RECORDING:
            self._read()
        self._close_source()
        self._flush()
        self._finish()

    def _finish(self) -> None:
        take = self._take
        self._set_state(STOPPING)
        (
            DbOp(self, lambda _s: take.stop() if take is not None else None)
            .success(self._finished)
            .failure(self._stop_failed)
            .run(self._worker)
        )

    def _close_source(self) -> None:
        self._flush_timer.stop()
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stateChanged.disconnect(self._source_state)
            source.stop()
        self.level.setValue(0)

    def _read(self) -> None:
        if self._io is None:
            return
        data = bytes(self._io.readAll().data())
        if not data or self.state != RECORDING:
            return  # paused: what a suspended input still hands over is not recorded
        self._last_sound = time.monotonic()
        self._pending += data
        self._frames += len(data) // self._format.frame_bytes
        self.level.setValue(round(100 * peak_level(data)))
        self.elapsed.setText(clock(self.seconds * 1000))

    def _tick(self) -> None:
        self._read()
        if self.state == RECORDING and time.monotonic() - self._last_sound > self.stall_s:
            self._lost(QtAudio.Error.IOError)
            return
        self._flush()

    def _flush(self) -> None:
        if not self._pending or self._take is None or self._failed:
            return
        data, take = bytes(self._pending), self._take
        self._pending.clear()
        DbOp(self, lambda _s: take.write(data)).failure(self._write_failed).run(self._worker)

    @property
    def seconds(self) -> float:
        return self._frames / self._format.rate

    # --- endings ---------------------------------------------------------------------------

    def _finished(self, attachment: Attachment | None) -> None:
        self._take = None
        self._set_state(IDLE)
        if attachment is not None:
            self.recorded.emit(attachment)

    def _begin_failed(self, exc: BaseException) -> None:
        """Nothing was stored (the case is not in the vault yet, the format is unusable)."""
        self._failed = True
        self._close_source()
        self._take = None
        self._set_state(IDLE)
        self._report(exc)

    def _write_failed(self, exc: BaseException) -> None:
        if self._failed:
            return
        self._failed = True
        self._close_source()
        if isinstance(exc, IzdeuError) and exc.key == "media.recorder.disk_full_kept":
            self.show_message(user_message(exc))
        else:
            self.show_message(
                self.tr("The recording stopped: %1. The part already recorded is kept in the vault.").replace(
                    "%1", user_message(exc).rstrip(".")
                )
            )
        self._finish()

    def _stop_failed(self, exc: BaseException) -> None:
        # Left open in the vault: finished, with its real length, at the next open.
        self._take = None
        self._set_state(IDLE)
        if not self._failed:
            self._report(exc)

    def _source_state(self) -> None:
        """The microphone went away or failed while recording: keep what came until then."""
        source = self._source
        if source is None or source.state() != QtAudio.State.StoppedState:
            return
        if source.error() != QtAudio.Error.NoError:
            self._lost(source.error())

    def _lost(self, error: QtAudio.Error) -> None:
        """End the recording on a failed or silent input, the part recorded kept."""
        message = _source_message(error)
        self._read()
        self._close_source()
        self._flush()
        self.show_message(message + " " + self.tr("The part already recorded is kept in the vault."))
        self._finish()

    # --- showing ---------------------------------------------------------------------------

    def _report(self, exc: BaseException) -> None:
        self.show_message(user_message(exc))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_state(self, state: int) -> None:
        self.state = state
        self._buttons()
        self.state_changed.emit(state)

    def _buttons(self) -> None:
        has_device = self.device.count() > 0
        self.record_button.setText(self.tr("● Resume") if self.state == PAUSED else self.tr("● Record"))
        self.record_button.setEnabled(has_device and self.state in (IDLE, PAUSED))
        self.pause_button.setEnabled(self.state == RECORDING)
        self.stop_button.setEnabled(self.state in (RECORDING, PAUSED))
        self.device.setEnabled(has_device and self.state == IDLE)
        if self.state == IDLE:
            self.level.setValue(0)
