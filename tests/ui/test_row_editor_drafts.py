"""Recovery drafts and the close question also cover the unit, meeting and attendance editors
of the cooperative form: typing there survives a crash, a reload and closing the window."""

from __future__ import annotations

import pytest
import shiboken6
from builders import MELAWAI
from form_driving import WAIT, reload_done, type_into, wait_loaded
from PySide6.QtCore import Qt

from kopdes_desktop.ui import close_guard, draft_recovery
from kopdes_desktop.ui.close_guard import CloseChoice
from kopdes_desktop.ui.dialogs.attendees_dialog import DRAFT_KIND as ATTENDEES_KIND
from kopdes_desktop.ui.dialogs.attendees_dialog import AttendeesDialog
from kopdes_desktop.ui.draft_recovery import RecoveryChoice, recover_drafts
from kopdes_desktop.ui.drafts import draft_opener, drafts_for
from kopdes_desktop.ui.forms.cooperative_form import DRAFT_KIND
from kopdes_desktop.ui.forms.form_base import FormMixin
from kopdes_desktop.ui.main_window import MainWindow, Page

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, services, runner, monkeypatch) -> MainWindow:
    """Melawai's office with a demo cooperative; drafts written every 50 ms."""
    monkeypatch.setattr(FormMixin, "AUTOSAVE_MS", 50)
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=12)
    win = MainWindow(services, runner)
    qtbot.addWidget(win)
    win.show()
    return win


def open_form(qtbot, window: MainWindow, services):
    coop = services.cooperatives.get_by_village(MELAWAI)
    form = window.cooperatives_view.open_cooperative(coop.id)
    wait_loaded(qtbot, form)
    return form


def stored_sections(services, coop_id: str) -> dict:
    draft = drafts_for(services).load(DRAFT_KIND, coop_id)
    return draft.state["sections"] if draft else {}


def type_new_unit(qtbot, form) -> None:
    units = form.section("units")
    form.show_section(units)
    units.start_new()
    units.kind_combo.setCurrentIndex(units.kind_combo.findData("apotek"))
    type_into(qtbot, units.name_edit, "Apotek Desa Sehat")
    type_into(qtbot, units.location_edit, "Jl. Melawai Raya 5")


def test_unit_and_meeting_typing_is_kept_in_the_draft_and_restored(qtbot, window, services):
    form = open_form(qtbot, window, services)
    coop_id = form.cooperative_id
    type_new_unit(qtbot, form)
    assert form.is_dirty()  # typing in a row editor is unsaved work of the form
    meetings = form.section("meetings")
    form.show_section(meetings)
    meetings.start_new()
    type_into(qtbot, meetings.title_edit, "Rapat Pengurus Januari")
    type_into(qtbot, meetings.date_edit, "20012026")
    qtbot.waitUntil(
        lambda: (
            stored_sections(services, coop_id).get("meetings", {}).get("editor", {}).get("title")
            == "Rapat Pengurus Januari"
        ),
        timeout=WAIT,
    )
    assert stored_sections(services, coop_id)["units"]["editor"]["name"] == "Apotek Desa Sehat"
    units_before = len(services.units.list(coop_id))
    shiboken6.delete(form)  # the program died: nothing was saved

    again = MainWindow(services, window.runner)
    qtbot.addWidget(again)
    again.show()
    restored = draft_opener(DRAFT_KIND)(
        services, again, drafts_for(services).load(DRAFT_KIND, coop_id)
    )
    qtbot.waitUntil(restored.is_dirty, timeout=WAIT)
    units = restored.section("units")
    assert units.name_edit.text() == "Apotek Desa Sehat"
    assert units.location_edit.text() == "Jl. Melawai Raya 5"
    assert units.kind_combo.currentData() == "apotek"
    meetings = restored.section("meetings")
    assert meetings.title_edit.text() == "Rapat Pengurus Januari"
    assert meetings.date_edit.date().isoformat() == "2026-01-20"
    assert len(services.units.list(coop_id)) == units_before  # still only typed

    with reload_done(qtbot, restored):
        qtbot.mouseClick(units.save_button, Qt.MouseButton.LeftButton)
    assert "Apotek Desa Sehat" in [u.name for u in services.units.list(coop_id)]
    assert restored.is_dirty()  # the meeting is still typed only
    with reload_done(qtbot, restored):
        qtbot.mouseClick(meetings.save_button, Qt.MouseButton.LeftButton)
    assert "Rapat Pengurus Januari" in [m.title for m in services.meetings.list(coop_id)]
    assert not restored.is_dirty()
    assert not drafts_for(services).exists(DRAFT_KIND, coop_id)


