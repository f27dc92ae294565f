"""Pelatihan: training events with their participants, and mentoring visits (pendampingan).

Events are read in a worker with their participant counts; the search box filters the loaded
rows as you type (title, organiser, venue, topics). Ctrl+N opens a new event, Enter the
selected one, Ctrl+F goes to the search box.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.ui.forms.training_event_form import TrainingEventForm
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.models.training_events_table_model import (
    SEARCH_ROLE,
    SORT_ROLE,
    EventColumn,
    TrainingEventRow,
    TrainingEventsTableModel,
)
from kopdes_desktop.ui.role_names import hide_unless
from kopdes_desktop.ui.views.mentoring_panel import MentoringPanel
from kopdes_desktop.ui.workers import TaskControl, TaskRunner


class TrainingView(QWidget):
    """Two tabs: training events, mentoring visits."""

    events_loaded = Signal()

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._ticket = 0
        self._select_after_load: str | None = None
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Training"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Trainings for board members, supervisors and staff of the cooperatives, with "
                "attendance, scores and certificates; mentoring visits per cooperative."
            ),
            self,
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._events_tab(), icon("training"), self.tr("Training events"))
        self.mentoring_panel = MentoringPanel(self._services, self._runner, self)
        self.tabs.addTab(self.mentoring_panel, self.tr("Mentoring visits"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        new_key = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_key.activated.connect(self._on_new_clicked)
        find_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_key.activated.connect(self._on_find)

    def _events_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search by title, organiser, venue or topic"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(icon("training"), self.tr("New training"), tab)
        self.new_button.setToolTip(self.tr("New training event (Ctrl+N)"))
        self.new_button.clicked.connect(self._on_new_clicked)
        self.open_button = QPushButton(self.tr("Open"), tab)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button = QPushButton(self.tr("Delete"), tab)
        hide_unless(self._services.ctx, Action.EDIT_DATA, self.new_button)  # viewers read
        hide_unless(self._services.ctx, Action.DELETE_DATA, self.delete_button)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.model = TrainingEventsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EventColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (
            EventColumn.ORGANISER,
            EventColumn.DATES,
            EventColumn.MODE,
            EventColumn.PARTICIPANTS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._on_open_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.empty_label = QLabel(tab)
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self._update_buttons()
        return tab

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the events (and the mentoring tab when it is on show)."""
        self._ticket += 1
        ticket = self._ticket
        self._runner.start(
            lambda control: (ticket, self._load(control)), on_finished=self._on_loaded
        )
        if self.tabs.currentWidget() is self.mentoring_panel:
            self.mentoring_panel.refresh()

    def _load(self, _control: TaskControl) -> list[TrainingEventRow]:
        training = self._services.training
        counts = training.participant_counts()
        return [TrainingEventRow(e, counts.get(e.id, 0)) for e in training.list_events()]

    def _on_loaded(self, outcome: tuple[int, list[TrainingEventRow]]) -> None:
        ticket, rows = outcome
        if ticket != self._ticket:
            return
        selected = self._select_after_load or self.current_event_id()
        self._select_after_load = None
        self.model.set_rows(rows)
        self.empty_label.setText(
            ""
            if rows
            else self.tr('No training recorded yet. Press "New training" (Ctrl+N) to record one.')
        )
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_buttons()
        self.events_loaded.emit()

    def current_event_id(self) -> str | None:
        """Id of the selected event, if any."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.event_at(self.proxy.mapToSource(index).row()).id

    def _update_buttons(self, *_args: object) -> None:
        selected = self.table.currentIndex().isValid()
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # --- actions ------------------------------------------------------------------------
    def open_event(self, event_id: str | None = None) -> TrainingEventForm:
        """Open the event form (window-modal); the list reloads after a save."""
        form = TrainingEventForm(self._services, event_id, self._runner, self)
        form.saved.connect(self._on_event_saved)
        form.open()
        return form

    def _on_new_clicked(self) -> None:
        if self.tabs.currentWidget() is self.mentoring_panel:
            self.mentoring_panel.open_form()
        else:
            self.open_event()

    def _on_open_clicked(self) -> None:
        event_id = self.current_event_id()
        if event_id is not None:
            self.open_event(event_id)

    def _on_delete_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        event = self.model.event_at(self.proxy.mapToSource(index).row())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete training"),
            self.tr('Delete the training "{title}" with its participants?').format(
                title=event.title
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is delete:
            self._services.training.delete_event(event.id)
            self.refresh()

    def _on_event_saved(self, event: object) -> None:
        self._select_after_load = getattr(event, "id", None)
        self.refresh()

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_buttons()

    def _on_find(self) -> None:
        if self.tabs.currentWidget() is not self.mentoring_panel:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.mentoring_panel:
            self.mentoring_panel.refresh()
