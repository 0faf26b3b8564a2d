"""Tabs whose pages are built the first time they are shown or asked for.

Opening a case tab built all eight sections of the editor at once (a few thousand widgets, and
as many events for every application-wide event filter to see); an interview shows none of
them. Here a tab holds a light host until its page is needed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

__all__ = ["LazyTabs"]


class _Host(QWidget):
    """A tab's page until and after its content is built: built when it is first shown."""

    def __init__(self, build: Callable[[], QWidget], scrolled: bool) -> None:
        super().__init__()
        self._build = build
        self._scrolled = scrolled
        self.content: QWidget | None = None
        self.shown: QWidget | None = None  # the content, or the scroll area holding it
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is not None:
            return self.content
        content = self._build()
        shown: QWidget = content
        if self._scrolled:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(content)
            shown = area
        self.content, self.shown = content, shown
        self._layout.addWidget(shown)
        if self.isVisible():
            shown.show()  # a layout shows a child added to a visible parent only later
        return content

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.ensure()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """``widget()``, ``currentWidget()``, ``indexOf()`` and ``setCurrentWidget()`` speak of a
    tab's content (a section, also when it is shown in a scroll area), building it if need be:
    callers never see the hosts."""

    def add_lazy(self, title: str, build: Callable[[], QWidget], *, scrolled: bool = False) -> int:
        return self.addTab(_Host(build, scrolled), title)

    def _host(self, index: int) -> _Host | None:
        host = super().widget(index)
        return host if isinstance(host, _Host) else None

    def built(self, index: int) -> QWidget | None:
        """The content of a tab if it has been built, without building it."""
        host = self._host(index)
        return host.content if host is not None else None

    def widget(self, index: int) -> QWidget | None:
        host = self._host(index)
        return host.ensure() if host is not None else super().widget(index)

    def currentWidget(self) -> QWidget:  # noqa: N802
        host = self._host(self.currentIndex())
        return host.ensure() if host is not None else super().currentWidget()

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        for index in range(self.count()):
            host = self._host(index)
            if host is not None and widget in (host, host.content, host.shown):
                return index
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
