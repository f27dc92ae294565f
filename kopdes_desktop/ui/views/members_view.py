"""Anggota: every person recorded, with memberships and roles; search as you type.

Smooth with 1.7 million persons: the list is a lazily fetching model (pages read in a worker
while scrolling), a search never blocks the window, and the page loads nothing until it is
first shown, so start-up stays fast. Keyboard: Ctrl+F search, Ctrl+N new person, arrows and
Enter in the list open the selected person.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.person_anonymiser import DEFAULT_ANONYMISE_YEARS
from kopdes_desktop.ui.dialogs.anonymise_confirm import confirm_anonymise
from kopdes_desktop.ui.dialogs.error_dialog import show_domain_error
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.models.persons_table_model import (
    MembershipsRole,
    PersonColumn,
    PersonRole,
    PersonsTableModel,
)
from kopdes_desktop.ui.role_names import may
from kopdes_desktop.ui.widgets.person_detail_panel import PersonDetailPanel
from kopdes_desktop.ui.window_state import window_state_for
from kopdes_desktop.ui.workers import TaskRunner

COLUMN_WIDTHS = {
    PersonColumn.NAME: 210,
    PersonColumn.NIK: 140,
    PersonColumn.SEX: 36,
    PersonColumn.MEMBERSHIPS: 250,
    PersonColumn.BIRTH: 170,
    PersonColumn.ADDRESS: 240,
}


class MembersView(QWidget):
    """Search field, person table (lazily filled) and a detail panel in a splitter."""

    person_saved = Signal(object)
    """A person was created or changed through this page's form."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._loaded_once = False
        self._select_after_load: str | None = None
        self.person_dialog: PersonDialog | None = None
        self._can_edit = may(services.ctx, Action.EDIT_DATA)  # viewers only read
        self.model = PersonsTableModel(services, runner, self)
        self._build()
        self.model.results_ready.connect(self._on_results_ready)
        self.model.page_loaded.connect(lambda _n: self._update_status())
        self.model.busy_changed.connect(lambda _busy: self._update_status())
        state = window_state_for(services)
        state.track_splitter(self.splitter, "members/splitter")
        state.track_header(self.table.horizontalHeader(), "members/columns")

    def _build(self) -> None:
        title = QLabel(self.tr("Members"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Everyone recorded: founders, members, board members, trainees and mentors, "
                "with their cooperatives and roles."
            ),
            self,
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchField")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search by name or NIK… (Ctrl+F)"))
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.new_button = QPushButton(self.tr("New person"), self)
        self.new_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(self.tr("Open"), self)
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter)"))
        self.edit_button.clicked.connect(self.open_selected)
        self.edit_button.setEnabled(False)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.anonymise_button.setToolTip(
            self.tr("Remove the personal data of a person who left long ago (admins)")
        )
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.anonymise_button.setEnabled(False)
        self.anonymise_button.setVisible(may(self._services.ctx, Action.ANONYMISE))
        self.new_button.setVisible(self._can_edit)
        self.edit_button.setVisible(self._can_edit)
        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 1)
        tools.addWidget(self.anonymise_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail = PersonDetailPanel(
            self._services.wilayah, self, full_nik=may(self._services.ctx, Action.SEE_FULL_NIK)
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 300])
        self.status_label = QLabel(self)
        self.status_label.setObjectName("hintLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_person),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # only while page shown
            shortcut.activated.connect(slot)

    # --- behaviour ----------------------------------------------------------------------
    def on_shown(self) -> None:
        """Called when the page comes to the front: load the list the first time."""
        if not self._loaded_once:
            self._loaded_once = True
            self.model.set_search(self.search_edit.text())
            self._update_status()
        QTimer.singleShot(0, self, self.focus_search)  # dropped if the page is deleted

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field, text selected for retyping."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected_person(self) -> Person | None:
        """The person of the current row, if any."""
        index = self.table.currentIndex()
        return index.data(PersonRole) if index.isValid() else None

    def new_person(self) -> PersonDialog | None:
        """Ctrl+N: an empty person form (not for viewers)."""
        return self._open_dialog(None) if self._can_edit else None

    def open_selected(self) -> PersonDialog | None:
        """Open the form of the selected person (viewers read the detail panel instead)."""
        person = self.selected_person()
        return self._open_dialog(person) if person is not None and self._can_edit else None

    def anonymise_selected(self) -> bool:
        """Admins: after a confirmation, remove the personal data of the selected person who
        left long ago; a refusal (still a member, left recently) is said in a message."""
        person = self.selected_person()
        if person is None:
            return False
        persons = self._services.persons
        found = persons.anonymise_eligibility(person.id)
        if not found.allowed:
            show_domain_error(
                ConflictError(
                    found.code,
                    None,
                    years=DEFAULT_ANONYMISE_YEARS,
                    date=found.left_date.isoformat() if found.left_date else "",
                    end=found.eligible_from.isoformat() if found.eligible_from else "",
                ),
                self.window(),
            )
            return False
        if not confirm_anonymise(self.window(), person.name):
            return False
        try:
            done = persons.anonymise(person.id)
        except DomainError as exc:
            show_domain_error(exc, self.window())
            return False
        self._on_person_saved(done)
        return True

    def _open_dialog(self, person: Person | None) -> PersonDialog:
        dialog = PersonDialog(self._services, person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_person_saved)
        dialog.person_reused.connect(self._on_person_saved)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.person_dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_destroyed(self, *_args: object) -> None:
        self.person_dialog = None

    def _on_person_saved(self, person: Person) -> None:
        self._select_after_load = person.id
        self.model.reload()
        self.person_saved.emit(person)

    def _on_search_text_changed(self, text: str) -> None:
        self._loaded_once = True
        self.model.set_search(text)
        self._update_status()

    def _on_search_return(self) -> None:
        """Enter in the search field moves into the results."""
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self._can_edit:
            self._open_dialog(index.data(PersonRole))

    def _on_results_ready(self) -> None:
        row = self.model.row_of(self._select_after_load) if self._select_after_load else -1
        self._select_after_load = None
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection_changed(QItemSelection(), QItemSelection())
        self._update_status()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        valid = bool(rows) and index.isValid()
        self.edit_button.setEnabled(valid)
        self.anonymise_button.setEnabled(valid)
        if valid:
            self.detail.show_person(index.data(PersonRole), index.data(MembershipsRole))
        else:
            self.detail.show_person(None)

    def _update_status(self) -> None:
        count, text = self.model.rowCount(), self.model.search_text
        if self.model.is_busy() and not count:
            message = self.tr("Searching…")
        elif not count and text:
            message = self.tr('Nobody matches "{text}".').format(text=text)
        elif not count:
            message = self.tr("Nobody is recorded yet. Press Ctrl+N to add a person.")
        elif self.model.is_complete():
            message = self.tr("%n person(s).", "", count)
        else:
            message = self.tr("The first %n person(s); scroll down for more.", "", count)
        self.status_label.setText(message)
