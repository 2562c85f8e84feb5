"""Help ▸ About: the version, the database schema, the data directory, the log file and, for a
supervisor, the version every counter of this database last logged in with.

The schema revision and the counters are read in a worker (``services.counters``); the dialog
shows at once and fills them in when they arrive.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from clerk_desk import __version__
from clerk_desk.gui import errors
from clerk_desk.gui.forms.ui_about_dialog import Ui_AboutDialog
from clerk_desk.gui.qt import (
    QColor,
    QDialog,
    Qt,
    QTableView,
    QWidget,
    Slot,
)
from clerk_desk.gui.rows_model import Cell, show_rows


def hide_password(url: str) -> str:
    """A database URL fit to show: ``postgresql://user:secret@host/db`` → ``postgresql://user:***@host/db``."""
    # Up to the last "@": a password may hold an unescaped "@" (libpq and SQLAlchemy read it so).
    return re.sub(r"(://[^:/@]*):.*@", r"\1:***@", url, count=1)


def read_status(session: Any, actor: Any, with_counters: bool) -> dict[str, Any]:
    """Worker: the database's schema revision and (supervisors) the counters' versions."""
    from clerk_desk.services import counters

    status: dict[str, Any] = {"schema": counters.schema_revision(session), "expected": counters.expected_schema(),
                              "counters": None}
    if with_counters:
        status["counters"] = counters.counters(session, actor)
    return status


class AboutDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clerk_desk.config import data_dir, log_file

        self.ctx = ctx
        self.ui = u = Ui_AboutDialog()
        u.setupUi(self)
        from clerk_desk.gui.qt import qVersion

        u.titleLabel.setText(self.tr("<b>Clerk Desk 医保窗口受理系统</b> {version}").format(version=__version__))
        u.versionLabel.setText(__version__)
        u.schemaLabel.setText(self.tr("正在读取…"))
        u.databaseLabel.setText(hide_password(ctx.url))
        u.dataDirLabel.setText(str(data_dir()))
        u.logFileLabel.setText(str(log_file()))
        u.runtimeLabel.setText(self.tr("Python {python}，Qt {qt}").format(python=sys.version.split()[0], qt=qVersion()))
        self.version_label, self.schema_label = u.versionLabel, u.schemaLabel
        self.data_dir_label, self.log_file_label = u.dataDirLabel, u.logFileLabel
        self._with_counters = ctx.allowed("view_audit")
        self.counters_table: QTableView | None = None
        if self._with_counters:
            self.counters_table = show_rows(u.countersTable, [
                self.tr("窗口（站点代码）"), self.tr("版本"), self.tr("系统"), self.tr("登录人"), self.tr("时间")])
            self.counters_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # a list to read: no current cell drawn
        else:
            u.countersCaption.hide()
            u.countersTable.hide()
        u.buttonBox.rejected.connect(self.reject)
        self.resize(820, 420 if self._with_counters else 220)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.loaded = False
        if ctx.ready:
            self._load()
        else:
            ctx.database_ready.connect(self._load)

    @Slot()
    def _load(self) -> None:
        actor, with_counters = self.ctx.actor, self._with_counters
        self.ctx.call(lambda session: read_status(session, actor, with_counters), self._on_status, self._on_failed)

    def _on_status(self, status: dict[str, Any]) -> None:
        schema = status["schema"] or self.tr("无")
        expected = status["expected"]
        if status["schema"] != expected:
            schema += self.tr("（本程序需要 {expected}）").format(expected=expected)
        self.schema_label.setText(schema)
        if self.counters_table is not None and status["counters"] is not None:
            self._fill(status["counters"])
        self.loaded = True

    def _fill(self, rows: list[Any]) -> None:
        table = self.counters_table
        assert table is not None
        differs = self.tr("（与本机不同）")
        table.model().set_rows([
            (info.station, Cell(info.version) if info.current else Cell(info.version + differs, colour=QColor("darkred")),
             info.platform, info.username, f"{info.seen_at:%Y-%m-%d %H:%M}" if info.seen_at else "")
            for info in rows])
        table.resizeColumnsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        self.schema_label.setText(self.tr("无法读取"))
        self.loaded = True
        errors.report_exception(exc)


def show_about(ctx: Any, parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(ctx, parent)
    dialog.open()
    return dialog
