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
from clerk_desk.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
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


class CentralUnreachable(Exception):
    """The central database could not be reached (or dropped the connection): nothing changed here."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- work done in workers (no widgets) --------------------------------------------------------------
def with_connect_timeout(url: str, seconds: int = CONNECT_TIMEOUT) -> str:
    """``url`` with a connect timeout for PostgreSQL, unless it already names one."""
    from sqlalchemy.engine import make_url

    from clerk_desk.services.database import normalize_url

    u = make_url(normalize_url(url))
    if u.get_backend_name() != "postgresql" or "connect_timeout" in u.query:
        return url
    return u.update_query_dict({"connect_timeout": str(seconds)}).render_as_string(hide_password=False)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def exchange(direction: str, local_url: str, central_url: str, actor: Any) -> Any:
    """Worker: push or pull with the central database; :class:`MergeCounts`."""
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import sync

    try:
        return sync.exchange(direction, local_url, with_connect_timeout(central_url), actor)
    except RuleError:
        raise
    except Exception as exc:
        if errors.is_database_error(exc) or isinstance(exc, OSError):
            raise CentralUnreachable(_reason(exc)) from exc
        raise


def read_sync_state(session: Any) -> tuple[datetime | None, datetime | None]:
    """Worker: the last push and pull (for the status bar)."""
    from clerk_desk.services.sync import last_exchanges

    return last_exchanges(session)


def counts_text(counts: Any, lang: str) -> str:
    """新增 N 条，更新 M 条 (and what stayed, and what was refused)."""
    if lang == "en":
        text = f"{counts.total_inserted} added, {counts.total_updated} updated, {counts.unchanged} unchanged"
        if counts.conflicts:
            n = len(counts.conflicts)
            text += f"; {n} record{'s' if n > 1 else ''} clashed with records there and {'were' if n > 1 else 'was'} " \
                    "left out (see the audit trail)"
        return text
    text = f"新增 {counts.total_inserted} 条，更新 {counts.total_updated} 条，未变 {counts.unchanged} 条"
    if counts.conflicts:
        text += f"；另有 {len(counts.conflicts)} 条与已有记录冲突，未合并（已记入审计日志）"
    return text


def display_url(url: str) -> str:
    """The central database's address without its password."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed setting is shown as typed
        return url


