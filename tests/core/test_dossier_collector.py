"""The cycle collector is paused while a dossier is drawn, and always comes back."""

from __future__ import annotations

import datetime as _dt
import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from reportlab.platypus import BaseDocTemplate

from app.dossier.builder import DossierOptions, build_dossier
from app.dossier.collector import collector_paused
from app.dossier.sample import sample_source

TODAY = _dt.date(2026, 11, 28)
OPTIONS = DossierOptions(profile="wgeid", lang="en", organisation="Demo Rights Centre", generated=TODAY)


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_while_drawing_and_back_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = BaseDocTemplate.build

    def build(self: BaseDocTemplate, *args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        original(self, *args, **kwargs)

    monkeypatch.setattr(BaseDocTemplate, "build", build)
    dossier = build_dossier(sample_source(TODAY), OPTIONS)
    assert seen == [False]
    assert gc.isenabled()
    assert dossier.pdf.startswith(b"%PDF-") and dossier.pages > 1


def test_back_after_a_build_that_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(self: BaseDocTemplate, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(BaseDocTemplate, "build", build)
    with pytest.raises(RuntimeError):
        build_dossier(sample_source(TODAY), OPTIONS)
    assert gc.isenabled()


def test_overlapping_builds_resume_only_after_the_last() -> None:
    first_in, first_may_leave = threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_may_leave.wait(10)
        states["after_first"] = gc.isenabled()

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(10)
    with collector_paused():
        states["inside_second"] = gc.isenabled()
    states["after_second_first_still_in"] = gc.isenabled()
    first_may_leave.set()
    thread.join(10)
    assert states == {"inside_second": False, "after_second_first_still_in": False, "after_first": True}


def test_a_collector_turned_off_by_someone_else_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
