"""Reading a window's text contrast off its pixels (tests/ui/test_dark_theme.py walks every
window through this).

The window is grabbed once, as a person sees it; each visible label's and button's inside is
cut out of that image. Its background is the colour most of its pixels have; its text is the
pixel that stands out most from it (WCAG contrast ratio of relative luminances). Whatever
decided the colours — the palette, a style sheet, a rich-text span — is what the pixels show.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

__all__ = [
    "LIGHT_BACKGROUND",
    "MIN_CONTRAST",
    "Contrast",
    "chart_backgrounds",
    "contrasts",
    "relative_luminance",
]

MIN_CONTRAST = 3.0  # WCAG's floor for large text and for controls
# A background brighter than this in the dark theme is a light style left behind (the dark
# palette's window is 0.02, its highlight 0.2).
LIGHT_BACKGROUND = 0.4
_BEVEL = 3  # px of a button's own frame left out: the frame is not its text


@dataclass(frozen=True)
class Contrast:
    widget: str  # class, object name and text
    ratio: float
    background: float  # relative luminance of the background

    def __str__(self) -> str:
        return (
            f"{self.widget}: contrast {self.ratio:.2f}:1 on a background of luminance {self.background:.2f}"
        )


def relative_luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2 relative luminance of sRGB colours (…, 3) in 0–255."""
    c = rgb.astype(np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    result: np.ndarray = linear @ np.array([0.2126, 0.7152, 0.0722])
    return result


def _pixels(window: QWidget) -> tuple[np.ndarray, float]:
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=height * stride)
    bgra = raw.reshape(height, stride)[:, : width * 4].reshape(height, width, 4)
    return bgra[:, :, 2::-1].copy(), image.devicePixelRatio()  # RGB


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return "" if "<img" in widget.text() else widget.text().strip()
    assert isinstance(widget, QAbstractButton)
    return widget.text().strip()


def _inside(widget: QWidget) -> QRect:
    rect = widget.contentsRect() if isinstance(widget, QLabel) else widget.rect()
    if isinstance(widget, QAbstractButton):
        rect = rect.adjusted(_BEVEL, _BEVEL, -_BEVEL, -_BEVEL)
    return rect.intersected(widget.visibleRegion().boundingRect())


def _inside_height(widget: QWidget) -> int:
    full = (
        widget.contentsRect() if isinstance(widget, QLabel) else widget.rect().adjusted(0, _BEVEL, 0, -_BEVEL)
    )
    return max(full.height(), 2)


def _measure(pixels: np.ndarray) -> tuple[float, float]:
    packed = (
        (pixels[..., 0].astype(np.uint32) << 16) | (pixels[..., 1].astype(np.uint32) << 8) | pixels[..., 2]
    )
    colours, counts = np.unique(packed.ravel(), return_counts=True)
    rgb = np.stack([(colours >> 16) & 255, (colours >> 8) & 255, colours & 255], axis=-1)
    luminance = relative_luminance(rgb)
    background = float(luminance[int(np.argmax(counts))])
    lighter = (np.maximum(luminance, background) + 0.05) / (np.minimum(luminance, background) + 0.05)
    return float(lighter.max()), background


def contrasts(window: QWidget) -> list[Contrast]:
    """Every visible, enabled label and button of ``window`` that shows a text, with the
    contrast of its text against its background."""
    image, ratio = _pixels(window)
    found: list[Contrast] = []
    widgets: list[QWidget] = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    for widget in widgets:
        text = _text(widget)
        # A disabled control is exempt (WCAG 1.4.3 "inactive user interface components"): it
        # is drawn dimmed on purpose, in the palette's Disabled colours.
        if not text or not widget.isVisible() or not widget.isEnabled() or widget.window() is not window:
            continue
        rect = _inside(widget)
        # A widget scrolled mostly out of its viewport shows a sliver with no text in it.
        if rect.width() < 2 or rect.height() < min(widget.fontMetrics().height(), _inside_height(widget)):
            continue
        top_left = widget.mapTo(window, rect.topLeft())
        x, y = int(top_left.x() * ratio), int(top_left.y() * ratio)
        w, h = int(rect.width() * ratio), int(rect.height() * ratio)
        pixels = image[max(y, 0) : y + h, max(x, 0) : x + w]
        if pixels.size == 0:
            continue
        contrast, background = _measure(pixels)
        name = f"{type(widget).__name__}#{widget.objectName()} {text[:40]!r}"
        found.append(Contrast(name, contrast, background))
    return found


def chart_backgrounds(window: QWidget) -> list[Contrast]:
    """Every visible chart of ``window`` (the Statistics tab's), measured as a whole: its
    background is the panel a person sees around the bars."""
    from PySide6.QtCharts import QChartView

    found: list[Contrast] = []
    for view in window.findChildren(QChartView):
        if view.isVisible() and view.width() > 2 and view.height() > 2:
            image, _ratio = _pixels(view)
            contrast, background = _measure(image)
            found.append(Contrast(f"QChartView#{view.objectName()}", contrast, background))
    return found
