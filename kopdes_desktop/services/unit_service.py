"""Business units (gerai) of a cooperative.

Operating units are what monitoring counts for stage 8 ("gerai beroperasi"), so an operating
unit must carry the date it opened.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind, UnitStatus
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

_KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}


def check_unit(unit: BusinessUnit) -> list[Issue]:
    """Findings on one unit: a free-text unit needs its name, an operating one its opening."""
    issues: list[Issue] = []
    if unit.kind is UnitKind.LAINNYA and not unit.name.strip():
        issues.append(error("unit.name_required", "name"))
    if unit.status is UnitStatus.BEROPERASI and unit.opening_date is None:
        issues.append(error("unit.opening_date_required", "opening_date"))
    return issues


class UnitService:
    """Business units (gerai) of a cooperative."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def save(self, unit: BusinessUnit) -> BusinessUnit:
        """Create or update a unit; names are stored without surrounding blanks."""
        self._ctx.require(Action.EDIT_DATA)
        unit = replace(unit, name=unit.name.strip(), location=unit.location.strip())
        issues = check_unit(unit)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        with self._ctx.session_factory.begin() as session:
            require_live(
                session,
                orm.Cooperative,
                unit.cooperative_id,
                "cooperative.not_found",
                "cooperative_id",
            )
            row, _ = upsert_synced(session, orm.BusinessUnit, unit, self._ctx)
            session.flush()
            return to_entity(row, BusinessUnit)

    def get(self, unit_id: str) -> BusinessUnit:
        """One live unit by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.BusinessUnit, unit_id), BusinessUnit)

    def list(self, cooperative_id: str) -> list[BusinessUnit]:
        """Live units, standard kinds first in their usual order, then by name."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.BusinessUnit).where(
                    orm.BusinessUnit.cooperative_id == cooperative_id,
                    orm.BusinessUnit.deleted_at.is_(None),
                )
            )
            units = [to_entity(r, BusinessUnit) for r in rows]
        return sorted(units, key=lambda u: (_KIND_ORDER[u.kind], u.name.casefold(), u.id))

    def delete(self, unit_id: str) -> None:
        """Remove a unit entered by mistake; a closed gerai should get status ``berhenti``."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.BusinessUnit, unit_id, self._ctx)

    def operating_count(self, cooperative_id: str) -> int:
        """Live units with status ``beroperasi``: the figure monitoring reports."""
        with self._ctx.session_factory() as session:
            count = session.scalar(
                select(func.count())
                .select_from(orm.BusinessUnit)
                .where(
                    orm.BusinessUnit.cooperative_id == cooperative_id,
                    orm.BusinessUnit.status == UnitStatus.BEROPERASI,
                    orm.BusinessUnit.deleted_at.is_(None),
                )
            )
        return int(count or 0)
