"""Persons: validated saves, NIK lookup and search by any word prefix of the name.

Search must stay fast over 1.7M persons (a national monitoring database), so it never scans
``person``: a NIK prefix is an index range on ``person.nik`` and each name word is an index
range on ``person_name_token``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.cooperative_rules import check_person
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.errors import Issue, ValidationError
from kopdes_desktop.domain.identifiers import COUNTRY_CODE, normalize_wilayah_code
from kopdes_desktop.domain.nik import normalize_nik
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import get_live, soft_delete, to_entity, upsert_synced
from kopdes_desktop.services.person_anonymiser import (
    DEFAULT_ANONYMISE_YEARS,
    AnonymiseEligibility,
    anonymised,
    check_eligible,
    eligibility,
)
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.person_tokens import name_tokens, query_tokens

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class PersonPage:
    """One page of persons for a lazily filled list, and where the next page starts."""

    persons: tuple[Person, ...]
    next_offset: int
    exhausted: bool
    """True when the query has no rows after this page."""


def _upper_bound(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class PersonService:
    """Create, update, find and search persons."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def validate(self, person: Person) -> list[Issue]:
        """Rule findings for a person as typed (errors and warnings), without saving."""
        return list(check_person(self._normalized(person), self._ctx.today()))

    def save(self, person: Person) -> Person:
        """Validate and store; errors raise ValidationError, warnings do not block."""
        self._ctx.require(Action.EDIT_DATA)
        with self._ctx.session_factory.begin() as session:
            return to_entity(store_person(session, self._ctx, person), Person)

    def get(self, person_id: str) -> Person:
        """One live person by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.Person, person_id), Person)

    def get_many(self, ids: list[str]) -> dict[str, Person]:
        """Live persons by id, for building lists without one query per row."""
        result: dict[str, Person] = {}
        with self._ctx.session_factory() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows = session.scalars(
                    select(orm.Person).where(
                        orm.Person.id.in_(chunk), orm.Person.deleted_at.is_(None)
                    )
                )
                result.update({r.id: to_entity(r, Person) for r in rows})
        return result

    def find_by_nik(self, nik: str) -> list[Person]:
        """Every live person with this NIK (a monitoring office may hold several)."""
        norm = normalize_nik(nik)
        if not norm:
            return []
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.Person).where(orm.Person.nik == norm, orm.Person.deleted_at.is_(None))
            )
            return [to_entity(r, Person) for r in rows]

    def search(self, text: str, limit: int = DEFAULT_LIMIT, offset: int = 0) -> list[Person]:
        """Persons whose NIK starts with the digits typed, or whose name has a word starting
        with each word typed (``"sit am"`` finds "Siti Aminah").

        Results come in index order (NIK, or the matching word) so that the database can stop
        after ``limit`` rows instead of sorting every match of a common prefix.
        """
        with self._ctx.session_factory() as session:
            rows = session.scalars(self._search_stmt(text).limit(limit).offset(offset))
            seen: dict[str, Person] = {}
            for row in rows:
                seen.setdefault(row.id, to_entity(row, Person))
            return list(seen.values())

    def search_page(
        self, text: str, limit: int = DEFAULT_LIMIT, offset: int = 0, area_code: str | None = None
    ) -> PersonPage:
        """One page of a list that is fetched lazily while the user scrolls.

        Non-empty ``text`` searches like ``search`` (NIK prefix or name-word prefixes); empty
        text lists persons by name (``ix_person_name``), optionally only those whose address
        lies in ``area_code``. ``offset`` counts raw query rows, so pass the previous page's
        ``next_offset``; a person may appear on two pages of a name search (once per matching
        word), so a lazy list skips ids it already shows.
        """
        if text.strip():
            stmt = self._search_stmt(text)
        else:
            stmt = select(orm.Person).where(orm.Person.deleted_at.is_(None))
            if area_code and area_code != COUNTRY_CODE:
                code = normalize_wilayah_code(area_code)
                stmt = stmt.where(
                    (orm.Person.village_code == code)
                    | (
                        (orm.Person.village_code > code + ".")
                        & (orm.Person.village_code < code + "/")  # "/" follows "." in ASCII
                    )
                )
            stmt = stmt.order_by(orm.Person.name, orm.Person.id)
        # Plain rows, not ORM instances: the list reads many pages while typing, and building
        # ORM objects would cost several times the query itself (and hold the GIL longer).
        columns = stmt.with_only_columns(*orm.Person.__table__.c, maintain_column_froms=True)
        with self._ctx.session_factory() as session:
            rows = session.execute(columns.limit(limit).offset(offset)).all()
            seen: dict[str, Person] = {}
            for row in rows:
                seen.setdefault(row.id, to_entity(row, Person))
        return PersonPage(
            persons=tuple(seen.values()),
            next_offset=offset + len(rows),
            exhausted=len(rows) < limit,
        )

    def delete(self, person_id: str) -> None:
        """Soft-delete a person (memberships keep pointing at the tombstone)."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.Person, person_id, self._ctx)

    def anonymise_eligibility(
        self, person_id: str, years: int = DEFAULT_ANONYMISE_YEARS
    ) -> AnonymiseEligibility:
        """Whether ``anonymise`` would accept the person now (for the GUI to offer it)."""
        with self._ctx.session_factory() as session:
            return eligibility(session, person_id, self._ctx.today(), years)

    def anonymise(self, person_id: str, years: int = DEFAULT_ANONYMISE_YEARS) -> Person:
        """Admins only: remove the personal data of a person who left ``years`` or more ago."""
        self._ctx.require(Action.ANONYMISE)
        with self._ctx.session_factory.begin() as session:
            person = check_eligible(session, self._ctx, person_id, years)
            return to_entity(store_person(session, self._ctx, anonymised(person)), Person)

    # -- internals ---------------------------------------------------------------------------

    @staticmethod
    def _normalized(person: Person) -> Person:
        return normalized_person(person)

    def _search_stmt(self, text: str):  # type: ignore[no-untyped-def]
        cleaned = normalize_nik(text)
        live = orm.Person.deleted_at.is_(None)
        if cleaned.isdigit():
            return (
                select(orm.Person)
                .where(orm.Person.nik >= cleaned, orm.Person.nik < _upper_bound(cleaned), live)
                .order_by(orm.Person.nik)
            )
        words = query_tokens(text)
        if not words:
            return select(orm.Person).where(live).order_by(orm.Person.name)
        tok = orm.PersonNameToken
        first, rest = words[0], words[1:]
        stmt = (
            select(orm.Person)
            .join(tok, tok.person_id == orm.Person.id)
            .where(tok.token >= first, tok.token < _upper_bound(first), live)
        )
        for word in rest:
            other = orm.PersonNameToken.__table__.alias()
            stmt = stmt.where(
                exists().where(
                    other.c.person_id == orm.Person.id,
                    other.c.token >= word,
                    other.c.token < _upper_bound(word),
                )
            )
        return stmt.order_by(tok.token, tok.person_id)


def normalized_person(person: Person) -> Person:
    """NIK without the spaces and dots people type; name with single spaces."""
    nik = normalize_nik(person.nik) or None
    return replace(person, nik=nik, name=" ".join(person.name.split()))


def store_person(session: Session, ctx: ServiceContext, person: Person) -> Any:
    """Validate and write a person inside the caller's transaction (keeps name tokens in step).

    Other services call this so that a person and, say, their membership are saved together
    or not at all.
    """
    person = normalized_person(person)
    issues = check_person(person, ctx.today())
    if any(i.is_error for i in issues):
        raise ValidationError(issues)
    row, created = upsert_synced(session, orm.Person, person, ctx)
    session.flush()
    if not created:
        session.execute(delete(orm.PersonNameToken).where(orm.PersonNameToken.person_id == row.id))
    tokens = [{"token": t, "person_id": row.id} for t in sorted(name_tokens(row.name))]
    if tokens:
        session.execute(insert(orm.PersonNameToken), tokens)
    return row
