"""After a crash or power cut: offer to reopen the forms whose typing was not saved.

Called once by ``app.py`` right after the main window is shown. Each draft is reopened by
the opener its form module registered (``drafts.register_draft_opener``); drafts of a kind
nobody registered stay on disk (a newer version may know them) and are only logged. The form
modules are imported only when drafts are waiting: the main window builds its pages lazily,
so at start-up most of them are not loaded yet.
"""

from __future__ import annotations

import importlib
import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.ui.drafts import Draft, DraftStore, draft_opener, drafts_for

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate needs literal contexts
MAX_LISTED = 8
DRAFT_FORM_MODULES = (
    "kopdes_desktop.ui.dialogs.person_dialog",
    "kopdes_desktop.ui.dialogs.attendees_dialog",
    "kopdes_desktop.ui.views.cooperatives_view",
    "kopdes_desktop.ui.views.settings_view",
    "kopdes_desktop.ui.forms.training_event_form",
    "kopdes_desktop.ui.forms.mentoring_visit_form",
)
"""Modules that register a draft opener when imported (every form that keeps drafts)."""


def load_draft_openers() -> None:
    """Import every form module that keeps drafts, so each kind has its opener registered."""
    for name in DRAFT_FORM_MODULES:
        importlib.import_module(name)


class RecoveryChoice(Enum):
    """What the operator answered to the start-up question."""

    RESTORE = "restore"
    LATER = "later"
    DISCARD = "discard"


def ask_recovery(drafts: list[Draft], parent: QWidget | None) -> RecoveryChoice:
    """The start-up question listing the unsaved forms (a seam for tests)."""
    lines = [
        f"• {d.title or d.kind} ({d.saved_at.astimezone().strftime('%d-%m-%Y %H.%M')})"
        for d in drafts[:MAX_LISTED]
    ]
    if len(drafts) > MAX_LISTED:
        lines.append(
            translate("DraftRecovery", "… and {count} more").format(count=len(drafts) - MAX_LISTED)
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("DraftRecovery", "Unsaved entries"),
        translate(
            "DraftRecovery",
            "There are entries that were not saved in the previous "
            "session (the program closed unexpectedly). Restore them?",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    restore = box.addButton(
        translate("DraftRecovery", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(translate("DraftRecovery", "Not now"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(
        translate("DraftRecovery", "Discard them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return RecoveryChoice.RESTORE
    if clicked is discard:
        return RecoveryChoice.DISCARD
    return RecoveryChoice.LATER


def recover_drafts(
    services: Services, parent: QWidget | None, store: DraftStore | None = None
) -> list[QWidget]:
    """Ask about pending drafts and reopen them; returns the forms opened."""
    store = store or drafts_for(services)
    stored = store.pending()
    if not stored:
        return []
    load_draft_openers()
    pending = [d for d in stored if draft_opener(d.kind) is not None]
    unknown = {d.kind for d in stored} - {d.kind for d in pending}
    if unknown:
        log.warning("drafts of unknown form kinds kept: %s", sorted(unknown))
    if not pending:
        return []
    choice = ask_recovery(pending, parent)
    if choice is RecoveryChoice.DISCARD:
        for draft in pending:
            store.delete(draft.kind, draft.record_id)
        return []
    if choice is RecoveryChoice.LATER:
        return []
    opened: list[QWidget] = []
    for draft in pending:
        opener = draft_opener(draft.kind)
        if opener is None:
            continue
        form = opener(services, parent, draft)
        if form is not None:
            opened.append(form)
    return opened


def schedule_draft_recovery(services: Services, window: QWidget) -> None:
    """Ask once the event loop runs, so the main window is painted behind the question."""
    QTimer.singleShot(0, window, lambda: recover_drafts(services, window))
