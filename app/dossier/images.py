"""Turning attachment bytes into something ReportLab can draw, or a clear "could not" answer.

Images come from families' phones and scanners: truncated downloads, odd colour modes, EXIF
rotation, huge scans, and metadata (GPS, camera, author) that must never reach a dossier:
JPEGs drawn as they are lose their metadata segments first; everything else is drawn from
decoded pixels, which carry none. Everything is decoded here, before the document is built,
because an exception inside ReportLab's build would lose the whole dossier. A file that fails
becomes ``None`` and the dossier draws a placeholder box with a note instead.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader

from app.imagemeta import strip_jpeg
from app.model import Redaction

__all__ = ["MAX_PIXELS", "MAX_EDGE", "PreparedImage", "is_image", "prepare_image"]

MAX_PIXELS = 60_000_000  # larger images are refused as likely decompression bombs
# Longest edge kept, in pixels: ~250 dpi across an A4 text width; larger scans are scaled down
# so a dossier of 20 phone photos stays a few megabytes.
MAX_EDGE = 2000

_READABLE = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp")


def is_image(media_type: str) -> bool:
    return media_type.lower().split(";")[0].strip() in _READABLE


@dataclass(frozen=True)
class PreparedImage:
    reader: ImageReader
    width: int  # pixels
    height: int


def prepare_image(data: bytes, hide: Sequence[Redaction] = ()) -> PreparedImage | None:
    """Decode and normalise an image; ``None`` when it is damaged or not a supported image.

    ``hide``: rectangles whose pixels are replaced (black) before the image is embedded: the
    PDF holds no trace of what was there, unlike a box drawn over the picture.
    """
    from PIL import Image, ImageDraw, ImageOps

    try:
        with warnings.catch_warnings():
            # Pillow warns (not raises) between MAX_IMAGE_PIXELS and twice that; we refuse.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Its own type (ImageFile) would refuse the plain Images made from it below.
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                return None
            fmt = image.format
            image.load()  # decodes everything: a truncated file fails here, not in the build
        fmt = "JPEG" if fmt == "MPO" else fmt  # a JPEG with more pictures after its end
        orientation = image.getexif().get(0x0112, 1) if fmt in ("JPEG", "TIFF", "WEBP") else 1
        too_big = max(image.size) > MAX_EDGE
        # A CMYK JPEG is decoded to RGB: PDF/A allows DeviceCMYK only with a CMYK output
        # intent, and the dossier's is sRGB.
        if not hide and fmt == "JPEG" and image.mode in ("RGB", "L") and orientation == 1 and not too_big:
            # ReportLab embeds JPEG bytes as they are (DCTDecode): fastest and lossless. So
            # they are stripped first: EXIF GPS, camera, author, XMP, thumbnails must not
            # reach the PDF (app/imagemeta.py). A JPEG too odd to strip is drawn from pixels.
            with contextlib.suppress(ValueError):
                clean = strip_jpeg(data)
                return PreparedImage(ImageReader(io.BytesIO(clean)), image.width, image.height)
        if orientation != 1:
            image = ImageOps.exif_transpose(image)
        if image.mode not in ("RGB", "L"):
            if "A" in image.getbands() or image.mode in ("P", "PA", "LA", "RGBA"):
                rgba = image.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                image = flat
            else:
                image = image.convert("RGB")
        if hide:
            draw = ImageDraw.Draw(image)
            for region in hide:
                x0, y0, x1, y1 = region.box(image.width, image.height)
                if x1 > x0 and y1 > y0:
                    draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=0)
        if too_big:
            image.thumbnail((MAX_EDGE, MAX_EDGE))
        return PreparedImage(ImageReader(image), image.width, image.height)
    except Exception:  # noqa: BLE001 - any decoding failure means "show a placeholder"
        return None
