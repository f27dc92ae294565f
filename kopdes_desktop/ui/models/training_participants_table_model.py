"""Participants of one training event, edited in place: role, attendance per day, scores and
certificate.

One checkbox column per event day keeps attendance where the paper daftar hadir has it: a row
per person, a column per day. The model holds the lines until the form saves them, so nothing
reaches the database half-typed; rule findings (``check_participant``) are shown on the cells
they concern while typing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kopdes_desktop.domain.entities import Person, TrainingEvent, TrainingParticipant
from kopdes_desktop.domain.enums import CertificateType, ParticipantRole
from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.domain.formatting import parse_date_id
from kopdes_desktop.services.training_service import check_participant
from kopdes_desktop.ui.display_names import certificate_type_name, participant_role_name
from kopdes_desktop.ui.issue_messages import issue_text
from kopdes_desktop.ui.role_names import nik_for_screen

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex

MAX_DAY_COLUMNS = 31
"""Longer events (or a mistyped year) get no day columns instead of hundreds of them."""
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``ParticipantLine`` of a row."""
ISSUE_BACKGROUND = QColor("#fdecea")


class ParticipantColumn(IntEnum):
    """Named columns; the day columns sit between ROLE and PRE_SCORE."""

    NAME = 0
    NIK = 1
    COOPERATIVE = 2
    ROLE = 3
    PRE_SCORE = 4
    POST_SCORE = 5
    CERTIFICATE_TYPE = 6
    CERTIFICATE_NUMBER = 7
    CERTIFICATE_ISSUED = 8
    CERTIFICATE_EXPIRES = 9


LEADING = (
    ParticipantColumn.NAME,
    ParticipantColumn.NIK,
    ParticipantColumn.COOPERATIVE,
    ParticipantColumn.ROLE,
)
TRAILING = tuple(c for c in ParticipantColumn if c not in LEADING)
EDITABLE = frozenset(TRAILING) | {ParticipantColumn.ROLE}
_ISSUE_COLUMNS = {
    "pre_score": ParticipantColumn.PRE_SCORE,
    "post_score": ParticipantColumn.POST_SCORE,
    "certificate_expires": ParticipantColumn.CERTIFICATE_EXPIRES,
    "person_id": ParticipantColumn.NAME,
}
_DATE_FIELDS = {
    ParticipantColumn.CERTIFICATE_ISSUED: "certificate_issued",
    ParticipantColumn.CERTIFICATE_EXPIRES: "certificate_expires",
}
_PREFIXES = (("Koperasi Kelurahan Merah Putih ", "KKMP "), ("Koperasi Desa Merah Putih ", "KDMP "))
_SCORE_FIELDS = {
    ParticipantColumn.PRE_SCORE: "pre_score",
    ParticipantColumn.POST_SCORE: "post_score",
}


@dataclass(frozen=True)
class ParticipantLine:
    """A participant with what the table shows about them."""

    participant: TrainingParticipant
    person: Person
    cooperative_name: str = ""


def short_cooperative_name(name: str) -> str:
    """ "KKMP Melawai" for "Koperasi Kelurahan Merah Putih Melawai": the programme's own
    abbreviation keeps the column narrow; the tooltip shows the full name."""
    for long, short in _PREFIXES:
        if name.startswith(long):
            return short + name[len(long) :]
    return name


def event_days(start: date, end: date) -> list[date]:
    """Every day of the event, or none when it is longer than ``MAX_DAY_COLUMNS``."""
    count = (end - start).days + 1
    if count < 1 or count > MAX_DAY_COLUMNS:
        return []
    return [start + timedelta(days=i) for i in range(count)]


def parse_score(text: str) -> float | None:
    """ "85", "85,5" or "85.5" → a number; "" → None; raises ValueError otherwise."""
    cleaned = text.strip().replace(",", ".")
    return float(cleaned) if cleaned else None


def format_score(score: float | None) -> str:
    """Scores without needless decimals, in the locale's notation (85 or 85,5)."""
    if score is None:
        return ""
    return QLocale().toString(score, "g", 6)


