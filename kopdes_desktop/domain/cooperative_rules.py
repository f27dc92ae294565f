"""Rules on a cooperative as a whole (founders, board, members, capital, name) and on persons.

Rules see a ``CooperativeSnapshot``: the cooperative with its members, board, units and
meetings, already loaded by the services. Soft-deleted records are ignored; the board is
taken as it stands on ``today`` and members as those who have not left. Errors follow the law
and the Juklak (9 founders, an odd board of at least 5 with its five roles, the lurah as
ex-officio ketua pengawas, nobody in both bodies); what could not be confirmed, or is advice
rather than law, is a warning (DOMAIN.md: warn, never block).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    Cooperative,
    Meeting,
    Membership,
    Person,
)
from kopdes_desktop.domain.enums import REQUIRED_PENGURUS_ROLES, BoardRole, Body, Sex
from kopdes_desktop.domain.errors import Issue, error, warning
from kopdes_desktop.domain.identifiers import check_email, check_phone
from kopdes_desktop.domain.names import check_cooperative_name
from kopdes_desktop.domain.nik import check_nik_against, mask_nik, normalize_nik, parse_nik

MIN_FOUNDERS = 9
"""UU 25/1992 as amended by UU 6/2023: a primary cooperative needs at least 9 founders."""

MIN_PENGURUS = 5
"""Juklak: an odd number of pengurus, at least five (the five required roles)."""

SINGLE_HOLDER_ROLES: frozenset[BoardRole] = frozenset(
    (*REQUIRED_PENGURUS_ROLES, BoardRole.KETUA_PENGAWAS, BoardRole.MANAJER)
)
"""Roles that only one person may hold at a time within one body."""


@dataclass(frozen=True)
class MemberFacts:
    """A membership together with the person, so rules need no lookups."""

    person: Person
    membership: Membership


@dataclass(frozen=True)
class CooperativeSnapshot:
    """Everything the cooperative rules and the stage derivation look at.

    ``people`` holds persons referenced by board positions who are not members (typically
    the lurah as ketua pengawas); without them the name and sex of those positions are unknown.
    """

    cooperative: Cooperative
    village_name: str
    is_kelurahan: bool
    members: tuple[MemberFacts, ...]
    board: tuple[BoardPosition, ...]
    units: tuple[BusinessUnit, ...]
    meetings: tuple[Meeting, ...]
    lurah_name: str = ""
    today: date | None = None
    people: tuple[Person, ...] = ()


@dataclass(frozen=True)
class _Context:
    """The snapshot reduced to what is current, computed once for every rule."""

    snap: CooperativeSnapshot
    today: date
    members: tuple[MemberFacts, ...]
    board: tuple[BoardPosition, ...]
    persons: dict[str, Person] = field(default_factory=dict)

    def holders(self, body: Body) -> list[str]:
        """Distinct person ids currently sitting in a body, in order of appearance."""
        return list(dict.fromkeys(p.person_id for p in self.board if p.body is body))

    def name_of(self, person_id: str) -> str:
        """The person's name, or empty when the person record was not supplied."""
        person = self.persons.get(person_id)
        return person.name if person else ""


def _is_current(position: BoardPosition, today: date) -> bool:
    """A position counts when it has started and has not ended before today."""
    started = position.start_date is None or position.start_date <= today
    ended = position.end_date is not None and position.end_date < today
    return position.deleted_at is None and started and not ended


def _context(snap: CooperativeSnapshot) -> _Context:
    """Filter the snapshot down to live records."""
    today = snap.today or date.today()
    members = tuple(
        m
        for m in snap.members
        if m.membership.deleted_at is None
        and m.person.deleted_at is None
        and m.membership.left_date is None
    )
    board = tuple(p for p in snap.board if _is_current(p, today))
    persons = {p.id: p for p in snap.people if p.deleted_at is None}
    persons.update({m.person.id: m.person for m in members})
    return _Context(snap, today, members, board, persons)


def _founders(ctx: _Context) -> Iterable[Issue]:
    """At least nine founders; founders are expected to live in the village."""
    founders = [m for m in ctx.members if m.membership.is_founder]
    if len(founders) < MIN_FOUNDERS:
        yield error("founders.too_few", "founders", count=len(founders), minimum=MIN_FOUNDERS)
    village = ctx.snap.cooperative.village_code
    for m in founders:
        if m.person.village_code != village:
            yield warning(
                "founders.outside_village", "founders", name=m.person.name, person_id=m.person.id
            )


def _pengurus_size(ctx: _Context) -> Iterable[Issue]:
    """An odd number of pengurus, at least five."""
    count = len(ctx.holders(Body.PENGURUS))
    if count < MIN_PENGURUS:
        yield error("board.pengurus_too_few", "board", count=count, minimum=MIN_PENGURUS)
    if count and count % 2 == 0:
        yield error("board.pengurus_even", "board", count=count)


