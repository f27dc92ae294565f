"""The data of the monitoring workbook (rekap.xlsx) for an area, from the records.

Used by the exchange service when it writes a package and by the Ekspor/Impor page. It walks
the cooperatives of the area in batches (``CooperativeService.iter_snapshots``), so a national
workbook never loads every person at once, and sums training with one grouped query. The
words in the rows are the Indonesian ones of printed documents (``documents/labels.py``): the
workbook is read at the Sudin and Dinas, in Indonesian whatever the program's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from kopdes_desktop.documents import labels
from kopdes_desktop.domain.cooperative_rules import CooperativeSnapshot
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.enums import BoardRole, Body, CertificateType, UnitKind, UnitStatus
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.identifiers import COUNTRY_CODE
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.domain.stage import derive_stage
from kopdes_desktop.exchange.rekap_data import (
    RekapBoardMember,
    RekapCooperative,
    RekapData,
    RekapTraining,
    RekapUnit,
    identity_fields,
)
from kopdes_desktop.services.board_service import is_current
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperative_service import CooperativeService
from kopdes_desktop.services.rekap_stream import RekapStream
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.training_service import BOARD_ROLES
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage import orm

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_BODY_ORDER = {body: i for i, body in enumerate(Body)}
_ROLE_ORDER = {role: i for i, role in enumerate(BoardRole)}
_KIND_ORDER = {kind: i for i, kind in enumerate(UnitKind)}
SUMMARY_NOTE = (
    "lembar Pengurus dan Unit Usaha (wilayah besar: ringkasan); datanya lengkap di "
    "csv/board_position.csv dan csv/business_unit.csv dalam paket yang sama"
)
_DISTRICT_CODE_LENGTH = 8  # "31.74.07"
_REGENCY_CODE_LENGTH = 5  # "31.74"


@dataclass(frozen=True)
class _TrainingTotals:
    events: int
    participants: int
    trained_board: int
    competency: int
    last: date | None


class RekapService:
    """Builds ``RekapData`` for an area; Qt-free, with progress and cancel callbacks."""

    def __init__(
        self,
        ctx: ServiceContext,
        cooperatives: CooperativeService,
        wilayah: WilayahService,
        settings: SettingsService,
    ) -> None:
        self._ctx = ctx
        self._cooperatives = cooperatives
        self._wilayah = wilayah
        self._settings = settings

    def build_rekap_data(
        self,
        area_code: str,
        mask_nik: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> RekapData:
        """Every live cooperative inside ``area_code`` with its board, units and training.

        Raises ``DomainError("rekap.cancelled")`` when ``cancelled()`` turns true between
        cooperatives: half a rekap must never be written as if it were whole.
        """
        area = self._wilayah.normalize(area_code)
        info = self._wilayah.area_info(area)
        total = self._count(area)
        training = self._training_totals(area)
        coops: list[RekapCooperative] = []
        board: list[RekapBoardMember] = []
        units: list[RekapUnit] = []
        trained: list[RekapTraining] = []
        names: dict[str, str] = {}
        for done, snap in enumerate(self._cooperatives.iter_snapshots(area), start=1):
            if cancelled is not None and cancelled():
                raise DomainError("rekap.cancelled")
            totals = training.get(snap.cooperative.id)
            coops.append(self._cooperative_row(snap, totals, names))
            board.extend(self._board_rows(snap, mask_nik))
            units.extend(self._unit_rows(snap))
            if totals is not None:
                trained.append(self._training_row(snap, totals))
            if progress is not None:
                progress(done, total)
        return RekapData(
            area_code=info.code,
            area_name=info.full_name,
            generated_at=self._ctx.now(),
            nik_masked=mask_nik,
            cooperatives=tuple(coops),
            board=tuple(board),
            units=tuple(units),
            training=tuple(trained),
            office_name=self._settings.get().office_name,
        )

    def count(self, area_code: str) -> int:
        """Live cooperatives inside ``area_code`` (what a rekap would list)."""
        return self._count(self._wilayah.normalize(area_code))

    def stream_rekap_data(
        self,
        area_code: str,
        mask_nik: bool = True,
        summary: bool = False,
        sessions: Callable[[], Session] | None = None,
    ) -> RekapData:
        """The same workbook rows as ``build_rekap_data``, as generators read once by the
        workbook writer (``rekap_stream``), in bounded memory.

        ``summary`` leaves out the Pengurus and Unit Usaha sheets (a million rows for the
        whole country, minutes to write) and says so in the workbook; the package's CSV files
        hold those records in full. ``sessions`` makes the sessions the rows are read with
        (an export passes sessions on one connection, so the rows come from its snapshot)."""
        area = self._wilayah.normalize(area_code)
        info = self._wilayah.area_info(area)
        sessions = sessions or self._ctx.session_factory
        training = self._training_totals(area, sessions)
        stream = RekapStream(sessions, self._area_filter(area), self._ctx.today(), mask_nik)
        return RekapData(
            area_code=info.code,
            area_name=info.full_name,
            generated_at=self._ctx.now(),
            nik_masked=mask_nik,
            cooperatives=stream.cooperatives(training),
            board=stream.board(),
            units=stream.units(),
            training=stream.training(training),
            office_name=self._settings.get().office_name,
            omitted=SUMMARY_NOTE if summary else "",
        )

    # -- rows ----------------------------------------------------------------------------

    def _cooperative_row(
        self, snap: CooperativeSnapshot, totals: _TrainingTotals | None, names: dict[str, str]
    ) -> RekapCooperative:
        coop = snap.cooperative
        members = [m for m in snap.members if m.membership.left_date is None]
        stage = derive_stage(snap)
        return RekapCooperative(
            name=coop.name,
            village_code=coop.village_code,
            village_name=snap.village_name,
            district_name=self._name(coop.village_code[:_DISTRICT_CODE_LENGTH], names),
            regency_name=self._name(coop.village_code[:_REGENCY_CODE_LENGTH], names),
            stage=int(stage),
            stage_name=labels.STAGE[stage],
            members=len(members),
            founders=sum(1 for m in members if m.membership.is_founder),
            units_operating=sum(1 for u in snap.units if u.status is UnitStatus.BEROPERASI),
            trained_board=totals.trained_board if totals else 0,
            **identity_fields(coop),
        )

    def _board_rows(self, snap: CooperativeSnapshot, masked: bool) -> list[RekapBoardMember]:
        today = self._ctx.today()
        persons: dict[str, Person] = {p.id: p for p in snap.people}
        persons.update({m.person.id: m.person for m in snap.members})
        current = sorted(
            (p for p in snap.board if is_current(p, today)),
            key=lambda p: (_BODY_ORDER[p.body], _ROLE_ORDER[p.role], p.start_date or date.min),
        )
        rows = []
        for position in current:
            person = persons.get(position.person_id)
            nik = (person.nik or "") if person else ""
            rows.append(
                RekapBoardMember(
                    cooperative_name=snap.cooperative.name,
                    village_code=snap.cooperative.village_code,
                    village_name=snap.village_name,
                    body=labels.BODY[position.body],
                    role=labels.BOARD_ROLE[position.role],
                    name=person.name if person else "",
                    nik=mask_nik(nik) if masked and nik else nik,
                    sex=labels.sex_code(person.sex if person else None),
                    phone=person.phone if person else "",
                    start_date=position.start_date,
                )
            )
        return rows

    @staticmethod
    def _unit_rows(snap: CooperativeSnapshot) -> list[RekapUnit]:
        return [
            RekapUnit(
                cooperative_name=snap.cooperative.name,
                village_code=snap.cooperative.village_code,
                village_name=snap.village_name,
                kind=labels.UNIT_KIND[unit.kind],
                name=unit.name,
                status=labels.UNIT_STATUS[unit.status],
                opening_date=unit.opening_date,
                location=unit.location,
                notes=unit.notes,
            )
            for unit in sorted(snap.units, key=lambda u: (_KIND_ORDER[u.kind], u.name))
        ]

    @staticmethod
    def _training_row(snap: CooperativeSnapshot, totals: _TrainingTotals) -> RekapTraining:
        return RekapTraining(
            cooperative_name=snap.cooperative.name,
            village_code=snap.cooperative.village_code,
            village_name=snap.village_name,
            events=totals.events,
            participants=totals.participants,
            trained_board=totals.trained_board,
            competency_certificates=totals.competency,
            last_training=totals.last,
        )

    # -- queries -------------------------------------------------------------------------

    def _name(self, code: str, cache: dict[str, str]) -> str:
        """District or regency name, cached per rekap: thousands of rows share few areas."""
        name = cache.get(code)
        if name is None:
            name = cache[code] = self._wilayah.get(code).name
        return name

    def _area_filter(self, area: str):  # type: ignore[no-untyped-def]
        live = orm.Cooperative.deleted_at.is_(None)
        if area == COUNTRY_CODE:
            return live
        code = orm.Cooperative.village_code
        return live & ((code == area) | code.like(area + ".%"))

    def _count(self, area: str) -> int:
        stmt = select(func.count(orm.Cooperative.id)).where(self._area_filter(area))
        with self._ctx.session_factory() as session:
            return int(session.scalar(stmt) or 0)

    def _training_totals(
        self, area: str, sessions: Callable[[], Session] | None = None
    ) -> dict[str, _TrainingTotals]:
        """Per cooperative: events, people, trained board members, competency certificates."""
        tp, ev = orm.TrainingParticipant, orm.TrainingEvent
        board_person = case((tp.role.in_(BOARD_ROLES), tp.person_id))
        competent = case((tp.certificate_type == CertificateType.KOMPETENSI, tp.person_id))
        stmt = (
            select(
                tp.cooperative_id,
                func.count(distinct(tp.event_id)),
                func.count(distinct(tp.person_id)),
                func.count(distinct(board_person)),
                func.count(distinct(competent)),
                func.max(ev.start_date),
            )
            .join(ev, ev.id == tp.event_id)
            .join(orm.Cooperative, orm.Cooperative.id == tp.cooperative_id)
            .where(tp.deleted_at.is_(None), ev.deleted_at.is_(None), self._area_filter(area))
            .group_by(tp.cooperative_id)
        )
        with (sessions or self._ctx.session_factory)() as session:
            return {
                coop_id: _TrainingTotals(int(e), int(p), int(b), int(c), last)
                for coop_id, e, p, b, c, last in session.execute(stmt)
                if coop_id is not None
            }
