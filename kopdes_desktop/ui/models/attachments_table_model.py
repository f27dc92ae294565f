"""Scanned files attached to a cooperative (deed, SK AHU, signed lists…)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt

from kopdes_desktop.domain.entities import Attachment
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date

_TYPE_NAMES = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG"}


class AttachmentColumn(IntEnum):
    """Columns of the attachment table."""

    NAME = 0
    KIND = 1
    TYPE = 2
    SIZE = 3
    ADDED = 4


class AttachmentsTableModel(RowTableModel[Attachment]):
    """Rows of ``Attachment`` metadata (the bytes stay in the data folder)."""

    columns = AttachmentColumn

    def __init__(self, kind_name: Callable[[str], str] = str, parent=None) -> None:
        super().__init__(parent)
        self._kind_name = kind_name

    def header(self, column: int) -> str:
        return {
            AttachmentColumn.NAME: self.tr("File"),
            AttachmentColumn.KIND: self.tr("Document"),
            AttachmentColumn.TYPE: self.tr("Type"),
            AttachmentColumn.SIZE: self.tr("Size"),
            AttachmentColumn.ADDED: self.tr("Added"),
        }[AttachmentColumn(column)]

    def display(self, row: Attachment, column: int) -> str:
        col = AttachmentColumn(column)
        if col is AttachmentColumn.NAME:
            return row.original_name
        if col is AttachmentColumn.KIND:
            return self._kind_name(row.kind)
        if col is AttachmentColumn.TYPE:
            return _TYPE_NAMES.get(row.media_type, row.media_type)
        if col is AttachmentColumn.SIZE:
            return QLocale().formattedDataSize(row.size)
        return short_date(row.created_at.date()) if row.created_at else ""

    def sort_value(self, row: Attachment, column: int) -> Any:
        if column == AttachmentColumn.SIZE:
            return row.size
        if column == AttachmentColumn.ADDED:
            return row.created_at.isoformat() if row.created_at else ""
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if column == AttachmentColumn.SIZE else None
