"""Dossier benchmark: one big dossier and a batch of demo cases, beside plain ReportLab.

The batch is timed whole (atomic file writes with fsync and an audit entry per dossier) and
as rendering alone; the ratio compares rendering with plain ReportLab over the same cases.

    .venv/bin/python bench/dossier_bench.py [--cases 200] [--repeat 3]

Prints one JSON object. "Plain" is a ReportLab document of the same text (every string the
dossier shows, labels included, captured from one dossier build) and the same images, built in
the same run with ``Paragraph`` (one font, no bidi, no font fallback, no shaping, no tables)
and ``Image``: what the dossier would cost without the multi-script text layer and the
dossier's own structure. Times are the best of ``--repeat`` runs (the machine's noise is one-sided).

Targets: the big dossier (30 extra testimonies, 20 photos) < 2 s; ratio to plain ≤ 2.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
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


def _best(
    fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = clock()
        result = fn()
        best = min(best, clock() - start)
    return best, result


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
    dossier_s, dossier = _best(lambda: build_dossier(source, OPTIONS), repeat)
    texts = _texts(source)
    plain_s, plain = _best(lambda: plain_pdf(source, texts), repeat)
    plain_a85_s, _ = _best(lambda: plain_pdf(source, texts, a85=True), repeat)
    # CPU time as well: on a shared machine it varies less than wall time.
    dossier_cpu, _ = _best(lambda: build_dossier(source, OPTIONS), repeat, time.process_time)
    plain_cpu, _ = _best(lambda: plain_pdf(source, texts), repeat, time.process_time)
    return {
        "testimonies": len(source.bundle.testimonies),
        "photos": sum(1 for a in source.bundle.attachments if is_image(a.media_type)),
        "pages": dossier.pages,  # type: ignore[attr-defined]
        "bytes": len(dossier.pdf),  # type: ignore[attr-defined]
        "dossier_s": round(dossier_s, 3),
        "plain_reportlab_s": round(plain_s, 3),
        "plain_bytes": len(plain),  # type: ignore[arg-type]
        "plain_reportlab_default_a85_s": round(plain_a85_s, 3),
        "ratio": round(dossier_s / plain_s, 2),
        "dossier_cpu_s": round(dossier_cpu, 3),
        "plain_reportlab_cpu_s": round(plain_cpu, 3),
        "ratio_cpu": round(dossier_cpu / plain_cpu, 2),
        "target_s": 2.0,
        "ok": dossier_s < 2.0 and dossier_s / plain_s <= 2.0,
    }


def bench_batch(cases: int) -> dict[str, object]:
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
            # Rendering alone (read the case, build the PDF in memory), beside plain ReportLab
            # doing the same reads and the same text and images; then plain with files written.
            start = time.perf_counter()
            for uuid in uuids:
                build_dossier(load_source(store, uuid), OPTIONS)
            render_s = time.perf_counter() - start
            sources = {uuid: load_source(store, uuid) for uuid in uuids}
            texts = {uuid: _texts(sources[uuid]) for uuid in uuids}  # not timed
            start = time.perf_counter()
            for uuid in uuids:
                plain_pdf(load_source(store, uuid), texts[uuid])
            plain_s = time.perf_counter() - start
            # The same rendering in the process pool the desktop app uses (both cores).
            pool_s, workers = _pool_render([sources[u] for u in uuids])
            size = sum(p.stat().st_size for _, p, _ in result.written)
        finally:
            vault.close()
    return {
        "cases": cases,
        "written": len(result.written),
        "failed": len(result.failed),
        "batch_s": round(batch_s, 3),
        "per_case_ms": round(1000 * batch_s / cases, 1),
        "total_mb": round(size / 1024**2, 1),
        "render_only_s": round(render_s, 3),
        "plain_reportlab_s": round(plain_s, 3),
        "ratio_render": round(render_s / plain_s, 2),
        "write_and_audit_s": round(max(batch_s - render_s, 0.0), 3),
        "pool_workers": workers,
        "pool_render_s": round(pool_s, 3),
        "pool_speedup": round(render_s / pool_s, 2),
    }


def _pool_render(sources: list[object]) -> tuple[float, int]:
    from functools import partial

    from app.dossier.pool import process_pool

    pool = process_pool()
    try:
        workers = pool._max_workers  # noqa: SLF001 - reported only
        list(pool.map(partial(build_dossier, options=OPTIONS), sources[:workers]))  # children warm
        start = time.perf_counter()
        list(pool.map(partial(build_dossier, options=OPTIONS), sources, chunksize=4))
        return time.perf_counter() - start, workers
    finally:
        pool.shutdown()


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
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    fonts()
    warm = build_dossier(sample_source(TODAY), OPTIONS)  # first use loads fonts and HarfBuzz
    result = {
        "fonts_and_first_dossier_s": round(time.perf_counter() - start, 3),
        "first_dossier_pages": warm.pages,
        "big_dossier": bench_big(args.repeat),
        "batch": bench_batch(args.cases),
        "signing": bench_signing(args.repeat),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
