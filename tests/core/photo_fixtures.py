"""A fictional phone photo that gives everything away: EXIF GPS, author, camera, thumbnails."""

from __future__ import annotations

import io
import struct

from PIL import Image

AUTHOR = "Fictional Photographer Zhanar"
CAMERA = "FictionalCam Z9"
COMMENT = b"taken at the fictional family home"
XMP_MARK = b"http://ns.adobe.com/xap/1.0/\x00"
LEAKS = [
    b"Exif\x00",
    b"GPS",
    AUTHOR.encode(),
    CAMERA.encode(),
    COMMENT,
    b"Adobe XMP",
    b"xap/1.0",
    b"Photoshop",
    b"ICC_PROFILE",
    b"JFXX",
    b"MPF",
    b"dc:creator",
]


def _segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def _thumbnail() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), (200, 0, 0)).save(out, "JPEG")
    return out.getvalue()


def _exif(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = AUTHOR  # Artist
    exif[0x010F] = CAMERA  # Make
    exif[0x0110] = "Model X1"
    if orientation != 1:
        exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (43.0, 15.0, 30.5), 3: "E", 4: (76.0, 54.0, 12.25)}
    raw = bytearray(exif.tobytes())  # b"Exif\0\0" + TIFF; IFD0's "next IFD" is 0
    tiff = raw[6:]
    little = tiff[:2] == b"II"
    order = "<" if little else ">"
    ifd0 = struct.unpack(order + "I", tiff[4:8])[0]
    count = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])[0]
    next_at = ifd0 + 2 + 12 * count
    thumb = _thumbnail()
    ifd1 = len(tiff)
    struct.pack_into(order + "I", tiff, next_at, ifd1)
    data_at = ifd1 + 2 + 2 * 12 + 4
    tiff += struct.pack(order + "H", 2)
    tiff += struct.pack(order + "HHII", 0x0201, 4, 1, data_at)  # thumbnail offset
    tiff += struct.pack(order + "HHII", 0x0202, 4, 1, len(thumb))  # thumbnail length
    tiff += struct.pack(order + "I", 0) + thumb
    return b"Exif\x00\x00" + bytes(tiff)


def clean_base(size: tuple[int, int] = (120, 90)) -> bytes:
    """The same picture as Pillow writes it with no metadata (its scan data is the truth)."""
    image = Image.new("RGB", size, (30, 110, 190))
    for x in range(size[0]):
        for y in range(0, size[1], 7):
            image.putpixel((x, y), (250, (x * 2) % 256, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def revealing_jpeg(orientation: int = 1) -> tuple[bytes, bytes]:
    """``(hostile JPEG, its scan data from the first SOS to EOI)``."""
    base = clean_base()
    scan = base[base.index(b"\xff\xda") :]
    app0_len = struct.unpack(">H", base[4:6])[0]
    head, rest = base[: 4 + app0_len], base[4 + app0_len :]
    xmp = XMP_MARK + (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core">'
        b"<dc:creator>" + AUTHOR.encode() + b"</dc:creator></x:xmpmeta>"
    )
    iptc = (
        b"Photoshop 3.0\x008BIM\x04\x04\x00\x00"
        + struct.pack(">I", 30)
        + b"\x1c\x02\x50\x00\x1a"
        + AUTHOR.encode()[:26]
        + b"\x00"
    )
    icc = b"ICC_PROFILE\x00\x01\x01" + b"\x00" * 64 + AUTHOR.encode()
    extra = (
        _segment(0xE0, b"JFXX\x00\x10" + _thumbnail())
        + _segment(0xE1, _exif(orientation))
        + _segment(0xE1, xmp)
        + _segment(0xE2, icc)
        + _segment(0xED, iptc)
        + _segment(0xFE, COMMENT)
    )
    # A second picture after the end marker, as phones append (MPF previews, depth maps).
    return head + extra + rest + _thumbnail() + AUTHOR.encode(), scan


def revealing_png() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", AUTHOR)
    info.add_itxt("Comment", COMMENT.decode(), zip=False)
    info.add_text("Description", "GPS 43.25 76.91", zip=True)
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (10, 160, 90)).save(out, "PNG", pnginfo=info, exif=_exif(1))
    return out.getvalue()
