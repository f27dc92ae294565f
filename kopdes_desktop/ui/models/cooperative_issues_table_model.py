"""What to check on a cooperative: rule findings (errors, then warnings) and what is still
missing for its next formation stage, for the form's side panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.ui.models.row_table_model import RowTableModel


class CheckKind(StrEnum):
    """Why an item is listed."""

    ERROR = "error"
    WARNING = "warning"
    NEXT_STAGE = "next_stage"


_COLOURS = {
    CheckKind.ERROR: QColor("#a93226"),
    CheckKind.WARNING: QColor("#8a6d3b"),
    CheckKind.NEXT_STAGE: QColor("#3c5a66"),
}


@dataclass(frozen=True)
class CheckItem:
    """One line of the panel."""

    kind: CheckKind
    issue: Issue


def check_items(issues: Iterable[Issue], gaps: Iterable[Issue]) -> list[CheckItem]:
    """Errors first, then warnings, then the gaps of the next stage."""
    issues = list(issues)
    return (
        [CheckItem(CheckKind.ERROR, i) for i in issues if i.is_error]
        + [CheckItem(CheckKind.WARNING, i) for i in issues if not i.is_error]
        + [CheckItem(CheckKind.NEXT_STAGE, g) for g in gaps]
    )


class IssueColumn(IntEnum):
    """Columns of the panel."""

    KIND = 0
    MESSAGE = 1


class CooperativeIssuesTableModel(RowTableModel[CheckItem]):
    """Rows of ``CheckItem``; the sentence comes from the shared issue texts."""

    columns = IssueColumn

    def __init__(self, text: Callable[[Issue], str], parent=None) -> None:
        super().__init__(parent)
        self._text = text

    def header(self, column: int) -> str:
        return {
            IssueColumn.KIND: self.tr("Kind"),
            IssueColumn.MESSAGE: self.tr("What to check"),
        }[IssueColumn(column)]

    def kind_name(self, kind: CheckKind) -> str:
        """Short translated label of a kind."""
        return {
            CheckKind.ERROR: self.tr("Error"),
            CheckKind.WARNING: self.tr("Warning"),
            CheckKind.NEXT_STAGE: self.tr("Next stage"),
        }[kind]

    def display(self, row: CheckItem, column: int) -> str:
        if column == IssueColumn.KIND:
            return self.kind_name(row.kind)
        return self._text(row.issue)

    def row_id(self, row: CheckItem) -> str | None:
        return None

    def extra_data(self, row: CheckItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == IssueColumn.KIND:
            return _COLOURS[row.kind]
        if role == Qt.ItemDataRole.DecorationRole and column == IssueColumn.MESSAGE:
            return _icon(row.kind)
        return None


def _icon(kind: CheckKind) -> QIcon:
    """The standard message icon of a kind (what is missing next reads as information)."""
    pixmap = {
        CheckKind.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        CheckKind.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        CheckKind.NEXT_STAGE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[kind]
    app = QApplication.instance()
    return app.style().standardIcon(pixmap) if isinstance(app, QApplication) else QIcon()
