# `make run` and `make test` set everything up themselves on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
APT_PKGS := poppler-utils age desktop-file-utils appstream xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libfontconfig1 libdbus-1-3 dbus \
  pulseaudio pulseaudio-utils espeak-ng libpulse0 libgl1 libxrandr2

.PHONY: run test lint translations sysdeps clean demo bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# A venv from before the PySide6 pin has PySide6_Pdf 6.12, whose QtPdf files overlap
	# PySide6-Addons' own: remove both, so Addons installs its QtPdf whole (docs/development.md).
	if $(PY) -m pip show -q PySide6_Pdf >/dev/null 2>&1; then \
	  $(PY) -m pip uninstall -y -q PySide6_Pdf PySide6-Addons; fi
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

# System tools the tests and screenshots use. Installed when missing and we are allowed to
# (root with apt); otherwise the tests that need them are skipped with a reason. PulseAudio and
# espeak-ng run the tests' private sound server (tests/soundserver.py); QtMultimedia loads
# libpulse itself for its audio inputs, and its FFmpeg plugin links libGL and libXrandr (no
# tool to look for: ldconfig is asked).
sysdeps:
	@missing=""; \
	for t in pdftotext:poppler-utils age:age xvfb-run:xvfb desktop-file-validate:desktop-file-utils appstreamcli:appstream dbus-daemon:dbus dbus-send:dbus \
	         pulseaudio:pulseaudio pactl:pulseaudio-utils pacat:pulseaudio-utils espeak-ng:espeak-ng; do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t##*:}"; \
	done; \
	for l in libpulse.so.0:libpulse0 libGL.so.1:libgl1 libXrandr.so.2:libxrandr2; do \
	  /sbin/ldconfig -p 2>/dev/null | grep -qF "$${l%%:*}" || missing="$$missing $${l##*:}"; \
	done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing system packages: $(APT_PKGS)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PKGS)) >/dev/null 2>&1 \
	    || echo "warning: could not install system packages; dependent tests will be skipped"; \
	fi

translations: $(STAMP)
	$(PY) -m ui.i18n_build

run: $(STAMP) translations
	$(PY) -m ui

test: $(STAMP) sysdeps translations
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

bench: $(STAMP)
	$(PY) bench/vault_bench.py

clean:
	rm -rf $(VENV) build *.egg-info

.PHONY: package package-test

# Bundle for the platform we are on (packaging/README.md): dist/izdeu-<version>-linux-x86_64.tar.gz
package: $(STAMP) translations
	$(PY) -m pip install -q 'pyinstaller>=6.10'
	$(PY) packaging/build.py

# Builds the bundle, then runs its self-test and install script (tests/packaging).
package-test: package sysdeps
	@missing=""; for t in desktop-file-validate:desktop-file-utils appstreamcli:appstream dbus-daemon:dbus dbus-send:dbus; do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t##*:}"; done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null 2>&1 \
	    || echo "warning: could not install$$missing; the metadata tests will be skipped"; \
	fi
	IZDEU_BUNDLE=build/package $(PY) -m pytest -q tests/packaging
