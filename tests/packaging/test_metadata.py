"""The .desktop entry and the AppStream metainfo pass the freedesktop validators."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import app

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / "org.izdeu.Izdeu.desktop"
METAINFO = LINUX / "org.izdeu.Izdeu.metainfo.xml"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}: apt-get install {package})")
    return path


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP.stem
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == app.__version__, "add a <release> for the new version"


def test_desktop_entry_points_at_the_gui_program() -> None:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert "Exec=izdeu-gui" in lines  # install.sh replaces it with the full path
    assert f"Icon={DESKTOP.stem}" in lines
