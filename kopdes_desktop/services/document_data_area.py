"""Documents not tied to one cooperative's formation: training papers and the regional recap.

The recap walks every cooperative of an area (up to national scale), so it reads cooperative
snapshots in batches, counts trained board members with one grouped query, and reports
progress and honours cancellation between batches.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import distinct, func, select

from kopdes_desktop.documents.data import (
    AreaRecapRow,
    DaftarHadirPelatihanData,
    DocumentHeader,
    PageSetup,
    ParticipantRow,
    RekapPelatihanData,
    RekapWilayahData,
    SertifikatData,
    Signer,
    TrainingInfo,
)
from kopdes_desktop.domain.entities import TrainingParticipant, Wilayah
from kopdes_desktop.domain.enums import Stage, UnitStatus, WilayahLevel
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.identifiers import COUNTRY_CODE, is_kelurahan, is_kota
from kopdes_desktop.domain.stage import derive_stage
from kopdes_desktop.services.document_data import CoopContext
from kopdes_desktop.services.document_sources import DocumentSources
from kopdes_desktop.services.training_service import BOARD_ROLES
from kopdes_desktop.storage import orm

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_PREFIX_LENGTH = {  # characters of a village code naming its province, regency, district
    WilayahLevel.PROVINCE: 2,
    WilayahLevel.REGENCY: 5,
    WilayahLevel.DISTRICT: 8,
    WilayahLevel.VILLAGE: 13,
}
_CHILD = {
    WilayahLevel.COUNTRY: WilayahLevel.PROVINCE,
    WilayahLevel.PROVINCE: WilayahLevel.REGENCY,
    WilayahLevel.REGENCY: WilayahLevel.DISTRICT,
    WilayahLevel.DISTRICT: WilayahLevel.VILLAGE,
    WilayahLevel.VILLAGE: WilayahLevel.VILLAGE,
}


class RecapCancelledError(Exception):
    """The operator cancelled a long recap; nothing was issued."""


@dataclass
class _Tally:
    cooperatives: int = 0
    units_operating: int = 0
    members: int = 0
    trained_board: int = 0

    def __post_init__(self) -> None:
        self.stages: Counter[int] = Counter()


class AreaDocuments:
    """Builders of training papers and of the Rekapitulasi Wilayah."""

    def __init__(self, sources: DocumentSources) -> None:
        self._s = sources

    # -- training ------------------------------------------------------------------------------

    def training(self, event_id: str | None, cooperative_id: str | None = None) -> TrainingInfo:
        """An event with its participants (only one cooperative's when given)."""
        if not event_id:
            raise DomainError("documents.event_required", "event_id")
        d = self._s.deps
        event = d.training.get_event(event_id)
        parts = [
            p
            for p in d.training.participants(event_id)
            if cooperative_id is None or p.cooperative_id == cooperative_id
        ]
        return TrainingInfo(event=event, participants=self._rows(parts))

    def daftar_hadir_pelatihan(
        self, event_id: str | None, setup: PageSetup, header: DocumentHeader
    ) -> DaftarHadirPelatihanData:
        """Attendance list of a training, one signature column per day."""
        return DaftarHadirPelatihanData(
            setup=setup, header=header, training=self.training(event_id)
        )

    def rekap_pelatihan(self, ctx: CoopContext) -> RekapPelatihanData:
        """Every training the cooperative's people attended, with those people."""
        d = self._s.deps
        coop_id = ctx.bundle.cooperative.id
        infos = []
        for event in d.training.list_events():
            parts = [p for p in d.training.participants(event.id) if p.cooperative_id == coop_id]
            if parts:
                infos.append(TrainingInfo(event=event, participants=self._rows(parts)))
        return RekapPelatihanData(
            setup=ctx.setup,
            header=ctx.header(),
            cooperative=ctx.bundle.info,
            trainings=tuple(infos),
        )

    def sertifikat(
        self,
        event_id: str | None,
        cooperative_id: str | None,
        setup: PageSetup,
        header: DocumentHeader,
    ) -> list[SertifikatData]:
        """One certificate per participant (of one cooperative when given)."""
        info = self.training(event_id, cooperative_id)
        signer = Signer(title=info.event.organiser or "Penyelenggara", name="")
        return [
            SertifikatData(
                setup=setup, header=header, signers=(signer,), event=info.event, participant=row
            )
            for row in info.participants
        ]

    def _rows(self, parts: list[TrainingParticipant]) -> tuple[ParticipantRow, ...]:
        d = self._s.deps
        people = d.persons.get_many([p.person_id for p in parts])
        names: dict[str, str] = {}
        for coop_id in {p.cooperative_id for p in parts if p.cooperative_id}:
            names[coop_id] = d.cooperatives.get(coop_id).name
        return tuple(
            ParticipantRow(
                participant=p,
                person=people[p.person_id],
                cooperative_name=names.get(p.cooperative_id or "", ""),
            )
            for p in parts
            if p.person_id in people
        )

    # -- regional recap ------------------------------------------------------------------------

    def rekap_wilayah(
        self,
        area_code: str,
        setup: PageSetup,
        header: DocumentHeader,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> RekapWilayahData:
        """Counts per sub-area: cooperatives per stage, units operating, members, trained."""
        d = self._s.deps
        area = d.wilayah.get(area_code)
        child = _CHILD[area.level]
        subareas = [area] if area.level is WilayahLevel.VILLAGE else d.wilayah.children(area.code)
        tallies: dict[str, _Tally] = defaultdict(_Tally)
        trained = self._trained_by_cooperative()
        total = len(d.cooperatives.summaries(area.code)) if progress else 0
        for done, snap in enumerate(d.cooperatives.iter_snapshots(area.code), start=1):
            if cancelled is not None and cancelled():
                raise RecapCancelledError
            coop = snap.cooperative
            tally = tallies[coop.village_code[: _PREFIX_LENGTH[child]]]
            tally.cooperatives += 1
            tally.stages[int(derive_stage(snap))] += 1
            tally.units_operating += sum(1 for u in snap.units if u.status is UnitStatus.BEROPERASI)
            tally.members += sum(1 for m in snap.members if m.membership.left_date is None)
            tally.trained_board += trained.get(coop.id, 0)
            if progress is not None and done % 50 == 0:
                progress(done, total)
        rows = tuple(_row(w.code, w.name, tallies[w.code]) for w in subareas)
        return RekapWilayahData(
            setup=setup,
            header=header,
            area_name=area.name if area.code != COUNTRY_CODE else "Indonesia",
            area_level=_level_word(area.level, area.code),
            row_label=_row_word(child, subareas),
            rows=rows,
            as_of=header.issued_date,
        )

    def _trained_by_cooperative(self) -> dict[str, int]:
        part, ev = orm.TrainingParticipant, orm.TrainingEvent
        stmt = (
            select(part.cooperative_id, func.count(distinct(part.person_id)))
            .join(ev, ev.id == part.event_id)
            .where(
                part.cooperative_id.is_not(None),
                part.role.in_(BOARD_ROLES),
                part.deleted_at.is_(None),
                ev.deleted_at.is_(None),
            )
            .group_by(part.cooperative_id)
        )
        with self._s.deps.ctx.session_factory() as session:
            return {str(c): int(n) for c, n in session.execute(stmt)}


def _row(code: str, name: str, t: _Tally) -> AreaRecapRow:
    return AreaRecapRow(
        code=code,
        name=name,
        cooperatives=t.cooperatives,
        stage_counts=tuple(t.stages.get(int(s), 0) for s in Stage),
        units_operating=t.units_operating,
        members=t.members,
        trained_board=t.trained_board,
    )


def _level_word(level: WilayahLevel, code: str) -> str:
    """What the recap's area is, as printed before its name."""
    if level is WilayahLevel.REGENCY:
        return "Kota" if is_kota(code) else "Kabupaten"
    if level is WilayahLevel.VILLAGE:
        return "Kelurahan" if is_kelurahan(code) else "Desa"
    return {
        WilayahLevel.COUNTRY: "Negara",
        WilayahLevel.PROVINCE: "Provinsi",
        WilayahLevel.DISTRICT: "Kecamatan",
    }[level]


def _row_word(child: WilayahLevel, subareas: list[Wilayah]) -> str:
    """What each row is ("Kelurahan" when every village row is one)."""
    if child is WilayahLevel.VILLAGE:
        kinds = {is_kelurahan(w.code) for w in subareas}
        if len(kinds) == 1:
            return "Kelurahan" if kinds.pop() else "Desa"
    return {
        WilayahLevel.PROVINCE: "Provinsi",
        WilayahLevel.REGENCY: "Kota/Kabupaten",
        WilayahLevel.DISTRICT: "Kecamatan",
        WilayahLevel.VILLAGE: "Kelurahan/Desa",
    }[child]
