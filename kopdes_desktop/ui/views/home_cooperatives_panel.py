"""Beranda's cooperative section: the cooperative(s) of the working area with their stage, and
the completeness checklist of the one selected.

Both lists are read in workers (stages are derived from every record of a cooperative, which
at province scale takes a while); the checklist items jump to the field concerned through
``field_requested``, which the main window routes to the Koperasi page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.cooperative_rules import check_cooperative
from kopdes_desktop.domain.enums import Stage
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.domain.stage import derive_stage, missing_for_next_stage
from kopdes_desktop.services.cooperative_service import CooperativeSummary
from kopdes_desktop.ui.display_names import stage_name
from kopdes_desktop.ui.models.completeness_checklist_model import (
    ISSUE_ROLE,
    CompletenessChecklistModel,
    checklist_rows,
)
from kopdes_desktop.ui.models.home_cooperatives_table_model import (
    SORT_ROLE,
    SUMMARY_ROLE,
    HomeCooperativeColumn,
    HomeCooperativesTableModel,
)
from kopdes_desktop.ui.workers import TaskControl, TaskRunner, Worker

VISIBLE_ROWS = 6
"""Rows the cooperative list shows before it scrolls (Beranda itself scrolls too)."""
CHECKLIST_ROWS = 7


@dataclass(frozen=True)
class Checklist:
    """What the rules say about one cooperative."""

    cooperative_id: str
    stage: Stage
    gaps: list[Issue]
    findings: list[Issue]


class HomeCooperativesPanel(QWidget):
    """Cooperative list (with counts per stage when there are several) + checklist."""

    field_requested = Signal(str, str)
    """(cooperative id, field name or "") chosen from the checklist."""
    loaded = Signal()
    """The list and the first checklist have arrived."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._list_ticket = 0
        self._check_ticket = 0
        self._preferred: str | None = None
        self._list_worker: Worker | None = None
        self.checklist: Checklist | None = None
        self._build()

    def _build(self) -> None:
        self.stage_counts_label = QLabel(self)
        self.stage_counts_label.setObjectName("hintLabel")
        self.stage_counts_label.setWordWrap(True)
        self.stage_counts_label.setVisible(False)
        self.model = HomeCooperativesTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("homeCooperativeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HomeCooperativeColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            HomeCooperativeColumn.AREA,
            HomeCooperativeColumn.STAGE,
            HomeCooperativeColumn.MEMBERS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self._build_checklist()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.stage_counts_label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addSpacing(8)
        layout.addWidget(self.checklist_title)
        layout.addWidget(self.checklist_view)
        layout.addWidget(self.checklist_hint)
        self._fit_heights()

    def _build_checklist(self) -> None:
        self.checklist_title = QLabel(self.tr("Completeness"), self)
        self.checklist_title.setObjectName("sectionTitle")
        self.checklist_title.setWordWrap(True)
        self.checklist_model = CompletenessChecklistModel(self)
        self.checklist_view = QTableView(self)
        self.checklist_view.setObjectName("checklistView")
        self.checklist_view.setModel(self.checklist_model)
        self.checklist_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist_view.setShowGrid(False)
        self.checklist_view.setWordWrap(True)
        self.checklist_view.horizontalHeader().setVisible(False)
        self.checklist_view.horizontalHeader().setStretchLastSection(True)
        self.checklist_view.verticalHeader().setVisible(False)
        self.checklist_view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.checklist_view.clicked.connect(self._on_item_activated)
        self.checklist_view.activated.connect(self._on_item_activated)
        self.checklist_hint = QLabel(self.tr("Click an item to open the field concerned."), self)
        self.checklist_hint.setObjectName("hintLabel")
        self.checklist_hint.setWordWrap(True)

    # --- loading ------------------------------------------------------------------------
    def refresh(self, area_code: str | None, preferred_village: str | None = None) -> None:
        """Re-read the cooperatives of ``area_code`` in a worker; the one in
        ``preferred_village`` (the office's own) is selected first."""
        self._list_ticket += 1
        ticket = self._list_ticket
        self._preferred = preferred_village
        if self._list_worker is not None:
            self._list_worker.cancel()  # a province-wide load stops between cooperatives
        if area_code is None:
            self._on_list_loaded((ticket, []))
            return
        self._list_worker = self._runner.start(
            lambda control: (ticket, self._load_list(control, area_code)),
            on_finished=self._on_list_loaded,
        )

    def _load_list(self, control: TaskControl, area_code: str) -> list[CooperativeSummary]:
        """Like ``CooperativeService.summaries`` but stoppable: a monitoring office's area
        holds hundreds or thousands of cooperatives, and closing the window must not wait."""
        rows: list[CooperativeSummary] = []
        names: dict[str, tuple[str, str]] = {}  # district code → (district, regency) names
        for snap in self._services.cooperatives.iter_snapshots(area_code):
            if control.cancelled():
                break
            coop = snap.cooperative
            district_code = coop.village_code.rsplit(".", 1)[0]
            if district_code not in names:
                lineage = self._services.wilayah.lineage(district_code)
                names[district_code] = (lineage[0].name, lineage[1].name)
            district, regency = names[district_code]
            rows.append(
                CooperativeSummary(
                    cooperative=coop,
                    village_name=snap.village_name,
                    district_name=district,
                    regency_name=regency,
                    stage=derive_stage(snap),
                    member_count=len(snap.members),
                )
            )
        return rows

    def _on_list_loaded(self, outcome: tuple[int, list[CooperativeSummary]]) -> None:
        ticket, rows = outcome
        if ticket != self._list_ticket:
            return
        self._list_worker = None
        selected = self.selected_id()
        self.model.set_rows(rows)
        self._show_stage_counts(rows)
        self.empty_label.setVisible(not rows)
        self.empty_label.setText(
            self.tr(
                "No cooperative is recorded in the working area yet. Register it on the "
                "Cooperatives page."
            )
        )
        self._fit_heights()
        if not rows:
            self._show_checklist(None)
            self.loaded.emit()
            return
        wanted = selected or next(
            (r.cooperative.id for r in rows if r.cooperative.village_code == self._preferred), None
        )
        self.select_cooperative(wanted or rows[0].cooperative.id)

    def select_cooperative(self, cooperative_id: str) -> None:
        """Select a cooperative in the list (its checklist then loads)."""
        for row in range(self.proxy.rowCount()):
            summary = self.proxy.index(row, 0).data(SUMMARY_ROLE)
            if summary.cooperative.id == cooperative_id:
                current = self.table.currentIndex()
                if current.isValid() and current.row() == row:
                    self._load_checklist(cooperative_id)
                else:
                    self.table.selectRow(row)
                return

    def selected_id(self) -> str | None:
        """Id of the selected cooperative, if any."""
        index = self.table.currentIndex()
        return index.data(SUMMARY_ROLE).cooperative.id if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_checklist(current.data(SUMMARY_ROLE).cooperative.id)

    def _load_checklist(self, cooperative_id: str) -> None:
        self._check_ticket += 1
        ticket = self._check_ticket
        self._runner.start(
            lambda control: (ticket, self._read_checklist(cooperative_id)),
            on_finished=self._on_checklist_loaded,
        )

    def _read_checklist(self, cooperative_id: str) -> Checklist:
        """One snapshot for all three answers (the same facts ``check``, ``stage`` and
        ``next_stage_gaps`` of the cooperative service read one by one)."""
        snap = self._services.cooperatives.snapshot(cooperative_id)
        return Checklist(
            cooperative_id=cooperative_id,
            stage=derive_stage(snap),
            gaps=missing_for_next_stage(snap),
            findings=check_cooperative(snap),
        )

    def _on_checklist_loaded(self, outcome: tuple[int, Checklist]) -> None:
        ticket, checklist = outcome
        if ticket == self._check_ticket:
            self._show_checklist(checklist)
            self.loaded.emit()

    # --- showing ------------------------------------------------------------------------
    def _show_stage_counts(self, rows: list[CooperativeSummary]) -> None:
        """ "Per stage:" with a count for every stage reached, for monitoring offices."""
        self.stage_counts_label.setVisible(len(rows) > 1)
        if len(rows) <= 1:
            return
        counts = Counter(r.stage for r in rows)
        parts = [f"{stage_name(s)}: <b>{counts[s]}</b>" for s in Stage if counts[s]]
        self.stage_counts_label.setText(
            self.tr("{count} cooperatives. Per stage: {stages}").format(
                count=len(rows), stages=" · ".join(parts)
            )
        )

    def _show_checklist(self, checklist: Checklist | None) -> None:
        self.checklist = checklist
        if checklist is None:
            self.checklist_title.setText(self.tr("Completeness"))
            self.checklist_model.set_rows([])
            self.checklist_hint.setText("")
            self._fit_heights()
            return
        if checklist.stage is Stage.RAT:
            gaps_title = self.tr("All formation stages are recorded.")
        else:
            gaps_title = self.tr("Missing for the next stage ({stage}):").format(
                stage=stage_name(Stage(checklist.stage + 1))
            )
        rows = checklist_rows(
            checklist.gaps, checklist.findings, gaps_title, self.tr("Other findings:")
        )
        self.checklist_title.setText(
            self.tr("Completeness (now at stage {stage})").format(stage=stage_name(checklist.stage))
        )
        self.checklist_model.set_rows(rows)
        self.checklist_view.resizeRowsToContents()
        self.checklist_hint.setText(
            self.tr("Click an item to open the field concerned.")
            if rows
            else self.tr("Nothing is missing: every rule is satisfied.")
        )
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Tables inside the scrolling page are as tall as their rows (up to a limit)."""
        for view, limit in ((self.table, VISIBLE_ROWS), (self.checklist_view, CHECKLIST_ROWS)):
            model = view.model()
            rows = min(max(model.rowCount(), 1), limit)
            height = (
                sum(
                    view.rowHeight(r) or view.verticalHeader().defaultSectionSize()
                    for r in range(rows)
                )
                if model.rowCount()
                else view.verticalHeader().defaultSectionSize()
            )
            if view.horizontalHeader().isVisible():
                height += view.horizontalHeader().sizeHint().height()
            view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def _on_item_activated(self, index: QModelIndex) -> None:
        issue = index.data(ISSUE_ROLE)
        if issue is None or self.checklist is None:
            return
        self.field_requested.emit(self.checklist.cooperative_id, issue.field or "")
