"""Koperasi: the cooperatives of the working area, and the registration form of one of them.

The page is a stack of two: the list (search by name or kelurahan, filter by stage) and the
open form. The form lives inside the page rather than in a separate window so an operator on a
1366×768 laptop never loses it behind the main window; leaving the page keeps the form as it
is, and closing it returns to the list. Lists are read in a worker: a province or the whole
country can hold thousands of cooperatives, each with a derived stage.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.enums import Stage
from kopdes_desktop.domain.names import VillageRef
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.cooperative_service import CooperativeSummary
from kopdes_desktop.ui.dialogs.new_cooperative_dialog import NewCooperativeDialog
from kopdes_desktop.ui.display_names import stage_name
from kopdes_desktop.ui.drafts import NEW_RECORD, Draft, register_draft_opener
from kopdes_desktop.ui.forms.cooperative_form import DRAFT_KIND, CooperativeForm
from kopdes_desktop.ui.icons import icon
from kopdes_desktop.ui.models.cooperatives_table_model import (
    CooperativeColumn,
    CooperativesTableModel,
)
from kopdes_desktop.ui.models.row_table_model import IdRole, SortRole
from kopdes_desktop.ui.role_names import hide_unless
from kopdes_desktop.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250


class CooperativesView(QWidget):
    """The Koperasi page: list ↔ form."""

    list_loaded = Signal()
    """The list shows the result of the latest search."""
    form_opened = Signal(object)
    """A ``CooperativeForm`` was put on screen."""
    form_closed = Signal()
    """The form was closed and the list is on screen again."""
    page_requested = Signal()
    """This page should be brought on screen (a cooperative was opened from elsewhere)."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._requested = 0
        self.form: CooperativeForm | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.list_page = self._build_list_page()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_list_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("pageContent")
        title = QLabel(self.tr("Cooperatives"), page)
        title.setObjectName("pageTitle")
        self.count_label = QLabel(page)
        self.count_label.setObjectName("pageSubtitle")

        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(self.tr("Search by name or urban ward (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.stage_combo = QComboBox(page)
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_combo.addItem(stage_name(stage), int(stage))
        self.stage_combo.currentIndexChanged.connect(self.refresh)
        self.new_button = QPushButton(icon("cooperative"), self.tr("Register cooperative…"), page)
        hide_unless(self._services.ctx, Action.EDIT_DATA, self.new_button)  # viewers read
        self.new_button.setToolTip(
            self.tr("Register the cooperative of an urban ward or village (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.register_new)
        self.open_button = QPushButton(self.tr("Open"), page)
        self.open_button.clicked.connect(self._on_open_clicked)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(QLabel(self.tr("Stage:"), page))
        bar.addWidget(self.stage_combo, 1)
        bar.addStretch(0)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)

        self.table = self._build_table(page)
        self.empty_label = QLabel(page)
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.register_new),
            (QKeySequence.StandardKey.Find, self._on_find),
        ):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    def _build_table(self, parent: QWidget) -> QTableView:
        self.model = CooperativesTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        table = QTableView(parent)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(CooperativeColumn.VILLAGE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(CooperativeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            CooperativeColumn.VILLAGE,
            CooperativeColumn.DISTRICT,
            CooperativeColumn.STAGE,
            CooperativeColumn.MEMBERS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(self._on_row_activated)
        table.activated.connect(self._on_row_activated)  # Enter on a row
        return table

    # -- list ---------------------------------------------------------------------------------
    def on_shown(self) -> None:
        """The page came on screen: re-read the list (stages change as records are added)."""
        if self.form is None:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again in a worker; only the latest request's result is shown."""
        self._search_timer.stop()
        self._requested += 1
        ticket = self._requested
        area = self._services.settings.get().area_code
        text = self.search_edit.text()
        stage_value = self.stage_combo.currentData()
        stage = Stage(stage_value) if stage_value is not None else None
        cooperatives = self._services.cooperatives

        def task(_control: TaskControl) -> tuple[int, list[CooperativeSummary]]:
            return ticket, cooperatives.summaries(area, text, stage)

        self._runner.start(task, on_finished=self._on_list_loaded)

    def _on_list_loaded(self, outcome: tuple[int, list[CooperativeSummary]]) -> None:
        ticket, rows = outcome
        if ticket != self._requested:
            return
        current = self.current_cooperative_id()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{count} cooperatives shown").format(count=len(rows)))
        filtered = bool(self.search_edit.text().strip()) or self.stage_combo.currentIndex() > 0
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(
            self.tr("No cooperative matches the search.")
            if filtered
            else self.tr(
                "No cooperative is recorded yet. Press Ctrl+N to register the cooperative "
                "of an urban ward or village."
            )
        )
        self._select(current or (rows[0].cooperative.id if rows else None))
        self.list_loaded.emit()

    def current_cooperative_id(self) -> str | None:
        """The id of the selected row, if any."""
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _select(self, cooperative_id: str | None) -> None:
        if cooperative_id is None:
            return
        row = self.model.row_of(cooperative_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)

    def _on_search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_return(self) -> None:
        self.refresh()
        self.table.setFocus()

    def _on_find(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_row_activated(self, index: QModelIndex) -> None:
        cooperative_id = index.data(IdRole)
        if cooperative_id:
            self.open_cooperative(cooperative_id)

    def _on_open_clicked(self) -> None:
        cooperative_id = self.current_cooperative_id()
        if cooperative_id:
            self.open_cooperative(cooperative_id)

    # -- form ---------------------------------------------------------------------------------
    def open_cooperative(
        self, cooperative_id: str, field_name: str | None = None
    ) -> CooperativeForm | None:
        """Show the form of a cooperative, at the section of ``field_name`` when given.

        Returns the form, or None when the open form has unsaved changes the operator chose
        to keep working on.
        """
        self.page_requested.emit()
        form = self.form
        if form is not None and form.cooperative_id == cooperative_id:
            self.stack.setCurrentWidget(form)
        else:
            if form is not None and not self.close_form():
                return None
            form = CooperativeForm(
                self._services, self._runner, self, cooperative_id=cooperative_id
            )
            self._show_form(form)
        if field_name:
            form.focus_field(field_name)
        return form

    def register_new(self) -> None:
        """Ctrl+N: choose a village of the working area without a cooperative, then the form."""
        if self.form is not None and not self.close_form():
            return
        area = self._services.settings.get().area_code or ""
        cooperatives = self._services.cooperatives
        self.new_button.setEnabled(False)
        self._runner.start(
            lambda _c: cooperatives.free_villages(area),
            on_finished=self._on_free_villages,
            on_failed=self._on_free_villages_failed,
        )

    def _on_free_villages_failed(self, exc: BaseException) -> None:
        self.new_button.setEnabled(True)
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        report_exception(exc, self)

    def _on_free_villages(self, villages: list[VillageRef]) -> None:
        self.new_button.setEnabled(True)
        if not villages:
            QMessageBox.information(
                self,
                self.tr("Register cooperative"),
                self.tr(
                    "Every urban ward or village of the working area already has a "
                    "cooperative. Open it from the list."
                ),
            )
            return
        if len(villages) == 1:
            code = villages[0].code
        else:
            dialog = NewCooperativeDialog(villages, self)
            if dialog.exec() != NewCooperativeDialog.DialogCode.Accepted:
                return
            code = dialog.selected_code()
            if code is None:
                return
        self.open_new(code)

    def open_new(self, village_code: str) -> CooperativeForm:
        """Show the form of a new registration for a village, its name already suggested."""
        coop = Cooperative(
            village_code=village_code, name=self._services.cooperatives.suggested_name(village_code)
        )
        form = CooperativeForm(self._services, self._runner, self, new=coop)
        self._show_form(form)
        return form

    def open_draft(self, draft: Draft) -> CooperativeForm | None:
        """Reopen a form from a recovery draft (start-up offer) with the draft applied."""
        self.page_requested.emit()
        if self.form is not None and not self.close_form():
            return None
        if draft.record_id != NEW_RECORD:
            form = CooperativeForm(
                self._services, self._runner, self, cooperative_id=draft.record_id
            )
        else:
            village = str(draft.context.get("village_code") or "")
            if not village or self._services.cooperatives.get_by_village(village) is not None:
                return None
            form = CooperativeForm(
                self._services,
                self._runner,
                self,
                new=Cooperative(
                    village_code=village, name=self._services.cooperatives.suggested_name(village)
                ),
            )
        form.apply_draft_when_loaded(draft)
        self._show_form(form)
        return form

    def _show_form(self, form: CooperativeForm) -> None:
        self.form = form
        form.closed.connect(self._on_form_closed)
        form.saved.connect(self._on_form_saved)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        form.setFocus()
        self.form_opened.emit(form)

    def close_form(self) -> bool:
        """Close the open form (asking first about unsaved changes); False when kept open."""
        if self.form is None:
            return True
        return self.form.request_close()

    def _on_form_saved(self, _coop: Cooperative) -> None:
        self.refresh()

    def _on_form_closed(self) -> None:
        form, self.form = self.form, None
        self.stack.setCurrentWidget(self.list_page)
        if form is not None:
            self.stack.removeWidget(form)
            form.deleteLater()
        self.refresh()
        self.table.setFocus()
        self.form_closed.emit()


def open_cooperative_draft(
    services: Services, parent: QWidget | None, draft: Draft
) -> QWidget | None:
    """Start-up recovery of a cooperative form: reopened on the Koperasi page of ``parent``."""
    view = getattr(parent, "cooperatives_view", None)  # the main window builds it on demand
    if not isinstance(view, CooperativesView) and parent is not None:
        view = parent.findChild(CooperativesView)
    if view is None:
        log.warning("no Koperasi page to restore the draft %s into", draft.record_id)
        return None
    return view.open_draft(draft)


register_draft_opener(DRAFT_KIND, open_cooperative_draft)
