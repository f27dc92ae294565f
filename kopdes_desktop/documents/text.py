"""Words printed about people, places, times and money, the same way on every document.

NIKs go through ``mask_nik`` when the page setup says the copy leaves the office (UU PDP);
Rupiah follows the office's spelling preference; a time typed oddly is printed as typed
rather than stopping the printout.
"""

from __future__ import annotations

from datetime import date

from kopdes_desktop.documents.data import CooperativeInfo, PageSetup, PersonRow
from kopdes_desktop.domain.entities import Person
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.formatting import format_long_date, format_rupiah, format_time
from kopdes_desktop.domain.identifiers import is_kelurahan
from kopdes_desktop.domain.nik import mask_nik, normalize_nik

DASH = "-"


def nik_text(nik: str | None, setup: PageSetup) -> str:
    """The NIK as printed: masked for copies leaving the office, "-" when unknown."""
    digits = normalize_nik(nik)
    if not digits:
        return DASH
    return mask_nik(digits) if setup.mask_nik else digits


def rupiah(amount: int | None, setup: PageSetup) -> str:
    """Rupiah in the office's spelling; "-" for an unknown amount."""
    return DASH if amount is None else format_rupiah(amount, space=setup.rupiah_space)


def long_date(value: date | None) -> str:
    """``31 Mei 2025`` or "-"."""
    return format_long_date(value) if value is not None else DASH


def time_text(value: str) -> str:
    """``09.00 WIB`` from what was typed; odd input is printed as typed, empty as "-"."""
    if not value.strip():
        return DASH
    try:
        return format_time(value)
    except DomainError:
        return value.strip()


def birth_text(person: Person) -> str:
    """``Jakarta, 1 Januari 1970`` (tempat, tanggal lahir)."""
    parts = [person.birth_place.strip(), long_date(person.birth_date) if person.birth_date else ""]
    text = ", ".join(p for p in parts if p)
    return text or DASH


def village_word(info: CooperativeInfo) -> str:
    """The word "Kelurahan" or "Desa" from the cooperative's village code."""
    try:
        return "Kelurahan" if is_kelurahan(info.cooperative.village_code) else "Desa"
    except DomainError:
        return "Kelurahan"


def rt_rw(rt: str, rw: str) -> str:
    """``RT 001/RW 002`` from whatever parts are known."""
    parts = [f"RT {rt.strip()}" if rt.strip() else "", f"RW {rw.strip()}" if rw.strip() else ""]
    return "/".join(p for p in parts if p)


def street_line(person: Person) -> str:
    """Street and RT/RW: the short address of attendance lists and board lists."""
    parts = [person.address.strip(), rt_rw(person.rt, person.rw)]
    return ", ".join(p for p in parts if p) or DASH


def full_address(row: PersonRow, info: CooperativeInfo) -> str:
    """Street, RT/RW, kelurahan, kecamatan, city and province (the notary's form).

    Empty area names of the row default to the cooperative's area: founders live there.
    """
    person = row.person
    word = village_word(info)
    village = row.village_name or info.village_name
    district = row.district_name or info.district_name
    regency = row.regency_name or info.regency_name
    province = row.province_name or info.province_name
    parts = [
        person.address.strip(),
        rt_rw(person.rt, person.rw),
        f"{word} {village}" if village else "",
        f"Kecamatan {district}" if district else "",
        regency,
        f"Provinsi {province}"
        if province and not province.lower().startswith("prov")
        else province,
    ]
    return ", ".join(p for p in parts if p) or DASH


def area_line(info: CooperativeInfo) -> str:
    """``Kelurahan Melawai, Kecamatan Kebayoran Baru, Kota Adm. Jakarta Selatan, …``."""
    parts = [
        f"{village_word(info)} {info.village_name}",
        f"Kecamatan {info.district_name}" if info.district_name else "",
        info.regency_name,
        info.province_name,
    ]
    return ", ".join(p for p in parts if p)


def cooperative_address(info: CooperativeInfo) -> str:
    """The cooperative's address with RT/RW and area."""
    coop = info.cooperative
    parts = [coop.address.strip(), rt_rw(coop.rt, coop.rw), area_line(info)]
    text = ", ".join(p for p in parts if p)
    return f"{text} {coop.postal_code}".strip() if coop.postal_code else text


def or_dash(value: str | None) -> str:
    """The text, or "-" when empty."""
    return value.strip() if value and value.strip() else DASH
