"""日报与日结: the supervisor's figures of one day, the daily report (preview, print, CSV), closing the day.

Everything that touches the database runs in a worker: the figures come from
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
from clerk_desk.gui.qt import (
    QAbstractItemView,
    QDate,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Slot,
)
from clerk_desk.gui.rows_model import rows_view
from clerk_desk.gui.style import set_state

# (attribute of DailyReportData, zh, en)
FIGURES = (
    ("accepted", "受理", "Accepted"),
    ("slips_issued", "发出领卡凭条", "Pickup slips issued"),
    ("cards_ready", "制卡完成", "Cards ready"),
    ("cards_collected", "已领卡", "Cards collected"),
    ("returned", "退回补件", "Returned (documents missing)"),
    ("cancelled", "撤销", "Cancelled"),
)
# (attribute of ReportApplication, zh, en): the day's applications under the totals
COLUMNS = (
    ("application_number", "业务编号", "Number"),
    ("accepted_at", "受理时间", "Accepted"),
    ("insured_name", "参保人", "Insured"),
    ("id_masked", "身份证号码", "ID number"),
    ("scheme", "险种", "Scheme"),
    ("kind", "业务类型", "Kind"),
    ("applicant", "办理方式", "Applicant"),
    ("clerk", "经办人", "Clerk"),
    ("status", "状态", "Status"),
    ("ready_by", "应领卡日期", "Ready by"),
)
TOTALS = (
    ("by_scheme", "按险种", "By scheme"),
    ("by_kind", "按业务类型", "By kind"),
    ("by_applicant", "按办理方式", "By applicant"),
    ("by_clerk", "按经办人", "By clerk"),
    ("by_category", "按人员类别", "By person category"),
)


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
        self.setObjectName("DailyPage")
        self.ctx = ctx
        t = ctx.t
        self.data: Any = None
        self.printer: Any = None
        self.confirm_box: QMessageBox | None = None
        self._busy = False

        top, figures = self._day_bar(t), self._figures(t)  # made in tab order
        self.extra_label = QLabel(self)  # late and uncollected cards, as the report lists them
        totals = self._totals(t)
        self.list_label = QLabel(self)
        self.list_view = rows_view([t(zh, en) for _key, zh, en in COLUMNS], self, name="dayApplications", rows=True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().setDefaultSectionSize(28)
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        actions = self._actions(t)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(figures)
        layout.addWidget(self.extra_label)
        layout.addLayout(totals)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.date_edit, self.prev_button)

        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.set_day(ctx.today()))
        self.refresh_button.clicked.connect(self.reload)
        self.preview_button.clicked.connect(self.preview_report)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.close_button.clicked.connect(self._on_close_day)
        for key, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                          (QKeySequence.StandardKey.MoveToNextPage, 1)):
            shortcut = QShortcut(QKeySequence(key), self, activated=lambda s=step: self.step(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        from clerk_desk.gui.lazy import WhenShown

        self.when_shown = WhenShown(self, self.reload)  # queried when shown, not at login or behind a tab
        ctx.database_ready.connect(self.when_shown.request)
        ctx.applications_changed.connect(self.when_shown.request)
        ctx.settings_changed.connect(self.when_shown.request)
        if ctx.ready:
            self.when_shown.request()

    # -- building ----------------------------------------------------------------------
    def _day_bar(self, t: Any) -> QHBoxLayout:
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(_qdate(self.ctx.today()))
        self.date_edit.setToolTip(t("↑/↓ 改日期，Alt+↓ 打开日历，PgUp/PgDn 前一天/后一天",
                                    "Up/Down change the date, Alt+Down opens the calendar, PgUp/PgDn: day before/after"))
        date_label = QLabel(t("业务日期(&D)：", "Business &date:"), self)
        date_label.setBuddy(self.date_edit)
        self.prev_button = QPushButton(t("◀ 前一天", "◀ Day before"), self)
        self.next_button = QPushButton(t("后一天 ▶", "Day after ▶"), self)
        self.today_button = QPushButton(t("今天(&T)", "&Today"), self)
        self.refresh_button = QPushButton(t("刷新(&R)", "&Refresh"), self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("closedState")
        top = QHBoxLayout()
        for w in (date_label, self.date_edit, self.prev_button, self.next_button, self.today_button):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.refresh_button)
        return top

    def _figures(self, t: Any) -> QFrame:
        self.figure_labels: dict[str, QLabel] = {}
        figures = QFrame(self)
        figures.setObjectName("dailyFigures")
        grid = QGridLayout(figures)
        for col, (key, zh, en) in enumerate(FIGURES):
            value = QLabel("–", figures)
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 22pt; font-weight: bold;")
            caption = QLabel(t(zh, en), figures)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, col)
            grid.addWidget(caption, 1, col)
            self.figure_labels[key] = value
        return figures

    def _totals(self, t: Any) -> QHBoxLayout:
        self.total_tables: dict[str, QTableView] = {}
        totals = QHBoxLayout()
        for key, zh, en in TOTALS:
            box = QGroupBox(t(zh, en), self)
            table = rows_view(["", ""], box, name=f"total_{key}")
            table.model().aligned[1] = Qt.AlignmentFlag.AlignRight
            table.horizontalHeader().hide()
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            QVBoxLayout(box).addWidget(table)
            box.setMaximumHeight(190)
            totals.addWidget(box)
            self.total_tables[key] = table
        return totals

    def _actions(self, t: Any) -> QHBoxLayout:
        ctx = self.ctx
        self.preview_button = QPushButton(t("预览/打印日报(&P)", "&Preview / print report"), self)
        self.preview_button.setProperty("class", "primary")
        self.csv_button = QPushButton(t("导出CSV(&E)…", "&Export CSV…"), self)
        self.close_button = QPushButton(t("日结(&C)…", "&Close the day…"), self)
        self.close_button.setObjectName("closeDayButton")
        self.close_button.setToolTip(t("日结后，当天的业务只能通过更正记录修改",
                                       "After closing, the day's applications change only through corrections"))
        self.csv_button.setVisible(ctx.allowed("export"))
        self.close_button.setVisible(ctx.allowed("close_day"))
        self.busy_label = QLabel(self)
        set_state(self.busy_label, "state", "busy")
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.csv_button)
        actions.addStretch(1)
        actions.addWidget(self.busy_label)
        actions.addWidget(self.close_button)
        return actions

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
            return "" if value is None else value.isoformat() + (self.ctx.t("（暂定）", " (provisional)")
                                                                 if item.ready_by_provisional else "")
        return str(value)

    def show_data(self, data: Any) -> None:
        t = self.ctx.t
        self.data = data
        for key, label in self.figure_labels.items():
            label.setText(str(getattr(data, key)))
        self.extra_label.setText(t(f"截至当日：逾期未制卡 {len(data.late)} 笔，到卡超期未领 {len(data.uncollected)} 笔",
                                   f"As of that day: {len(data.late)} late, {len(data.uncollected)} uncollected"))
        for key, table in self.total_tables.items():
            items = [(str(label), str(count)) for label, count in getattr(data, key).items()]
            table.model().set_rows(items or [(t("（无）", "(none)"), "")])
        self.list_label.setText(t(f"当日业务明细（{len(data.applications)} 笔）",
                                  f"The day's applications ({len(data.applications)})"))
        self.list_view.model().set_rows([[self._cell(item, key) for key, _zh, _en in COLUMNS]
                                         for item in data.applications])
        if data.closed:
            at = data.closed_at.strftime("%Y-%m-%d %H:%M") if data.closed_at else ""
            self.state_label.setText(t(f"已日结：{data.closed_by} 于 {at}", f"Closed by {data.closed_by} at {at}"))
            set_state(self.state_label, "state", "ok")
        else:
            self.state_label.setText(t("未日结", "Not closed"))
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

        self._set_busy(ctx.t("正在生成日报…", "Rendering the report…"))
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
        label = self.ctx.t("业务日报", "daily report")
        dialog = self.printer.show_preview([Printed(label, path, 1, b"")])
        dialog.setWindowTitle(self.ctx.t(f"业务日报 — {self.point_code} {self.day}",
                                         f"Daily report — {self.point_code} {self.day}"))
        self.preview = dialog

    # -- 导出CSV -------------------------------------------------------------------------------
    @Slot()
    def _on_export_csv(self) -> None:
        t = self.ctx.t
        suggested = Path.home() / f"{t('业务日报', 'daily-report')}-{self.point_code}-{self.day}.csv"
        target, _filter = QFileDialog.getSaveFileName(self, t("导出日报 CSV", "Export the daily report as CSV"),
                                                      str(suggested), t("CSV 文件 (*.csv)", "CSV files (*.csv)"))
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
            self._ok(ctx.t(f"日报已导出：{path}", f"Daily report exported to {path}"))

        self._set_busy(ctx.t("正在导出…", "Exporting…"))
        ctx.call(work, done, self._failed)

    # -- 日结 ----------------------------------------------------------------------------------
    @Slot()
    def _on_close_day(self) -> None:
        t, day = self.ctx.t, self.day
        sp = self.ctx.settings.service_point
        box = QMessageBox(QMessageBox.Icon.Question, t("日结", "Close the day"),
                          t(f"日结 {sp.name or sp.code} {day:%Y-%m-%d}？\n\n日结后，当天的业务只能通过更正记录修改"
                            f"（由负责人填写原因），不能再受理、退回或撤销。",
                            f"Close {day:%Y-%m-%d} for {sp.name or sp.code}?\n\nAfter closing, the applications of "
                            f"that day change only through corrections (with a reason, by a supervisor)."),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(t("日结", "Close the day"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(t("取消", "Cancel"), QMessageBox.ButtonRole.RejectRole)
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
            self._ok(ctx.t(f"{point} {day} 已日结", f"{day} is closed for {point}"))
            self.reload()

        def failed(exc: BaseException) -> None:
            self._failed(exc)
            self.reload()  # an already closed day: show by whom

        self._set_busy(ctx.t("正在日结…", "Closing the day…"))
        ctx.call(work, done, failed)
