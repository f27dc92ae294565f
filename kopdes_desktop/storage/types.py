"""Column types that hand domain values (StrEnum members, tuples, dates) straight to the mapper.

Storing enums as their plain string values keeps migrations simple (no native ENUM types to
alter on PostgreSQL) and keeps exported JSON readable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class StrEnumType(TypeDecorator[StrEnum]):
    """A StrEnum stored as its value in a VARCHAR column."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(self.enum_cls(value).value)

    def process_result_value(self, value: Any, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum_cls(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both SQLite (which stores naive text) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)  # type: ignore[no-any-return]

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


class JSONTuple(TypeDecorator[tuple[Any, ...]]):
    """A JSON list read back as a tuple (entities are frozen)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> list[Any]:
        return list(value or ())

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[Any, ...]:
        return tuple(value or ())


class JSONDateTuple(TypeDecorator[tuple[date, ...]]):
    """A list of dates kept as ISO strings in JSON (e.g. training attendance days)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> list[str]:
        return [d.isoformat() for d in (value or ())]

    def process_result_value(self, value: Any, dialect: Dialect) -> tuple[date, ...]:
        return tuple(date.fromisoformat(v) for v in (value or ()))


class JSONDict(TypeDecorator[dict[str, Any]]):
    """A JSON object; never NULL in Python (an empty dict instead)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dict[str, Any]:
        return dict(value or {})

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any]:
        return dict(value or {})
