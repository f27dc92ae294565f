"""The difference view of an import: per cooperative what is new, changed, unchanged or in
conflict, record by record and field by field, with the operator's choice per conflict.

Nothing here touches the database: the page plans the import in a worker, shows the plan
here, and applies it (with ``resolutions``) when ``apply_requested`` is emitted. Applying is
possible only once every conflict has a choice, because the service refuses otherwise and a
silent default would overwrite somebody's work.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.exchange.import_plan import GroupSummary, ImportPlan
from kopdes_desktop.exchange.merge import Outcome, RecordChange, Resolution
from kopdes_desktop.ui.models.import_plan_models import (
    ChangeColumn,
    FieldChangesModel,
    GroupColumn,
    ImportGroupsModel,
    RecordChangesModel,
)
from kopdes_desktop.ui.models.row_table_model import RowRole, SortRole


def _table(parent: QWidget, model, stretch: int) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view, proxy


class ImportPanel(QWidget):
    """Shows one ``ImportPlan``; emits ``apply_requested`` with the conflict choices."""

    apply_requested = Signal(object)
    """dict[str, Resolution]: the choices per conflicting record key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.resolutions: dict[str, Resolution] = {}
        self._build()
        self.show_plan(None)

    def _build(self) -> None:
        self.package_label = QLabel(self)
        self.package_label.setWordWrap(True)
        self.package_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("summaryLabel")
        self.totals_label.setWordWrap(True)
        self.groups = ImportGroupsModel(self)
        self.groups_view, self.groups_proxy = _table(self, self.groups, GroupColumn.NAME)
        self.groups_view.selectionModel().currentRowChanged.connect(self._on_group_changed)
        self.changes = RecordChangesModel(self)
        self.changes.resolutions = self.resolutions
        self.changes.resolutions_changed.connect(self._update_buttons)
        self.changes_view, self.changes_proxy = _table(self, self.changes, ChangeColumn.FIELDS)
        self.changes_view.selectionModel().currentRowChanged.connect(self._on_change_changed)
        self.changes_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.fields = FieldChangesModel(self)
        self.fields_view, _ = _table(self, self.fields, 2)
        self.fields_view.setWordWrap(True)

        self.theirs_button = QPushButton(self.tr("Use theirs"), self)
        self.theirs_button.setToolTip(self.tr("Take the package's version of the chosen records"))
        self.theirs_button.clicked.connect(lambda: self._resolve_selected(Resolution.THEIRS))
        self.ours_button = QPushButton(self.tr("Keep ours"), self)
        self.ours_button.setToolTip(self.tr("Keep this database's version of the chosen records"))
        self.ours_button.clicked.connect(lambda: self._resolve_selected(Resolution.OURS))
        self.all_theirs_button = QPushButton(self.tr("All conflicts: theirs"), self)
        self.all_theirs_button.clicked.connect(lambda: self.resolve_all(Resolution.THEIRS))
        self.all_ours_button = QPushButton(self.tr("All conflicts: ours"), self)
        self.all_ours_button.clicked.connect(lambda: self.resolve_all(Resolution.OURS))
        self.apply_button = QPushButton(self.tr("Apply import"), self)
        self.apply_button.clicked.connect(self._on_apply)
        actions = QHBoxLayout()
        for button in (
            self.theirs_button,
            self.ours_button,
            self.all_theirs_button,
            self.all_ours_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.apply_button)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.changes_view)
        lower.addWidget(self.fields_view)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.groups_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.package_label)
        layout.addWidget(self.totals_label)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    # -- showing a plan -------------------------------------------------------------------
    def show_plan(self, plan: ImportPlan | None, labels: dict[str, str] | None = None) -> None:
        """Show a fresh plan (its own resolutions kept), or nothing; ``labels`` name records."""
        self.plan = plan
        self.changes.labels = dict(labels or {})
        self.resolutions.clear()
        if plan is not None:
            self.resolutions.update(plan.resolutions)
        self.groups.set_rows(list(plan.groups) if plan else [])
        self.changes.set_rows([])
        self.fields.set_rows([])
        self.package_label.setText(self._package_text(plan))
        self.totals_label.setText(self._totals_text(plan))
        if plan is not None and plan.groups:
            first = next((i for i, g in enumerate(plan.groups) if g.changes), 0)
            self.groups_view.setCurrentIndex(
                self.groups_proxy.mapFromSource(self.groups.index(first, 0))
            )
        self._update_buttons()

    def _package_text(self, plan: ImportPlan | None) -> str:
        if plan is None:
            return self.tr(
                "Choose a package, or drop a .zip file on this page. You will see "
                "what it changes before anything is saved."
            )
        p = plan.package
        status = {
            "own": self.tr("this office"),
            "trusted": self.tr("a known office"),
            "new": self.tr("a new office, accepted for this import"),
        }.get(p.key_status, p.key_status)
        created = p.created_at.astimezone().strftime("%d-%m-%Y %H.%M")
        return self.tr(
            "<b>{file}</b> from <b>{office}</b> ({area}), made {created}; signed by "
            "{status}, key {fingerprint}."
        ).format(
            file=html.escape(p.path.name),
            office=html.escape(p.office_name or "—"),
            area=p.office_area,
            created=created,
            status=status,
            fingerprint=p.fingerprint,
        )

    def _totals_text(self, plan: ImportPlan | None) -> str:
        if plan is None:
            return ""
        text = self.tr(
            "{new} new, {changed} changed, {unchanged} unchanged, {kept} kept as ours, "
            "{conflicts} in conflict."
        ).format(
            new=plan.total(Outcome.NEW),
            changed=plan.total(Outcome.CHANGED),
            unchanged=plan.total(Outcome.UNCHANGED),
            kept=plan.total(Outcome.KEPT_OURS),
            conflicts=plan.total(Outcome.CONFLICT),
        )
        if plan.applied:
            return self.tr("Imported: ") + text
        return self.tr("Preview, nothing saved yet: ") + text

    def _on_group_changed(self, current, _previous) -> None:
        group: GroupSummary | None = current.data(RowRole) if current.isValid() else None
        self.changes.set_rows(list(group.changes) if group else [])
        self.fields.set_rows([])
        if self.changes.rowCount():
            self.changes_view.setCurrentIndex(self.changes_proxy.index(0, 0))
        self._update_buttons()

    def _on_change_changed(self, current, _previous) -> None:
        change: RecordChange | None = current.data(RowRole) if current.isValid() else None
        self.fields.set_rows(list(change.fields) if change else [])

    # -- conflicts ------------------------------------------------------------------------
    def _selected_changes(self) -> list[RecordChange]:
        rows = self.changes_view.selectionModel().selectedRows()
        return [index.data(RowRole) for index in rows]

    def _resolve_selected(self, resolution: Resolution) -> None:
        self.changes.resolve([c.key for c in self._selected_changes()], resolution)

    def resolve_all(self, resolution: Resolution) -> None:
        """Give every conflict of the plan the same choice."""
        if self.plan is None:
            return
        for conflict in self.plan.conflicts:
            self.resolutions[conflict.key] = resolution
        self.changes.resolve([], resolution)  # repaint and notify

    def unresolved(self) -> int:
        """Conflicts still without a choice."""
        if self.plan is None:
            return 0
        return sum(1 for c in self.plan.conflicts if c.key not in self.resolutions)

    def _update_buttons(self, *_args: object) -> None:
        plan = self.plan
        selected = [c for c in self._selected_changes() if c.outcome is Outcome.CONFLICT]
        open_plan = plan is not None and not plan.applied
        for button in (self.theirs_button, self.ours_button):
            button.setEnabled(open_plan and bool(selected))
        for button in (self.all_theirs_button, self.all_ours_button):
            button.setEnabled(open_plan and bool(plan and plan.conflicts))
        pending = self.unresolved()
        self.apply_button.setEnabled(open_plan and pending == 0)
        self.apply_button.setText(
            self.tr("Apply import")
            if pending == 0
            else self.tr("Choose for %n conflict(s) first", "", pending)
        )

    def set_busy(self, busy: bool) -> None:
        """Disable the actions while the page runs a task."""
        for button in (
            self.theirs_button,
            self.ours_button,
            self.all_theirs_button,
            self.all_ours_button,
            self.apply_button,
        ):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _on_apply(self) -> None:
        if self.plan is not None and self.unresolved() == 0:
            self.apply_requested.emit(dict(self.resolutions))
