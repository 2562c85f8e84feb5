"""How every list page's table behaves: whole rows, keyboard first, lazy scrolling.

The tables come from the pages' Designer forms (``ui/*_page.ui``); :func:`setup_table` sets
what the list pages share.  Columns are sized to their contents once, when the first rows
arrive (:func:`size_columns_once`), not on every change: sizing by contents asks every cell
for every role, which cost a search-as-you-type keystroke most of its frame, and columns
that jump at each keystroke are hard to read.
"""

from __future__ import annotations

from clerk_desk.gui.qt import QAbstractItemView, QHeaderView, QTableView


def setup_table(view: QTableView, *, ticking: bool = False) -> QTableView:
    """``ticking``: a click toggles a row without clearing the others (a list to tick off)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection if ticking
                          else QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def size_columns_once(view: QTableView) -> None:
    """Size the columns to the rows shown, the first time there are rows."""
    if view.model() is not None and view.model().rowCount() and not view.property("columnsSized"):
        view.setProperty("columnsSized", True)
        view.resizeColumnsToContents()
