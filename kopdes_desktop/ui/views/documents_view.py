"""Dokumen: choose a cooperative and a document, issue it, see exactly what will print, print
or save it; check whether a PDF is genuine; batch jobs with progress and cancel.

"Create" issues the document (number, signature, seal) in a worker and loads those very bytes
into the preview, so what is printed or saved is what was seen. Certificates of a whole
training are written one file per participant as each is issued, so a cancelled batch leaves
every issued number on disk.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.document_files import write_atomic
from kopdes_desktop.services.document_issue import BuiltDocument
from kopdes_desktop.services.document_service import BatchCancelledError
from kopdes_desktop.services.document_verification import VerificationResult
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.role_names import may
from kopdes_desktop.ui.views.document_texts import document_problem, verification_text
from kopdes_desktop.ui.widgets.pdf_preview import PdfPreview
from kopdes_desktop.ui.workers import TaskControl, TaskRunner, Worker

FORM_WIDTH = 340


class DocumentsView(QWidget):
    """Form on the left, the PDF preview on the right."""

    document_ready = Signal()
    batch_finished = Signal(int)

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._built: BuiltDocument | None = None
        self._job: Worker | None = None
        self.preview = PdfPreview(self)
        self.pdf_document = self.preview.document
        self._build()
        self._on_type_changed()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Documents"), self)
        title.setObjectName("pageTitle")
        form = QWidget(self)
        form.setFixedWidth(FORM_WIDTH)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._choice_box(form))
        column.addWidget(self._action_box(form))
        column.addWidget(self._batch_box(form))
        self.status_label = QLabel(form)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("hintLabel")
        column.addWidget(self.status_label)
        column.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(form)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.addWidget(title)
        layout.addLayout(body, 1)

    def _choice_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Document"), parent)
        self.type_combo = QComboBox(box)
        for info in self._services.documents.available_types():
            if info.code != "sertifikat":  # issued per participant: see the batch box
                self.type_combo.addItem(info.title, info.code)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.coop_combo = QComboBox(box)
        self.coop_combo.setEditable(True)
        self.coop_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.event_combo = QComboBox(box)
        self.mask_check = QCheckBox(self.tr("Mask NIK (copies that leave the office)"), box)
        if not may(self._services.ctx, Action.PRINT_FULL_NIK):  # viewers print masked only
            self.mask_check.setChecked(True)
            self.mask_check.setEnabled(False)
        self.paper_combo = QComboBox(box)
        for paper in PaperSize:
            self.paper_combo.addItem(paper.value, paper.value)
        form = QFormLayout(box)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Cooperative"), self.coop_combo)
        form.addRow(self.tr("Training"), self.event_combo)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.mask_check)
        return box

    def _action_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Issue and print"), parent)
        self.create_button = QPushButton(self.tr("Create document"), box)
        self.create_button.setToolTip(
            self.tr("Gives the document the next number, signs it and shows it here.")
        )
        self.create_button.clicked.connect(self.create_document)
        self.print_button = QPushButton(self.tr("Print…"), box)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as…"), box)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.verify_button = QPushButton(self.tr("Check a PDF…"), box)
        self.verify_button.setToolTip(
            self.tr("Tells whether a PDF was issued by this or a trusted office and is unchanged.")
        )
        self.verify_button.clicked.connect(self._on_verify_clicked)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.create_button)
        layout.addLayout(row)
        layout.addWidget(self.verify_button)
        self._set_document_actions(False)
        return box

    def _batch_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Batch jobs"), parent)
        self.certificates_button = QPushButton(self.tr("Certificates of the training…"), box)
        self.certificates_button.clicked.connect(self._on_certificates_clicked)
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_job)
        layout = QVBoxLayout(box)
        layout.addWidget(self.certificates_button)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.cancel_button)
        return box

    # --- choices ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload cooperatives, trainings and the default paper (the page was shown)."""
        self._runner.start(self._load_choices, on_finished=self._on_choices_loaded)

    def _load_choices(self, _control: TaskControl) -> tuple[list, list, str]:
        s = self._services
        settings = s.settings.get()
        coops = s.cooperatives.summaries(settings.area_code) if settings.area_code else []
        return coops, s.training.list_events(), str(settings.paper_size.value)

    def _on_choices_loaded(self, loaded: tuple[list, list, str]) -> None:
        coops, events, paper = loaded
        current = self.coop_combo.currentData()
        self.coop_combo.clear()
        for summary in coops:
            label = f"{summary.cooperative.name} ({summary.cooperative.village_code})"
            self.coop_combo.addItem(label, summary.cooperative.id)
        self.event_combo.clear()
        for event in events:
            self.event_combo.addItem(f"{event.title} ({event.start_date:%d-%m-%Y})", event.id)
        if current is not None and self.coop_combo.findData(current) >= 0:
            self.coop_combo.setCurrentIndex(self.coop_combo.findData(current))
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

    def select(
        self, cooperative_id: str | None, doc_type: str, event_id: str | None = None
    ) -> None:
        """Choose what to print (for callers and tests); unknown ids leave a choice alone."""
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        if cooperative_id is not None and self.coop_combo.findData(cooperative_id) >= 0:
            self.coop_combo.setCurrentIndex(self.coop_combo.findData(cooperative_id))
        if event_id is not None and self.event_combo.findData(event_id) >= 0:
            self.event_combo.setCurrentIndex(self.event_combo.findData(event_id))

    def _subject(self) -> str:
        code = self.type_combo.currentData()
        found = [t for t in self._services.documents.available_types() if t.code == code]
        return found[0].subject if found else "cooperative"

    def _on_type_changed(self, _index: int = 0) -> None:
        subject = self._subject()
        self.coop_combo.setEnabled(subject == "cooperative")
        self.event_combo.setEnabled(subject == "event")

    # --- issuing ----------------------------------------------------------------------------
    def create_document(self) -> None:
        """Issue the chosen document in a worker; the preview shows it when ready."""
        doc_type = self.type_combo.currentData()
        coop_id = self.coop_combo.currentData() if self._subject() == "cooperative" else None
        event_id = self.event_combo.currentData()
        mask, paper = self.mask_check.isChecked(), PaperSize(self.paper_combo.currentData())
        docs = self._services.documents

        def task(control: TaskControl) -> BuiltDocument | None:
            try:
                return docs.build(
                    coop_id,
                    doc_type,
                    mask_nik=mask,
                    paper=paper,
                    event_id=event_id,
                    progress=control.report,
                    cancelled=control.cancelled,
                )
            except BatchCancelledError:
                return None

        self._start_job(task, self._on_built)
        self.status_label.setText(self.tr("Creating the document…"))

    def _on_built(self, built: BuiltDocument | None) -> None:
        self._end_job()
        if built is None:
            return
        self._built = built
        self.preview.load(built.pdf)
        self._set_document_actions(True)
        self.status_label.setText(
            self.tr("{title} number {number}, verification code {code}.").format(
                title=built.title, number=built.number, code=built.verification_code
            )
        )
        self.document_ready.emit()

    def page_count(self) -> int:
        """Pages of the document in the preview."""
        return self.preview.page_count()

    def current_document(self) -> BuiltDocument | None:
        """The document on show (issued)."""
        return self._built

    def _set_document_actions(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # --- print, save, verify ------------------------------------------------------------------
    def _on_print_clicked(self) -> None:
        self.preview.print_with_dialog()

    def _on_save_clicked(self) -> None:
        if self._built is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save document"),
            str(Path(folder) / self._built.file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> Path:
        """Write the document on show atomically; reports problems instead of raising."""
        assert self._built is not None
        try:
            written = write_atomic(path, self._built.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save document"),
                self.tr("The file could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                ),
            )
            raise
        self.status_label.setText(self.tr("Saved to {path}.").format(path=str(written)))
        return written

    def _on_verify_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check a PDF"), "", self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        text, result = self.verify_file(Path(name))
        if result is not None and result.ok:
            QMessageBox.information(self, self.tr("Check a PDF"), text)
        else:
            QMessageBox.warning(self, self.tr("Check a PDF"), text)

    def verify_file(self, path: Path) -> tuple[str, VerificationResult | None]:
        """The answer for one file, also shown under the buttons."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            text = self.tr("The file could not be read: {error}").format(
                error=exc.strerror or str(exc)
            )
            self.status_label.setText(text)
            return text, None
        result = self._services.documents.verify(data)
        text = verification_text(result)
        self.status_label.setText(text)
        return text, result

    # --- batch jobs ---------------------------------------------------------------------------
    def _on_certificates_clicked(self) -> None:
        if self.event_combo.currentData() is None:
            QMessageBox.information(
                self, self.tr("Batch jobs"), self.tr("Record a training with participants first.")
            )
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"))
        if folder:
            self.start_certificates(Path(folder))

    def start_certificates(self, folder: Path) -> None:
        """Issue and write one certificate per participant of the chosen training."""
        event_id = self.event_combo.currentData()
        paper = PaperSize(self.paper_combo.currentData())
        docs = self._services.documents
        written: list[Path] = []

        def task(control: TaskControl) -> int:
            def keep(document: BuiltDocument) -> None:
                written.append(write_atomic(folder / document.file_name, document.pdf))

            with contextlib.suppress(BatchCancelledError):
                docs.build_certificates(
                    event_id,
                    paper=paper,
                    progress=control.report,
                    cancelled=control.cancelled,
                    on_built=keep,
                )
            return len(written)

        self._start_job(
            task,
            self._on_certificates_done,
            on_cancelled=lambda: self._on_certificates_done(len(written)),
        )
        self.status_label.setText(self.tr("Issuing certificates…"))

    def _on_certificates_done(self, count: int) -> None:
        self._end_job()
        self.status_label.setText(self.tr("%n certificate(s) written.", "", count))
        self.batch_finished.emit(count)

    def cancel_job(self) -> None:
        """Stop the running job between two documents."""
        if self._job is not None:
            self._job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _start_job(self, task, on_finished, on_cancelled=None) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.create_button.setEnabled(False)
        self.certificates_button.setEnabled(False)
        self._job = self._runner.start(
            task,
            on_finished=on_finished,
            on_failed=self._on_job_failed,
            on_progress=self._on_progress,
            on_cancelled=on_cancelled or (lambda: self._on_built(None)),
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _end_job(self) -> None:
        self._job = None
        self.progress_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.create_button.setEnabled(True)
        self.certificates_button.setEnabled(True)
        if not self.status_label.text() or self.status_label.text().endswith("…"):
            self.status_label.setText("")

    def _on_job_failed(self, exc: BaseException) -> None:
        self._end_job()
        text = document_problem(exc) if isinstance(exc, DomainError) else None
        if text is None:
            report_exception(exc, self)
            return
        self.status_label.setText(text)
        QMessageBox.warning(self, self.tr("Documents"), text)
