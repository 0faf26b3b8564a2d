"""Photos without the metadata that gives families away: GPS, camera, author, thumbnails.

A phone photo carries, besides its pixels, where it was taken (EXIF GPS), by whom (Artist,
XMP creator, IPTC by-line), on which device (Make, Model, serial), a preview of itself (EXIF
and JFXX thumbnails, MPF side images after the end of the picture) and free text (COM). Every
image in a document Izdeu makes for others goes through :func:`clean_image` first. The
original in the vault is never changed: its SHA-256 is the evidence.

JPEG stays lossless: only its metadata segments are dropped, the compressed picture data is
copied byte for byte (``strip_jpeg``). Kept: the quantisation and Huffman tables, frame and
scan headers, APP0 JFIF (rewritten without its thumbnail) and APP14 Adobe (it says how CMYK is
stored). The ICC profile (APP2) is dropped too: PDF colour comes from the PDF's colour space,
not from a profile inside the JPEG, and profiles can name a device or a person. A JPEG that
EXIF says is rotated is re-encoded by the caller (the pixels must turn, which loses the
losslessness). PNG loses its text, time and EXIF chunks; any other format is re-encoded
through Pillow with no metadata.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib

__all__ = ["MetadataFound", "clean_image", "find_metadata", "strip_jpeg", "strip_png"]

_JFIF = b"JFIF\x00"
_ADOBE = b"Adobe"
_SOS, _EOI, _COM = 0xDA, 0xD9, 0xFE
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Ancillary PNG chunks that carry words, times or EXIF; the picture needs none of them.
_PNG_DROP = {b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME", b"iCCP"}


class MetadataFound(frozenset[str]):
    """What a photo's metadata reveals: any of ``gps``, ``author``, ``camera``."""


def strip_jpeg(data: bytes) -> bytes:
    """The JPEG without EXIF, XMP, IPTC, ICC, comments, thumbnails or trailing data.

    ``ValueError`` when the bytes are not a well-formed JPEG (the caller re-encodes instead).
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = [b"\xff\xd8"]
    i, n = 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            raise ValueError("bad JPEG marker")
        while i < n and data[i] == 0xFF:  # fill bytes before a marker
            i += 1
        if i >= n:
            break
        marker = data[i]
        i += 1
        if marker == _EOI:
            out.append(b"\xff\xd9")
            return b"".join(out)  # anything after the picture (MPF side images…) is dropped
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(bytes((0xFF, marker)))
            continue
        if i + 2 > n:
            raise ValueError("truncated JPEG")
        length = struct.unpack(">H", data[i : i + 2])[0]
        if length < 2 or i + length > n:
            raise ValueError("truncated JPEG")
        body = data[i + 2 : i + length]
        i += length
        kept = _keep_segment(marker, body)
        if kept is not None:
            out.append(bytes((0xFF, marker)) + struct.pack(">H", len(kept) + 2) + kept)
        if marker == _SOS:
            end = _scan_end(data, i)
            out.append(data[i:end])  # the compressed picture, byte for byte
            i = end
    raise ValueError("the JPEG has no end marker")


def _keep_segment(marker: int, body: bytes) -> bytes | None:
    if marker == 0xE0:
        if not body.startswith(_JFIF) or len(body) < 12:
            return None  # JFXX (a thumbnail) and unknown APP0 segments
        return body[:12] + b"\x00\x00"  # JFIF header with an empty thumbnail
    if marker == 0xEE:
        return body if body.startswith(_ADOBE) else None
    if 0xE1 <= marker <= 0xEF or marker == _COM:
        return None
    return body


def _scan_end(data: bytes, start: int) -> int:
    """Where the entropy-coded data after an SOS header ends (at the next real marker)."""
    j = start
    while True:
        j = data.find(b"\xff", j)
        if j < 0 or j + 1 >= len(data):
            raise ValueError("truncated JPEG scan")
        following = data[j + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            j += 1  # stuffed byte, restart marker or fill: still picture data
            continue
        return j


def strip_png(data: bytes) -> bytes:
    """The PNG without text, time, EXIF or ICC chunks (pixels untouched)."""
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("not a PNG")
    out = [_PNG_SIGNATURE]
    i = len(_PNG_SIGNATURE)
    while i + 12 <= len(data):
        length = struct.unpack(">I", data[i : i + 4])[0]
        kind = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG")
        chunk = data[i:end]
        if zlib.crc32(chunk[4:-4]) != struct.unpack(">I", chunk[-4:])[0]:
            raise ValueError("damaged PNG chunk")
        if kind not in _PNG_DROP:
            out.append(chunk)
        i = end
        if kind == b"IEND":
            return b"".join(out)
    raise ValueError("the PNG has no end chunk")


def _reencode(data: bytes) -> tuple[bytes, str]:
    """Pixels only, through Pillow: EXIF orientation applied, no metadata of any kind."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        fmt = image.format or "PNG"
        turned = ImageOps.exif_transpose(image)
        pixels = Image.frombytes(turned.mode, turned.size, turned.tobytes())
        if turned.mode == "P":
            pixels.putpalette(turned.getpalette() or [])
    buffer = io.BytesIO()
    if fmt in ("JPEG", "MPO") and pixels.mode in ("RGB", "L", "CMYK"):
        pixels.save(buffer, "JPEG", quality=95)
        return buffer.getvalue(), "image/jpeg"
    pixels.save(buffer, "PNG")
    return buffer.getvalue(), "image/png"


def clean_image(data: bytes) -> tuple[bytes, str]:
    """``(bytes, media type)`` of the image with no metadata; ``ValueError`` if unreadable.

    JPEG and PNG keep their exact picture data unless EXIF says the photo is rotated.
    """
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        fmt = image.format
        orientation = image.getexif().get(0x0112, 1)
    if fmt in ("JPEG", "MPO") and orientation == 1:  # MPO: a JPEG with pictures after its end
        return strip_jpeg(data), "image/jpeg"
    if fmt == "PNG" and orientation == 1:
        return strip_png(data), "image/png"
    return _reencode(data)


def find_metadata(data: bytes) -> MetadataFound:
    """What the image's metadata reveals (empty when nothing, or when it cannot be read)."""
    from PIL import Image

    found: set[str] = set()
    try:
        with warnings.catch_warnings(), Image.open(io.BytesIO(data)) as image:
            warnings.simplefilter("ignore")  # a malformed MPO index still has readable EXIF
            exif = image.getexif()
            gps = exif.get_ifd(0x8825)
            camera_serial = exif.get_ifd(0x8769).get(0xA431)
    except Exception:  # noqa: BLE001 - an unreadable file reveals nothing we can name
        return MetadataFound()
    if gps:
        found.add("gps")
    if any(exif.get(tag) for tag in (0x013B, 0x8298)) or b"<dc:creator" in data:
        found.add("author")  # EXIF Artist or Copyright, XMP creator
    if any(exif.get(tag) for tag in (0x010F, 0x0110)) or camera_serial:
        found.add("camera")  # Make, Model, body serial number
    return MetadataFound(found)
