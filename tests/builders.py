"""Builders of realistic records for tests (importable as ``builders``; tests/ is on the path)."""

from __future__ import annotations

from datetime import date

from kopdes_desktop.domain.entities import Cooperative, Person
from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.nik import make_nik

MELAWAI = "31.74.07.1001"
MELAWAI_DISTRICT = "317407"


def person(
    n: int,
    sex: Sex = Sex.MALE,
    name: str | None = None,
    village_code: str = MELAWAI,
    birth: date | None = None,
) -> Person:
    """A resident of Melawai with a NIK that agrees with birth date and sex."""
    born = birth or date(1970 + n % 30, 1 + n % 12, 1 + n % 28)
    return Person(
        nik=make_nik(MELAWAI_DISTRICT, born, sex, 1 + n),
        name=name or f"Warga Nomor {n}",
        sex=sex,
        birth_place="Jakarta",
        birth_date=born,
        address=f"Jl. Melawai Raya No. {n}",
        rt="001",
        rw="002",
        village_code=village_code,
        occupation="Wiraswasta",
        phone="081234567890",
    )


def cooperative(
    village_code: str = MELAWAI,
    name: str = "Koperasi Kelurahan Merah Putih Melawai",
    **extra: object,
) -> Cooperative:
    """A freshly registered KKMP with simpanan amounts."""
    return Cooperative(
        village_code=village_code,
        name=name,
        simpanan_pokok=100_000,
        simpanan_wajib=10_000,
        address="Jl. Melawai Raya No. 1",
        **extra,
    )  # type: ignore[arg-type]
