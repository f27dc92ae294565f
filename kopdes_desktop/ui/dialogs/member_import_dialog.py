"""Impor dari Excel: members of one cooperative from a spreadsheet, checked before saving.

The operator chooses (or drops) an .xlsx or .csv file; every row is checked in a worker and
shown with its problems. Nothing is saved until "Import all" is pressed, and then every row
is saved or none. With problems, the operator saves an annotated copy of their own file (a
"Catatan kesalahan" column and red cells), fixes it there and chooses it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.errors import DomainError, ValidationError
from kopdes_desktop.services.member_import_rows import MemberImportPreview, MemberImportResult
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.models.member_import_rows_model import ImportColumn, MemberImportRowsModel
from kopdes_desktop.ui.models.row_table_model import RowRole, SortRole
from kopdes_desktop.ui.spreadsheet_messages import sheet_error_text, sheet_issue_text
from kopdes_desktop.ui.workers import TaskRunner, Worker

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")


class _ProblemRowsFilter(QSortFilterProxyModel):
    """Shows every row, or only rows with errors or warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, value: bool) -> None:
        self.beginFilterChange()
        self.only_problems = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.only_problems:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return bool(row.issues)


class MemberImportDialog(QDialog):
    """Choose file → preview with row problems → annotated copy → import all or nothing."""

    members_imported = Signal(int)
    """Emitted with the number of members saved."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        cooperative_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._cooperative_id = cooperative_id
        self._coop = services.cooperatives.get(cooperative_id)
        self._preview: MemberImportPreview | None = None
        self._worker: Worker | None = None
        self.result_summary: MemberImportResult | None = None
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.setAcceptDrops(True)
        self.resize(1100, 620)
        self._build()
        self._show_state()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Members of {name} from a spreadsheet (.xlsx or .csv, one row per member). Every "
                "row is checked first; nothing is saved until you press Import, and then all rows "
                "are saved or none."
            ).format(name=self._coop.name),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        self.template_button = QPushButton(self.tr("Save template…"), self)
        self.template_button.clicked.connect(self._on_template)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._on_choose)
        self.file_label = QLabel(self.tr("No file chosen. You can also drop a file here."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.template_button)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.problems_check = QCheckBox(self.tr("Show only rows with problems"), self)
        self.problems_check.toggled.connect(self._on_problems_toggled)
        self._build_table()

        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.annotate_button = QPushButton(self.tr("Save annotated copy…"), self)
        self.annotate_button.clicked.connect(self._on_annotate)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._on_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.annotate_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_check)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _build_table(self) -> None:
        """The preview table: file order, sortable, problem rows tinted."""
        self.model = MemberImportRowsModel(self)
        self.proxy = _ProblemRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportColumn.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(ImportColumn.ROW, Qt.SortOrder.AscendingOrder)

    # -- state ----------------------------------------------------------------------------
    @property
    def preview(self) -> MemberImportPreview | None:
        """The checked file on show (None before a file was read)."""
        return self._preview

    def _show_state(self) -> None:
        busy = self._worker is not None
        preview = self._preview
        self.choose_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        has_issues = preview is not None and any(r.issues for r in preview.rows)
        self.annotate_button.setEnabled(not busy and has_issues)
        can_apply = not busy and preview is not None and preview.can_apply
        self.import_button.setEnabled(can_apply)
        count = len(preview.rows) if preview is not None else 0
        self.import_button.setText(
            self.tr("Import all %n member(s)", "", count) if can_apply else self.tr("Import")
        )
        self.summary_label.setText(self._summary_text())
        self.summary_label.setProperty("incomplete", bool(preview and not preview.can_apply))
        self.summary_label.style().unpolish(self.summary_label)
        self.summary_label.style().polish(self.summary_label)

    def _summary_text(self) -> str:
        preview = self._preview
        if preview is None:
            return ""
        text = self.tr(
            "{rows} rows: {new} new persons, {reused} already recorded; {errors} errors in "
            "{error_rows} rows, {warnings} warnings."
        ).format(
            rows=len(preview.rows),
            new=preview.new_person_count,
            reused=preview.reused_person_count,
            errors=preview.error_count,
            error_rows=len(preview.error_rows),
            warnings=preview.warning_count,
        )
        if preview.can_apply:
            return text + " " + self.tr("Nothing is saved yet: press Import to save them all.")
        return (
            text
            + " "
            + self.tr(
                "Nothing can be saved yet. Save the annotated copy, fix the red cells in it and "
                "choose it again."
            )
        )

    # -- file -----------------------------------------------------------------------------
    def _on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the members spreadsheet"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` in a worker; the table fills when it is done."""
        self.file_label.setText(str(path))
        self._preview = None
        self.model.set_rows([])
        self.progress.setRange(0, 0)
        importer = self._services.member_import
        cooperative_id = self._cooperative_id
        self._worker = self._runner.start(
            lambda _control: importer.preview(path, cooperative_id),
            on_finished=self._on_preview_ready,
            on_failed=self._on_failed,
        )
        self._show_state()

    def _on_preview_ready(self, preview: MemberImportPreview) -> None:
        self._worker = None
        self._preview = preview
        self.model.set_rows(list(preview.rows))
        self._show_state()

    def _on_failed(self, exc: BaseException) -> None:
        self._worker = None
        self._show_state()
        if isinstance(exc, ValidationError):
            rows = [f"{i.params.get('row', '?')}: {sheet_issue_text(i)}" for i in exc.issues]
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Nothing was saved: the data changed since the check.\n{rows}").format(
                    rows="\n".join(rows)
                ),
            )
        elif isinstance(exc, DomainError):
            QMessageBox.warning(self, self.windowTitle(), sheet_error_text(exc))
        else:
            report_exception(exc, self)

    def _on_problems_toggled(self, checked: bool) -> None:
        self.proxy.set_only_problems(checked)

    def _on_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the members template"),
            str(Path.home() / "templat-anggota.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        try:
            self._services.member_import.write_template(
                Path(path), self._services.settings.get().area_code
            )
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), sheet_error_text(exc))

    def save_annotated(self, target: Path) -> Path | None:
        """Write the annotated copy to ``target``; returns it, or None after a problem."""
        if self._preview is None:
            return None
        try:
            return self._services.member_import.write_annotated(
                self._preview, sheet_issue_text, target
            )
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), sheet_error_text(exc))
            return None

    def _on_annotate(self) -> None:
        if self._preview is None:
            return
        default = self._services.member_import.default_annotated_path(self._preview.sheet.source)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the annotated copy"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path and self.save_annotated(Path(path)) is not None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "The annotated copy was saved as {path}. The problems are in the column "
                    '"Catatan kesalahan" and the cells to fix are red.'
                ).format(path=path),
            )

    # -- import ---------------------------------------------------------------------------
    def _on_import(self) -> None:
        preview = self._preview
        if preview is None or not preview.can_apply:
            return
        importer = self._services.member_import
        self.progress.setRange(0, len(preview.rows))
        self.progress.setValue(0)
        self._worker = self._runner.start(
            lambda control: importer.apply(preview, progress=control.report),
            on_finished=self._on_imported,
            on_failed=self._on_failed,
            on_progress=lambda done, _total: self.progress.setValue(done),
        )
        self._show_state()

    def _on_imported(self, result: MemberImportResult) -> None:
        self._worker = None
        self.result_summary = result
        self.members_imported.emit(result.added)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{added} members saved: {new} new persons, {reused} already recorded.").format(
                added=result.added, new=result.new_persons, reused=result.reused_persons
            ),
        )
        self.accept()

    # -- drag and drop --------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix.lower() in SPREADSHEET_SUFFIXES:
            return paths[0]
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._worker is None and self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None and self._worker is None:
            event.acceptProposedAction()
            self.load_file(path)

    def reject(self) -> None:
        """Closing while a check runs lets it finish unseen; an import is never cut off."""
        if self._worker is not None and self.progress.maximum() > 0:
            return  # saving: all or nothing, the dialog stays until the transaction ends
        if self._worker is not None:
            self._worker.cancel()
        super().reject()
