"""Cooperative names: standard form, disambiguation and checks."""

from __future__ import annotations

import pytest

from kopdes_desktop.domain.enums import Severity
from kopdes_desktop.domain.names import (
    VillageRef,
    check_cooperative_name,
    cooperative_name,
    disambiguated_name,
    short_regency_name,
)


@pytest.mark.parametrize(
    ("village", "kelurahan", "district", "regency", "expected"),
    [
        ("Melawai", True, None, None, "Koperasi Kelurahan Merah Putih Melawai"),
        ("Sawang Ba'u", False, None, None, "Koperasi Desa Merah Putih Sawang Ba'u"),
        ("  Kebon   Jeruk ", True, None, None, "Koperasi Kelurahan Merah Putih Kebon Jeruk"),
        (
            "Kebon Jeruk",
            True,
            "Kebon Jeruk",
            None,
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Kebon Jeruk",
        ),
        (
            "Kebon Jeruk",
            True,
            "Kebon Jeruk",
            "Kota Administrasi Jakarta Barat",
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Kebon Jeruk Kota Jakarta Barat",
        ),
        (
            "Kebon Jeruk",
            True,
            None,
            "Kota Bandung",
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kota Bandung",
        ),
        ("Payung", False, "", "", "Koperasi Desa Merah Putih Payung"),
    ],
)
def test_cooperative_name(
    village: str, kelurahan: bool, district: str | None, regency: str | None, expected: str
) -> None:
    assert cooperative_name(village, kelurahan, district, regency) == expected


@pytest.mark.parametrize(
    ("regency", "expected"),
    [
        ("Kota Administrasi Jakarta Barat", "Kota Jakarta Barat"),
        ("Kabupaten Administrasi Kepulauan Seribu", "Kabupaten Kepulauan Seribu"),
        ("Kota Bandung", "Kota Bandung"),
        ("Kabupaten Karo", "Kabupaten Karo"),
        ("Bandung", "Bandung"),
    ],
)
def test_short_regency_name(regency: str, expected: str) -> None:
    assert short_regency_name(regency) == expected


KEBON_JERUK_JAKBAR = VillageRef(
    "31.73.05.1001", "Kebon Jeruk", "Kebon Jeruk", "Kota Administrasi Jakarta Barat"
)
KEBON_JERUK_LAMPUNG = VillageRef(
    "18.71.05.1004", "Kebon Jeruk", "Tanjungkarang Timur", "Kota Bandar Lampung"
)
KEBON_JERUK_BANDUNG = VillageRef("32.73.05.1004", "Kebon Jeruk", "Andir", "Kota Bandung")
CIPAYUNG_JAKTIM = VillageRef(
    "31.75.10.1001", "Cipayung", "Cipayung", "Kota Administrasi Jakarta Timur"
)
CIPAYUNG_DEPOK = VillageRef("32.76.07.1001", "Cipayung", "Cipayung", "Kota Depok")
CIPAYUNG_DESA = VillageRef("32.01.01.2001", "Cipayung", "Megamendung", "Kabupaten Bogor")
MELAWAI = VillageRef(
    "31.74.07.1001", "Melawai", "Kebayoran Baru", "Kota Administrasi Jakarta Selatan"
)


@pytest.mark.parametrize(
    ("village", "others", "expected"),
    [
        (MELAWAI, [], "Koperasi Kelurahan Merah Putih Melawai"),
        (MELAWAI, [MELAWAI], "Koperasi Kelurahan Merah Putih Melawai"),
        (
            KEBON_JERUK_JAKBAR,
            [KEBON_JERUK_JAKBAR, KEBON_JERUK_LAMPUNG, KEBON_JERUK_BANDUNG],
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Kebon Jeruk",
        ),
        (
            KEBON_JERUK_BANDUNG,
            [KEBON_JERUK_JAKBAR, KEBON_JERUK_LAMPUNG],
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Andir",
        ),
        (
            CIPAYUNG_JAKTIM,
            [CIPAYUNG_DEPOK],
            "Koperasi Kelurahan Merah Putih Cipayung Kecamatan Cipayung Kota Jakarta Timur",
        ),
        (
            CIPAYUNG_DEPOK,
            [CIPAYUNG_JAKTIM, CIPAYUNG_DESA],
            "Koperasi Kelurahan Merah Putih Cipayung Kecamatan Cipayung Kota Depok",
        ),
        # a desa and a kelurahan of the same name are still told apart
        (
            CIPAYUNG_DESA,
            [CIPAYUNG_JAKTIM, CIPAYUNG_DEPOK],
            "Koperasi Desa Merah Putih Cipayung Kecamatan Megamendung",
        ),
    ],
)
def test_disambiguated_name(village: VillageRef, others: list[VillageRef], expected: str) -> None:
    assert disambiguated_name(village, others) == expected


def test_disambiguated_name_falls_back_to_the_longest_form() -> None:
    twin = VillageRef("31.75.10.1999", "Cipayung", "Cipayung", "Kota Administrasi Jakarta Timur")
    assert disambiguated_name(CIPAYUNG_JAKTIM, [twin]) == (
        "Koperasi Kelurahan Merah Putih Cipayung Kecamatan Cipayung Kota Jakarta Timur"
    )


@pytest.mark.parametrize(
    ("name", "village", "kelurahan", "code", "reason"),
    [
        ("Koperasi Kelurahan Merah Putih Melawai", "Melawai", True, None, None),
        ("koperasi kelurahan merah putih MELAWAI", "Melawai", True, None, None),
        ("  Koperasi  Kelurahan Merah Putih   Melawai ", "Melawai", True, None, None),
        (
            "Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Kebon Jeruk",
            "Kebon Jeruk",
            True,
            None,
            None,
        ),
        ("Koperasi Desa Merah Putih Sawang Ba'u", "Sawang Ba'u", False, None, None),
        ("Koperasi Desa Merah Putih Sawang Ba’u", "Sawang Ba'u", False, None, None),
        ("", "Melawai", True, "name.empty", None),
        ("   ", "Melawai", True, "name.empty", None),
        ("Koperasi Desa Merah Putih Melawai", "Melawai", True, "name.format", "prefix"),
        ("Koperasi Kelurahan Merah Putih Melawai", "Melawai", False, "name.format", "prefix"),
        ("KKMP Melawai", "Melawai", True, "name.format", "prefix"),
        ("Koperasi Kelurahan Merah Putih", "Melawai", True, "name.format", "prefix"),
        ("Koperasi Kelurahan Merah Putih Gandaria", "Melawai", True, "name.format", "village"),
        ("Koperasi Kelurahan Merah Putih Melawaiku", "Melawai", True, "name.format", "village"),
    ],
)
def test_check_cooperative_name(
    name: str, village: str, kelurahan: bool, code: str | None, reason: str | None
) -> None:
    issues = check_cooperative_name(name, village, kelurahan)
    assert [i.code for i in issues] == ([code] if code else [])
    if code == "name.empty":
        assert issues[0].severity is Severity.ERROR
    if code == "name.format":
        assert issues[0].severity is Severity.WARNING
        assert issues[0].params["reason"] == reason
    assert all(i.field == "name" for i in issues)
