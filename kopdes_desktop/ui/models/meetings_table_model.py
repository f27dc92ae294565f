"""Meetings of one cooperative (sosialisasi, Muskelsus, founders' meeting, RAT, others)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt

from kopdes_desktop.domain.entities import Meeting
from kopdes_desktop.ui.display_names import meeting_kind_name
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date


class MeetingColumn(IntEnum):
    """Columns of the meeting table."""

    DATE = 0
    KIND = 1
    TITLE = 2
    TIME = 3
    PLACE = 4
    ATTENDANCE = 5


class MeetingsTableModel(RowTableModel[Meeting]):
    """Rows of ``Meeting``, oldest first."""

    columns = MeetingColumn

    def header(self, column: int) -> str:
        return {
            MeetingColumn.DATE: self.tr("Date"),
            MeetingColumn.KIND: self.tr("Kind"),
            MeetingColumn.TITLE: self.tr("Title"),
            MeetingColumn.TIME: self.tr("Time"),
            MeetingColumn.PLACE: self.tr("Place"),
            MeetingColumn.ATTENDANCE: self.tr("Attendance"),
        }[MeetingColumn(column)]

    def display(self, row: Meeting, column: int) -> str:
        col = MeetingColumn(column)
        if col is MeetingColumn.DATE:
            return short_date(row.meeting_date)
        if col is MeetingColumn.KIND:
            return meeting_kind_name(row.kind)
        if col is MeetingColumn.TITLE:
            return row.title
        if col is MeetingColumn.TIME:
            return row.start_time
        if col is MeetingColumn.PLACE:
            return row.place
        count = row.attendance_count
        return "" if count is None else QLocale().toString(count)

    def sort_value(self, row: Meeting, column: int) -> Any:
        if column == MeetingColumn.DATE:
            return row.meeting_date.isoformat()
        if column == MeetingColumn.ATTENDANCE:
            return row.attendance_count or 0
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == MeetingColumn.ATTENDANCE else None
