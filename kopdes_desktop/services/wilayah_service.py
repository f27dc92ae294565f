"""Kemendagri areas: lookup, cascading children, type-to-search, full names, refresh."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.domain.entities import AreaInfo, Wilayah
from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.domain.errors import DomainError, NotFoundError
from kopdes_desktop.domain.identifiers import COUNTRY_CODE, code_level, normalize_wilayah_code
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.resources import wilayah_dir
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage.audit_trail import append_summary
from kopdes_desktop.storage.orm import District, Province, Regency, Village
from kopdes_desktop.storage.wilayah_loader import WilayahCounts, count_wilayah, load_wilayah

COUNTRY_NAME = "Indonesia"
_MODEL: dict[WilayahLevel, Any] = {
    WilayahLevel.PROVINCE: Province,
    WilayahLevel.REGENCY: Regency,
    WilayahLevel.DISTRICT: District,
    WilayahLevel.VILLAGE: Village,
}
_PARENT_ATTR = {
    WilayahLevel.REGENCY: "province_code",
    WilayahLevel.DISTRICT: "regency_code",
    WilayahLevel.VILLAGE: "district_code",
}
_CHILD_LEVEL = {
    WilayahLevel.COUNTRY: WilayahLevel.PROVINCE,
    WilayahLevel.PROVINCE: WilayahLevel.REGENCY,
    WilayahLevel.REGENCY: WilayahLevel.DISTRICT,
    WilayahLevel.DISTRICT: WilayahLevel.VILLAGE,
}
# Long official province names read badly in a one-line full name; offices write these.
_SHORT_PROVINCE_PREFIXES = (("Daerah Khusus Ibukota ", "DKI "), ("Daerah Istimewa ", "DI "))


normalize_code = normalize_wilayah_code
level_of = code_level


def short_province_name(name: str) -> str:
    """ "Daerah Khusus Ibukota Jakarta" → "DKI Jakarta", as offices write it."""
    for long, short in _SHORT_PROVINCE_PREFIXES:
        if name.startswith(long):
            return short + name[len(long) :]
    return name


class WilayahService:
    """Read-mostly access to the reference areas."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, code: str) -> Wilayah:
        """One area by code (dotted or not); NotFoundError when unknown."""
        norm = normalize_code(code)
        level = level_of(norm)
        if level is WilayahLevel.COUNTRY:
            return Wilayah(code=COUNTRY_CODE, name=COUNTRY_NAME, level=level)
        with self._ctx.session_factory() as session:
            row = session.get(_MODEL[level], norm)
            if row is None:
                raise NotFoundError("wilayah.unknown", "area_code", area=norm)
            return self._to_wilayah(row, level)

    @staticmethod
    def normalize(code: str) -> str:
        """Dotted canonical form of a typed code (``3174071001`` → ``31.74.07.1001``)."""
        return normalize_code(code)

    @staticmethod
    def contains(outer: str, inner: str) -> bool:
        """True when area ``inner`` lies inside (or is) area ``outer``."""
        a, b = normalize_code(outer), normalize_code(inner)
        return a in (COUNTRY_CODE, b) or b.startswith(a + ".")

    def exists(self, code: str) -> bool:
        """True when the code is the country or a known area."""
        try:
            self.get(code)
        except (NotFoundError, DomainError):
            return False
        return True

    def children(self, parent_code: str) -> list[Wilayah]:
        """Areas one level below ``parent_code`` (``ID`` gives the provinces), sorted by name."""
        parent = normalize_code(parent_code)
        level = _CHILD_LEVEL.get(level_of(parent))
        if level is None:
            return []
        model = _MODEL[level]
        stmt = select(model)
        if level is not WilayahLevel.PROVINCE:
            stmt = stmt.where(getattr(model, _PARENT_ATTR[level]) == parent)
        with self._ctx.session_factory() as session:
            rows = session.scalars(stmt.order_by(model.name)).all()
            return [self._to_wilayah(r, level) for r in rows]

    def search(
        self,
        text: str,
        level: WilayahLevel | None = None,
        within: str | None = None,
        limit: int = 50,
    ) -> list[Wilayah]:
        """Areas whose name contains ``text`` (case-insensitive), optionally inside an area."""
        needle = f"%{text.strip().lower()}%"
        levels = (
            [level]
            if level
            else [
                WilayahLevel.PROVINCE,
                WilayahLevel.REGENCY,
                WilayahLevel.DISTRICT,
                WilayahLevel.VILLAGE,
            ]
        )
        prefix = None if within in (None, COUNTRY_CODE) else normalize_code(within or "")
        found: list[Wilayah] = []
        with self._ctx.session_factory() as session:
            for lvl in levels:
                model = _MODEL[lvl]
                stmt = select(model).where(func.lower(model.name).like(needle))
                if prefix:
                    stmt = stmt.where(model.code.like(prefix + "%"))
                rows = session.scalars(stmt.order_by(model.name).limit(limit - len(found)))
                found.extend(self._to_wilayah(r, lvl) for r in rows)
                if len(found) >= limit:
                    break
        return found

    def lineage(self, code: str) -> list[Wilayah]:
        """The area and its parents, smallest first (village, district, regency, province)."""
        chain = [self.get(code)]
        while chain[-1].parent_code:
            chain.append(self.get(chain[-1].parent_code))
        return chain

    def area_info(self, code: str) -> AreaInfo:
        """Name and comma-separated full name, e.g. "Melawai, Kebayoran Baru, …, DKI Jakarta"."""
        chain = self.lineage(code)
        names = [w.name for w in chain]
        if chain[-1].level is WilayahLevel.PROVINCE:
            names[-1] = short_province_name(names[-1])
        return AreaInfo(
            code=chain[0].code, name=chain[0].name, level=chain[0].level, full_name=", ".join(names)
        )

    def villages_in(self, area_code: str) -> list[Wilayah]:
        """Every village inside an area (the country, a province, regency, district or village)."""
        norm = normalize_code(area_code)
        stmt = select(Village).order_by(Village.code)
        if norm != COUNTRY_CODE:
            stmt = stmt.where((Village.code == norm) | Village.code.like(norm + ".%"))
        with self._ctx.session_factory() as session:
            return [self._to_wilayah(r, WilayahLevel.VILLAGE) for r in session.scalars(stmt)]

    def counts(self) -> WilayahCounts:
        """How many areas of each level are loaded."""
        with self._ctx.session_factory() as session:
            return count_wilayah(session.connection())

    def ensure_loaded(self) -> WilayahCounts:
        """Load the shipped reference data when the database has none (first start)."""
        counts = self.counts()
        if counts.villages:
            return counts
        return self.import_folder(wilayah_dir())

    def import_folder(self, folder: Path) -> WilayahCounts:
        """Refresh areas from CSV files of idn-area-data's shape, all or nothing."""
        self._ctx.require(Action.CHANGE_SETTINGS)
        with self._ctx.session_factory.begin() as session:
            counts = load_wilayah(session.connection(), folder)
            append_summary(  # Core writes bypass the audit hook: one summary entry
                session.connection(),
                username=self._ctx.username,
                at=self._ctx.now(),
                action="load",
                entity="wilayah",
                entity_id=Path(folder).name[:36],
                details=dataclasses.asdict(counts),
            )
            return counts

    @staticmethod
    def _to_wilayah(row: Any, level: WilayahLevel) -> Wilayah:
        parent_attr = _PARENT_ATTR.get(level)
        parent = getattr(row, parent_attr) if parent_attr else None
        return Wilayah(code=row.code, name=row.name, level=level, parent_code=parent)
