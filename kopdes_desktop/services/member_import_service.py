"""Importing members of one cooperative from a spreadsheet: preview, annotate, apply.

The preview reads the file and checks every row against the rules (NIK, required fields,
dates, village code, duplicates in the file and among current members) without saving
anything. The operator then sees every problem at once, in the program and in an annotated
copy of their own file. ``apply`` saves all rows in one transaction (persons and
memberships) or none: half a list of members would be harder to repair than no list. A
person already known by NIK is reused, never duplicated, and never overwritten by the sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.cooperative_rules import check_person
from kopdes_desktop.domain.entities import Membership, Person, Synced
from kopdes_desktop.domain.errors import DomainError, Issue, ValidationError, error, warning
from kopdes_desktop.domain.nik import normalize_nik
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.exchange.members_annotation import (
    RowNote,
    default_annotated_path,
    write_annotated_copy,
)
from kopdes_desktop.exchange.members_sheet import member_inputs, read_members_file
from kopdes_desktop.exchange.members_template import write_members_template
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperative_service import CooperativeService
from kopdes_desktop.services.mapping import copy_fields, require_live, to_entity
from kopdes_desktop.services.member_import_rows import (
    ImportRow,
    MemberImportPreview,
    MemberImportResult,
    member_number_issues,
    names_differ,
    other_rows,
    required_issues,
    row_person,
    rows_by_value,
    unique_issues,
)
from kopdes_desktop.services.member_service import MEMBER_NUMBER_WIDTH
from kopdes_desktop.services.person_service import normalized_person
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.person_tokens import name_tokens

Progress = Callable[[int, int], None]
Describe = Callable[[Issue], str]
CHUNK = 500


class MemberImportService:
    """Template, preview, annotated copy and all-or-nothing import of members."""

    def __init__(
        self,
        ctx: ServiceContext,
        cooperatives: CooperativeService,
        wilayah: WilayahService,
    ) -> None:
        self._ctx = ctx
        self._cooperatives = cooperatives
        self._wilayah = wilayah

    # -- template ------------------------------------------------------------------------

    def write_template(self, target: Path, area_code: str | None) -> Path:
        """The members template with the kelurahan codes of the working area."""
        villages: list[tuple[str, str, str]] = []
        if area_code:
            districts: dict[str, str] = {}
            for village in self._wilayah.villages_in(area_code)[:10_000]:
                parent = village.parent_code or ""
                if parent not in districts:
                    districts[parent] = self._wilayah.get(parent).name if parent else ""
                villages.append((village.code, village.name, districts[parent]))
        write_members_template(Path(target), villages)
        return Path(target)

    # -- preview -------------------------------------------------------------------------

    def preview(self, path: Path, cooperative_id: str) -> MemberImportPreview:
        """Read and check a file; raises DomainError only when the file itself is unusable."""
        coop = self._cooperatives.get(cooperative_id)
        sheet = read_members_file(Path(path))
        inputs = member_inputs(sheet)
        if not inputs:
            raise DomainError("members_sheet.empty", "path", path=Path(path).name)
        niks = [normalize_nik(i.nik) for i in inputs if normalize_nik(i.nik)]
        existing, members, numbers = self._lookups(coop.id, niks)
        villages = self._village_checks({i.village_code for i in inputs if i.village_code})
        seen = rows_by_value([(i.row, normalize_nik(i.nik)) for i in inputs])
        seen_numbers = rows_by_value([(i.row, i.member_number) for i in inputs])
        rows = []
        for item in inputs:
            nik = normalize_nik(item.nik)
            issues = list(item.issues)
            issues += required_issues(item)
            village_code, village_issues = villages.get(item.village_code, (coop.village_code, []))
            issues += village_issues
            if village_code != coop.village_code and not village_issues:
                issues.append(
                    warning("members_sheet.outside_village", "village_code", village=village_code)
                )
            person = row_person(item, village_code)
            reported = {i.field for i in issues if i.is_error}  # one message per bad cell
            issues += [
                i for i in check_person(person, self._ctx.today()) if i.field not in reported
            ]
            if nik and len(seen[nik]) > 1:
                issues.append(
                    error(
                        "members_sheet.duplicate_in_file",
                        "nik",
                        rows=other_rows(seen[nik], item.row),
                    )
                )
            if nik in members:
                issues.append(error("members.already_member", "nik", name=members[nik]))
            issues += member_number_issues(item, seen_numbers, numbers)
            known = existing.get(nik)
            if known is not None and names_differ(known.name, person.name):
                issues.append(warning("members_sheet.person_name_differs", "name", name=known.name))
            rows.append(
                ImportRow(
                    item.row,
                    known or person,
                    known is not None,
                    item.is_founder,
                    item.joined_date,
                    item.member_number,
                    unique_issues(issues),
                )
            )
        return MemberImportPreview(coop, sheet, tuple(rows))

    def _lookups(
        self, cooperative_id: str, niks: Sequence[str]
    ) -> tuple[dict[str, Person], dict[str, str], set[str]]:
        """Persons by NIK, current members' NIKs (→ name) and the member numbers in use."""
        with self._ctx.session_factory() as session:
            existing = _persons_by_nik(session, niks)
            stmt = (
                select(orm.Person.nik, orm.Person.name, orm.Membership.member_number)
                .join(orm.Person, orm.Person.id == orm.Membership.person_id)
                .where(
                    orm.Membership.cooperative_id == cooperative_id,
                    orm.Membership.deleted_at.is_(None),
                )
            )
            members: dict[str, str] = {}
            numbers: set[str] = set()
            for nik, name, number in session.execute(
                stmt.where(orm.Membership.left_date.is_(None))
            ):
                if nik:
                    members[nik] = name
                if number:
                    numbers.add(number)
        return existing, members, numbers

    def _village_checks(self, codes: set[str]) -> dict[str, tuple[str, list[Issue]]]:
        """Typed village code → (canonical code, issues); a few distinct codes per file."""
        checked: dict[str, tuple[str, list[Issue]]] = {}
        for typed in codes:
            try:
                code = self._wilayah.normalize(typed)
            except DomainError:
                checked[typed] = (
                    typed,
                    [error("wilayah.code_invalid", "village_code", value=typed)],
                )
                continue
            if code.count(".") != 3 or not self._wilayah.exists(code):
                checked[typed] = (
                    code,
                    [error("members_sheet.village_unknown", "village_code", value=typed)],
                )
            else:
                checked[typed] = (code, [])
        return checked

    # -- annotated copy ------------------------------------------------------------------

    @staticmethod
    def default_annotated_path(source: Path) -> Path:
        """Where the annotated copy goes unless the operator chooses: next to the input."""
        return default_annotated_path(Path(source))

    def write_annotated(
        self, preview: MemberImportPreview, describe: Describe, target: Path | None = None
    ) -> Path:
        """Write the user's file with a "Catatan kesalahan" column and red cells."""
        notes: dict[int, RowNote] = {}
        for row in preview.rows:
            if not row.issues:
                continue
            notes[row.row] = RowNote(
                messages=tuple(describe(i) for i in row.issues),
                error_keys=tuple(i.field for i in row.issues if i.is_error and i.field),
                warning_keys=tuple(i.field for i in row.issues if not i.is_error and i.field),
            )
        path = target or self.default_annotated_path(preview.sheet.source)
        return write_annotated_copy(preview.sheet, notes, path)

    # -- apply ---------------------------------------------------------------------------

    def apply(
        self, preview: MemberImportPreview, progress: Progress | None = None
    ) -> MemberImportResult:
        """Save every row in one transaction, or nothing (errors raise ValidationError).

        The rules of ``MemberService.add`` are applied to the whole list at once (one query
        for the current members instead of one per row), because someone may have added a
        member in another window since the preview.
        """
        self._ctx.require(Action.IMPORT)
        if not preview.can_apply:
            raise DomainError("members_import.has_errors", "path", count=len(preview.error_rows))
        coop_id = preview.cooperative.id
        total = len(preview.rows)
        new = 0
        with self._ctx.session_factory.begin() as session:
            require_live(
                session, orm.Cooperative, coop_id, "cooperative.not_found", "cooperative_id"
            )
            known = _persons_by_nik(session, [normalize_nik(r.person.nik) for r in preview.rows])
            _recheck_members(session, preview, known)
            next_number = _highest_number(session, coop_id) + 1
            tokens: list[dict[str, str]] = []
            with session.no_autoflush:
                person_ids = []
                for row in preview.rows:
                    person_id, created = self._person_id(session, row, known, tokens)
                    person_ids.append(person_id)
                    new += created
            session.flush()  # persons before the memberships that point at them
            if tokens:
                session.execute(insert(orm.PersonNameToken), tokens)
            with session.no_autoflush:
                for done, (row, person_id) in enumerate(
                    zip(preview.rows, person_ids, strict=True), 1
                ):
                    number = row.member_number
                    if not number:
                        number = str(next_number).zfill(MEMBER_NUMBER_WIDTH)
                        next_number += 1
                    membership = Membership(
                        cooperative_id=coop_id,
                        person_id=person_id,
                        is_founder=row.is_founder,
                        joined_date=row.joined_date,
                        member_number=number,
                    )
                    self._add_new(session, orm.Membership, membership)
                    if progress is not None:
                        progress(done, total)
            session.flush()
        return MemberImportResult(added=total, new_persons=new, reused_persons=total - new)

    def _person_id(
        self,
        session: Session,
        row: ImportRow,
        known: dict[str, Person],
        tokens: list[dict[str, str]],
    ) -> tuple[str, bool]:
        """The existing person with this NIK (looked up again now), or a new one.

        New persons are written in bulk: checked with the person rules, added without the
        per-row lookup and flush of ``store_person``, their name tokens collected for one
        insert (thousands of rows in seconds instead of minutes).
        """
        nik = normalize_nik(row.person.nik)
        if nik and nik in known:
            return known[nik].id, False
        person = normalized_person(row.person)
        issues = check_person(person, self._ctx.today())
        if any(i.is_error for i in issues):
            raise _row_error(row.row, ValidationError(issues))
        self._add_new(session, orm.Person, person)
        tokens.extend(
            {"token": t, "person_id": person.id} for t in sorted(name_tokens(person.name))
        )
        return person.id, True

    def _add_new(self, session: Session, orm_cls: type, entity: Synced) -> None:
        """A row for a record created by this import (fresh id: no lookup needed)."""
        now = self._ctx.now()
        row = orm_cls(id=entity.id, created_at=now, updated_at=now, updated_by=self._ctx.username)
        copy_fields(row, entity)
        session.add(row)


