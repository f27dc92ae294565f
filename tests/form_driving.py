"""Driving forms in GUI tests the way an operator does (importable as ``form_driving``).

Modal dialogs run their own event loop, so a test arranges what to do with the next one before
the click that opens it (``when_modal``). The offscreen test platform does not hand activation
and focus back when a dialog closes, as a desktop does; ``back_to`` does that explicitly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

WAIT = 10_000


def when_modal(action: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``action`` on the next modal dialog as soon as it is shown; returns what it saw."""
    seen: list[QWidget] = []
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w.isModal() and id(w) not in before
            ]
            modal = shown[-1] if shown else None
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(modal)
        action(modal)

    QTimer.singleShot(0, poll)
    return seen


def click_button(box: QMessageBox | QWidget, text: str) -> None:
    """Press the dialog button whose (translated) text contains ``text``."""
    buttons = box.findChildren(QPushButton)
    for button in buttons:
        if text.casefold() in button.text().replace("&", "").casefold():
            button.click()
            return
    raise AssertionError(f"no button {text!r} among {[b.text() for b in buttons]}")


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Tab into a field (a masked date starts at its first blank) and type."""
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(widget, QLineEdit) and widget.inputMask():
        widget.home(False)
    qtbot.keyClicks(widget, text)


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Go into a field, select what is there and type over it."""
    type_into(qtbot, edit, "")
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def back_to(qtbot, widget: QWidget) -> None:
    """After a dialog closed: the window active again and the cursor back in ``widget``."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=WAIT)
    widget.setFocus()


# -- the cooperative form (data arrives from a worker) ----------------------------------------


def wait_loaded(qtbot, form) -> None:
    """Until the form shows its data and its worker is idle."""
    qtbot.waitUntil(form.is_loaded, timeout=WAIT)
    qtbot.waitUntil(lambda: form.runner.active_count() == 0, timeout=WAIT)


def reload_done(qtbot, form):
    """Context manager: wait for the re-read that follows a saved row."""
    return qtbot.waitSignal(form.loaded, timeout=WAIT)


def save(qtbot, form) -> None:
    """Ctrl+S from inside the form, then wait for the re-read; the form is clean after."""
    with reload_done(qtbot, form):
        qtbot.keyClick(
            form.focusWidget() or form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert not form.is_dirty()
