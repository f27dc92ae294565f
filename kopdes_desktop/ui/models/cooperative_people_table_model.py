"""The people of one cooperative to choose training participants from: the current board
first (in susunan order), then the other members.

Each row carries the participant role its board position implies, so the operator who picks
the ketua and the ketua pengawas gets "pengurus" and "pengawas" without choosing again.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.entities import BoardPosition, Person
from kopdes_desktop.domain.enums import Body, ParticipantRole
from kopdes_desktop.ui.display_names import role_name
from kopdes_desktop.ui.role_names import nik_for_screen

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``CooperativePerson`` of a row."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Lower-case name and NIK for the search box."""

_ROLE_OF_BODY = {
    Body.PENGURUS: ParticipantRole.PENGURUS,
    Body.PENGAWAS: ParticipantRole.PENGAWAS,
    Body.PENGELOLA: ParticipantRole.PENGELOLA,
}


class PeopleColumn(IntEnum):
    """Columns of the people list."""

    NAME = 0
    NIK = 1
    POSITION = 2


@dataclass(frozen=True)
class CooperativePerson:
    """A person of the cooperative, the position shown, and the role to preset."""

    person: Person
    position: str
    role: ParticipantRole


def cooperative_people(
    board: list[BoardPosition], persons: dict[str, Person], members: list[MemberFacts]
) -> list[CooperativePerson]:
    """Board holders first (the lurah too, who is no member), then the other members."""
    rows: list[CooperativePerson] = []
    seen: set[str] = set()
    for position in board:
        person = persons.get(position.person_id)
        if person is None or person.id in seen:
            continue
        seen.add(person.id)
        rows.append(
            CooperativePerson(person, role_name(position.role), _ROLE_OF_BODY[position.body])
        )
    member_label = translate("CooperativePeopleTableModel", "Member")
    for facts in sorted(members, key=lambda m: m.person.name.lower()):
        if facts.person.id not in seen:
            seen.add(facts.person.id)
            rows.append(CooperativePerson(facts.person, member_label, ParticipantRole.ANGGOTA))
    return rows


class CooperativePeopleTableModel(QAbstractTableModel):
    """Read-only rows of ``CooperativePerson``."""

    masked_nik = False
    """True for accounts that see NIK masked (set by the section showing the list)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CooperativePerson] = []

    def set_rows(self, rows: list[CooperativePerson]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def person_at(self, row: int) -> CooperativePerson:
        """The row's person."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of people."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(PeopleColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            PeopleColumn.NAME: translate("CooperativePeopleTableModel", "Name"),
            PeopleColumn.NIK: translate("CooperativePeopleTableModel", "NIK"),
            PeopleColumn.POSITION: translate("CooperativePeopleTableModel", "Position"),
        }
        return titles.get(PeopleColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, NIK and position; the row object and search text in custom roles."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = PeopleColumn(index.column())
            if column is PeopleColumn.NAME:
                return row.person.name
            if column is PeopleColumn.NIK:
                return nik_for_screen(row.person.nik, self.masked_nik)
            return row.position
        if role == PERSON_ROLE:
            return row
        if role == SEARCH_ROLE:
            return f"{row.person.name} {row.person.nik or ''}".lower()
        return None
