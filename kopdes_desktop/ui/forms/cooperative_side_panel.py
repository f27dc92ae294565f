"""The left column of the cooperative form: its sections, the stage, and what to check.

The checklist combines the rule findings (errors, then warnings) with what is missing for the
next formation stage; choosing an item asks the form to show its field, so the list doubles as
a to-do list an operator works down.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.ui.forms.cooperative_sections.section_base import data_table
from kopdes_desktop.ui.issue_messages import issue_text
from kopdes_desktop.ui.models.cooperative_issues_table_model import (
    CheckItem,
    CooperativeIssuesTableModel,
    IssueColumn,
    check_items,
)
from kopdes_desktop.ui.models.row_table_model import RowRole

SIDE_WIDTH = 240
ROW_HEIGHT = 32


class CooperativeSidePanel(QWidget):
    """Section list, stage line and checklist."""

    section_changed = Signal(int)
    """The operator chose the section at this row."""
    field_requested = Signal(str)
    """A checklist item was chosen: show this field."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(SIDE_WIDTH)
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("sectionList")
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(f"{number}  {title}")
            item.setSizeHint(QSize(SIDE_WIDTH - 8, ROW_HEIGHT))
            self.section_list.addItem(item)
        # As tall as its rows whatever the style adds: the list never scrolls.
        self.section_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.section_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.section_list.currentRowChanged.connect(self.section_changed)
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("summaryLabel")
        self.stage_label.setWordWrap(True)
        checks_title = QLabel(self.tr("What to check"), self)
        checks_title.setObjectName("hintLabel")
        self.issues_model = CooperativeIssuesTableModel(issue_text, self)
        self.issues_table = self._checklist()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.section_list)
        layout.addSpacing(4)
        layout.addWidget(self.stage_label)
        layout.addWidget(checks_title)
        layout.addWidget(self.issues_table, 1)
        self.section_list.setCurrentRow(0)

    def _checklist(self):
        table = data_table(self)
        table.setObjectName("checkList")
        table.setModel(self.issues_model)
        table.setWordWrap(True)
        table.setShowGrid(False)
        table.setIconSize(QSize(16, 16))
        table.horizontalHeader().setVisible(False)
        table.setColumnHidden(IssueColumn.KIND, True)
        table.horizontalHeader().setSectionResizeMode(
            IssueColumn.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(self._on_item_chosen)
        table.clicked.connect(self._on_item_chosen)
        return table

    def set_checks(self, issues: Iterable[Issue], gaps: Iterable[Issue]) -> None:
        """Show rule findings and the gaps of the next stage."""
        self.issues_model.set_rows(check_items(issues, gaps))

    def _on_item_chosen(self, index: QModelIndex) -> None:
        item: CheckItem | None = index.data(RowRole)
        if item is not None and item.issue.field:
            self.field_requested.emit(item.issue.field)
