"""UnitService: gerai of a cooperative and the operating count monitoring reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind, UnitStatus
from kopdes_desktop.domain.errors import NotFoundError, ValidationError
from kopdes_desktop.storage import orm
from tests.unit.services.helpers import GUNUNG, make_cooperative, soft_delete_row


@pytest.fixture
def coop(services: Services) -> str:
    return make_cooperative(services)


def test_saved_unit_comes_back_equal(services: Services, coop: str) -> None:
    unit = BusinessUnit(
        cooperative_id=coop,
        kind=UnitKind.SEMBAKO,
        status=UnitStatus.BEROPERASI,
        opening_date=date(2025, 10, 1),
        location="Jl. Melawai Raya 1",
        notes="LPG 3 kg",
    )
    saved = services.units.save(unit)
    assert services.units.get(unit.id) == saved
    assert replace(saved, created_at=None, updated_at=None, updated_by=None) == unit
    assert services.units.list(coop) == [saved]


def test_other_unit_needs_a_name(services: Services, coop: str) -> None:
    with pytest.raises(ValidationError) as exc:
        services.units.save(BusinessUnit(cooperative_id=coop, kind=UnitKind.LAINNYA, name="  "))
    assert [(i.code, i.field) for i in exc.value.issues] == [("unit.name_required", "name")]
    saved = services.units.save(
        BusinessUnit(cooperative_id=coop, kind=UnitKind.LAINNYA, name="  Bank Sampah ")
    )
    assert saved.name == "Bank Sampah"


def test_operating_unit_needs_an_opening_date(services: Services, coop: str) -> None:
    unit = BusinessUnit(cooperative_id=coop, kind=UnitKind.KLINIK, status=UnitStatus.BEROPERASI)
    with pytest.raises(ValidationError) as exc:
        services.units.save(unit)
    assert [(i.code, i.field) for i in exc.value.issues] == [
        ("unit.opening_date_required", "opening_date")
    ]
    assert services.units.list(coop) == []


def test_unknown_or_deleted_cooperative(services: Services, coop: str) -> None:
    with pytest.raises(NotFoundError) as exc:
        services.units.save(BusinessUnit(cooperative_id="nope", kind=UnitKind.KANTOR))
    assert (exc.value.code, exc.value.field) == ("cooperative.not_found", "cooperative_id")
    soft_delete_row(services, orm.Cooperative, coop)
    with pytest.raises(NotFoundError):
        services.units.save(BusinessUnit(cooperative_id=coop, kind=UnitKind.KANTOR))


def test_list_order_and_operating_count(services: Services, coop: str) -> None:
    opened = date(2025, 10, 1)
    for kind, status, name in [
        (UnitKind.LAINNYA, UnitStatus.BEROPERASI, "Bank Sampah"),
        (UnitKind.APOTEK, UnitStatus.PERSIAPAN, ""),
        (UnitKind.KANTOR, UnitStatus.BEROPERASI, ""),
        (UnitKind.SEMBAKO, UnitStatus.BERHENTI, ""),
    ]:
        services.units.save(
            BusinessUnit(
                cooperative_id=coop, kind=kind, status=status, name=name, opening_date=opened
            )
        )
    other = make_cooperative(services, GUNUNG, name="Koperasi Kelurahan Merah Putih Gunung")
    services.units.save(
        BusinessUnit(
            cooperative_id=other,
            kind=UnitKind.KANTOR,
            status=UnitStatus.BEROPERASI,
            opening_date=opened,
        )
    )
    kinds = [u.kind for u in services.units.list(coop)]
    assert kinds == [UnitKind.KANTOR, UnitKind.SEMBAKO, UnitKind.APOTEK, UnitKind.LAINNYA]
    assert services.units.operating_count(coop) == 2
    assert services.units.operating_count(other) == 1


def test_update_status_and_delete(services: Services, coop: str) -> None:
    unit = services.units.save(BusinessUnit(cooperative_id=coop, kind=UnitKind.LOGISTIK))
    assert services.units.operating_count(coop) == 0
    services.units.save(replace(unit, status=UnitStatus.BEROPERASI, opening_date=date(2026, 1, 5)))
    assert services.units.operating_count(coop) == 1
    assert len(services.units.list(coop)) == 1
    services.units.delete(unit.id)
    assert services.units.list(coop) == []
    assert services.units.operating_count(coop) == 0
    with pytest.raises(NotFoundError):
        services.units.get(unit.id)
    with pytest.raises(NotFoundError):
        services.units.delete(unit.id)
