"""The three lists of an import's difference view: cooperatives, their records, the fields.

An import plan (``exchange.import_plan.ImportPlan``) says per cooperative how many records are
new, changed, unchanged, kept as ours or in conflict, and lists the records worth reading with
their fields (ours and theirs). Conflicts carry the operator's choice, kept in
``RecordChangesModel.resolutions`` until the import is applied.
"""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from kopdes_desktop.exchange.import_plan import GroupSummary
from kopdes_desktop.exchange.merge import FieldChange, Outcome, RecordChange, Resolution
from kopdes_desktop.ui.models.row_table_model import RowTableModel

translate = QCoreApplication.translate
CONFLICT_BRUSH = QBrush(QColor("#ffc7ce"))
RESOLVED_BRUSH = QBrush(QColor("#e2efda"))
TEXT_BRUSH = QBrush(QColor("#1f2933"))


def table_name(table: str) -> str:
    """Words for a table of the exchange format."""
    names = {
        "cooperative": translate("ImportPlan", "Cooperative"),
        "person": translate("ImportPlan", "Person"),
        "membership": translate("ImportPlan", "Membership"),
        "board_position": translate("ImportPlan", "Board position"),
        "business_unit": translate("ImportPlan", "Business unit"),
        "capital_payment": translate("ImportPlan", "Savings payment"),
        "meeting": translate("ImportPlan", "Meeting"),
        "meeting_attendee": translate("ImportPlan", "Meeting attendee"),
        "training_event": translate("ImportPlan", "Training"),
        "training_participant": translate("ImportPlan", "Training participant"),
        "mentoring_visit": translate("ImportPlan", "Mentoring visit"),
        "issued_document": translate("ImportPlan", "Issued document"),
        "attachment": translate("ImportPlan", "Attachment"),
    }
    return names.get(table, table)


def field_name(name: str) -> str:
    """Words for the fields people change most; others show as their stored name."""
    names = {
        "name": translate("ImportPlan", "Name"),
        "nik": translate("ImportPlan", "NIK"),
        "sex": translate("ImportPlan", "Sex"),
        "birth_place": translate("ImportPlan", "Place of birth"),
        "birth_date": translate("ImportPlan", "Date of birth"),
        "address": translate("ImportPlan", "Address"),
        "rt": translate("ImportPlan", "RT"),
        "rw": translate("ImportPlan", "RW"),
        "village_code": translate("ImportPlan", "Kelurahan/desa code"),
        "occupation": translate("ImportPlan", "Occupation"),
        "phone": translate("ImportPlan", "Phone"),
        "email": translate("ImportPlan", "E-mail"),
        "is_founder": translate("ImportPlan", "Founder"),
        "member_number": translate("ImportPlan", "Member number"),
        "joined_date": translate("ImportPlan", "Joined"),
        "left_date": translate("ImportPlan", "Left"),
        "role": translate("ImportPlan", "Position"),
        "start_date": translate("ImportPlan", "Start"),
        "end_date": translate("ImportPlan", "End"),
        "status": translate("ImportPlan", "Status"),
        "opening_date": translate("ImportPlan", "Opening date"),
        "deed_number": translate("ImportPlan", "Deed number"),
        "deed_date": translate("ImportPlan", "Deed date"),
        "sk_ahu_number": translate("ImportPlan", "SK AHU number"),
        "sk_ahu_date": translate("ImportPlan", "SK AHU date"),
        "npwp": translate("ImportPlan", "NPWP"),
        "nib": translate("ImportPlan", "NIB"),
        "amount": translate("ImportPlan", "Amount"),
        "deleted_at": translate("ImportPlan", "Deleted"),
        "updated_at": translate("ImportPlan", "Last changed"),
    }
    return names.get(name, name)


def outcome_name(outcome: Outcome) -> str:
    """Words for what an import does with a record."""
    return {
        Outcome.NEW: translate("ImportPlan", "New"),
        Outcome.CHANGED: translate("ImportPlan", "Changed"),
        Outcome.UNCHANGED: translate("ImportPlan", "Unchanged"),
        Outcome.KEPT_OURS: translate("ImportPlan", "Ours kept"),
        Outcome.CONFLICT: translate("ImportPlan", "Conflict"),
    }[outcome]


