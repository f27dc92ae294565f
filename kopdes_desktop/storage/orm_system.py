"""Office settings, accounts, attachments, issued documents and the audit trail."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.domain.enums import PaperSize, UserRole
from kopdes_desktop.storage.orm_base import Base, SyncedMixin, utcnow
from kopdes_desktop.storage.types import JSONDict, JSONTuple, StrEnumType, UTCDateTime


class Office(Base):
    """The single row (id 1) describing this office: working area, letterhead, printing."""

    __tablename__ = "office"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    area_code: Mapped[str | None] = mapped_column(String(13))
    office_name: Mapped[str] = mapped_column(String(200), default="")
    letterhead_lines: Mapped[tuple[Any, ...]] = mapped_column(JSONTuple, default=tuple)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    logo_sha256: Mapped[str | None] = mapped_column(String(64))
    lurah_name: Mapped[str] = mapped_column(String(200), default="")
    lurah_nip: Mapped[str] = mapped_column(String(30), default="")
    number_patterns: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    paper_size: Mapped[PaperSize] = mapped_column(StrEnumType(PaperSize), default=PaperSize.A4)
    rupiah_space: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(5), default="id")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class UserAccount(Base):
    """A login; the argon2id hash never leaves the services layer."""

    __tablename__ = "user_account"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[UserRole] = mapped_column(StrEnumType(UserRole))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Attachment(SyncedMixin, Base):
    """Metadata of a scan; bytes live once under ``<home>/attachments`` by sha256."""

    __tablename__ = "attachment"
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(60), default="")
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class IssuedDocument(SyncedMixin, Base):
    """A numbered document; the unique constraint makes a reserved number impossible to reuse."""

    __tablename__ = "issued_document"
    __table_args__ = (
        UniqueConstraint("office_code", "doc_type", "year", "seq", name="uq_issued_document_seq"),
    )
    office_code: Mapped[str] = mapped_column(String(13))
    doc_type: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(80))
    seq: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    issued_date: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    cooperative_id: Mapped[str | None] = mapped_column(ForeignKey("cooperative.id"), index=True)
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    verification_code: Mapped[str] = mapped_column(String(16), default="", index=True)


class AuditEntry(Base):
    """One link of the hash-chained audit trail (written by the accounts/audit issue)."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SchemaInfo(Base):
    """Which program version last wrote the database (Alembic holds the schema revision)."""

    __tablename__ = "schema_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    app_version: Mapped[str] = mapped_column(String(20))
    reference_version: Mapped[str] = mapped_column(Text, default="")
