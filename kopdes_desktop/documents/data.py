"""What each printed document needs: frozen dataclasses, filled by the services, read by renderers.

API NOTE (stable since issue 4): the names and fields below are a contract with the service that
gathers data from the database (``services/``) and with the CLI/GUI. They may only grow by new
*optional* fields. Every class is ``frozen`` and ``kw_only``. Conventions:

* Every top-level ``…Data`` class inherits ``DocumentData``: ``setup`` (paper, letterhead, Rupiah
  spelling, NIK masking), ``header`` (number, date and place of the dateline; ``number`` is ""
  for unnumbered documents), ``signers`` (left to right) and ``verification`` (QR + short code,
  drawn when not None).
* Domain entities are carried as they are (``Cooperative``, ``Person``, ``Meeting`` …); the
  renderers format them (dates, Rupiah, masked NIK) so the services never pre-format text.
* Tuples, not lists, so the objects stay hashable and immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kopdes_desktop.domain.entities import (
    BoardPosition,
    BusinessUnit,
    Cooperative,
    Meeting,
    MeetingAttendee,
    Person,
    TrainingEvent,
    TrainingParticipant,
)
from kopdes_desktop.domain.enums import PaperSize, Stage

# --------------------------------------------------------------------------------------------
# Shared parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Letterhead:
    """The kop surat: name lines, address line, contacts and an optional logo.

    Lines go top to bottom; the last (the office itself) prints largest. The logo is PNG or
    JPEG bytes; unreadable bytes are skipped with a log line rather than stopping the print.
    """

    lines: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    office_name: str = ""
    """Written into the PDF metadata as author; falls back to the first line."""


@dataclass(frozen=True, kw_only=True)
class PageSetup:
    """Printing preferences of the office (OfficeSettings) for one document."""

    paper: PaperSize = PaperSize.A4
    letterhead: Letterhead = field(default_factory=Letterhead)
    rupiah_space: bool = False
    mask_nik: bool = False
    """True for copies that leave the office (UU PDP): NIKs print as 3174********0001."""


@dataclass(frozen=True, kw_only=True)
class Signer:
    """One signature block: title line(s) above, the name (underlined) and NIP below."""

    title: str
    name: str
    nip: str = ""


@dataclass(frozen=True, kw_only=True)
class Verification:
    """Authenticity mark computed by the signing service: QR payload and a short code."""

    qr_payload: str
    code: str


@dataclass(frozen=True, kw_only=True)
class DocumentHeader:
    """Number and dateline ("Jakarta, 31 Mei 2025"); number "" for unnumbered documents."""

    number: str = ""
    issued_date: date
    place: str = ""


@dataclass(frozen=True, kw_only=True)
class CooperativeInfo:
    """The cooperative with the names of its area (the entity only carries the village code)."""

    cooperative: Cooperative
    village_name: str
    district_name: str = ""
    regency_name: str = ""
    province_name: str = ""
    stage: Stage = Stage.BELUM


@dataclass(frozen=True, kw_only=True)
class PersonRow:
    """A member/founder with the names of the area they live in (for full addresses).

    Empty area names mean "same as the cooperative" and are filled from ``CooperativeInfo``.
    """

    person: Person
    member_number: str = ""
    is_founder: bool = False
    element: str = ""
    village_name: str = ""
    district_name: str = ""
    regency_name: str = ""
    province_name: str = ""


@dataclass(frozen=True, kw_only=True)
class BoardRow:
    """One current board position and its holder."""

    position: BoardPosition
    person: Person


@dataclass(frozen=True, kw_only=True)
class PaymentRow:
    """A member's paid simpanan, summed by kind, for the Bukti Setoran Modal."""

    person: Person
    member_number: str = ""
    pokok: int = 0
    wajib: int = 0
    sukarela: int = 0
    last_paid_date: date | None = None


@dataclass(frozen=True, kw_only=True)
class AttendeeRow:
    """One line of an attendance list; the person (NIK, address) is known only when linked."""

    attendee: MeetingAttendee
    person: Person | None = None


