"""Frozen dataclasses that cross layer boundaries.

ORM objects never leave storage/services; the UI, documents and exchange code receive these.
Field names equal the ORM column names so that one generic mapper serves every table.
Records that travel between offices carry ``id`` (UUID string), ``created_at``, ``updated_at``,
``updated_by`` and ``deleted_at`` (soft delete, so deletions can travel as tombstones).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    FormationModel,
    MeetingKind,
    PaperSize,
    ParticipantRole,
    PaymentKind,
    PortalStatus,
    Sex,
    TrainingMode,
    UnitKind,
    UnitStatus,
    UserRole,
    WajibPeriod,
    WilayahLevel,
)


def new_id() -> str:
    """A fresh UUID4 as text: the key of every record that travels between offices."""
    return str(uuid.uuid4())


@dataclass(frozen=True, kw_only=True)
class Synced:
    """Bookkeeping shared by every record that travels between offices."""

    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Wilayah:
    """One administrative area with its Kemendagri code."""

    code: str
    name: str
    level: WilayahLevel
    parent_code: str | None = None


@dataclass(frozen=True, kw_only=True)
class AreaInfo:
    """A working area as shown to people: its name and the names of its parents."""

    code: str
    name: str
    level: WilayahLevel
    full_name: str


@dataclass(frozen=True, kw_only=True)
class OfficeSettings:
    """The office profile: working area, letterhead and printing preferences."""

    area_code: str | None = None
    office_name: str = ""
    letterhead_lines: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_sha256: str | None = None
    lurah_name: str = ""
    lurah_nip: str = ""
    number_patterns: dict[str, str] = field(default_factory=dict)
    paper_size: PaperSize = PaperSize.A4
    rupiah_space: bool = False
    language: str = "id"


@dataclass(frozen=True, kw_only=True)
class User:
    """An account; the password hash stays inside the services layer."""

    id: str = field(default_factory=new_id)
    username: str
    full_name: str = ""
    role: UserRole = UserRole.OPERATOR
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Cooperative(Synced):
    """A KKMP/KDMP: at most one per village. The stage is derived, never stored as typed."""

    village_code: str
    name: str
    formation_model: FormationModel = FormationModel.PENDIRIAN_BARU
    address: str = ""
    rt: str = ""
    rw: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    simpanan_pokok: int | None = None
    simpanan_wajib: int | None = None
    wajib_period: WajibPeriod = WajibPeriod.BULANAN
    initial_capital: int | None = None
    portal_status: PortalStatus = PortalStatus.BELUM
    portal_date: date | None = None
    name_reserved_date: date | None = None
    notary_name: str = ""
    deed_number: str = ""
    deed_date: date | None = None
    sk_ahu_number: str = ""
    sk_ahu_date: date | None = None
    nomor_induk_koperasi: str = ""
    npwp: str = ""
    nib: str = ""
    bank_name: str = ""
    bank_account_number: str = ""
    bank_account_name: str = ""
    simkopdes_account: bool = False
    simkopdes_date: date | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Person(Synced):
    """A citizen (founder, member, board member, trainee) or an outsider such as a mentor."""

    nik: str | None = None
    name: str
    sex: Sex | None = None
    birth_place: str = ""
    birth_date: date | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    village_code: str | None = None
    occupation: str = ""
    nationality: str = "WNI"
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class Membership(Synced):
    """A person's membership of a cooperative; founders are members with the founder flag."""

    cooperative_id: str
    person_id: str
    is_founder: bool = False
    member_number: str = ""
    joined_date: date | None = None
    left_date: date | None = None


@dataclass(frozen=True, kw_only=True)
class BoardPosition(Synced):
    """One term of one person in one role; history is kept through start/end dates."""

    cooperative_id: str
    person_id: str
    body: Body
    role: BoardRole
    start_date: date | None = None
    end_date: date | None = None
    ex_officio: bool = False


@dataclass(frozen=True, kw_only=True)
class BusinessUnit(Synced):
    """A gerai / unit usaha of the cooperative."""

    cooperative_id: str
    kind: UnitKind
    name: str = ""
    status: UnitStatus = UnitStatus.DIRENCANAKAN
    opening_date: date | None = None
    location: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class CapitalPayment(Synced):
    """A payment of simpanan by a member, in whole Rupiah."""

    membership_id: str
    kind: PaymentKind
    amount: int
    paid_date: date
    receipt_number: str = ""


@dataclass(frozen=True, kw_only=True)
class Meeting(Synced):
    """Sosialisasi, Muskelsus, founders' meeting, RAT or another meeting."""

    cooperative_id: str
    kind: MeetingKind
    title: str = ""
    meeting_date: date
    start_time: str = ""
    place: str = ""
    chairs: tuple[str, ...] = ()
    attendance_count: int | None = None
    decisions: dict[str, str] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class MeetingAttendee(Synced):
    """One line of a meeting's attendance list; a person record is optional."""

    meeting_id: str
    person_id: str | None = None
    name: str
    element: str = ""
    sex: Sex | None = None
    present: bool = True
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class TrainingEvent(Synced):
    """A training (pelatihan) for board members and staff."""

    title: str
    organiser: str = ""
    funding_source: str = ""
    start_date: date
    end_date: date
    venue: str = ""
    mode: TrainingMode = TrainingMode.LURING
    topics: tuple[str, ...] = ()
    hours: int | None = None


@dataclass(frozen=True, kw_only=True)
class TrainingParticipant(Synced):
    """A person's participation in a training event."""

    event_id: str
    person_id: str
    cooperative_id: str | None = None
    role: ParticipantRole = ParticipantRole.PENGURUS
    attendance: tuple[date, ...] = ()
    pre_score: float | None = None
    post_score: float | None = None
    certificate_type: CertificateType = CertificateType.TIDAK_ADA
    certificate_number: str = ""
    certificate_issued: date | None = None
    certificate_expires: date | None = None


@dataclass(frozen=True, kw_only=True)
class MentoringVisit(Synced):
    """A pendampingan visit by a business assistant or PMO."""

    cooperative_id: str
    visit_date: date
    mentor_name: str
    topics: str = ""
    findings: str = ""
    follow_up: str = ""


@dataclass(frozen=True, kw_only=True)
class Attachment(Synced):
    """A scanned file; its bytes are stored once under the data folder by sha256."""

    owner_type: str
    owner_id: str
    kind: str = ""
    original_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True, kw_only=True)
class IssuedDocument(Synced):
    """A numbered document that was printed; voided numbers keep their reason."""

    office_code: str
    doc_type: str
    number: str
    seq: int
    year: int
    issued_date: date
    sha256: str = ""
    cooperative_id: str | None = None
    void: bool = False
    void_reason: str = ""
    content_sha256: str = ""
    verification_code: str = ""


@dataclass(frozen=True, kw_only=True)
class AuditEntry:
    """One link of the hash-chained audit trail."""

    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    changes: dict[str, object]
    prev_hash: str
    hash: str
