"""What a lurah, founder or notary looks for in the formation documents."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from kopdes_desktop.documents import berita_acara, bukti_setoran, undangan
from kopdes_desktop.documents.registry import render_document
from kopdes_desktop.domain.nik import mask_nik
from tests.unit.documents.pdf_reading import page_texts, pdf_text, text_positions
from tests.unit.documents.samples import APOSTROPHE_NAME, LONG_NAME

Sample = Callable[..., object]
COOP = "Koperasi Kelurahan Merah Putih Melawai"
SPELLED_DATE = "Sabtu tanggal tiga puluh satu bulan Mei tahun dua ribu dua puluh lima"
NIK_CODES = ("daftar_hadir", "daftar_pendiri", "susunan_pengurus", "surat_kuasa")


@pytest.mark.parametrize(
    "code",
    ["undangan", "daftar_hadir", "berita_acara", "daftar_pendiri", "susunan_pengurus",
     "surat_kuasa", "bukti_setoran", "rencana_usaha", "profil", "rekap_pelatihan", "berkas"],
)  # fmt: skip
def test_cooperative_and_kelurahan_are_named(code: str, sample: Sample) -> None:
    text = pdf_text(render_document(code, sample(code)))
    assert COOP in text
    assert "KELURAHAN MELAWAI" in text  # the letterhead
    assert "Kelurahan Melawai" in text or code in {"undangan", "bukti_setoran", "rekap_pelatihan"}


def test_undangan_gives_day_date_time_place_and_number(sample: Sample) -> None:
    text = pdf_text(render_document("undangan", sample("undangan")))
    for expected in (
        "003/KKMP-MLW/V/2025",
        "Sabtu, 31 Mei 2025",
        "09.00 WIB s.d. selesai",
        "Aula Kantor Kelurahan Melawai",
        "Perihal : Undangan Musyawarah Kelurahan Khusus",
        "Pemilihan pengurus dan pengawas",
        "Drs. Ahmad Fauzi, M.Si.",
        "NIP 197503041998031002",
    ):
        assert expected in text


def test_undangan_prints_the_given_agenda_not_the_default(sample: Sample) -> None:
    data = replace(sample("undangan"), agenda=("Ramah tamah & doa",), recipients=("Warga RW 03",))
    text = pdf_text(undangan.render(data))
    assert "Ramah tamah & doa" in text and "Warga RW 03" in text
    assert "Pemilihan pengurus" not in text


def test_berita_acara_spells_the_date_and_records_decisions_a_to_g(sample: Sample) -> None:
    text = pdf_text(render_document("berita_acara", sample("berita_acara")))
    assert f"Pada hari ini {SPELLED_DATE}, pukul 09.00 WIB" in text
    assert "bertempat di Aula Kantor Kelurahan Melawai" in text
    assert "Hendra Saputra, Dewi Kusuma, Sawang Ba'u" in text  # the chairs
    assert "dihadiri oleh 57 orang" in text
    assert "Nama koperasi disepakati: Koperasi Kelurahan Merah Putih Melawai." in text  # typed (b)
    assert "model pendirian baru" in text  # default (a)
    assert "Kios Sembako, Unit Simpan Pinjam, Klinik Sehat Melawai" in text  # (c)
    assert "Rp100.000 (seratus ribu rupiah)" in text  # (d)
    assert "Rp10.000 (sepuluh ribu rupiah)" in text
    assert "Rp25.000.000 (dua puluh lima juta rupiah)" in text
    assert "Menetapkan 12 orang pendiri" in text  # (e)
    assert "Ketua Pengawas: Drs. Ahmad Fauzi, M.Si. (ex officio)" in text  # (f)
    assert f"kuasa kepada {APOSTROPHE_NAME} dan Hendra Saputra 4" in text  # (g)
    markers = re.findall(r"\b([a-g])\. ", text)
    assert markers[:7] == list("abcdefg")
    assert "Jakarta, 31 Mei 2025" in text
    assert "Mengetahui," in text


def test_berita_acara_defaults_every_missing_decision(sample: Sample) -> None:
    data = sample("berita_acara")
    meeting = replace(data.meeting.meeting, decisions={})
    data = replace(data, meeting=replace(data.meeting, meeting=meeting))
    texts = berita_acara.decisions(data)
    assert len(texts) == 7 and all(t.strip() for t in texts)
    assert texts[1] == f"Menetapkan nama koperasi: {COOP}."


def test_founders_list_has_identity_and_full_address(sample: Sample) -> None:
    data = sample("daftar_pendiri")
    text = pdf_text(render_document("daftar_pendiri", data))
    for row in data.founders:
        assert row.person.name in text
        assert row.person.nik in text
    assert "Jakarta, 2 Februari 1961" in text  # tempat, tanggal lahir of founder 1
    assert (
        "Jl. Kenanga & Melati No. 2, RT 003/RW 003, Kelurahan Melawai, Kecamatan Kebayoran Baru, "
        "Kota Administrasi Jakarta Selatan, Provinsi Daerah Khusus Ibukota Jakarta"
    ) in text
    assert "Wiraswasta" in text and "WNI" in text
    assert "Jumlah pendiri: 12 orang" in text


@pytest.mark.parametrize("code", NIK_CODES)
def test_masked_copies_never_show_a_full_nik(code: str, sample: Sample) -> None:
    plain = sample(code)
    masked_text = pdf_text(render_document(code, sample(code, mask=True)))
    plain_text = pdf_text(render_document(code, plain))
    niks = [n for n in re.findall(r"\b\d{16}\b", plain_text)]
    assert niks, "the unmasked copy shows NIKs"
    for nik in niks:
        assert nik not in masked_text
        assert mask_nik(nik) in masked_text
    assert re.search(r"\b\d{4}\*{8}\d{4}\b", masked_text)


def test_names_with_apostrophes_ampersands_and_markup_print_literally(sample: Sample) -> None:
    data = sample("susunan_pengurus")
    first = data.board[0]
    odd = replace(first.person, name='Andi <b>Bau</b> & Ba\'u "Daeng"')
    data = replace(data, board=(replace(first, person=odd), *data.board[1:]))
    text = pdf_text(render_document("susunan_pengurus", data))
    assert 'Andi <b>Bau</b> & Ba\'u "Daeng"' in text


def test_long_names_wrap_inside_their_cell(sample: Sample) -> None:
    text = pdf_text(render_document("daftar_pendiri", sample("daftar_pendiri")))
    assert LONG_NAME in text


def test_attendance_signatures_alternate_left_and_right(sample: Sample) -> None:
    pdf = render_document("daftar_hadir", sample("daftar_hadir"))
    runs = dict((t, x) for t, x in text_positions(pdf) if re.match(r"^\d+\. \.+$", t))
    x1, x2, x3 = runs["1. " + "." * 16], runs["2. " + "." * 16], runs["3. " + "." * 16]
    assert x2 > x1 + 20
    assert x3 == pytest.approx(x1)


def test_daftar_hadir_prints_blank_rows_when_nobody_is_listed(sample: Sample) -> None:
    data = sample("daftar_hadir")
    data = replace(data, meeting=replace(data.meeting, attendees=()), blank_rows=0)
    text = pdf_text(render_document("daftar_hadir", data))
    assert "25. ....." in text
    assert "Jumlah tercantum: 0 orang" in text


def test_surat_kuasa_names_grantors_attorneys_and_notary(sample: Sample) -> None:
    data = sample("surat_kuasa")
    text = pdf_text(render_document("surat_kuasa", data))
    for row in data.grantors:
        assert row.person.name in text
    assert "PEMBERI KUASA" in text and "PENERIMA KUASA" in text
    assert "menghadap Notaris Dr. Hj. Ratna Sari, S.H., M.Kn." in text
    assert "AHU Online" in text
    assert text.count("Penerima Kuasa") >= 2


def test_bukti_setoran_totals_in_figures_and_words(sample: Sample) -> None:
    text = pdf_text(render_document("bukti_setoran", sample("bukti_setoran")))
    assert "Rp1.200.000 (satu juta dua ratus ribu rupiah)" in text
    assert "Rp240.000 (dua ratus empat puluh ribu rupiah)" in text
    assert "Rp1.440.000 (satu juta empat ratus empat puluh ribu rupiah)" in text
    assert "007/KKMP-MLW/VI/2025" in text
    assert "Bendahara" in text and "Rina Handayani 5" in text


def test_bukti_setoran_follows_the_office_rupiah_spelling(sample: Sample) -> None:
    data = sample("bukti_setoran")
    data = replace(data, setup=replace(data.setup, rupiah_space=True))
    text = pdf_text(bukti_setoran.render(data))
    assert "Rp 1.440.000 (satu juta empat ratus empat puluh ribu rupiah)" in text
    assert "Rp1.440.000" not in text


def test_rencana_usaha_lists_units_capital_and_plan(sample: Sample) -> None:
    text = pdf_text(render_document("rencana_usaha", sample("rencana_usaha")))
    assert "Kios Sembako" in text and "Beroperasi" in text and "1 Oktober 2025" in text
    assert "Terbilang: dua puluh lima juta rupiah." in text
    assert "Persiapan dan pembukaan Unit Simpan Pinjam" in text
    assert "Persiapan dan pembukaan Kios Sembako" not in text  # already operating


def test_board_list_orders_roles_as_the_juklak(sample: Sample) -> None:
    data = sample("susunan_pengurus")
    shuffled = replace(data, board=tuple(reversed(data.board)))
    text = pdf_text(render_document("susunan_pengurus", shuffled))
    order = ["Ketua ", "Wakil Ketua Bidang Usaha", "Wakil Ketua Bidang Keanggotaan",
             "Sekretaris", "Bendahara", "Ketua Pengawas"]  # fmt: skip
    positions = [text.index(role) for role in order]
    assert positions == sorted(positions)
    assert "(ex officio)" in text


def test_broken_logo_still_prints(sample: Sample) -> None:
    data = sample("undangan")
    head = replace(data.setup.letterhead, logo_png=b"not a png")
    text = pdf_text(undangan.render(replace(data, setup=replace(data.setup, letterhead=head))))
    assert "KELURAHAN MELAWAI" in text


def test_letter_without_letterhead_lines_has_no_kop(sample: Sample) -> None:
    data = sample("undangan")
    head = replace(data.setup.letterhead, lines=(), logo_png=None)
    texts = page_texts(undangan.render(replace(data, setup=replace(data.setup, letterhead=head))))
    assert "KELURAHAN MELAWAI" not in texts[0]
    assert "Halaman 1 dari 1" in texts[0]
