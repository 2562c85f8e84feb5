"""One read-only table for short lists (shortcuts, counters, corrections, accounts): a
``QAbstractTableModel`` over rows of text, shown in a ``QTableView``.  Long lists that page
(today, audit) have their own lazy models; there are no item-based table widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clerk_desk.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class Cell(str):
    """A cell's text with what else it shows: a colour, a tooltip, a key (``UserRole``)."""

    colour: Any = None
    background: Any = None
    tip: str = ""
    key: Any = None
    align: Any = None

    def __new__(cls, text: str, *, colour: Any = None, background: Any = None, tip: str = "", key: Any = None,
                align: Any = None) -> Cell:
        cell = super().__new__(cls, text)
        cell.colour, cell.background, cell.tip, cell.key, cell.align = colour, background, tip, key, align
        return cell


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.row_headers: list[str] = []  # shown down the left when set
        self.rows: list[tuple[str, ...]] = []
        self.aligned: dict[int, Qt.AlignmentFlag] = {}  # column: alignment (numbers to the right)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.rows = [tuple(row) for row in rows]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return str(self.rows[row][column])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell)
        if isinstance(cell, Cell):
            if role == Qt.ItemDataRole.ForegroundRole:
                return cell.colour
            if role == Qt.ItemDataRole.BackgroundRole:
                return cell.background
            if role == Qt.ItemDataRole.TextAlignmentRole and cell.align is not None:
                return int(cell.align)
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell.tip or None
            if role == Qt.ItemDataRole.UserRole:
                return cell.key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.aligned:
            return int(self.aligned[index.column()] | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return self.row_headers[section] if section < len(self.row_headers) else None


def show_rows(view: QTableView, headers: Sequence[str], *, rows: bool = False) -> QTableView:
    """Make ``view`` (one from a form, say) a read-only view on a new :class:`RowsModel`."""
    view.setModel(RowsModel(headers, view))
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view
