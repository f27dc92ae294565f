"""Builders for service tests: rows written straight through the ORM, so the tests of one
service do not depend on the person, member or cooperative services."""

from __future__ import annotations

from datetime import date
from typing import Any

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import new_id
from kopdes_desktop.domain.enums import FormationModel, PortalStatus, WajibPeriod
from kopdes_desktop.storage import orm

MELAWAI = "31.74.07.1001"
GUNUNG = "31.74.07.1002"


def make_cooperative(services: Services, village_code: str = MELAWAI, **fields: Any) -> str:
    """A live cooperative row; returns its id."""
    values: dict[str, Any] = {
        "name": "Koperasi Kelurahan Merah Putih Melawai",
        "formation_model": FormationModel.PENDIRIAN_BARU,
        "wajib_period": WajibPeriod.BULANAN,
        "portal_status": PortalStatus.BELUM,
        **fields,
    }
    return _add(services, orm.Cooperative(id=new_id(), village_code=village_code, **values))


def make_person(services: Services, name: str = "Siti Aminah", **fields: Any) -> str:
    """A live person row; returns its id."""
    return _add(services, orm.Person(id=new_id(), name=name, **fields))


def make_membership(
    services: Services, cooperative_id: str, person_id: str | None = None, **fields: Any
) -> str:
    """A live membership (with a new person unless one is given); returns its id."""
    pid = person_id or make_person(services)
    return _add(
        services,
        orm.Membership(
            id=new_id(),
            cooperative_id=cooperative_id,
            person_id=pid,
            joined_date=date(2025, 5, 31),
            **fields,
        ),
    )


def soft_delete_row(services: Services, orm_cls: type, record_id: str) -> None:
    """Mark a row deleted the way the services do, to test that references to it fail."""
    with services.ctx.session_factory.begin() as session:
        row = session.get(orm_cls, record_id)
        assert row is not None
        row.deleted_at = services.ctx.now()


def _add(services: Services, row: Any) -> str:
    with services.ctx.session_factory.begin() as session:
        session.add(row)
    return str(row.id)
