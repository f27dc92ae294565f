"""Start-up recovery of unsaved forms, and the remembered window layout."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QSize

from kopdes_desktop.ui import draft_recovery
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.draft_recovery import RecoveryChoice, recover_drafts
from kopdes_desktop.ui.drafts import drafts_for
from kopdes_desktop.ui.forms.form_base import FormMixin
from kopdes_desktop.ui.main_window import MainWindow, Page

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Close forms without the modal "unsaved changes" question at teardown."""
    monkeypatch.setattr(FormMixin, "confirm_discard", lambda self: True)


@pytest.fixture
def melawai(services):
    services.settings.set_area("31.74.07.1001")
    return services


def crash_with_typing(qtbot, services, monkeypatch) -> None:
    """Type into a new person form, let the draft be written, then lose the process state."""
    monkeypatch.setattr(FormMixin, "AUTOSAVE_MS", 50)
    dialog = PersonDialog(services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Dewi Lestari")
    store = drafts_for(services)
    qtbot.waitUntil(
        lambda: (
            store.exists("person", None)
            and store.load("person", None).state["name"] == "Dewi Lestari"
        )
    )
    shiboken6.delete(dialog)


def test_the_next_start_offers_and_reopens_the_unsaved_form(qtbot, melawai, monkeypatch):
    crash_with_typing(qtbot, melawai, monkeypatch)
    asked = []
    monkeypatch.setattr(
        draft_recovery,
        "ask_recovery",
        lambda drafts, parent: asked.append(drafts) or RecoveryChoice.RESTORE,
    )
    opened = recover_drafts(melawai, None)
    assert [d.title for d in asked[0]] == ["Orang: Dewi Lestari"]
    assert len(opened) == 1
    form = opened[0]
    qtbot.addWidget(form)
    assert isinstance(form, PersonDialog)
    assert form.name_edit.text() == "Dewi Lestari"
    assert form.is_dirty()
    assert "belum disimpan" in form.status_label.text()


def test_discarding_at_start_deletes_the_drafts(qtbot, melawai, monkeypatch):
    crash_with_typing(qtbot, melawai, monkeypatch)
    monkeypatch.setattr(
        draft_recovery, "ask_recovery", lambda drafts, parent: RecoveryChoice.DISCARD
    )
    assert recover_drafts(melawai, None) == []
    assert drafts_for(melawai).pending() == []


def test_not_now_keeps_the_drafts_for_the_next_start(qtbot, melawai, monkeypatch):
    crash_with_typing(qtbot, melawai, monkeypatch)
    monkeypatch.setattr(draft_recovery, "ask_recovery", lambda drafts, parent: RecoveryChoice.LATER)
    assert recover_drafts(melawai, None) == []
    assert len(drafts_for(melawai).pending()) == 1


def test_window_size_and_splitter_are_remembered(qtbot, melawai):
    window = MainWindow(melawai)
    qtbot.addWidget(window)
    window.show()
    window.resize(QSize(960, 640))  # the offscreen screen clamps wider windows
    window.show_page(Page.MEMBERS)
    splitter = window.members_view.splitter
    splitter.setSizes([500, 400])
    splitter.splitterMoved.emit(500, 1)  # what dragging the handle emits
    wanted = splitter.sizes()
    window.close()

    again = MainWindow(melawai)
    qtbot.addWidget(again)
    again.show()
    again.show_page(Page.MEMBERS)
    qtbot.waitUntil(lambda: again.members_view.splitter.sizes() == wanted)
    assert again.size() == QSize(960, 640)
    assert (melawai.ctx.home / "ui.ini").is_file()
