"""Recovery-draft behaviour of forms (see ``ui/drafts.py`` and ``form_base.py``).

Kept apart from ``form_base.py`` only for size: ``FormMixin`` derives from this class, so
every ``FormDialog`` / ``FormBase`` has these methods. The form's own hooks are
``draft_state()``, ``restore_draft(state)`` and ``draft_title()``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QMessageBox

from kopdes_desktop.ui.drafts import Draft, DraftStore

log = logging.getLogger(__name__)


class FormDraftsMixin:
    """Write, offer, apply and discard the draft of one form + record."""

    _drafts: DraftStore | None
    _draft_kind: str
    _draft_record: str | None
    _draft_context: dict[str, Any]
    _draft_settled: bool
    _dirty: bool

    # --- drafts -----------------------------------------------------------------------
    def configure_drafts(
        self,
        store: DraftStore | None,
        kind: str,
        record_id: str | None,
        context: dict[str, Any] | None = None,
    ) -> None:
        """Keep drafts of this form as ``kind`` + ``record_id`` (None: a new record)."""
        self._drafts = store
        self._draft_kind = kind
        self._draft_record = record_id
        self._draft_context = dict(context or {})

    def write_draft(self) -> None:
        """Store what is typed now (only while dirty); a full disk is logged, not fatal."""
        if not self._dirty or self._drafts is None or not self._draft_kind:
            return
        try:
            self._drafts.save(
                self._draft_kind,
                self._draft_record,
                self.draft_state(),
                title=self.draft_title(),
                context=self._draft_context,
            )
        except OSError:
            log.warning("could not write the recovery draft", exc_info=True)

    def discard_draft(self) -> None:
        """Delete this form's draft (after a save or when the user chose to drop the edits)."""
        if self._drafts is not None and self._draft_kind:
            self._drafts.delete(self._draft_kind, self._draft_record)

    def apply_draft(self, draft: Draft) -> None:
        """Fill the form from a draft; the result counts as unsaved edits."""
        self._draft_settled = True
        with self.loading():
            self.restore_draft(draft.state)
        self._dirty = False
        self.mark_dirty()
        self.status_label.setProperty("state", "draft")
        self.status_label.setText(
            self.tr(  # type: ignore[attr-defined]
                "Restored from the unsaved entries of {time}; not saved yet."
            ).format(time=draft.saved_at.astimezone().strftime("%d-%m-%Y %H.%M"))
        )
        self._repolish(self.status_label)
        self.refresh_issues()

    def ask_restore_draft(self, draft: Draft) -> bool:
        """Offer a stored draft of this very form; True restores it, False discards it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved entries"),  # type: ignore
            self.tr(
                "This form has entries that were not saved ({time}). "  # type: ignore
                "Restore them?"
            ).format(time=draft.saved_at.astimezone().strftime("%d-%m-%Y %H.%M")),
            QMessageBox.StandardButton.NoButton,
            self,
        )  # type: ignore[arg-type]
        restore = box.addButton(
            self.tr("Restore"),  # type: ignore[attr-defined]
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            self.tr("Discard them"),  # type: ignore[attr-defined]
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def offer_draft(self) -> bool:
        """Offer this form's stored draft once; True when it was restored."""
        if self._draft_settled or self._drafts is None or not self._draft_kind:
            return False
        self._draft_settled = True
        draft = self._drafts.load(self._draft_kind, self._draft_record)
        if draft is None:
            return False
        if self.ask_restore_draft(draft):
            self.apply_draft(draft)
            return True
        self.discard_draft()
        return False
