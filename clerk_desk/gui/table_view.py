"""How every list page's table behaves: whole rows, keyboard first, lazy scrolling.

The tables come from the pages' Designer forms (``ui/*_page.ui``); :func:`setup_table` sets
what a form cannot say (column sizing by contents).
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
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view
