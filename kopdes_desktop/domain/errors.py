"""Expected problems, carried as stable codes and the field concerned.

Domain code returns codes, not sentences: the UI and the CLI turn ``Issue.code`` (plus
``params``) into a translated message. Codes are dotted lowercase, e.g. ``nik.length``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.domain.enums import Severity


@dataclass(frozen=True)
class Issue:
    """One finding of a rule: an error blocks saving, a warning does not."""

    code: str
    field: str | None = None
    severity: Severity = Severity.ERROR
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        """True when the finding blocks saving."""
        return self.severity is Severity.ERROR


def error(code: str, field_name: str | None = None, **params: Any) -> Issue:
    """Shorthand for an error issue."""
    return Issue(code, field_name, Severity.ERROR, params)


def warning(code: str, field_name: str | None = None, **params: Any) -> Issue:
    """Shorthand for a warning issue."""
    return Issue(code, field_name, Severity.WARNING, params)


class DomainError(Exception):
    """Base of expected problems; ``code`` is stable and ``field`` names the input concerned."""

    def __init__(self, code: str, field_name: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field_name
        self.params = params
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(
            f"{code}"
            + (f" [{field_name}]" if field_name else "")
            + (f" ({detail})" if detail else "")
        )


class ValidationError(DomainError):
    """Raised when rules found errors; carries every issue (errors and warnings)."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        first = next((i for i in self.issues if i.is_error), None)
        code = first.code if first else "validation"
        super().__init__(code, first.field if first else None)


class NotFoundError(DomainError):
    """A record asked for by key does not exist (or is soft-deleted)."""


class ConflictError(DomainError):
    """The request contradicts existing data, e.g. a second cooperative for one village."""


class PermissionDeniedError(DomainError):
    """The current user's role does not allow the action."""


class EnvironmentProblem(DomainError):
    """Disk full, read-only folder, locked database: not a bug, tell the user clearly."""
