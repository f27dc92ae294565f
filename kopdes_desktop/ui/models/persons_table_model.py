"""Persons of the Anggota page as a lazily filled, SQL-backed table model.

A national database holds 1.7 million persons, so the model never holds them all: it asks
the person service for one page at a time in a worker (``fetchMore`` as the view scrolls),
adds each person's memberships and roles in the same worker, and inserts the rows on the GUI
thread. A new search keeps the old rows on screen until its first page arrives (no flicker
while typing); answers of searches that were overtaken by newer typing are thrown away.

Instead of a fixed typing pause, at most one query runs at a time and the newest text waits
for it: a query starts at once when the database is idle (the answer is not delayed by a
debounce), and fast typing still costs only one query per answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.names import DESA_PREFIX, KELURAHAN_PREFIX
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.permissions import Action, is_allowed
from kopdes_desktop.services.member_service import MembershipSummary
from kopdes_desktop.services.person_service import PersonPage
from kopdes_desktop.ui.display_names import role_name
from kopdes_desktop.ui.workers import TaskControl, TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate needs literal contexts

FIRST_PAGE = 100
"""Rows of a new search: enough to fill the table at once, small enough to answer fast."""
PAGE_SIZE = 200
"""Rows fetched each time the view scrolls near the end."""

PersonRole = Qt.ItemDataRole.UserRole + 1
"""The ``Person`` of the row."""
IdRole = Qt.ItemDataRole.UserRole + 2
"""The person's id."""
MembershipsRole = Qt.ItemDataRole.UserRole + 3
"""The row's ``MembershipSummary`` tuple."""

_Index = QModelIndex | QPersistentModelIndex


class PersonColumn(IntEnum):
    """Columns of the person list."""

    NAME = 0
    NIK = 1
    SEX = 2
    MEMBERSHIPS = 3
    BIRTH = 4
    ADDRESS = 5


@dataclass(frozen=True)
class PersonRow:
    """One person with their ties to cooperatives."""

    person: Person
    memberships: tuple[MembershipSummary, ...]


@dataclass(frozen=True)
class _Answer:
    generation: int
    first: bool
    page: PersonPage
    rows: tuple[PersonRow, ...]


def short_cooperative_name(name: str) -> str:
    """ "Koperasi Kelurahan Merah Putih Melawai" → "KKMP Melawai" for narrow columns."""
    for prefix, short in ((KELURAHAN_PREFIX, "KKMP"), (DESA_PREFIX, "KDMP")):
        if name.startswith(prefix + " "):
            return f"{short} {name[len(prefix) + 1 :]}"
    return name


def membership_text(summary: MembershipSummary, short: bool = True) -> str:
    """ "KKMP Melawai · founder · Chair" (translated)."""
    parts = [
        short_cooperative_name(summary.cooperative_name) if short else summary.cooperative_name
    ]
    if summary.is_founder:
        parts.append(translate("PersonsTableModel", "founder"))
    elif summary.is_member:
        parts.append(translate("PersonsTableModel", "member"))
    parts.extend(role_name(role) for _body, role in summary.roles)
    return " · ".join(parts)


