"""Board positions (pengurus, pengawas, pengelola) with history.

A position is one term of one person in one role. Terms are never overwritten when the board
changes: the old term gets an end date and a new term is assigned, so the berita acara and the
profile can show who sat on the board at any date. ``end_date`` is the last day in office
(inclusive), as in ``domain.cooperative_rules``; a term that ends on the day another begins is a
handover, not an overlap, so "end today, assign from today" works.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.cooperative_rules import SINGLE_HOLDER_ROLES
from kopdes_desktop.domain.entities import BoardPosition
from kopdes_desktop.domain.enums import BoardRole, Body
from kopdes_desktop.domain.errors import Issue, ValidationError, error
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import (
    get_live,
    require_live,
    soft_delete,
    to_entity,
    upsert_synced,
)
from kopdes_desktop.storage import orm

ROLES_BY_BODY: dict[Body, tuple[BoardRole, ...]] = {
    Body.PENGURUS: (
        BoardRole.KETUA,
        BoardRole.WAKIL_KETUA_USAHA,
        BoardRole.WAKIL_KETUA_ANGGOTA,
        BoardRole.SEKRETARIS,
        BoardRole.BENDAHARA,
        BoardRole.ANGGOTA,
    ),
    Body.PENGAWAS: (BoardRole.KETUA_PENGAWAS, BoardRole.ANGGOTA_PENGAWAS),
    Body.PENGELOLA: (BoardRole.MANAJER, BoardRole.STAF),
}
"""Which roles belong to which body; anything else is a data-entry mistake."""

_EXCLUSIVE_BODIES = frozenset({Body.PENGURUS, Body.PENGAWAS})
"""Nobody may sit on both of these at the same time (Juklak)."""

_BODY_ORDER = {body: i for i, body in enumerate(Body)}
_ROLE_ORDER = {role: i for i, role in enumerate(BoardRole)}


def _sort_key(p: BoardPosition) -> tuple[int, int, date, str]:
    """Board lists read in the order of the susunan pengurus: body, then rank, then seniority."""
    return (_BODY_ORDER[p.body], _ROLE_ORDER[p.role], p.start_date or date.min, p.id)


def is_current(position: BoardPosition, on: date) -> bool:
    """True when the term has started by ``on`` and ``on`` is not after its last day."""
    started = position.start_date is None or position.start_date <= on
    ended = position.end_date is not None and position.end_date < on
    return position.deleted_at is None and started and not ended


def overlaps(a: BoardPosition, b: BoardPosition) -> bool:
    """True when two terms share a day other than a handover day (one ends as the other starts).

    A missing start date means "since always" and a missing end date "still in office".
    """
    a_before_b_ends = a.start_date is None or b.end_date is None or a.start_date < b.end_date
    b_before_a_ends = b.start_date is None or a.end_date is None or b.start_date < a.end_date
    if a_before_b_ends and b_before_a_ends:
        return True
    # Two one-day terms on the same day, or equal open-ended starts, still collide.
    return a.start_date is not None and a.start_date == b.start_date


def static_issues(position: BoardPosition) -> list[Issue]:
    """Findings that need no database: role belongs to body, dates in order."""
    issues: list[Issue] = []
    if position.role not in ROLES_BY_BODY[position.body]:
        issues.append(
            error(
                "board.role_body_mismatch",
                "role",
                body=position.body.value,
                role=position.role.value,
            )
        )
    if (
        position.start_date is not None
        and position.end_date is not None
        and position.end_date < position.start_date
    ):
        issues.append(error("board.dates_order", "end_date"))
    return issues


def conflict_issues(position: BoardPosition, others: Iterable[BoardPosition]) -> list[Issue]:
    """Findings against the cooperative's other live terms that overlap this one."""
    issues: list[Issue] = []
    for other in others:
        if other.id == position.id or not overlaps(position, other):
            continue
        if other.person_id == position.person_id:
            if other.body is position.body:
                issues.append(
                    error(
                        "board.already_seated",
                        "person_id",
                        role=other.role.value,
                        position_id=other.id,
                    )
                )
            elif {other.body, position.body} == _EXCLUSIVE_BODIES:
                issues.append(
                    error(
                        "board.both_bodies",
                        "person_id",
                        other_body=other.body.value,
                        position_id=other.id,
                    )
                )
        elif (
            other.body is position.body
            and other.role is position.role
            and position.role in SINGLE_HOLDER_ROLES
        ):
            issues.append(
                error(
                    "board.role_taken",
                    "role",
                    role=position.role.value,
                    person_id=other.person_id,
                    position_id=other.id,
                )
            )
    return issues


