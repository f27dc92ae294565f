"""Every ORM class in one import, so Alembic and the engine see the complete metadata."""

from kopdes_desktop.storage.orm_base import Base, SyncedMixin, utcnow
from kopdes_desktop.storage.orm_cooperative import (
    BoardPosition,
    BusinessUnit,
    CapitalPayment,
    Cooperative,
    Meeting,
    MeetingAttendee,
    Membership,
    Person,
    PersonNameToken,
)
from kopdes_desktop.storage.orm_exchange import ExportLog, ImportLog
from kopdes_desktop.storage.orm_keys import OfficeKey, TrustedOfficeKey
from kopdes_desktop.storage.orm_live_indexes import LIVE_INDEXES
from kopdes_desktop.storage.orm_system import (
    Attachment,
    AuditEntry,
    IssuedDocument,
    Office,
    SchemaInfo,
    UserAccount,
)
from kopdes_desktop.storage.orm_training import MentoringVisit, TrainingEvent, TrainingParticipant
from kopdes_desktop.storage.orm_wilayah import District, Province, Regency, Village

__all__ = [
    "LIVE_INDEXES",
    "Attachment",
    "AuditEntry",
    "Base",
    "BoardPosition",
    "BusinessUnit",
    "CapitalPayment",
    "Cooperative",
    "District",
    "ExportLog",
    "ImportLog",
    "IssuedDocument",
    "Meeting",
    "MeetingAttendee",
    "Membership",
    "MentoringVisit",
    "Office",
    "OfficeKey",
    "Person",
    "PersonNameToken",
    "Province",
    "Regency",
    "SchemaInfo",
    "SyncedMixin",
    "TrainingEvent",
    "TrainingParticipant",
    "TrustedOfficeKey",
    "UserAccount",
    "Village",
    "utcnow",
]
