"""Closed vocabularies of the domain.

Values are stable lowercase codes: they are stored in the database and travel in exchange
packages, so they must never be renamed. Display text belongs to the UI layer.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class WilayahLevel(StrEnum):
    """Administrative level of a Kemendagri code (or the whole country)."""

    COUNTRY = "country"
    PROVINCE = "province"
    REGENCY = "regency"
    DISTRICT = "district"
    VILLAGE = "village"


class FormationModel(StrEnum):
    """How the cooperative came to be (DOMAIN.md §1)."""

    PENDIRIAN_BARU = "pendirian_baru"
    PENGEMBANGAN = "pengembangan"
    REVITALISASI = "revitalisasi"


class Sex(StrEnum):
    """Sex as written on the KTP: L (laki-laki) or P (perempuan)."""

    MALE = "L"
    FEMALE = "P"


class Body(StrEnum):
    """The body a board position belongs to."""

    PENGURUS = "pengurus"
    PENGAWAS = "pengawas"
    PENGELOLA = "pengelola"


class BoardRole(StrEnum):
    """Roles inside pengurus, pengawas and pengelola."""

    KETUA = "ketua"
    WAKIL_KETUA_USAHA = "wakil_ketua_usaha"
    WAKIL_KETUA_ANGGOTA = "wakil_ketua_anggota"
    SEKRETARIS = "sekretaris"
    BENDAHARA = "bendahara"
    ANGGOTA = "anggota"
    KETUA_PENGAWAS = "ketua_pengawas"
    ANGGOTA_PENGAWAS = "anggota_pengawas"
    MANAJER = "manajer"
    STAF = "staf"


REQUIRED_PENGURUS_ROLES: tuple[BoardRole, ...] = (
    BoardRole.KETUA,
    BoardRole.WAKIL_KETUA_USAHA,
    BoardRole.WAKIL_KETUA_ANGGOTA,
    BoardRole.SEKRETARIS,
    BoardRole.BENDAHARA,
)


class UnitKind(StrEnum):
    """The seven standard business units plus free-text others (DOMAIN.md §3)."""

    KANTOR = "kantor"
    SEMBAKO = "sembako"
    SIMPAN_PINJAM = "simpan_pinjam"
    KLINIK = "klinik"
    APOTEK = "apotek"
    PERGUDANGAN = "pergudangan"
    LOGISTIK = "logistik"
    LAINNYA = "lainnya"


class UnitStatus(StrEnum):
    """Life cycle of a business unit."""

    DIRENCANAKAN = "direncanakan"
    PERSIAPAN = "persiapan"
    BEROPERASI = "beroperasi"
    BERHENTI = "berhenti"


class PaymentKind(StrEnum):
    """Kinds of member savings (simpanan)."""

    POKOK = "pokok"
    WAJIB = "wajib"
    SUKARELA = "sukarela"


class WajibPeriod(StrEnum):
    """How often simpanan wajib is due."""

    BULANAN = "bulanan"
    TRIWULANAN = "triwulanan"
    TAHUNAN = "tahunan"


class PortalStatus(StrEnum):
    """Registration state on the ministry portal."""

    BELUM = "belum"
    TERDAFTAR = "terdaftar"
    TERVERIFIKASI = "terverifikasi"


class MeetingKind(StrEnum):
    """Meetings the application records."""

    SOSIALISASI = "sosialisasi"
    MUSKELSUS = "muskelsus"
    PENDIRIAN = "pendirian"
    RAT = "rat"
    LAINNYA = "lainnya"


class TrainingMode(StrEnum):
    """In person (luring) or online (daring)."""

    LURING = "luring"
    DARING = "daring"


class ParticipantRole(StrEnum):
    """Role of a training participant."""

    PENGURUS = "pengurus"
    PENGAWAS = "pengawas"
    PENGELOLA = "pengelola"
    ANGGOTA = "anggota"
    PENDAMPING = "pendamping"


class CertificateType(StrEnum):
    """Participation or (BNSP) competency certificate."""

    TIDAK_ADA = "tidak_ada"
    KEIKUTSERTAAN = "keikutsertaan"
    KOMPETENSI = "kompetensi"


class UserRole(StrEnum):
    """Account roles (enforced by the accounts issue)."""

    ADMIN = "admin"
    OPERATOR = "operator"
    VIEWER = "viewer"


class PaperSize(StrEnum):
    """Paper sizes offices print on; F4 is 215 x 330 mm."""

    A4 = "A4"
    F4 = "F4"


class Stage(IntEnum):
    """Formation stage of DOMAIN.md §7; monitoring counts by the furthest stage reached."""

    BELUM = 0
    SOSIALISASI = 1
    MUSKELSUS = 2
    NAMA_DIPESAN = 3
    AKTA_NOTARIS = 4
    BERBADAN_HUKUM = 5
    NPWP_NIB_REKENING = 6
    AKUN_SIMKOPDES = 7
    GERAI_BEROPERASI = 8
    RAT = 9


class Severity(StrEnum):
    """Errors block saving; warnings are shown but do not block."""

    ERROR = "error"
    WARNING = "warning"


STANDARD_TRAINING_TOPICS: tuple[str, ...] = (
    "dasar_koperasi",
    "regulasi_kkmp",
    "kelembagaan_pengawasan_internal",
    "analisis_potensi_usaha",
    "program_kerja_kebutuhan_dana",
    "permodalan",
    "proposal_usaha",
    "analisis_kelayakan_usaha",
    "praktik_kelayakan_usaha",
)
