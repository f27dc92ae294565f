"""Sample data of every document: a Melawai KKMP with founders, board, meeting and training.

Everything is built in memory (documents never touch the database). The founders include the
hard cases of real lists: an apostrophe name ("Sawang Ba'u"), very long names, an ampersand
in an address and women whose NIK day is offset by 40.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from kopdes_desktop.documents import data as d
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
from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    MeetingKind,
    PaperSize,
    ParticipantRole,
    Sex,
    Stage,
    UnitKind,
    UnitStatus,
)
from kopdes_desktop.domain.nik import make_nik

MUSKELSUS_DATE = date(2025, 5, 31)
DISTRICT = "317407"
APOSTROPHE_NAME = "Sawang Ba'u"
LONG_NAME = "Raden Ajeng Siti Nurhaliza Kusumawardhani Puspitasari Ningrum binti Haji Abdurrahman"
_FIRST = ("Budi", "Siti", "Agus", "Dewi", "Hendra", "Rina", "Joko", "Lestari", "Bambang", "Ayu")
_LAST = ("Santoso", "Rahmawati", "Wijaya", "Kusuma", "Saputra", "Handayani", "Pratama", "Sari")


def make_logo() -> bytes:
    """A small red shield PNG standing in for the office logo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (120, 140), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    shape = [(60, 4), (114, 30), (104, 110), (60, 136), (16, 110), (6, 30)]
    draw.polygon(shape, fill=(200, 30, 40, 255), outline=(120, 0, 0, 255))
    draw.ellipse((35, 40, 85, 90), fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def page_setup(paper: PaperSize = PaperSize.A4, mask: bool = False) -> d.PageSetup:
    """Melawai's office letterhead."""
    head = d.Letterhead(
        lines=(
            "Pemerintah Provinsi Daerah Khusus Jakarta",
            "Kota Administrasi Jakarta Selatan",
            "Kecamatan Kebayoran Baru",
            "Kelurahan Melawai",
        ),
        address="Jl. Melawai Raya No. 12, Kebayoran Baru, Jakarta Selatan 12160",
        phone="(021) 7250123",
        email="kel.melawai@jakarta.go.id",
        logo_png=make_logo(),
        office_name="Kelurahan Melawai",
    )
    return d.PageSetup(paper=paper, letterhead=head, mask_nik=mask)


def make_person(n: int, name: str | None = None) -> Person:
    """Resident n of Melawai; women every second person; NIK agrees with birth date and sex."""
    sex = Sex.FEMALE if n % 2 else Sex.MALE
    born = date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
    default = f"{_FIRST[n % len(_FIRST)]} {_LAST[n % len(_LAST)]} {n}"
    return Person(
        nik=make_nik(DISTRICT, born, sex, 1 + n),
        name=name or default,
        sex=sex,
        birth_place="Jakarta" if n % 3 else "Makassar",
        birth_date=born,
        address=f"Jl. Kenanga & Melati No. {n}" if n == 2 else f"Jl. Melawai Raya No. {n}",
        rt=f"{1 + n % 9:03d}",
        rw=f"{1 + n % 4:03d}",
        village_code="31.74.07.1001",
        occupation="Wiraswasta" if n % 2 else "Karyawan Swasta",
        phone=f"0812{n:08d}",
    )


def founders(count: int = 12) -> tuple[d.PersonRow, ...]:
    """Founders; number 1 has the apostrophe name and number 3 the long name."""
    names = {1: APOSTROPHE_NAME, 3: LONG_NAME}
    return tuple(
        d.PersonRow(
            person=make_person(n, names.get(n)),
            member_number=f"A-{n:04d}",
            is_founder=True,
            element="Tokoh masyarakat" if n % 2 else "RW",
        )
        for n in range(1, count + 1)
    )


def cooperative_info() -> d.CooperativeInfo:
    """The Melawai KKMP, legal entity with NPWP."""
    coop = Cooperative(
        id="coop-melawai",
        village_code="31.74.07.1001",
        name="Koperasi Kelurahan Merah Putih Melawai",
        address="Jl. Melawai Raya No. 1",
        rt="001",
        rw="002",
        postal_code="12160",
        simpanan_pokok=100_000,
        simpanan_wajib=10_000,
        initial_capital=25_000_000,
        notary_name="Dr. Hj. Ratna Sari, S.H., M.Kn.",
        deed_number="12",
        deed_date=date(2025, 6, 20),
        sk_ahu_number="AHU-0012345.AH.01.29.TAHUN 2025",
        sk_ahu_date=date(2025, 7, 10),
        npwp="0123456789012345",
        nib="1234567890123",
        bank_name="Bank DKI",
        bank_account_number="1234567890",
    )
    return d.CooperativeInfo(
        cooperative=coop,
        village_name="Melawai",
        district_name="Kebayoran Baru",
        regency_name="Kota Administrasi Jakarta Selatan",
        province_name="Daerah Khusus Ibukota Jakarta",
        stage=Stage.NPWP_NIB_REKENING,
    )


def board(people: tuple[d.PersonRow, ...]) -> tuple[d.BoardRow, ...]:
    """Five pengurus and three pengawas (the lurah as ketua pengawas, ex officio)."""
    roles = [
        (Body.PENGURUS, BoardRole.KETUA),
        (Body.PENGURUS, BoardRole.WAKIL_KETUA_USAHA),
        (Body.PENGURUS, BoardRole.WAKIL_KETUA_ANGGOTA),
        (Body.PENGURUS, BoardRole.SEKRETARIS),
        (Body.PENGURUS, BoardRole.BENDAHARA),
        (Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS),
        (Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS),
    ]
    rows = [
        d.BoardRow(
            position=BoardPosition(
                cooperative_id="coop-melawai",
                person_id=row.person.id,
                body=body,
                role=role,
                start_date=MUSKELSUS_DATE,
            ),
            person=row.person,
        )
        for (body, role), row in zip(roles, people, strict=False)
    ]
    lurah = Person(
        name="Drs. Ahmad Fauzi, M.Si.",
        sex=Sex.MALE,
        nik=make_nik(DISTRICT, date(1975, 3, 4), Sex.MALE, 77),
    )
    rows.insert(
        5,
        d.BoardRow(
            position=BoardPosition(
                cooperative_id="coop-melawai",
                person_id=lurah.id,
                body=Body.PENGAWAS,
                role=BoardRole.KETUA_PENGAWAS,
                ex_officio=True,
            ),
            person=lurah,
        ),
    )
    return tuple(rows)


def units() -> tuple[BusinessUnit, ...]:
    """Three units at different stages."""
    coop = "coop-melawai"
    return (
        BusinessUnit(
            cooperative_id=coop,
            kind=UnitKind.SEMBAKO,
            status=UnitStatus.BEROPERASI,
            opening_date=date(2025, 10, 1),
            location="Jl. Melawai Raya No. 1",
        ),
        BusinessUnit(cooperative_id=coop, kind=UnitKind.SIMPAN_PINJAM, status=UnitStatus.PERSIAPAN),
        BusinessUnit(cooperative_id=coop, kind=UnitKind.KLINIK, name="Klinik Sehat Melawai"),
    )


def muskelsus(people: tuple[d.PersonRow, ...]) -> d.MeetingInfo:
    """The Muskelsus of 31 May 2025 with a few decisions typed and the rest left to defaults."""
    meeting = Meeting(
        id="meeting-1",
        cooperative_id="coop-melawai",
        kind=MeetingKind.MUSKELSUS,
        meeting_date=MUSKELSUS_DATE,
        start_time="09:00",
        place="Aula Kantor Kelurahan Melawai",
        chairs=("Hendra Saputra", "Dewi Kusuma", APOSTROPHE_NAME),
        attendance_count=57,
        decisions={"b": "Nama koperasi disepakati: Koperasi Kelurahan Merah Putih Melawai."},
    )
    attendees = tuple(
        d.AttendeeRow(
            attendee=MeetingAttendee(
                meeting_id="meeting-1",
                person_id=row.person.id,
                name=row.person.name,
                element=row.element,
                sex=row.person.sex,
                position=i,
            ),
            person=row.person,
        )
        for i, row in enumerate(people)
    )
    return d.MeetingInfo(meeting=meeting, attendees=attendees)


def header(number: str = "005/KKMP-MLW/V/2025") -> d.DocumentHeader:
    """Numbered, dated 31 May 2025 in Jakarta."""
    return d.DocumentHeader(number=number, issued_date=MUSKELSUS_DATE, place="Jakarta")


LURAH = d.Signer(title="Lurah Melawai", name="Drs. Ahmad Fauzi, M.Si.", nip="197503041998031002")
VERIFY = d.Verification(qr_payload="KOPDES1:berita_acara:005/KKMP-MLW/V/2025:abc", code="7KQ2-M9XA")


def training(people: tuple[d.PersonRow, ...]) -> d.TrainingInfo:
    """A three-day city training with two people per cooperative."""
    event = TrainingEvent(
        id="event-1",
        title="Pelatihan Penguatan Kelembagaan Koperasi Kelurahan Merah Putih",
        organiser="Suku Dinas PPKUKM Kota Administrasi Jakarta Selatan",
        start_date=date(2025, 8, 12),
        end_date=date(2025, 8, 14),
        venue="Gedung Pusdiklat PPKUKM, Jakarta",
        topics=("dasar_koperasi", "regulasi_kkmp", "permodalan"),
        hours=24,
    )
    rows = tuple(
        d.ParticipantRow(
            participant=TrainingParticipant(
                event_id="event-1",
                person_id=row.person.id,
                cooperative_id="coop-melawai",
                role=ParticipantRole.PENGURUS if i % 2 == 0 else ParticipantRole.PENGAWAS,
                pre_score=60.0 + i,
                post_score=80.5 + i,
                certificate_type=CertificateType.KEIKUTSERTAAN,
                certificate_number=f"SRT/{i + 1:03d}/PPKUKM-JS/VIII/2025",
                certificate_issued=date(2025, 8, 14),
            ),
            person=row.person,
            cooperative_name="Koperasi Kelurahan Merah Putih Melawai",
        )
        for i, row in enumerate(people)
    )
    return d.TrainingInfo(event=event, participants=rows)


def payments(people: tuple[d.PersonRow, ...]) -> tuple[d.PaymentRow, ...]:
    """Everyone paid pokok; wajib for one to three months."""
    return tuple(
        d.PaymentRow(person=row.person, member_number=row.member_number, pokok=100_000,
                     wajib=10_000 * (1 + i % 3), last_paid_date=date(2025, 6, 30))
        for i, row in enumerate(people)
    )  # fmt: skip


SUDIN = d.Signer(title="Kepala Suku Dinas PPKUKM", name="Ir. Sri Wahyuni", nip="196805121993032004")
CAMAT = d.Signer(title="Camat Kebayoran Baru", name="Drs. Budi Hartono", nip="196901011990031001")
BERKAS_PARTS = (
    "berita_acara",
    "daftar_hadir",
    "daftar_pendiri",
    "susunan_pengurus",
    "surat_kuasa",
    "bukti_setoran",
    "rencana_usaha",
    "profil",
)


def area_rows() -> tuple[d.AreaRecapRow, ...]:
    """The ten kelurahan of Kebayoran Baru at various stages."""
    names = ("Melawai", "Gunung", "Kramat Pela", "Gandaria Utara", "Cipete Utara", "Pulo",
             "Petogogan", "Rawa Barat", "Senayan", "Selong")  # fmt: skip
    rows = []
    for i, name in enumerate(names):
        counts = [0] * 10
        counts[5 + i % 5] = 1
        row = d.AreaRecapRow(
            code=f"31.74.07.100{i}",
            name=name,
            cooperatives=1,
            stage_counts=tuple(counts),
            units_operating=i % 3,
            members=40 + 7 * i,
            trained_board=2 * (i % 2),
        )
        rows.append(row)
    return tuple(rows)


class _Melawai:
    """The sample's parts, built once per ``build`` call."""

    def __init__(self, paper: PaperSize, mask: bool, founder_count: int) -> None:
        self.setup = page_setup(paper, mask)
        self.info = cooperative_info()
        self.people = founders(founder_count)
        self.board = board(self.people)
        self.meeting = muskelsus(self.people)
        self.chairs = tuple(
            d.Signer(title="Pimpinan Musyawarah", name=n) for n in self.meeting.meeting.chairs
        )
        self.ketua = d.Signer(title="Ketua", name=self.board[0].person.name)
        self.bendahara = d.Signer(title="Bendahara", name=self.board[4].person.name)


def _makers(m: _Melawai, common: dict[str, Any]) -> dict[str, Callable[[], object]]:
    """One constructor per document code."""
    plain = {**common, "header": header("")}
    people, info = m.people, m.info
    return {
        "undangan": lambda: d.UndanganData(
            **common, header=header("003/KKMP-MLW/V/2025"), cooperative=info,
            meeting=m.meeting.meeting, signers=(LURAH,)),
        "daftar_hadir": lambda: d.DaftarHadirData(
            **plain, cooperative=info, meeting=m.meeting, blank_rows=3, signers=(LURAH,)),
        "berita_acara": lambda: d.BeritaAcaraData(
            **common, header=header(), cooperative=info, meeting=m.meeting, units=units(),
            founders=people, board=m.board, attorneys=(people[0].person, people[3].person),
            signers=(*m.chairs, LURAH)),
        "daftar_pendiri": lambda: d.DaftarPendiriData(
            **plain, cooperative=info, founders=people, signers=(*m.chairs[:2], LURAH)),
        "susunan_pengurus": lambda: d.SusunanPengurusData(
            **plain, cooperative=info, board=m.board, signers=(*m.chairs, LURAH)),
        "surat_kuasa": lambda: d.SuratKuasaData(
            **common, header=header("006/KKMP-MLW/V/2025"), cooperative=info, grantors=people,
            attorneys=(people[0], people[3]), notary_name=info.cooperative.notary_name,
            signers=(LURAH,)),
        "bukti_setoran": lambda: d.BuktiSetoranData(
            **common, header=header("007/KKMP-MLW/VI/2025"), cooperative=info,
            payments=payments(people), signers=(m.bendahara, m.ketua)),
        "rencana_usaha": lambda: d.RencanaUsahaData(
            **plain, cooperative=info, units=units(), signers=(m.ketua, LURAH)),
        "profil": lambda: d.ProfilData(
            **plain, cooperative=info, board=m.board, units=units(), member_count=57,
            founder_count=len(people), capital_paid=6_240_000, trained_board=2,
            trainings=(training(people).event.title,), signers=(m.ketua,)),
        "daftar_hadir_pelatihan": lambda: d.DaftarHadirPelatihanData(
            **plain, training=training(people[:6]), signers=(SUDIN,)),
        "rekap_pelatihan": lambda: d.RekapPelatihanData(
            **plain, cooperative=info, trainings=(training(people[:4]),), signers=(LURAH,)),
        "sertifikat": lambda: tuple(
            d.SertifikatData(**plain, event=training(people).event, participant=p,
                             signers=(SUDIN,))
            for p in training(people[:3]).participants),
        "rekap_wilayah": lambda: d.RekapWilayahData(
            **plain, area_name="Kebayoran Baru", rows=area_rows(), as_of=date(2025, 10, 31),
            signers=(CAMAT,)),
    }  # fmt: skip


def build(
    code: str,
    paper: PaperSize = PaperSize.A4,
    mask: bool = False,
    founder_count: int = 12,
    verification: d.Verification | None = None,
) -> Any:
    """The data of document ``code`` for the Melawai sample (what the service would gather).

    ``sertifikat`` gives a batch (tuple) of three certificates.
    """
    m = _Melawai(paper, mask, founder_count)
    common: dict[str, Any] = {"setup": m.setup, "verification": verification}
    makers = _makers(m, common)
    if code == "berkas":
        parts = {k: makers[k]() for k in BERKAS_PARTS}
        return d.BerkasData(**common, header=header(""), cooperative=m.info, **parts)
    return makers[code]()
