"""The list pages' one base (today, cards ready, late, search): a Designer form with a
``summaryLabel`` and a ``table``, an :class:`ApplicationsModel` on each table (lazy, keyset
pages when fed a pager), and the wiring they share, written once:

* Enter or a double-click opens the row: a draft or a returned application continues in the
  New Application page (:attr:`open_application`), any other opens its record (:attr:`open_record`);
* Ctrl+A selects every row of the list (the selection model holds them all, the rows
  not fetched yet fetched first), and
  :meth:`selected_rows` is what a page's action acts on;
* a *ticking* list (cards ready) toggles a row per click and shows the selection as ticks;
* the page loads when the database is ready and whenever an application changed, only while
  on screen for :attr:`LOAD_WHEN_SHOWN` pages (a supervisor's tabs), at once otherwise.

A page names its form (:attr:`FORM`) and columns, and writes :meth:`reload` and
:meth:`update_summary`.  No database work here: the models and :meth:`reload` use workers.
"""

from __future__ import annotations

from typing import Any, ClassVar

from clerk_desk.gui.applications_model import DEFAULT_COLUMNS, ApplicationsModel
from clerk_desk.gui.lazy import WhenShown
from clerk_desk.gui.qt import QKeySequence, QModelIndex, QShortcut, Qt, QTableView, QWidget, Signal, Slot
from clerk_desk.gui.table_view import setup_table, size_columns_once


class ListPage(QWidget):
    open_application = Signal(object)  # a draft or returned one: continue it in the New Application page
    open_record = Signal(object)  # any other: the record dialog

    FORM: ClassVar[Any]  # the page's Ui_ class from gui/forms
    COLUMNS: ClassVar[tuple[str, ...]] = DEFAULT_COLUMNS
    TICKING: ClassVar[bool] = False
    LOAD_WHEN_SHOWN: ClassVar[bool] = True
    LOADS: ClassVar[bool] = True  # False: filled by the page itself (search)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self.summary = self.ui.summaryLabel
        self.lists: list[tuple[QTableView, ApplicationsModel]] = []
        self.view: QTableView = self.ui.table
        self.model = self.add_list(self.view, self.COLUMNS)
        select_all = QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self, activated=self.select_all)
        select_all.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.when_shown = WhenShown(self, self.reload) if self.LOAD_WHEN_SHOWN else None
        if self.LOADS:
            ctx.database_ready.connect(self.request_reload)
            ctx.applications_changed.connect(self.request_reload)
            if ctx.ready:
                self.request_reload()

    def add_list(self, view: QTableView, columns: tuple[str, ...]) -> ApplicationsModel:
        """Put a model with ``columns`` on the form's ``view`` and wire it as every list is."""
        model = ApplicationsModel(self.ctx, columns, checkable=self.TICKING, parent=self)
        setup_table(view, ticking=self.TICKING)
        view.setModel(model)
        if not self.TICKING:  # a ticking list's click and Enter tick; it opens nothing
            view.activated.connect(lambda index: self._on_activated(model, index))
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self.update_summary)
            signal.connect(lambda *_: size_columns_once(view))
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed(view, model))
        self.lists.append((view, model))
        return model

    # -- loading ---------------------------------------------------------------------------
    @Slot()
    def request_reload(self, *_args: Any) -> None:
        if self.when_shown is not None:
            self.when_shown.request()  # now if on screen, else when next shown
        else:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Fill the models (in a worker): each page says how."""

    @Slot()
    def update_summary(self, *_args: Any) -> None:
        """The summary line over the list: each page says what it counts."""

    def activate(self) -> None:
        self.view.setFocus()  # shown: a LOAD_WHEN_SHOWN page reloads

    # -- selection ---------------------------------------------------------------------------
    def _focused_view(self) -> QTableView:
        return next((view for view, _model in self.lists if view.hasFocus()), self.view)

    @Slot()
    def select_all(self) -> None:
        """Ctrl+A: every row of the list in the selection model (the list with the focus, else the first);
        a list that pages fetches its remaining rows first."""
        view = self._focused_view()
        view.setFocus()
        model = view.model()
        assert isinstance(model, ApplicationsModel)
        model.fetch_all(view.selectAll)

    def selected_rows(self, view: QTableView | None = None) -> list[Any]:
        """The selected rows of ``view`` (default: the first list), in the list's order."""
        view = view or self.view
        model = view.model()
        assert isinstance(model, ApplicationsModel)
        rows = sorted(index.row() for index in view.selectionModel().selectedRows())
        return [model.rows[r] for r in rows if r < len(model.rows)]

    def _on_selection_changed(self, view: QTableView, model: ApplicationsModel) -> None:
        if self.TICKING:
            model.set_checked({row.id for row in self.selected_rows(view)})
        self.update_summary()

    def _on_activated(self, model: ApplicationsModel, index: QModelIndex) -> None:
        row = model.row_at(index)
        if row is None:
            return
        if continued(row):
            self.open_application.emit(row.id)
        else:
            self.open_record.emit(row.id)


def continued(row: Any) -> bool:
    """Drafts and returned applications are continued in the New Application page."""
    return getattr(row.status, "value", row.status) in ("draft", "returned")
