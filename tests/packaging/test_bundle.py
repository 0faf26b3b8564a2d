"""The built PyInstaller bundle: its self-test, the desktop app's start-up, install.sh.

Uses the bundle in $IZDEU_BUNDLE (``make package-test`` sets it to build/package), or builds
one into a temporary folder when PyInstaller is installed (about a minute); skipped otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
from app import selftest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("IZDEU_BUNDLE")
    if given:
        folder = Path(given).resolve()
        if not (folder / "izdeu").exists():
            folder = folder / f"izdeu-{app.__version__}"
        if not (folder / "izdeu").exists():
            pytest.fail(f"IZDEU_BUNDLE={given}: no izdeu program there (run make package first)")
        yield folder
        return
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed; `make package-test` builds and tests the bundle")
    work = tmp_path_factory.mktemp("package")
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive", "--work", str(work)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        pytest.fail(f"packaging/build.py failed:\n{built.stderr[-4000:]}")
    yield work / f"izdeu-{app.__version__}"


def env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no venv, no source tree on the path, an empty home."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "TMPDIR": str(tmp_path),
        "IZDEU_HOME": str(tmp_path / "izdeu-data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **extra,
    }


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle / "izdeu"), "--version"],
        capture_output=True,
        text=True,
        env=env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert result.stdout.strip() == f"izdeu {app.__version__}", result.stderr


def test_self_test_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    result = subprocess.run(
        [str(bundle / "izdeu"), "--self-test"],
        capture_output=True,
        text=True,
        env=env(tmp_path),
        cwd=tmp_path,
        timeout=300,
    )
    seconds = time.monotonic() - started
    lines = result.stdout.splitlines()
    assert "bundled" in lines[0], result.stdout + result.stderr
    status = {line.split()[1]: line.split()[0] for line in lines[1:-1]}
    assert list(status) == list(selftest.STEPS), result.stdout
    print(f"bundled self-test: {seconds:.1f} s wall")
    assert set(status.values()) == {"PASS"} and result.returncode == 0, result.stdout + result.stderr
    assert list(tmp_path.glob("izdeu-selftest-*")) == []
    assert not (tmp_path / "izdeu-data").exists()


def test_desktop_app_starts_to_its_first_window(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "first-window.png"
    started = time.monotonic()
    result = subprocess.run(
        [str(bundle / "izdeu")],
        capture_output=True,
        text=True,
        env=env(
            tmp_path,
            IZDEU_STARTUP_PROBE="1",
            IZDEU_STARTUP_PROBE_SHOT=str(shot),
            IZDEU_STARTUP_PROBE_IMPORTS="1",
        ),
        cwd=tmp_path,
        timeout=120,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    probe = [x for x in result.stdout.splitlines() if x.startswith("startup-probe:")]
    assert probe, result.stdout + result.stderr
    assert "windows shown: none" not in probe[0]
    # Every module of app/ and ui/ imports in the bundle (nothing excluded that a dialog needs).
    assert len(probe) == 2 and probe[1].startswith("startup-probe: imports ok"), probe
    print(f"bundled start to first window: {seconds:.2f} s wall; {probe[0]}")
    from PIL import Image

    with Image.open(shot) as picture:  # drawn by the bundled Qt, with the bundled fonts
        assert picture.width > 300 and picture.height > 200
        grey_levels = picture.convert("L").getcolors(256) or []
        assert len(grey_levels) > 10  # text, not a blank window


def test_unused_qt_parts_are_left_out_and_resources_are_in(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = [p.name for p in internal.rglob("*")]
    for unwanted in (
        "libQt6Qml",
        "libQt6Quick",
        "libQt6WebEngine",
        "libQt63D",
        "libQt6MultimediaQuick",
        "libQt6Designer",
    ):
        assert not [n for n in names if n.startswith(unwanted)], unwanted
    # Recording and playback (ui/media): Qt Multimedia and its FFmpeg backend are in.
    assert "libffmpegmediaplugin.so" in names and [n for n in names if n.startswith("libQt6Multimedia.")]
    resources = internal / "resources"
    assert sorted(p.name for p in (resources / "fonts").iterdir()) == sorted(
        p.name for p in (ROOT / "resources" / "fonts").iterdir()
    )
    assert (resources / "icons" / "izdeu.png").is_file()
    sources = {p.stem for p in (ROOT / "resources" / "translations").glob("*.ts")}
    assert {p.stem for p in (resources / "translations").glob("*.qm")} == sources
    assert not list(resources.rglob("*.ts"))
    assert (internal / "app" / "vault" / "migrations").is_dir()


def test_no_symbolic_links_so_it_survives_a_fat_stick(bundle: Path) -> None:
    assert [p for p in bundle.rglob("*") if p.is_symlink()] == []


def test_licences_of_what_is_bundled_are_included(bundle: Path) -> None:
    licences = bundle / "licenses"
    index = (licences / "README.txt").read_text(encoding="utf-8")
    for name in (
        "Python",
        "PySide6_Essentials",
        "sqlcipher3",
        "reportlab",
        "pyrage",
        "Pillow",
        "cryptography",
        "uharfbuzz",
        "pyinstaller",
    ):
        assert name.lower() in index.lower(), name
    assert (licences / "PySide6_Essentials" / "LGPL-3.0.txt").is_file()
    assert "no licence file" not in index


def test_install_and_uninstall_for_a_user(bundle: Path, tmp_path: Path) -> None:
    environment = env(tmp_path)
    home = Path(environment["HOME"])
    data = home / ".local" / "share"
    subprocess.run(
        ["sh", str(bundle / "install.sh")], check=True, env=environment, capture_output=True, timeout=300
    )
    program = data / "izdeu" / "program"
    desktop = data / "applications" / "org.izdeu.Izdeu.desktop"
    assert (program / "izdeu-gui").is_file()
    assert (program / "licenses" / "README.txt").is_file()
    assert f'Exec="{program}/izdeu-gui"' in desktop.read_text(encoding="utf-8").splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "org.izdeu.Izdeu.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "org.izdeu.Izdeu.svg").is_file()
    assert (data / "metainfo" / "org.izdeu.Izdeu.metainfo.xml").is_file()
    linked = home / ".local" / "bin" / "izdeu"
    result = subprocess.run(
        [str(linked), "--version"], capture_output=True, text=True, env=environment, timeout=60
    )
    assert result.stdout.strip() == f"izdeu {app.__version__}"
    if os.path.exists("/usr/bin/desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)

    vault = data / "izdeu" / "vault.izdeu"
    vault.write_bytes(b"stand-in for a vault")
    result = subprocess.run(
        ["sh", str(program / "uninstall.sh")],
        check=True,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "was NOT deleted" in result.stdout
    assert not program.exists() and not desktop.exists() and not linked.exists()
    assert vault.read_bytes() == b"stand-in for a vault"


def test_libraries_find_their_data_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """County codes (python-stdnum), pinyin (pypinyin), SLIP-39 words (shamir-mnemonic) and
    PAdES signing (pyHanko) read files of their own at run time: each is used once here."""
    extra = {
        "IZDEU_PASSPHRASE": "correct horse battery staple",
        "IZDEU_KEY_PASSPHRASE": "another long passphrase 42",
    }

    def izdeu(*args: str) -> str:
        result = subprocess.run(
            [str(bundle / "izdeu"), *args],
            capture_output=True,
            text=True,
            env=env(tmp_path, **extra),
            cwd=tmp_path,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    assert "654021" in izdeu("decode-id", "654021198503120016", "--json")
    vault = str(tmp_path / "demo.izdeu")
    izdeu("--vault", vault, "demo")
    assert "别克古丽" in izdeu("--vault", vault, "search", "Биекегули")  # across scripts, via pinyin
    izdeu("--vault", vault, "signing", "create", "--org", "Fictional Rights Centre")
    izdeu("--vault", vault, "dossier", "IZ-2019-0002", "-o", str(tmp_path / "signed.pdf"), "--sign")
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(tmp_path / "signed.pdf")], capture_output=True, text=True)
        assert "Signature is Valid" in report.stdout
    izdeu("keygen", "-o", str(tmp_path / "hq"), "--shares", "3", "--threshold", "2")
    assert len((tmp_path / "hq.share-1.txt").read_text().split()) >= 20
