"""Long lists, one-page documents, certificate batches, training papers and the berkas."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from kopdes_desktop.documents import profil, sertifikat
from kopdes_desktop.documents.registry import render_document
from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind
from tests.unit.documents.pdf_reading import (
    outline_titles,
    page_sizes,
    page_texts,
    pdf_text,
    reader,
)
from tests.unit.documents.samples import APOSTROPHE_NAME, LONG_NAME

Sample = Callable[..., object]
BERKAS_SECTIONS = [
    "Berita Acara Musyawarah Kelurahan Khusus",
    "Daftar Hadir",
    "Daftar Pendiri",
    "Susunan Pengurus dan Pengawas",
    "Surat Kuasa",
    "Bukti Setoran Modal",
    "Rencana Awal Kegiatan Usaha",
    "Profil Koperasi",
]


def test_300_founders_paginate_with_the_header_on_every_page(sample: Sample) -> None:
    data = sample("daftar_pendiri", founder_count=300)
    pdf = render_document("daftar_pendiri", data)
    texts = page_texts(pdf)
    assert len(texts) >= 10
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
        if "Jumlah pendiri" not in text or number < len(texts):
            assert "Nama Lengkap" in text and "Tempat, Tanggal Lahir" in text, number
    whole = " ".join(texts)
    for row in data.founders:
        assert re.search(re.escape(row.person.name) + r"(?!\d)", whole), row.person.name
        assert row.person.nik in whole
    assert "Jumlah pendiri: 300 orang" in whole
    assert all(w > h for w, h in page_sizes(pdf))


def test_profile_is_exactly_one_page(sample: Sample) -> None:
    text = page_texts(render_document("profil", sample("profil")))
    assert len(text) == 1
    expected_texts = (
        "PROFIL KOPERASI",
        "Koperasi Kelurahan Merah Putih Melawai",
        "AHU-0012345.AH.01.29.TAHUN 2025",
        "0123456789012345",
        "Bank DKI 1234567890",
        "6. NPWP, NIB, rekening",
        "57 orang (12 pendiri)",
        "Rp6.240.000",
        "Kios Sembako",
        "Ketua Pengawas",
        APOSTROPHE_NAME,
        "Halaman 1 dari 1",
    )
    for expected in expected_texts:
        assert expected in text[0], expected


def test_profile_stays_one_page_with_far_too_much_data(sample: Sample) -> None:
    data = sample("profil", founder_count=30)
    many_units = tuple(
        BusinessUnit(cooperative_id="c", kind=UnitKind.LAINNYA, name=f"Unit usaha nomor {i}")
        for i in range(25)
    )
    coop = replace(data.cooperative.cooperative, address="Jl. Sangat Panjang " * 20)
    data = replace(
        data,
        units=many_units,
        board=data.board * 3,
        trainings=tuple(f"Pelatihan {i} " + LONG_NAME for i in range(10)),
        cooperative=replace(data.cooperative, cooperative=coop),
    )
    assert len(page_texts(profil.render(data))) == 1


def test_certificate_batch_has_one_landscape_page_per_participant(sample: Sample) -> None:
    batch = sample("sertifikat")
    pdf = render_document("sertifikat", batch)
    texts = page_texts(pdf)
    assert len(texts) == len(batch) == 3
    for text, cert, (width, height) in zip(texts, batch, page_sizes(pdf), strict=True):
        assert width > height
        assert cert.participant.person.name in text
        assert cert.participant.participant.certificate_number in text
        assert "SERTIFIKAT KEIKUTSERTAAN" in text
        assert "12 – 14 Agustus 2025" in text
        assert "Jakarta, 14 Agustus 2025" in text
    assert len(page_texts(sertifikat.render(batch[0]))) == 1


def test_certificate_batch_must_not_be_empty() -> None:
    with pytest.raises(ValueError, match="no certificates"):
        sertifikat.render(())


def test_training_attendance_has_a_signature_column_per_day(sample: Sample) -> None:
    data = sample("daftar_hadir_pelatihan")
    text = pdf_text(render_document("daftar_hadir_pelatihan", data))
    for day in ("Selasa, 12/8", "Rabu, 13/8", "Kamis, 14/8"):
        assert day in text
    for row in data.training.participants:
        assert row.person.name in text
    assert "Suku Dinas PPKUKM Kota Administrasi Jakarta Selatan" in text
    assert "NIP 196805121993032004" in text
    one_day = replace(data, days=(date(2025, 8, 12),))
    assert page_sizes(render_document("daftar_hadir_pelatihan", one_day))[0][0] < 700


def test_training_recap_shows_scores_and_certificates(sample: Sample) -> None:
    text = pdf_text(render_document("rekap_pelatihan", sample("rekap_pelatihan")))
    assert "jumlah orang terlatih: 4" in text
    assert "60 / 80,5" in text
    assert "SRT/001/PPKUKM-JS/VIII/2025" in text


def test_area_recap_counts_stages_with_totals(sample: Sample) -> None:
    text = pdf_text(render_document("rekap_wilayah", sample("rekap_wilayah")))
    assert "Kecamatan Kebayoran Baru" in text and "Keadaan per 31 Oktober 2025" in text
    for name in ("Melawai", "Gunung", "Kramat Pela", "Selong"):
        assert name in text
    assert re.search(r"Jumlah 10 0 0 0 0 0 2 2 2 2 2 9 715 10", text)
    assert "5 = Berbadan hukum (SK AHU)" in text


def test_berkas_has_cover_contents_and_bookmarked_sections(sample: Sample) -> None:
    pdf = render_document("berkas", sample("berkas"))
    texts = page_texts(pdf)
    assert "BERKAS PENDIRIAN" in texts[0] and "KOPERASI KELURAHAN MERAH PUTIH MELAWAI" in texts[0]
    assert "DAFTAR ISI" in texts[1]
    assert outline_titles(pdf) == ["Sampul", "Daftar Isi", *BERKAS_SECTIONS]
    total = len(texts)
    assert f"Halaman 1 dari {total}" in texts[0] and f"Halaman {total} dari {total}" in texts[-1]
    for i, title in enumerate(BERKAS_SECTIONS, start=1):
        match = re.search(rf"{i}\. {re.escape(title)} \.+ (\d+)", texts[1])
        assert match, title
        page = int(match.group(1))
        assert title.upper() in texts[page - 1], (title, page)


def test_berkas_bookmarks_and_contents_links_go_to_their_sections(sample: Sample) -> None:
    pdf = render_document("berkas", sample("berkas"))
    doc = reader(pdf)
    texts = page_texts(pdf)
    bookmarked = {item.title: doc.get_destination_page_number(item) for item in doc.outline}
    assert bookmarked["Sampul"] == 0 and bookmarked["Daftar Isi"] == 1
    for title in BERKAS_SECTIONS:
        assert title.upper() in texts[bookmarked[title]], title
    page_of = {page.indirect_reference.idnum: i for i, page in enumerate(doc.pages)}
    links = [a.get_object()["/Dest"][0].idnum for a in doc.pages[1]["/Annots"]]
    assert [page_of[link] for link in links] == [bookmarked[t] for t in BERKAS_SECTIONS]


def test_berkas_with_missing_sections_leaves_them_out(sample: Sample) -> None:
    data = replace(sample("berkas"), surat_kuasa=None, rencana_usaha=None)
    pdf = render_document("berkas", data)
    titles = outline_titles(pdf)
    assert "Surat Kuasa" not in titles and "Rencana Awal Kegiatan Usaha" not in titles
    assert "Profil Koperasi" in titles


def test_berkas_uses_its_own_page_setup_for_every_section(sample: Sample) -> None:
    data = sample("berkas", mask=True)
    plain = sample("berkas")
    data = replace(data, daftar_pendiri=plain.daftar_pendiri)  # section built unmasked
    text = pdf_text(render_document("berkas", data))
    for row in plain.daftar_pendiri.founders:
        assert row.person.nik not in text