class BoardService:
    """Board positions (pengurus, pengawas, pengelola) with history."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def assign(self, position: BoardPosition) -> BoardPosition:
        """Create or correct a term after checking the composition rules that cannot wait.

        Rules about the board as a whole (five roles filled, odd size, a woman) are checked on
        the cooperative, because they are only true once every seat has been entered.
        """
        self._ctx.require(Action.EDIT_DATA)
        issues = static_issues(position)
        with self._ctx.session_factory.begin() as session:
            self._check_refs(session, position)
            issues += conflict_issues(position, self._live(session, position.cooperative_id))
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            row, _ = upsert_synced(session, orm.BoardPosition, position, self._ctx)
            session.flush()
            return to_entity(row, BoardPosition)

    def end(self, position_id: str, end_date: date) -> BoardPosition:
        """Close a term on its last day in office (a resignation, or the end of a period)."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            row = get_live(session, orm.BoardPosition, position_id)
            ended = replace(to_entity(row, BoardPosition), end_date=end_date)
            issues = static_issues(ended) + conflict_issues(
                ended, self._live(session, ended.cooperative_id)
            )
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            row, _ = upsert_synced(session, orm.BoardPosition, ended, self._ctx)
            session.flush()
            return to_entity(row, BoardPosition)

    def replace_holder(
        self, position_id: str, person_id: str, start_date: date, ex_officio: bool = False
    ) -> BoardPosition:
        """Hand a seat to someone else in one transaction: the old term ends the day before.

        Returns the new term; nothing changes when the new term is refused.
        """
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            old = to_entity(get_live(session, orm.BoardPosition, position_id), BoardPosition)
            if old.start_date is not None and start_date <= old.start_date:
                raise ValidationError([error("board.dates_order", "start_date")])
            ended = replace(old, end_date=start_date - timedelta(days=1))
            new = BoardPosition(
                cooperative_id=old.cooperative_id,
                person_id=person_id,
                body=old.body,
                role=old.role,
                start_date=start_date,
                ex_officio=ex_officio,
            )
            self._check_refs(session, new)
            others = [
                ended if p.id == old.id else p for p in self._live(session, old.cooperative_id)
            ]
            issues = conflict_issues(new, others)
            if any(i.is_error for i in issues):
                raise ValidationError(issues)
            upsert_synced(session, orm.BoardPosition, ended, self._ctx)
            row, _ = upsert_synced(session, orm.BoardPosition, new, self._ctx)
            session.flush()
            return to_entity(row, BoardPosition)

    def get(self, position_id: str) -> BoardPosition:
        """One live term by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.BoardPosition, position_id), BoardPosition)

    def current(self, cooperative_id: str, on: date | None = None) -> list[BoardPosition]:
        """The board as it stands on ``on`` (today by default), in susunan order."""
        day = on or self._ctx.today()
        with self._ctx.session_factory() as session:
            live = self._live(session, cooperative_id)
        return sorted((p for p in live if is_current(p, day)), key=_sort_key)

    def history(self, cooperative_id: str) -> list[BoardPosition]:
        """Every live term, ended ones included, oldest first (undated terms first)."""
        with self._ctx.session_factory() as session:
            live = self._live(session, cooperative_id)
        return sorted(live, key=lambda p: (p.start_date or date.min, *_sort_key(p)))

    def delete(self, position_id: str) -> None:
        """Remove a term entered by mistake (a real departure is ``end``, which keeps history)."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.BoardPosition, position_id, self._ctx)

    @staticmethod
    def _live(session: Session, cooperative_id: str) -> list[BoardPosition]:
        """All live terms of a cooperative: a board is small enough to check in Python."""
        rows = session.scalars(
            select(orm.BoardPosition).where(
                orm.BoardPosition.cooperative_id == cooperative_id,
                orm.BoardPosition.deleted_at.is_(None),
            )
        )
        return [to_entity(r, BoardPosition) for r in rows]

    @staticmethod
    def _check_refs(session: Session, position: BoardPosition) -> None:
        """The cooperative and the person must exist and not be deleted."""
        require_live(
            session,
            orm.Cooperative,
            position.cooperative_id,
            "cooperative.not_found",
            "cooperative_id",
        )
        require_live(session, orm.Person, position.person_id, "person.not_found", "person_id")
