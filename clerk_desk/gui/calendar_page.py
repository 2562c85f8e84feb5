"""The supervisor's working-day calendar page.

:class:`CalendarPage` shows one year as twelve rows of days aligned by weekday, days off
and working weekend days (调休) coloured, with the notice the year comes from; a
supervisor imports a year from a TOML file and sees the validation report.  It emits
:attr:`CalendarPage.calendar_changed` after an import, so the main window can refresh its
banner (decided by :func:`clerk_desk.services.calendar.banner`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from clerk_desk.domain.calendar_file import CalendarFile
from clerk_desk.domain.problems import Problem, RuleError, Severity
from clerk_desk.domain.roles import Action, Actor, allowed
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.forms.ui_calendar_page import Ui_CalendarPage
from clerk_desk.gui.tasks import run_task
from clerk_desk.gui.year_grid import DAY_COLOURS, MISSING_COLOUR, YearGrid
from clerk_desk.services import calendar as service
from clerk_desk.services import clock
from clerk_desk.services.uow import run

__all__ = ["DAY_COLOURS", "MISSING_COLOUR", "CalendarPage", "YearGrid"]


class CalendarPage(QWidget):
    """A year of the working-day calendar, and importing a year from a file (supervisors).

    ``lang`` is the language of the domain's messages (the file's problems); the page's own
    texts are translated by Qt."""

    calendar_changed = Signal(int)  # the year imported
    loaded = Signal()  # the years were (re)read, in a worker
    imported = Signal(bool)  # an import finished: True when the year was imported

    @property
    def _actor(self) -> Actor | None:
        return self._actor_of()

    def __init__(self, engine: Any, *, actor: Actor | None | Callable[[], Actor | None], lang: str = "zh",
                 today: Callable[[], date] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._actor_of = actor_source(actor)
        self._lang = lang
        self._today = today or clock.today
        self._schedules: dict[int, service.CalendarYearInfo] = {}
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.year_box, self.source_label, self.import_button = (self.ui.calendarYear, self.ui.calendarSource,
                                                                self.ui.calendarImport)
        self.grid, self.status_label, self.report = self.ui.yearGrid, self.ui.calendarStatus, self.ui.calendarReport
        self.import_button.setEnabled(self._actor is not None and allowed(self._actor.role, Action.EDIT_CALENDAR))
        for kind, colour in DAY_COLOURS.items():
            swatch = getattr(self.ui, f"legend_{kind.value}")
            swatch.setStyleSheet(f"background:{colour}; border:1px solid #999; padding:2px 8px;")
        self.year_box.currentIndexChanged.connect(self._on_year_changed)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.refresh()

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
            label = str(y) if y in self._schedules else self.tr("{year}（未导入）").format(year=y)
            self.year_box.addItem(label, y)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(wanted)))
        self.year_box.blockSignals(False)
        self.show_year(self.year_box.currentData())
        self.loaded.emit()

    def show_year(self, year: int) -> None:
        info = self._schedules.get(year)
        self.grid.show_schedule(year, info.schedule() if info else None)
        if info is None:
            self.source_label.setText(self.tr("{year}年日历尚未导入：请按国务院节假日安排通知导入").format(year=year))
            self.source_label.setStyleSheet("color:#b00020;")
            return
        self.source_label.setStyleSheet("")
        if info.origin == service.ORIGIN_PACKAGE:
            who = self.tr("（随软件提供）")
        else:
            at = f"{info.imported_at:%Y-%m-%d %H:%M}" if info.imported_at else ""
            who = self.tr("（{by} 于 {at} 导入）").format(by=info.imported_by, at=at)
        self.source_label.setText(self.tr("依据：{source}{who}").format(source=info.source, who=who))

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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入工作日历"), "", self.tr("日历文件 (*.toml)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Check ``path``, show the report, import after confirmation (in a worker).  False when refused
        before the database is touched; otherwise True, and :attr:`imported` tells the outcome."""
        parsed = service.read_calendar_file(path)
        self._show_report(parsed.problems)
        if not parsed.ok:
            self._set_status(self.tr("文件有 {n} 处错误，未导入，日历没有任何改动。").format(n=len(parsed.errors)),
                             error=True)
            return False
        assert parsed.year is not None
        if parsed.warnings and not self._confirm(self.tr(
                "文件有 {n} 条警告（见下方列表），仍要导入{year}年日历吗？").format(n=len(parsed.warnings), year=parsed.year)):
            self._set_status(self.tr("已取消导入。"))
            return False
        existing = self._schedules.get(parsed.year)
        if existing is not None and not self._confirm(self.tr(
                "{year}年日历已存在（{source}）。替换为新文件吗？此操作将记入审计日志。").format(
                year=parsed.year, source=existing.source)):
            self._set_status(self.tr("已取消导入。"))
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
        done = self.tr("已替换{year}年日历。") if result.replaced else self.tr("已导入{year}年日历。")
        self._set_status(done.format(year=result.year))
        self._show_moved(result.moved)
        self.refresh(select=result.year)
        self.calendar_changed.emit(result.year)
        self.imported.emit(True)

    def _show_report(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.report.clear()
        for p in problems:
            prefix = self.tr("错误：") if p.severity is Severity.ERROR else self.tr("警告：")
            item = QListWidgetItem(prefix + p.message(self._lang))
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            item.setForeground(QBrush(QColor("#b00020" if p.is_error else "#8a6d00")))
            self.report.addItem(item)
        self.report.setVisible(bool(problems))

    def _show_moved(self, moved: Any) -> None:
        """The provisional slips whose date moved, with the phones to call (for the supervisor); the
        page's wording of ``services.slip_revision.moved_slip_lines`` (the command line's)."""
        if not moved:
            return
        self.report.clear()
        lines = [self.tr("以下 {n} 张暂定领卡凭条的领卡日期已变动，请电话告知：").format(n=len(moved))]
        for m in moved:
            phones = " / ".join(p for p in (m.phone, m.agent_phone) if p) or "-"
            note = self.tr("（仍为暂定）") if m.still_provisional else ""
            lines.append(f"{m.application_number}  {m.insured_name}  {phones}  {m.old_date} → {m.new_date}{note}")
        for line in lines:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, "slips.moved")
            self.report.addItem(item)
        self.report.setVisible(True)

    def report_lines(self) -> list[str]:
        return [self.report.item(i).text() for i in range(self.report.count())]

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color:#b00020;" if error else "")

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("工作日历"), text)
        return answer == QMessageBox.StandardButton.Yes
