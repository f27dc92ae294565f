"""Reading what documents print: one cooperative's records, page setup, names and signers.

The document layer receives frozen dataclasses and never touches the database; this module
collects them through the other services. A ``CoopBundle`` is read once per cooperative, so
the berkas (eight documents from the same records) reads each table once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from kopdes_desktop.documents.data import (
    BoardRow,
    CooperativeInfo,
    Letterhead,
    PageSetup,
    PersonRow,
    Signer,
)
from kopdes_desktop.domain.cooperative_rules import MemberFacts
from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    Cooperative,
    OfficeSettings,
    Person,
)
from kopdes_desktop.domain.enums import BoardRole, Body, PaperSize
from kopdes_desktop.domain.identifiers import is_kelurahan
from kopdes_desktop.services.attachment_service import AttachmentService
from kopdes_desktop.services.board_service import BoardService
from kopdes_desktop.services.capital_service import CapitalService
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperative_service import CooperativeService
from kopdes_desktop.services.meeting_service import MeetingService
from kopdes_desktop.services.member_service import MemberService
from kopdes_desktop.services.person_service import PersonService
from kopdes_desktop.services.settings_service import SettingsService
from kopdes_desktop.services.signing_service import SigningService
from kopdes_desktop.services.training_service import TrainingService
from kopdes_desktop.services.unit_service import UnitService
from kopdes_desktop.services.wilayah_service import WilayahService, short_province_name
from kopdes_desktop.storage import orm

_REGENCY_PREFIXES = ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota ")
JAKARTA_PROVINCE = "31"
AreaNames = tuple[str, str, str, str]
"""Village, district, regency and province names of a village code."""


@dataclass(frozen=True, kw_only=True)
class DocumentDeps:
    """The services documents read from (passed in by the composition root)."""

    ctx: ServiceContext
    settings: SettingsService
    wilayah: WilayahService
    cooperatives: CooperativeService
    persons: PersonService
    members: MemberService
    board: BoardService
    units: UnitService
    capital: CapitalService
    meetings: MeetingService
    training: TrainingService
    attachments: AttachmentService
    signing: SigningService


@dataclass(frozen=True, kw_only=True)
class DocumentOptions:
    """Choices made when printing: copies leaving the office mask NIK; paper overrides."""

    mask_nik: bool = False
    paper: PaperSize | None = None
    event_id: str | None = None
    """A meeting id (undangan, daftar hadir, berita acara) or training event id."""
    area_code: str | None = None
    """Area of a Rekapitulasi Wilayah (default: the working area)."""


@dataclass(frozen=True, kw_only=True)
class CoopBundle:
    """One cooperative's records as documents need them (current members and board)."""

    cooperative: Cooperative
    info: CooperativeInfo
    members: tuple[MemberFacts, ...]
    board: tuple[BoardRow, ...]
    units: tuple[BusinessUnit, ...]
    place: str
    lurah: Signer
    person_rows: dict[str, PersonRow] = field(default_factory=dict)
    """PersonRow of every current member by person id."""

    @property
    def founders(self) -> tuple[PersonRow, ...]:
        """Founders in member-number order."""
        return tuple(self.person_rows[m.person.id] for m in self.members if m.membership.is_founder)

    def holder(self, body: Body, role: BoardRole) -> BoardRow | None:
        """The current holder of a seat, if any."""
        return next(
            (b for b in self.board if b.position.body is body and b.position.role is role), None
        )

    def signer(self, role: BoardRole, title: str) -> Signer:
        """A pengurus signature block (the name left blank for a seat nobody holds yet)."""
        row = self.holder(Body.PENGURUS, role)
        return Signer(title=title, name=row.person.name if row else "")

    def row_of(self, person: Person) -> PersonRow:
        """A PersonRow for anyone (members have theirs; others get one without number)."""
        return self.person_rows.get(person.id) or PersonRow(person=person)


def place_name(regency_name: str, province_code: str) -> str:
    """Where a letter is dated: "Jakarta" in DKI (offices write the city so), else the
    regency/city without "Kota"/"Kabupaten"."""
    if province_code == JAKARTA_PROVINCE:
        return "Jakarta"
    for prefix in _REGENCY_PREFIXES:
        if regency_name.startswith(prefix):
            return regency_name[len(prefix) :]
    return regency_name


