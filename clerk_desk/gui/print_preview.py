"""The print preview (``ui/print_preview.ui``): the documents just rendered, one tab each;
Print, Save as PDF, Close.  Opened by :class:`clerk_desk.gui.printing.DocumentPrinter`."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from clerk_desk.gui.forms.ui_print_preview import Ui_PreviewDialog
from clerk_desk.gui.pdf_print import load_pdf
from clerk_desk.gui.qt import (
    QCoreApplication,
    QDialog,
    QFileDialog,
    QKeySequence,
    QMargins,
    QShortcut,
    QSize,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state


def doc_label(document: str) -> str:
    """A document's name in the screen's language (any other name is shown as given)."""
    return {  # written out so that lupdate finds each
        "receipt": QCoreApplication.translate("printing", "受理回执"),
        "slip": QCoreApplication.translate("printing", "领卡凭条"),
        "notice": QCoreApplication.translate("printing", "一次性告知书"),
        "daily_report": QCoreApplication.translate("printing", "业务日报"),
    }.get(document, document)


class PreviewDialog(QDialog):
    """The documents just rendered, one tab each; Print, Save as PDF, Close."""

    print_requested = Signal()

    def __init__(self, ctx: Any, printed: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printed = list(printed)
        self.ui = u = Ui_PreviewDialog()
        u.setupUi(self)
        self.tabs, self.note = u.tabs, u.note
        self.print_button, self.save_button, self.close_button = u.printButton, u.saveButton, u.closeButton
        number = self.printed[0].path.name.rsplit("-", 2)[0] if self.printed else ""
        number = "" if len(number) == 36 else number  # a returned walk-in's notice has no number: its UUID
        if number:
            self.setWindowTitle(self.tr("打印预览 — {number}").format(number=number))
        self.documents: list[QPdfDocument] = []
        self.views: list[QPdfView] = []
        for item in self.printed:
            self._add_tab(item, item.paper == "80mm")
        self.tabs.tabBar().setVisible(len(self.printed) > 1)
        self._show_note("info", self.tr("PDF 已保存：{folder}").format(folder=self._folder()))
        if len(self.printed) > 1:
            self.print_button.setText(self.tr("打印全部"))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self._on_save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.print_requested.emit)
        self._size_to(parent)

    def _add_tab(self, item: Any, roll: bool) -> None:
        doc = load_pdf(item.path, self)
        view = QPdfView(self.tabs)
        view.setDocument(doc)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth if roll else QPdfView.ZoomMode.FitInView)
        view.setDocumentMargins(QMargins(6, 6, 6, 6))
        view.setPageSpacing(8)
        self.documents.append(doc)
        self.views.append(view)
        title = doc_label(item.document)
        if item.copy_no > 1:
            title += self.tr("（补打 第{n}次）").format(n=item.copy_no)
        self.tabs.addTab(view, title)

    def _size_to(self, parent: QWidget | None) -> None:
        avail = parent.size() if parent is not None else QSize(1000, 800)
        roll = bool(self.printed) and all(item.paper == "80mm" for item in self.printed)
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
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), str(Path.home() / item.path.name),
                                                      "PDF (*.pdf)")
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
            self.show_problem(self.tr("无法保存：{reason}").format(reason=exc))
            raise
        self._show_note("ok", self.tr("已另存为 {path}").format(path=target))
        return target
