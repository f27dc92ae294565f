"""Anonymising a person who left the cooperative long ago (UU 27/2022: keep no longer than needed).

The record stays (membership history, savings and board terms still add up), but the name is
replaced and NIK, birth date, address, phone and e-mail are cleared. The change goes through
the ORM like every edit, so it is stamped with the admin's name, travels in exchange packages
and is written to the audit trail. Sex and village stay: the office's statistics need them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.errors import ConflictError
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import get_live, to_entity
from kopdes_desktop.storage import orm

DEFAULT_ANONYMISE_YEARS = 5
ANONYMOUS_PREFIX = "Anonim"


@dataclass(frozen=True)
class AnonymiseEligibility:
    """Whether a person may be anonymised now, and the last date they left."""

    allowed: bool
    code: str
    """``person.anonymise_ok``, ``person.still_member``, ``person.never_member``,
    ``person.left_recently`` or ``person.board_current``."""
    left_date: date | None = None
    eligible_from: date | None = None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    return _years_before(day, -years)


def eligibility(session: Session, person_id: str, today: date, years: int) -> AnonymiseEligibility:
    """Every membership ended at least ``years`` years ago and no board term is open."""
    get_live(session, orm.Person, person_id)
    left_dates = list(
        session.execute(
            select(orm.Membership.left_date).where(
                orm.Membership.person_id == person_id, orm.Membership.deleted_at.is_(None)
            )
        ).scalars()
    )
    if not left_dates:
        return AnonymiseEligibility(False, "person.never_member")
    if any(d is None for d in left_dates):
        return AnonymiseEligibility(False, "person.still_member")
    last = max(d for d in left_dates if d is not None)
    open_term = session.scalar(
        select(orm.BoardPosition.id).where(
            orm.BoardPosition.person_id == person_id,
            orm.BoardPosition.deleted_at.is_(None),
            orm.BoardPosition.end_date.is_(None),
        )
    )
    if open_term is not None:
        return AnonymiseEligibility(False, "person.board_current", last)
    eligible_from = _years_after(last, years)
    if eligible_from > today:
        return AnonymiseEligibility(False, "person.left_recently", last, eligible_from)
    return AnonymiseEligibility(True, "person.anonymise_ok", last, eligible_from)


def anonymised(person: Person) -> Person:
    """The person with personal data removed; the short id keeps records distinguishable."""
    return replace(
        person,
        nik=None,
        name=f"{ANONYMOUS_PREFIX} {person.id[:8]}",
        birth_place="",
        birth_date=None,
        address="",
        rt="",
        rw="",
        occupation="",
        phone="",
        email="",
    )


def check_eligible(session: Session, ctx: ServiceContext, person_id: str, years: int) -> Person:
    """The live person, or ConflictError with the reason they may not be anonymised yet."""
    found = eligibility(session, person_id, ctx.today(), years)
    if not found.allowed:
        raise ConflictError(
            found.code,
            None,
            years=years,
            date=found.left_date.isoformat() if found.left_date else "",
            end=found.eligible_from.isoformat() if found.eligible_from else "",
        )
    return to_entity(get_live(session, orm.Person, person_id), Person)