@dataclass(frozen=True, kw_only=True)
class MeetingInfo:
    """A meeting with its attendance list in the order typed."""

    meeting: Meeting
    attendees: tuple[AttendeeRow, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ParticipantRow:
    """A training participant with the person and the cooperative's name."""

    participant: TrainingParticipant
    person: Person
    cooperative_name: str = ""


@dataclass(frozen=True, kw_only=True)
class TrainingInfo:
    """A training event and (some of) its participants."""

    event: TrainingEvent
    participants: tuple[ParticipantRow, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AreaRecapRow:
    """One line of a Rekapitulasi Wilayah: a kelurahan, kecamatan or city."""

    code: str = ""
    name: str
    cooperatives: int = 0
    stage_counts: tuple[int, ...] = (0,) * 10
    """Cooperatives whose furthest stage is 0..9 (index = ``Stage`` value)."""
    units_operating: int = 0
    members: int = 0
    trained_board: int = 0


@dataclass(frozen=True, kw_only=True)
class CapitalNeed:
    """One line of the capital needs of the Rencana Awal Kegiatan Usaha."""

    item: str
    amount: int
    source: str = ""


@dataclass(frozen=True, kw_only=True)
class PlanItem:
    """One activity of the Rencana Awal Kegiatan Usaha."""

    activity: str
    schedule: str = ""
    responsible: str = ""


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DocumentData:
    """Fields every document has."""

    setup: PageSetup
    header: DocumentHeader
    signers: tuple[Signer, ...] = ()
    verification: Verification | None = None


@dataclass(frozen=True, kw_only=True)
class UndanganData(DocumentData):
    """Undangan Muskelsus (or another meeting): letter with recipients and agenda."""

    cooperative: CooperativeInfo
    meeting: Meeting
    recipients: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    subject: str = ""
    """Perihal; default "Undangan Musyawarah Kelurahan Khusus" from the meeting kind."""
    attachment: str = "-"
    nature: str = "Penting"


@dataclass(frozen=True, kw_only=True)
class DaftarHadirData(DocumentData):
    """Attendance list of a meeting; ``blank_rows`` extra empty lines for walk-ins."""

    cooperative: CooperativeInfo
    meeting: MeetingInfo
    blank_rows: int = 0


@dataclass(frozen=True, kw_only=True)
class BeritaAcaraData(DocumentData):
    """Berita Acara Muskelsus / Rapat Pendirian with decisions (a)–(g).

    Missing decision keys in ``meeting.meeting.decisions`` get a default text built from the
    cooperative, units, founders, board and attorneys given here. ``signers``: the chairs
    then the lurah (a last short row prints under "Mengetahui,"); empty means the chairs.
    """

    cooperative: CooperativeInfo
    meeting: MeetingInfo
    units: tuple[BusinessUnit, ...] = ()
    founders: tuple[PersonRow, ...] = ()
    board: tuple[BoardRow, ...] = ()
    attorneys: tuple[Person, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DaftarPendiriData(DocumentData):
    """Founders with identity and full address (at least 9; must print 300+)."""

    cooperative: CooperativeInfo
    founders: tuple[PersonRow, ...]


@dataclass(frozen=True, kw_only=True)
class SusunanPengurusData(DocumentData):
    """Current pengurus, pengawas (and pengelola) with NIK, sex, address and phone."""

    cooperative: CooperativeInfo
    board: tuple[BoardRow, ...]


@dataclass(frozen=True, kw_only=True)
class SuratKuasaData(DocumentData):
    """Founders (grantors) give the attorneys power to appear before the notary.

    Grantors sign in the table; the attorneys sign as "Penerima Kuasa" automatically, so
    ``signers`` holds only those acknowledging below them (e.g. the lurah, "Mengetahui").
    """

    cooperative: CooperativeInfo
    grantors: tuple[PersonRow, ...]
    attorneys: tuple[PersonRow, ...]
    notary_name: str = ""


@dataclass(frozen=True, kw_only=True)
class BuktiSetoranData(DocumentData):
    """Paid simpanan per member with totals in figures and words."""

    cooperative: CooperativeInfo
    payments: tuple[PaymentRow, ...]


@dataclass(frozen=True, kw_only=True)
class RencanaUsahaData(DocumentData):
    """Rencana Awal Kegiatan Usaha; empty parts get defaults from the units and capital."""

    cooperative: CooperativeInfo
    units: tuple[BusinessUnit, ...] = ()
    business_model: str = ""
    capital_needs: tuple[CapitalNeed, ...] = ()
    plan: tuple[PlanItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProfilData(DocumentData):
    """One-page profile of a cooperative."""

    cooperative: CooperativeInfo
    board: tuple[BoardRow, ...] = ()
    units: tuple[BusinessUnit, ...] = ()
    member_count: int = 0
    founder_count: int = 0
    capital_paid: int | None = None
    trained_board: int = 0
    trainings: tuple[str, ...] = ()
    """Titles of trainings attended (most recent first; the page shows the first few)."""


@dataclass(frozen=True, kw_only=True)
class DaftarHadirPelatihanData(DocumentData):
    """Attendance list of a training: one signature column per day of ``days``."""

    training: TrainingInfo
    days: tuple[date, ...] = ()
    """Days to sign for; empty means every day from the event's start to end (at most 5)."""


@dataclass(frozen=True, kw_only=True)
class RekapPelatihanData(DocumentData):
    """Trainings attended by one cooperative's people."""

    cooperative: CooperativeInfo
    trainings: tuple[TrainingInfo, ...]


@dataclass(frozen=True, kw_only=True)
class SertifikatData(DocumentData):
    """One participation/competency certificate (landscape page); a batch is a sequence."""

    event: TrainingEvent
    participant: ParticipantRow


@dataclass(frozen=True, kw_only=True)
class RekapWilayahData(DocumentData):
    """Monitoring recap of an area: one row per sub-area, with totals."""

    area_name: str
    area_level: str = "Kecamatan"
    """What the area is ("Kecamatan", "Kota", "Provinsi"), printed before its name."""
    row_label: str = "Kelurahan"
    """What each row is ("Kelurahan", "Kecamatan", "Kota/Kabupaten")."""
    rows: tuple[AreaRecapRow, ...] = ()
    as_of: date | None = None


@dataclass(frozen=True, kw_only=True)
class BerkasData(DocumentData):
    """Berkas Pendirian: cover, contents and the formation set; None sections are left out.

    The berkas' own ``setup`` applies to every section; ``header`` dates the cover;
    ``verification`` is drawn on the cover (section verifications are drawn too when set).
    """

    cooperative: CooperativeInfo
    berita_acara: BeritaAcaraData | None = None
    daftar_hadir: DaftarHadirData | None = None
    daftar_pendiri: DaftarPendiriData | None = None
    susunan_pengurus: SusunanPengurusData | None = None
    surat_kuasa: SuratKuasaData | None = None
    bukti_setoran: BuktiSetoranData | None = None
    rencana_usaha: RencanaUsahaData | None = None
    profil: ProfilData | None = None
    audit_head: str | None = None
    """Hash of the newest audit entry when the berkas was made (printed on the cover)."""
