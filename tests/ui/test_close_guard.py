"""Closing the main window with unsaved typing asks "Simpan perubahan?" (Save / Discard /
Cancel); the recovery draft stays on disk until the operator decided."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kopdes_desktop.ui import close_guard
from kopdes_desktop.ui.close_guard import CloseChoice
from kopdes_desktop.ui.drafts import drafts_for
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.views.settings_view import DRAFT_KIND, OFFICE_RECORD

pytestmark = pytest.mark.gui

MELAWAI = "31.74.07.1001"


@pytest.fixture
def window(qtbot, services, runner):
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    win = MainWindow(services, runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_office_name(qtbot, window: MainWindow, text: str) -> None:
    window.show_page(Page.SETTINGS)
    # The page looks for a stored draft once the event loop ran after its first show.
    qtbot.waitUntil(lambda: window.settings_view._draft_settled)
    edit = window.settings_view.office_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    assert window.settings_view.is_dirty()


def answer(monkeypatch, services, choice: CloseChoice) -> list[list[str]]:
    """Answer the question with ``choice``; returns the lists of form titles it was shown."""
    asked: list[list[str]] = []

    def ask(titles, parent):
        if asked:  # pytest-qt closing the window after the test: let it go
            return CloseChoice.DISCARD
        asked.append(titles)
        # At the moment of the question the typing is already safe in a draft.
        draft = drafts_for(services).load(DRAFT_KIND, OFFICE_RECORD)
        assert draft is not None and draft.state["office_name"] == "Kantor Lurah Baru"
        return choice

    monkeypatch.setattr(close_guard, "ask_save_changes", ask)
    return asked


def test_cancel_keeps_the_window_the_typing_and_the_draft(qtbot, window, services, monkeypatch):
    type_office_name(qtbot, window, "Kantor Lurah Baru")
    asked = answer(monkeypatch, services, CloseChoice.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert len(asked) == 1 and len(asked[0]) == 1
    assert window.settings_view.office_edit.text() == "Kantor Lurah Baru"
    assert window.settings_view.is_dirty()
    assert drafts_for(services).exists(DRAFT_KIND, OFFICE_RECORD)
    assert services.settings.get().office_name == "Kantor Kelurahan Melawai"


def test_save_saves_then_closes(qtbot, window, services, monkeypatch):
    type_office_name(qtbot, window, "Kantor Lurah Baru")
    answer(monkeypatch, services, CloseChoice.SAVE)
    assert window.close()
    assert services.settings.get().office_name == "Kantor Lurah Baru"
    assert not drafts_for(services).exists(DRAFT_KIND, OFFICE_RECORD)


def test_discard_closes_without_saving_and_forgets_the_draft(qtbot, window, services, monkeypatch):
    type_office_name(qtbot, window, "Kantor Lurah Baru")
    answer(monkeypatch, services, CloseChoice.DISCARD)
    assert window.close()
    assert services.settings.get().office_name == "Kantor Kelurahan Melawai"
    assert not drafts_for(services).exists(DRAFT_KIND, OFFICE_RECORD)


def test_a_refused_save_keeps_the_window_open_on_the_form(qtbot, window, services, monkeypatch):
    type_office_name(qtbot, window, "Kantor Lurah Baru")
    phone = window.settings_view.phone_edit
    phone.setFocus()
    qtbot.keyClicks(phone, "12")  # too short: an error blocks saving
    window.show_page(Page.HOME)
    answer(monkeypatch, services, CloseChoice.SAVE)
    assert not window.close()
    assert window.current_page() is Page.SETTINGS  # where the message is
    assert window.settings_view.message("phone").is_error()
    assert services.settings.get().office_name == "Kantor Kelurahan Melawai"
    assert drafts_for(services).exists(DRAFT_KIND, OFFICE_RECORD)


def test_nothing_typed_closes_without_a_question(qtbot, window, services, monkeypatch):
    window.show_page(Page.SETTINGS)
    asked = answer(monkeypatch, services, CloseChoice.CANCEL)
    assert window.close()
    assert asked == []


def test_the_question_offers_save_discard_and_cancel_in_indonesian(qtbot, window, monkeypatch):
    from form_driving import when_modal

    monkeypatch.undo()  # the real question, not the conftest's stand-in

    texts: list[list[str]] = []

    def read_and_cancel(box) -> None:
        texts.append([box.text(), *(b.text() for b in box.buttons())])
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_modal(read_and_cancel)
    assert close_guard.ask_save_changes(["Pengaturan kantor"], window) is CloseChoice.CANCEL
    assert texts[0][0].startswith("Ada isian yang belum disimpan")
    assert sorted(texts[0][1:]) == ["Batal", "Buang perubahan", "Simpan"]