# -- the dialog -----------------------------------------------------------------------------------
class SyncDialog(QDialog):
    """上传 / 下载 / 导出数据包 / 导入数据包, one at a time, each in a worker."""

    synced = Signal(str)  # the operation that finished well: push, pull, export, import

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncDialog")
        self.ctx = ctx
        t = ctx.t
        self.busy = ""
        self.last_result: Any = None
        self.setWindowTitle(t("数据同步", "Synchronise data"))
        self.url_label = QLabel(self)
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(t("打开设置(&S)…", "Open the &settings…"), self)
        self.push_button = QPushButton(t("上传(&U)", "P&ush"), self)
        self.pull_button = QPushButton(t("下载(&D)", "Pu&ll"), self)
        self.export_button = QPushButton(t("导出数据包(&E)…", "&Export bundle…"), self)
        self.import_button = QPushButton(t("导入数据包(&I)…", "&Import bundle…"), self)
        for button in (self.push_button, self.pull_button, self.export_button, self.import_button):
            button.setMinimumHeight(34)
        hints = (
            (self.push_button, t("把本机的业务记录发送到中心数据库", "Send this counter's records to the central database")),
            (self.pull_button, t("从中心数据库取回其他窗口和中心的记录（如制卡完成）",
                                 "Bring the central database's records here (e.g. cards marked ready)")),
            (self.export_button, t("把本机全部记录写入一个数据包文件（U 盘带到中心）",
                                   "Write every record here into one bundle file (carry it on a USB stick)")),
            (self.import_button, t("把数据包中的记录合并到本机（重复导入无害）",
                                   "Merge a bundle's records here (importing twice does no harm)")),
        )
        grid = QGridLayout()
        for row, (button, hint) in enumerate(hints):
            label = QLabel(hint, self)
            label.setWordWrap(True)
            button.setToolTip(hint)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a moving bar, the work has no known length
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.busy_label = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("syncResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setProperty("class", "message")
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_label, 1)
        url_row.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(url_row)
        layout.addLayout(grid)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.push_button.clicked.connect(lambda: self.start("push"))
        self.pull_button.clicked.connect(lambda: self.start("pull"))
        self.export_button.clicked.connect(lambda: self.start("export"))
        self.import_button.clicked.connect(lambda: self.start("import"))
        self.settings_button.clicked.connect(self._on_settings)
        ctx.settings_changed.connect(self._update_url)
        self._update_url()
        self.resize(640, 360)

    # -- what is set ------------------------------------------------------------------------
    @property
    def central_url(self) -> str:
        return (self.ctx.settings.sync.central_url or "").strip()

    @Slot()
    def _update_url(self) -> None:
        t = self.ctx.t
        url = self.central_url
        if url:
            self.url_label.setText(t(f"中心数据库：{display_url(url)}", f"Central database: {display_url(url)}"))
        else:
            self.url_label.setText(t("中心数据库：未设置（仍可用 U 盘数据包同步）",
                                     "Central database: not set (bundles on a USB stick still work)"))
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
        t = self.ctx.t
        if operation in ("push", "pull"):
            if not self.central_url:
                self._no_central()
                return
            self._run(operation, t("正在上传到中心数据库…", "Sending records to the central database…")
                      if operation == "push" else t("正在从中心数据库下载…", "Fetching records from the central database…"),
                      self._exchange_work(operation))
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

        self._run("export", self.ctx.t(f"正在导出数据包 {path.name}…", f"Writing bundle {path.name}…"), work)

    def import_bundle(self, path: Path) -> None:
        actor = self.ctx.actor

        def work() -> Any:
            from clerk_desk.services import sync

            with self.ctx.session() as session:
                return sync.import_bundle(session, actor, path)

        self._run("import", self.ctx.t(f"正在导入数据包 {path.name}…", f"Importing bundle {path.name}…"), work)

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
        t = self.ctx.t
        self.last_result = result
        if operation == "export":
            count, path = result
            text = t(f"已导出 {count} 条记录到 {path}", f"{count} records exported to {path}")
        else:
            what = {"push": t("上传完成：", "Pushed: "), "pull": t("下载完成：", "Pulled: "),
                    "import": t("数据包已导入：", "Bundle imported: ")}[operation]
            text = what + counts_text(result, self.ctx.lang)
        self._show_result("ok", text)
        self.synced.emit(operation)

    def _on_failed(self, operation: str, exc: BaseException) -> None:
        self._set_busy("", "")
        if isinstance(exc, CentralUnreachable):
            from clerk_desk.domain.problems import render

            errors.log.warning("central database unreachable: %s", exc.reason)
            kind, text = "environment", render("sync.central_unreachable", {"reason": exc.reason}, self.ctx.lang)
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
            text += self.ctx.t("。请点“打开设置”填写中心数据库地址，或改用 U 盘数据包。",
                               ". Use “Open the settings” to enter it, or use a bundle on a USB stick.")
        else:
            text += self.ctx.t("。请负责人在设置中填写中心数据库地址，或改用 U 盘数据包。",
                               ". Ask a supervisor to set it, or use a bundle on a USB stick.")
        self._show_result("rule", text)

    # -- files ----------------------------------------------------------------------------------
    def _ask_export_path(self) -> Path | None:
        from clerk_desk.services import clock

        t = self.ctx.t
        point = self.ctx.settings.service_point.code or "clerk-desk"
        suggested = Path.home() / f"{point}-{clock.now():%Y%m%d-%H%M}{BUNDLE_SUFFIX}"
        target, _filter = QFileDialog.getSaveFileName(self, t("导出数据包", "Export a bundle"), str(suggested),
                                                      t("Clerk Desk 数据包 (*.cdb)", "Clerk Desk bundles (*.cdb)"))
        if not target:
            return None
        path = Path(target)
        return path if path.suffix.lower() == BUNDLE_SUFFIX else path.with_name(path.name + BUNDLE_SUFFIX)

    def _ask_import_path(self) -> Path | None:
        t = self.ctx.t
        source, _filter = QFileDialog.getOpenFileName(
            self, t("导入数据包", "Import a bundle"), str(Path.home()),
            t("Clerk Desk 数据包 (*.cdb);;所有文件 (*)", "Clerk Desk bundles (*.cdb);;All files (*)"))
        return Path(source) if source else None

    # -- closing ---------------------------------------------------------------------------------
    def reject(self) -> None:  # noqa: D401 - Qt override
        if self.busy:  # the worker reports here: the dialog stays until it has
            self.busy_label.setText(self._busy_text + self.ctx.t("（完成后才能关闭）", " (close it once this is done)"))
            return
        super().reject()
