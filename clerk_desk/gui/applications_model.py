"""Application rows in a table (Anki's browser table: columns as plain state, a model with a
row cache, lazy ``fetchMore`` so a busy day never loads every row at once).

A *pager* ``(count(session) -> int, page(session, after, limit) -> rows)`` feeds the model
from a worker, a keyset page at a time (``after`` is the last row shown, ``None`` for the first
page), so scrolling to the end of a busy day costs one indexed page per fetch; :meth:`set_rows` shows a fixed list (search results, late cards).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clerk_desk.gui.qt import QAbstractTableModel, QBrush, QColor, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 50
Index = QModelIndex | QPersistentModelIndex


def _status_label(row: Any, lang: str) -> str:
    from clerk_desk.domain.workflow import STATUS_LABELS

    zh, en = STATUS_LABELS.get(row.status, (str(row.status), str(row.status)))
    return en if lang == "en" else zh


def _labelled(table_name: str, attr: str) -> Callable[[Any, str], str]:
    def get(row: Any, lang: str) -> str:
        from clerk_desk.domain import application_form as af

        table = getattr(af, table_name)
        value = getattr(row, attr)
        for key, (zh, en) in table.items():
            if getattr(key, "value", key) == value:
                return en if lang == "en" else zh
        return str(value or "")

    return get


def _time(attr: str) -> Callable[[Any, str], str]:
    def get(row: Any, _lang: str) -> str:
        value = getattr(row, attr, None)
        if value is None:
            return ""
        try:
            return value.astimezone().strftime("%H:%M") if hasattr(value, "hour") else value.isoformat()
        except (ValueError, OSError):
            return str(value)

    return get


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    get: Callable[[Any, str], str]

    def title(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


COLUMNS = {
    "number": Column("number", "业务编号", "Number", lambda r, _l: r.number),
    "status": Column("status", "状态", "Status", _status_label),
    "name": Column("name", "参保人", "Insured", lambda r, _l: r.insured_name),
    "id": Column("id", "身份证号码", "ID number", lambda r, _l: r.masked_id),
    "kind": Column("kind", "业务类型", "Kind", _labelled("KIND_LABELS", "kind")),
    "scheme": Column("scheme", "险种", "Scheme", _labelled("SCHEME_LABELS", "scheme")),
    "applicant": Column("applicant", "办理方式", "Applicant", _labelled("APPLICANT_LABELS", "applicant_type")),
    "time": Column("time", "受理时间", "Accepted", _time("accepted_at")),
    "ready_by": Column("ready_by", "应领卡日期", "Ready by",
                       lambda r, lang: (r.ready_by.isoformat() if r.ready_by else "")
                       + (("（暂定）" if lang == "zh" else " (provisional)") if r.provisional else "")),
    "pickup": Column("pickup", "领卡码", "Pickup code", lambda r, _l: r.pickup_code),
    "clerk": Column("clerk", "经办人", "Clerk", lambda r, _l: r.accepted_by),
}
DEFAULT_COLUMNS = ("number", "time", "status", "name", "id", "kind", "applicant", "ready_by", "pickup")

STATUS_COLOURS = {"accepted": "#0d47a1", "ready": "#1b5e20", "collected": "#616161", "returned": "#e65100",
                  "cancelled": "#b71c1c", "draft": "#6d4c41"}


class ApplicationsModel(QAbstractTableModel):
    def __init__(self, ctx: Any, columns: tuple[str, ...] = DEFAULT_COLUMNS, *, checkable: bool = False,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = [COLUMNS[c] for c in columns]
        self.checkable = checkable
        self.rows: list[Any] = []
        self.checked: set[Any] = set()
        self._total = 0
        self._fetching = False
        self._pager: tuple[Callable[[Any], int], Callable[[Any, Any, int], list[Any]]] | None = None
        self._generation = 0

    # -- feeding -----------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._pager = None
        self.rows = list(rows)
        self._total = len(self.rows)
        self.checked &= {r.id for r in self.rows}
        self.endResetModel()

    def set_pager(self, count: Callable[[Any], int], page: Callable[[Any, Any, int], list[Any]]) -> None:
        self._pager = (count, page)
        self.reload()

    def reload(self) -> None:
        """Count again and show the first page (after an application changed)."""
        if self._pager is None:
            return
        self._generation += 1
        generation = self._generation
        count, page = self._pager
        self._fetching = True

        def work(session: Any) -> tuple[int, list[Any]]:
            return count(session), page(session, None, PAGE_SIZE)

        def done(result: tuple[int, list[Any]]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self.beginResetModel()
            self._total, self.rows = result[0], list(result[1])
            self.checked &= {r.id for r in self.rows}
            self.endResetModel()

        def failed(exc: BaseException) -> None:
            self._fetching = False
            from clerk_desk.gui.errors import report_exception

            report_exception(exc)

        self.ctx.call(work, done, failed)

    @property
    def total(self) -> int:
        return self._total

    # -- Qt's model protocol -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (not parent.isValid() and self._pager is not None and not self._fetching
                and len(self.rows) < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        assert self._pager is not None
        self._fetching = True
        generation = self._generation
        after = self.rows[-1]
        page = self._pager[1]

        def done(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            known = {r.id for r in self.rows}
            rows = [r for r in rows if r.id not in known]
            if not rows:
                self._total = len(self.rows)
                return
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

        def failed(exc: BaseException) -> None:
            self._fetching = False
            from clerk_desk.gui import errors

            errors.report_exception(exc)  # logged, and the clerk is told why the list stopped

        self.ctx.call(lambda session: page(session, after, PAGE_SIZE), done, failed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.get(row, self.ctx.lang)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "status":
            colour = STATUS_COLOURS.get(getattr(row.status, "value", row.status))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (self.checkable and index.isValid() and index.column() == 0
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        row = self.rows[index.row()]
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.checked.add(row.id)
        else:
            self.checked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title(self.ctx.lang)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def set_all_checked(self, on: bool) -> None:
        self.checked = {r.id for r in self.rows} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
