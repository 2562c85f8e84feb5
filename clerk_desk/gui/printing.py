"""Receipts, slips and notices: rendered in a worker, previewed or printed on the GUI thread.

:class:`DocumentPrinter` (one per main window) asks
:func:`clerk_desk.services.printouts.print_document` for each document in a worker (the
service renders the PDF, keeps it under ``data_dir()/printouts`` and logs the print), then
either opens :class:`PreviewDialog` (``settings.printing.preview``) or prints at once.

Printing paints the kept PDF: each page is rendered by QtPdf to an image at the printer's
resolution (at most :data:`~clerk_desk.gui.pdf_print.MAX_DPI`) and drawn over the whole sheet, so the paper shows the
PDF exactly; the 80 mm roll gets a custom page as long as the PDF page.  A missing printer
never loses a receipt: the message says where the PDF is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from shiboken6 import isValid

from clerk_desk.gui import errors
from clerk_desk.gui.pdf_print import PrinterUnavailable, choose_printer, paint_documents
from clerk_desk.gui.print_preview import PreviewDialog, doc_label
from clerk_desk.gui.qt import (
    QApplication,
    QCoreApplication,
    QLabel,
    QMenu,
    QObject,
    Qt,
    QToolButton,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task

__all__ = ["DocumentPrinter", "PreviewDialog", "ReprintButton", "doc_label", "paint_documents", "reprintable"]

#: Documents are handed to the insured: Chinese whatever language the clerk's screen uses.
DOCUMENT_LANG = "zh"


# -- the window's printer --------------------------------------------------------------------
class DocumentPrinter(QObject):
    """Render (worker), then preview or print (GUI thread); one per main window."""

    rendered = Signal(list)     # the services' Printed records, before preview or printing
    printed = Signal(int)       # pages sent to a printer
    print_failed = Signal(str)  # the message shown when there was no printer

    def __init__(self, ctx: Any, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.preview: PreviewDialog | None = None
        #: ``(settings, parent) -> QPrinter | None``; tests put a PDF printer here.
        self.choose_printer: Callable[[Any, QWidget | None], QPrinter | None] = choose_printer
        self._last_problem = ""

    def print_documents(self, application_id: Any, documents: Sequence[str], *, reprint: bool = False) -> None:
        """Render ``documents`` of the application in a worker, then preview or print them."""
        ctx, actor, settings = self.ctx, self.ctx.actor, self.ctx.settings
        documents = list(documents)

        def work() -> tuple[list[Any], BaseException | None]:
            from clerk_desk.services.printouts import print_document

            done: list[Any] = []
            first_error: BaseException | None = None
            for document in documents:  # one transaction each: a refused slip keeps the receipt
                try:
                    with ctx.session() as session:
                        done.append(print_document(session, actor, application_id, document, settings=settings,
                                                   lang=DOCUMENT_LANG, reprint=reprint))
                except Exception as exc:  # noqa: BLE001 - handed to the GUI thread's error path
                    first_error = first_error or exc
            return done, first_error

        run_task(work, self._on_rendered)

    @Slot(object)
    def _on_rendered(self, outcome: tuple[list[Any], BaseException | None]) -> None:
        printed, failure = outcome
        if failure is not None:
            errors.report_exception(failure)
        if not printed:
            return
        self.rendered.emit(printed)
        if self.ctx.settings.printing.preview:
            self.show_preview(printed)
        else:
            self.print_now(printed)

    def show_preview(self, printed: Sequence[Any]) -> PreviewDialog:
        if self.preview is not None:
            self.preview.close()
        dialog = PreviewDialog(self.ctx, printed, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.print_requested.connect(lambda: self._print_from_preview(dialog))
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        focus = QApplication.focusWidget()  # after the preview: back to the next walk-in's ID field
        dialog.finished.connect(lambda _result: _refocus(focus))
        self.preview = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: PreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    def _print_from_preview(self, dialog: PreviewDialog) -> None:
        """Print from the preview: it closes once the pages are on the printer, or says why not."""
        def finished(ok: bool) -> None:
            if not isValid(dialog):  # closed while the pages were painted
                return
            dialog.print_button.setEnabled(True)
            if ok:
                dialog.accept()
            elif self._last_problem:
                dialog.show_problem(self._last_problem)

        dialog.print_button.setEnabled(False)
        if not self.print_now(dialog.printed, parent=dialog, on_done=finished):
            finished(False)

    def print_now(self, printed: Sequence[Any], parent: QWidget | None = None,
                  on_done: Callable[[bool], None] | None = None) -> bool:
        """Send the kept PDFs to a printer: the printer is chosen here, the pages are painted in a
        worker; ``on_done(printed)`` then.  ``False`` (and a message) when nothing will be printed."""
        self._last_problem = ""
        try:
            printer = self.choose_printer(self.ctx.settings, parent or self.window)
        except PrinterUnavailable:
            self._no_printer(printed)
            return False
        if printer is None:  # the clerk cancelled the print dialog: the PDFs stay kept
            self._status(self.tr("未打印；PDF 已保存在 {folder}").format(folder=printed[0].path.parent))
            return False
        paths = [p.path for p in printed]
        run_task(lambda: paint_documents(printer, paths),  # QPainter on a QPrinter: fine off the GUI thread
                 lambda pages: self._on_painted(printed, pages, on_done),
                 lambda exc: self._on_paint_failed(printed, exc, on_done))
        return True

    def _on_painted(self, printed: Sequence[Any], pages: int, on_done: Callable[[bool], None] | None) -> None:
        names = self.tr("、").join(doc_label(p.document) for p in printed)
        state = getattr(self.window, "_printer_state", None)
        if isinstance(state, QLabel) and state.property("state") == "error":  # the printer is back
            set_state(state, "state", "ok")
            getattr(self.window, "_update_status", lambda: None)()
        self._status(self.tr("已送打印机：{names}").format(names=names))
        self.printed.emit(pages)
        if on_done is not None:
            on_done(True)

    def _on_paint_failed(self, printed: Sequence[Any], exc: BaseException,
                         on_done: Callable[[bool], None] | None) -> None:
        if isinstance(exc, PrinterUnavailable):
            self._no_printer(printed)
        else:  # a kept PDF that cannot be read (OSError), or a bug
            errors.report_exception(exc)
        if on_done is not None:
            on_done(False)

    def _status(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    def _no_printer(self, printed: Sequence[Any]) -> None:
        sep = self.tr("、")
        text = self.tr("打印机不可用（未安装打印机或打印机未就绪），{names}未打印。PDF 已保存在 {folder}（{files}），"
                       "可稍后在该业务记录中补打。").format(
            names=sep.join(doc_label(p.document) for p in printed), folder=printed[0].path.parent,
            files=sep.join(p.path.name for p in printed))
        self._last_problem = text
        state = getattr(self.window, "_printer_state", None)  # the status bar says so until fixed
        if isinstance(state, QLabel):
            state.setText(self.tr("打印机：不可用（PDF 已保存）"))
            set_state(state, "state", "error")
        bar = getattr(getattr(self.window, "ui", None), "messageBar", None)
        shown = errors.show_message
        if bar is not None and bar.isVisible() and bar.text() and bar.property("kind") in ("ok", "info"):
            shown("environment", bar.text() + "\n" + text)  # keep the accept's number and pickup code
        else:
            shown("environment", text)
        self.print_failed.emit(text)


def _refocus(widget: QWidget | None) -> None:
    try:
        if widget is not None and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
    except RuntimeError:  # the widget is gone
        pass


# -- 补打 Reprint on list pages ---------------------------------------------------------------
def reprint_label(document: str) -> str:
    """补打受理回执: the menu entry for reprinting ``document``."""
    return QCoreApplication.translate("printing", "补打{document}").format(document=doc_label(document))


def reprintable(row: Any) -> list[str]:
    """The documents a row has: receipt once accepted, slip when one was issued, notice when returned."""
    status = getattr(row.status, "value", row.status)
    docs = []
    if getattr(row, "accepted_at", None) is not None and row.number:
        docs.append("receipt")
    if getattr(row, "pickup_code", ""):
        docs.append("slip")
    if status == "returned":
        docs.append("notice")
    return docs


class ReprintButton(QToolButton):
    """补打 (Reprint) for supervisors: a button with a menu, and the same menu on the table's rows."""

    def __init__(self, ctx: Any, view: Any, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.model = model
        self.setText(self.tr("补打…"))
        self.setToolTip(self.tr("补打选中业务的受理回执、领卡凭条或一次性告知书（负责人）"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(lambda: self._fill(self.menu_))
        self.setMenu(self.menu_)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_context_menu)
        ctx.actor_changed.connect(self._update)
        self._update()

    def selected_row(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid():
            rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
            index = rows[0] if rows else index
        return self.model.row_at(index) if index.isValid() else None

    @Slot()
    def _update(self) -> None:
        self.setVisible(self.ctx.allowed("reprint"))

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        row = self.selected_row()
        docs = reprintable(row) if row is not None else []
        if row is None:
            menu.addAction(self.tr("请先选中一笔业务")).setEnabled(False)
            return
        for document in ("receipt", "slip", "notice"):
            action = menu.addAction(reprint_label(document))
            action.setEnabled(document in docs)
            action.triggered.connect(lambda _checked=False, d=document, r=row: self.reprint(r, d))

    @Slot(object)
    def _on_context_menu(self, pos: Any) -> None:
        if not self.ctx.allowed("reprint") or not self.view.indexAt(pos).isValid():
            return
        self.view.setCurrentIndex(self.view.indexAt(pos))
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._fill(menu)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def reprint(self, row: Any, document: str) -> None:
        window = self.window()
        printer = getattr(window, "print_documents", None)
        if printer is not None:
            printer(row.id, [document], reprint=True)
