"""Board terms (pengurus, pengawas, pengelola) with the person holding each, current or past."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from kopdes_desktop.domain.entities import BoardPosition, Person
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.ui.display_names import body_name, role_name
from kopdes_desktop.ui.models.row_table_model import RowTableModel, short_date
from kopdes_desktop.ui.role_names import nik_for_screen

_BODY_ORDER = {body: i for i, body in enumerate(Body)}
_ROLE_ORDER = {role: i for i, role in enumerate(BoardRole)}


@dataclass(frozen=True)
class BoardEntry:
    """A term and its holder (the holder may be a non-member such as the lurah)."""

    position: BoardPosition
    person: Person | None

    @property
    def id(self) -> str:
        """The term's id, so selections survive reloads."""
        return self.position.id


class BoardColumn(IntEnum):
    """Columns of the board tables."""

    BODY = 0
    ROLE = 1
    NAME = 2
    NIK = 3
    SEX = 4
    START = 5
    END = 6


class BoardTableModel(RowTableModel[BoardEntry]):
    """Rows of ``BoardEntry`` in susunan order; ex-officio terms say so next to the role."""

    masked_nik = False
    """True for accounts that see NIK masked (set by the section showing the list)."""

    columns = BoardColumn

    def header(self, column: int) -> str:
        return {
            BoardColumn.BODY: self.tr("Body"),
            BoardColumn.ROLE: self.tr("Position"),
            BoardColumn.NAME: self.tr("Name"),
            BoardColumn.NIK: self.tr("NIK"),
            BoardColumn.SEX: self.tr("Sex"),
            BoardColumn.START: self.tr("From"),
            BoardColumn.END: self.tr("Until"),
        }[BoardColumn(column)]

    def display(self, row: BoardEntry, column: int) -> str:
        col = BoardColumn(column)
        position, person = row.position, row.person
        if col is BoardColumn.BODY:
            return body_name(position.body)
        if col is BoardColumn.ROLE:
            role = role_name(position.role)
            return self.tr("{role} (ex officio)").format(role=role) if position.ex_officio else role
        if col is BoardColumn.NAME:
            return person.name if person else ""
        if col is BoardColumn.NIK:
            return nik_for_screen(person.nik, self.masked_nik) if person else ""
        if col is BoardColumn.SEX:
            return person.sex.value if person and person.sex else ""
        if col is BoardColumn.START:
            return short_date(position.start_date)
        return short_date(position.end_date)

    def sort_value(self, row: BoardEntry, column: int) -> Any:
        position = row.position
        if column == BoardColumn.BODY:
            return _BODY_ORDER[position.body]
        if column == BoardColumn.ROLE:
            return (_BODY_ORDER[position.body], _ROLE_ORDER[position.role])
        if column == BoardColumn.START:
            return position.start_date.isoformat() if position.start_date else ""
        if column == BoardColumn.END:
            return position.end_date.isoformat() if position.end_date else "9999"
        return self.display(row, column).casefold()
