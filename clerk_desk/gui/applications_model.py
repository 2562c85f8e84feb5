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

from clerk_desk.domain.problems import label as _pick
from clerk_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

PAGE_SIZE = 50
Index = QModelIndex | QPersistentModelIndex


def _status_label(row: Any, lang: str) -> str:
    from clerk_desk.domain.workflow import STATUS_LABELS

    return _pick(STATUS_LABELS.get(row.status, (str(row.status), str(row.status))), lang)


def _labelled(table_name: str, attr: str) -> Callable[[Any, str], str]:
    def get(row: Any, lang: str) -> str:
        from clerk_desk.domain import application_form as af

        table = getattr(af, table_name)
        value = getattr(row, attr)
        for key, pair in table.items():
            if getattr(key, "value", key) == value:
                return _pick(pair, lang)
        return str(value or "")

    return get


def _time(*attrs: str) -> Callable[[Any, str], str]:
    """The clock time of the first of ``attrs`` the row has (accepted, else returned ...)."""
    def get(row: Any, _lang: str) -> str:
        value = next((v for v in (getattr(row, a, None) for a in attrs) if v is not None), None)
        if value is None:
            return ""
        try:
            return value.astimezone().strftime("%H:%M") if hasattr(value, "hour") else value.isoformat()
        except (ValueError, OSError):
            return str(value)

    return get


def _ready_by(row: Any, _lang: str) -> str:
    text = row.ready_by.isoformat() if row.ready_by else ""
    if row.provisional:
        text += QCoreApplication.translate("ApplicationsModel", "（暂定）")
    return text


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Chinese source, translated when shown (QT_TRANSLATE_NOOP marks it for lupdate)
    get: Callable[[Any, str], str]
    tip: str = ""  # the header's tooltip (Chinese source, translated when shown)


COLUMNS = {
    "number": Column("number", QT_TRANSLATE_NOOP("ApplicationsModel", "业务编号"), lambda r, _l: r.number),
    "status": Column("status", QT_TRANSLATE_NOOP("ApplicationsModel", "状态"), _status_label),
    "name": Column("name", QT_TRANSLATE_NOOP("ApplicationsModel", "参保人"), lambda r, _l: r.insured_name),
    "id": Column("id", QT_TRANSLATE_NOOP("ApplicationsModel", "身份证号码"), lambda r, _l: r.masked_id),
    "kind": Column("kind", QT_TRANSLATE_NOOP("ApplicationsModel", "业务类型"), _labelled("KIND_LABELS", "kind")),
    "scheme": Column("scheme", QT_TRANSLATE_NOOP("ApplicationsModel", "险种"), _labelled("SCHEME_LABELS", "scheme")),
    "applicant": Column("applicant", QT_TRANSLATE_NOOP("ApplicationsModel", "办理方式"),
                        _labelled("APPLICANT_LABELS", "applicant_type")),
    # a day's list mixes accepted applications and ones returned with the one-time notice: each
    # row shows when it was handled at the counter, and the header says which time that is
    "time": Column("time", QT_TRANSLATE_NOOP("ApplicationsModel", "办理时间"), _time("accepted_at", "returned_at"),
                   QT_TRANSLATE_NOOP("ApplicationsModel", "受理的业务为受理时间；材料不全退回的为一次性告知（退回）时间")),
    "ready_by": Column("ready_by", QT_TRANSLATE_NOOP("ApplicationsModel", "应领卡日期"), _ready_by),
    "pickup": Column("pickup", QT_TRANSLATE_NOOP("ApplicationsModel", "领卡码"), lambda r, _l: r.pickup_code),
    "clerk": Column("clerk", QT_TRANSLATE_NOOP("ApplicationsModel", "经办人"), lambda r, _l: r.accepted_by),
}
DEFAULT_COLUMNS = ("number", "time", "status", "name", "id", "kind", "applicant", "ready_by", "pickup")

_DISPLAY, _FOREGROUND, _CHECK, _USER = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.UserRole))
_HANDLED = frozenset((_DISPLAY, _FOREGROUND, _CHECK, _USER))

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
        self._texts: dict[tuple[int, int], str] = {}  # shown text by (row, column)

    # -- feeding -----------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._texts.clear()
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
            self._texts.clear()
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
        if self.canFetchMore(parent):
            self._fetch(PAGE_SIZE)

    def fetch_all(self, then: Callable[[], None]) -> None:
        """Every row still unfetched (keyset pages in one worker), then ``then()`` (Ctrl+A: every row)."""
        if self._pager is None or len(self.rows) >= self._total:
            then()
        else:
            self._fetch(None, then)

    def _fetch(self, limit: int | None, then: Callable[[], None] | None = None) -> None:
        """The rows after the last one shown: a page of ``limit``, or all of them (``None``)."""
        assert self._pager is not None
        self._fetching = True
        generation = self._generation
        after = self.rows[-1] if self.rows else None
        page = self._pager[1]

        def work(session: Any) -> list[Any]:
            rows = page(session, after, limit or PAGE_SIZE * 10)
            while limit is None and rows and (more := page(session, rows[-1], PAGE_SIZE * 10)):
                rows += more
            return rows

        def done(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            known = {r.id for r in self.rows}
            rows = [r for r in rows if r.id not in known]
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            if not rows or limit is None:
                self._total = len(self.rows)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._fetching = False
            from clerk_desk.gui import errors

            errors.report_exception(exc)  # logged, and the clerk is told why the list stopped

        self.ctx.call(work, done, failed)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _HANDLED or not index.isValid():  # the view asks ~12 roles a cell: answer 4 cheaply
            return None
        r, c = index.row(), index.column()
        if r >= len(self.rows) or c >= len(self.columns):
            return None
        row = self.rows[r]
        if role == _DISPLAY:
            text = self._texts.get((r, c))
            if text is None:
                text = self._texts[r, c] = self.columns[c].get(row, self.ctx.lang)
            return text
        if role == _FOREGROUND and self.columns[c].key == "status":
            colour = STATUS_COLOURS.get(getattr(row.status, "value", row.status))
            return QBrush(QColor(colour)) if colour else None
        if role == _CHECK and self.checkable and c == 0:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role == _USER:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = self.columns[section].tip if 0 <= section < len(self.columns) else ""
            return QCoreApplication.translate("ApplicationsModel", tip) if tip else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("ApplicationsModel", self.columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def row_at(self, index: QModelIndex) -> Any:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def set_checked(self, ids: set[Any]) -> None:
        """Tick the rows of ``ids`` (the cards-ready page ticks what is selected, so the ticks
        always show what 登记制卡完成 acts on)."""
        self.checked = set(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
