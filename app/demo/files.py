"""Generated demo files: a portrait PNG with fictional initials and a scanned-letter PDF."""

from __future__ import annotations

import io
import random


def photo_png(initials: str, seed: int = 0, size: tuple[int, int] = (160, 200)) -> bytes:
    """A small portrait-shaped PNG showing fictional initials (no real face)."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    background = (rng.randrange(90, 200), rng.randrange(90, 200), rng.randrange(90, 200))
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] * 0.25, size[1] * 0.12, size[0] * 0.75, size[1] * 0.52), fill=(235, 225, 210))
    draw.rectangle((size[0] * 0.18, size[1] * 0.58, size[0] * 0.82, size[1]), fill=(60, 70, 90))
    font = ImageFont.load_default(size=36)
    draw.text((size[0] / 2, size[1] * 0.32), initials, fill=(40, 40, 40), font=font, anchor="mm")
    draw.text((4, size[1] - 14), "DEMO", fill=(255, 255, 255), font=ImageFont.load_default(10))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def scan_pdf(lines: list[str]) -> bytes:
    """A one-page PDF that looks like a scanned letter (Latin text: the core fonts only)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    # invariant=1: no creation date or random id, so the same seed gives the same bytes.
    pdf = canvas.Canvas(out, pagesize=A5, invariant=1)
    width, height = A5
    pdf.setFillGray(0.93)
    pdf.rect(0, 0, width, height, fill=1, stroke=0)
    pdf.setFillGray(0.15)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(36, height - 48, "FICTIONAL DEMO DOCUMENT")
    pdf.setFont("Helvetica", 10)
    y = height - 72
    for line in lines:
        pdf.drawString(36, y, line[:80])
        y -= 15
    pdf.setStrokeGray(0.4)
    pdf.circle(width - 70, 70, 32)
    pdf.drawCentredString(width - 70, 66, "STAMP")
    pdf.showPage()
    pdf.save()
    return out.getvalue()
