"""Indonesian words for domain codes as they appear on paper.

Printed documents are Indonesian whatever the UI language is (they go to notaries and the
ministry), so these words live here rather than in the Qt translations of ``ui/``.
"""

from __future__ import annotations

from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    FormationModel,
    MeetingKind,
    ParticipantRole,
    Sex,
    Stage,
    TrainingMode,
    UnitKind,
    UnitStatus,
    WajibPeriod,
)

FORMATION_MODEL: dict[FormationModel, str] = {
    FormationModel.PENDIRIAN_BARU: "pendirian baru",
    FormationModel.PENGEMBANGAN: "pengembangan koperasi yang sudah ada",
    FormationModel.REVITALISASI: "revitalisasi koperasi yang sudah ada",
}

BODY: dict[Body, str] = {
    Body.PENGURUS: "Pengurus",
    Body.PENGAWAS: "Pengawas",
    Body.PENGELOLA: "Pengelola",
}

BOARD_ROLE: dict[BoardRole, str] = {
    BoardRole.KETUA: "Ketua",
    BoardRole.WAKIL_KETUA_USAHA: "Wakil Ketua Bidang Usaha",
    BoardRole.WAKIL_KETUA_ANGGOTA: "Wakil Ketua Bidang Keanggotaan",
    BoardRole.SEKRETARIS: "Sekretaris",
    BoardRole.BENDAHARA: "Bendahara",
    BoardRole.ANGGOTA: "Anggota",
    BoardRole.KETUA_PENGAWAS: "Ketua Pengawas",
    BoardRole.ANGGOTA_PENGAWAS: "Anggota Pengawas",
    BoardRole.MANAJER: "Manajer",
    BoardRole.STAF: "Staf",
}

UNIT_KIND: dict[UnitKind, str] = {
    UnitKind.KANTOR: "Kantor Koperasi",
    UnitKind.SEMBAKO: "Kios Sembako",
    UnitKind.SIMPAN_PINJAM: "Unit Simpan Pinjam",
    UnitKind.KLINIK: "Klinik Kelurahan",
    UnitKind.APOTEK: "Apotek",
    UnitKind.PERGUDANGAN: "Pergudangan / Cold Storage",
    UnitKind.LOGISTIK: "Logistik",
    UnitKind.LAINNYA: "Usaha Lainnya",
}

UNIT_STATUS: dict[UnitStatus, str] = {
    UnitStatus.DIRENCANAKAN: "Direncanakan",
    UnitStatus.PERSIAPAN: "Persiapan",
    UnitStatus.BEROPERASI: "Beroperasi",
    UnitStatus.BERHENTI: "Berhenti",
}

STAGE: dict[Stage, str] = {
    Stage.BELUM: "Belum mulai",
    Stage.SOSIALISASI: "Sosialisasi",
    Stage.MUSKELSUS: "Muskelsus",
    Stage.NAMA_DIPESAN: "Nama dipesan",
    Stage.AKTA_NOTARIS: "Akta notaris",
    Stage.BERBADAN_HUKUM: "Berbadan hukum (SK AHU)",
    Stage.NPWP_NIB_REKENING: "NPWP, NIB, rekening",
    Stage.AKUN_SIMKOPDES: "Akun SIMKOPDES",
    Stage.GERAI_BEROPERASI: "Gerai beroperasi",
    Stage.RAT: "RAT",
}

STAGE_SHORT: dict[Stage, str] = {
    Stage.BELUM: "Belum",
    Stage.SOSIALISASI: "Sosiali-sasi",
    Stage.MUSKELSUS: "Musk-elsus",
    Stage.NAMA_DIPESAN: "Nama",
    Stage.AKTA_NOTARIS: "Akta",
    Stage.BERBADAN_HUKUM: "SK AHU",
    Stage.NPWP_NIB_REKENING: "NPWP/ NIB",
    Stage.AKUN_SIMKOPDES: "SIMKOP-DES",
    Stage.GERAI_BEROPERASI: "Gerai",
    Stage.RAT: "RAT",
}
"""Column heads of the recap (narrow columns; the legend below the table spells them out)."""

MEETING_KIND: dict[MeetingKind, str] = {
    MeetingKind.SOSIALISASI: "Sosialisasi",
    MeetingKind.MUSKELSUS: "Musyawarah Kelurahan Khusus",
    MeetingKind.PENDIRIAN: "Rapat Pendirian Koperasi",
    MeetingKind.RAT: "Rapat Anggota Tahunan",
    MeetingKind.LAINNYA: "Rapat",
}

TRAINING_MODE: dict[TrainingMode, str] = {
    TrainingMode.LURING: "Luring (tatap muka)",
    TrainingMode.DARING: "Daring (online)",
}

PARTICIPANT_ROLE: dict[ParticipantRole, str] = {
    ParticipantRole.PENGURUS: "Pengurus",
    ParticipantRole.PENGAWAS: "Pengawas",
    ParticipantRole.PENGELOLA: "Pengelola",
    ParticipantRole.ANGGOTA: "Anggota",
    ParticipantRole.PENDAMPING: "Pendamping",
}

CERTIFICATE_TYPE: dict[CertificateType, str] = {
    CertificateType.TIDAK_ADA: "Tidak ada",
    CertificateType.KEIKUTSERTAAN: "Sertifikat Keikutsertaan",
    CertificateType.KOMPETENSI: "Sertifikat Kompetensi",
}

WAJIB_PERIOD: dict[WajibPeriod, str] = {
    WajibPeriod.BULANAN: "per bulan",
    WajibPeriod.TRIWULANAN: "per triwulan",
    WajibPeriod.TAHUNAN: "per tahun",
}

TRAINING_TOPIC: dict[str, str] = {
    "dasar_koperasi": "Dasar-dasar perkoperasian",
    "regulasi_kkmp": "Regulasi Koperasi Kelurahan Merah Putih",
    "kelembagaan_pengawasan_internal": "Kelembagaan dan pengawasan internal",
    "analisis_potensi_usaha": "Analisis potensi usaha",
    "program_kerja_kebutuhan_dana": "Program kerja dan kebutuhan dana",
    "permodalan": "Permodalan",
    "proposal_usaha": "Penyusunan proposal usaha",
    "analisis_kelayakan_usaha": "Analisis kelayakan usaha",
    "praktik_kelayakan_usaha": "Praktik analisis kelayakan usaha",
}


def sex_code(sex: Sex | None) -> str:
    """Sex as "L" / "P" as on the KTP, "-" when unknown."""
    return sex.value if sex is not None else "-"


def topic(code: str) -> str:
    """A standard topic's words, or the free text as typed."""
    return TRAINING_TOPIC.get(code, code)