# -- helpers -------------------------------------------------------------------------------


def _persons_by_nik(session: Session, niks: Sequence[str]) -> dict[str, Person]:
    """Live persons by NIK; when a NIK has several records, the most recently changed."""
    wanted = sorted({n for n in niks if n})
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), CHUNK):
        rows = session.scalars(
            select(orm.Person)
            .where(
                orm.Person.nik.in_(wanted[start : start + CHUNK]), orm.Person.deleted_at.is_(None)
            )
            .order_by(orm.Person.updated_at)
        )
        for row in rows:
            if row.nik:
                found[row.nik] = to_entity(row, Person)
    return found


def _recheck_members(
    session: Session, preview: MemberImportPreview, known: dict[str, Person]
) -> None:
    """Rows that became current members (or whose number got taken) since the preview."""
    stmt = (
        select(
            orm.Membership.person_id, orm.Person.nik, orm.Person.name, orm.Membership.member_number
        )
        .join(orm.Person, orm.Person.id == orm.Membership.person_id)
        .where(
            orm.Membership.cooperative_id == preview.cooperative.id,
            orm.Membership.deleted_at.is_(None),
            orm.Membership.left_date.is_(None),
        )
    )
    person_ids: dict[str, str] = {}
    niks: dict[str, str] = {}
    numbers: set[str] = set()
    for person_id, nik, name, number in session.execute(stmt):
        person_ids[person_id] = name
        if nik:
            niks[nik] = name
        if number:
            numbers.add(number)
    issues: list[Issue] = []
    for row in preview.rows:
        nik = normalize_nik(row.person.nik)
        person = known.get(nik)
        clash = niks.get(nik) or (person_ids.get(person.id) if person else None)
        if clash is not None:
            issues.append(error("members.already_member", "nik", name=clash, row=row.row))
        if row.member_number and row.member_number in numbers:
            issues.append(
                error(
                    "members_sheet.member_number_taken",
                    "member_number",
                    number=row.member_number,
                    row=row.row,
                )
            )
    if issues:
        raise ValidationError(issues)


def _highest_number(session: Session, cooperative_id: str) -> int:
    numbers = session.scalars(
        select(orm.Membership.member_number).where(orm.Membership.cooperative_id == cooperative_id)
    )
    return max((int(n) for n in numbers if n and n.isdigit()), default=0)


def _row_error(row: int, exc: DomainError) -> ValidationError:
    """A failure while saving, tagged with the sheet row it came from."""
    issues = (
        exc.issues
        if isinstance(exc, ValidationError)
        else (Issue(exc.code, exc.field, params=exc.params),)
    )
    return ValidationError([replace(i, params={**i.params, "row": row}) for i in issues])
