"""What a monitoring office (Sudin, Dinas, ministry) learns from the packages it collects.

Two questions the socialisation named: who is registered in more than one cooperative (the
same NIK from two kelurahan packages: a typing error, a move, or double counting), and which
kelurahan have not reported at all or not recently. Both are read-only queries.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, func, literal, or_, select, union

from kopdes_desktop.domain.identifiers import COUNTRY_CODE
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage import orm

NIK_CHUNK = 500


class DuplicatePerson(NamedTuple):
    """A NIK found in several cooperatives (masked: the list is shown and printed)."""

    nik_masked: str
    cooperatives: list[str]


class SilentVillage(NamedTuple):
    """A village of the area with the creation time of its newest package (None: never)."""

    code: str
    name: str
    last_package: datetime | None


def _inside(column: Any, area: str) -> ColumnElement[bool]:
    """SQL: a village code column lies in ``area`` (always true for the whole country)."""
    if area == COUNTRY_CODE:
        return literal(True)
    return or_(column == area, column.like(area + ".%"))


def _links() -> Any:
    """(person, cooperative) of live memberships and board seats."""
    m, b = orm.Membership, orm.BoardPosition
    return union(
        select(m.person_id, m.cooperative_id).where(m.deleted_at.is_(None)),
        select(b.person_id, b.cooperative_id).where(b.deleted_at.is_(None)),
    ).subquery()


class ExchangeMonitoring:
    """Monitoring queries over imported data."""

    def __init__(self, ctx: ServiceContext, wilayah: WilayahService) -> None:
        self._ctx = ctx
        self._wilayah = wilayah

    def duplicate_persons(self, area: str) -> list[DuplicatePerson]:
        """Persons (by NIK) in more than one live cooperative of ``area``, by NIK."""
        area = self._wilayah.normalize(area)
        links = _links()
        p, c = orm.Person, orm.Cooperative
        base = (
            select(p.nik, c.name)
            .join(links, links.c.person_id == p.id)
            .join(c, c.id == links.c.cooperative_id)
            .where(
                p.deleted_at.is_(None),
                p.nik.is_not(None),
                c.deleted_at.is_(None),
                _inside(c.village_code, area),
            )
        )
        dup_stmt = (
            select(p.nik)
            .join(links, links.c.person_id == p.id)
            .join(c, c.id == links.c.cooperative_id)
            .where(
                p.deleted_at.is_(None),
                p.nik.is_not(None),
                c.deleted_at.is_(None),
                _inside(c.village_code, area),
            )
            .group_by(p.nik)
            .having(func.count(func.distinct(c.id)) > 1)
        )
        found: dict[str, set[str]] = defaultdict(set)
        with self._ctx.session_factory() as session:
            niks: list[str] = sorted(n for n in session.scalars(dup_stmt) if n)
            for start in range(0, len(niks), NIK_CHUNK):
                part = niks[start : start + NIK_CHUNK]
                for nik, name in session.execute(base.where(p.nik.in_(part))):
                    found[str(nik)].add(name)
        return [DuplicatePerson(mask_nik(nik), sorted(found[nik])) for nik in niks]

    def silent_villages(self, area: str, days: int | None = None) -> list[SilentVillage]:
        """Villages of ``area`` that never sent a package, or (``days``) none that recent.

        A package counts for a village when the village's own office made it (its origin
        area is the village code); the time is when the package was made, not imported.
        """
        area = self._wilayah.normalize(area)
        v, log = orm.Village, orm.ImportLog
        last = (
            select(log.origin_area, func.max(log.package_created_at).label("last"))
            .group_by(log.origin_area)
            .subquery()
        )
        stmt = (
            select(v.code, v.name, last.c.last)
            .outerjoin(last, last.c.origin_area == v.code)
            .where(_inside(v.code, area))
            .order_by(v.code)
        )
        cutoff = None if days is None else self._ctx.now() - timedelta(days=days)
        with self._ctx.session_factory() as session:
            rows = session.execute(stmt).all()
        result: list[SilentVillage] = []
        for code, name, when in rows:
            moment = _utc(when)
            if moment is None or (cutoff is not None and moment < cutoff):
                result.append(SilentVillage(code, name, moment))
        return result


def _utc(value: Any) -> datetime | None:
    """The newest package time as an aware UTC datetime (text if a driver skipped the type)."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
