"""日报与日结: the supervisor's figures of one day, the daily report (preview, print, CSV), closing the day.

The page is the Designer form ``ui/daily_page.ui``; this module is its behaviour.  Everything
that touches the database runs in a worker: the figures come from
:func:`clerk_desk.services.printouts.daily_report_data`, the PDF and the CSV from
:func:`~clerk_desk.services.printouts.daily_report` (which logs and audits them), closing
from :func:`clerk_desk.services.closing.close_day`.  The preview is the receipts' own
:class:`~clerk_desk.gui.printing.PreviewDialog`, through a :class:`DocumentPrinter` that
always uses A4 (the report is an A4 document whatever paper the counter's receipts use).
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.forms.ui_daily_page import Ui_DailyPage
from clerk_desk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCoreApplication,
    QDate,
    QFileDialog,
    QHeaderView,
    QKeySequence,
    QMessageBox,
    QShortcut,
    Qt,
    QWidget,
    Slot,
)
from clerk_desk.gui.rows_model import show_rows
from clerk_desk.gui.style import set_state

# attributes of DailyReportData shown as figures (labels figure_<key> of the form)
FIGURES = ("accepted", "slips_issued", "cards_ready", "cards_collected", "returned", "cancelled")
# (attribute of ReportApplication, column title): the day's applications under the totals
COLUMNS = (
    ("application_number", QT_TRANSLATE_NOOP("DailyPage", "业务编号")),
    ("accepted_at", QT_TRANSLATE_NOOP("DailyPage", "受理时间")),
    ("insured_name", QT_TRANSLATE_NOOP("DailyPage", "参保人")),
    ("id_masked", QT_TRANSLATE_NOOP("DailyPage", "身份证号码")),
    ("scheme", QT_TRANSLATE_NOOP("DailyPage", "险种")),
    ("kind", QT_TRANSLATE_NOOP("DailyPage", "业务类型")),
    ("applicant", QT_TRANSLATE_NOOP("DailyPage", "办理方式")),
    ("clerk", QT_TRANSLATE_NOOP("DailyPage", "经办人")),
    ("status", QT_TRANSLATE_NOOP("DailyPage", "状态")),
    ("ready_by", QT_TRANSLATE_NOOP("DailyPage", "应领卡日期")),
)
# attributes of DailyReportData shown as small tables (total_<key> of the form)
TOTALS = ("by_scheme", "by_kind", "by_applicant", "by_clerk", "by_category")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _A4Context:
    """The page's context as the document printer sees it: the same, but A4 paper."""

    def __init__(self, ctx: Any) -> None:
        self._ctx = ctx

    @property
    def settings(self) -> Any:  # the current settings (a supervisor may change the printer meanwhile)
        settings = copy.deepcopy(self._ctx.settings)
        settings.printing.paper = "A4"
        return settings

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


class DailyPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DailyPage()
        self.ui.setupUi(self)
        self.data: Any = None
        self.printer: Any = None
        self.confirm_box: QMessageBox | None = None
        self._busy = False
        ui = self.ui
        self.date_edit, self.state_label, self.busy_label = ui.dateEdit, ui.closedState, ui.busyLabel
        self.extra_label, self.list_label, self.list_view = ui.extraLabel, ui.listLabel, ui.dayApplications
        self.preview_button, self.csv_button, self.close_button = ui.previewButton, ui.csvButton, ui.closeDayButton
        self.figure_labels = {key: getattr(ui, f"figure_{key}") for key in FIGURES}
        self.total_tables = {key: getattr(ui, f"total_{key}") for key in TOTALS}
        self._set_up_tables()
        self.date_edit.setDate(_qdate(ctx.today()))
        self.csv_button.setVisible(ctx.allowed("export"))
        self.close_button.setVisible(ctx.allowed("close_day"))
        self._connect()
        from clerk_desk.gui.lazy import WhenShown

        self.when_shown = WhenShown(self, self.reload)  # queried when shown, not at login or behind a tab
        for signal in (ctx.database_ready, ctx.applications_changed, ctx.settings_changed):
            signal.connect(self.when_shown.request)
        if ctx.ready:
            self.when_shown.request()

    def _set_up_tables(self) -> None:
        titles = [QCoreApplication.translate("DailyPage", title) for _key, title in COLUMNS]
        show_rows(self.list_view, titles, rows=True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().setDefaultSectionSize(28)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for table in self.total_tables.values():
            show_rows(table, ["", ""])
            table.model().aligned[1] = Qt.AlignmentFlag.AlignRight
            table.horizontalHeader().hide()
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _connect(self) -> None:
        ui = self.ui
        self.date_edit.dateChanged.connect(self._on_date_changed)
        ui.prevButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.todayButton.clicked.connect(lambda: self.set_day(self.ctx.today()))
        ui.refreshButton.clicked.connect(self.reload)
        self.preview_button.clicked.connect(self.preview_report)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.close_button.clicked.connect(self._on_close_day)
        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                          (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(QKeySequence(key), self, activated=lambda s=step: self.step(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the day -------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return _pydate(self.date_edit.date())

    @property
    def point_code(self) -> str:
        return self.ctx.settings.service_point.code

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(_qdate(day))

    def step(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    def activate(self) -> None:
        self.date_edit.setFocus()  # shown: WhenShown reloads

    @Slot(QDate)
    def _on_date_changed(self, _value: QDate) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        if not self.ctx.allowed("daily_report"):  # the counter was handed to a clerk (lock screen)
            return
        ctx, day, point = self.ctx, self.day, self.point_code
        actor, settings, lang = ctx.actor, ctx.settings, ctx.lang

        def work(session: Any) -> Any:
            from clerk_desk.services.printouts import daily_report_data

            return daily_report_data(session, actor, point_code=point, day=day, settings=settings, lang=lang)

        def done(data: Any) -> None:
            if data.day == self.day:  # the supervisor may have moved on to another date meanwhile
                self.show_data(data)

        ctx.call(work, done)

    def _cell(self, item: Any, key: str) -> str:
        value = getattr(item, key)
        if key == "accepted_at":
            return str(value.strftime("%H:%M"))
        if key == "ready_by":
            return "" if value is None else value.isoformat() + (self.tr("（暂定）") if item.ready_by_provisional else "")
        return str(value)

    def show_data(self, data: Any) -> None:
        self.data = data
        for key, label in self.figure_labels.items():
            label.setText(str(getattr(data, key)))
        self.extra_label.setText(self.tr("截至当日：逾期未制卡 {late} 笔，到卡超期未领 {uncollected} 笔").format(
            late=len(data.late), uncollected=len(data.uncollected)))
        for key, table in self.total_tables.items():
            items = [(str(label), str(count)) for label, count in getattr(data, key).items()]
            table.model().set_rows(items or [(self.tr("（无）"), "")])
        self.list_label.setText(self.tr("当日业务明细（{n} 笔）").format(n=len(data.applications)))
        self.list_view.model().set_rows([[self._cell(item, key) for key, _title in COLUMNS]
                                         for item in data.applications])
        if data.closed:
            at = data.closed_at.strftime("%Y-%m-%d %H:%M") if data.closed_at else ""
            self.state_label.setText(self.tr("已日结：{by} 于 {at}").format(by=data.closed_by, at=at))
            set_state(self.state_label, "state", "ok")
        else:
            self.state_label.setText(self.tr("未日结"))
            set_state(self.state_label, "state", "open")
        self._update_buttons()

    def _update_buttons(self) -> None:
        closed = bool(self.data is not None and self.data.closed)
        self.close_button.setEnabled(not self._busy and self.data is not None and not closed)
        self.preview_button.setEnabled(not self._busy)
        self.csv_button.setEnabled(not self._busy)

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        self.busy_label.setText(text)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy("")
        errors.report_exception(exc)

    def _ok(self, text: str) -> None:
        errors.show_message("ok", text)

    # -- 预览/打印日报 ------------------------------------------------------------------------
    @Slot()
    def preview_report(self) -> None:
        from clerk_desk.services import clock
        from clerk_desk.services.printouts import pdf_dir

        ctx, day, point = self.ctx, self.day, self.point_code
        actor, settings, lang = ctx.actor, ctx.settings, ctx.lang
        target = pdf_dir() / f"daily-{point}-{day}-{clock.now():%H%M%S}.pdf"

        def work(session: Any) -> Path:
            from clerk_desk.services.printouts import daily_report

            daily_report(session, actor, point_code=point, day=day, settings=settings, lang=lang, pdf=target)
            return target

        self._set_busy(self.tr("正在生成日报…"))
        ctx.call(work, self._on_rendered, self._failed)

    @Slot(object)
    def _on_rendered(self, path: Path) -> None:
        from clerk_desk.gui.printing import DocumentPrinter
        from clerk_desk.services.printouts import Printed

        self._set_busy("")
        if self.printer is None:
            self.printer = DocumentPrinter(_A4Context(self.ctx), self.window())
        # gui/printing.py labels documents it knows (receipt, slip, notice) and shows any other as
        # given: the report's name, so "sent to the printer: 业务日报" reads right
        label = self.tr("业务日报")
        dialog = self.printer.show_preview([Printed(label, path, 1, b"")])
        dialog.setWindowTitle(self.tr("业务日报 — {point} {day}").format(point=self.point_code, day=self.day))
        self.preview = dialog

    # -- 导出CSV -------------------------------------------------------------------------------
    @Slot()
    def _on_export_csv(self) -> None:
        suggested = Path.home() / self.tr("业务日报-{point}-{day}.csv").format(point=self.point_code, day=self.day)
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("导出日报 CSV"), str(suggested),
                                                      self.tr("CSV 文件 (*.csv)"))
        if target:
            self.export_csv(Path(target))

    def export_csv(self, target: Path) -> None:
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        ctx, day, point = self.ctx, self.day, self.point_code
        actor, settings, lang = ctx.actor, ctx.settings, ctx.lang

        def work(session: Any) -> Path:
            from clerk_desk.services.printouts import daily_report

            daily_report(session, actor, point_code=point, day=day, settings=settings, lang=lang, csv=target)
            return target

        def done(path: Path) -> None:
            self._set_busy("")
            self._ok(self.tr("日报已导出：{path}").format(path=path))

        self._set_busy(self.tr("正在导出…"))
        ctx.call(work, done, self._failed)

    # -- 日结 ----------------------------------------------------------------------------------
    @Slot()
    def _on_close_day(self) -> None:
        day, sp = self.day, self.ctx.settings.service_point
        text = self.tr("日结 {point} {day}？\n\n日结后，当天的业务只能通过更正记录修改（由负责人填写原因），"
                       "不能再受理、退回或撤销。").format(point=sp.name or sp.code, day=f"{day:%Y-%m-%d}")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("日结"), text, QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("日结"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter does not close a day by accident
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._on_confirmed(box.clickedButton() is yes, day))
        self.confirm_box = box
        box.open()

    def _on_confirmed(self, confirmed: bool, day: date) -> None:
        self.confirm_box = None
        if confirmed:
            self.close_day(day)

    def close_day(self, day: date) -> None:
        ctx, point, actor = self.ctx, self.point_code, self.ctx.actor

        def work(session: Any) -> Any:
            from clerk_desk.services.closing import close_day

            close_day(session, actor, point, day)

        def done(_result: Any) -> None:
            self._set_busy("")
            self._ok(self.tr("{point} {day} 已日结").format(point=point, day=day))
            self.reload()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.reload()  # an already closed day: show by whom

        self._set_busy(self.tr("正在日结…"))
        ctx.call(work, done, failed)
