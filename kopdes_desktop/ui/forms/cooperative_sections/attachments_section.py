"""Lampiran: scans of the deed, the SK AHU, signed lists… attached to the cooperative.

The bytes are copied into the data folder by the attachment service (hashing and writing a
20 MB scan takes longer than a frame), so attaching and reading for the preview run in the
worker. Images are shown scaled to the preview; PDFs in Qt's own PDF viewer, page by page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import Attachment
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.forms.cooperative_data import ATTACHMENT_OWNER, CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    stretch,
)
from kopdes_desktop.ui.models.attachments_table_model import (
    AttachmentColumn,
    AttachmentsTableModel,
)
from kopdes_desktop.ui.models.row_table_model import RowRole

PDF_TYPE = "application/pdf"


class ImagePreview(QLabel):
    """A scanned image scaled to the space available, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 120)

    def set_image(self, pixmap: QPixmap) -> None:
        """Show ``pixmap`` (a null pixmap clears the preview)."""
        self._pixmap = pixmap
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale to the new size."""
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            self.clear()
            return
        self.setPixmap(
            self._pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class AttachmentsSection(CooperativeSection):
    """Attachment list with Attach / Open / Remove, and a preview of the selected file."""

    section_key = "attachments"
    extra_fields = frozenset({"attachments", "source"})

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._preview_ticket = 0
        self._pdf_buffer: QBuffer | None = None
        self._build()

    def title(self) -> str:
        return self.tr("Attachments")

    def kinds(self) -> dict[str, str]:
        """Document kinds offered for a new attachment (stored as these codes)."""
        return {
            "akta": self.tr("Notarial deed"),
            "sk_ahu": self.tr("SK AHU decree"),
            "berita_acara": self.tr("Minutes (berita acara)"),
            "daftar_hadir": self.tr("Signed attendance list"),
            "npwp": self.tr("NPWP"),
            "nib": self.tr("NIB"),
            "rekening": self.tr("Bank account"),
            "foto_gerai": self.tr("Photo of the outlet"),
            "lainnya": self.tr("Other"),
        }

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self._preview_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    def _list_panel(self) -> QWidget:
        panel = QWidget(self)
        self.kind_combo = QComboBox(panel)
        for code, name in self.kinds().items():
            self.kind_combo.addItem(name, code)
        self.attach_button = QPushButton(self.tr("Attach scan…"), panel)
        self.attach_button.setToolTip(
            self.tr("PDF, JPG or PNG, up to 20 MB; the file is copied into the data folder")
        )
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button = QPushButton(self.tr("Open"), panel)
        self.open_button.setToolTip(self.tr("Open with the computer's viewer"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), panel)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Document:"), panel))
        bar.addWidget(self.kind_combo, 1)
        bar.addWidget(self.attach_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.remove_button)
        self.model = AttachmentsTableModel(self.kind_name, self)
        self.table = data_table(panel)
        self.table.setModel(self.model)
        stretch(self.table, AttachmentColumn.NAME)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return panel

    def _preview_panel(self) -> QWidget:
        self.preview = QStackedWidget(self)
        self.preview.setObjectName("attachmentPreview")
        self.preview.setMinimumWidth(280)
        self.empty_preview = QLabel(self.tr("Choose a file to see it here."), self.preview)
        self.empty_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_preview.setObjectName("hintLabel")
        self.empty_preview.setWordWrap(True)
        self.image_preview = ImagePreview(self.preview)
        self.pdf_document = QPdfDocument(self)
        self.pdf_preview = QPdfView(self.preview)
        self.pdf_preview.setDocument(self.pdf_document)
        self.pdf_preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for widget in (self.empty_preview, self.image_preview, self.pdf_preview):
            self.preview.addWidget(widget)
        return self.preview

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        current = self._selected()
        self.model.set_rows(list(data.attachments))
        row = self.model.row_of(current.id) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_empty()
        self._update_buttons()

    def focus_target(self, field_name: str) -> QWidget | None:
        return self.table

    def _selected(self) -> Attachment | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def kind_name(self, code: str) -> str:
        """The translated name of a stored kind (unknown kinds as stored)."""
        return self.kinds().get(code, code)

    # -- attach -------------------------------------------------------------------------------
    def _on_attach_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach scan"),
            str(Path.home()),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.attach_file(Path(path), self.kind_combo.currentData())

    def attach_file(self, path: Path, kind: str = "") -> None:
        """Copy a file into the data folder in the worker, then list it."""
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return
        attachments = self.host.services.attachments
        self.attach_button.setEnabled(False)
        self.host.runner.start(
            lambda _c: attachments.add(ATTACHMENT_OWNER, cooperative_id, path, kind),
            on_finished=self._on_attached,
            on_failed=self._on_attach_failed,
        )

    def _on_attached(self, _attachment: Attachment) -> None:
        self.attach_button.setEnabled(True)
        self.host.reload()

    def _on_attach_failed(self, exc: BaseException) -> None:
        self.attach_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.host.report_error(exc)
        else:
            report_exception(exc, self)

    # -- preview ------------------------------------------------------------------------------
    def _on_row_changed(self, *_args: object) -> None:
        self._update_buttons()
        attachment = self._selected()
        if attachment is None:
            self._show_empty()
            return
        self._preview_ticket += 1
        ticket = self._preview_ticket
        attachments = self.host.services.attachments
        self.host.runner.start(
            lambda _c: (ticket, attachment, attachments.read_bytes(attachment.id)),
            on_finished=self._on_bytes_read,
            on_failed=self._on_read_failed,
        )

    def _on_bytes_read(self, outcome: tuple[int, Attachment, bytes]) -> None:
        ticket, attachment, data = outcome
        if ticket != self._preview_ticket:
            return
        if attachment.media_type == PDF_TYPE:
            self._show_pdf(data)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.image_preview.set_image(pixmap)
            self.preview.setCurrentWidget(self.image_preview)

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer  # the document reads from it while pages are shown
        self.preview.setCurrentWidget(self.pdf_preview)

    def _on_read_failed(self, exc: BaseException) -> None:
        self._show_empty()
        if isinstance(exc, DomainError):
            self.host.report_error(exc)

    def _show_empty(self) -> None:
        self.image_preview.set_image(QPixmap())
        self.preview.setCurrentWidget(self.empty_preview)

    def preview_kind(self) -> str:
        """ "pdf", "image" or "none": what the preview shows (for tests)."""
        current = self.preview.currentWidget()
        if current is self.pdf_preview:
            return "pdf"
        return "image" if current is self.image_preview else "none"

    # -- open / remove ------------------------------------------------------------------------
    def _on_open_clicked(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        try:
            path = self.host.services.attachments.path_of(attachment.id)
        except DomainError as exc:
            self.host.report_error(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_remove_clicked(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove {name} from the attachments?").format(name=attachment.original_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.host.services.attachments.delete(attachment.id)
        except DomainError as exc:
            self.host.report_error(exc)
        self.host.reload()
