"""Receipts, slips and notices: rendered in a worker, previewed or printed on the GUI thread.

:class:`DocumentPrinter` (one per main window) asks
:func:`clerk_desk.services.printouts.print_document` for each document in a worker (the
service renders the PDF, keeps it under ``data_dir()/printouts`` and logs the print), then
either opens :class:`PreviewDialog` (``settings.printing.preview``) or prints at once.

Printing paints the kept PDF: each page is rendered by QtPdf to an image at the printer's
resolution (at most :data:`MAX_DPI`) and drawn over the whole sheet, so the paper shows the
PDF exactly; the 80 mm roll gets a custom page as long as the PDF page.  A missing printer
never loses a receipt: the message says where the PDF is kept.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from clerk_desk.gui import errors
from clerk_desk.gui.qt import (
    QApplication,
    QColor,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QImage,
    QKeySequence,
    QLabel,
    QMargins,
    QMarginsF,
    QMenu,
    QObject,
    QPageLayout,
    QPageSize,
    QPainter,
    QPushButton,
    QRectF,
    QShortcut,
    QSize,
    QSizeF,
    Qt,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task

#: Pages are rasterised at the printer's resolution, but no finer: an A4 page at 300 dpi is
#: 35 MB in memory, at 1200 dpi (what a PDF printer reports) it would be over half a gigabyte.
MAX_DPI = 300
#: Documents are handed to the insured: Chinese whatever language the clerk's screen uses.
DOCUMENT_LANG = "zh"

DOC_LABELS = {"receipt": ("受理回执", "receipt"), "slip": ("领卡凭条", "pickup slip"),
              "notice": ("一次性告知书", "missing-documents notice"), "daily_report": ("业务日报", "daily report")}


def doc_label(document: str, lang: str) -> str:
    zh, en = DOC_LABELS.get(document, (document, document))
    return en if lang == "en" else zh


class PrinterUnavailable(Exception):
    """No printer, or the printer refused to start a job."""


# -- painting a PDF onto a printer ---------------------------------------------------------
def load_pdf(path: Path | str, parent: QObject | None = None) -> QPdfDocument:
    doc = QPdfDocument(parent)
    status = doc.load(str(path))
    if status != QPdfDocument.Error.None_:
        raise OSError(f"{path}: {status.name}")
    return doc


def page_size_for(doc: QPdfDocument, page: int, paper: str) -> QPageSize:
    """A4 as A4; the 80 mm roll as a custom page 80 mm wide and as long as the PDF page."""
    if paper == "80mm":
        points = doc.pagePointSize(page)
        height = points.height() * 80.0 / points.width() if points.width() > 0 else 297.0
        return QPageSize(QSizeF(80.0, height), QPageSize.Unit.Millimeter, "80mm roll",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QPageSize.PageSizeId.A4)


def _layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_documents(printer: QPrinter, paths: Sequence[Path | str], paper: str) -> int:
    """Paint every page of the PDFs ``paths`` as one print job; returns the pages painted.

    Raises :class:`PrinterUnavailable` when the printer cannot start the job.
    """
    docs = [load_pdf(p) for p in paths]
    pages = [(doc, i) for doc in docs for i in range(doc.pageCount())]
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins: draw it over the whole sheet
    printer.setPageLayout(_layout(page_size_for(pages[0][0], pages[0][1], paper)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName())
    try:
        for n, (doc, i) in enumerate(pages):
            if n:
                printer.setPageLayout(_layout(page_size_for(doc, i, paper)))
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            dpi = min(printer.resolution(), MAX_DPI)
            points = doc.pagePointSize(i)
            image = doc.render(i, QSize(max(1, round(points.width() * dpi / 72)),
                                        max(1, round(points.height() * dpi / 72))),
                               format=QImage.Format.Format_RGB32, fillColor=QColor(Qt.GlobalColor.white))
            painter.drawImage(_fit(image.size(), target.size()), image)
    finally:
        painter.end()
        for doc in docs:
            doc.close()
    return len(pages)


def _fit(image: QSize, page: QSizeF) -> QRectF:
    """The image scaled into the page keeping its proportions, at the top left."""
    if image.width() <= 0 or image.height() <= 0:
        return QRectF(0, 0, page.width(), page.height())
    scale = min(page.width() / image.width(), page.height() / image.height())
    return QRectF(0, 0, image.width() * scale, image.height() * scale)


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def choose_printer(settings: Any, parent: QWidget | None) -> QPrinter | None:
    """The printer to use: the configured one without asking, else the clerk's choice.

    ``None`` when the clerk cancels the print dialog; raises :class:`PrinterUnavailable`
    when the system knows no printer at all.
    """
    if not printers_available():
        raise PrinterUnavailable("")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = (settings.printing.printer or "").strip()
    if name and not QPrinterInfo.printerInfo(name).isNull():
        printer.setPrinterName(name)
        return printer
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


# -- the preview -----------------------------------------------------------------------------
class PreviewDialog(QDialog):
    """The documents just rendered, one tab each; Print, Save as PDF, Close."""

    print_requested = Signal()

    def __init__(self, ctx: Any, printed: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printed = list(printed)
        t = ctx.t
        number = self.printed[0].path.name.rsplit("-", 2)[0] if self.printed else ""
        number = "" if len(number) == 36 else number  # a returned walk-in's notice has no number: its UUID
        self.setWindowTitle(t("打印预览", "Print preview") + (f" — {number}" if number else ""))
        self.documents: list[QPdfDocument] = []
        self.views: list[QPdfView] = []
        self.tabs = QTabWidget(self)
        for item in self.printed:
            doc = load_pdf(item.path, self)
            view = QPdfView(self.tabs)
            view.setDocument(doc)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth if ctx.settings.printing.paper == "80mm"
                             else QPdfView.ZoomMode.FitInView)
            view.setDocumentMargins(QMargins(6, 6, 6, 6))
            view.setPageSpacing(8)
            self.documents.append(doc)
            self.views.append(view)
            title = doc_label(item.document, ctx.lang)
            if item.copy_no > 1:
                title += t(f"（补打 第{item.copy_no}次）", f" (reprint, copy {item.copy_no})")
            self.tabs.addTab(view, title)
        self.tabs.tabBar().setVisible(len(self.printed) > 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setProperty("class", "message")
        self._show_note("info", t(f"PDF 已保存：{self._folder()}", f"PDF kept in {self._folder()}"))
        buttons = QDialogButtonBox(self)
        many = len(self.printed) > 1
        self.print_button = QPushButton(t("打印全部" if many else "打印", "Print all" if many else "Print"), self)
        self.print_button.setProperty("class", "primary")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(t("另存为 PDF…", "Save as PDF…"), self)
        self.close_button = QPushButton(t("关闭", "Close"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self._on_save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._size_to(parent)

    def _size_to(self, parent: QWidget | None) -> None:
        avail = parent.size() if parent is not None else QSize(1000, 800)
        roll = self.ctx.settings.printing.paper == "80mm"
        width = 420 if roll else 760
        self.resize(min(width, max(400, avail.width() - 80)), max(480, avail.height() - 60))

    def _folder(self) -> str:
        return str(self.printed[0].path.parent) if self.printed else ""

    def _show_note(self, kind: str, text: str) -> None:
        self.note.setText(text)
        set_state(self.note, "kind", kind)

    def show_problem(self, text: str) -> None:
        self._show_note("environment", text)

    @property
    def current(self) -> Any:
        return self.printed[self.tabs.currentIndex()]

    @Slot()
    def _on_save(self) -> None:
        item = self.current
        target, _filter = QFileDialog.getSaveFileName(self, self.ctx.t("另存为 PDF", "Save as PDF"),
                                                      str(Path.home() / item.path.name), "PDF (*.pdf)")
        if target:
            try:
                self.save_as(target)
            except OSError:
                pass  # the dialog's note says why

    def save_as(self, target: str | Path) -> Path:
        """Copy the current document's kept PDF to ``target``."""
        item = self.current
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(item.path, target)
        except OSError as exc:
            self.show_problem(self.ctx.t(f"无法保存：{exc}", f"Cannot save: {exc}"))
            raise
        self._show_note("ok", self.ctx.t(f"已另存为 {target}", f"Saved as {target}"))
        return target


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
        if self.print_now(dialog.printed, parent=dialog):
            dialog.accept()
        elif self._last_problem:
            dialog.show_problem(self._last_problem)

    def print_now(self, printed: Sequence[Any], parent: QWidget | None = None) -> bool:
        """Send the kept PDFs to a printer; ``False`` (and a message) when nothing was printed."""
        self._last_problem = ""
        paper = self.ctx.settings.printing.paper
        try:
            printer = self.choose_printer(self.ctx.settings, parent or self.window)
            if printer is None:  # the clerk cancelled the print dialog: the PDFs stay kept
                self._status(self.ctx.t(f"未打印；PDF 已保存在 {printed[0].path.parent}",
                                        f"Not printed; the PDF is kept in {printed[0].path.parent}"))
                return False
            pages = paint_documents(printer, [p.path for p in printed], paper)
        except PrinterUnavailable:
            self._no_printer(printed)
            return False
        except OSError as exc:
            errors.report_exception(exc)
            return False
        names = "、".join(doc_label(p.document, "zh") for p in printed) if self.ctx.lang == "zh" else \
            ", ".join(doc_label(p.document, "en") for p in printed)
        state = getattr(self.window, "_printer_state", None)
        if isinstance(state, QLabel) and state.property("state") == "error":  # the printer is back
            set_state(state, "state", "ok")
            getattr(self.window, "_update_status", lambda: None)()
        self._status(self.ctx.t(f"已送打印机：{names}", f"Sent to the printer: {names}"))
        self.printed.emit(pages)
        return True

    def _status(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

    def _no_printer(self, printed: Sequence[Any]) -> None:
        t, lang = self.ctx.t, self.ctx.lang
        sep = "、" if lang == "zh" else ", "
        names = sep.join(doc_label(p.document, lang) for p in printed)
        folder = printed[0].path.parent
        files = sep.join(p.path.name for p in printed)
        text = t(f"打印机不可用（未安装打印机或打印机未就绪），{names}未打印。PDF 已保存在 {folder}"
                 f"（{files}），可稍后在该业务记录中补打。",
                 f"No printer is available (none installed, or it is not ready); the {names} was not printed. "
                 f"The PDF is kept at {folder} ({files}) and can be printed later from the application's record.")
        self._last_problem = text
        state = getattr(self.window, "_printer_state", None)  # the status bar says so until fixed
        if isinstance(state, QLabel):
            state.setText(t("打印机：不可用（PDF 已保存）", "Printer: unavailable (PDF kept)"))
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
        self.setText(ctx.t("补打…", "Reprint…"))
        self.setToolTip(ctx.t("补打选中业务的受理回执、领卡凭条或一次性告知书（负责人）",
                              "Reprint the selected application's receipt, slip or notice (supervisor)"))
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
            menu.addAction(self.ctx.t("请先选中一笔业务", "Select an application first")).setEnabled(False)
            return
        for document in ("receipt", "slip", "notice"):
            action = menu.addAction(self.ctx.t("补打", "Reprint ") + doc_label(document, self.ctx.lang))
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
