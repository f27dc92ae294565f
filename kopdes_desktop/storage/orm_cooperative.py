"""Cooperatives and the people, board, units, capital and meetings that belong to them."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    FormationModel,
    MeetingKind,
    PaymentKind,
    PortalStatus,
    Sex,
    UnitKind,
    UnitStatus,
    WajibPeriod,
)
from kopdes_desktop.storage.orm_base import Base, SyncedMixin
from kopdes_desktop.storage.types import JSONDict, JSONTuple, StrEnumType


class Cooperative(SyncedMixin, Base):
    """A KKMP/KDMP; the unique village code enforces one cooperative per village."""

    __tablename__ = "cooperative"
    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    formation_model: Mapped[FormationModel] = mapped_column(StrEnumType(FormationModel))
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    simpanan_pokok: Mapped[int | None] = mapped_column(BigInteger)
    simpanan_wajib: Mapped[int | None] = mapped_column(BigInteger)
    wajib_period: Mapped[WajibPeriod] = mapped_column(StrEnumType(WajibPeriod))
    initial_capital: Mapped[int | None] = mapped_column(BigInteger)
    portal_status: Mapped[PortalStatus] = mapped_column(StrEnumType(PortalStatus))
    portal_date: Mapped[date | None] = mapped_column(Date)
    name_reserved_date: Mapped[date | None] = mapped_column(Date)
    notary_name: Mapped[str] = mapped_column(String(200), default="")
    deed_number: Mapped[str] = mapped_column(String(60), default="")
    deed_date: Mapped[date | None] = mapped_column(Date)
    sk_ahu_number: Mapped[str] = mapped_column(String(120), default="")
    sk_ahu_date: Mapped[date | None] = mapped_column(Date)
    nomor_induk_koperasi: Mapped[str] = mapped_column(String(40), default="")
    npwp: Mapped[str] = mapped_column(String(25), default="")
    nib: Mapped[str] = mapped_column(String(20), default="")
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    bank_account_number: Mapped[str] = mapped_column(String(40), default="")
    bank_account_name: Mapped[str] = mapped_column(String(200), default="")
    simkopdes_account: Mapped[bool] = mapped_column(Boolean, default=False)
    simkopdes_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(SyncedMixin, Base):
    """A citizen or outsider. NIK is indexed but not unique: a monitoring office may hold the
    same NIK from several kelurahan packages, and finding those is one of its tasks."""

    __tablename__ = "person"
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # Anggota list order
    sex: Mapped[Sex | None] = mapped_column(StrEnumType(Sex))
    birth_place: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    village_code: Mapped[str | None] = mapped_column(ForeignKey("village.code"), index=True)
    occupation: Mapped[str] = mapped_column(String(120), default="")
    nationality: Mapped[str] = mapped_column(String(10), default="WNI")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class PersonNameToken(Base):
    """One lowercase word of a person's name: "search by any word prefix" becomes an index
    range scan that works the same on SQLite and PostgreSQL (no FTS5/pg_trgm dialect split)."""

    __tablename__ = "person_name_token"
    # The key is the whole row: one B-tree instead of a rowid table plus its key's index
    # (a national first import writes 4.4 million tokens).
    __table_args__ = {"sqlite_with_rowid": False}
    token: Mapped[str] = mapped_column(String(60), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Membership(SyncedMixin, Base):
    """Person ↔ cooperative; founders carry the founder flag."""

    __tablename__ = "membership"
    # Looked up by cooperative through ix_membership_coop_person (it leads with the column).
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    is_founder: Mapped[bool] = mapped_column(Boolean, default=False)
    member_number: Mapped[str] = mapped_column(String(40), default="")
    joined_date: Mapped[date | None] = mapped_column(Date)
    left_date: Mapped[date | None] = mapped_column(Date)


class BoardPosition(SyncedMixin, Base):
    """One term in pengurus, pengawas or pengelola; history through start and end dates."""

    __tablename__ = "board_position"
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    body: Mapped[Body] = mapped_column(StrEnumType(Body))
    role: Mapped[BoardRole] = mapped_column(StrEnumType(BoardRole))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    ex_officio: Mapped[bool] = mapped_column(Boolean, default=False)


class BusinessUnit(SyncedMixin, Base):
    """A gerai / unit usaha."""

    __tablename__ = "business_unit"
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    kind: Mapped[UnitKind] = mapped_column(StrEnumType(UnitKind))
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[UnitStatus] = mapped_column(StrEnumType(UnitStatus))
    opening_date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CapitalPayment(SyncedMixin, Base):
    """A simpanan payment of one membership, in whole Rupiah."""

    __tablename__ = "capital_payment"
    membership_id: Mapped[str] = mapped_column(ForeignKey("membership.id"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(StrEnumType(PaymentKind))
    amount: Mapped[int] = mapped_column(BigInteger)
    paid_date: Mapped[date] = mapped_column(Date)
    receipt_number: Mapped[str] = mapped_column(String(60), default="")


class Meeting(SyncedMixin, Base):
    """Sosialisasi, Muskelsus, founders' meeting, RAT or other; the source of those dates."""

    __tablename__ = "meeting"
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(StrEnumType(MeetingKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    meeting_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    chairs: Mapped[tuple[Any, ...]] = mapped_column(JSONTuple, default=tuple)
    attendance_count: Mapped[int | None] = mapped_column(Integer)
    decisions: Mapped[dict[str, Any]] = mapped_column(JSONDict, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingAttendee(SyncedMixin, Base):
    """A line of a meeting's attendance list."""

    __tablename__ = "meeting_attendee"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    element: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[Sex | None] = mapped_column(StrEnumType(Sex))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    # Line order of the printed daftar hadir, as the operator typed it.
    position: Mapped[int] = mapped_column(Integer, default=0)


Index("ix_membership_coop_person", Membership.cooperative_id, Membership.person_id)
