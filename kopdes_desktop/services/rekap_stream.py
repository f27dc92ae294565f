"""The rows of rekap.xlsx for a whole area as generators, read with a few queries per batch.

``RekapService.build_rekap_data`` loads a full snapshot per cooperative (every member as a
domain entity) and keeps every row: right for a kelurahan, far too slow for the country
(83,000 cooperatives, 1.7 million persons). This module yields the same rows (a test holds
the two together) from column queries: the Koperasi and Pelatihan sheets (the summary
workbook of a national export) walk the cooperatives in one query, with counts, held meeting
kinds and unit statuses grouped in SQL over the whole area beforehand, and the stage from
``derive_stage`` once per distinct combination of the facts it reads; the Pengurus and Unit
Usaha sheets query per batch of cooperatives, board seats joining their person directly. The
workbook writer consumes the generators once, so memory stays at a few dicts keyed by
cooperative and one batch.
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
from kopdes_desktop.domain.enums import BoardRole, Body, MeetingKind, Stage, UnitKind, UnitStatus
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.stage import derive_stage
from kopdes_desktop.exchange.rekap_data import (
    RekapBoardMember,
    RekapCooperative,
    RekapTraining,
    RekapUnit,
    identity_fields,
)
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

    def _coop_refs(self, session: Session) -> Iterator[list[Any]]:
        """The same batches as (id, name, village_code) rows: all the other sheets need."""
        c = orm.Cooperative
        ids = self._ids(session)
        for start in range(0, len(ids), BATCH):
            stmt = select(c.id, c.name, c.village_code).where(c.id.in_(ids[start : start + BATCH]))
            yield sorted(session.execute(stmt), key=lambda r: r.village_code)

    def cooperatives(self, training: dict[str, Any]) -> Iterator[RekapCooperative]:
        """The Koperasi sheet: place, stage, counts and legal identity of each cooperative.

        One query walks the cooperatives with their place names; members, held meetings and
        unit statuses are grouped in SQL over the whole area first (a few dicts keyed by
        cooperative). The stage depends only on which meeting kinds were held, which unit
        statuses exist and which identity fields are filled, so ``derive_stage`` runs once
        per distinct combination (a few dozen for the whole country) on a snapshot of the
        first cooperative that has it."""
        with self._sessions() as session:
            members = _member_counts(session, self._where)
            held = _meetings_held(session, self._where, self._today)
            statuses = _unit_statuses(session, self._where)
            stages: dict[tuple[Any, ...], Stage] = {}
            for coop in session.connection().execute(_cooperative_rows(self._where)):
                unit_counts = statuses.get(coop.id, {})
                kinds = held.get(coop.id, frozenset())
                shapes = (_shape(getattr(coop, f)) for f in _STAGE_FIELDS)
                key = (kinds, frozenset(unit_counts), *shapes)
                stage = stages.get(key)
                if stage is None:
                    stage = stages[key] = self._stage(coop, kinds, unit_counts)
                totals = training.get(coop.id)
                count, founders = members.get(coop.id, (0, 0))
                yield RekapCooperative(
                    name=coop.name,
                    village_code=coop.village_code,
                    village_name=coop.village_name,
                    district_name=coop.district_name,
                    regency_name=coop.regency_name,
                    stage=int(stage),
                    stage_name=labels.STAGE[stage],
                    members=count,
                    founders=founders,
                    units_operating=unit_counts.get(UnitStatus.BEROPERASI, 0),
                    trained_board=totals.trained_board if totals else 0,
                    **identity_fields(coop),
                )

    def _stage(self, coop: Any, kinds: frozenset[MeetingKind], units: dict[Any, int]) -> Stage:
        """``derive_stage`` on a snapshot holding only what it reads."""
        snap = CooperativeSnapshot(
            cooperative=cast(Any, coop),
            village_name=coop.village_name,
            is_kelurahan=False,  # not read by the stage
            members=(),
            board=(),
            units=cast(Any, tuple(_UnitFact(status) for status in units)),
            meetings=cast(Any, tuple(_MeetingFact(kind, self._today) for kind in kinds)),
            today=self._today,
        )
        return derive_stage(snap)

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
            for coop in session.connection().execute(_cooperative_rows(self._where)):
                t = totals.get(coop.id)
                if t is not None:
                    yield RekapTraining(
                        cooperative_name=coop.name,
                        village_code=coop.village_code,
                        village_name=coop.village_name,
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


_STAGE_FIELDS = (
    "name_reserved_date",
    "deed_number",
    "deed_date",
    "sk_ahu_number",
    "sk_ahu_date",
    "npwp",
    "nib",
    "bank_account_number",
    "simkopdes_account",
)
"""The cooperative's fields the stage rules read (``domain/stage.py``)."""


