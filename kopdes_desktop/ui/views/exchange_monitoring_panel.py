"""Pemantauan: what a Sudin or Dinas checks after collecting packages.

Two lists: persons registered in more than one cooperative of the area (by NIK, shown
masked: the list gets printed and passed around), and kelurahan/desa that never sent a
package or not within the chosen number of days. Shown only to monitoring offices, whose
working area is larger than one village.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.services.exchange_monitoring import DuplicatePerson, SilentVillage
from kopdes_desktop.ui.models.row_table_model import RowTableModel, SortRole
from kopdes_desktop.ui.workers import TaskRunner

DEFAULT_SILENT_DAYS = 30


class DuplicateColumn(IntEnum):
    """Columns of the duplicate persons list."""

    NIK = 0
    COUNT = 1
    COOPERATIVES = 2


class DuplicatePersonsModel(RowTableModel[DuplicatePerson]):
    """One line per NIK found in several cooperatives."""

    columns = DuplicateColumn

    def header(self, column: int) -> str:
        return {
            DuplicateColumn.NIK: self.tr("NIK (masked)"),
            DuplicateColumn.COUNT: self.tr("Cooperatives"),
            DuplicateColumn.COOPERATIVES: self.tr("Registered in"),
        }[DuplicateColumn(column)]

    def row_id(self, row: DuplicatePerson) -> str | None:
        return row.nik_masked + "|" + "|".join(row.cooperatives)

    def display(self, row: DuplicatePerson, column: int) -> str:
        col = DuplicateColumn(column)
        if col is DuplicateColumn.NIK:
            return row.nik_masked
        if col is DuplicateColumn.COUNT:
            return str(len(row.cooperatives))
        return "; ".join(row.cooperatives)

    def sort_value(self, row: DuplicatePerson, column: int) -> Any:
        return (
            len(row.cooperatives)
            if column == DuplicateColumn.COUNT
            else super().sort_value(row, column)
        )


class SilentColumn(IntEnum):
    """Columns of the silent villages list."""

    CODE = 0
    NAME = 1
    LAST = 2


class SilentVillagesModel(RowTableModel[SilentVillage]):
    """Villages without a recent package."""

    columns = SilentColumn

    def header(self, column: int) -> str:
        return {
            SilentColumn.CODE: self.tr("Area code"),
            SilentColumn.NAME: self.tr("Kelurahan/desa"),
            SilentColumn.LAST: self.tr("Last package"),
        }[SilentColumn(column)]

    def row_id(self, row: SilentVillage) -> str | None:
        return row.code

    def display(self, row: SilentVillage, column: int) -> str:
        col = SilentColumn(column)
        if col is SilentColumn.CODE:
            return row.code
        if col is SilentColumn.NAME:
            return row.name
        if row.last_package is None:
            return self.tr("never")
        return row.last_package.astimezone().strftime("%d-%m-%Y %H.%M")

    def sort_value(self, row: SilentVillage, column: int) -> Any:
        if column == SilentColumn.LAST:
            return row.last_package.isoformat() if isinstance(row.last_package, datetime) else ""
        return self.display(row, column)


def _view(parent: QWidget, model: RowTableModel, stretch: int) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class MonitoringPanel(QWidget):
    """Duplicate persons and silent kelurahan of the working area, read in a worker."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.duplicates = DuplicatePersonsModel(self)
        self.silent = SilentVillagesModel(self)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(DEFAULT_SILENT_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("hintLabel")

        dup_box = QGroupBox(self.tr("Persons registered in more than one cooperative"), self)
        dup_layout = QVBoxLayout(dup_box)
        dup_layout.addWidget(_view(dup_box, self.duplicates, DuplicateColumn.COOPERATIVES))
        silent_box = QGroupBox(self.tr("Kelurahan/desa without a recent package"), self)
        silent_layout = QVBoxLayout(silent_box)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("No package within:"), silent_box))
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        silent_layout.addLayout(days_row)
        silent_layout.addWidget(_view(silent_box, self.silent, SilentColumn.NAME))
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        boxes = QHBoxLayout()
        boxes.addWidget(dup_box, 1)
        boxes.addWidget(silent_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(boxes, 1)

    def refresh(self) -> None:
        """Read both lists again (grouped queries; national scale stays a few seconds)."""
        area = self._services.settings.get().area_code
        if area is None or not self.refresh_button.isEnabled():  # None, or already reading
            return
        exchange = self._services.exchange
        days = self.days_spin.value()
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading…"))
        self._runner.start(
            lambda _c: (exchange.duplicate_persons(area), exchange.silent_villages(area, days)),
            on_finished=self._on_loaded,
            on_failed=self._on_failed,
        )

    def _on_loaded(self, result: tuple[list[DuplicatePerson], list[SilentVillage]]) -> None:
        duplicates, silent = result
        self.duplicates.set_rows(duplicates)
        self.silent.set_rows(silent)
        self.refresh_button.setEnabled(True)
        self.status_label.setText(
            self.tr(
                "{duplicates} persons in more than one cooperative; {silent} kelurahan/desa "
                "without a package in {days} days."
            ).format(duplicates=len(duplicates), silent=len(silent), days=self.days_spin.value())
        )

    def _on_failed(self, exc: BaseException) -> None:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        self.refresh_button.setEnabled(True)
        self.status_label.setText("")
        report_exception(exc, self)
