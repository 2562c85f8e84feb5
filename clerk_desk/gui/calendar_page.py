"""The supervisor's working-day calendar page, and the counter's calendar banner.

:class:`CalendarPage` shows one year as twelve rows of days aligned by weekday, days off
and working weekend days (调休) coloured, with the notice the year comes from; a
supervisor imports a year from a TOML file and sees the validation report.  It emits
:attr:`CalendarPage.calendar_changed` after an import, so the main window can refresh
:class:`CalendarBanner` (decided by :func:`clerk_desk.services.calendar.banner`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from clerk_desk.domain.calendar_file import CalendarFile
from clerk_desk.domain.problems import Problem, RuleError, Severity
from clerk_desk.domain.roles import Action, Actor, allowed
from clerk_desk.domain.workdays import DayKind, YearSchedule
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.rows_model import Cell, RowsModel
from clerk_desk.gui.tasks import run_task
from clerk_desk.services import calendar as service
from clerk_desk.services import clock
from clerk_desk.services.uow import run

DAY_COLOURS: dict[DayKind, str] = {
    DayKind.WORKDAY: "#ffffff",
    DayKind.WEEKEND: "#e4e4e4",
    DayKind.HOLIDAY: "#f4a6a0",          # a day off from the notice
    DayKind.WORKING_WEEKEND: "#ffd866",  # 调休上班
}
MISSING_COLOUR = "#f0f0f0"
COLUMNS = 37  # a month starting on Sunday with 31 days spans 37 weekday columns

WEEKDAY_HEADERS = {"zh": "一二三四五六日", "en": "MTWTFSS"}


def _t(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


class YearGrid(QTableView):
    """Twelve months as rows, days in weekday-aligned columns, coloured by :class:`DayKind`."""

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._year: int | None = None
        heads = WEEKDAY_HEADERS["en" if lang == "en" else "zh"]
        self.days = RowsModel([heads[i % 7] for i in range(COLUMNS)], self)
        self.days.row_headers = [_t(lang, f"{m}月", date(2000, m, 1).strftime("%b")) for m in range(1, 13)]
        self.days.set_rows([("",) * COLUMNS] * 12)
        self.setModel(self.days)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setMinimumHeight(12 * 24 + 34)  # every month visible without scrolling

    @staticmethod
    def cell_of(day: date) -> tuple[int, int]:
        """(row, column) of ``day``: row = month, column = weekday of the 1st + day - 1."""
        return day.month - 1, date(day.year, day.month, 1).weekday() + day.day - 1

    def show_schedule(self, year: int, schedule: YearSchedule | None) -> None:
        """Fill the grid for ``year``; ``schedule`` None means the year is not held (no colours)."""
        self._year = year
        rows: list[list[str]] = [[""] * COLUMNS for _ in range(12)]
        centre = Qt.AlignmentFlag.AlignCenter
        day = date(year, 1, 1)
        while day.year == year:
            r, c = self.cell_of(day)
            if schedule is None:
                rows[r][c] = Cell(str(day.day), background=QColor(MISSING_COLOUR), colour=QColor("#909090"), align=centre)
            else:
                kind = schedule.day_kind(day)
                rows[r][c] = Cell(str(day.day), background=QColor(DAY_COLOURS[kind]), key=kind.value, align=centre,
                                  tip=f"{day.isoformat()} {self._kind_label(kind)}")
            day += timedelta(days=1)
        self.days.set_rows(rows)

    def _kind_label(self, kind: DayKind) -> str:
        return {
            DayKind.WORKDAY: _t(self._lang, "工作日", "working day"),
            DayKind.WEEKEND: _t(self._lang, "周末休息", "weekend"),
            DayKind.HOLIDAY: _t(self._lang, "放假", "day off (holiday)"),
            DayKind.WORKING_WEEKEND: _t(self._lang, "调休上班", "working weekend day"),
        }[kind]

    def day_text(self, day: date) -> str:
        return self.days.text(*self.cell_of(day))

    def colour_of(self, day: date) -> str:
        """The background colour shown for ``day`` (``#rrggbb``)."""
        colour = self.days.index(*self.cell_of(day)).data(Qt.ItemDataRole.BackgroundRole)
        return colour.name() if colour is not None else ""


class CalendarPage(QWidget):
    """A year of the working-day calendar, and importing a year from a file (supervisors)."""

    calendar_changed = Signal(int)  # the year imported
    loaded = Signal()  # the years were (re)read, in a worker
    imported = Signal(bool)  # an import finished: True when the year was imported

    @property
    def _actor(self) -> Actor | None:
        return self._actor_of()

    def __init__(self, engine: Engine, *, actor: Actor | None | Callable[[], Actor | None], lang: str = "zh",
                 today: Callable[[], date] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._actor_of = actor_source(actor)
        self._lang = lang
        self._today = today or clock.today
        self._schedules: dict[int, service.CalendarYearInfo] = {}
        t = self._tr

        self.year_box = QComboBox()
        self.year_box.setObjectName("calendarYear")
        self.source_label = QLabel()
        self.source_label.setObjectName("calendarSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(t("从文件导入…", "Import from file…"))
        self.import_button.setObjectName("calendarImport")
        self.import_button.setEnabled(self._actor is not None and allowed(self._actor.role, Action.EDIT_CALENDAR))
        self.grid = YearGrid(lang)
        self.status_label = QLabel()
        self.status_label.setObjectName("calendarStatus")
        self.status_label.setWordWrap(True)
        self.report = QListWidget()
        self.report.setObjectName("calendarReport")
        self.report.setMaximumHeight(110)
        self.report.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(t("年份：", "Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.source_label, 1)
        top.addWidget(self.import_button)
        legend = QHBoxLayout()
        for kind, label in ((DayKind.HOLIDAY, t("放假", "day off")),
                            (DayKind.WORKING_WEEKEND, t("调休上班", "working weekend")),
                            (DayKind.WEEKEND, t("周末", "weekend")),
                            (DayKind.WORKDAY, t("工作日", "working day"))):
            swatch = QLabel(label)
            swatch.setStyleSheet(f"background:{DAY_COLOURS[kind]}; border:1px solid #999; padding:2px 8px;")
            legend.addWidget(swatch)
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addLayout(legend)
        layout.addWidget(self.status_label)
        layout.addWidget(self.report)
        layout.addStretch(1)

        self.year_box.currentIndexChanged.connect(self._on_year_changed)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.refresh()

    def _tr(self, zh: str, en: str) -> str:
        return _t(self._lang, zh, en)

    # -- reading ---------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Reload the years from the database (in a worker) and show ``select`` (default: this year)."""
        engine = self._engine
        run_task(lambda: run(engine, service.list_years), lambda years: self._on_years(years, select),
                 self._on_read_failed)

    def _on_read_failed(self, exc: BaseException) -> None:
        from clerk_desk.gui import errors

        self._set_status(errors.describe(exc)[1], error=True)
        self.loaded.emit()

    def _on_years(self, years: list[service.CalendarYearInfo], select: int | None) -> None:
        self._schedules = {info.year: info for info in years}
        this_year = self._today().year
        years = sorted(set(self._schedules) | {this_year, this_year + 1})
        wanted = select if select is not None else this_year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            label = str(y) if y in self._schedules else self._tr(f"{y}（未导入）", f"{y} (not imported)")
            self.year_box.addItem(label, y)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(wanted)))
        self.year_box.blockSignals(False)
        self.show_year(self.year_box.currentData())
        self.loaded.emit()

    def show_year(self, year: int) -> None:
        info = self._schedules.get(year)
        self.grid.show_schedule(year, info.schedule() if info else None)
        if info is None:
            self.source_label.setText(self._tr(f"{year}年日历尚未导入：请按国务院节假日安排通知导入",
                                               f"The {year} calendar is not imported: import it from the "
                                               "State Council notice"))
            self.source_label.setStyleSheet("color:#b00020;")
            return
        self.source_label.setStyleSheet("")
        if info.origin == service.ORIGIN_PACKAGE:
            who = self._tr("（随软件提供）", " (shipped with the program)")
        else:
            at = f"{info.imported_at:%Y-%m-%d %H:%M}" if info.imported_at else ""
            who = self._tr(f"（{info.imported_by} 于 {at} 导入）", f" (imported by {info.imported_by} at {at})")
        self.source_label.setText(self._tr("依据：", "Source: ") + info.source + who)

    @property
    def current_year(self) -> int:
        return int(self.year_box.currentData())

    @Slot(int)
    def _on_year_changed(self, _index: int) -> None:
        if self.year_box.currentData() is not None:
            self.show_year(self.year_box.currentData())

    # -- importing -------------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self._tr("导入工作日历", "Import a calendar year"), "",
                                              self._tr("日历文件 (*.toml)", "Calendar files (*.toml)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Check ``path``, show the report, import after confirmation (in a worker).  False when refused
        before the database is touched; otherwise True, and :attr:`imported` tells the outcome."""
        parsed = service.read_calendar_file(path)
        self._show_report(parsed.problems)
        if not parsed.ok:
            self._set_status(self._tr(f"文件有 {len(parsed.errors)} 处错误，未导入，日历没有任何改动。",
                                      f"The file has {len(parsed.errors)} error(s): nothing was imported, "
                                      "the calendar is unchanged."), error=True)
            return False
        assert parsed.year is not None
        if parsed.warnings and not self._confirm(self._tr(
                f"文件有 {len(parsed.warnings)} 条警告（见下方列表），仍要导入{parsed.year}年日历吗？",
                f"The file has {len(parsed.warnings)} warning(s) (listed below). Import {parsed.year} anyway?")):
            self._set_status(self._tr("已取消导入。", "Import cancelled."))
            return False
        existing = self._schedules.get(parsed.year)
        if existing is not None and not self._confirm(self._tr(
                f"{parsed.year}年日历已存在（{existing.source}）。替换为新文件吗？此操作将记入审计日志。",
                f"The {parsed.year} calendar exists ({existing.source}). Replace it? This is audited.")):
            self._set_status(self._tr("已取消导入。", "Import cancelled."))
            return False
        return self._import(parsed, replace=existing is not None)

    def _import(self, parsed: CalendarFile, *, replace: bool) -> bool:
        engine, actor = self._engine, self._actor  # whoever is signed in now
        run_task(lambda: run(engine, service.import_year, parsed, actor=actor, replace=replace),
                 self._on_imported, self._on_import_refused)
        return True

    def _on_import_refused(self, exc: BaseException) -> None:
        if isinstance(exc, RuleError):
            self._show_report(exc.problems)
            self._set_status(exc.message(self._lang), error=True)
        else:
            from clerk_desk.gui import errors

            self._set_status(errors.describe(exc)[1], error=True)
        self.imported.emit(False)

    def _on_imported(self, result: service.ImportResult) -> None:
        verb = self._tr("已替换", "Replaced") if result.replaced else self._tr("已导入", "Imported")
        self._set_status(self._tr(f"{verb}{result.year}年日历。", f"{verb} the {result.year} calendar."))
        self._show_moved(result.moved)
        self.refresh(select=result.year)
        self.calendar_changed.emit(result.year)
        self.imported.emit(True)

    def _show_report(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.report.clear()
        for p in problems:
            prefix = self._tr("错误：", "Error: ") if p.severity is Severity.ERROR else self._tr("警告：", "Warning: ")
            item = QListWidgetItem(prefix + p.message(self._lang))
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            item.setForeground(QBrush(QColor("#b00020" if p.is_error else "#8a6d00")))
            self.report.addItem(item)
        self.report.setVisible(bool(problems))

    def _show_moved(self, moved: Any) -> None:
        """The provisional slips whose date moved, with the phones to call (for the supervisor)."""
        from clerk_desk.services.slip_revision import moved_slip_lines

        if not moved:
            return
        self.report.clear()
        for line in moved_slip_lines(moved, self._tr):
            item = QListWidgetItem(line.replace("\t", "  "))
            item.setData(Qt.ItemDataRole.UserRole, "slips.moved")
            self.report.addItem(item)
        self.report.setVisible(True)

    def report_lines(self) -> list[str]:
        return [self.report.item(i).text() for i in range(self.report.count())]

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color:#b00020;" if error else "")

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self._tr("工作日历", "Working-day calendar"), text)
        return answer == QMessageBox.StandardButton.Yes


class CalendarBanner(QFrame):
    """The strip every counter shows when a calendar year is missing (hidden otherwise)."""

    open_calendar_requested = Signal()

    def __init__(self, lang: str = "zh", *, can_import: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.problem: Problem | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(_t(lang, "打开工作日历", "Open the calendar"))
        self.button.setVisible(can_import)
        self.button.clicked.connect(self.open_calendar_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def set_problem(self, problem: Problem | None) -> None:
        """Show ``problem`` (from :func:`clerk_desk.services.calendar.banner`), or hide."""
        self.problem = problem
        if problem is None:
            self.hide()
            return
        colour = "#f8d7da" if problem.is_error else "#fff3cd"
        self.setStyleSheet(f"CalendarBanner {{ background:{colour}; border:1px solid #c9a227; }}")
        self.label.setText(problem.message(self._lang))
        self.show()
