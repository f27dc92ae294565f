"""Translated names for domain codes (enums) shown in more than one widget.

The domain speaks in stable codes; only the UI knows the words, and all of them go through
Qt's translator so English stays a settings switch away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopdes_desktop.domain.entities import AreaInfo
from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    FormationModel,
    MeetingKind,
    ParticipantRole,
    PaymentKind,
    PortalStatus,
    Stage,
    TrainingMode,
    UnitKind,
    UnitStatus,
    WajibPeriod,
    WilayahLevel,
)
from kopdes_desktop.services.wilayah_service import short_province_name

translate = QCoreApplication.translate  # lupdate needs literal contexts


def level_name(level: WilayahLevel) -> str:
    """ "Village / urban ward" → "Kelurahan/Desa" and so on."""
    names = {
        WilayahLevel.COUNTRY: translate("DisplayNames", "All of Indonesia"),
        WilayahLevel.PROVINCE: translate("DisplayNames", "Province"),
        WilayahLevel.REGENCY: translate("DisplayNames", "Regency/City"),
        WilayahLevel.DISTRICT: translate("DisplayNames", "District"),
        WilayahLevel.VILLAGE: translate("DisplayNames", "Urban ward/Village"),
    }
    return names[level]


def search_hint(level: WilayahLevel) -> str:
    """Placeholder of the area search field: says what to type at this level."""
    hints = {
        WilayahLevel.PROVINCE: translate("DisplayNames", "Type a province name, e.g. jakarta"),
        WilayahLevel.REGENCY: translate(
            "DisplayNames", "Type a regency or city name, e.g. jakarta selatan"
        ),
        WilayahLevel.DISTRICT: translate(
            "DisplayNames", "Type a district name, e.g. kebayoran baru"
        ),
        WilayahLevel.VILLAGE: translate(
            "DisplayNames", "Type a village or urban ward name, e.g. melawai"
        ),
    }
    return hints.get(level, "")


def area_display_name(info: AreaInfo) -> str:
    """The area's own name as offices write it ("DKI Jakarta", "Seluruh Indonesia")."""
    if info.level is WilayahLevel.COUNTRY:
        return level_name(WilayahLevel.COUNTRY)
    if info.level is WilayahLevel.PROVINCE:
        return short_province_name(info.name)
    return info.name


def area_full_name(info: AreaInfo) -> str:
    """The comma-separated full name; the whole country reads "Seluruh Indonesia"."""
    if info.level is WilayahLevel.COUNTRY:
        return level_name(WilayahLevel.COUNTRY)
    return info.full_name


# --- cooperative codes (registration form, lists, Beranda) ---------------------------------


def stage_label(stage: Stage) -> str:
    """The stage's short name without its number ("Legal entity" → "Berbadan hukum")."""
    names = {
        Stage.BELUM: translate("DisplayNames", "Not started"),
        Stage.SOSIALISASI: translate("DisplayNames", "Outreach"),
        Stage.MUSKELSUS: translate("DisplayNames", "Muskelsus"),
        Stage.NAMA_DIPESAN: translate("DisplayNames", "Name reserved"),
        Stage.AKTA_NOTARIS: translate("DisplayNames", "Notarial deed"),
        Stage.BERBADAN_HUKUM: translate("DisplayNames", "Legal entity"),
        Stage.NPWP_NIB_REKENING: translate("DisplayNames", "NPWP/NIB/bank account"),
        Stage.AKUN_SIMKOPDES: translate("DisplayNames", "SIMKOPDES account"),
        Stage.GERAI_BEROPERASI: translate("DisplayNames", "Outlet operating"),
        Stage.RAT: translate("DisplayNames", "Annual members' meeting (RAT)"),
    }
    return names[stage]


def stage_name(stage: Stage) -> str:
    """ "5 Berbadan hukum": monitoring teams speak of stages by number and name."""
    return f"{int(stage)} {stage_label(stage)}"


def formation_model_name(model: FormationModel) -> str:
    """Pendirian baru / pengembangan / revitalisasi."""
    names = {
        FormationModel.PENDIRIAN_BARU: translate("DisplayNames", "New formation"),
        FormationModel.PENGEMBANGAN: translate(
            "DisplayNames", "Development of an existing cooperative"
        ),
        FormationModel.REVITALISASI: translate("DisplayNames", "Revitalisation"),
    }
    return names[model]


def body_name(body: Body) -> str:
    """Pengurus / pengawas / pengelola."""
    names = {
        Body.PENGURUS: translate("DisplayNames", "Board (pengurus)"),
        Body.PENGAWAS: translate("DisplayNames", "Supervisors (pengawas)"),
        Body.PENGELOLA: translate("DisplayNames", "Management (pengelola)"),
    }
    return names[body]


def role_name(role: BoardRole) -> str:
    """Board roles as they are written on the susunan pengurus."""
    names = {
        BoardRole.KETUA: translate("DisplayNames", "Chair"),
        BoardRole.WAKIL_KETUA_USAHA: translate("DisplayNames", "Vice chair for business"),
        BoardRole.WAKIL_KETUA_ANGGOTA: translate("DisplayNames", "Vice chair for membership"),
        BoardRole.SEKRETARIS: translate("DisplayNames", "Secretary"),
        BoardRole.BENDAHARA: translate("DisplayNames", "Treasurer"),
        BoardRole.ANGGOTA: translate("DisplayNames", "Board member"),
        BoardRole.KETUA_PENGAWAS: translate("DisplayNames", "Chair of supervisors"),
        BoardRole.ANGGOTA_PENGAWAS: translate("DisplayNames", "Supervisor"),
        BoardRole.MANAJER: translate("DisplayNames", "Manager"),
        BoardRole.STAF: translate("DisplayNames", "Staff"),
    }
    return names[role]


