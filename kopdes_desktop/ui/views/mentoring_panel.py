"""The mentoring visits tab of the Pelatihan page: visits of business assistants or the PMO to
one cooperative, with what they found and what follows.

Cooperatives and visits are read in workers; the list refreshes after every save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import MentoringVisit
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.ui.forms.mentoring_visit_form import MentoringVisitForm
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.models.mentoring_visits_table_model import (
    MentoringVisitsTableModel,
    VisitColumn,
)
from kopdes_desktop.ui.role_names import hide_unless
from kopdes_desktop.ui.widgets.cooperative_combo import CooperativeCombo
from kopdes_desktop.ui.workers import TaskControl, TaskRunner


class MentoringPanel(QWidget):
    """Cooperative chooser, its visits, and New / Open / Delete."""

    visits_loaded = Signal()

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._ticket = 0
        self._build()

    def _build(self) -> None:
        self.cooperative_combo = CooperativeCombo(self)
        self.cooperative_combo.setMinimumWidth(360)
        self.cooperative_combo.currentIndexChanged.connect(self._on_cooperative_changed)
        self.new_button = QPushButton(icon("training"), self.tr("New visit"), self)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        hide_unless(self._services.ctx, Action.EDIT_DATA, self.new_button)  # viewers read
        hide_unless(self._services.ctx, Action.DELETE_DATA, self.delete_button)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.model = MentoringVisitsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VisitColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitColumn.MENTOR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VisitColumn.MENTOR, 180)
        for column in (VisitColumn.TOPICS, VisitColumn.FINDINGS, VisitColumn.FOLLOW_UP):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_open_clicked)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cooperative:"), self))
        bar.addWidget(self.cooperative_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the cooperatives of the working area (then the visits of the chosen one)."""
        self._runner.start(self._load_cooperatives, on_finished=self._on_cooperatives_loaded)

    def _load_cooperatives(self, _control: TaskControl) -> list[tuple[str, str]]:
        area = self._services.settings.get().area_code
        return self._services.cooperatives.choices(area)

    def _on_cooperatives_loaded(self, rows: list[tuple[str, str]]) -> None:
        self.cooperative_combo.set_choices(rows, keep=self.cooperative_combo.currentData())
        if not rows:
            self.empty_label.setText(self.tr("No cooperative is recorded in the working area yet."))
        self._on_cooperative_changed(self.cooperative_combo.currentIndex())

    def _on_cooperative_changed(self, _index: int) -> None:
        self._ticket += 1
        ticket = self._ticket
        coop_id = self.cooperative_combo.cooperative_id()
        if coop_id is None:
            self.model.set_rows([])
            self._update_buttons()
            self.visits_loaded.emit()
            return
        self._runner.start(
            lambda control: (ticket, self._services.training.visits(coop_id)),
            on_finished=self._on_visits_loaded,
        )

    def _on_visits_loaded(self, outcome: tuple[int, list[MentoringVisit]]) -> None:
        ticket, visits = outcome
        if ticket != self._ticket:
            return
        self.model.set_rows(visits)
        if visits:
            self.empty_label.clear()
        elif self.cooperative_combo.count():
            self.empty_label.setText(
                self.tr("No mentoring visit recorded for this cooperative yet.")
            )
        self._update_buttons()
        self.visits_loaded.emit()

    def _update_buttons(self) -> None:
        has_coop = self.cooperative_combo.cooperative_id() is not None
        self.new_button.setEnabled(has_coop)
        has_rows = self.model.rowCount() > 0
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    # --- actions ------------------------------------------------------------------------
    def open_form(self, visit: MentoringVisit | None = None) -> MentoringVisitForm | None:
        """Open the visit form (modal); the list reloads after a save."""
        coop_id = self.cooperative_combo.cooperative_id()
        if coop_id is None:
            return None
        form = MentoringVisitForm(
            self._services, coop_id, self.cooperative_combo.currentText(), visit, self
        )
        form.saved.connect(self._on_visit_saved)
        form.open()
        return form

    def _on_new_clicked(self) -> None:
        self.open_form()

    def _on_open_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_form(self.model.visit_at(index.row()))

    def _on_delete_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        visit = self.model.visit_at(index.row())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete visit"),
            self.tr("Delete the visit of {mentor} on {date}?").format(
                mentor=visit.mentor_name, date=visit.visit_date.strftime("%d-%m-%Y")
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is delete:
            self._services.training.delete_visit(visit.id)
            self._on_cooperative_changed(self.cooperative_combo.currentIndex())

    def _on_visit_saved(self, _visit: object) -> None:
        self._on_cooperative_changed(self.cooperative_combo.currentIndex())