def _roles(ctx: _Context) -> Iterable[Issue]:
    """Every required pengurus role filled, and single-holder roles held once."""
    pengurus_roles = {p.role for p in ctx.board if p.body is Body.PENGURUS}
    for role in REQUIRED_PENGURUS_ROLES:
        if role not in pengurus_roles:
            yield error("board.role_missing", "board", role=role.value)
    holders: dict[tuple[Body, BoardRole], set[str]] = defaultdict(set)
    for p in ctx.board:
        holders[(p.body, p.role)].add(p.person_id)
    for (body, role), people in holders.items():
        if role in SINGLE_HOLDER_ROLES and len(people) > 1:
            yield error(
                "board.role_duplicate", "board", body=body.value, role=role.value, count=len(people)
            )


def _ketua_pengawas(ctx: _Context) -> Iterable[Issue]:
    """The lurah chairs the pengawas ex officio."""
    chairs = [
        p
        for p in ctx.board
        if p.body is Body.PENGAWAS and p.role is BoardRole.KETUA_PENGAWAS and p.ex_officio
    ]
    if not chairs:
        yield error("board.ketua_pengawas_not_lurah", "board")
        return
    lurah = " ".join(ctx.snap.lurah_name.split())
    name = " ".join(ctx.name_of(chairs[0].person_id).split())
    if lurah and name and name.casefold() != lurah.casefold():
        yield warning("board.ketua_pengawas_name", "board", name=name, lurah_name=lurah)


def _bodies(ctx: _Context) -> Iterable[Issue]:
    """Nobody in both bodies; women represented; pengurus drawn from the members."""
    pengurus = ctx.holders(Body.PENGURUS)
    pengawas = ctx.holders(Body.PENGAWAS)
    for person_id in pengurus:
        if person_id in pengawas:
            yield error(
                "board.both_bodies", "board", name=ctx.name_of(person_id), person_id=person_id
            )
    seated = pengurus + pengawas
    if seated and not any(
        ctx.persons.get(pid) is not None and ctx.persons[pid].sex is Sex.FEMALE for pid in seated
    ):
        yield warning("board.no_woman", "board")
    member_ids = {m.person.id for m in ctx.members}
    for person_id in pengurus:
        if person_id not in member_ids:
            yield warning(
                "board.not_member", "board", name=ctx.name_of(person_id), person_id=person_id
            )


def _members(ctx: _Context) -> Iterable[Issue]:
    """One active membership per NIK."""
    niks = Counter(normalize_nik(m.person.nik) for m in ctx.members if normalize_nik(m.person.nik))
    for nik, count in niks.items():
        if count > 1:
            yield error("members.duplicate_nik", "members", nik=mask_nik(nik), count=count)


def _capital(ctx: _Context) -> Iterable[Issue]:
    """Simpanan pokok and wajib, when set, are positive; pokok is decided at the Muskelsus."""
    coop = ctx.snap.cooperative
    if coop.simpanan_pokok is None:
        yield warning("capital.pokok_missing", "simpanan_pokok")
    elif coop.simpanan_pokok <= 0:
        yield error("capital.pokok_not_positive", "simpanan_pokok", amount=coop.simpanan_pokok)
    if coop.simpanan_wajib is not None and coop.simpanan_wajib <= 0:
        yield error("capital.wajib_not_positive", "simpanan_wajib", amount=coop.simpanan_wajib)


def _name(ctx: _Context) -> Iterable[Issue]:
    """The standard name form (see names.py)."""
    snap = ctx.snap
    return check_cooperative_name(snap.cooperative.name, snap.village_name, snap.is_kelurahan)


COOPERATIVE_CHECKS: tuple[Callable[[_Context], Iterable[Issue]], ...] = (
    _name,
    _founders,
    _pengurus_size,
    _roles,
    _ketua_pengawas,
    _bodies,
    _members,
    _capital,
)
"""The rules, in the order their findings are listed."""


def check_cooperative(snap: CooperativeSnapshot) -> list[Issue]:
    """All findings on a cooperative: errors block saving or printing, warnings inform."""
    ctx = _context(snap)
    return [issue for check in COOPERATIVE_CHECKS for issue in check(ctx)]


def check_person(person: Person, today: date | None = None) -> list[Issue]:
    """Findings on one person record: name, NIK (and its agreement), contacts, birth date."""
    today = today or date.today()
    issues: list[Issue] = []
    if not person.name.strip():
        issues.append(error("person.name_empty", "name"))
    if normalize_nik(person.nik):
        info, nik_issues = parse_nik(person.nik, today)
        issues.extend(nik_issues)
        if info is not None:
            issues.extend(check_nik_against(info, person.birth_date, person.sex))
    issues.extend(check_phone(person.phone))
    issues.extend(check_email(person.email))
    if person.birth_date is not None and person.birth_date > today:
        issues.append(error("person.birth_date_future", "birth_date"))
    return issues
