"""Printing a PDF exactly as previewed: each page of the same ``QPdfDocument`` rendered to the
printer at its resolution.

Printing the bytes the preview shows (rather than re-drawing the document for the printer)
is what makes "preview = print" true, QR code and seal included. The printer's page size is
taken from the PDF (A4, F4 = 215 × 330 mm, landscape certificates) so nothing is scaled to a
default Letter sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0


def configure_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size and orientation of the document's first page; no margins (the PDF has them)."""
    if document.pageCount() == 0:
        return
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait_size = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait_size, QPageSize.Unit.Point))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


def _fit(page: QSizeF, area: QRect) -> QRect:
    """The largest rectangle of the page's proportions centred in ``area``."""
    scale = min(area.width() / page.width(), area.height() / page.height())
    width, height = int(page.width() * scale), int(page.height() * scale)
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height) // 2
    return QRect(left, top, width, height)


def print_document(
    document: QPdfDocument, printer: QPrinter, first: int = 0, last: int | None = None
) -> bool:
    """Render pages ``first``..``last`` (0-based, inclusive) to the printer; False on failure."""
    count = document.pageCount()
    last = count - 1 if last is None else min(last, count - 1)
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(
                int(points.width() / POINTS_PER_INCH * dpi),
                int(points.height() / POINTS_PER_INCH * dpi),
            )
            image = document.render(index, pixels)
            painter.drawImage(_fit(points, painter.viewport()), image)
    finally:
        painter.end()
    return True
