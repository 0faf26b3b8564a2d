"""Regenerate the sample dossiers and their page images (fictional data only).

    .venv/bin/python docs/samples/make_samples.py

Writes sample-wgeid-en.pdf, sample-public-en.pdf and sample-ministry-kk.pdf from the fictional
case in app/dossier/sample.py (names in Kazakh, Uyghur and Chinese scripts), demo-uyghur-wgeid-en
from the app's demo data (the Uyghur woman of app/demo/showcase.py, whose only witness
withdrew consent), and PNG pages at 70 dpi with poppler's pdftoppm.
"""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app.dossier.builder import (  # noqa: E402
    Dossier,
    DossierOptions,
    build_dossier,
    make_dossier,
    write_dossier,
)
from app.dossier.sample import sample_source  # noqa: E402

TODAY = _dt.date(2026, 11, 28)


def _write(dossier: Dossier, stem: str, pages: int = 0) -> None:
    write_dossier(dossier, HERE / f"{stem}.pdf")
    for old in HERE.glob(f"{stem}-*.png"):
        old.unlink()
    only = ["-f", "1", "-l", str(pages)] if pages else []
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", *only, str(HERE / f"{stem}.pdf"), str(HERE / stem)], check=True
    )
    print(f"{stem}.pdf: {dossier.pages} pages, SHA-256 {dossier.sha256}")


def main() -> None:
    source = sample_source(TODAY)
    for profile, lang in (("wgeid", "en"), ("public", "en"), ("ministry", "kk")):
        dossier = build_dossier(
            source,
            DossierOptions(
                profile=profile, lang=lang, organisation="Demo Rights Centre (fictional)", generated=TODAY
            ),
        )
        _write(dossier, f"sample-{profile}-{lang}")

    # Signed by a fictional organisation (a new key each run: the fingerprint on the cover
    # changes), and the one-page summary sheet for a press briefing.
    from app.dossier.signed import sign_dossier, signature_options
    from app.signing import create_identity

    identity = create_identity("Demo Rights Centre (fictional)")
    signed_options = signature_options(
        DossierOptions(
            profile="wgeid", lang="en", organisation="Demo Rights Centre (fictional)", generated=TODAY
        ),
        identity,
    )
    _write(sign_dossier(build_dossier(source, signed_options), identity), "sample-signed-wgeid-en", pages=1)
    (HERE / "sample-signed-certificate.pem").write_bytes(identity.certificate_pem())
    sheet = DossierOptions(
        profile="public",
        lang="kk",
        organisation="Demo Rights Centre (fictional)",
        generated=TODAY,
        sheet=True,
    )
    _write(build_dossier(source, sheet), "sample-summary-public-kk")

    from app import demo
    from app.store import Store
    from app.vault import KdfParams, Vault

    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(
            Path(tmp) / "demo.izdeu",
            "samples only, fictional data 42",
            params=KdfParams(memory_kib=8192, time_cost=1, parallelism=1),
        )
        try:
            store = Store(vault)
            demo.populate(store, demo.SHOWCASE_COUNT, today=TODAY)
            uyghur = next(
                r.uuid
                for r in store.list_cases()
                if store.get_case(r.uuid).person.names[0].script == "ug-Arab"
            )
            _write(
                make_dossier(
                    store,
                    uyghur,
                    DossierOptions(
                        profile="wgeid",
                        lang="en",
                        organisation="Demo Rights Centre (fictional)",
                        generated=TODAY,
                    ),
                ),
                "demo-uyghur-wgeid-en",
            )
        finally:
            vault.close()


if __name__ == "__main__":
    main()
