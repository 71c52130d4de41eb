"""Copy for every table of the window: Ctrl+C or the context menu puts it on the clipboard as tab-separated
text, headings first, which pastes into a spreadsheet as cells.

A table view copies its selected rows (all rows when at most one cell is selected); a chart that is a table
in disguise (the tornado, the sweep) copies the rows it draws; the comparison copies its outputs and the
inputs that differ between its columns. :func:`install_copy` adds this to every table in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from gui.i18n import bind

Rows = Callable[[], list[list[str]]]


def tr(text: str) -> str:
    return QCoreApplication.translate("Copy", text)


def to_tsv(rows: list[list[Any]]) -> str:
    """Rows as tab-separated lines; a tab or line break inside a cell becomes a space."""

    def cell(v: Any) -> str:
        return " ".join(str(v).split()) if v is not None else ""

    return "\n".join("\t".join(cell(c) for c in row) for row in rows) + "\n"


def table_rows(view: QTableView) -> list[list[str]]:
    """A table's headings and its selected rows (every row when at most one cell is selected)."""
    model = view.model()
    cols = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    selected = (
        sorted({i.row() for i in view.selectionModel().selectedIndexes()}) if view.selectionModel() else []
    )
    rows = (
        selected if len(view.selectionModel().selectedIndexes() if view.selectionModel() else []) > 1 else []
    )
    rows = rows or list(range(model.rowCount()))
    vertical = view.verticalHeader().isVisible()
    head = ([""] if vertical else []) + [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in cols
    ]
    out = [head]
    for r in rows:
        line = (
            [str(model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) or "")]
            if vertical
            else []
        )
        line += [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in cols]
        out.append(line)
    return out


class CopyKey(QObject):
    """Answers Ctrl+C (the platform's Copy key) on one widget with ``rows()`` as TSV."""

    def __init__(self, widget: QWidget, rows: Rows, done: Callable[[int], None] | None = None):
        super().__init__(widget)
        self.rows, self.done = rows, done
        widget.installEventFilter(self)
        self.action = bind(
            QAction(widget), "setText", lambda: tr("Copy table")
        )  # re-set on a language switch
        self.action.triggered.connect(self.copy)
        widget.addAction(self.action)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def copy(self) -> str:
        rows = self.rows()
        text = to_tsv(rows)
        QGuiApplication.clipboard().setText(text)
        if self.done is not None:
            self.done(max(0, len(rows) - 1))
        return text

    def eventFilter(self, obj: Any, event: Any) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(
            QKeySequence.StandardKey.Copy
        ):
            if kind == QEvent.Type.KeyPress:
                self.copy()
            event.accept()
            return True
        return False


def add_copy(widget: QWidget, rows: Rows, done: Callable[[int], None] | None = None) -> CopyKey:
    return CopyKey(widget, rows, done)


def install_copy(
    root: QWidget, compare: Any, analysis: Any, show_status: Callable[[str, int], None]
) -> list[CopyKey]:
    """Copy on every table under ``root`` (sites, comparison, equivalents...), and on the tornado and the sweep
    of ``analysis``; the comparison's table copies its outputs and differing inputs (``compare``)."""

    def done(n: int) -> None:
        show_status(tr("Copied {n} rows: paste into a spreadsheet or a note.").format(n=n), 6000)

    keys = []
    special = {id(compare.table): compare.rows_for_copy}
    for view in root.findChildren(QTableView):
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        keys.append(add_copy(view, special.get(id(view), lambda v=view: table_rows(v)), done))
    keys.append(add_copy(analysis.tornado.plot, analysis.tornado.rows, done))
    keys.append(add_copy(analysis.sweep.plot, analysis.sweep.rows, done))
    return keys