def unit_kind_name(kind: UnitKind) -> str:
    """The seven standard business units and "other"."""
    names = {
        UnitKind.KANTOR: translate("DisplayNames", "Cooperative office"),
        UnitKind.SEMBAKO: translate("DisplayNames", "Basic food shop (sembako)"),
        UnitKind.SIMPAN_PINJAM: translate("DisplayNames", "Savings and loans"),
        UnitKind.KLINIK: translate("DisplayNames", "Clinic"),
        UnitKind.APOTEK: translate("DisplayNames", "Pharmacy"),
        UnitKind.PERGUDANGAN: translate("DisplayNames", "Warehouse / cold storage"),
        UnitKind.LOGISTIK: translate("DisplayNames", "Logistics"),
        UnitKind.LAINNYA: translate("DisplayNames", "Other (local potential)"),
    }
    return names[kind]


def unit_status_name(status: UnitStatus) -> str:
    """Planned / being prepared / operating / stopped."""
    names = {
        UnitStatus.DIRENCANAKAN: translate("DisplayNames", "Planned"),
        UnitStatus.PERSIAPAN: translate("DisplayNames", "Being prepared"),
        UnitStatus.BEROPERASI: translate("DisplayNames", "Operating"),
        UnitStatus.BERHENTI: translate("DisplayNames", "Stopped"),
    }
    return names[status]


def payment_kind_name(kind: PaymentKind) -> str:
    """Simpanan pokok / wajib / sukarela."""
    names = {
        PaymentKind.POKOK: translate("DisplayNames", "Principal savings (pokok)"),
        PaymentKind.WAJIB: translate("DisplayNames", "Mandatory savings (wajib)"),
        PaymentKind.SUKARELA: translate("DisplayNames", "Voluntary savings (sukarela)"),
    }
    return names[kind]


def wajib_period_name(period: WajibPeriod) -> str:
    """How often simpanan wajib is due."""
    names = {
        WajibPeriod.BULANAN: translate("DisplayNames", "Monthly"),
        WajibPeriod.TRIWULANAN: translate("DisplayNames", "Quarterly"),
        WajibPeriod.TAHUNAN: translate("DisplayNames", "Yearly"),
    }
    return names[period]


def portal_status_name(status: PortalStatus) -> str:
    """Registration state on the ministry portal."""
    names = {
        PortalStatus.BELUM: translate("DisplayNames", "Not registered"),
        PortalStatus.TERDAFTAR: translate("DisplayNames", "Registered"),
        PortalStatus.TERVERIFIKASI: translate("DisplayNames", "Verified"),
    }
    return names[status]


def meeting_kind_name(kind: MeetingKind) -> str:
    """Sosialisasi, Muskelsus, founders' meeting, RAT, other."""
    names = {
        MeetingKind.SOSIALISASI: translate("DisplayNames", "Outreach (sosialisasi)"),
        MeetingKind.MUSKELSUS: translate("DisplayNames", "Muskelsus"),
        MeetingKind.PENDIRIAN: translate("DisplayNames", "Founders' meeting"),
        MeetingKind.RAT: translate("DisplayNames", "Annual members' meeting (RAT)"),
        MeetingKind.LAINNYA: translate("DisplayNames", "Other meeting"),
    }
    return names[kind]


# --- training (Pelatihan page) ----------------------------------------------------------------


def training_mode_name(mode: TrainingMode) -> str:
    """In person (luring) or online (daring)."""
    names = {
        TrainingMode.LURING: translate("DisplayNames", "In person (luring)"),
        TrainingMode.DARING: translate("DisplayNames", "Online (daring)"),
    }
    return names[mode]


def participant_role_name(role: ParticipantRole) -> str:
    """The capacity a participant attends in."""
    names = {
        ParticipantRole.PENGURUS: translate("DisplayNames", "Board (pengurus)"),
        ParticipantRole.PENGAWAS: translate("DisplayNames", "Supervisor (pengawas)"),
        ParticipantRole.PENGELOLA: translate("DisplayNames", "Management (pengelola)"),
        ParticipantRole.ANGGOTA: translate("DisplayNames", "Member (anggota)"),
        ParticipantRole.PENDAMPING: translate("DisplayNames", "Mentor (pendamping)"),
    }
    return names[role]


def certificate_type_name(kind: CertificateType) -> str:
    """No certificate, participation certificate or (BNSP) competency certificate."""
    names = {
        CertificateType.TIDAK_ADA: translate("DisplayNames", "None"),
        CertificateType.KEIKUTSERTAAN: translate("DisplayNames", "Participation"),
        CertificateType.KOMPETENSI: translate("DisplayNames", "Competency (BNSP)"),
    }
    return names[kind]


def training_topic_name(code: str) -> str:
    """A topic of the standard syllabus by its code; free-text topics are shown as typed."""
    names = {
        "dasar_koperasi": translate("DisplayNames", "Cooperative basics"),
        "regulasi_kkmp": translate("DisplayNames", "KKMP regulation"),
        "kelembagaan_pengawasan_internal": translate(
            "DisplayNames", "Institutions and internal supervision"
        ),
        "analisis_potensi_usaha": translate("DisplayNames", "Business potential analysis"),
        "program_kerja_kebutuhan_dana": translate(
            "DisplayNames", "Work programme and funding needs"
        ),
        "permodalan": translate("DisplayNames", "Capital"),
        "proposal_usaha": translate("DisplayNames", "Writing a business proposal"),
        "analisis_kelayakan_usaha": translate("DisplayNames", "Business feasibility analysis"),
        "praktik_kelayakan_usaha": translate(
            "DisplayNames", "Business feasibility analysis practice"
        ),
    }
    return names.get(code, code)
