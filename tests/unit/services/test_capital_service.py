"""CapitalService: simpanan payments and the totals on the Bukti Setoran Modal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import CapitalPayment
from kopdes_desktop.domain.enums import PaymentKind
from kopdes_desktop.domain.errors import NotFoundError, ValidationError
from kopdes_desktop.storage import orm
from tests.unit.services.helpers import (
    GUNUNG,
    make_cooperative,
    make_membership,
    soft_delete_row,
)

PAID = date(2025, 6, 2)


def _pay(
    membership: str, amount: int, kind: PaymentKind = PaymentKind.POKOK, day: date = PAID
) -> CapitalPayment:
    return CapitalPayment(membership_id=membership, kind=kind, amount=amount, paid_date=day)


def test_recorded_payment_comes_back_equal(services: Services) -> None:
    coop = make_cooperative(services)
    member = make_membership(services, coop)
    payment = replace(_pay(member, 100_000), receipt_number="BKM-001")
    saved = services.capital.record(payment)
    assert replace(saved, created_at=None, updated_at=None, updated_by=None) == payment
    assert services.capital.list_for_cooperative(coop) == [saved]
    assert services.capital.list_for_membership(member) == [saved]
    assert services.capital.get(saved.id) == saved


@pytest.mark.parametrize("amount", [0, -5_000])
def test_amount_must_be_positive(services: Services, amount: int) -> None:
    member = make_membership(services, make_cooperative(services))
    with pytest.raises(ValidationError) as exc:
        services.capital.record(_pay(member, amount))
    assert [(i.code, i.field) for i in exc.value.issues] == [
        ("capital.amount_not_positive", "amount")
    ]


def test_membership_must_exist(services: Services) -> None:
    coop = make_cooperative(services)
    with pytest.raises(NotFoundError) as exc:
        services.capital.record(_pay("no-such-membership", 5_000))
    assert (exc.value.code, exc.value.field) == ("membership.not_found", "membership_id")
    member = make_membership(services, coop)
    soft_delete_row(services, orm.Membership, member)
    with pytest.raises(NotFoundError):
        services.capital.record(_pay(member, 5_000))


def test_totals(services: Services) -> None:
    coop = make_cooperative(services, simpanan_pokok=100_000, simpanan_wajib=5_000)
    full = make_membership(services, coop)
    instalments = make_membership(services, coop)
    nothing = make_membership(services, coop)
    left = make_membership(services, coop, left_date=date(2026, 1, 1))
    services.capital.record(_pay(full, 100_000))
    services.capital.record(_pay(full, 5_000, PaymentKind.WAJIB))
    services.capital.record(_pay(full, 5_000, PaymentKind.WAJIB, date(2025, 7, 2)))
    services.capital.record(_pay(instalments, 50_000))
    services.capital.record(_pay(instalments, 20_000, PaymentKind.SUKARELA))
    services.capital.record(_pay(left, 100_000))
    other_coop = make_cooperative(services, GUNUNG, name="Koperasi Kelurahan Merah Putih Gunung")
    services.capital.record(_pay(make_membership(services, other_coop), 777_000))

    totals = services.capital.totals(coop)

    assert dict(totals.by_kind) == {
        PaymentKind.POKOK: 250_000,
        PaymentKind.WAJIB: 10_000,
        PaymentKind.SUKARELA: 20_000,
    }
    assert totals.total == 280_000
    assert totals.simpanan_pokok == 100_000
    assert totals.members == 3  # the member who left is not counted
    assert totals.members_paid_pokok_in_full == 1
    assert totals.by_membership[full].total == 110_000
    assert totals.by_membership[full].pokok_paid_in_full is True
    assert totals.by_membership[instalments].by_kind[PaymentKind.POKOK] == 50_000
    assert totals.by_membership[instalments].pokok_paid_in_full is False
    assert totals.by_membership[nothing].total == 0
    assert totals.by_membership[left].total == 100_000


def test_instalments_complete_the_pokok(services: Services) -> None:
    coop = make_cooperative(services, simpanan_pokok=25_000)
    member = make_membership(services, coop)
    services.capital.record(_pay(member, 10_000))
    assert services.capital.totals(coop).members_paid_pokok_in_full == 0
    services.capital.record(_pay(member, 15_000, day=date(2025, 8, 1)))
    assert services.capital.totals(coop).members_paid_pokok_in_full == 1


def test_totals_without_a_pokok_amount(services: Services) -> None:
    coop = make_cooperative(services)
    member = make_membership(services, coop)
    services.capital.record(_pay(member, 10_000))
    totals = services.capital.totals(coop)
    assert totals.members_paid_pokok_in_full is None
    assert totals.by_membership[member].pokok_paid_in_full is None
    assert totals.total == 10_000


def test_deleted_payments_and_memberships_leave_the_totals(services: Services) -> None:
    coop = make_cooperative(services, simpanan_pokok=25_000)
    kept, dropped = make_membership(services, coop), make_membership(services, coop)
    mistake = services.capital.record(_pay(kept, 25_000))
    services.capital.record(_pay(kept, 25_000, day=date(2025, 6, 3)))
    services.capital.record(_pay(dropped, 25_000))
    services.capital.delete(mistake.id)
    soft_delete_row(services, orm.Membership, dropped)
    listed = services.capital.list_for_cooperative(coop)
    assert [p.paid_date for p in listed] == [date(2025, 6, 3)]
    totals = services.capital.totals(coop)
    assert (totals.total, totals.members, totals.members_paid_pokok_in_full) == (25_000, 1, 1)
    assert dropped not in totals.by_membership
    with pytest.raises(NotFoundError):
        services.capital.get(mistake.id)
