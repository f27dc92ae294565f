"""Founders and members of a cooperative.

A NIK may appear only once among a cooperative's current members (DOMAIN.md): the check
looks at NIKs, not only person ids, because the same citizen can exist as two person records
after imports from several offices.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.entities import Membership, Person
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.domain.errors import ConflictError, DomainError
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import (
    get_live,
    require_live,
    soft_delete,
    to_entity,
    upsert_synced,
)
from kopdes_desktop.services.person_service import PersonService, store_person
from kopdes_desktop.storage import orm

MEMBER_NUMBER_WIDTH = 4


@dataclass(frozen=True)
class MembershipSummary:
    """A person's tie to one cooperative as lists show it: member, founder, current roles.

    ``is_member`` is False for a board seat without membership (the lurah as ketua pengawas).
    """

    cooperative_id: str
    cooperative_name: str
    is_member: bool = False
    is_founder: bool = False
    roles: tuple[tuple[Body, BoardRole], ...] = ()


class MemberService:
    """Add, list, end and remove memberships."""

    def __init__(self, ctx: ServiceContext, persons: PersonService) -> None:
        self._ctx = ctx
        self._persons = persons

    def add(self, membership: Membership) -> Membership:
        """Add an existing person as a member (founder flag optional)."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            row = self._write(session, membership)
            return to_entity(row, Membership)

    def register(
        self,
        cooperative_id: str,
        person: Person,
        *,
        is_founder: bool = False,
        joined_date: date | None = None,
        member_number: str = "",
    ) -> MemberFacts:
        """Save a person and their membership together: both or neither."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            person_row = store_person(session, self._ctx, person)
            membership = Membership(
                cooperative_id=cooperative_id,
                person_id=person_row.id,
                is_founder=is_founder,
                member_number=member_number,
                joined_date=joined_date,
            )
            row = self._write(session, membership)
            return MemberFacts(
                person=to_entity(person_row, Person), membership=to_entity(row, Membership)
            )

    def update(self, membership: Membership) -> Membership:
        """Change founder flag, number or dates of a membership."""
        self._ctx.require(Action.EDIT_DATA)
        return self.add(membership)

    def leave(self, membership_id: str, left_date: date) -> Membership:
        """End a membership on a date (the record stays for history)."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            row = get_live(session, orm.Membership, membership_id)
            if row.joined_date and left_date < row.joined_date:
                raise DomainError("membership.dates_order", "left_date")
            row.left_date = left_date
            row.updated_at = self._ctx.now()
            row.updated_by = self._ctx.username
            return to_entity(row, Membership)

    def delete(self, membership_id: str) -> None:
        """Soft-delete a membership typed by mistake."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.Membership, membership_id, self._ctx)

    def members(self, cooperative_id: str, include_left: bool = False) -> list[MemberFacts]:
        """Members with their person records, ordered by member number then name."""
        with self._ctx.session_factory() as session:
            stmt = (
                select(orm.Membership, orm.Person)
                .join(orm.Person, orm.Person.id == orm.Membership.person_id)
                .where(
                    orm.Membership.cooperative_id == cooperative_id,
                    orm.Membership.deleted_at.is_(None),
                )
            )
            if not include_left:
                stmt = stmt.where(orm.Membership.left_date.is_(None))
            stmt = stmt.order_by(orm.Membership.member_number, orm.Person.name)
            return [
                MemberFacts(person=to_entity(p, Person), membership=to_entity(m, Membership))
                for m, p in session.execute(stmt)
            ]

    def founders(self, cooperative_id: str) -> list[MemberFacts]:
        """Current members flagged as founders."""
        return [m for m in self.members(cooperative_id) if m.membership.is_founder]

    def memberships_of(self, person_id: str) -> list[Membership]:
        """Every live membership of a person, in any cooperative."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.Membership).where(
                    orm.Membership.person_id == person_id, orm.Membership.deleted_at.is_(None)
                )
            )
            return [to_entity(r, Membership) for r in rows]

    def memberships_summary(self, person_ids: list[str]) -> dict[str, list[MembershipSummary]]:
        """Per person: each cooperative they are a current member of or sit in the board of,
        with the founder flag and current roles (for a list of persons, in three queries)."""
        today = self._ctx.today()
        found: dict[tuple[str, str], MembershipSummary] = {}
        with self._ctx.session_factory() as session:
            for start in range(0, len(person_ids), 500):
                chunk = person_ids[start : start + 500]
                members = session.execute(
                    select(
                        orm.Membership.person_id,
                        orm.Membership.is_founder,
                        orm.Cooperative.id,
                        orm.Cooperative.name,
                    )
                    .join(orm.Cooperative, orm.Cooperative.id == orm.Membership.cooperative_id)
                    .where(
                        orm.Membership.person_id.in_(chunk),
                        orm.Membership.deleted_at.is_(None),
                        orm.Membership.left_date.is_(None),
                        orm.Cooperative.deleted_at.is_(None),
                    )
                )
                for person_id, founder, coop_id, coop_name in members:
                    found[(person_id, coop_id)] = MembershipSummary(
                        coop_id, coop_name, is_member=True, is_founder=founder
                    )
                self._add_roles(session, chunk, today, found)
        result: dict[str, list[MembershipSummary]] = {pid: [] for pid in person_ids}
        for (person_id, _coop), summary in found.items():
            result[person_id].append(summary)
        return result

    # -- internals ---------------------------------------------------------------------------

    @staticmethod
    def _add_roles(
        session: Session,
        person_ids: list[str],
        today: date,
        found: dict[tuple[str, str], MembershipSummary],
    ) -> None:
        """Add the current board roles of ``person_ids`` to their summaries."""
        pos = orm.BoardPosition
        rows = session.execute(
            select(pos.person_id, pos.body, pos.role, orm.Cooperative.id, orm.Cooperative.name)
            .join(orm.Cooperative, orm.Cooperative.id == pos.cooperative_id)
            .where(
                pos.person_id.in_(person_ids),
                pos.deleted_at.is_(None),
                (pos.start_date.is_(None)) | (pos.start_date <= today),
                (pos.end_date.is_(None)) | (pos.end_date >= today),
                orm.Cooperative.deleted_at.is_(None),
            )
            .order_by(pos.body, pos.role)
        )
        for person_id, body, role, coop_id, coop_name in rows:
            key = (person_id, coop_id)
            summary = found.get(key) or MembershipSummary(coop_id, coop_name)
            found[key] = replace(summary, roles=(*summary.roles, (body, role)))

    def _write(self, session: Session, membership: Membership) -> Any:
        require_live(
            session,
            orm.Cooperative,
            membership.cooperative_id,
            "cooperative.not_found",
            "cooperative_id",
        )
        person = require_live(
            session, orm.Person, membership.person_id, "person.not_found", "person_id"
        )
        if membership.left_date is None:
            self._check_unique(session, membership, person)
        if not membership.member_number:
            membership = replace(
                membership, member_number=self._next_number(session, membership.cooperative_id)
            )
        row, _ = upsert_synced(session, orm.Membership, membership, self._ctx)
        session.flush()
        return row

    @staticmethod
    def _check_unique(session: Session, membership: Membership, person: orm.Person) -> None:
        stmt = (
            select(orm.Membership.id, orm.Person.id, orm.Person.nik)
            .join(orm.Person, orm.Person.id == orm.Membership.person_id)
            .where(
                orm.Membership.cooperative_id == membership.cooperative_id,
                orm.Membership.deleted_at.is_(None),
                orm.Membership.left_date.is_(None),
                orm.Membership.id != membership.id,
            )
        )
        if person.nik:
            stmt = stmt.where((orm.Person.id == person.id) | (orm.Person.nik == person.nik))
        else:
            stmt = stmt.where(orm.Person.id == person.id)
        clash = session.execute(stmt.limit(1)).first()
        if clash is None:
            return
        if clash[1] == person.id:
            raise ConflictError("members.duplicate_person", "person_id", name=person.name)
        raise ConflictError("members.duplicate_nik", "nik", nik=mask_nik(person.nik))

    @staticmethod
    def _next_number(session: Session, cooperative_id: str) -> str:
        numbers = session.scalars(
            select(orm.Membership.member_number).where(
                orm.Membership.cooperative_id == cooperative_id
            )
        )
        highest = max((int(n) for n in numbers if n and n.isdigit()), default=0)
        return str(highest + 1).zfill(MEMBER_NUMBER_WIDTH)
