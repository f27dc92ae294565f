"""The rows of a members import as checked, and the pure checks that need no database.

Kept apart from ``member_import_service`` so the service module stays about reading,
looking up and saving, and these rules can be read (and tested) on their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.domain.entities import Cooperative, Person
from kopdes_desktop.domain.errors import Issue, error
from kopdes_desktop.domain.nik import normalize_nik
from kopdes_desktop.exchange.members_columns import BY_KEY, REQUIRED_KEYS
from kopdes_desktop.exchange.members_sheet import MemberRowInput, MembersSheet


@dataclass(frozen=True)
class ImportRow:
    """One row as it would be saved: the person (new, or the existing one reused)."""

    row: int
    person: Person
    reused: bool
    is_founder: bool
    joined_date: date | None
    member_number: str
    issues: tuple[Issue, ...]

    @property
    def has_errors(self) -> bool:
        """True when the row blocks the import."""
        return any(i.is_error for i in self.issues)


@dataclass(frozen=True)
class MemberImportPreview:
    """What an import would do; nothing has been saved."""

    cooperative: Cooperative
    sheet: MembersSheet
    rows: tuple[ImportRow, ...]

    @property
    def error_rows(self) -> list[ImportRow]:
        """Rows with at least one error."""
        return [r for r in self.rows if r.has_errors]

    @property
    def error_count(self) -> int:
        """Number of errors over all rows."""
        return sum(1 for r in self.rows for i in r.issues if i.is_error)

    @property
    def warning_count(self) -> int:
        """Number of warnings over all rows."""
        return sum(1 for r in self.rows for i in r.issues if not i.is_error)

    @property
    def new_person_count(self) -> int:
        """Rows that create a person record."""
        return sum(1 for r in self.rows if not r.reused)

    @property
    def reused_person_count(self) -> int:
        """Rows that make an existing person (found by NIK) a member."""
        return sum(1 for r in self.rows if r.reused)

    @property
    def can_apply(self) -> bool:
        """True when every row is free of errors and there is at least one."""
        return bool(self.rows) and not self.error_rows


@dataclass(frozen=True)
class MemberImportResult:
    """What ``apply`` saved."""

    added: int
    new_persons: int
    reused_persons: int


def row_person(item: MemberRowInput, village_code: str) -> Person:
    """The person a row describes (a new record; the service swaps in a known one by NIK)."""
    return Person(
        nik=normalize_nik(item.nik) or None,
        name=item.name,
        sex=item.sex,
        birth_place=item.birth_place,
        birth_date=item.birth_date,
        address=item.address,
        rt=item.rt,
        rw=item.rw,
        village_code=village_code,
        occupation=item.occupation,
        phone=item.phone,
    )


def required_issues(item: MemberRowInput) -> list[Issue]:
    """Required cells left empty (a NIK refused as a number is reported once, not twice)."""
    typed_issue = {i.field for i in item.issues}
    return [
        error("members_sheet.required", key, column=BY_KEY[key].header.rstrip("*"))
        for key in REQUIRED_KEYS
        if key not in item.present and key not in typed_issue
    ]


def rows_by_value(pairs: Sequence[tuple[int, str]]) -> dict[str, list[int]]:
    """Value → the rows holding it, to find repeats inside one file."""
    grouped: dict[str, list[int]] = defaultdict(list)
    for row, value in pairs:
        if value:
            grouped[value].append(row)
    return grouped


def other_rows(rows: Sequence[int], this: int) -> str:
    """ "4, 9": the other rows to look at, as the message shows them."""
    return ", ".join(str(r) for r in rows if r != this)


def member_number_issues(
    item: MemberRowInput, in_file: dict[str, list[int]], taken: set[str]
) -> list[Issue]:
    """A typed member number must be free in the cooperative and once in the file."""
    number = item.member_number
    if not number:
        return []
    if number in taken:
        return [error("members_sheet.member_number_taken", "member_number", number=number)]
    if len(in_file[number]) > 1:
        return [
            error(
                "members_sheet.member_number_repeated",
                "member_number",
                number=number,
                rows=other_rows(in_file[number], item.row),
            )
        ]
    return []


def names_differ(a: str, b: str) -> bool:
    """Names compared as people read them (case and spacing ignored)."""
    return " ".join(a.split()).casefold() != " ".join(b.split()).casefold()


def unique_issues(issues: Sequence[Issue]) -> tuple[Issue, ...]:
    """Drop repeats (the same code on the same field), keeping the first."""
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for issue in issues:
        key = (issue.code, issue.field)
        if key not in seen:
            seen.add(key)
            kept.append(issue)
    return tuple(kept)
