"""Choosing training participants from a cooperative of the working area.

Pick the cooperative, then one or more of its people: the current board comes first, so the
usual "one pengurus and one pengawas per KKMP" takes two clicks. Lists are read in a worker;
the dialog opens at once and fills when the data arrive.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.models.cooperative_people_table_model import (
    SEARCH_ROLE,
    CooperativePeopleTableModel,
    CooperativePerson,
    PeopleColumn,
    cooperative_people,
)
from kopdes_desktop.ui.role_names import masks_nik
from kopdes_desktop.ui.widgets.cooperative_combo import CooperativeCombo
from kopdes_desktop.ui.workers import TaskControl, TaskRunner


@dataclass(frozen=True)
class PickedPerson:
    """A chosen person with the cooperative they represent."""

    choice: CooperativePerson
    cooperative_id: str
    cooperative_name: str


class ParticipantPickerDialog(QDialog):
    """Cooperative → people (multi-select) → "Add"."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        area_code: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._area_code = area_code
        self._people_ticket = 0
        self.setWindowTitle(self.tr("Add participants from a cooperative"))
        self.resize(720, 520)
        self._build()
        self._runner.start(self._load_cooperatives, on_finished=self._on_cooperatives_loaded)

    def _build(self) -> None:
        self.cooperative_combo = CooperativeCombo(self)
        self.cooperative_combo.lineEdit().setPlaceholderText(self.tr("Loading…"))
        self.cooperative_combo.currentIndexChanged.connect(self._on_cooperative_changed)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name or NIK"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = CooperativePeopleTableModel(self)
        self.model.masked_nik = masks_nik(self._services.ctx)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PeopleColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleColumn.NIK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleColumn.POSITION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.accept)
        hint = QLabel(
            self.tr(
                "The current board is listed first. Select several people with "
                "Ctrl or Shift; Enter adds them."
            ),
            self,
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("Add selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("Cooperative:"), self.cooperative_combo)
        form.addRow(self.tr("Search:"), self.search_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    # --- loading ------------------------------------------------------------------------
    def _load_cooperatives(self, _control: TaskControl) -> list[tuple[str, str]]:
        return self._services.cooperatives.choices(self._area_code)

    def _on_cooperatives_loaded(self, rows: list[tuple[str, str]]) -> None:
        self.cooperative_combo.set_choices(rows)
        if not rows:
            self.cooperative_combo.lineEdit().setPlaceholderText(
                self.tr("No cooperative recorded in the working area")
            )
            return
        self._on_cooperative_changed(self.cooperative_combo.currentIndex())

    def _on_cooperative_changed(self, index: int) -> None:
        coop_id = self.cooperative_combo.itemData(index) if index >= 0 else None
        self.model.set_rows([])
        if coop_id is None:
            return
        self._people_ticket += 1
        ticket = self._people_ticket
        self._runner.start(
            lambda control: (ticket, self._load_people(coop_id)), on_finished=self._on_people_loaded
        )

    def _load_people(self, cooperative_id: str) -> list[CooperativePerson]:
        board = self._services.board.current(cooperative_id)
        persons = self._services.persons.get_many([p.person_id for p in board])
        members = self._services.members.members(cooperative_id)
        return cooperative_people(board, persons, members)

    def _on_people_loaded(self, outcome: tuple[int, list[CooperativePerson]]) -> None:
        ticket, rows = outcome
        if ticket != self._people_ticket:
            return
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()

    # --- result -------------------------------------------------------------------------
    def selected(self) -> list[PickedPerson]:
        """The chosen people in list order."""
        coop_id = self.cooperative_combo.cooperative_id()
        name = self.cooperative_combo.currentText()
        if coop_id is None:
            return []
        rows = sorted(
            self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        )
        return [PickedPerson(self.model.person_at(r), coop_id, name) for r in rows]
