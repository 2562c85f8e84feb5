"""One place turns errors into what a clerk reads (qutebrowser's KnownError vs. bugs).

* :class:`~clerk_desk.domain.problems.RuleError`: a refusal by the rules; its own message.
* Database and OS errors (server stopped, disk full, database locked): the environment's
  fault; a plain message, the data typed so far stays in the form.
* Anything else is a bug: logged with its traceback, and the clerk is told the data is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from clerk_desk.gui.qt import QCoreApplication

log = logging.getLogger("clerk_desk.gui")

_lang = "zh"   # the language domain problems (RuleError) are rendered in
_sink: Callable[[str, str], None] | None = None  # (kind, text) -> shown by the main window


def log_only(what: str) -> Callable[[BaseException], None]:
    """An ``on_error`` for work whose failure the clerk need not see (an offer, a list, a status):
    the exception is logged, never swallowed."""

    def failed(exc: BaseException) -> None:
        level = logging.ERROR if describe(exc)[0] == "bug" else logging.WARNING
        log.log(level, "%s failed: %s: %s", what, type(exc).__name__, exc,
                exc_info=(type(exc), exc, exc.__traceback__) if level == logging.ERROR else None)

    return failed


def set_language(lang: str) -> None:
    global _lang
    _lang = lang


def set_sink(sink: Callable[[str, str], None] | None) -> None:
    """The main window's message bar receives every error; without it a message box shows."""
    global _sink
    _sink = sink


def database_problem(exc: BaseException) -> str | None:
    """What kind of database trouble ``exc`` is (``services.database.trouble``): ``constraint``,
    ``locked``, ``disk_full``, ``unreachable`` or ``other``; None when it is not one."""
    from clerk_desk.services.database import trouble

    return trouble(exc)


def _database_text(trouble: str) -> str:
    """What the clerk reads for each kind of database trouble (English from en/errors.txt)."""
    texts = {
        "constraint": QCoreApplication.translate(
            "errors", "与数据库中已有的记录冲突，本次操作未保存，已填写的内容仍在表单中。请查询已有记录后再办理。"),
        "locked": QCoreApplication.translate(
            "errors", "数据库正被其他操作占用，本次操作未保存，已填写的内容仍在表单中。请稍候重试。"),
        "disk_full": QCoreApplication.translate(
            "errors", "磁盘已满，本次操作未保存，已填写的内容仍在表单中。请清理磁盘空间或联系管理员。"),
        "unreachable": QCoreApplication.translate(
            "errors", "数据库暂时无法访问，本次操作未保存，已填写的内容仍在表单中。请检查数据库服务或网络后重试。"),
    }
    return texts.get(trouble) or QCoreApplication.translate(
        "errors", "数据库出错，本次操作未保存，已填写的内容仍在表单中。请联系管理员（详见日志）。")


_on_database_trouble: list[Callable[[str], None]] = []  # the status bar's database label


def watch_database(callback: Callable[[str], None]) -> None:
    """``callback(kind)`` whenever a database error is reported (the main window's status bar)."""
    _on_database_trouble.append(callback)


def describe(exc: BaseException) -> tuple[str, str]:
    """``(kind, text)``: kind is ``rule``, ``environment`` or ``bug``."""
    from clerk_desk.domain.problems import RuleError

    if isinstance(exc, RuleError):
        return "rule", exc.message(_lang)
    trouble = database_problem(exc)
    if trouble is not None:
        return "environment", _database_text(trouble)
    if isinstance(exc, OSError):
        return "environment", QCoreApplication.translate("errors", "系统错误：{error}").format(error=exc)
    return "bug", QCoreApplication.translate("errors", "程序出错（{kind}: {error}）。已填写的内容已保留，请联系管理员。").format(
        kind=type(exc).__name__, error=exc)


def report_exception(exc: BaseException) -> None:
    kind, text = describe(exc)
    trouble = database_problem(exc)
    if kind == "bug" or trouble == "other":
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    elif kind == "environment":
        log.warning("%s: %s", type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")
    if trouble is not None:
        for callback in list(_on_database_trouble):
            try:
                callback(trouble)
            except RuntimeError:  # a closed window
                _on_database_trouble.remove(callback)
    show_message(kind, text)


def show_message(kind: str, text: str) -> None:
    if _sink is not None:
        _sink(kind, text)
        return
    from clerk_desk.gui.qt import QApplication, QMessageBox, Qt

    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "Clerk Desk", text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def install_excepthook() -> None:
    """Exceptions that escape a slot reach the clerk as a message, never a silent crash."""

    def hook(etype, value, tb):  # type: ignore[no-untyped-def]
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(etype, value, tb)))
        try:
            report_exception(value)
        except Exception:  # pragma: no cover - the last resort must not raise
            sys.__excepthook__(etype, value, tb)

    sys.excepthook = hook
