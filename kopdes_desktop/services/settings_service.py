"""The office profile (single row): working area, letterhead, numbering and print settings."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from kopdes_desktop.domain.document_numbers import check_pattern
from kopdes_desktop.domain.entities import OfficeSettings
from kopdes_desktop.domain.errors import (
    DomainError,
    Issue,
    NotFoundError,
    ValidationError,
    error,
)
from kopdes_desktop.domain.identifiers import check_email, check_phone
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.mapping import copy_fields, to_entity
from kopdes_desktop.services.wilayah_service import WilayahService, normalize_code
from kopdes_desktop.storage.orm import Cooperative, Office

OFFICE_ROW_ID = 1
DEFAULT_NUMBER_PATTERN = "{seq:03d}/KKMP-{code}/{month_roman}/{year}"
LANGUAGES = ("id", "en")
"""Interface languages: Indonesian (the default) and English."""


class SettingsService:
    """Reads and writes the office settings; an empty database has none until ``init``."""

    def __init__(self, ctx: ServiceContext, wilayah: WilayahService) -> None:
        self._ctx = ctx
        self._wilayah = wilayah

    def get(self) -> OfficeSettings:
        """Current settings (defaults when the office row does not exist yet)."""
        with self._ctx.session_factory() as session:
            row = session.get(Office, OFFICE_ROW_ID)
            return to_entity(row, OfficeSettings) if row else OfficeSettings()

    def has_area(self) -> bool:
        """False on a fresh data folder: the GUI then asks for the working area first."""
        return self.get().area_code is not None

    def save(self, settings: OfficeSettings) -> OfficeSettings:
        """Validate and store the settings."""
        self._ctx.require(Action.CHANGE_SETTINGS)
        issues = [
            *check_phone(settings.phone),
            *check_email(settings.email),
            *pattern_issues(settings.number_patterns),
        ]
        if settings.language not in LANGUAGES:
            issues.append(
                error("settings.language_unknown", "language", language=settings.language)
            )
        if any(i.is_error for i in issues):
            raise ValidationError(issues)
        if settings.area_code is not None and not self._wilayah.exists(settings.area_code):
            raise NotFoundError("wilayah.unknown", "area_code", area=settings.area_code)
        with self._ctx.session_factory.begin() as session:
            row = session.get(Office, OFFICE_ROW_ID)
            if row is None:
                row = Office(id=OFFICE_ROW_ID)
                session.add(row)
            copy_fields(row, settings, skip=frozenset())
            row.updated_at = self._ctx.now()
            session.flush()
            return to_entity(row, OfficeSettings)

    def set_area(self, code: str, office_name: str | None = None) -> OfficeSettings:
        """Set the working area (a village, district, regency, province or ``ID``)."""
        self._ctx.require(Action.CHANGE_SETTINGS)
        norm = normalize_code(code)
        if not self._wilayah.exists(norm):
            raise NotFoundError("wilayah.unknown", "area_code", area=norm)
        current = self.get()
        if current.area_code not in (None, norm) and self._has_own_data():
            raise DomainError("settings.area_locked", "area_code", current=current.area_code)
        patterns = current.number_patterns or {"default": DEFAULT_NUMBER_PATTERN}
        name = office_name if office_name is not None else current.office_name
        return self.save(
            replace(current, area_code=norm, office_name=name, number_patterns=patterns)
        )

    def _has_own_data(self) -> bool:
        with self._ctx.session_factory() as session:
            return bool(session.scalar(select(func.count()).select_from(Cooperative)))


def pattern_issues(patterns: dict[str, str]) -> list[Issue]:
    """One error per unusable number pattern, on field ``number_patterns.<document type>``.

    An empty pattern means "use the default" and is not an error.
    """
    issues = []
    for key, pattern in patterns.items():
        if not pattern.strip():
            continue
        try:
            check_pattern(pattern)
        except DomainError as exc:
            issues.append(error(exc.code, f"number_patterns.{key}", pattern=pattern))
    return issues
