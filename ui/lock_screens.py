"""What a person sees before the vault locks: the countdown warning, and the privacy screen
that "Hide now" puts in front of the work.

Neither shows anything of a case: only the time left and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.fonts import heading_font
from ui.tones import WARNING, is_dark, tone_color

__all__ = ["LockWarning", "PrivacyScreen"]

# The warning box's (background, text) in the light and the dark theme: amber either way, ≥ 9:1.
_BOX = {False: ("#fff4ce", "#3b2500"), True: ("#3d3019", "#ffe6b3")}
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)


class LockWarning(QFrame):
    """A small window on top: "The vault locks in N s". Shown without taking the keyboard,
    so the next key typed goes on into the field being filled (and cancels the countdown)."""

    keep_working = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("LockWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.Box)
        self._restyle()
        self.countdown = QLabel()
        self.countdown.setObjectName("lockCountdown")
        heading_font(self.countdown, 1.2)
        hint = QLabel(self.tr("Press any key or move the mouse to keep working."))
        hint.setWordWrap(True)
        self.button = QPushButton(self.tr("Keep working"))
        self.button.setObjectName("keepWorking")
        self.button.clicked.connect(self.keep_working)
        text = QVBoxLayout()
        text.addWidget(self.countdown)
        text.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(460)

    def _restyle(self) -> None:
        """The box in the current theme's amber (a fixed pale box glared in the dark theme)."""
        background, text = _BOX[is_dark()]
        style = (
            f"#LockWarning {{ background: {background}; border: 2px solid {tone_color(WARNING).name()}; }}"
            f" QLabel {{ color: {text}; }}"
        )
        if self.styleSheet() != style:  # setting it sends events of its own: no loop
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._restyle()  # the theme changed while the warning exists (ui/theme.py)
        super().changeEvent(event)

    def show_left(self, seconds: int, over: QWidget | None) -> None:
        """Show (or update) the countdown near the top of ``over``'s window."""
        self.countdown.setText(self.tr("The vault locks in %n s.", "", seconds))
        if not self.isVisible():
            self.adjustSize()
            if over is not None:
                frame = over.frameGeometry()
                self.move(frame.center().x() - self.width() // 2, frame.top() + 80)
            self.show()
            self.raise_()


class PrivacyScreen(QWidget):
    """The blank window "Hide now" shows while the vault stays open behind it.

    One click or key brings the work back (``resume``); the controller locks the vault when
    the lock timeout passes first.
    """

    resume = Signal()
    lock_requested = Signal()  # Ctrl+L here locks the vault at once
    closed_by_user = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacyScreen")
        self.setWindowTitle(self.tr("Izdeu"))
        self.setAutoFillBackground(True)
        self.setStyleSheet("#PrivacyScreen { background: #20262e; } QLabel { color: #e8eaed; }")
        title = QLabel(self.tr("Izdeu is hidden"))
        heading_font(title, 1.8)
        hint = QLabel(
            self.tr(
                "Click or press a key to show the work again. After the lock time, the "
                "passphrase is asked for."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for three lines: a wrapped label in a stretching layout may get only one.
        hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 4)
        # A column of fixed width, so the wrapped hint gets the height it needs.
        column = QWidget()
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1000, 700)
        self._allow_close = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()
        if event.key() in _MODIFIER_KEYS:
            return  # the first half of Ctrl+L, not yet a key
        if event.key() == Qt.Key.Key_L and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lock_requested.emit()
        else:
            self.resume.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.resume.emit()
        event.accept()

    def dismiss(self) -> None:
        """Close for good (the work shown again, or the vault locked)."""
        self._allow_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Closing the blank window by its title bar must not show the work: it locks instead.
        if not self._allow_close:
            self.closed_by_user.emit()
        super().closeEvent(event)
