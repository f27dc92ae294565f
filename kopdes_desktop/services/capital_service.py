"""Simpanan payments per member and their totals.

Payments are kept one by one (simpanan pokok may be paid in instalments) so the Bukti Setoran
Modal can list them; totals are computed, never stored, so they cannot drift from the payments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.entities import CapitalPayment
from kopdes_desktop.domain.enums import PaymentKind
from kopdes_desktop.domain.errors import ValidationError, error
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


def _zero_by_kind() -> Mapping[PaymentKind, int]:
    return MappingProxyType(dict.fromkeys(PaymentKind, 0))


@dataclass(frozen=True)
class MembershipTotals:
    """What one member has paid, per kind; ``pokok_paid_in_full`` is None when no amount is set."""

    membership_id: str
    by_kind: Mapping[PaymentKind, int] = field(default_factory=_zero_by_kind)
    total: int = 0
    pokok_paid_in_full: bool | None = None


@dataclass(frozen=True)
class CapitalTotals:
    """A cooperative's capital as the treasurer reports it.

    ``members`` counts active memberships (not left); ``members_paid_pokok_in_full`` counts those
    whose pokok payments reach the cooperative's ``simpanan_pokok`` (None while that amount is
    not set). Money totals include every live payment, also of members who have since left.
    """

    cooperative_id: str
    by_kind: Mapping[PaymentKind, int]
    total: int
    simpanan_pokok: int | None
    members: int
    members_paid_pokok_in_full: int | None
    by_membership: Mapping[str, MembershipTotals]


class CapitalService:
    """Simpanan payments per member and their totals."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def record(self, payment: CapitalPayment) -> CapitalPayment:
        """Create or correct a payment of a live membership; amounts are whole, positive Rupiah."""
        self._ctx.require(Action.EDIT_DATA)
        if payment.amount <= 0:
            raise ValidationError(
                [error("capital.amount_not_positive", "amount", amount=payment.amount)]
            )
        with self._ctx.session_factory.begin() as session:
            require_live(
                session,
                orm.Membership,
                payment.membership_id,
                "membership.not_found",
                "membership_id",
            )
            row, _ = upsert_synced(session, orm.CapitalPayment, payment, self._ctx)
            session.flush()
            return to_entity(row, CapitalPayment)

    def get(self, payment_id: str) -> CapitalPayment:
        """One live payment by id."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.CapitalPayment, payment_id), CapitalPayment)

    def list_for_cooperative(self, cooperative_id: str) -> list[CapitalPayment]:
        """Live payments of live memberships, in the order they were paid."""
        with self._ctx.session_factory() as session:
            return _payments(session, cooperative_id)

    def list_for_membership(self, membership_id: str) -> list[CapitalPayment]:
        """Live payments of one member, in the order they were paid."""
        with self._ctx.session_factory() as session:
            rows = session.scalars(
                select(orm.CapitalPayment)
                .where(
                    orm.CapitalPayment.membership_id == membership_id,
                    orm.CapitalPayment.deleted_at.is_(None),
                )
                .order_by(orm.CapitalPayment.paid_date, orm.CapitalPayment.created_at)
            )
            return [to_entity(r, CapitalPayment) for r in rows]

    def totals(self, cooperative_id: str) -> CapitalTotals:
        """Totals per kind and per member, and how many members paid their pokok in full."""
        with self._ctx.session_factory() as session:
            coop = get_live(session, orm.Cooperative, cooperative_id)
            pokok: int | None = coop.simpanan_pokok
            payments = _payments(session, cooperative_id)
            active = session.scalars(
                select(orm.Membership.id).where(
                    orm.Membership.cooperative_id == cooperative_id,
                    orm.Membership.deleted_at.is_(None),
                    orm.Membership.left_date.is_(None),
                )
            ).all()
        by_membership = _per_membership(active, payments, pokok)
        by_kind = {k: sum(m.by_kind[k] for m in by_membership.values()) for k in PaymentKind}
        full = (
            None if pokok is None else sum(1 for m in active if by_membership[m].pokok_paid_in_full)
        )
        return CapitalTotals(
            cooperative_id=cooperative_id,
            by_kind=MappingProxyType(by_kind),
            total=sum(by_kind.values()),
            simpanan_pokok=pokok,
            members=len(active),
            members_paid_pokok_in_full=full,
            by_membership=MappingProxyType(by_membership),
        )

    def delete(self, payment_id: str) -> None:
        """Remove a payment entered by mistake (a refund is not modelled as a deletion)."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.CapitalPayment, payment_id, self._ctx)


def _per_membership(
    active: Sequence[str], payments: Iterable[CapitalPayment], pokok: int | None
) -> dict[str, MembershipTotals]:
    """Totals of every active member (zeros included, for the Bukti Setoran list) and of every
    former member who paid something."""
    per_member: dict[str, dict[PaymentKind, int]] = {
        m: dict.fromkeys(PaymentKind, 0) for m in active
    }
    for p in payments:
        kinds = per_member.setdefault(p.membership_id, dict.fromkeys(PaymentKind, 0))
        kinds[p.kind] += p.amount
    return {
        membership_id: MembershipTotals(
            membership_id=membership_id,
            by_kind=MappingProxyType(kinds),
            total=sum(kinds.values()),
            pokok_paid_in_full=None if pokok is None else kinds[PaymentKind.POKOK] >= pokok,
        )
        for membership_id, kinds in per_member.items()
    }


def _payments(session: Session, cooperative_id: str) -> list[CapitalPayment]:
    """Live payments whose membership is live and belongs to the cooperative."""
    rows = session.scalars(
        select(orm.CapitalPayment)
        .join(orm.Membership, orm.Membership.id == orm.CapitalPayment.membership_id)
        .where(
            orm.Membership.cooperative_id == cooperative_id,
            orm.Membership.deleted_at.is_(None),
            orm.CapitalPayment.deleted_at.is_(None),
        )
        .order_by(
            orm.CapitalPayment.paid_date, orm.CapitalPayment.created_at, orm.CapitalPayment.id
        )
    )
    return [to_entity(r, CapitalPayment) for r in rows]
