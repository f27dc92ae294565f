"""Cooperatives: registration, updates, listing with derived stage, and rule checks.

The stage is never typed: it is derived from recorded facts (meetings, legal numbers, units)
every time it is shown, so it cannot drift from the data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.cooperative_rules import (
    CooperativeSnapshot,
    MemberFacts,
    check_cooperative,
)
from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    Cooperative,
    Meeting,
    Membership,
    Person,
)
from kopdes_desktop.domain.enums import Stage
from kopdes_desktop.domain.errors import ConflictError, Issue, ValidationError, error
from kopdes_desktop.domain.identifiers import (
    COUNTRY_CODE,
    check_email,
    check_nib,
    check_npwp,
    check_phone,
    check_postal_code,
    is_kelurahan,
)
from kopdes_desktop.domain.names import VillageRef, check_cooperative_name, disambiguated_name
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.domain.stage import derive_stage, missing_for_next_stage
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import get_live, soft_delete, to_entity, upsert_synced
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage import orm

E = TypeVar("E")
SNAPSHOT_BATCH = 200
Names = tuple[str, str, str]
"""Village, district and regency names of a cooperative."""


@dataclass(frozen=True)
class CooperativeSummary:
    """One row of the cooperative list: the record, where it is, how far it got."""

    cooperative: Cooperative
    village_name: str
    district_name: str
    regency_name: str
    stage: Stage
    member_count: int


class CooperativeService:
    """Register, edit, list and check cooperatives."""

    def __init__(self, ctx: ServiceContext, wilayah: WilayahService) -> None:
        self._ctx = ctx
        self._wilayah = wilayah

    # -- writing -----------------------------------------------------------------------------

    def field_issues(self, coop: Cooperative) -> list[Issue]:
        """Findings on the form's own fields (before members and board exist)."""
        village = self._wilayah.get(coop.village_code)
        issues = [
            *check_cooperative_name(coop.name, village.name, is_kelurahan(coop.village_code)),
            *check_phone(coop.phone),
            *check_email(coop.email),
            *check_postal_code(coop.postal_code),
            *check_npwp(coop.npwp),
            *check_nib(coop.nib),
        ]
        for field_name in ("simpanan_pokok", "simpanan_wajib", "initial_capital"):
            value = getattr(coop, field_name)
            if value is not None and value <= 0:
                issues.append(error(f"capital.{field_name}_not_positive", field_name))
        for first, second in (("deed_date", "sk_ahu_date"),):
            a, b = getattr(coop, first), getattr(coop, second)
            if a and b and b < a:
                issues.append(error("cooperative.dates_order", second, after=first))
        return issues

    def save(self, coop: Cooperative) -> Cooperative:
        """Create or update; one cooperative per village; field errors block saving."""
        self._ctx.require(Action.EDIT_DATA)
        issues = self.field_issues(coop)
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        with self._ctx.session_factory.begin() as session:
            taken = session.scalar(
                select(orm.Cooperative.id).where(
                    orm.Cooperative.village_code == coop.village_code, orm.Cooperative.id != coop.id
                )
            )
            if taken:
                raise ConflictError(
                    "cooperative.village_taken", "village_code", village=coop.village_code
                )
            row, _ = upsert_synced(session, orm.Cooperative, coop, self._ctx)
            session.flush()
            return to_entity(row, Cooperative)

    def delete(self, cooperative_id: str) -> None:
        """Soft-delete (the village can then get a new cooperative only after a restore)."""
        self._ctx.require(Action.DELETE_DATA)
        with self._ctx.session_factory.begin() as session:
            soft_delete(session, orm.Cooperative, cooperative_id, self._ctx)

    def suggested_name(self, village_code: str) -> str:
        """The standard name, with kecamatan/city appended when the village name repeats."""
        village = self._village_ref(village_code)
        with self._ctx.session_factory() as session:
            codes = session.scalars(
                select(orm.Village.code).where(func.lower(orm.Village.name) == village.name.lower())
            )
            others = [self._village_ref(c) for c in codes if c != village.code]
        return disambiguated_name(village, others)

    # -- reading -----------------------------------------------------------------------------

    def get(self, cooperative_id: str) -> Cooperative:
        """One live cooperative."""
        with self._ctx.session_factory() as session:
            return to_entity(get_live(session, orm.Cooperative, cooperative_id), Cooperative)

    def get_by_village(self, village_code: str) -> Cooperative | None:
        """The live cooperative of a village, if any."""
        with self._ctx.session_factory() as session:
            row = session.scalar(
                select(orm.Cooperative).where(
                    orm.Cooperative.village_code == village_code,
                    orm.Cooperative.deleted_at.is_(None),
                )
            )
            return to_entity(row, Cooperative) if row else None

    def summaries(
        self, area_code: str | None = None, text: str = "", stage: Stage | None = None
    ) -> list[CooperativeSummary]:
        """Cooperatives inside an area, optionally filtered by name/village text and stage."""
        summaries = []
        for snap, names in self._iter(area_code, text):
            s = derive_stage(snap)
            if stage is not None and s is not stage:
                continue
            summaries.append(
                CooperativeSummary(
                    cooperative=snap.cooperative,
                    village_name=names[0],
                    district_name=names[1],
                    regency_name=names[2],
                    stage=s,
                    member_count=len(snap.members),
                )
            )
        return summaries

    def free_villages(self, area_code: str) -> list[VillageRef]:
        """Villages of an area without a cooperative, by name: choices for a registration.

        One joined query (names of district and regency included), so choosing among the
        83,762 villages of the whole country stays a single read.
        """
        stmt = (
            select(orm.Village.code, orm.Village.name, orm.District.name, orm.Regency.name)
            .join(orm.District, orm.District.code == orm.Village.district_code)
            .join(orm.Regency, orm.Regency.code == orm.District.regency_code)
            .where(
                # A deleted cooperative still holds its village until it is restored.
                ~select(orm.Cooperative.id)
                .where(orm.Cooperative.village_code == orm.Village.code)
                .exists()
            )
            .order_by(orm.Village.name, orm.Village.code)
        )
        if area_code and area_code != COUNTRY_CODE:
            stmt = stmt.where(
                (orm.Village.code == area_code) | orm.Village.code.like(area_code + ".%")
            )
        with self._ctx.session_factory() as session:
            return [
                VillageRef(code=code, name=name, district_name=district, regency_name=regency)
                for code, name, district, regency in session.execute(stmt)
            ]

    def choices(self, area_code: str | None = None) -> list[tuple[str, str]]:
        """(id, name) of the live cooperatives in an area, by name: one light query for
        pickers (training participants, mentoring visits) even at national scale."""
        stmt = select(orm.Cooperative.id, orm.Cooperative.name).where(
            orm.Cooperative.deleted_at.is_(None)
        )
        if area_code and area_code != COUNTRY_CODE:
            stmt = stmt.where(
                (orm.Cooperative.village_code == area_code)
                | orm.Cooperative.village_code.like(area_code + ".%")
            )
        with self._ctx.session_factory() as session:
            rows = session.execute(stmt.order_by(orm.Cooperative.name, orm.Cooperative.id))
            return [(coop_id, name) for coop_id, name in rows]

    def snapshot(self, cooperative_id: str) -> CooperativeSnapshot:
        """Everything the rules look at for one cooperative."""
        coop = self.get(cooperative_id)
        return next(self._snapshots([coop]))[0]

    def check(self, cooperative_id: str) -> list[Issue]:
        """Rule findings (errors and warnings) for one cooperative."""
        return check_cooperative(self.snapshot(cooperative_id))

    def stage(self, cooperative_id: str) -> Stage:
        """The furthest formation stage reached."""
        return derive_stage(self.snapshot(cooperative_id))

    def next_stage_gaps(self, cooperative_id: str) -> list[Issue]:
        """What is missing for the next stage (the home screen's checklist)."""
        return missing_for_next_stage(self.snapshot(cooperative_id))

    def iter_snapshots(
        self, area_code: str | None = None, text: str = ""
    ) -> Iterator[CooperativeSnapshot]:
        """Snapshots of every live cooperative in an area, loaded in batches (national scale)."""
        for snap, _names in self._iter(area_code, text):
            yield snap

    # -- internals ---------------------------------------------------------------------------

    def _village_ref(self, village_code: str) -> VillageRef:
        village, district, regency, _ = self._wilayah.lineage(village_code)
        return VillageRef(
            code=village.code,
            name=village.name,
            district_name=district.name,
            regency_name=regency.name,
        )

    def _iter(
        self, area_code: str | None, text: str
    ) -> Iterator[tuple[CooperativeSnapshot, Names]]:
        with self._ctx.session_factory() as session:
            stmt = select(orm.Cooperative).where(orm.Cooperative.deleted_at.is_(None))
            if area_code and area_code != COUNTRY_CODE:
                stmt = stmt.where(
                    (orm.Cooperative.village_code == area_code)
                    | orm.Cooperative.village_code.like(area_code + ".%")
                )
            if text.strip():
                needle = f"%{text.strip().lower()}%"
                stmt = stmt.join(orm.Village, orm.Village.code == orm.Cooperative.village_code)
                stmt = stmt.where(
                    func.lower(orm.Cooperative.name).like(needle)
                    | func.lower(orm.Village.name).like(needle)
                )
            coops = [
                to_entity(r, Cooperative)
                for r in session.scalars(stmt.order_by(orm.Cooperative.village_code))
            ]
        for start in range(0, len(coops), SNAPSHOT_BATCH):
            yield from self._snapshots(coops[start : start + SNAPSHOT_BATCH])

    def _snapshots(self, coops: list[Cooperative]) -> Iterator[tuple[CooperativeSnapshot, Names]]:
        ids = [c.id for c in coops]
        with self._ctx.session_factory() as session:
            office = session.get(orm.Office, 1)
            names = self._load_names(session, [c.village_code for c in coops])
            members = self._grouped_members(session, ids)
            board = _grouped(session, orm.BoardPosition, BoardPosition, ids)
            units = _grouped(session, orm.BusinessUnit, BusinessUnit, ids)
            meetings = _grouped(session, orm.Meeting, Meeting, ids)
            people = self._board_people(session, board, members)
        today = self._ctx.today()
        for coop in coops:
            # The office's lurah is the ex-officio ketua pengawas of its own village only.
            own = office is not None and office.area_code == coop.village_code
            snap = CooperativeSnapshot(
                cooperative=coop,
                village_name=names[coop.village_code][0],
                is_kelurahan=is_kelurahan(coop.village_code),
                members=tuple(members[coop.id]),
                board=tuple(board[coop.id]),
                units=tuple(units[coop.id]),
                meetings=tuple(meetings[coop.id]),
                lurah_name=office.lurah_name if own and office else "",
                today=today,
                people=tuple(people.get(coop.id, ())),
            )
            yield snap, names[coop.village_code]

    @staticmethod
    def _load_names(session: Session, codes: Iterable[str]) -> dict[str, Names]:
        stmt = (
            select(orm.Village.code, orm.Village.name, orm.District.name, orm.Regency.name)
            .join(orm.District, orm.District.code == orm.Village.district_code)
            .join(orm.Regency, orm.Regency.code == orm.District.regency_code)
            .where(orm.Village.code.in_(list(codes)))
        )
        return {code: (v, d, r) for code, v, d, r in session.execute(stmt)}

    @staticmethod
    def _grouped_members(session: Session, ids: list[str]) -> dict[str, list[MemberFacts]]:
        grouped: dict[str, list[MemberFacts]] = defaultdict(list)
        stmt = (
            select(orm.Membership, orm.Person)
            .join(orm.Person, orm.Person.id == orm.Membership.person_id)
            .where(orm.Membership.cooperative_id.in_(ids), orm.Membership.deleted_at.is_(None))
        )
        for m, p in session.execute(stmt):
            grouped[m.cooperative_id].append(
                MemberFacts(person=to_entity(p, Person), membership=to_entity(m, Membership))
            )
        return grouped

    @staticmethod
    def _board_people(
        session: Session,
        board: dict[str, list[BoardPosition]],
        members: dict[str, list[MemberFacts]],
    ) -> dict[str, list[Person]]:
        """Persons on the board who are not members (typically the lurah)."""
        wanted: dict[str, set[str]] = {}
        for coop_id, positions in board.items():
            known = {m.person.id for m in members.get(coop_id, ())}
            wanted[coop_id] = {p.person_id for p in positions} - known
        all_ids = sorted(set().union(*wanted.values())) if wanted else []
        found: dict[str, Person] = {}
        for start in range(0, len(all_ids), 500):
            rows = session.scalars(
                select(orm.Person).where(orm.Person.id.in_(all_ids[start : start + 500]))
            )
            found.update({r.id: to_entity(r, Person) for r in rows})
        return {c: [found[i] for i in ids if i in found] for c, ids in wanted.items()}


def _grouped(
    session: Session, model: Any, entity_cls: type[E], ids: list[str]
) -> dict[str, list[E]]:
    """Live child rows of many cooperatives in one query, grouped by cooperative."""
    grouped: dict[str, list[E]] = defaultdict(list)
    rows = session.scalars(
        select(model).where(model.cooperative_id.in_(ids), model.deleted_at.is_(None))
    )
    for row in rows:
        grouped[row.cooperative_id].append(to_entity(row, entity_cls))
    return grouped
