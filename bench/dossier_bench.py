"""Dossier benchmark: one big dossier and a batch of demo cases, beside plain ReportLab.

    .venv/bin/python bench/dossier_bench.py [--cases 200] [--repeat 3] [--batch-repeat 1]
        [--pool-runs 3] [--only big|batch|signing]

Prints one JSON object. "Plain" is a ReportLab document of the same text (every string the
dossier shows, labels included, captured from one dossier build) and the same images, built in
the same run with ``Paragraph`` (one font, no bidi, no font fallback, no shaping, no tables)
and ``Image``: what the dossier would cost without the multi-script text layer and the
dossier's own structure.

Every ratio is given twice: ``*_wall`` (perf_counter) and ``*_cpu`` (process time: this
process's user + system time). The dossier and plain ReportLab are timed alternately (the big
dossier best of ``--repeat``; the batch case by case, each best of ``--batch-repeat``). On the
shared 2-core machine wall time moves with the other jobs' load, CPU time hardly does: the
CPU ratios are the meaningful ones there, the wall ratios only on an idle machine.

The batch is also timed whole (atomic file writes with fsync and an audit entry per dossier).
The pool speed-up is wall time by nature (a second core): the same read sources rendered in
this process and in the app's process pool, alternately, ``--pool-runs`` times, each run with
the load average just before it and the machine's own two-core scaling just after; the median
run is the figure (a virtual machine's second core comes and goes).

Targets (issue 16): big dossier < 2 s and CPU ratio ≤ 1.3; batch rendering CPU ratio ≤ 1.5;
the pool ≥ 1.7× one process; signing reported apart.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer  # noqa: E402

from app.dossier.builder import (  # noqa: E402
    DossierOptions,
    DossierSource,
    build_dossier,
    load_source,
)
from app.dossier.images import is_image  # noqa: E402
from app.dossier.sample import sample_source  # noqa: E402
from app.dossier.text import FONT_DIR, fonts  # noqa: E402

PASSPHRASE = "izdeu bench passphrase (fictional data)"
TODAY = _dt.date(2026, 11, 28)
OPTIONS = DossierOptions(profile="wgeid", lang="en", organisation="Demo Rights Centre", generated=TODAY)


class Times:
    """Best wall and CPU (process) time of each of two jobs timed alternately."""

    def __init__(self) -> None:
        self.wall = [float("inf"), float("inf")]
        self.cpu = [float("inf"), float("inf")]

    def time(self, index: int, fn: Callable[[], object]) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        self.wall[index] = min(self.wall[index], time.perf_counter() - wall)
        self.cpu[index] = min(self.cpu[index], time.process_time() - cpu)
        return result


def _pair(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[Times, object, object]:
    """Time ``a`` and ``b`` alternately ``repeat`` times: load that comes and goes then falls on
    both alike. CPU time is process time (this process's user + system time): on a shared
    machine it hardly moves with the load, where wall time does."""
    times = Times()
    ra = rb = None
    for _ in range(repeat):
        ra = times.time(0, a)
        rb = times.time(1, b)
    return times, ra, rb


def _texts(source: DossierSource) -> list[str]:
    """Every piece of text the dossier shows (labels included), captured from one build."""
    from app.dossier.texts import DossierText

    seen: list[str] = []
    original = DossierText.para

    def capture(self: DossierText, text: str, *args: object, **kwargs: object) -> object:
        seen.append(text)
        return original(self, text, *args, **kwargs)  # type: ignore[arg-type]

    DossierText.para = capture  # type: ignore[assignment,method-assign]
    try:
        build_dossier(source, OPTIONS)
    finally:
        DossierText.para = original  # type: ignore[method-assign]
    return [t for t in seen if t.strip()]


def _plain_font() -> str:
    if "BenchPlain" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchPlain", str(FONT_DIR / "NotoSans-Regular.ttf")))
    return "BenchPlain"


def plain_pdf(source: DossierSource, texts: list[str], *, a85: bool = False) -> bytes:
    style = ParagraphStyle("plain", fontName=_plain_font(), fontSize=9.5, leading=13)
    story: list = []
    for text in texts:
        for part in text.split("\n"):
            story.append(Paragraph(escape(part), style))
    for a in source.bundle.attachments:
        data = source.files.get(a.uuid)
        if data is None or not is_image(a.media_type):
            continue
        try:
            from PIL import Image as PILImage

            PILImage.open(io.BytesIO(data)).load()  # the plain one must not crash either
        except Exception:  # noqa: BLE001
            continue
        story += [Image(io.BytesIO(data), width=60 * mm, height=75 * mm), Spacer(1, 5 * mm)]
    out = io.BytesIO()
    # Same stream encoding as the dossier (binary) unless a85: ReportLab's default.
    saved, rl_config.useA85 = rl_config.useA85, int(a85)
    try:
        SimpleDocTemplate(out, pagesize=A4).build(story)
    finally:
        rl_config.useA85 = saved
    return out.getvalue()


def bench_big(repeat: int) -> dict[str, object]:
    source = sample_source(TODAY, photos=20, extra_testimonies=30)
    texts = _texts(source)
    times, dossier, plain = _pair(
        lambda: build_dossier(source, OPTIONS), lambda: plain_pdf(source, texts), repeat
    )
    a85, _, _ = _pair(lambda: plain_pdf(source, texts, a85=True), lambda: None, repeat)
    dossier_s, plain_s = times.wall
    dossier_cpu, plain_cpu = times.cpu
    return {
        "testimonies": len(source.bundle.testimonies),
        "photos": sum(1 for a in source.bundle.attachments if is_image(a.media_type)),
        "pages": dossier.pages,  # type: ignore[attr-defined]
        "bytes": len(dossier.pdf),  # type: ignore[attr-defined]
        "plain_bytes": len(plain),  # type: ignore[arg-type]
        "dossier_s": round(dossier_s, 3),
        "plain_reportlab_s": round(plain_s, 3),
        "plain_reportlab_default_a85_s": round(a85.wall[0], 3),
        "ratio_wall": round(dossier_s / plain_s, 2),
        "dossier_cpu_s": round(dossier_cpu, 3),
        "plain_reportlab_cpu_s": round(plain_cpu, 3),
        "ratio_cpu": round(dossier_cpu / plain_cpu, 2),
        "target_s": 2.0,
        "target_ratio_cpu": 1.3,
        "ok": dossier_s < 2.0 and dossier_cpu / plain_cpu <= 1.3,
    }


def bench_batch(cases: int, repeat: int, pool_runs: int) -> dict[str, object]:
    from app import demo
    from app.dossier.batch import build_batch
    from app.store import Store
    from app.vault import KdfParams, Vault

    with tempfile.TemporaryDirectory(prefix="izdeu-dossier-bench-") as tmp:
        vault = Vault.create(
            Path(tmp) / "bench.izdeu",
            PASSPHRASE,
            params=KdfParams(memory_kib=8192, time_cost=1, parallelism=1),
        )
        try:
            store = Store(vault, actor="bench")
            demo.populate(store, cases, today=TODAY)
            uuids = [r.uuid for r in store.list_cases(limit=cases)]
            start = time.perf_counter()
            result = build_batch(store, uuids, Path(tmp) / "out", OPTIONS, record=True)
            batch_s = time.perf_counter() - start
            size = sum(p.stat().st_size for _, p, _ in result.written)
            sources = {uuid: load_source(store, uuid) for uuid in uuids}
            texts = {uuid: _texts(sources[uuid]) for uuid in uuids}  # not timed
            # Rendering alone (read the case, build the PDF in memory), beside plain ReportLab
            # doing the same reads and the same text and images: case by case, alternately.
            wall, cpu = [0.0, 0.0], [0.0, 0.0]
            for uuid in uuids:
                times, _, _ = _pair(
                    lambda u=uuid: build_dossier(load_source(store, u), OPTIONS),  # type: ignore[misc]
                    lambda u=uuid: plain_pdf(load_source(store, u), texts[u]),  # type: ignore[misc]
                    repeat,
                )
                for k in (0, 1):
                    wall[k] += times.wall[k]
                    cpu[k] += times.cpu[k]
            child = _render_in_child([sources[u] for u in uuids], [texts[u] for u in uuids], repeat)
            pool = _pool_runs([sources[u] for u in uuids], pool_runs)
        finally:
            vault.close()
    return {
        "cases": cases,
        "written": len(result.written),
        "failed": len(result.failed),
        "batch_s": round(batch_s, 3),
        "per_case_ms": round(1000 * batch_s / cases, 1),
        "total_mb": round(size / 1024**2, 1),
        "render_only_s": round(wall[0], 3),
        "plain_reportlab_s": round(wall[1], 3),
        "ratio_render_wall": round(wall[0] / wall[1], 2),
        "render_only_cpu_s": round(cpu[0], 3),
        "plain_reportlab_cpu_s": round(cpu[1], 3),
        "ratio_render_cpu": round(cpu[0] / cpu[1], 2),
        "target_ratio_cpu": 1.5,
        "write_and_audit_s": round(max(batch_s - wall[0], 0.0), 3),
        "in_child": child,
        "pool": pool,
    }


def _compare(sources: list[DossierSource], texts: list[list[str]], repeat: int) -> dict[str, float]:
    """In a child: each case rendered as a dossier and as plain ReportLab, alternately."""
    wall, cpu = [0.0, 0.0], [0.0, 0.0]
    for source, text in zip(sources, texts, strict=True):
        times, _, _ = _pair(
            lambda s=source: build_dossier(s, OPTIONS),  # type: ignore[misc]
            lambda s=source, t=text: plain_pdf(s, t),  # type: ignore[misc]
            repeat,
        )
        for k in (0, 1):
            wall[k] += times.wall[k]
            cpu[k] += times.cpu[k]
    return {
        "render_s": round(wall[0], 3),
        "plain_reportlab_s": round(wall[1], 3),
        "ratio_wall": round(wall[0] / wall[1], 2),
        "render_cpu_s": round(cpu[0], 3),
        "plain_reportlab_cpu_s": round(cpu[1], 3),
        "ratio_cpu": round(cpu[0] / cpu[1], 2),
    }


def _render_in_child(sources: list[DossierSource], texts: list[list[str]], repeat: int) -> dict[str, float]:
    """The rendering comparison again, in one child of the app's pool: a process that holds
    the fonts and the cases sent to it, as the app's render children do, and not what this
    process loaded to make the demo vault (pypinyin's dictionaries, the store)."""
    from app.dossier.pool import process_pool

    pool = process_pool(1)
    try:
        pool.submit(build_dossier, sources[0], OPTIONS).result()  # the child's first dossier
        return pool.submit(_compare, sources, texts, repeat).result()
    finally:
        pool.shutdown()


def _spin(n: int) -> float:
    """Pure-Python work of fixed size (for the machine's own two-core scaling)."""
    start, x = time.perf_counter(), 0
    for i in range(n):
        x += i * i % 7
    return time.perf_counter() - start


def _machine_scaling(pool: Any, workers: int, n: int = 5_000_000) -> float:
    """The same loop once in this process and once in every child at the same moment: what
    a second core gives on this machine just then (a virtual machine's cores are shared)."""
    solo = _spin(n)
    start = time.perf_counter()
    list(pool.map(_spin, [n] * workers))
    return workers * solo / (time.perf_counter() - start)


def _pool_runs(sources: list[DossierSource], runs: int) -> dict[str, object]:
    """The sources rendered in this process and in the app's process pool, alternately (and
    in turn first), ``runs`` times; each run with the load average (1 min) just before it and
    the machine's own scaling measured right after (``machine_scaling``: a pure-Python loop
    alone and on every core at once). The speed-up is wall time: what the pool buys is a
    second core. The figure to read is the median over runs: on a shared virtual machine a
    single run moves by a third either way (docs/performance.md)."""
    from functools import partial
    from statistics import median

    from app.dossier.pool import default_workers, process_pool

    render = partial(build_dossier, options=OPTIONS)
    start = time.perf_counter()
    workers = default_workers()
    pool = process_pool(workers)
    try:
        list(pool.map(render, sources[:workers]))  # every child has started and drawn once
        ready_s = time.perf_counter() - start
        measured = []
        for run in range(runs):
            load = os.getloadavg()[0]
            timed: dict[str, float] = {}
            for kind in ("one", "pool") if run % 2 == 0 else ("pool", "one"):
                start = time.perf_counter()
                if kind == "one":
                    for source in sources:
                        render(source)
                else:
                    list(pool.map(render, sources, chunksize=4))
                timed[kind] = time.perf_counter() - start
            measured.append(
                {
                    "load_1min": round(load, 2),
                    "one_process_s": round(timed["one"], 3),
                    "pool_s": round(timed["pool"], 3),
                    "speedup": round(timed["one"] / timed["pool"], 2),
                    "machine_scaling": round(_machine_scaling(pool, workers), 2),
                }
            )
    finally:
        pool.shutdown()
    speedups = [float(m["speedup"]) for m in measured]
    return {
        "workers": workers,
        "start_and_warm_s": round(ready_s, 3),
        "runs": measured,
        "median_speedup": round(median(speedups), 2),
        "best_speedup": max(speedups),
        "median_machine_scaling": round(median(float(m["machine_scaling"]) for m in measured), 2),
        "target_speedup": 1.7,
    }


def bench_signing(repeat: int) -> dict[str, object]:
    """Signing (PAdES, pyHanko) timed apart from rendering: per dossier, best of ``repeat``."""
    from app.dossier.signed import sign_dossier, signature_options
    from app.signing import create_identity

    identity = create_identity("Bench Organisation (fictional)")
    dossier = build_dossier(sample_source(TODAY), signature_options(OPTIONS, identity))
    sign_dossier(dossier, identity)  # first use imports pyHanko
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        sign_dossier(dossier, identity)
        times.append(time.perf_counter() - start)
    return {"pages": dossier.pages, "sign_s": round(min(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="big dossier: best of")
    parser.add_argument("--batch-repeat", type=int, default=1, help="each batch case: best of")
    parser.add_argument("--pool-runs", type=int, default=3)
    parser.add_argument("--only", choices=("big", "batch", "signing"), help="one part only")
    args = parser.parse_args()
    start = time.perf_counter()
    fonts()
    warm = build_dossier(sample_source(TODAY), OPTIONS)  # first use loads fonts and HarfBuzz
    result: dict[str, object] = {
        "date": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "fonts_and_first_dossier_s": round(time.perf_counter() - start, 3),
        "first_dossier_pages": warm.pages,
    }
    if args.only in (None, "big"):
        result["big_dossier"] = bench_big(args.repeat)
    if args.only in (None, "batch"):
        result["batch"] = bench_batch(args.cases, args.batch_repeat, args.pool_runs)
    if args.only in (None, "signing"):
        result["signing"] = bench_signing(args.repeat)
    result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
