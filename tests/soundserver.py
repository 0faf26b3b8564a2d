"""A private PulseAudio server for the tests that record through the real Qt audio path.

CI machines have no sound card. The server runs as the test user with no system configuration
(``-n``): its own runtime, state and home folders under one temp dir, a null sink as the only
output, and ``izdeu_voice`` — a source remapped from the null sink's monitor — as the only input.
A feeder thread plays known audio into the null sink through ``pacat`` (generated speech from
``espeak-ng``, with a tone under it), so the virtual microphone carries real, non-silent sound
at the pace of the sink's clock. Clients reach it through ``PULSE_SERVER``; autospawn is off, so
nothing else is ever started. When any piece is missing the fixture skips, saying which.

Use the ``sound_server`` fixture (session-scoped) or :class:`SoundServer` directly for a server
a test may stop.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["SoundServer", "SoundServerUnavailable", "sound_server", "SPEECH", "RATE"]

RATE = 48000
SINK = "izdeu_null"
SOURCE = "izdeu_voice"
# Fictional words, spoken by espeak-ng: what the virtual microphone hears.
SPEECH = "This is a fictional test statement, recorded by the Izdeu tests. One, two, three."
TOOLS = ("pulseaudio", "pactl", "pacat", "espeak-ng")
START_TIMEOUT_S = 10.0


class SoundServerUnavailable(RuntimeError):
    """Why no server could start (the tests that need one skip with this message)."""


def speech_pcm(text: str = SPEECH, rate: int = RATE) -> bytes:
    """``text`` spoken by espeak-ng over a quiet 440 Hz tone, as mono int16 PCM at ``rate``:
    no stretch of it is silent, so any 0.2 s a recording takes of it has a clear level."""
    # Imported here: conftest.py imports this module for every test run.
    import numpy as np
    import soundfile as sf

    try:
        wav = subprocess.run(
            ["espeak-ng", "--stdout", text], capture_output=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise SoundServerUnavailable(f"espeak-ng could not speak: {exc}") from None
    voice, voice_rate = sf.read(io.BytesIO(wav), dtype="float32")
    if voice.ndim > 1:
        voice = voice.mean(axis=1)
    # Resampled by linear interpolation: good enough for test audio, no resampler needed.
    n = int(len(voice) * rate / voice_rate)
    voice = np.interp(np.arange(n) * voice_rate / rate, np.arange(len(voice)), voice)
    tone = 0.1 * np.sin(2 * np.pi * 440.0 * np.arange(n) / rate)
    mixed = np.clip(0.7 * voice + tone, -1.0, 1.0)
    return (mixed * 32767).astype("<i2").tobytes()


class SoundServer:
    """One private PulseAudio server in ``root`` (created, and removed by :meth:`stop`)."""

    sink = SINK
    source = SOURCE

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="izdeu-pulse-"))
        self.runtime = self.root / "run"
        self.socket = self.runtime / "native"
        self.client_config = self.root / "client.conf"
        self.log = self.root / "pulseaudio.log"
        self._server: subprocess.Popen[bytes] | None = None
        self._feeder: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._loop = b""
        self.default_audio = b""
        self._lock = threading.Lock()

    # -- environment -----------------------------------------------------------------------
    @property
    def env(self) -> dict[str, str]:
        """What a client (Qt, pactl, a child process) needs to use this server and no other."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_CLIENTCONFIG": str(self.client_config),
            "PULSE_RUNTIME_PATH": str(self.runtime),
            "PULSE_STATE_PATH": str(self.root / "state"),
            "PULSE_COOKIE": str(self.root / "cookie"),
        }

    def _server_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
        env.update(self.env)
        env["HOME"] = str(self.root / "home")
        env["XDG_RUNTIME_DIR"] = str(self.runtime)
        env["XDG_CONFIG_HOME"] = str(self.root / "home" / ".config")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return env

    # -- life --------------------------------------------------------------------------------
    def start(self, audio: bytes | None = None) -> SoundServer:
        missing = [t for t in TOOLS if shutil.which(t) is None]
        if missing:
            raise SoundServerUnavailable(
                f"not installed: {', '.join(missing)} (make sysdeps installs pulseaudio, "
                "pulseaudio-utils and espeak-ng)"
            )
        for d in (self.runtime, self.root / "state", self.root / "home"):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.client_config.write_text("autospawn = no\n", encoding="utf-8")
        self.default_audio = audio if audio is not None else speech_pcm()
        self._loop = self.default_audio
        command = [
            "pulseaudio",
            "-n",  # no default.pa: only the modules below, no hardware, no system config
            "--daemonize=no",
            "--use-pid-file=no",
            "--exit-idle-time=-1",
            "--disable-shm=yes",  # audio goes over the socket: no shared-memory files
            "--log-target=stderr",
            "--log-level=error",
            "-L",
            f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
            "-L",
            f"module-null-sink sink_name={SINK} rate={RATE} channels=1",
            "-L",
            f"module-remap-source master={SINK}.monitor source_name={SOURCE} "
            "source_properties=device.description=Izdeu-test-voice",
        ]
        with open(self.log, "wb") as log:
            self._server = subprocess.Popen(
                command, cwd=self.root, env=self._server_env(), stdout=log, stderr=log
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._ready():
            if self._server.poll() is not None or time.monotonic() > deadline:
                reason = self.log.read_text(errors="replace").strip()[-600:] or "no output"
                self.stop()
                raise SoundServerUnavailable(f"pulseaudio did not start: {reason}")
            time.sleep(0.1)
        self._start_feeder()
        return self

    def _ready(self) -> bool:
        if not self.socket.exists():
            return False
        probe = self.pactl("list", "short", "sources", check=False)
        return probe.returncode == 0 and SOURCE in probe.stdout

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self._server_env(), capture_output=True, text=True, timeout=10, check=check
        )

    def _start_feeder(self) -> None:
        self._feeder = subprocess.Popen(
            [
                "pacat",
                "--playback",
                f"--device={SINK}",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--raw",
                "--latency-msec=50",
            ],
            env=self._server_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._feed, name="pulse-feeder", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        """Loop the audio into pacat; its pipe blocks when the sink is a little ahead, so the
        sink's clock sets the pace."""
        feeder = self._feeder
        assert feeder is not None and feeder.stdin is not None
        block = RATE // 10 * 2
        position = 0
        while not self._stopping.is_set():
            with self._lock:
                loop = self._loop
            if position >= len(loop):
                position = 0
            try:
                feeder.stdin.write(loop[position : position + block])
                feeder.stdin.flush()
            except (BrokenPipeError, ValueError, OSError):
                return
            position += block

    def play(self, pcm: bytes) -> None:
        """From now on the microphone hears ``pcm`` (48 kHz mono int16), looped."""
        with self._lock:
            self._loop = pcm

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.poll() is None

    def kill_server(self) -> None:
        """The sound server goes away under its clients (as when the sound system dies)."""
        if self._server is not None and self._server.poll() is None:
            self._server.kill()
            self._server.wait(timeout=10)

    def stop(self) -> None:
        """Stop the feeder and the server, remove every file they had."""
        self._stopping.set()
        for proc in (self._feeder, self._server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
        if self._feeder is not None and self._feeder.stdin is not None:
            try:
                self._feeder.stdin.close()
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def sound_server() -> Iterator[SoundServer]:
    """The session's private server; skips (with the reason) when none can start."""
    server = SoundServer()
    try:
        server.start()
    except SoundServerUnavailable as exc:
        server.stop()
        pytest.skip(f"no private PulseAudio server: {exc}")
    try:
        yield server
    finally:
        server.stop()
