"""Records from a real audio input through QtMultimedia into a vault: run as a child process
(``python -m tests.qt_record``) by the tests that use the private PulseAudio server, so each
run gets its own Qt audio backend connected to the server its environment names.

QAudioSource (push mode) → the PCM blocks it delivers → app.media.RecordingSink, following a
plan of steps: ``record:S`` feeds S seconds of delivered audio, ``pause:S`` suspends the input
for S seconds of wall time. Prints ``started`` once the first audio is in the vault, and at the
end one JSON line: what was fed, what Qt reported, the attachment. An input that fails (device
gone, server gone) ends the recording there: what was recorded is finished in the vault, never
left half-written. Nothing here writes a file. With ``--canary`` the recording is read back and
deleted, and slices of its encoded bytes are printed for tests/core/test_canary.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QIODevice, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from app.errors import IzdeuError
from app.media import PcmFormat, RecordingSink, attachment_stream
from app.store import Store
from app.vault import KdfParams, Vault

__all__ = ["main"]

RATE = 48000
TICK_MS = 20
# No audio for this long while the input says it is active: the input is gone.
STALL_S = 3.0
# Blocks captured before suspend() may still be handed over this long after it.
PAUSE_SETTLE_S = 0.5
FAST_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)


def _find_input(name: str) -> QAudioDevice | None:
    for device in QMediaDevices.audioInputs():
        if bytes(device.id().data()).decode(errors="replace") == name:
            return device
    return None


class Run:
    def __init__(
        self, app: QCoreApplication, store: Store, case_uuid: str, plan: list[tuple[str, float]]
    ) -> None:
        self.app = app
        self.store = store
        self.case_uuid = case_uuid
        self.plan = plan
        self.step = 0
        self.step_started = time.monotonic()
        self.step_fed_from = 0.0
        self.sink: RecordingSink | None = None
        self.source: QAudioSource | None = None
        self.io: QIODevice | None = None
        self.result: dict[str, Any] = {"error": "", "qt_error": "", "states": [], "paused_delivered": 0}
        self.last_audio = time.monotonic()
        self.started_wall = 0.0
        self.pcm_probe = b""
        self.done = False

    def start(self, device: QAudioDevice) -> None:
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.device_name = device.description()
        self.source = QAudioSource(device, fmt)
        self.io = self.source.start()
        self.started_wall = time.monotonic()
        self.last_audio = self.started_wall
        timer = QTimer(self.app)
        timer.timeout.connect(self.tick)
        timer.start(TICK_MS)
        self.timer = timer

    def _note_state(self) -> None:
        assert self.source is not None
        state = self.source.state().name
        if not self.result["states"] or self.result["states"][-1] != state:
            self.result["states"].append(state)

    def tick(self) -> None:
        assert self.source is not None and self.io is not None
        self._note_state()
        if self.source.error() != QtAudio.Error.NoError:
            self.finish(f"input: {self.source.error().name}")
            return
        data = bytes(self.io.readAll().data())
        action, amount = self.plan[self.step]
        now = time.monotonic()
        if data:
            self.last_audio = now
            if action == "pause" and now - self.step_started > PAUSE_SETTLE_S:
                # Audio still arriving well after suspend(): the input did not pause.
                self.result["paused_delivered"] += len(data)
            # What arrives just after suspend() was captured before it: it is kept.
            self.write(data)
        elif self.source.state() == QtAudio.State.ActiveState and now - self.last_audio > STALL_S:
            self.finish("input: stalled")
            return
        if self.sink is None and action == "record":
            return  # the input has not delivered anything yet: the step starts with the audio
        if action == "record" and self.sink is not None and self.sink.seconds - self.step_fed_from >= amount:
            self.next_step()
        elif action == "pause" and now - self.step_started >= amount:
            self.source.resume()
            self.last_audio = now
            self.next_step()

    def write(self, data: bytes) -> None:
        try:
            if self.sink is None:
                self.sink = RecordingSink(
                    self.store, self.case_uuid, PcmFormat(RATE, 1), device=self.device_name
                )
                self.step_fed_from = 0.0
                print("started", flush=True)
            self.sink.write(data)
        except IzdeuError as exc:
            self.finish(f"vault: {exc.key}")
            return
        if len(self.pcm_probe) < 4 * RATE:
            self.pcm_probe += data

    def next_step(self) -> None:
        assert self.source is not None
        self.step += 1
        self.step_started = time.monotonic()
        self.step_fed_from = self.sink.seconds if self.sink is not None else 0.0
        if self.step >= len(self.plan):
            self.finish("")
            return
        if self.plan[self.step][0] == "pause":
            self.source.suspend()
            print("paused", flush=True)

    def finish(self, error: str) -> None:
        if self.done:
            return
        self.done = True
        self.timer.stop()
        if self.source is not None:
            self.result["qt_error"] = self.source.error().name
            self.source.stop()
        self.result["error"] = error
        self.result["wall_s"] = time.monotonic() - self.started_wall
        if self.sink is not None:
            attachment = self.sink.stop()
            self.result.update(
                fed_seconds=self.sink.seconds,
                attachment=attachment.uuid,
                sha256=attachment.sha256,
                duration_ms=attachment.duration_ms,
                # A slice of what the input delivered, for the canary test to look for.
                pcm_probe=self.pcm_probe[RATE : RATE + 64].hex(),
            )
        self.app.quit()


def _read_back_and_delete(store: Store, case_uuid: str, result: dict[str, Any]) -> None:
    """Play it back through the reader (as the player does), note what the canary test looks
    for — slices of the encoded stream, unique to it by its Ogg serial number — and delete it."""
    uuid = result["attachment"]
    encoded = attachment_stream(store, uuid).read() or b""
    middle = len(encoded) // 2
    result["encoded_probes"] = [encoded[middle : middle + 48].hex(), encoded[:58].hex()]
    store.delete("attachment", uuid)
    store.delete("case", case_uuid)


def _plan(text: str) -> list[tuple[str, float]]:
    steps = []
    for part in text.split(","):
        action, _, amount = part.partition(":")
        if action not in ("record", "pause"):
            raise SystemExit(f"unknown step {action!r}")
        steps.append((action, float(amount)))
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault")
    parser.add_argument("case_uuid")
    parser.add_argument("--source", required=True, help="the input's id (a PulseAudio source name)")
    parser.add_argument("--plan", default="record:3")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument(
        "--canary",
        action="store_true",
        help="then print slices of the encoded stream and delete the recording and its case",
    )
    args = parser.parse_args(argv)
    passphrase = sys.stdin.readline().rstrip("\n")
    app = QCoreApplication([])
    device = _find_input(args.source)
    if device is None:
        inputs = [bytes(d.id().data()).decode(errors="replace") for d in QMediaDevices.audioInputs()]
        print(json.dumps({"error": "no such input", "inputs": inputs}), flush=True)
        return 3
    with Vault.open(args.vault, passphrase, params=FAST_KDF) as vault:
        run = Run(app, Store(vault, actor="qt-record"), args.case_uuid, _plan(args.plan))
        run.start(device)
        QTimer.singleShot(round(args.timeout * 1000), lambda: run.finish("timeout"))
        app.exec()
        if args.canary and run.result.get("attachment"):
            _read_back_and_delete(run.store, args.case_uuid, run.result)
    print(json.dumps(run.result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
