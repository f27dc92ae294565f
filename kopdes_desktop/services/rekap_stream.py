"""The rows of rekap.xlsx for a whole area as generators, read with a few queries per batch.

``RekapService.build_rekap_data`` loads a full snapshot per cooperative (every member as a
domain entity) and keeps every row: right for a kelurahan, far too slow for the country
(83,000 cooperatives, 1.7 million persons). This module yields the same rows (a test holds
the two together) from column queries per batch of cooperatives: counts are grouped in SQL,
the stage comes from ``derive_stage`` on a snapshot that holds only what the stage looks at
(the cooperative, its meetings and units), and board seats join their person directly. The
workbook writer consumes the generators once, so memory stays at one batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.documents import labels
from kopdes_desktop.domain.cooperative_rules import CooperativeSnapshot
from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.enums import BoardRole, Body, MeetingKind, UnitKind, UnitStatus
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.stage import derive_stage
from kopdes_desktop.exchange.rekap_data import (
    RekapBoardMember,
    RekapCooperative,
    RekapTraining,
    RekapUnit,
)
from kopdes_desktop.services.mapping import to_entity
from kopdes_desktop.storage import orm

BATCH = 2_000
_BODY_ORDER = {body: i for i, body in enumerate(Body)}
_ROLE_ORDER = {role: i for i, role in enumerate(BoardRole)}
_KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}


@dataclass(frozen=True, slots=True)
class _MeetingFact:
    """What ``derive_stage`` reads of a meeting."""

    kind: MeetingKind
    meeting_date: date
    deleted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class _UnitFact:
    """What ``derive_stage`` reads of a business unit."""

    status: UnitStatus
    deleted_at: datetime | None = None


@dataclass
class _Batch:
    """Rows of one batch of cooperatives, grouped by cooperative id."""

    members: dict[str, tuple[int, int]]
    meetings: dict[str, list[_MeetingFact]]
    units: dict[str, list[Any]]
    board: dict[str, list[Any]]
    names: dict[str, tuple[str, str, str]]


class RekapStream:
    """Cooperative, board and unit rows of an area, in ``build_rekap_data``'s order.

    The three sheets are written one after the other, so each generator walks the batches
    again with the queries it needs (a batch's cooperatives are loaded once per sheet).
    """

    def __init__(self, session_factory: Any, area_filter: Any, today: date, masked: bool) -> None:
        self._sessions, self._where, self._today, self._masked = (
            session_factory,
            area_filter,
            today,
            masked,
        )

    def _ids(self, session: Session) -> list[str]:
        c = orm.Cooperative
        return list(session.scalars(select(c.id).where(self._where).order_by(c.village_code)))

    def _coop_batches(self, session: Session) -> Iterator[list[Cooperative]]:
        """Live cooperatives of the area by village code, ``BATCH`` at a time, as entities
        (the stage rules read them)."""
        c = orm.Cooperative
        ids = self._ids(session)
        for start in range(0, len(ids), BATCH):
            rows = session.scalars(select(c).where(c.id.in_(ids[start : start + BATCH])))
            batch = sorted((to_entity(r, Cooperative) for r in rows), key=lambda e: e.village_code)
            session.expunge_all()
            yield batch

    def _coop_refs(self, session: Session) -> Iterator[list[Any]]:
        """The same batches as (id, name, village_code) rows: all the other sheets need."""
        c = orm.Cooperative
        ids = self._ids(session)
        for start in range(0, len(ids), BATCH):
            stmt = select(c.id, c.name, c.village_code).where(c.id.in_(ids[start : start + BATCH]))
            yield sorted(session.execute(stmt), key=lambda r: r.village_code)

    def cooperatives(self, training: dict[str, Any]) -> Iterator[RekapCooperative]:
        """The Koperasi sheet: place, stage, counts and legal identity of each cooperative."""
        with self._sessions() as session:
            for coops in self._coop_batches(session):
                ids = [c.id for c in coops]
                names = _names(session, [c.village_code for c in coops])
                members = _member_counts(session, ids)
                meetings = _meetings(session, ids)
                units = _units(session, ids)
                for coop in coops:
                    yield self._cooperative_row(
                        coop, names, members, meetings, units, training.get(coop.id)
                    )

    def _cooperative_row(
        self,
        coop: Cooperative,
        names: dict[str, tuple[str, str, str]],
        members: dict[str, tuple[int, int]],
        meetings: dict[str, list[_MeetingFact]],
        units: dict[str, list[Any]],
        totals: Any,
    ) -> RekapCooperative:
        village, district, regency = names[coop.village_code]
        coop_units = units.get(coop.id, [])
        snap = CooperativeSnapshot(
            cooperative=coop,
            village_name=village,
            is_kelurahan=False,  # not read by the stage
            members=(),
            board=(),
            units=cast(Any, tuple(_UnitFact(u.status) for u in coop_units)),
            meetings=cast(Any, tuple(meetings.get(coop.id, ()))),
            today=self._today,
        )
        stage = derive_stage(snap)
        count, founders = members.get(coop.id, (0, 0))
        return RekapCooperative(
            name=coop.name,
            village_code=coop.village_code,
            village_name=village,
            district_name=district,
            regency_name=regency,
            stage=int(stage),
            stage_name=labels.STAGE[stage],
            members=count,
            founders=founders,
            units_operating=sum(1 for u in coop_units if u.status is UnitStatus.BEROPERASI),
            trained_board=totals.trained_board if totals else 0,
            deed_number=coop.deed_number,
            deed_date=coop.deed_date,
            sk_ahu_number=coop.sk_ahu_number,
            sk_ahu_date=coop.sk_ahu_date,
            nomor_induk_koperasi=coop.nomor_induk_koperasi,
            npwp=coop.npwp,
            nib=coop.nib,
            phone=coop.phone,
            simpanan_pokok=coop.simpanan_pokok,
            simpanan_wajib=coop.simpanan_wajib,
            initial_capital=coop.initial_capital,
            updated_at=coop.updated_at,
        )

    def board(self) -> Iterator[RekapBoardMember]:
        """The Pengurus sheet: current seats, by body, role and start of term."""
        with self._sessions() as session:
            for coops in self._coop_refs(session):
                names = _names(session, [c.village_code for c in coops])
                seats = _board(session, [c.id for c in coops], self._today)
                for coop in coops:
                    village = names[coop.village_code][0]
                    for s in sorted(
                        seats.get(coop.id, ()),
                        key=lambda s: (
                            _BODY_ORDER[s.body],
                            _ROLE_ORDER[s.role],
                            s.start_date or date.min,
                        ),
                    ):
                        nik = s.nik or ""
                        yield RekapBoardMember(
                            cooperative_name=coop.name,
                            village_code=coop.village_code,
                            village_name=village,
                            body=labels.BODY[s.body],
                            role=labels.BOARD_ROLE[s.role],
                            name=s.name or "",
                            nik=mask_nik(nik) if self._masked and nik else nik,
                            sex=labels.sex_code(s.sex),
                            phone=s.phone or "",
                            start_date=s.start_date,
                        )

    def training(self, totals: dict[str, Any]) -> Iterator[RekapTraining]:
        """The Pelatihan sheet: cooperatives whose people took part in training."""
        with self._sessions() as session:
            for coops in self._coop_refs(session):
                names = _names(session, [c.village_code for c in coops])
                for coop in coops:
                    t = totals.get(coop.id)
                    if t is not None:
                        yield RekapTraining(
                            cooperative_name=coop.name,
                            village_code=coop.village_code,
                            village_name=names[coop.village_code][0],
                            events=t.events,
                            participants=t.participants,
                            trained_board=t.trained_board,
                            competency_certificates=t.competency,
                            last_training=t.last,
                        )

    def units(self) -> Iterator[RekapUnit]:
        """The Unit Usaha sheet: every live unit, by kind and name."""
        with self._sessions() as session:
            for coops in self._coop_refs(session):
                names = _names(session, [c.village_code for c in coops])
                units = _units(session, [c.id for c in coops])
                for coop in coops:
                    village = names[coop.village_code][0]
                    for u in sorted(
                        units.get(coop.id, ()), key=lambda u: (_KIND_ORDER[u.kind], u.name)
                    ):
                        yield RekapUnit(
                            cooperative_name=coop.name,
                            village_code=coop.village_code,
                            village_name=village,
                            kind=labels.UNIT_KIND[u.kind],
                            name=u.name,
                            status=labels.UNIT_STATUS[u.status],
                            opening_date=u.opening_date,
                            location=u.location,
                            notes=u.notes,
                        )


def _names(session: Session, codes: list[str]) -> dict[str, tuple[str, str, str]]:
    stmt = (
        select(orm.Village.code, orm.Village.name, orm.District.name, orm.Regency.name)
        .join(orm.District, orm.District.code == orm.Village.district_code)
        .join(orm.Regency, orm.Regency.code == orm.District.regency_code)
        .where(orm.Village.code.in_(codes))
    )
    return {code: (v, d, r) for code, v, d, r in session.execute(stmt)}


def _member_counts(session: Session, ids: list[str]) -> dict[str, tuple[int, int]]:
    """Live members who have not left, and the founders among them."""
    m = orm.Membership
    stmt = (
        select(m.cooperative_id, func.count(), func.count().filter(m.is_founder.is_(True)))
        .where(m.cooperative_id.in_(ids), m.deleted_at.is_(None), m.left_date.is_(None))
        .group_by(m.cooperative_id)
    )
    return {c: (int(n), int(f)) for c, n, f in session.execute(stmt)}


def _meetings(session: Session, ids: list[str]) -> dict[str, list[_MeetingFact]]:
    m = orm.Meeting
    grouped: dict[str, list[_MeetingFact]] = defaultdict(list)
    stmt = select(m.cooperative_id, m.kind, m.meeting_date).where(
        m.cooperative_id.in_(ids), m.deleted_at.is_(None)
    )
    for coop_id, kind, day in session.execute(stmt):
        grouped[coop_id].append(_MeetingFact(kind, day))
    return grouped


def _units(session: Session, ids: list[str]) -> dict[str, list[Any]]:
    u = orm.BusinessUnit
    grouped: dict[str, list[Any]] = defaultdict(list)
    stmt = (
        select(u.cooperative_id, u.kind, u.name, u.status, u.opening_date, u.location, u.notes)
        .where(u.cooperative_id.in_(ids), u.deleted_at.is_(None))
        .order_by(u.cooperative_id)
    )
    for row in session.execute(stmt):
        grouped[row.cooperative_id].append(row)
    return grouped


def _board(session: Session, ids: list[str], today: date) -> dict[str, list[Any]]:
    """Current seats (``board_service.is_current``) with their person's name, NIK, sex, phone."""
    b, p = orm.BoardPosition, orm.Person
    grouped: dict[str, list[Any]] = defaultdict(list)
    stmt = (
        select(b.cooperative_id, b.body, b.role, b.start_date, p.name, p.nik, p.sex, p.phone)
        .outerjoin(p, p.id == b.person_id)
        .where(
            b.cooperative_id.in_(ids),
            b.deleted_at.is_(None),
            (b.start_date.is_(None)) | (b.start_date <= today),
            (b.end_date.is_(None)) | (b.end_date >= today),
        )
        .order_by(b.cooperative_id)
    )
    for row in session.execute(stmt):
        grouped[row.cooperative_id].append(row)
    return grouped
