"""The completeness checklist of one cooperative on Beranda.

Two groups: what is missing for the next formation stage (from the stage rules), then the
other findings of the cooperative rules (errors before warnings). Each item names the field
concerned, so a click can open the registration form right there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.ui.issue_messages import issue_text

Index = QModelIndex | QPersistentModelIndex

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``Issue`` of an item row (None on group headings)."""


class ChecklistColumn(IntEnum):
    """One column: the sentence."""

    TEXT = 0


@dataclass(frozen=True)
class ChecklistRow:
    """A group heading (``issue`` None) or one item."""

    text: str
    issue: Issue | None = None
    is_gap: bool = False


def checklist_rows(
    gaps: list[Issue], findings: list[Issue], gaps_title: str, findings_title: str
) -> list[ChecklistRow]:
    """Headings and items in reading order; a group without items is left out."""
    rows: list[ChecklistRow] = []
    if gaps:
        rows.append(ChecklistRow(gaps_title))
        rows += [ChecklistRow(issue_text(i), i, is_gap=True) for i in gaps]
    ordered = sorted(findings, key=lambda i: 0 if i.is_error else 1)
    if ordered:
        rows.append(ChecklistRow(findings_title))
        rows += [ChecklistRow(issue_text(i), i) for i in ordered]
    return rows


class CompletenessChecklistModel(QAbstractTableModel):
    """Read-only checklist rows; headings are not selectable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChecklistRow] = []

    def set_rows(self, rows: list[ChecklistRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ChecklistRow:
        """One row."""
        return self._rows[row]

    def item_count(self) -> int:
        """Rows that are items, not headings."""
        return sum(1 for r in self._rows if r.issue is not None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows, headings included."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column."""
        return 0 if parent.isValid() else len(ChecklistColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Headings are plain text; items can be selected and clicked."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].issue is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Sentence, severity icon, bold headings, the issue itself."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == ISSUE_ROLE:
            return row.issue
        if role == Qt.ItemDataRole.FontRole and row.issue is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and row.issue is not None:
            return _severity_icon(row)
        return None


def _severity_icon(row: ChecklistRow) -> Any:
    """An arrow for next-stage gaps, the standard error / warning icons for findings."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if row.is_gap:
        pixmap = QStyle.StandardPixmap.SP_ArrowRight
    elif row.issue is not None and row.issue.is_error:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
    else:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
    return app.style().standardIcon(pixmap)
