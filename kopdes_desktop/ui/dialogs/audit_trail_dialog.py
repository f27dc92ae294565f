"""Jejak audit: the newest entries of the whole trail and "Check integrity".

The check walks the entire hash chain in a worker (a trail of millions of entries takes a
while and must not freeze the window) and names the first broken entry: its number, time,
user, record and why. When that entry is among those listed, it is selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.services.audit_service import AuditService, AuditVerification
from kopdes_desktop.ui.audit_texts import verdict_text
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.models.audit_table_models import AuditEntriesModel, EntryColumn
from kopdes_desktop.ui.workers import TaskControl, TaskRunner

RECENT_LIMIT = 500


class AuditTrailDialog(QDialog):
    """Recent entries and the integrity check of the audit trail."""

    def __init__(
        self, audit: AuditService, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._audit = audit
        self._runner = runner if runner is not None else TaskRunner(self)
        self.last_result: AuditVerification | None = None
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 600)
        intro = QLabel(
            self.tr(
                "Every change to the data is recorded here with who made it and when. "
                "Each entry is linked to the one before it, so a changed or removed entry "
                "shows up in the integrity check."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = AuditEntriesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(EntryColumn.NUMBER, 60)
        self.table.setColumnWidth(EntryColumn.TIME, 150)
        self.table.setColumnWidth(EntryColumn.RECORD_ID, 260)
        self.count_label = QLabel(self)
        self.check_button = QPushButton(self.tr("Check &integrity"), self)
        self.check_button.setToolTip(
            self.tr("Recompute every entry's hash and link, and name the first broken one")
        )
        self.check_button.clicked.connect(self.check_integrity)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("auditResult")
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.check_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Show the newest entries."""
        entries = self._audit.recent(RECENT_LIMIT)
        self.model.set_rows(entries)
        self.count_label.setText(
            self.tr("The newest {shown} of {total} entries.").format(
                shown=len(entries), total=self._audit.count()
            )
        )

    def check_integrity(self) -> None:
        """Walk the whole chain in the background."""
        self.check_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking…"))
        self.result_label.setStyleSheet("")

        def task(control: TaskControl) -> AuditVerification:
            return self._audit.verify(progress=lambda done: control.report(done, 0))

        self._runner.start(task, on_finished=self._on_checked, on_failed=self._on_failed)

    def _on_checked(self, result: AuditVerification) -> None:
        self.last_result = result
        self.check_button.setEnabled(True)
        self.result_label.setText(verdict_text(result))
        colour = "#1e7b34" if result.ok else "#b00020"
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        if result.broken is not None:
            row = self.model.row_of(str(result.broken.id))
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def done(self, result: int) -> None:
        """Closing waits for a running check: it must not outlive the dialog's objects."""
        self._runner.wait()
        super().done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.result_label.setText("")
        report_exception(exc, self)


def open_audit_trail(audit: AuditService, parent: QWidget) -> AuditTrailDialog:
    """Open the trail next to the page (not blocking it); closed, it is deleted."""
    dialog = AuditTrailDialog(audit, None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
