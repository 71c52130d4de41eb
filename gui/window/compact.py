"""The window on small screens (an XGA projector at 1024x768, a 1366x768 laptop): the charts and the analysis
panels take turns instead of squeezing each other.

- Narrower than :data:`NARROW`, the four charts are one per page (tabs under the headline numbers), so the
  location and hardware charts have the height to show their rows instead of two or three names.
- Narrower than :data:`NARROW` or lower than :data:`SHORT`, the comparison and analysis panels open as pages
  next to the charts (closable tabs) instead of docks under them: a dock there squeezed the charts to a strip,
  or grew the window past the screen. On a larger window they go back to their docks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

#: below this window width the charts are one per page
NARROW = 1200
#: below this window height (or width NARROW) the analysis panels are pages instead of docks
SHORT = 900

#: the chart pages' names, in ChartGrid.charts order
TITLES = (
    (
        QT_TRANSLATE_NOOP("Compact", "Where it goes"),
        QT_TRANSLATE_NOOP("Compact", "Energy and CO2e by part: training, serving, overhead, hardware"),
    ),
    (
        QT_TRANSLATE_NOOP("Compact", "Lifetime"),
        QT_TRANSLATE_NOOP("Compact", "When serving overtakes training"),
    ),
    (QT_TRANSLATE_NOOP("Compact", "Grids"), QT_TRANSLATE_NOOP("Compact", "The same work on other grids")),
    (
        QT_TRANSLATE_NOOP("Compact", "Chips"),
        QT_TRANSLATE_NOOP("Compact", "The same work on every accelerator"),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Compact", text)


class CompactLayout(QObject):
    """Keeps the charts and the analysis docks arranged for the window's size (see the module's notes)."""

    def __init__(self, window: Any, docks: list[QDockWidget]):
        super().__init__(window)
        self.window = window
        self.grid = window.chart_area
        self.docks = docks
        self.moved: dict[QDockWidget, QScrollArea] = {}  # dock -> the page holding its panel
        self.grid.pages.setTabsClosable(True)
        self.grid.pages.tabCloseRequested.connect(self._close_page)
        for dock in docks:
            dock.visibilityChanged.connect(lambda shown, d=dock: shown and self._dock_shown(d))
        window.installEventFilter(self)
        self.kept = window.size()  # the window's size while no panel dock shows (see _dock_shown)
        self.apply()

    def small(self) -> bool:
        w = self.window
        return w.width() < NARROW or w.height() < SHORT

    def titles(self) -> list[str]:
        return [tr(name) for name, _tip in TITLES]

    def apply(self) -> None:
        """Arrange for the current size: chart pages, and each open panel as a page or in its dock."""
        self.grid.set_compact(self.window.width() < NARROW, self.titles())
        pages = self.grid.pages
        for i, (_name, tip) in enumerate(TITLES):
            index = pages.indexOf(self.grid.charts[i])
            if index >= 0 and self.grid.compact:
                pages.setTabToolTip(index, tr(tip))
        if self.small():
            for dock in self.docks:
                if dock.isVisible() and not dock.isFloating():
                    self.to_page(dock)
        else:
            for dock in list(self.moved):
                self.to_dock(dock)

    def _dock_shown(self, dock: QDockWidget) -> None:
        if self.small() and not dock.isFloating():
            size = self.kept  # the size before the dock's layout grew the window

            def move() -> None:
                if dock.isVisible():
                    self.to_page(dock)
                    keep()

            def keep() -> None:
                # the dock was shown a moment and its layout may grow the window once the events settle:
                # the window keeps the size it had
                if self.window.size() != size and not self.window.isMaximized():
                    self.window.resize(size)

            QTimer.singleShot(0, move)
            QTimer.singleShot(60, keep)
            QTimer.singleShot(250, keep)

    def to_page(self, dock: QDockWidget) -> None:
        """The dock's panel as a page beside the charts, shown; the dock itself hidden. The page scrolls, so a
        panel wider than a small window never widens it."""
        pages = self.grid.pages
        page = self.moved.get(dock)
        if page is None:
            panel = dock.widget()
            if panel is None:
                return
            page = QScrollArea()
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidgetResizable(True)
            page.setWidget(panel)
            self.moved[dock] = page
            pages.addTab(page, dock.windowTitle())
        pages.setCurrentWidget(page)
        dock.hide()

    def to_dock(self, dock: QDockWidget, show: bool = True) -> None:
        """The panel back in its dock, shown there (or left hidden)."""
        page = self.moved.pop(dock, None)
        if page is None:
            return
        pages = self.grid.pages
        pages.removeTab(pages.indexOf(page))
        panel = page.takeWidget()
        dock.setWidget(panel)
        panel.show()
        page.deleteLater()
        if show:
            dock.show()

    def panel_page(self, dock: QDockWidget) -> QWidget | None:
        """The page showing ``dock``'s panel, or None while it is in its dock."""
        return self.moved.get(dock)

    def _close_page(self, index: int) -> None:
        page = self.grid.pages.widget(index)
        for dock, moved in list(self.moved.items()):
            if moved is page:
                self.to_dock(dock, show=False)  # back in its hidden dock: the menu command shows it again

    def retranslate(self) -> None:
        self.grid.set_compact(self.grid.compact, self.titles())
        pages = self.grid.pages
        for dock, page in self.moved.items():
            pages.setTabText(pages.indexOf(page), dock.windowTitle())

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            if not any(d.isVisible() and not d.isFloating() for d in self.docks):
                self.kept = self.window.size()
            self.apply()
        return False


def install_compact(window: Any) -> CompactLayout:
    tools = window.whatif
    window.compact = CompactLayout(window, [tools.compare_dock, tools.analysis_dock])
    return window.compact
