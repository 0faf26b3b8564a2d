"""Build the Izdeu bundle with PyInstaller and pack it for the platform it runs on.

    .venv/bin/python packaging/build.py            # what `make package` runs

Linux: ``dist/izdeu-<version>-linux-<arch>.tar.gz`` holding ``izdeu-<version>/`` with the
programs ``izdeu`` and ``izdeu-gui``, their ``_internal/`` folder, ``install.sh``, the menu entry,
the AppStream metainfo and the icons (``share/``). Windows: ``dist/izdeu-<version>-windows-<arch>``
(a folder the Inno Setup script packaging/windows/izdeu.iss turns into an installer) and a .zip
of it. Prints the sizes and the paths; the unpacked folder is left in ``build/package/`` for tests.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata as metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.izdeu.Izdeu"

README = """\
Izdeu {version}

Linux
  Install for yourself (no administrator password, no internet needed):
      sh install.sh
  Then start Izdeu from the applications menu. To check that it works on this computer:
      ~/.local/bin/izdeu --self-test
  Run it without installing (from this folder):
      ./izdeu-gui
  Remove it again (your vault is kept):
      sh ~/.local/share/izdeu/program/uninstall.sh

Установка (Linux)
  Для себя, без пароля администратора и без интернета:
      sh install.sh
  Затем запустите Izdeu из меню приложений. Проверка работы на этом компьютере:
      ~/.local/bin/izdeu --self-test
  Удаление (хранилище с делами сохраняется):
      sh ~/.local/share/izdeu/program/uninstall.sh

Windows
  Run the installer izdeu-{version}-windows-x86_64-setup.exe (no administrator rights needed),
  or start izdeu-gui.exe from the unpacked .zip. Self-test: izdeu.exe --self-test

