"""The two lists of the audit trail: entries (the trail view) and field changes (a record's
history, one line per field so "before → after" reads across)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from kopdes_desktop.domain.entities import AuditEntry
from kopdes_desktop.ui.audit_texts import (
    action_name,
    change_text,
    entity_name,
    field_label,
    fields_summary,
    local_time,
)
from kopdes_desktop.ui.models.row_table_model import RowTableModel


@dataclass(frozen=True)
class FieldChange:
    """One field of one entry (an entry without fields gives one line with field "")."""

    entry: AuditEntry
    field: str
    before: Any
    after: Any

    @property
    def id(self) -> str:
        """Stable per line, for selections."""
        return f"{self.entry.id}:{self.field}"


def field_changes(entries: list[AuditEntry]) -> list[FieldChange]:
    """Entries (newest first) spread into one line per field, fields in label order."""
    lines: list[FieldChange] = []
    for entry in entries:
        names = sorted(
            (n for n in entry.changes if n != "deleted_at" or len(entry.changes) == 1),
            key=field_label,
        )
        if not names:
            lines.append(FieldChange(entry, "", None, None))
        for name in names:
            change = entry.changes[name]
            if isinstance(change, list) and len(change) == 2:
                lines.append(FieldChange(entry, name, change[0], change[1]))
            else:
                lines.append(FieldChange(entry, name, None, change))
    return lines


class EntryColumn(IntEnum):
    """Columns of the trail view."""

    NUMBER = 0
    TIME = 1
    USER = 2
    ACTION = 3
    RECORD = 4
    RECORD_ID = 5
    FIELDS = 6


class AuditEntriesModel(RowTableModel[AuditEntry]):
    """Newest entries first, one line each."""

    columns = EntryColumn

    def header(self, column: int) -> str:
        return {
            EntryColumn.NUMBER: self.tr("No."),
            EntryColumn.TIME: self.tr("Time"),
            EntryColumn.USER: self.tr("User"),
            EntryColumn.ACTION: self.tr("Action"),
            EntryColumn.RECORD: self.tr("Record"),
            EntryColumn.RECORD_ID: self.tr("Record id"),
            EntryColumn.FIELDS: self.tr("Fields"),
        }[EntryColumn(column)]

    def display(self, row: AuditEntry, column: int) -> str:
        col = EntryColumn(column)
        if col is EntryColumn.NUMBER:
            return str(row.id)
        if col is EntryColumn.TIME:
            return local_time(row.at)
        if col is EntryColumn.USER:
            return row.username
        if col is EntryColumn.ACTION:
            return action_name(row.action)
        if col is EntryColumn.RECORD:
            return entity_name(row.entity)
        if col is EntryColumn.RECORD_ID:
            return row.entity_id
        return fields_summary(row)

    def sort_value(self, row: AuditEntry, column: int) -> Any:
        if column == EntryColumn.NUMBER:
            return row.id
        if column == EntryColumn.TIME:
            return row.at.isoformat()
        return self.display(row, column)

    def row_id(self, row: AuditEntry) -> str | None:
        return str(row.id)


class ChangeColumn(IntEnum):
    """Columns of a record's history."""

    TIME = 0
    USER = 1
    ACTION = 2
    RECORD = 3
    FIELD = 4
    BEFORE = 5
    AFTER = 6


class AuditChangesModel(RowTableModel[FieldChange]):
    """Who changed which field when, from what to what."""

    columns = ChangeColumn

    def header(self, column: int) -> str:
        return {
            ChangeColumn.TIME: self.tr("Time"),
            ChangeColumn.USER: self.tr("User"),
            ChangeColumn.ACTION: self.tr("Action"),
            ChangeColumn.RECORD: self.tr("Record"),
            ChangeColumn.FIELD: self.tr("Field"),
            ChangeColumn.BEFORE: self.tr("Before"),
            ChangeColumn.AFTER: self.tr("After"),
        }[ChangeColumn(column)]

    def display(self, row: FieldChange, column: int) -> str:
        col = ChangeColumn(column)
        if col is ChangeColumn.TIME:
            return local_time(row.entry.at)
        if col is ChangeColumn.USER:
            return row.entry.username
        if col is ChangeColumn.ACTION:
            return action_name(row.entry.action)
        if col is ChangeColumn.RECORD:
            return entity_name(row.entry.entity)
        if col is ChangeColumn.FIELD:
            return field_label(row.field) if row.field else ""
        if not row.field:
            return ""
        return change_text(row.before if col is ChangeColumn.BEFORE else row.after)

    def sort_value(self, row: FieldChange, column: int) -> Any:
        if column == ChangeColumn.TIME:
            return (row.entry.at.isoformat(), row.entry.id)
        return self.display(row, column)
