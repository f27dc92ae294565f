"""The list of training events on the Pelatihan page.

Rows are read in a worker (``TrainingEventRow``) and handed over whole; the model never touches
the database, so scrolling and filtering stay on the GUI thread without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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

from kopdes_desktop.domain.entities import TrainingEvent
from kopdes_desktop.ui.display_names import training_mode_name

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``TrainingEvent`` of a row."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Lower-case text the search box matches (title, organiser, venue, topics)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Value to sort by (dates as dates, counts as numbers)."""


class EventColumn(IntEnum):
    """Columns of the events list."""

    TITLE = 0
    ORGANISER = 1
    DATES = 2
    MODE = 3
    PARTICIPANTS = 4


@dataclass(frozen=True)
class TrainingEventRow:
    """An event and how many people take part in it."""

    event: TrainingEvent
    participants: int


def short_date(day: date) -> str:
    """dd-mm-yyyy: the way operators type dates, so lists read the same as forms."""
    return day.strftime("%d-%m-%Y")


def date_range_text(start: date, end: date) -> str:
    """ "12-03-2026" for one day, "12-03-2026 – 13-03-2026" for several."""
    if start == end:
        return short_date(start)
    return f"{short_date(start)} – {short_date(end)}"


class TrainingEventsTableModel(QAbstractTableModel):
    """Training events, most recent first (the order the service returns)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TrainingEventRow] = []

    def set_rows(self, rows: list[TrainingEventRow]) -> None:
        """Replace every row (after a reload in a worker)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event_at(self, row: int) -> TrainingEvent:
        """The event shown in ``row``."""
        return self._rows[row].event

    def row_of(self, event_id: str) -> int:
        """Row of an event by id, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.event.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of events (a flat table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(EventColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            EventColumn.TITLE: translate("TrainingEventsTableModel", "Title"),
            EventColumn.ORGANISER: translate("TrainingEventsTableModel", "Organiser"),
            EventColumn.DATES: translate("TrainingEventsTableModel", "Dates"),
            EventColumn.MODE: translate("TrainingEventsTableModel", "Mode"),
            EventColumn.PARTICIPANTS: translate("TrainingEventsTableModel", "Participants"),
        }
        return titles.get(EventColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment, the event itself, search text and sort keys."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = EventColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == EVENT_ROLE:
            return row.event
        if role == SEARCH_ROLE:
            e = row.event
            return " ".join([e.title, e.organiser, e.venue, *e.topics]).lower()
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is EventColumn.PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is EventColumn.TITLE:
            return row.event.title
        return None

    @staticmethod
    def _display(row: TrainingEventRow, column: EventColumn) -> str:
        e = row.event
        if column is EventColumn.TITLE:
            return e.title
        if column is EventColumn.ORGANISER:
            return e.organiser
        if column is EventColumn.DATES:
            return date_range_text(e.start_date, e.end_date)
        if column is EventColumn.MODE:
            return training_mode_name(e.mode)
        return str(row.participants)

    @staticmethod
    def _sort_key(row: TrainingEventRow, column: EventColumn) -> Any:
        e = row.event
        if column is EventColumn.DATES:
            return e.start_date.toordinal()
        if column is EventColumn.PARTICIPANTS:
            return row.participants
        return TrainingEventsTableModel._display(row, column).lower()
