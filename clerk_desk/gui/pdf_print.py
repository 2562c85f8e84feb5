"""A kept PDF painted onto a printer: each page rendered by QtPdf to an image at the printer's
resolution (at most :data:`MAX_DPI`) and drawn over the whole sheet, so the paper shows the PDF
exactly; the 80 mm roll gets a custom page as long as the PDF page.  No widgets here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from clerk_desk.gui.qt import (
    QColor,
    QDialog,
    QImage,
    QMarginsF,
    QObject,
    QPageLayout,
    QPageSize,
    QPainter,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QWidget,
)

#: Pages are rasterised at the printer's resolution, but no finer: an A4 page at 300 dpi is
#: 35 MB in memory, at 1200 dpi (what a PDF printer reports) it would be over half a gigabyte.
MAX_DPI = 300


class PrinterUnavailable(Exception):
    """No printer, or the printer refused to start a job."""


def load_pdf(path: Path | str, parent: QObject | None = None) -> QPdfDocument:
    doc = QPdfDocument(parent)
    status = doc.load(str(path))
    if status != QPdfDocument.Error.None_:
        raise OSError(f"{path}: {status.name}")
    return doc


ROLL_POINTS = 80 / 25.4 * 72  # the 80 mm roll's width in points


def page_size_for(doc: QPdfDocument, page: int) -> QPageSize:
    """The paper a PDF page was laid out on, read from the page itself (a receipt on A4 and a slip
    on the roll go to the printer in one job): a page 80 mm wide is the roll, a custom page as long as
    the PDF page; anything else A4."""
    points = doc.pagePointSize(page)
    if abs(points.width() - ROLL_POINTS) < 8.5:  # within 3 mm
        height = points.height() * 80.0 / points.width()
        return QPageSize(QSizeF(80.0, height), QPageSize.Unit.Millimeter, "80mm roll",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QPageSize.PageSizeId.A4)


def _layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_documents(printer: QPrinter, paths: Sequence[Path | str]) -> int:
    """Paint every page of the PDFs ``paths`` as one print job; returns the pages painted.

    Raises :class:`PrinterUnavailable` when the printer cannot start the job.
    """
    docs = [load_pdf(p) for p in paths]
    pages = [(doc, i) for doc in docs for i in range(doc.pageCount())]
    if not pages:
        return 0
    printer.setFullPage(True)  # the PDF carries its own margins: draw it over the whole sheet
    printer.setPageLayout(_layout(page_size_for(pages[0][0], pages[0][1])))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable(printer.printerName())
    try:
        for n, (doc, i) in enumerate(pages):
            if n:
                printer.setPageLayout(_layout(page_size_for(doc, i)))
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
