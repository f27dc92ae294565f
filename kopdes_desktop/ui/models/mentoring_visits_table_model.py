"""Mentoring visits (pendampingan) of one cooperative: date, mentor, topics, findings,
follow-up; most recent first, as the service returns them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kopdes_desktop.domain.entities import MentoringVisit

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``MentoringVisit`` of a row."""


class VisitColumn(IntEnum):
    """Columns of the visits list."""

    DATE = 0
    MENTOR = 1
    TOPICS = 2
    FINDINGS = 3
    FOLLOW_UP = 4


def _one_line(text: str) -> str:
    """Multi-line notes shown on one line in the list (the tooltip has them whole)."""
    return " ".join(text.split())


class MentoringVisitsTableModel(QAbstractTableModel):
    """Read-only rows of ``MentoringVisit``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MentoringVisit] = []

    def set_rows(self, rows: list[MentoringVisit]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visit_at(self, row: int) -> MentoringVisit:
        """The visit shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of visits."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(VisitColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            VisitColumn.DATE: translate("MentoringVisitsTableModel", "Date"),
            VisitColumn.MENTOR: translate("MentoringVisitsTableModel", "Mentor"),
            VisitColumn.TOPICS: translate("MentoringVisitsTableModel", "Topics"),
            VisitColumn.FINDINGS: translate("MentoringVisitsTableModel", "Findings"),
            VisitColumn.FOLLOW_UP: translate("MentoringVisitsTableModel", "Follow-up"),
        }
        return titles.get(VisitColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One-line display, full text as tooltip, the visit itself."""
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        column = VisitColumn(index.column())
        texts = {
            VisitColumn.DATE: visit.visit_date.strftime("%d-%m-%Y"),
            VisitColumn.MENTOR: visit.mentor_name,
            VisitColumn.TOPICS: visit.topics,
            VisitColumn.FINDINGS: visit.findings,
            VisitColumn.FOLLOW_UP: visit.follow_up,
        }
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(texts[column])
        if role == Qt.ItemDataRole.ToolTipRole and column not in (VisitColumn.DATE,):
            return texts[column] or None
        if role == VISIT_ROLE:
            return visit
        return None