class TrainingParticipantsTableModel(QAbstractTableModel):
    """Editable participant lines of one event; the form saves ``lines()``."""

    masked_nik = False
    """True for accounts that see NIK masked (set by the section showing the list)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ParticipantLine] = []
        self._days: list[date] = []
        self._event: TrainingEvent | None = None
        self._issues: list[list[Issue]] = []
        self.saved_ids: set[str] = set()
        """Ids stored in the database; those removed from the table are deleted on save."""

    # --- content ------------------------------------------------------------------------
    def set_event(self, event: TrainingEvent) -> None:
        """Use the event's dates for the day columns and the checks (on every date edit)."""
        days = event_days(event.start_date, event.end_date)
        if days != self._days:
            self.beginResetModel()
            self._days = days
            self._event = event
            self._recheck()
            self.endResetModel()
        else:
            self._event = event
            self._recheck_and_notify()

    def set_lines(self, lines: list[ParticipantLine], saved: bool = True) -> None:
        """Replace every line (after loading an event); ``saved`` marks them as stored."""
        self.beginResetModel()
        self._lines = list(lines)
        if saved:
            self.saved_ids = {line.participant.id for line in lines}
        self._recheck()
        self.endResetModel()

    def add_line(self, line: ParticipantLine) -> bool:
        """Append a participant; False when the person is already on the list."""
        if any(x.person.id == line.person.id for x in self._lines):
            return False
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self._issues.append(self._check(line))
        self.endInsertRows()
        return True

    def remove_row(self, row: int) -> None:
        """Take a participant off the list (deleted from the database on save)."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        del self._issues[row]
        self.endRemoveRows()

    def lines(self) -> list[ParticipantLine]:
        """The lines as they will be saved: attendance limited to the event's days."""
        return [replace(line, participant=self._pruned(line.participant)) for line in self._lines]

    def removed_ids(self) -> set[str]:
        """Stored participants no longer on the list."""
        return self.saved_ids - {line.participant.id for line in self._lines}

    def days(self) -> list[date]:
        """The event days that have a column."""
        return list(self._days)

    def issues(self) -> list[tuple[ParticipantLine, Issue]]:
        """Every finding with the line it concerns."""
        return [
            (line, i) for line, found in zip(self._lines, self._issues, strict=True) for i in found
        ]

    # --- columns ------------------------------------------------------------------------
    def column_kind(self, column: int) -> ParticipantColumn | date:
        """The named column or the attendance day at a column index."""
        if column < len(LEADING):
            return LEADING[column]
        if column < len(LEADING) + len(self._days):
            return self._days[column - len(LEADING)]
        return TRAILING[column - len(LEADING) - len(self._days)]

    def column_of(self, kind: ParticipantColumn | date) -> int:
        """The column index of a named column or an attendance day."""
        if isinstance(kind, ParticipantColumn):
            if kind in LEADING:
                return LEADING.index(kind)
            return len(LEADING) + len(self._days) + TRAILING.index(kind)
        return len(LEADING) + self._days.index(kind)

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of participants."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Named columns plus one per event day."""
        return 0 if parent.isValid() else len(ParticipantColumn) + len(self._days)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; day columns read "Day 1" with the date below."""
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        kind = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(kind, ParticipantColumn):
                return column_title(kind)
            number = self._days.index(kind) + 1
            return translate("TrainingParticipantsTableModel", "Day {number}\n{date}").format(
                number=number, date=kind.strftime("%d-%m")
            )
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(kind, date):
            return translate("TrainingParticipantsTableModel", "Present on {date}").format(
                date=kind.strftime("%d-%m-%Y")
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Name, NIK and cooperative are fixed; the rest is edited in the table."""
        base = super().flags(index)
        if not index.isValid():
            return base
        kind = self.column_kind(index.column())
        if isinstance(kind, date):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if kind in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display and edit values, attendance check marks and findings."""
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        kind = self.column_kind(index.column())
        if role == LINE_ROLE:
            return line
        if isinstance(kind, date):
            if role == Qt.ItemDataRole.CheckStateRole:
                present = kind in line.participant.attendance
                return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, kind)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(line, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind is ParticipantColumn.COOPERATIVE:
            return line.cooperative_name or None
        found = [i for i in self._issues[index.row()] if self._issue_column(i) is kind]
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return QBrush(ISSUE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return "\n".join(issue_text(i) for i in found)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store an edit; text that is not a number or a date is refused (the cell keeps its
        value and the user can retype)."""
        if not index.isValid():
            return False
        kind = self.column_kind(index.column())
        p = self._lines[index.row()].participant
        try:
            if isinstance(kind, date):
                if role != Qt.ItemDataRole.CheckStateRole:
                    return False
                days = set(p.attendance)
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                (days.add if checked else days.discard)(kind)
                updated = replace(p, attendance=tuple(sorted(days)))
            elif role == Qt.ItemDataRole.EditRole and kind in EDITABLE:
                updated = self._edited(p, kind, value)
            else:
                return False
        except (ValueError, DomainError):
            return False
        self._set_participant(index.row(), updated)
        return True

    # --- internals ----------------------------------------------------------------------
    def _set_participant(self, row: int, participant: TrainingParticipant) -> None:
        self._lines[row] = replace(self._lines[row], participant=participant)
        self._issues[row] = self._check(self._lines[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @staticmethod
    def _edited(p: TrainingParticipant, kind: ParticipantColumn, value: Any) -> TrainingParticipant:
        if kind is ParticipantColumn.ROLE:
            return replace(p, role=ParticipantRole(value))
        if kind is ParticipantColumn.CERTIFICATE_TYPE:
            return replace(p, certificate_type=CertificateType(value))
        if kind is ParticipantColumn.CERTIFICATE_NUMBER:
            return replace(p, certificate_number=str(value).strip())
        if kind in _SCORE_FIELDS:
            return replace(p, **{_SCORE_FIELDS[kind]: parse_score(str(value))})
        text = str(value).strip()
        day = parse_date_id(text) if text else None
        return replace(p, **{_DATE_FIELDS[kind]: day})

    def _display(self, line: ParticipantLine, kind: ParticipantColumn) -> str:
        p = line.participant
        values: dict[ParticipantColumn, str] = {
            ParticipantColumn.NAME: line.person.name,
            ParticipantColumn.NIK: nik_for_screen(line.person.nik, self.masked_nik),
            ParticipantColumn.COOPERATIVE: short_cooperative_name(line.cooperative_name) or "—",
            ParticipantColumn.ROLE: participant_role_name(p.role),
            ParticipantColumn.PRE_SCORE: format_score(p.pre_score),
            ParticipantColumn.POST_SCORE: format_score(p.post_score),
            ParticipantColumn.CERTIFICATE_TYPE: certificate_type_name(p.certificate_type),
            ParticipantColumn.CERTIFICATE_NUMBER: p.certificate_number,
        }
        if kind in _DATE_FIELDS:
            day = getattr(p, _DATE_FIELDS[kind])
            return day.strftime("%d-%m-%Y") if day else ""
        return values[kind]

    def _edit_value(self, line: ParticipantLine, kind: ParticipantColumn) -> Any:
        p = line.participant
        if kind is ParticipantColumn.ROLE:
            return p.role
        if kind is ParticipantColumn.CERTIFICATE_TYPE:
            return p.certificate_type
        return self._display(line, kind)

    def _pruned(self, p: TrainingParticipant) -> TrainingParticipant:
        """Attendance inside the event's dates only (days left behind by a date change)."""
        if self._event is None:
            return p
        start, end = self._event.start_date, self._event.end_date
        return replace(p, attendance=tuple(d for d in p.attendance if start <= d <= end))

    def _check(self, line: ParticipantLine) -> list[Issue]:
        if self._event is None:
            return []
        return check_participant(self._pruned(line.participant), self._event)

    def _recheck(self) -> None:
        self._issues = [self._check(line) for line in self._lines]

    def _recheck_and_notify(self) -> None:
        self._recheck()
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, self.columnCount() - 1)
            )

    @staticmethod
    def _issue_column(issue: Issue) -> ParticipantColumn | None:
        return _ISSUE_COLUMNS.get(issue.field or "")


