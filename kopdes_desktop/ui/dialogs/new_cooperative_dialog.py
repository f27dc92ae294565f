"""Choose the village or urban ward whose cooperative is being registered.

Only villages of the working area without a cooperative are offered (one cooperative per
village). Names repeat across Indonesia, so each row also shows its kecamatan and kota.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.names import VillageRef
from kopdes_desktop.ui.models.free_villages_table_model import (
    FreeVillage,
    FreeVillageColumn,
    FreeVillagesTableModel,
)
from kopdes_desktop.ui.models.row_table_model import IdRole


class NewCooperativeDialog(QDialog):
    """Type to narrow the list, Enter to choose."""

    def __init__(self, villages: list[VillageRef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register cooperative"))
        self.resize(720, 480)
        intro = QLabel(
            self.tr(
                "Which urban ward or village is the cooperative for? Only "
                "those without a cooperative are listed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type part of the name"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = FreeVillagesTableModel(self)
        self.model.set_rows(
            [FreeVillage(v.code, v.name, v.district_name, v.regency_name) for v in villages]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            FreeVillageColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.activated.connect(self.accept)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.search_edit.returnPressed.connect(self._on_search_return)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_search_return(self) -> None:
        if self.proxy.rowCount() == 1:
            self.accept()
        else:
            self.table.setFocus()

    def selected_code(self) -> str | None:
        """The Kemendagri code of the chosen village."""
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def accept(self) -> None:
        """Only with a village chosen."""
        if self.selected_code() is not None:
            super().accept()
