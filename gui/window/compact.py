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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QTabBar, QWidget

#: below this window width the charts are one per page
NARROW = 1200
#: below this window height (or width NARROW) the analysis panels are pages instead of docks
SHORT = 900

#: the page of the 2 x 2 grid, when a panel's page stands beside it
CHARTS = QT_TRANSLATE_NOOP("Compact", "Charts")
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
    """Keeps the charts and the analysis docks arranged for the window's size (see the module's notes).

    On a small window each panel lives in a scrolling page (:attr:`pages`), and its dock holds an empty
    placeholder: showing the dock (its menu command, Pin) then opens the page and hides the dock again, and a
    dock that holds nothing cannot grow the window past the screen.
    """

    def __init__(self, frame: QWidget, grid: Any, docks: list[QDockWidget]):
        """``frame`` is the top-level widget whose size decides (its resizes are followed), ``grid`` the
        chart grid (:class:`gui.charts.grid.ChartGrid`), ``docks`` the comparison and analysis docks."""
        super().__init__(frame)
        self.frame = frame
        self.grid = grid
        self.docks = docks
        self.panels = {dock: dock.widget() for dock in docks}  # each dock's own panel
        self.pages: dict[QDockWidget, QScrollArea] = {}  # dock -> the page its panel is parked in (small)
        self.grid.pages.setTabsClosable(True)
        self.grid.pages.tabCloseRequested.connect(self._close_page)
        for dock in docks:
            dock.visibilityChanged.connect(lambda shown, d=dock: shown and self._dock_shown(d))
        frame.installEventFilter(self)
        self.apply()

    def small(self) -> bool:
        return self.frame.width() < NARROW or self.frame.height() < SHORT

    def titles(self) -> list[str]:
        return [tr(name) for name, _tip in TITLES]

    def apply(self) -> None:
        """Arrange for the current size: chart pages, and each panel parked in a page or in its dock."""
        self.grid.set_compact(self.frame.width() < NARROW, self.titles())
        pages = self.grid.pages
        for i, (_name, tip) in enumerate(TITLES):
            index = pages.indexOf(self.grid.charts[i])
            if index >= 0 and self.grid.compact:
                pages.setTabToolTip(index, tr(tip))
        index = pages.indexOf(self.grid.grid_page)
        if index >= 0:  # named when a panel's page stands beside it
            pages.setTabText(index, tr(CHARTS))
        for page in (self.grid.grid_page, *self.grid.charts):  # the charts are not closed, only panels
            index = pages.indexOf(page)
            if index >= 0:
                self.grid.no_close(index)
        for dock in self.docks:
            if dock.isFloating():
                continue
            if self.small() and dock not in self.pages:
                shown = dock.isVisible()
                self._park(dock)
                if shown:
                    self.to_page(dock)
            elif not self.small() and dock in self.pages:
                self.to_dock(dock, show=pages.indexOf(self.pages[dock]) >= 0)

    def _park(self, dock: QDockWidget) -> None:
        """Move the dock's panel into a scrolling page (not yet a tab); the dock keeps an empty placeholder."""
        panel = self.panels[dock]
        page = QScrollArea()
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setWidgetResizable(True)
        dock.setWidget(QWidget())
        page.setWidget(panel)
        panel.show()
        self.pages[dock] = page

    def _dock_shown(self, dock: QDockWidget) -> None:
        if dock in self.pages and not dock.isFloating():
            QTimer.singleShot(
                0, lambda: self.to_page(dock) if dock.isVisible() and dock in self.pages else None
            )

    def to_page(self, dock: QDockWidget) -> None:
        """The dock's panel as a page beside the charts, current; the dock itself hidden."""
        if dock not in self.pages:
            self._park(dock)
        page = self.pages[dock]
        pages = self.grid.pages
        if pages.indexOf(page) < 0:
            pages.addTab(page, dock.windowTitle())
            self._close_tip(pages.indexOf(page))
        pages.setCurrentWidget(page)
        dock.hide()
        split = getattr(self.panels[dock], "split", None)
        if split is not None:  # a page is taller than a dock: the comparison's chart goes under its table
            split.setOrientation(Qt.Orientation.Vertical)

    def to_dock(self, dock: QDockWidget, show: bool = True) -> None:
        """The panel back in its dock (shown there when ``show``)."""
        page = self.pages.pop(dock, None)
        if page is None:
            return
        pages = self.grid.pages
        if pages.indexOf(page) >= 0:
            pages.removeTab(pages.indexOf(page))
        panel = page.takeWidget()
        placeholder = dock.widget()
        dock.setWidget(panel)
        panel.show()
        split = getattr(panel, "split", None)
        if split is not None:
            split.setOrientation(Qt.Orientation.Horizontal)
        page.deleteLater()
        if placeholder is not None and placeholder is not panel:
            placeholder.deleteLater()
        if show:
            dock.show()

    def panel_page(self, dock: QDockWidget) -> QWidget | None:
        """The page showing ``dock``'s panel, or None while it is not a page."""
        page = self.pages.get(dock)
        return page if page is not None and self.grid.pages.indexOf(page) >= 0 else None

    def _close_page(self, index: int) -> None:
        page = self.grid.pages.widget(index)
        if page in self.pages.values():
            self.grid.pages.removeTab(index)  # parked: the menu command opens it again

    def _close_tip(self, index: int) -> None:
        button = self.grid.pages.tabBar().tabButton(index, QTabBar.ButtonPosition.RightSide)
        if button is not None:  # Qt's own tip is set once, in English
            button.setToolTip(tr("Close this page (the menu command opens it again)"))

    def retranslate(self) -> None:
        self.grid.set_compact(self.grid.compact, self.titles())
        pages = self.grid.pages
        if pages.indexOf(self.grid.grid_page) >= 0:
            pages.setTabText(pages.indexOf(self.grid.grid_page), tr(CHARTS))
        for dock, page in self.pages.items():
            if pages.indexOf(page) >= 0:
                pages.setTabText(pages.indexOf(page), dock.windowTitle())
                self._close_tip(pages.indexOf(page))

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.frame and event.type() == QEvent.Type.Resize:
            self.apply()
        return False
