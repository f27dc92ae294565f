"""Names of cooperatives: the standard form, disambiguation of repeated village names, checks.

The standard name is "Koperasi Kelurahan Merah Putih" (or "Koperasi Desa Merah Putih") plus the
village name. Village names repeat across Indonesia ("Kebon Jeruk" is in Jakarta Barat, Bandar
Lampung and Bandung), so the kecamatan and then the city/regency are appended as needed. Chosen
format, so the appended words read as what they are:

    Koperasi Kelurahan Merah Putih Kebon Jeruk Kecamatan Kebon Jeruk Kota Jakarta Barat

The district gets the word "Kecamatan"; the regency keeps its own "Kota"/"Kabupaten" word but
drops "Administrasi" (Jakarta's "Kota Administrasi Jakarta Barat" becomes "Kota Jakarta Barat").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kopdes_desktop.domain.errors import Issue, error, warning
from kopdes_desktop.domain.identifiers import is_kelurahan as code_is_kelurahan

KELURAHAN_PREFIX = "Koperasi Kelurahan Merah Putih"
"""Standard start of a KKMP name."""

DESA_PREFIX = "Koperasi Desa Merah Putih"
"""Standard start of a KDMP name."""

_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_ADMINISTRASI = re.compile(r"^(Kota|Kabupaten)\s+Administrasi\s+", re.IGNORECASE)


@dataclass(frozen=True)
class VillageRef:
    """A village as the name rules need it: its code and the names of its parents."""

    code: str
    name: str
    district_name: str = ""
    regency_name: str = ""


def _tidy(text: str | None) -> str:
    """Collapse whitespace and unify apostrophes so "Sawang Ba’u" equals "Sawang Ba'u"."""
    return _SPACES.sub(" ", (text or "").translate(_APOSTROPHES)).strip()


def _key(text: str) -> str:
    """Comparison key: tidy and case-insensitive."""
    return _tidy(text).casefold()


def name_prefix(is_kelurahan: bool) -> str:
    """The expected start of the name for a kelurahan (KKMP) or a desa (KDMP)."""
    return KELURAHAN_PREFIX if is_kelurahan else DESA_PREFIX


def short_regency_name(regency_name: str) -> str:
    """Drop "Administrasi" from Jakarta's city names: "Kota Administrasi X" → "Kota X"."""
    tidy = _tidy(regency_name)
    return _ADMINISTRASI.sub(lambda m: m.group(1) + " ", tidy)


def _suffix(
    village_name: str, district_name: str | None = None, regency_name: str | None = None
) -> str:
    """The part after the prefix: village, then optionally kecamatan and regency."""
    parts = [_tidy(village_name)]
    if district_name and _tidy(district_name):
        parts.append(f"Kecamatan {_tidy(district_name)}")
    if regency_name and _tidy(regency_name):
        parts.append(short_regency_name(regency_name))
    return " ".join(parts)


def cooperative_name(
    village_name: str,
    is_kelurahan: bool,
    district_name: str | None = None,
    regency_name: str | None = None,
) -> str:
    """The standard name, with kecamatan and/or regency appended when they are given."""
    return f"{name_prefix(is_kelurahan)} {_suffix(village_name, district_name, regency_name)}"


def disambiguated_name(village: VillageRef, same_name_villages: Sequence[VillageRef]) -> str:
    """The shortest standard name that no other village of the same name would also get.

    Tries the village alone, then + kecamatan, then + kecamatan + regency (the last one is
    returned even if still not unique). Desa and kelurahan prefixes are ignored when comparing,
    to stay clear of names that differ by that one word only. ``same_name_villages`` may
    include ``village`` itself; it is skipped by code.
    """
    others = [v for v in same_name_villages if v.code != village.code]
    kelurahan = code_is_kelurahan(village.code)
    candidates: tuple[tuple[str | None, str | None], ...] = (
        (None, None),
        (village.district_name, None),
        (village.district_name, village.regency_name),
    )
    for district, regency in candidates:
        mine = _key(_suffix(village.name, district, regency))
        theirs = {
            _key(
                _suffix(
                    o.name,
                    o.district_name if district is not None else None,
                    o.regency_name if regency is not None else None,
                )
            )
            for o in others
        }
        if mine not in theirs:
            return cooperative_name(village.name, kelurahan, district, regency)
    return cooperative_name(village.name, kelurahan, village.district_name, village.regency_name)


def check_cooperative_name(name: str, village_name: str, is_kelurahan: bool) -> list[Issue]:
    """Error when empty; warning ``name.format`` when the name strays from the standard form.

    The comparison ignores case, extra spaces and the kind of apostrophe.
    """
    tidy = _tidy(name)
    if not tidy:
        return [error("name.empty", "name")]
    prefix = name_prefix(is_kelurahan)
    key = _key(tidy)
    if not key.startswith(_key(prefix) + " "):
        return [warning("name.format", "name", reason="prefix", expected=prefix)]
    rest = key[len(_key(prefix)) :]
    village = re.escape(_key(village_name))
    if village and re.search(rf"(?<!\w){village}(?!\w)", rest) is None:
        return [warning("name.format", "name", reason="village", expected=_tidy(village_name))]
    return []
