"""A year of the working-day calendar at a glance: twelve months as rows, days in weekday-aligned
columns, coloured by :class:`~clerk_desk.domain.workdays.DayKind` (the calendar page's grid,
promoted into ``ui/calendar_page.ui``).  Month and weekday headers are the locale's own names."""

from __future__ import annotations

from datetime import date, timedelta

from clerk_desk.domain.workdays import DayKind, YearSchedule
from clerk_desk.gui.qt import QAbstractItemView, QColor, QLocale, Qt, QTableView, QWidget
from clerk_desk.gui.rows_model import Cell, RowsModel

DAY_COLOURS: dict[DayKind, str] = {
    DayKind.WORKDAY: "#ffffff",
    DayKind.WEEKEND: "#e4e4e4",
    DayKind.HOLIDAY: "#f4a6a0",          # a day off from the notice
    DayKind.WORKING_WEEKEND: "#ffd866",  # 调休上班
}
MISSING_COLOUR = "#f0f0f0"
COLUMNS = 37  # a month starting on Sunday with 31 days spans 37 weekday columns


class YearGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        narrow = QLocale.FormatType.NarrowFormat
        self.days = RowsModel([locale.standaloneDayName(1 + i % 7, narrow) for i in range(COLUMNS)], self)
        self.days.row_headers = [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
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
                                  tip=f"{day.isoformat()} {self.kind_label(kind)}")
            day += timedelta(days=1)
        self.days.set_rows(rows)

    def kind_label(self, kind: DayKind) -> str:
        return {
            DayKind.WORKDAY: self.tr("工作日"),
            DayKind.WEEKEND: self.tr("周末休息"),
            DayKind.HOLIDAY: self.tr("放假"),
            DayKind.WORKING_WEEKEND: self.tr("调休上班"),
        }[kind]

    def day_text(self, day: date) -> str:
        return self.days.text(*self.cell_of(day))

    def colour_of(self, day: date) -> str:
        """The background colour shown for ``day`` (``#rrggbb``)."""
        colour = self.days.index(*self.cell_of(day)).data(Qt.ItemDataRole.BackgroundRole)
        return colour.name() if colour is not None else ""