The user guide: docs/user-guide.md (English) and docs/user-guide.ru.md (Russian).
"""


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def run_pyinstaller(work: Path) -> Path:
    dist = work / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "work"),
            str(PACKAGING / "izdeu.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "izdeu"


# Libraries that `strip` breaks: they then fail to load with "ELF load command address/offset
# not page-aligned". NumPy's OpenBLAS and its Fortran runtime (NumPy is needed by soundfile for
# the recordings), and the FFmpeg libraries QtMultimedia's FFmpeg plugin loads (recording and
# playback). Their stripped copies are put back as shipped in the wheels.
_UNSTRIPPABLE = ("libscipy_openblas", "libgfortran", "libquadmath")
_UNSTRIPPABLE_QT = ("libavcodec", "libavformat", "libavutil", "libswresample", "libswscale")


def _unstrippable_originals() -> dict[str, Path]:
    import numpy
    import PySide6

    originals = {
        p.name: p
        for p in (Path(numpy.__file__).parent.parent / "numpy.libs").glob("*.so*")
        if p.name.startswith(_UNSTRIPPABLE)
    }
    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    originals.update(
        (p.name, p)
        for p in qt_lib.glob("*.so*")
        if p.name.startswith(_UNSTRIPPABLE_QT) and not p.is_symlink()
    )
    return originals


def restore_unstrippable(bundle: Path) -> int:
    originals = _unstrippable_originals()
    restored = 0
    for lib in bundle.rglob("*.so*"):
        if lib.name in originals and not lib.is_symlink():
            shutil.copy2(originals[lib.name], lib)
            restored += 1
    return restored


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def drop_symlinks(folder: Path) -> int:
    """Remove PyInstaller's convenience links so the folder survives FAT/exFAT sticks and .zip.

    On Linux PyInstaller links each library it collected inside a package (PySide6/Qt/lib,
    pillow.libs, …) into the top of ``_internal/`` as well. Every such library is also found
    through the run-time search path of the modules that load it (as in a virtual environment),
    so the links are not needed; tests/packaging runs the self-test, the desktop app and an
    import of every module on the bundle without them. A link pointing outside the bundle would
    be replaced by a copy of its file.
    """
    removed = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_symlink():
            continue
        target = path.resolve()
        if target.is_relative_to(folder.resolve()) and target.exists():
            path.unlink()
            removed += 1
        else:
            path.unlink()
            shutil.copy2(target, path)
    return removed


def stage(bundle: Path, staged: Path, ver: str) -> None:
    """The bundle plus what a volunteer needs to install it, in one folder."""
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(bundle, staged, symlinks=True)
    drop_symlinks(staged)
    share = staged / "share"
    (share / "icons").mkdir(parents=True)
    for name in ("izdeu.svg", "izdeu.png"):
        shutil.copy2(ROOT / "resources" / "icons" / name, share / "icons" / name)
    if sys.platform.startswith("linux"):
        shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share)
        shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share)
        shutil.copy2(PACKAGING / "linux" / "install.sh", staged / "install.sh")
        (staged / "install.sh").chmod(0o755)
    (staged / "README.txt").write_text(README.format(version=ver), encoding="utf-8")
    licence = ROOT / "LICENSE"
    if licence.exists():
        shutil.copy2(licence, staged / "LICENSE.txt")
    collect_licences(staged / "licenses")


def _distribution_closure(root: str) -> list[metadata.Distribution]:
    """``root`` and every distribution it needs at run time (no extras), each once."""
    from packaging.markers import Marker

    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = dist
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            if marker and not Marker(marker).evaluate({"extra": ""}):
                continue
            todo.append(re.split(r"[ <>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return sorted(found.values(), key=lambda d: d.metadata["Name"].lower())


_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)


def collect_licences(target: Path) -> None:
    """The licence texts of Python and of every package in the bundle, and an index of them.

    PySide6/Qt (LGPL-3.0) ship no licence file in their wheels; the LGPL and GPL texts are taken
    from another package that carries them (python-bidi) and the index says so.
    """
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for python_licence in (
        Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):  # Linux, Windows
        if python_licence.exists():
            (target / "Python").mkdir()
            shutil.copy2(python_licence, target / "Python" / "LICENSE.txt")
            break
    entries = [("Python", platform.python_version(), "PSF-2.0")]
    dists = _distribution_closure("izdeu")
    with contextlib.suppress(metadata.PackageNotFoundError):
        dists.append(metadata.distribution("pyinstaller"))  # its bootloader is in the programs
    gnu_texts: dict[str, Path] = {}
    for dist in dists:
        name = dist.metadata["Name"]
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        entries.append((name, dist.version, licence.splitlines()[0][:80] if licence else ""))
        for file in dist.files or []:
            source = Path(str(dist.locate_file(file)))
            if ".dist-info/" in str(file) and _LICENCE_FILE.search(file.name) and source.is_file():
                (target / name).mkdir(exist_ok=True)
                shutil.copy2(source, target / name / file.name)
                gnu_texts.setdefault(file.name, source)
    lines = ["Izdeu bundles the following software; the licence texts are in the folder of each.", ""]
    for name, version, licence in entries:
        folder = target / name
        if not folder.exists() and "GPL" in licence:
            folder.mkdir()
            for text, copy in (("COPYING.LESSER", "LGPL-3.0.txt"), ("COPYING", "GPL-3.0.txt")):
                if text in gnu_texts and ("LGPL" in licence or text == "COPYING"):
                    shutil.copy2(gnu_texts[text], folder / copy)
        where = f"{name}/" if folder.exists() else "no licence file in the package"
        lines.append(f"{name} {version}: {licence or 'see the files'} ({where})")
    lines += [
        "",
        "Qt (in _internal/PySide6/Qt) is used under the LGPL-3.0; its source is available",
        "from the Qt Project. Fonts: _internal/resources/fonts, with their licences.",
        "Icons: Lucide (ISC licence), _internal/resources/icons/lucide with its LICENSE.",
    ]
    (target / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    # Readable by all, written by the owner only; the programs and libraries stay executable.
    info.mode = 0o755 if (info.isdir() or info.mode & 0o111) else 0o644
    return info


def pack_tar(staged: Path, archive: Path) -> None:
    tmp = archive.with_suffix(".partial")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(staged, arcname=staged.name, filter=_tar_filter)
    os.replace(tmp, archive)


def pack_zip(staged: Path, archive: Path) -> None:
    tmp = archive.with_suffix(".partial")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(staged.rglob("*")):
            zf.write(path, Path(staged.name) / path.relative_to(staged))
    os.replace(tmp, archive)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the archive goes")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "package",
        help="PyInstaller's work folder and the unpacked bundle",
    )
    parser.add_argument("--no-archive", action="store_true", help="build and stage only")
    args = parser.parse_args()

    ver, tag = version(), platform_tag()
    started = time.monotonic()
    bundle = run_pyinstaller(args.work)
    restore_unstrippable(bundle)
    built = time.monotonic() - started
    staged = args.work / f"izdeu-{ver}"
    stage(bundle, staged, ver)
    print(f"bundle: {staged} ({folder_size(staged) / 1e6:.0f} MB unpacked, PyInstaller {built:.0f} s)")
    if args.no_archive:
        return 0
    args.dist.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        archive = args.dist / f"izdeu-{ver}-{tag}.zip"
        pack_zip(staged, archive)
        windows_folder = args.dist / f"izdeu-{ver}-{tag}"
        shutil.rmtree(windows_folder, ignore_errors=True)
        shutil.copytree(staged, windows_folder)
    else:
        archive = args.dist / f"izdeu-{ver}-{tag}.tar.gz"
        pack_tar(staged, archive)
    print(
        f"archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB, "
        f"{time.monotonic() - started:.0f} s in all)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
