"""The document types the office prints: stable code, Indonesian title, numbering, renderer.

The code is stored with issued numbers (``IssuedDocument.doc_type``) and used by the CLI
(``kopdes docs CODE``), so codes never change. Renderer modules are imported on first use: the
GUI starts without loading ReportLab, and a batch job pays the import once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from kopdes_desktop.documents.data import (
    BeritaAcaraData,
    BerkasData,
    BuktiSetoranData,
    DaftarHadirData,
    DaftarHadirPelatihanData,
    DaftarPendiriData,
    DocumentData,
    ProfilData,
    RekapPelatihanData,
    RekapWilayahData,
    RencanaUsahaData,
    SertifikatData,
    SuratKuasaData,
    SusunanPengurusData,
    UndanganData,
)


@dataclass(frozen=True)
class DocumentType:
    """One kind of document; ``render(data)`` turns its data class into PDF bytes.

    ``numbered`` says whether the office gives it a number from its register
    (``005/KKMP-MLW/XI/2026``). The sertifikat's render also accepts a sequence of
    ``SertifikatData`` and prints one page per participant.
    """

    code: str
    title: str
    numbered: bool
    data_type: type[DocumentData]
    module: str

    def render(self, data: Any) -> bytes:
        """PDF bytes of ``data`` (an instance of ``data_type``)."""
        mod = importlib.import_module(f"kopdes_desktop.documents.{self.module}")
        renderer = cast(Callable[[Any], bytes], mod.render)
        return renderer(data)


_TYPES: tuple[DocumentType, ...] = (
    DocumentType(
        "undangan", "Undangan Musyawarah Kelurahan Khusus", True, UndanganData, "undangan"
    ),
    DocumentType("daftar_hadir", "Daftar Hadir", False, DaftarHadirData, "daftar_hadir"),
    DocumentType("berita_acara", "Berita Acara", True, BeritaAcaraData, "berita_acara"),
    DocumentType("daftar_pendiri", "Daftar Pendiri", False, DaftarPendiriData, "daftar_pendiri"),
    DocumentType(
        "susunan_pengurus",
        "Susunan Pengurus dan Pengawas",
        False,
        SusunanPengurusData,
        "susunan_pengurus",
    ),
    DocumentType("surat_kuasa", "Surat Kuasa", True, SuratKuasaData, "surat_kuasa"),
    DocumentType("bukti_setoran", "Bukti Setoran Modal", True, BuktiSetoranData, "bukti_setoran"),
    DocumentType(
        "rencana_usaha", "Rencana Awal Kegiatan Usaha", False, RencanaUsahaData, "rencana_usaha"
    ),
    DocumentType("profil", "Profil Koperasi", False, ProfilData, "profil"),
    DocumentType(
        "daftar_hadir_pelatihan",
        "Daftar Hadir Pelatihan",
        False,
        DaftarHadirPelatihanData,
        "daftar_hadir_pelatihan",
    ),
    DocumentType(
        "rekap_pelatihan", "Rekapitulasi Pelatihan", False, RekapPelatihanData, "rekap_pelatihan"
    ),
    DocumentType("sertifikat", "Sertifikat Pelatihan", False, SertifikatData, "sertifikat"),
    DocumentType("rekap_wilayah", "Rekapitulasi Wilayah", False, RekapWilayahData, "rekap_wilayah"),
    DocumentType("berkas", "Berkas Pendirian Koperasi", False, BerkasData, "berkas"),
)

DOCUMENT_TYPES: dict[str, DocumentType] = {t.code: t for t in _TYPES}
"""Every document type by its stable code, in menu order."""


def render_document(code: str, data: Any) -> bytes:
    """Render ``data`` as the document type ``code``; ``KeyError`` for an unknown code."""
    return DOCUMENT_TYPES[code].render(data)