def test_a_reload_after_another_save_keeps_the_unit_being_typed(qtbot, window, services):
    form = open_form(qtbot, window, services)
    units = form.section("units")
    form.show_section(units)
    first = units.model.index(0, 0)
    units.table.setCurrentIndex(first)  # edit an existing unit
    type_into(qtbot, units.notes_edit, " buka Sabtu")
    typed = units.notes_edit.text()
    with reload_done(qtbot, form):
        form.reload()  # what saving a member or a payment does
    assert units.notes_edit.text() == typed
    assert units.editor_dirty and form.is_dirty()


def test_attendance_lines_survive_a_crash(qtbot, window, services, monkeypatch):
    coop = services.cooperatives.get_by_village(MELAWAI)
    meeting = services.meetings.list(coop.id)[0]
    before = services.meetings.attendees(meeting.id)
    dialog = AttendeesDialog(
        services.meetings,
        window.runner,
        meeting,
        services.members.members(coop.id),
        window,
        drafts_for(services),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_line()
    dialog.model.setData(
        dialog.model.index(dialog.model.rowCount() - 1, 0),
        "Ibu Lurah Tamu",
        Qt.ItemDataRole.EditRole,
    )
    store = drafts_for(services)
    qtbot.waitUntil(
        lambda: (
            store.exists(ATTENDEES_KIND, meeting.id)
            and store.load(ATTENDEES_KIND, meeting.id).state["lines"][-1]["name"]
            == "Ibu Lurah Tamu"
        ),
        timeout=WAIT,
    )
    shiboken6.delete(dialog)

    asked = []
    monkeypatch.setattr(
        draft_recovery,
        "ask_recovery",
        lambda drafts, parent: asked.append(drafts) or RecoveryChoice.RESTORE,
    )
    opened = recover_drafts(services, window)
    assert [d.title.startswith("Daftar hadir") for d in asked[0]] == [True]
    [restored] = opened
    qtbot.addWidget(restored)
    assert isinstance(restored, AttendeesDialog)
    assert [a.name for a in restored.model.rows()][-1] == "Ibu Lurah Tamu"
    assert restored.model.rowCount() == len(before) + 1
    assert services.meetings.attendees(meeting.id) == before  # not saved until Save
    with qtbot.waitSignal(restored.saved, timeout=WAIT):
        qtbot.mouseClick(restored.save_button, Qt.MouseButton.LeftButton)
    assert services.meetings.attendees(meeting.id)[-1].name == "Ibu Lurah Tamu"
    assert not store.exists(ATTENDEES_KIND, meeting.id)


def test_closing_the_window_asks_and_save_saves_the_typed_unit(
    qtbot, window, services, monkeypatch
):
    form = open_form(qtbot, window, services)
    coop_id = form.cooperative_id
    type_new_unit(qtbot, form)
    window.show_page(Page.HOME)
    titles = []
    monkeypatch.setattr(
        close_guard, "ask_save_changes", lambda t, parent: titles.append(t) or CloseChoice.SAVE
    )
    assert window.close()
    assert titles and titles[0][0].startswith("Koperasi:")
    assert "Apotek Desa Sehat" in [u.name for u in services.units.list(coop_id)]
    assert not drafts_for(services).exists(DRAFT_KIND, coop_id)


def test_closing_the_window_and_discarding_drops_the_unit(qtbot, window, services, monkeypatch):
    form = open_form(qtbot, window, services)
    coop_id = form.cooperative_id
    type_new_unit(qtbot, form)
    monkeypatch.setattr(close_guard, "ask_save_changes", lambda t, parent: CloseChoice.DISCARD)
    assert window.close()
    assert "Apotek Desa Sehat" not in [u.name for u in services.units.list(coop_id)]
    assert not drafts_for(services).exists(DRAFT_KIND, coop_id)
