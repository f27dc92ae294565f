"""Riwayat perubahan: who changed which field of one record, when, from what to what.

Read from the audit trail (``AuditService.history``, or ``cooperative_history`` for a
cooperative with its members, board, units…), newest first, one line per field. A
citizen's personal fields show as "(hidden)": the trail records that they changed, never their
values (see ``storage/audit_trail.py``).
"""

from __future__ import annotations

from collections.abc import Callable

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

from kopdes_desktop.domain.entities import AuditEntry
from kopdes_desktop.ui.models.audit_table_models import (
    AuditChangesModel,
    ChangeColumn,
    field_changes,
)


class RecordHistoryDialog(QDialog):
    """The change history of one record; ``load`` reads its entries, newest first."""

    def __init__(
        self,
        load: Callable[[], list[AuditEntry]],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self.setWindowTitle(self.tr("Change history: {title}").format(title=title))
        self.resize(960, 540)
        self.model = AuditChangesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {
            ChangeColumn.TIME: 135,
            ChangeColumn.USER: 90,
            ChangeColumn.ACTION: 75,
            ChangeColumn.RECORD: 110,
            ChangeColumn.FIELD: 150,
            ChangeColumn.BEFORE: 170,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the record's entries again."""
        entries = self._load()
        self.model.set_rows(field_changes(entries))
        if not entries:
            self.summary_label.setText(self.tr("No changes have been recorded for this yet."))
        else:
            self.summary_label.setText(
                self.tr("{count} recorded changes, newest first.").format(count=len(entries))
            )


def show_history(
    load: Callable[[], list[AuditEntry]], title: str, parent: QWidget
) -> RecordHistoryDialog:
    """Open the history next to the form (not blocking it); closed, it is deleted."""
    dialog = RecordHistoryDialog(load, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