def _shape(value: Any) -> tuple[bool, bool, bool]:
    """What the stage rules can tell of a field: None, truthy, blank text."""
    return value is None, bool(value), isinstance(value, str) and not value.strip()


def _cooperative_rows(where: Any) -> Any:
    """Live cooperatives of the area by village code, with every column the sheets show and
    the stage reads, and their village, district and regency names."""
    c = orm.Cooperative
    columns = {
        "id", "name", "village_code", "phone", "nomor_induk_koperasi", "simpanan_pokok",
        "simpanan_wajib", "initial_capital", "updated_at", *_STAGE_FIELDS,
    }  # fmt: skip
    return (
        select(
            *(getattr(c, name) for name in sorted(columns)),
            orm.Village.name.label("village_name"),
            orm.District.name.label("district_name"),
            orm.Regency.name.label("regency_name"),
        )
        .join(orm.Village, orm.Village.code == c.village_code)
        .join(orm.District, orm.District.code == orm.Village.district_code)
        .join(orm.Regency, orm.Regency.code == orm.District.regency_code)
        .where(where)
        .order_by(c.village_code)
    )


def _member_counts(session: Session, where: Any) -> dict[str, tuple[int, int]]:
    """Live members who have not left, and the founders among them, per cooperative."""
    m, c = orm.Membership, orm.Cooperative
    stmt = (
        select(m.cooperative_id, func.count(), func.count().filter(m.is_founder.is_(True)))
        .join(c, c.id == m.cooperative_id)
        .where(where, m.deleted_at.is_(None), m.left_date.is_(None))
        .group_by(m.cooperative_id)
    )
    return {coop: (int(n), int(f)) for coop, n, f in session.connection().execute(stmt)}


def _meetings_held(session: Session, where: Any, today: date) -> dict[str, frozenset[MeetingKind]]:
    """Kinds of live meetings held on or before ``today``, per cooperative."""
    m, c = orm.Meeting, orm.Cooperative
    grouped: dict[str, set[MeetingKind]] = defaultdict(set)
    stmt = (
        select(m.cooperative_id, m.kind)
        .join(c, c.id == m.cooperative_id)
        .where(where, m.deleted_at.is_(None), m.meeting_date <= today)
        .group_by(m.cooperative_id, m.kind)
    )
    for coop, kind in session.connection().execute(stmt):
        grouped[coop].add(kind)
    return {coop: frozenset(kinds) for coop, kinds in grouped.items()}


def _unit_statuses(session: Session, where: Any) -> dict[str, dict[UnitStatus, int]]:
    """Live units per status, per cooperative."""
    u, c = orm.BusinessUnit, orm.Cooperative
    grouped: dict[str, dict[UnitStatus, int]] = defaultdict(dict)
    stmt = (
        select(u.cooperative_id, u.status, func.count())
        .join(c, c.id == u.cooperative_id)
        .where(where, u.deleted_at.is_(None))
        .group_by(u.cooperative_id, u.status)
    )
    for coop, status, count in session.connection().execute(stmt):
        grouped[coop][status] = int(count)
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