class PersonsTableModel(QAbstractTableModel):
    """Read-only persons list filled page by page from ``services.persons.search_page``."""

    results_ready = Signal()
    """The first page of the current search is in (the model was reset)."""
    page_loaded = Signal(int)
    """A page was added (its number of new rows)."""
    busy_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        parent: Any = None,
        area_code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._area_code = area_code
        self._rows: list[PersonRow] = []
        self._ids: set[str] = set()
        self._text = ""
        self._generation = 0  # bumped by every search; answers of older ones are dropped
        self._shown_generation = -1  # whose first page the rows belong to
        self._next_offset = 0
        self._exhausted = True
        self._in_flight = False
        self._full_nik = is_allowed(services.ctx.role, Action.SEE_FULL_NIK)  # viewers: masked

    # --- queries ------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        """The text of the current search."""
        return self._text

    def is_busy(self) -> bool:
        """True while a query runs."""
        return self._in_flight

    def is_complete(self) -> bool:
        """True when every matching person is loaded."""
        return self._exhausted and self._shown_generation == self._generation

    def set_search(self, text: str) -> None:
        """Show persons matching ``text`` (NIK or name-word prefixes; empty: all by name)."""
        self._text = text.strip()
        self._generation += 1
        if not self._in_flight:
            self._start(first=True)

    def reload(self) -> None:
        """Run the current search again (after a person was saved)."""
        self.set_search(self._text)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """More rows exist and no query is running."""
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._in_flight
            and self._shown_generation == self._generation
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Load the next page in the background."""
        if self.canFetchMore(parent):
            self._start(first=False)

    def _start(self, first: bool) -> None:
        generation, text = self._generation, self._text
        offset = 0 if first else self._next_offset
        limit = FIRST_PAGE if first else PAGE_SIZE
        self._in_flight = True
        self.busy_changed.emit(True)
        self._runner.start(
            lambda control: self._load(control, generation, first, text, offset, limit),
            on_finished=self._on_loaded,
            on_failed=self._on_failed,
        )

    def _load(
        self,
        _control: TaskControl,
        generation: int,
        first: bool,
        text: str,
        offset: int,
        limit: int,
    ) -> _Answer:
        """Worker thread: one page of persons and their memberships."""
        page = self._services.persons.search_page(text, limit, offset, self._area_code)
        summary = self._services.members.memberships_summary([p.id for p in page.persons])
        rows = tuple(PersonRow(p, tuple(summary.get(p.id, ()))) for p in page.persons)
        return _Answer(generation, first, page, rows)

    def _on_loaded(self, answer: _Answer) -> None:
        self._in_flight = False
        if answer.generation != self._generation:  # overtaken by newer typing
            self._start(first=True)
            return
        if answer.first:
            self.beginResetModel()
            self._rows = list(answer.rows)
            self._ids = {r.person.id for r in answer.rows}
            self._shown_generation = answer.generation
            self._apply_page(answer.page)
            self.endResetModel()
            self.busy_changed.emit(False)
            self.results_ready.emit()
            return
        fresh = [r for r in answer.rows if r.person.id not in self._ids]
        self._apply_page(answer.page)
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(r.person.id for r in fresh)
            self.endInsertRows()
        self.busy_changed.emit(False)
        self.page_loaded.emit(len(fresh))

    def _apply_page(self, page: PersonPage) -> None:
        self._next_offset = page.next_offset
        self._exhausted = page.exhausted

    def _on_failed(self, exc: BaseException) -> None:
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        self._in_flight = False
        self._exhausted = True
        self.busy_changed.emit(False)
        report_exception(exc, None)

    # --- Qt model -----------------------------------------------------------------------
    def row_at(self, row: int) -> PersonRow:
        """The person shown in ``row``."""
        return self._rows[row]

    def row_of(self, person_id: str) -> int:
        """The row showing ``person_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.person.id == person_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PersonColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PersonRole:
            return row.person
        if role == IdRole:
            return row.person.id
        if role == MembershipsRole:
            return row.memberships
        column = PersonColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is PersonColumn.MEMBERSHIPS:
            return "\n".join(membership_text(m, short=False) for m in row.memberships) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PersonColumn.SEX:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: PersonRow, column: PersonColumn) -> str:
        p = row.person
        if column is PersonColumn.NAME:
            return p.name
        if column is PersonColumn.NIK:
            return (p.nik if self._full_nik else mask_nik(p.nik)) or "—"
        if column is PersonColumn.SEX:
            return p.sex.value if p.sex else ""
        if column is PersonColumn.BIRTH:
            born = p.birth_date.strftime("%d-%m-%Y") if p.birth_date else ""
            return ", ".join(x for x in (p.birth_place, born) if x)
        if column is PersonColumn.ADDRESS:
            rt_rw = f"RT {p.rt}/RW {p.rw}" if p.rt or p.rw else ""
            return " ".join(x for x in (p.address, rt_rw) if x)
        return "; ".join(membership_text(m) for m in row.memberships)  # MEMBERSHIPS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            PersonColumn.NAME: translate("PersonsTableModel", "Name"),
            PersonColumn.NIK: translate("PersonsTableModel", "NIK"),
            PersonColumn.SEX: translate("PersonsTableModel", "L/P"),
            PersonColumn.BIRTH: translate("PersonsTableModel", "Place, date of birth"),
            PersonColumn.ADDRESS: translate("PersonsTableModel", "Address"),
            PersonColumn.MEMBERSHIPS: translate("PersonsTableModel", "Memberships and roles"),
        }
        return titles.get(PersonColumn(section)) if 0 <= section < len(PersonColumn) else None
