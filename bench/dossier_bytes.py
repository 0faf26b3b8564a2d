"""Fingerprints of a fixed set of dossiers, to show that a change leaves the PDF bytes alone.

    .venv/bin/python bench/dossier_bytes.py --save /tmp/before.json      # before the change
    .venv/bin/python bench/dossier_bytes.py --compare /tmp/before.json   # after: exit 1 if any differ
    .venv/bin/python bench/dossier_bytes.py --pdf-dir /tmp/pdfs          # also write the PDFs

Every dossier is built with ReportLab's invariant mode (no creation time, no random document
id) and a fixed sRGB profile (LittleCMS stamps its profile with the time it was made), so two
runs of the same code give the same bytes. The set: the fictional sample case in every profile
(wgeid, ministry, public), label language (en, ru, kk) and form (dossier, one-page sheet),
signed-cover wording, the big benchmark dossier, a long testimony, a covering list, and the
first 40 demo cases (generated into a throwaway vault) in English and a few in ru and kk.
Its Uyghur, Chinese, Kazakh and Russian text comes from the sample and demo data.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab import rl_config  # noqa: E402

from app.dossier import archival  # noqa: E402
from app.dossier.builder import (  # noqa: E402
    DossierOptions,
    SignatureNote,
    build_dossier,
    load_source,
)
from app.dossier.covering import ListedDossier, build_covering_list, load_name  # noqa: E402
from app.dossier.sample import KAZAKH_TESTIMONY, sample_source  # noqa: E402

TODAY = _dt.date(2026, 11, 28)
ORG = "Demo Rights Centre (fictional)"
PASSPHRASE = "izdeu bytes passphrase (fictional data)"


def _fixed_profile() -> None:
    """The sRGB profile with its creation date (header bytes 24–35) and its MD5 profile id
    (bytes 84–99, which covers the date) zeroed: the same bytes on every run."""
    profile = bytearray(archival.srgb_profile())
    profile[24:36] = bytes(12)
    profile[84:100] = bytes(16)
    fixed = bytes(profile)
    archival.srgb_profile = lambda: fixed  # type: ignore[assignment]


def _options(profile: str = "wgeid", lang: str = "en", **kwargs: object) -> DossierOptions:
    return DossierOptions(
        profile=profile,  # type: ignore[arg-type]
        lang=lang,  # type: ignore[arg-type]
        organisation=ORG,
        generated=TODAY,
        **kwargs,  # type: ignore[arg-type]
    )


def samples() -> Iterator[tuple[str, bytes]]:
    """(name, PDF bytes) of every dossier of the set."""
    source = sample_source(TODAY)
    for profile in ("wgeid", "ministry", "public"):
        for lang in ("en", "ru", "kk"):
            for sheet in (False, True):
                name = f"sample-{profile}-{lang}{'-sheet' if sheet else ''}"
                yield name, build_dossier(source, _options(profile, lang, sheet=sheet)).pdf
    note = SignatureNote(ORG, ":".join(["AB"] * 32))
    yield "sample-signed-note", build_dossier(source, _options(signature=note)).pdf
    big = sample_source(TODAY, photos=20, extra_testimonies=30)
    yield "big", build_dossier(big, _options()).pdf
    long = sample_source(TODAY, long_text="\n".join(f"{n}-сөйлем. {KAZAKH_TESTIMONY}" for n in range(60)))
    yield "long-testimony", build_dossier(long, _options("ministry", "kk")).pdf
    yield from _demo_cases()


def _demo_cases(count: int = 40) -> Iterator[tuple[str, bytes]]:
    from app import demo
    from app.store import Store
    from app.vault import KdfParams, Vault

    with tempfile.TemporaryDirectory(prefix="izdeu-dossier-bytes-") as tmp:
        vault = Vault.create(
            Path(tmp) / "bytes.izdeu",
            PASSPHRASE,
            params=KdfParams(memory_kib=8192, time_cost=1, parallelism=1),
        )
        try:
            store = Store(vault, actor="bytes")
            demo.populate(store, count, today=TODAY)
            rows = sorted(store.list_cases(limit=count), key=lambda r: r.case_number)
            listed = []
            for index, row in enumerate(rows):
                source = load_source(store, row.uuid)
                dossier = build_dossier(source, _options())
                yield f"demo-{index:02d}-wgeid-en", dossier.pdf
                name = load_name(store, row.uuid, "en")
                listed.append(
                    ListedDossier(row.case_number, name, dossier.pages, f"{index:02d}.pdf", dossier.sha256)
                )
                if index % 8 == 0:
                    yield (
                        f"demo-{index:02d}-ministry-ru",
                        build_dossier(source, _options("ministry", "ru")).pdf,
                    )
                    yield f"demo-{index:02d}-public-kk", build_dossier(source, _options("public", "kk")).pdf
            yield "covering-list", build_covering_list(listed, _options())
        finally:
            vault.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", type=Path, help="write the fingerprints (JSON) here")
    parser.add_argument("--compare", type=Path, help="compare with fingerprints saved earlier")
    parser.add_argument("--pdf-dir", type=Path, help="also write each PDF into this folder")
    args = parser.parse_args()
    rl_config.invariant = 1
    _fixed_profile()
    hashes: dict[str, str] = {}
    for name, pdf in samples():
        hashes[name] = hashlib.sha256(pdf).hexdigest()
        if args.pdf_dir:
            args.pdf_dir.mkdir(parents=True, exist_ok=True)
            (args.pdf_dir / f"{name}.pdf").write_bytes(pdf)
    print(f"{len(hashes)} PDFs")
    if args.save:
        args.save.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
    if args.compare:
        before = json.loads(args.compare.read_text())
        differ = sorted(n for n in before.keys() | hashes.keys() if before.get(n) != hashes.get(n))
        for name in differ:
            print(f"differs: {name}")
        print("identical" if not differ else f"{len(differ)} of {len(hashes)} differ")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
