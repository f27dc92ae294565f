"""Training events, their participants, and mentoring visits."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.domain.enums import CertificateType, ParticipantRole, TrainingMode
from kopdes_desktop.storage.orm_base import Base, SyncedMixin
from kopdes_desktop.storage.types import JSONDateTuple, JSONTuple, StrEnumType


class TrainingEvent(SyncedMixin, Base):
    """A pelatihan: one event may gather participants of many cooperatives."""

    __tablename__ = "training_event"
    title: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(200), default="")
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    mode: Mapped[TrainingMode] = mapped_column(StrEnumType(TrainingMode))
    topics: Mapped[tuple[Any, ...]] = mapped_column(JSONTuple, default=tuple)
    hours: Mapped[int | None] = mapped_column(Integer)


class TrainingParticipant(SyncedMixin, Base):
    """A person at an event, with attendance per day, scores and certificate."""

    __tablename__ = "training_participant"
    event_id: Mapped[str] = mapped_column(ForeignKey("training_event.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    cooperative_id: Mapped[str | None] = mapped_column(ForeignKey("cooperative.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(StrEnumType(ParticipantRole))
    attendance: Mapped[tuple[date, ...]] = mapped_column(JSONDateTuple, default=tuple)
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    certificate_type: Mapped[CertificateType] = mapped_column(StrEnumType(CertificateType))
    certificate_number: Mapped[str] = mapped_column(String(80), default="")
    certificate_issued: Mapped[date | None] = mapped_column(Date)
    certificate_expires: Mapped[date | None] = mapped_column(Date)


class MentoringVisit(SyncedMixin, Base):
    """A pendampingan visit to a cooperative."""

    __tablename__ = "mentoring_visit"
    cooperative_id: Mapped[str] = mapped_column(ForeignKey("cooperative.id"), index=True)
    visit_date: Mapped[date] = mapped_column(Date)
    mentor_name: Mapped[str] = mapped_column(String(200))
    topics: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
