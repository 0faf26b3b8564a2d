"""Redacted images: the pixels of a marked region are replaced in the embedded image itself,
only for the chosen recipients, and the file in the vault keeps its bytes and SHA-256."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from app.dossier import DossierOptions, make_dossier
from app.errors import InvalidInputError
from app.model import Case, Name, Person, Redaction
from app.store import Store

TODAY = _dt.date(2026, 11, 28)


def _photo(fmt: str) -> bytes:
    image = Image.new("RGB", (400, 200), (230, 180, 40))
    out = io.BytesIO()
    image.save(out, fmt, quality=95) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def _embedded(pdf: bytes) -> list[Image.Image]:
    reader = PdfReader(io.BytesIO(pdf))
    return [img.image.convert("RGB") for page in reader.pages for img in page.images if img.image is not None]


def _dark(pixel: tuple[int, int, int]) -> bool:
    return max(pixel) < 30


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_region_replaced_for_the_chosen_recipient_only(store: Store, fmt: str) -> None:
    data = _photo(fmt)
    case = Case(case_number="IZ-2024-0800", person=Person(names=[Name("Сайхан", "kk-Cyrl")]))
    store.save(case)
    attachment = store.add_attachment(case.uuid, io.BytesIO(data), f"scan.{fmt.lower()}")
    # The left half hidden from the public (and the press); the UN gets the whole picture.
    attachment.redactions = [Redaction(left=0, top=0, width=500, height=1000, scopes=["publish"])]
    store.save(attachment)

    public = make_dossier(store, case.uuid, DossierOptions(profile="public", generated=TODAY))
    (picture,) = _embedded(public.pdf)
    w, h = picture.size
    for x, y in ((w // 8, h // 2), (w // 3, h // 5), (w // 2 - 3, h - 3)):
        assert _dark(picture.getpixel((x, y))), (x, y)
    for x, y in ((w // 2 + 5, h // 2), (w - 5, 5)):
        assert not _dark(picture.getpixel((x, y))), (x, y)

    wgeid = make_dossier(store, case.uuid, DossierOptions(profile="wgeid", generated=TODAY))
    (whole,) = _embedded(wgeid.pdf)
    assert not _dark(whole.getpixel((whole.size[0] // 8, whole.size[1] // 2)))

    # The original is intact in the vault.
    kept = store.attachment_bytes(attachment.uuid, 10_000_000)
    assert (
        kept == data and hashlib.sha256(kept).hexdigest() == store.load_case(case.uuid).attachments[0].sha256
    )


def test_hostile_regions_are_refused(store: Store) -> None:
    case = Case(case_number="IZ-2024-0801")
    store.save(case)
    attachment = store.add_attachment(case.uuid, io.BytesIO(_photo("PNG")), "a.png")
    for bad in (
        Redaction(left=-1, top=0, width=10, height=10),
        Redaction(left=0, top=0, width=0, height=10),
        Redaction(left=0, top=0, width=10, height=10**9),
        Redaction(left=0, top=0, width=10, height=10, scopes=["everyone"]),
    ):
        attachment.redactions = [bad]
        with pytest.raises(InvalidInputError):
            store.save(attachment)
    # A region reaching past the edge is clipped, not an error.
    assert Redaction(left=900, top=900, width=1000, height=1000).box(400, 200) == (360, 180, 400, 200)