class DocumentSources:
    """Reads records through the services and shapes them as the document dataclasses."""

    def __init__(self, deps: DocumentDeps) -> None:
        self._d = deps
        self._names: dict[str, AreaNames] = {}

    @property
    def deps(self) -> DocumentDeps:
        """The services behind these sources."""
        return self._d

    def settings(self) -> OfficeSettings:
        """The office settings (letterhead, paper, lurah)."""
        return self._d.settings.get()

    def setup(self, options: DocumentOptions, settings: OfficeSettings) -> PageSetup:
        """Paper, letterhead and masking for one document."""
        logo: bytes | None = None
        if settings.logo_sha256:
            path = self._d.attachments.blob_path(settings.logo_sha256)
            logo = path.read_bytes() if path.is_file() else None
        letterhead = Letterhead(
            lines=tuple(settings.letterhead_lines),
            address=settings.address,
            phone=settings.phone,
            email=settings.email,
            logo_png=logo,
            office_name=settings.office_name,
        )
        return PageSetup(
            paper=options.paper or settings.paper_size,
            letterhead=letterhead,
            rupiah_space=settings.rupiah_space,
            mask_nik=options.mask_nik,
        )

    def area_names(self, village_code: str) -> AreaNames:
        """Names of a village and its parents (cached: members mostly share one village)."""
        names = self._names.get(village_code)
        if names is None:
            chain = self._d.wilayah.lineage(village_code)
            padded = [w.name for w in chain] + [""] * (4 - len(chain))
            names = (padded[0], padded[1], padded[2], short_province_name(padded[3]))
            self._names[village_code] = names
        return names

    def bundle(self, cooperative_id: str, settings: OfficeSettings) -> CoopBundle:
        """Everything most documents of one cooperative need, read once."""
        d = self._d
        coop = d.cooperatives.get(cooperative_id)
        village, district, regency, province = self.area_names(coop.village_code)
        info = CooperativeInfo(
            cooperative=coop,
            village_name=village,
            district_name=district,
            regency_name=regency,
            province_name=province,
            stage=d.cooperatives.stage(cooperative_id),
        )
        members = tuple(d.members.members(cooperative_id))
        rows = {m.person.id: self.person_row(m, coop.village_code) for m in members}
        positions = d.board.current(cooperative_id)
        board = self._board_rows(positions, {m.person.id: m.person for m in members})
        return CoopBundle(
            cooperative=coop,
            info=info,
            members=members,
            board=board,
            units=tuple(d.units.list(cooperative_id)),
            place=place_name(regency, coop.village_code[:2]),
            lurah=self._lurah(coop, village, board, settings),
            person_rows=rows,
        )

    def training_titles(self, cooperative_id: str) -> tuple[str, ...]:
        """Titles of live trainings the cooperative's people attended, most recent first."""
        ev, part = orm.TrainingEvent, orm.TrainingParticipant
        stmt = (
            select(ev.title, func.max(ev.start_date))
            .join(part, part.event_id == ev.id)
            .where(
                part.cooperative_id == cooperative_id,
                part.deleted_at.is_(None),
                ev.deleted_at.is_(None),
            )
            .group_by(ev.id, ev.title)
            .order_by(func.max(ev.start_date).desc(), ev.title)
        )
        with self._d.ctx.session_factory() as session:
            return tuple(title for title, _ in session.execute(stmt))

    def person_row(self, member: MemberFacts, coop_village: str, element: str = "") -> PersonRow:
        """A member with area names when they live outside the cooperative's village."""
        person = member.person
        names: AreaNames = ("", "", "", "")
        if person.village_code and person.village_code != coop_village:
            names = self.area_names(person.village_code)
        return PersonRow(
            person=person,
            member_number=member.membership.member_number,
            is_founder=member.membership.is_founder,
            element=element,
            village_name=names[0],
            district_name=names[1],
            regency_name=names[2],
            province_name=names[3],
        )

    def _board_rows(
        self, positions: list[BoardPosition], known: dict[str, Person]
    ) -> tuple[BoardRow, ...]:
        missing = [p.person_id for p in positions if p.person_id not in known]
        people = {**known, **(self._d.persons.get_many(missing) if missing else {})}
        return tuple(
            BoardRow(position=p, person=people[p.person_id])
            for p in positions
            if p.person_id in people
        )

    @staticmethod
    def _lurah(
        coop: Cooperative, village: str, board: tuple[BoardRow, ...], settings: OfficeSettings
    ) -> Signer:
        """The lurah's (or kepala desa's) block: from the office settings for the office's own
        village, else the ex-officio ketua pengawas on the board."""
        title = f"{'Lurah' if is_kelurahan(coop.village_code) else 'Kepala Desa'} {village}"
        if settings.area_code == coop.village_code and settings.lurah_name:
            return Signer(title=title, name=settings.lurah_name, nip=settings.lurah_nip)
        chair = next(
            (
                b
                for b in board
                if b.position.role is BoardRole.KETUA_PENGAWAS and b.position.ex_officio
            ),
            None,
        )
        return Signer(title=title, name=chair.person.name if chair else "")
