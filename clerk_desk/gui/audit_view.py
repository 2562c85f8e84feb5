"""The supervisor's audit view: filters (date, user, action, application) over a lazy table.

:class:`AuditTableModel` asks a fetch function for one page at a time
(``canFetchMore``/``fetchMore``), each page starting after the last entry shown (keyset, not
OFFSET), so a trail of a million entries opens, and scrolls to its deepest page, as fast as
one of ten.  The fetch function is the audit-query service by default; tests may pass their
own.  The widgets are the Designer form ``ui/audit_view.ui`` (``gui/forms/ui_audit_view.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from clerk_desk.domain.problems import RuleError
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.forms.ui_audit_view import Ui_AuditView
from clerk_desk.gui.login_dialog import ui_language
from clerk_desk.gui.style import show_message
from clerk_desk.gui.tasks import run_task
from clerk_desk.services import audit_query
from clerk_desk.services.audit_query import AuditCursor, AuditEntry, AuditFilter, AuditPage
from clerk_desk.services.uow import run, unit_of_work

Fetch = Callable[[AuditFilter, AuditCursor | None, int], AuditPage]  # (filter, after, page size)
AnyIndex = QModelIndex | QPersistentModelIndex

DETAILS = 4  # the column of the details (JSON): it takes the width the others leave


def service_fetch(actor: Any, engine: Any = None) -> Fetch:
    """A fetch function on the audit-query service, one short transaction a page; ``actor`` is an
    Actor or a function returning the signed-in one (read at each fetch)."""
    current = actor_source(actor)

    def fetch(flt: AuditFilter, after: AuditCursor | None, limit: int) -> AuditPage:
        # an audited read (it writes an entry): through run(), tried again on a stale SQLite snapshot
        return run(engine, lambda session: audit_query.search(session, current(), flt, after=after, limit=limit))

    return fetch


def _details_text(details: dict[str, Any]) -> str:
    if not details:
        return ""
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))[1:-1]


class AuditTableModel(QAbstractTableModel):
    """Audit entries, newest first, fetched a page at a time."""

    failed = Signal(str)  # a refused or failed fetch, as a message
    loaded = Signal()  # a page arrived (or failed): fetches run in a worker, never on the GUI thread

    COLUMN_COUNT = 6

    def __init__(self, fetch: Fetch, parent: Any = None, *, page_size: int = audit_query.PAGE_SIZE,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._lang = ui_language(lang)
        self._rows: list[AuditEntry] = []
        self._after: AuditCursor | None = None  # where the next page starts
        self._filter = AuditFilter()
        self._has_more = False
        self._loading = False  # a fetch is running (one at a time: each fetch is audited)
        self._wanted = False  # a fetch for the current filter waits for the running one
        self._generation = 0  # a page for an earlier filter is dropped

    # -- queries ---------------------------------------------------------------------------
    def set_filter(self, flt: AuditFilter) -> None:
        """Start over with ``flt`` and fetch its first page."""
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._filter = flt
        self._has_more = True
        self._wanted = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._has_more and not self._loading

    @property
    def loading(self) -> bool:
        return self._loading

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if parent.isValid() or not self._has_more:
            return
        if self._loading:  # after the running fetch (for an earlier filter) comes back
            self._wanted = True
            return
        self._loading = True
        fetch, flt, after, size, generation = self._fetch, self._filter, self._after, self._page_size, self._generation
        run_task(lambda: fetch(flt, after, size), lambda page: self._on_page(generation, page),
                 lambda exc: self._on_failed(generation, exc))

    def _stale(self, generation: int) -> bool:
        """The fetch that came back was for an earlier filter: start the one waiting, if any."""
        self._loading = False
        if generation == self._generation:
            return False
        if self._wanted:
            self._wanted = False
            self.fetchMore(QModelIndex())
        return True

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if self._stale(generation):
            return
        self._has_more = False
        if isinstance(exc, RuleError):
            self.failed.emit(exc.message(self._lang))
        else:
            from clerk_desk.gui import errors

            self.failed.emit(errors.describe(exc)[1])
        self.loaded.emit()

    def _on_page(self, generation: int, page: AuditPage) -> None:
        if self._stale(generation):
            return
        self._has_more = page.has_more
        self._after = page.after
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self.loaded.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            return self._headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("时间"), self.tr("用户"), self.tr("操作"), self.tr("对象"), self.tr("详情"), self.tr("站点/序号"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.at.strftime("%Y-%m-%d %H:%M:%S")
            if col == 1:
                return e.actor
            if col == 2:
                return audit_query.action_label(e.action, self._lang)
            if col == 3:
                return e.target
            if col == DETAILS:
                return _details_text(e.details)
            if col == 5:
                return f"{e.station}/{e.seq}"
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return e.action
            if col == 4:
                return json.dumps(e.details, ensure_ascii=False, indent=1, sort_keys=True)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None


class AuditView(QWidget):
    """Filter bar over the audit table; for supervisors and administrators.  Shown the first time,
    it fetches the newest page with no filter (in a worker, as every fetch), so the supervisor sees
    the latest entries without pressing 查询; later shows keep what was searched."""

    def __init__(self, actor: Any, engine: Any = None, parent: QWidget | None = None, *,
                 fetch: Fetch | None = None, lang: str | None = None, page_size: int = audit_query.PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditView()
        self.ui.setupUi(self)
        self._engine = engine
        self._lang = ui_language(lang)
        self.model = AuditTableModel(fetch or service_fetch(actor, engine), self, page_size=page_size, lang=self._lang)
        ui = self.ui
        self.date_check, self.from_edit, self.to_edit = ui.dateCheck, ui.fromEdit, ui.toEdit
        self.user_combo, self.action_combo, self.target_edit = ui.userCombo, ui.actionCombo, ui.targetEdit
        self.search_button, self.clear_button = ui.searchButton, ui.clearButton
        self.message_label, self.table = ui.messageLabel, ui.table
        today = QDate.currentDate()
        self.from_edit.setDate(today.addDays(-7))
        self.to_edit.setDate(today)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()  # every column as wide as its text; the details take the rest
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == DETAILS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.date_check.toggled.connect(self._on_date_toggled)
        self.search_button.clicked.connect(self._on_search_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.target_edit.returnPressed.connect(self._on_search_clicked)
        self.model.failed.connect(self._on_fetch_failed)
        self._searched = False   # nothing fetched yet: the first show fetches the newest page
        self._fill_choices()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._searched:
            self.search()

    def _fill_choices(self) -> None:
        engine = self._engine

        def work() -> tuple[list[str], list[str]]:
            with unit_of_work(engine) as session:
                return audit_query.known_users(session), audit_query.known_actions(session)

        self._show_choices([], list(audit_query.ACTION_TEXT))
        # the lists are a convenience: without them the search still works
        from clerk_desk.gui import errors

        run_task(work, lambda found: self._show_choices(*found), errors.log_only("the audit view's lists"))

    def _show_choices(self, users: list[str], actions: list[str]) -> None:
        self.user_combo.clear()
        self.user_combo.addItem("", "")
        for u in users:
            self.user_combo.addItem(u, u)
        self.action_combo.clear()
        self.action_combo.addItem("", "")
        for a in actions:
            self.action_combo.addItem(f"{audit_query.action_label(a, self._lang)} ({a})", a)

    def current_filter(self) -> AuditFilter:
        dates = self.date_check.isChecked()
        user = self.user_combo.currentText().strip()
        action_text = self.action_combo.currentText().strip()
        index = self.action_combo.findText(action_text)
        action = self.action_combo.itemData(index) if index >= 0 else action_text
        return AuditFilter(date_from=self.from_edit.date().toPython() if dates else None,  # type: ignore[arg-type]
                           date_to=self.to_edit.date().toPython() if dates else None,  # type: ignore[arg-type]
                           user=user, action=action or "", target=self.target_edit.text().strip())

    def search(self) -> None:
        self._searched = True
        show_message(self.message_label, "")
        self.model.set_filter(self.current_filter())

    @Slot(bool)
    def _on_date_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    @Slot()
    def _on_search_clicked(self) -> None:
        self.search()

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.date_check.setChecked(False)
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self.target_edit.clear()
        self.search()

    @Slot(str)
    def _on_fetch_failed(self, message: str) -> None:
        show_message(self.message_label, message)
