"""Rows of a members import preview: what each sheet row would become, and what is wrong.

Rows with errors are tinted red and rows with only warnings yellow, the same colours as the
annotated copy of the file, so the operator recognises the rows in both places.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from kopdes_desktop.services.member_import_rows import ImportRow
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date
from kopdes_desktop.ui.spreadsheet_messages import sheet_issue_text

ERROR_BRUSH = QBrush(QColor("#ffc7ce"))
WARNING_BRUSH = QBrush(QColor("#ffeb9c"))
TEXT_BRUSH = QBrush(QColor("#1f2933"))


class ImportColumn(IntEnum):
    """Columns of the preview table."""

    ROW = 0
    STATUS = 1
    NIK = 2
    NAME = 3
    SEX = 4
    BIRTH_DATE = 5
    FOUNDER = 6
    PERSON = 7
    PROBLEMS = 8


class MemberImportRowsModel(RowTableModel[ImportRow]):
    """One line per sheet row, in file order."""

    columns = ImportColumn

    def header(self, column: int) -> str:
        return {
            ImportColumn.ROW: self.tr("Row"),
            ImportColumn.STATUS: self.tr("Status"),
            ImportColumn.NIK: self.tr("NIK"),
            ImportColumn.NAME: self.tr("Name"),
            ImportColumn.SEX: self.tr("L/P"),
            ImportColumn.BIRTH_DATE: self.tr("Born"),
            ImportColumn.FOUNDER: self.tr("Founder"),
            ImportColumn.PERSON: self.tr("Person"),
            ImportColumn.PROBLEMS: self.tr("Problems"),
        }[ImportColumn(column)]

    def row_id(self, row: ImportRow) -> str | None:
        return str(row.row)

    def _status(self, row: ImportRow) -> str:
        if row.has_errors:
            return self.tr("Error")
        if row.issues:
            return self.tr("Warning")
        return self.tr("OK")

    def display(self, row: ImportRow, column: int) -> str:
        col = ImportColumn(column)
        person = row.person
        if col is ImportColumn.ROW:
            return str(row.row)
        if col is ImportColumn.STATUS:
            return self._status(row)
        if col is ImportColumn.NIK:
            return person.nik or ""
        if col is ImportColumn.NAME:
            return person.name
        if col is ImportColumn.SEX:
            return person.sex.value if person.sex else ""
        if col is ImportColumn.BIRTH_DATE:
            return short_date(person.birth_date)
        if col is ImportColumn.FOUNDER:
            return self.tr("Yes") if row.is_founder else ""
        if col is ImportColumn.PERSON:
            return self.tr("already recorded") if row.reused else self.tr("new")
        return " · ".join(sheet_issue_text(i) for i in row.issues)

    def sort_value(self, row: ImportRow, column: int) -> Any:
        if column == ImportColumn.ROW:
            return row.row
        if column == ImportColumn.STATUS:
            return 0 if row.has_errors else 1 if row.issues else 2
        return self.display(row, column)

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == ImportColumn.ROW else None

    def extra_data(self, row: ImportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.has_errors:
                return ERROR_BRUSH
            if row.issues:
                return WARNING_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.issues:
            return TEXT_BRUSH
        return None
