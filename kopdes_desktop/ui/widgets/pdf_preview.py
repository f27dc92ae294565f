"""A PDF shown from bytes in memory, and printed from the very same document.

``QPdfDocument`` reads from a ``QIODevice``; the bytes and the buffer must outlive the
document's use of them, so this widget owns both. Printing renders the pages of this same
``QPdfDocument`` (``ui/pdf_printing.py``): preview and print cannot differ.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from kopdes_desktop.ui.pdf_printing import configure_printer, print_document


class PdfPreview(QWidget):
    """All pages one below the other, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self, pdf: bytes) -> None:
        """Show these bytes (replacing what was shown)."""
        previous = self._buffer
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if previous is not None:
            previous.deleteLater()

    def page_count(self) -> int:
        """Pages of the document shown."""
        return self.document.pageCount()

    def print_with_dialog(self) -> None:
        """The system print dialog, then the pages chosen, on the paper of the document."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, self.document)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first = max(printer.fromPage(), 1) - 1
        last = printer.toPage() - 1 if printer.toPage() else None
        if not print_document(self.document, printer, first, last):
            QMessageBox.warning(
                self, self.tr("Print"), self.tr("The printer could not be started.")
            )