def column_title(kind: ParticipantColumn) -> str:
    """Translated title of a named column."""
    titles = {
        ParticipantColumn.NAME: translate("TrainingParticipantsTableModel", "Name"),
        ParticipantColumn.NIK: translate("TrainingParticipantsTableModel", "NIK"),
        ParticipantColumn.COOPERATIVE: translate("TrainingParticipantsTableModel", "Cooperative"),
        ParticipantColumn.ROLE: translate("TrainingParticipantsTableModel", "Role"),
        ParticipantColumn.PRE_SCORE: translate("TrainingParticipantsTableModel", "Pre-test"),
        ParticipantColumn.POST_SCORE: translate("TrainingParticipantsTableModel", "Post-test"),
        ParticipantColumn.CERTIFICATE_TYPE: translate(
            "TrainingParticipantsTableModel", "Certificate"
        ),
        ParticipantColumn.CERTIFICATE_NUMBER: translate(
            "TrainingParticipantsTableModel", "Certificate no."
        ),
        ParticipantColumn.CERTIFICATE_ISSUED: translate("TrainingParticipantsTableModel", "Issued"),
        ParticipantColumn.CERTIFICATE_EXPIRES: translate(
            "TrainingParticipantsTableModel", "Valid until"
        ),
    }
    return titles[kind]
