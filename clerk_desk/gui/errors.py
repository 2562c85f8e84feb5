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

log = logging.getLogger("clerk_desk.gui")

_lang = "zh"
_sink: Callable[[str, str], None] | None = None  # (kind, text) -> shown by the main window


def set_language(lang: str) -> None:
    global _lang
    _lang = lang


def set_sink(sink: Callable[[str, str], None] | None) -> None:
    """The main window's message bar receives every error; without it a message box shows."""
    global _sink
    _sink = sink


def _t(zh: str, en: str) -> str:
    return en if _lang == "en" else zh


def is_database_error(exc: BaseException) -> bool:
    mod = type(exc).__module__ or ""
    return mod.startswith(("sqlalchemy", "psycopg", "sqlite3")) or type(exc).__name__ in (
        "OperationalError", "DatabaseError", "InterfaceError")


def describe(exc: BaseException) -> tuple[str, str]:
    """``(kind, text)``: kind is ``rule``, ``environment`` or ``bug``."""
    from clerk_desk.domain.problems import RuleError

    if isinstance(exc, RuleError):
        return "rule", exc.message(_lang)
    if is_database_error(exc):
        return "environment", _t("数据库暂时无法访问，本次操作未保存，已填写的内容仍在表单中。请检查数据库服务或网络后重试。",
                                 "The database cannot be reached; nothing was saved and the form keeps what was "
                                 "typed. Check the database server or the network and try again.")
    if isinstance(exc, OSError):
        return "environment", _t(f"系统错误：{exc}", f"System error: {exc}")
    return "bug", _t(f"程序出错（{type(exc).__name__}: {exc}）。已填写的内容已保留，请联系管理员。",
                     f"Program error ({type(exc).__name__}: {exc}). What was typed is kept; tell the administrator.")


def report_exception(exc: BaseException) -> None:
    kind, text = describe(exc)
    if kind == "bug":
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
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
