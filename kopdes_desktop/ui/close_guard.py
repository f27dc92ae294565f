"""Closing the main window with unsaved typing: ask "Save changes?" like a dialog's Esc does.

The forms embedded in pages (a cooperative's registration, Settings) have no Esc of their own
when the whole window closes. Before asking, each dirty form writes its recovery draft, so a
power cut while the question is open loses nothing; the draft is deleted only once the
operator chose: saved (the form's own save deletes it) or discarded. "Cancel" keeps the window
open with the typing (and the draft) as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from kopdes_desktop.ui.forms.form_base import FormBase

translate = QCoreApplication.translate  # lupdate needs literal contexts
MAX_LISTED = 8


class CloseChoice(Enum):
    """The operator's answer to "Save changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(titles: list[str], parent: QWidget | None) -> CloseChoice:
    """The question listing the forms with unsaved changes (a seam for tests)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("CloseGuard", "Save changes?"),
        translate("CloseGuard", "Some entries are not saved yet. Save them before closing?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    lines = [f"• {title}" for title in titles[:MAX_LISTED]]
    if len(titles) > MAX_LISTED:
        lines.append(
            translate("CloseGuard", "… and {count} more").format(count=len(titles) - MAX_LISTED)
        )
    box.setInformativeText("\n".join(lines))
    save = box.addButton(translate("CloseGuard", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("CloseGuard", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(translate("CloseGuard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return CloseChoice.SAVE
    if clicked is discard:
        return CloseChoice.DISCARD
    return CloseChoice.CANCEL


def dirty_forms(window: QWidget) -> list[FormBase]:
    """Forms embedded in ``window`` (its pages) that hold unsaved changes."""
    from kopdes_desktop.ui.forms.form_base import FormBase

    return [form for form in window.findChildren(FormBase) if form.is_dirty()]


def settle_unsaved_forms(window: QWidget, reveal: Callable[[QWidget], None] | None = None) -> bool:
    """Ask about unsaved forms of ``window``; True when the window may close now.

    ``reveal`` brings a form on screen when its save was refused (its messages show there).
    """
    forms = dirty_forms(window)
    if not forms:
        return True
    for form in forms:
        form.write_draft()  # kept until the operator decided
    choice = ask_save_changes([form.draft_title() for form in forms], window)
    if choice is CloseChoice.CANCEL:
        return False
    if choice is CloseChoice.DISCARD:
        for form in forms:
            form.discard_draft()
            form.set_clean()
        return True
    for form in forms:
        save_all = getattr(form, "save_pending", form.save)
        if not save_all():
            if reveal is not None:
                reveal(form)
            return False
    return True
