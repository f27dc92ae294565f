"""Every document type: valid PDF, fonts embedded, paper size, page numbers, metadata."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kopdes_desktop.documents.registry import DOCUMENT_TYPES, render_document
from kopdes_desktop.domain.enums import PaperSize
from tests.unit.documents.pdf_reading import (
    page_sizes,
    page_texts,
    qpdf_problems,
    reader,
    save,
    unembedded_fonts,
)
from tests.unit.documents.samples import VERIFY

ALL_CODES = list(DOCUMENT_TYPES)
LANDSCAPE_CODES = {
    "daftar_pendiri",
    "rekap_pelatihan",
    "sertifikat",
    "rekap_wilayah",
    "daftar_hadir_pelatihan",  # three training days
}
A4 = (595.3, 841.9)
F4 = (609.4, 935.4)  # 215 x 330 mm

Sample = Callable[..., object]


def test_registry_lists_every_document_of_the_issue() -> None:
    assert ALL_CODES == [
        "undangan", "daftar_hadir", "berita_acara", "daftar_pendiri", "susunan_pengurus",
        "surat_kuasa", "bukti_setoran", "rencana_usaha", "profil", "daftar_hadir_pelatihan",
        "rekap_pelatihan", "sertifikat", "rekap_wilayah", "berkas",
    ]  # fmt: skip
    numbered = {code for code, t in DOCUMENT_TYPES.items() if t.numbered}
    assert numbered == {"undangan", "berita_acara", "surat_kuasa", "bukti_setoran"}
    assert all(t.title and t.title[0].isupper() for t in DOCUMENT_TYPES.values())


def test_unknown_code_is_a_key_error(sample: Sample) -> None:
    with pytest.raises(KeyError):
        render_document("surat_sakti", sample("profil"))


@pytest.mark.parametrize("code", ALL_CODES)
def test_fonts_are_embedded_and_qpdf_is_clean(code: str, sample: Sample, tmp_path: Path) -> None:
    path = save(tmp_path, render_document(code, sample(code, verification=VERIFY)))
    assert unembedded_fonts(path) == []
    assert qpdf_problems(path) == ""


@pytest.mark.parametrize("code", ALL_CODES)
@pytest.mark.parametrize(("paper", "size"), [(PaperSize.A4, A4), (PaperSize.F4, F4)])
def test_paper_size(code: str, paper: PaperSize, size: tuple[float, float], sample: Sample) -> None:
    pdf = render_document(code, sample(code, paper=paper))
    sizes = page_sizes(pdf)
    for width, height in sizes if code != "berkas" else sizes[:2]:
        expected = (size[1], size[0]) if code in LANDSCAPE_CODES else size
        assert (width, height) == pytest.approx(expected, abs=0.2)


def test_berkas_turns_only_the_founders_list_to_landscape(sample: Sample) -> None:
    pdf = render_document("berkas", sample("berkas"))
    texts = page_texts(pdf)
    for text, (width, height) in zip(texts, page_sizes(pdf), strict=True):
        landscape = width > height
        assert landscape == ("Nama Lengkap" in text), text[:80]


@pytest.mark.parametrize("code", [c for c in ALL_CODES if c != "sertifikat"])
def test_every_page_says_halaman_x_dari_y(code: str, sample: Sample) -> None:
    texts = page_texts(render_document(code, sample(code)))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {total}" in text


def test_certificates_carry_no_page_numbers(sample: Sample) -> None:
    texts = page_texts(render_document("sertifikat", sample("sertifikat")))
    assert not any("Halaman" in t for t in texts)


@pytest.mark.parametrize("code", ALL_CODES)
def test_metadata_names_the_office_and_the_program(code: str, sample: Sample) -> None:
    meta = reader(render_document(code, sample(code))).metadata
    assert meta is not None
    assert meta.creator == "KopDes Desktop"
    assert meta.author == "Kelurahan Melawai"
    assert meta.title


@pytest.mark.parametrize("code", ALL_CODES)
def test_verification_code_printed_only_when_given(code: str, sample: Sample) -> None:
    with_mark = " ".join(page_texts(render_document(code, sample(code, verification=VERIFY))))
    without = " ".join(page_texts(render_document(code, sample(code))))
    assert f"Kode verifikasi: {VERIFY.code}" in with_mark
    assert "Kode verifikasi" not in without
