"""数据同步: push to and pull from the central database, and bundles carried on a USB stick.

Every exchange runs in a worker (the counter never freezes while a slow network sends
records); the dialog shows a busy bar meanwhile and the outcome as counts afterwards.  A
push or pull opens the central database the way ``clerk-desk sync`` does (brought to the
current schema first) and commits the central side before the local bookkeeping, so a
failure halfway sends the same records again next time and loses nothing here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.forms.ui_sync_dialog import Ui_SyncDialog
from clerk_desk.gui.qt import (
    QCoreApplication,
    QDialog,
    QFileDialog,
    Qt,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task

OPERATIONS = ("push", "pull", "export", "import")
BUNDLE_SUFFIX = ".cdb"
#: A central server that does not answer is given up after this many seconds (not the OS's minutes).
CONNECT_TIMEOUT = 10


# -- work done in workers (no widgets) --------------------------------------------------------------
def exchange(direction: str, local_url: str, central_url: str, actor: Any) -> Any:
    """Worker: push or pull with the central database; :class:`MergeCounts`.  The central side's
    failures arrive as :class:`~clerk_desk.services.sync.CentralUnreachable`; this station's own
    database errors and bugs as themselves (:func:`errors.describe`)."""
    from clerk_desk.services import sync
    from clerk_desk.services.database import url_with_connect_timeout

    return sync.exchange(direction, local_url, url_with_connect_timeout(central_url, CONNECT_TIMEOUT), actor)


def read_sync_state(session: Any) -> tuple[datetime | None, datetime | None]:
    """Worker: the last push and pull (for the status bar)."""
    from clerk_desk.services.sync import last_exchanges

    return last_exchanges(session)


def counts_text(counts: Any) -> str:
    """新增 N 条，更新 M 条 (and what stayed, and what was refused)."""
    text = QCoreApplication.translate("SyncDialog", "新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条").format(
        added=counts.total_inserted, updated=counts.total_updated, unchanged=counts.unchanged)
    if counts.conflicts:
        text += QCoreApplication.translate("SyncDialog", "；另有 {n} 条与已有记录冲突，未合并（已记入审计日志）").format(
            n=len(counts.conflicts))
    return text


# -- the dialog -----------------------------------------------------------------------------------
class SyncDialog(QDialog):
    """上传 / 下载 / 导出数据包 / 导入数据包, one at a time, each in a worker."""

    synced = Signal(str)  # the operation that finished well: push, pull, export, import

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = ""
        self.last_result: Any = None
        self.ui = u = Ui_SyncDialog()
        u.setupUi(self)
        self.url_label, self.settings_button, self.buttons = u.urlLabel, u.settingsButton, u.buttons
        self.push_button, self.pull_button, self.export_button, self.import_button = (
            u.pushButton, u.pullButton, u.exportButton, u.importButton)
        self.progress, self.busy_label, self.result_label = u.progress, u.busyLabel, u.syncResult
        self.buttons.rejected.connect(self.reject)
        self.push_button.clicked.connect(lambda: self.start("push"))
        self.pull_button.clicked.connect(lambda: self.start("pull"))
        self.export_button.clicked.connect(lambda: self.start("export"))
        self.import_button.clicked.connect(lambda: self.start("import"))
        self.settings_button.clicked.connect(self._on_settings)
        ctx.settings_changed.connect(self._update_url)
        self._update_url()

    # -- what is set ------------------------------------------------------------------------
    @property
    def central_url(self) -> str:
        return (self.ctx.settings.sync.central_url or "").strip()

    @Slot()
    def _update_url(self) -> None:
        url = self.central_url
        if url:
            from clerk_desk.services.database import url_for_display

            self.url_label.setText(self.tr("中心数据库：{url}").format(url=url_for_display(url)))
        else:
            self.url_label.setText(self.tr("中心数据库：未设置（仍可用 U 盘数据包同步）"))
        self.settings_button.setVisible(not url and self.ctx.allowed("edit_settings"))

    @Slot()
    def _on_settings(self) -> None:
        from clerk_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        edit = dialog.centralUrlEdit
        for index in range(dialog.tabs.count()):
            if dialog.tabs.widget(index).isAncestorOf(edit):
                dialog.tabs.setCurrentIndex(index)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        edit.setFocus()
        self.settings_dialog = dialog

    # -- running ------------------------------------------------------------------------------
    def start(self, operation: str) -> None:
        """Run ``operation`` (push, pull, export, import); export and import ask for the file first."""
        if operation not in OPERATIONS:
            raise ValueError(operation)
        if self.busy:
            return
        if operation in ("push", "pull"):
            if not self.central_url:
                self._no_central()
                return
            self._run(operation, self.tr("正在上传到中心数据库…") if operation == "push"
                      else self.tr("正在从中心数据库下载…"), self._exchange_work(operation))
        elif operation == "export":
            path = self._ask_export_path()
            if path is not None:
                self.export_bundle(path)
        else:
            path = self._ask_import_path()
            if path is not None:
                self.import_bundle(path)

    def export_bundle(self, path: Path) -> None:
        actor = self.ctx.actor

        def work() -> tuple[int, Path]:
            from clerk_desk.services import sync

            with self.ctx.session() as session:
                return sync.export_bundle(session, actor, path), path

        self._run("export", self.tr("正在导出数据包 {name}…").format(name=path.name), work)

    def import_bundle(self, path: Path) -> None:
        actor = self.ctx.actor

        def work() -> Any:
            from clerk_desk.services import sync

            with self.ctx.session() as session:
                return sync.import_bundle(session, actor, path)

        self._run("import", self.tr("正在导入数据包 {name}…").format(name=path.name), work)

    def _exchange_work(self, direction: str) -> Any:
        local_url, central_url, actor = self.ctx.url, self.central_url, self.ctx.actor
        return lambda: exchange(direction, local_url, central_url, actor)

    def _run(self, operation: str, busy_text: str, work: Any) -> None:
        self._set_busy(operation, busy_text)
        run_task(work, lambda result: self._on_done(operation, result),
                 lambda exc: self._on_failed(operation, exc))

    def _set_busy(self, operation: str, text: str) -> None:
        self.busy = operation
        self._busy_text = text
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(operation))
        self.progress.setVisible(bool(operation))
        for button in (self.push_button, self.pull_button, self.export_button, self.import_button):
            button.setEnabled(not operation)
        self.buttons.setEnabled(not operation)
        if operation:
            self.result_label.hide()

    def _show_result(self, kind: str, text: str) -> None:
        self.result_label.setText(text)
        set_state(self.result_label, "kind", kind)
        self.result_label.show()

    def _on_done(self, operation: str, result: Any) -> None:
        self._set_busy("", "")
        self.last_result = result
        if operation == "export":
            count, path = result
            text = self.tr("已导出 {count} 条记录到 {path}").format(count=count, path=path)
        else:
            what = {"push": self.tr("上传完成："), "pull": self.tr("下载完成："),
                    "import": self.tr("数据包已导入：")}[operation]
            text = what + counts_text(result)
        self._show_result("ok", text)
        self.synced.emit(operation)

    def _on_failed(self, operation: str, exc: BaseException) -> None:
        self._set_busy("", "")
        from clerk_desk.services.sync import CentralUnreachable

        if isinstance(exc, CentralUnreachable):
            errors.log.warning("%s: central database failed: %s", operation, exc.reason, exc_info=exc)
            kind, text = "environment", exc.message(self.ctx.lang)
        else:
            kind, text = errors.describe(exc)
            if kind == "bug":
                errors.log.error("%s failed", operation, exc_info=(type(exc), exc, exc.__traceback__))
        self._show_result(kind, text)

    def _no_central(self) -> None:
        from clerk_desk.domain.problems import render
        from clerk_desk.services import sync  # noqa: F401 - defines the message

        text = render("sync.no_central", {}, self.ctx.lang)
        if self.ctx.allowed("edit_settings"):
            text += self.tr("。请点“打开设置”填写中心数据库地址，或改用 U 盘数据包。")
        else:
            text += self.tr("。请负责人在设置中填写中心数据库地址，或改用 U 盘数据包。")
        self._show_result("rule", text)

    # -- files ----------------------------------------------------------------------------------
    def _ask_export_path(self) -> Path | None:
        from clerk_desk.services import clock

        point = self.ctx.settings.service_point.code or "clerk-desk"
        suggested = Path.home() / f"{point}-{clock.now():%Y%m%d-%H%M}{BUNDLE_SUFFIX}"
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("导出数据包"), str(suggested),
                                                      self.tr("Clerk Desk 数据包 (*.cdb)"))
        if not target:
            return None
        path = Path(target)
        return path if path.suffix.lower() == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)

    def _ask_import_path(self) -> Path | None:
        source, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入数据包"), str(Path.home()), self.tr("Clerk Desk 数据包 (*.cdb);;所有文件 (*)"))
        return Path(source) if source else None

    # -- closing ---------------------------------------------------------------------------------
    def reject(self) -> None:  # noqa: D401 - Qt override
        if self.busy:  # the worker reports here: the dialog stays until it has
            self.busy_label.setText(self._busy_text + self.tr("（完成后才能关闭）"))
            return
        super().reject()