def value_text(value: Any) -> str:
    """A package value (JSON) as a person reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("ImportPlan", "Yes") if value else translate("ImportPlan", "No")
    if isinstance(value, list | tuple):
        return "; ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class GroupColumn(IntEnum):
    """Columns of the cooperatives list."""

    CODE = 0
    NAME = 1
    NEW = 2
    CHANGED = 3
    UNCHANGED = 4
    KEPT = 5
    CONFLICT = 6


_COUNTED = {
    GroupColumn.NEW: Outcome.NEW,
    GroupColumn.CHANGED: Outcome.CHANGED,
    GroupColumn.UNCHANGED: Outcome.UNCHANGED,
    GroupColumn.KEPT: Outcome.KEPT_OURS,
    GroupColumn.CONFLICT: Outcome.CONFLICT,
}


class ImportGroupsModel(RowTableModel[GroupSummary]):
    """One line per cooperative of the package (and one for shared records)."""

    columns = GroupColumn

    def header(self, column: int) -> str:
        col = GroupColumn(column)
        if col is GroupColumn.CODE:
            return self.tr("Area code")
        if col is GroupColumn.NAME:
            return self.tr("Cooperative")
        return outcome_name(_COUNTED[col])

    def row_id(self, row: GroupSummary) -> str | None:
        return row.cooperative_id or ""

    def display(self, row: GroupSummary, column: int) -> str:
        col = GroupColumn(column)
        if col is GroupColumn.CODE:
            return row.village_code
        if col is GroupColumn.NAME:
            return row.name or self.tr("Shared records (persons, trainings)")
        return str(row.counts.get(_COUNTED[col], 0))

    def sort_value(self, row: GroupSummary, column: int) -> Any:
        col = GroupColumn(column)
        if col in _COUNTED:
            return row.counts.get(_COUNTED[col], 0)
        return self.display(row, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column in _COUNTED else None

    def extra_data(self, row: GroupSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.counts.get(Outcome.CONFLICT, 0):
            return CONFLICT_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.counts.get(Outcome.CONFLICT, 0):
            return TEXT_BRUSH
        return None


class ChangeColumn(IntEnum):
    """Columns of a cooperative's listed records."""

    TABLE = 0
    RECORD = 1
    OUTCOME = 2
    FIELDS = 3
    CHOICE = 4


class RecordChangesModel(RowTableModel[RecordChange]):
    """Changed, kept and conflicting records of one cooperative, with the conflict choices."""

    columns = ChangeColumn
    resolutions_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.resolutions: dict[str, Resolution] = {}
        self.labels: dict[str, str] = {}
        """``table:id`` → a name (person, cooperative…) read from the local database."""

    def header(self, column: int) -> str:
        return {
            ChangeColumn.TABLE: self.tr("Kind"),
            ChangeColumn.RECORD: self.tr("Record"),
            ChangeColumn.OUTCOME: self.tr("What happens"),
            ChangeColumn.FIELDS: self.tr("Fields"),
            ChangeColumn.CHOICE: self.tr("Your choice"),
        }[ChangeColumn(column)]

    def row_id(self, row: RecordChange) -> str | None:
        return row.key

    def display(self, row: RecordChange, column: int) -> str:
        col = ChangeColumn(column)
        if col is ChangeColumn.TABLE:
            return table_name(row.table)
        if col is ChangeColumn.RECORD:
            return self.labels.get(row.key) or row.record_id[:8]
        if col is ChangeColumn.OUTCOME:
            return outcome_name(row.outcome)
        if col is ChangeColumn.FIELDS:
            return ", ".join(field_name(f.name) for f in row.fields)
        return self._choice_text(row)

    def _choice_text(self, row: RecordChange) -> str:
        if row.outcome is not Outcome.CONFLICT:
            return ""
        choice = self.resolutions.get(row.key)
        if choice is Resolution.THEIRS:
            return self.tr("Use theirs")
        if choice is Resolution.OURS:
            return self.tr("Keep ours")
        return self.tr("— choose —")

    def extra_data(self, row: RecordChange, column: int, role: int) -> Any:
        if row.outcome is not Outcome.CONFLICT:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return RESOLVED_BRUSH if row.key in self.resolutions else CONFLICT_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return TEXT_BRUSH
        return None

    def resolve(self, keys: list[str], resolution: Resolution) -> None:
        """Record the operator's choice for conflicting records (others are ignored)."""
        conflicts = {r.key for r in self.rows() if r.outcome is Outcome.CONFLICT}
        for key in keys:
            if key in conflicts:
                self.resolutions[key] = resolution
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(ChangeColumn) - 1)
            )
        self.resolutions_changed.emit()


class FieldColumn(IntEnum):
    """Columns of one record's differing fields."""

    FIELD = 0
    OURS = 1
    THEIRS = 2


class FieldChangesModel(RowTableModel[FieldChange]):
    """Field by field: our value and theirs."""

    columns = FieldColumn

    def header(self, column: int) -> str:
        return {
            FieldColumn.FIELD: self.tr("Field"),
            FieldColumn.OURS: self.tr("Ours"),
            FieldColumn.THEIRS: self.tr("Theirs"),
        }[FieldColumn(column)]

    def row_id(self, row: FieldChange) -> str | None:
        return row.name

    def display(self, row: FieldChange, column: int) -> str:
        col = FieldColumn(column)
        if col is FieldColumn.FIELD:
            return field_name(row.name)
        return value_text(row.ours if col is FieldColumn.OURS else row.theirs)
