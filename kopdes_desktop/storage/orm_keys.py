"""Signing keys: this office's Ed25519 key and the public keys of offices it trusts.

The private key lives in the database rather than in a file of one PC, so every PC of an
office sharing one PostgreSQL database signs with the same key and a document printed on any
of them verifies the same way. Whoever can read the database can sign as the office; the
database is already the office's trust boundary (it holds every NIK), so a key file beside it
would protect nothing more.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.storage.orm_base import Base, utcnow
from kopdes_desktop.storage.types import UTCDateTime


class OfficeKey(Base):
    """An Ed25519 key pair of this office; old keys stay (inactive) so old papers verify."""

    __tablename__ = "office_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    """Raw 32-byte public key, lowercase hex."""
    private_key: Mapped[str] = mapped_column(Text)
    """PKCS#8 PEM, unencrypted (see the module docstring)."""
    fingerprint: Mapped[str] = mapped_column(String(16))
    """First 16 hex digits of sha256(raw public key): what people compare by eye."""
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TrustedOfficeKey(Base):
    """The public key of another office whose documents and packages are accepted."""

    __tablename__ = "trusted_office_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    area_code: Mapped[str] = mapped_column(String(13), index=True)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    accepted_by: Mapped[str] = mapped_column(String(64), default="")
