"""Kemendagri reference areas: four tables keyed by their code (never BPS codes)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.storage.orm_base import Base


class Province(Base):
    """Provinsi, code ``PP``."""

    __tablename__ = "province"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))


class Regency(Base):
    """Kabupaten (01-69) or kota (71-99), code ``PP.KK``."""

    __tablename__ = "regency"
    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    name: Mapped[str] = mapped_column(String(120))


class District(Base):
    """Kecamatan, code ``PP.KK.CC``."""

    __tablename__ = "district"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    regency_code: Mapped[str] = mapped_column(ForeignKey("regency.code"), index=True)
    name: Mapped[str] = mapped_column(String(120))


class Village(Base):
    """Kelurahan (village part 1xxx) or desa (2xxx), code ``PP.KK.CC.VVVV``."""

    __tablename__ = "village"
    code: Mapped[str] = mapped_column(String(13), primary_key=True)
    district_code: Mapped[str] = mapped_column(ForeignKey("district.code"), index=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
