"""Recovery drafts: what was typed into a form but not saved survives a crash or power cut.

Forms (``FormBase`` / ``FormDialog``) write their ``draft_state()`` every few seconds while
they have unsaved changes, and on close; a successful save or an explicit "discard" deletes
the draft. Drafts are JSON files under ``<home>/drafts/`` named after the form kind and the
record id (``"new"`` for a record not saved yet), written atomically (temp file, fsync,
``os.replace``) so a power cut leaves either the old draft or the new one, never half a file.

At start-up the app lists ``DraftStore.pending()`` and offers to reopen them; each form
module registers how to reopen its kind with ``register_draft_opener`` (a plain mapping of
code, like a plugin table, not shared state).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kopdes_desktop.bootstrap import Services

log = logging.getLogger(__name__)

DRAFTS_FOLDER = "drafts"
NEW_RECORD = "new"
"""Record id of drafts of records that were never saved."""
FORMAT_VERSION = 1
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Draft:
    """One stored draft: which form, which record, what was typed, and when."""

    kind: str
    record_id: str
    state: dict[str, Any]
    saved_at: datetime
    title: str = ""
    """What the restore question shows, e.g. "Data orang: Siti Aminah"."""
    context: dict[str, Any] = field(default_factory=dict)
    """What the opener needs besides the state, e.g. the cooperative a new member joins."""


def _file_name(kind: str, record_id: str) -> str:
    return f"{_SAFE.sub('_', kind)}--{_SAFE.sub('_', record_id or NEW_RECORD)}.json"


class DraftStore:
    """JSON drafts under ``<home>/drafts``, keyed by form kind and record id."""

    def __init__(self, home: Path) -> None:
        self.folder = Path(home) / DRAFTS_FOLDER

    def path(self, kind: str, record_id: str | None) -> Path:
        """The file of one draft (it may not exist)."""
        return self.folder / _file_name(kind, record_id or NEW_RECORD)

    def save(
        self,
        kind: str,
        record_id: str | None,
        state: dict[str, Any],
        title: str = "",
        context: dict[str, Any] | None = None,
    ) -> Path:
        """Write (or replace) a draft atomically; ``state`` must be JSON-serialisable."""
        payload = {
            "version": FORMAT_VERSION,
            "kind": kind,
            "record_id": record_id or NEW_RECORD,
            "saved_at": datetime.now(UTC).isoformat(),
            "title": title,
            "context": context or {},
            "state": state,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        target = self.path(kind, record_id)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if Path(tmp_name).read_bytes() != data:  # verify before it replaces the old one
                raise OSError(f"draft {target.name} did not read back as written")
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return target

    def load(self, kind: str, record_id: str | None) -> Draft | None:
        """The draft of one form and record, or None (also for an unreadable file)."""
        return self._read(self.path(kind, record_id))

    def exists(self, kind: str, record_id: str | None) -> bool:
        """True when a draft of this form and record is stored."""
        return self.path(kind, record_id).is_file()

    def delete(self, kind: str, record_id: str | None) -> None:
        """Forget a draft (after a successful save or an explicit discard)."""
        self.path(kind, record_id).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Every readable draft, oldest first (what the start-up question lists)."""
        if not self.folder.is_dir():
            return []
        drafts = [d for p in sorted(self.folder.glob("*.json")) if (d := self._read(p))]
        return sorted(drafts, key=lambda d: d.saved_at)

    @staticmethod
    def _read(path: Path) -> Draft | None:
        if not path.is_file():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return Draft(
                kind=str(raw["kind"]),
                record_id=str(raw["record_id"]),
                state=dict(raw["state"]),
                saved_at=datetime.fromisoformat(raw["saved_at"]),
                title=str(raw.get("title", "")),
                context=dict(raw.get("context") or {}),
            )
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable draft %s is ignored", path, exc_info=True)
            return None


def drafts_for(services: Services) -> DraftStore:
    """The draft store of the running program's data folder."""
    return DraftStore(services.ctx.home)


DraftOpener = Callable[["Services", "QWidget | None", Draft], "QWidget | None"]
"""Opens the form of a draft's kind with the draft applied; returns the form (shown)."""

_OPENERS: dict[str, DraftOpener] = {}


def register_draft_opener(kind: str, opener: DraftOpener) -> None:
    """Tell the start-up recovery how to reopen drafts of ``kind`` (call at module import)."""
    _OPENERS[kind] = opener


def draft_opener(kind: str) -> DraftOpener | None:
    """The opener registered for ``kind``, if any."""
    return _OPENERS.get(kind)
