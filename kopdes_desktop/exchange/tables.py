"""The tables an exchange package carries, column by column: the contract between offices.

The package format is a promise to other offices and other program versions, so it is written
down here on its own rather than read from the ORM: a migration that changes a column must
change this file (and the format version) on purpose. A unit test keeps the two in step.

Tables are listed parents first, the order an importer must write them in so that foreign keys
always find their rows. Every table is a synced table (UUID key, timestamps, soft delete).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kopdes_desktop.domain.enums import (
    BoardRole,
    Body,
    CertificateType,
    FormationModel,
    MeetingKind,
    ParticipantRole,
    PaymentKind,
    PortalStatus,
    Sex,
    TrainingMode,
    UnitKind,
    UnitStatus,
    WajibPeriod,
)


class Kind(StrEnum):
    """How a value is written in a package (JSON) and checked on the way in."""

    UUID = "uuid"
    TEXT = "text"
    INT = "int"
    BIGINT = "bigint"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    ENUM = "enum"
    VILLAGE = "village"
    """A Kemendagri village code ``PP.KK.CC.VVVV``."""
    TEXT_LIST = "text_list"
    DATE_LIST = "date_list"
    TEXT_MAP = "text_map"


@dataclass(frozen=True)
class ColumnSpec:
    """One column: its JSON kind, whether null is allowed, its length limit or vocabulary."""

    name: str
    kind: Kind
    nullable: bool = False
    max_length: int | None = None
    values: tuple[str, ...] = ()
    pattern: str | None = None
    references: str | None = None
    """The parent table of a foreign key (for documentation and write order)."""


@dataclass(frozen=True)
class TableSpec:
    """One table of the package: its columns and how its rows belong to a cooperative."""

    name: str
    columns: tuple[ColumnSpec, ...]
    cooperative_column: str | None = None
    """Column holding the cooperative's id directly (None: not directly)."""
    cooperative_via: tuple[str, str] | None = None
    """(column, parent table) whose row holds ``cooperative_id``, e.g. a payment's membership."""

    @property
    def column_names(self) -> tuple[str, ...]:
        """Columns in declaration order (the CSV order)."""
        return tuple(c.name for c in self.columns)

    @property
    def sorted_names(self) -> tuple[str, ...]:
        """Columns in JSON key order (sorted), the order rows are read from the database."""
        return tuple(sorted(self.column_names))

    def column(self, name: str) -> ColumnSpec:
        """The column called ``name`` (KeyError when absent)."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


NIK_PATTERN = r"[0-9]{16}"
SHA256_PATTERN = r"[0-9a-f]{64}"


def _text(name: str, length: int | None = None, *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, Kind.TEXT, nullable, length)


def _enum(name: str, enum: type[StrEnum], *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, Kind.ENUM, nullable, 40, tuple(m.value for m in enum))


def _ref(name: str, table: str, *, nullable: bool = False) -> ColumnSpec:
    return ColumnSpec(name, Kind.UUID, nullable, 36, references=table)


def _of(kind: Kind, *names: str, nullable: bool = False) -> tuple[ColumnSpec, ...]:
    return tuple(ColumnSpec(n, kind, nullable) for n in names)


SYNC_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", Kind.UUID, max_length=36),
    ColumnSpec("created_at", Kind.DATETIME),
    ColumnSpec("updated_at", Kind.DATETIME),
    _text("updated_by", 64, nullable=True),
    ColumnSpec("deleted_at", Kind.DATETIME, nullable=True),
)


def _table(
    name: str, *columns: ColumnSpec | tuple[ColumnSpec, ...], **grouping: object
) -> TableSpec:
    flat: list[ColumnSpec] = list(SYNC_COLUMNS)
    for item in columns:
        flat.extend(item if isinstance(item, tuple) else (item,))
    return TableSpec(name, tuple(flat), **grouping)  # type: ignore[arg-type]


_COOP = {"cooperative_column": "cooperative_id"}

TABLES: tuple[TableSpec, ...] = (
    _table(
        "training_event",
        _text("title", 300),
        _text("organiser", 200),
        _text("funding_source", 200),
        _of(Kind.DATE, "start_date", "end_date"),
        _text("venue", 300),
        _enum("mode", TrainingMode),
        ColumnSpec("topics", Kind.TEXT_LIST),
        ColumnSpec("hours", Kind.INT, nullable=True),
    ),
    _table(
        "cooperative",
        ColumnSpec("village_code", Kind.VILLAGE, max_length=13),
        _text("name", 200),
        _enum("formation_model", FormationModel),
        _text("address", 300),
        _text("rt", 3),
        _text("rw", 3),
        _text("postal_code", 5),
        _text("phone", 20),
        _text("email", 120),
        _of(Kind.BIGINT, "simpanan_pokok", "simpanan_wajib", nullable=True),
        _enum("wajib_period", WajibPeriod),
        ColumnSpec("initial_capital", Kind.BIGINT, nullable=True),
        _enum("portal_status", PortalStatus),
        _of(Kind.DATE, "portal_date", "name_reserved_date", nullable=True),
        _text("notary_name", 200),
        _text("deed_number", 60),
        ColumnSpec("deed_date", Kind.DATE, nullable=True),
        _text("sk_ahu_number", 120),
        ColumnSpec("sk_ahu_date", Kind.DATE, nullable=True),
        _text("nomor_induk_koperasi", 40),
        _text("npwp", 25),
        _text("nib", 20),
        _text("bank_name", 120),
        _text("bank_account_number", 40),
        _text("bank_account_name", 200),
        ColumnSpec("simkopdes_account", Kind.BOOL),
        ColumnSpec("simkopdes_date", Kind.DATE, nullable=True),
        _text("notes"),
        cooperative_column="id",
    ),
    _table(
        "person",
        ColumnSpec("nik", Kind.TEXT, nullable=True, max_length=16, pattern=NIK_PATTERN),
        _text("name", 200),
        _enum("sex", Sex, nullable=True),
        _text("birth_place", 120),
        ColumnSpec("birth_date", Kind.DATE, nullable=True),
        _text("address", 300),
        _text("rt", 3),
        _text("rw", 3),
        ColumnSpec("village_code", Kind.VILLAGE, nullable=True, max_length=13),
        _text("occupation", 120),
        _text("nationality", 10),
        _text("phone", 20),
        _text("email", 120),
    ),
    _table(
        "membership",
        _ref("cooperative_id", "cooperative"),
        _ref("person_id", "person"),
        ColumnSpec("is_founder", Kind.BOOL),
        _text("member_number", 40),
        _of(Kind.DATE, "joined_date", "left_date", nullable=True),
        **_COOP,
    ),
    _table(
        "board_position",
        _ref("cooperative_id", "cooperative"),
        _ref("person_id", "person"),
        _enum("body", Body),
        _enum("role", BoardRole),
        _of(Kind.DATE, "start_date", "end_date", nullable=True),
        ColumnSpec("ex_officio", Kind.BOOL),
        **_COOP,
    ),
    _table(
        "business_unit",
        _ref("cooperative_id", "cooperative"),
        _enum("kind", UnitKind),
        _text("name", 200),
        _enum("status", UnitStatus),
        ColumnSpec("opening_date", Kind.DATE, nullable=True),
        _text("location", 300),
        _text("notes"),
        **_COOP,
    ),
    _table(
        "capital_payment",
        _ref("membership_id", "membership"),
        _enum("kind", PaymentKind),
        ColumnSpec("amount", Kind.BIGINT),
        ColumnSpec("paid_date", Kind.DATE),
        _text("receipt_number", 60),
        cooperative_via=("membership_id", "membership"),
    ),
    _table(
        "meeting",
        _ref("cooperative_id", "cooperative"),
        _enum("kind", MeetingKind),
        _text("title", 200),
        ColumnSpec("meeting_date", Kind.DATE),
        _text("start_time", 10),
        _text("place", 300),
        ColumnSpec("chairs", Kind.TEXT_LIST),
        ColumnSpec("attendance_count", Kind.INT, nullable=True),
        ColumnSpec("decisions", Kind.TEXT_MAP),
        _text("notes"),
        **_COOP,
    ),
    _table(
        "meeting_attendee",
        _ref("meeting_id", "meeting"),
        _ref("person_id", "person", nullable=True),
        _text("name", 200),
        _text("element", 120),
        _enum("sex", Sex, nullable=True),
        ColumnSpec("present", Kind.BOOL),
        ColumnSpec("position", Kind.INT),
        cooperative_via=("meeting_id", "meeting"),
    ),
    _table(
        "training_participant",
        _ref("event_id", "training_event"),
        _ref("person_id", "person"),
        _ref("cooperative_id", "cooperative", nullable=True),
        _enum("role", ParticipantRole),
        ColumnSpec("attendance", Kind.DATE_LIST),
        _of(Kind.FLOAT, "pre_score", "post_score", nullable=True),
        _enum("certificate_type", CertificateType),
        _text("certificate_number", 80),
        _of(Kind.DATE, "certificate_issued", "certificate_expires", nullable=True),
        **_COOP,
    ),
    _table(
        "mentoring_visit",
        _ref("cooperative_id", "cooperative"),
        ColumnSpec("visit_date", Kind.DATE),
        _text("mentor_name", 200),
        _of(Kind.TEXT, "topics", "findings", "follow_up"),
        **_COOP,
    ),
    _table(
        "issued_document",
        _text("office_code", 13),
        _text("doc_type", 40),
        _text("number", 80),
        _of(Kind.INT, "seq", "year"),
        ColumnSpec("issued_date", Kind.DATE),
        _text("sha256", 64),
        _ref("cooperative_id", "cooperative", nullable=True),
        ColumnSpec("void", Kind.BOOL),
        _text("void_reason"),
        _text("content_sha256", 64),
        _text("verification_code", 16),
        **_COOP,
    ),
    _table(
        "attachment",
        _text("owner_type", 40),
        _text("owner_id", 36),
        _text("kind", 60),
        _text("original_name", 255),
        _text("media_type", 100),
        ColumnSpec("size", Kind.BIGINT),
        ColumnSpec("sha256", Kind.TEXT, max_length=64, pattern=SHA256_PATTERN),
    ),
)
"""Every table of a package, parents first."""

TABLES_BY_NAME: dict[str, TableSpec] = {t.name: t for t in TABLES}
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)
