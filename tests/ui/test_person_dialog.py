"""The person form driven as an operator would: typing, Enter, Ctrl+S, Esc, a crash."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from builders import person
from PySide6.QtCore import Qt

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.domain.errors import ConflictError
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.drafts import drafts_for
from kopdes_desktop.ui.forms.form_base import FormMixin

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Answer the forms' modal questions without blocking: close without asking, do not
    offer drafts (tests that need another answer patch the dialog themselves)."""
    monkeypatch.setattr(FormMixin, "confirm_discard", lambda self: True)
    monkeypatch.setattr(FormMixin, "ask_restore_draft", lambda self, draft: False)


WOMAN_NIK = "3174075508850001"  # born 15-08-1985, female (day 55 = 15 + 40)


@pytest.fixture
def melawai(services):
    services.settings.set_area("31.74.07.1001")
    return services


def open_dialog(qtbot, services, existing=None) -> PersonDialog:
    dialog = PersonDialog(services, existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def save_with_keyboard(qtbot, dialog) -> None:
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def test_a_wrong_nik_shows_its_message_and_blocks_saving(qtbot, melawai):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.nik_edit, "9974074105900001")  # no province has code 99
    type_into(qtbot, dialog.name_edit, "Budi Santoso")
    qtbot.waitUntil(lambda: dialog.message("nik").isVisible())
    assert "tidak ada provinsi" in dialog.message("nik").text()
    assert dialog.message("nik").is_error()

    save_with_keyboard(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result_person is None
    assert melawai.persons.search("Budi") == []
    assert "Belum disimpan" in dialog.status_label.text()
    assert dialog.focusWidget() is dialog.nik_edit


def test_a_womans_nik_offers_sex_p_and_the_birth_date(qtbot, melawai):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.nik_edit, WOMAN_NIK)
    assert dialog.sex_combo.currentData() == Sex.FEMALE.value
    assert dialog.birth_date_edit.date() == date(1985, 8, 15)
    assert dialog.derived_label.isVisible()
    assert "15-08-1985" in dialog.derived_label.text()
    assert "perempuan" in dialog.derived_label.text()


def test_a_mismatch_is_a_warning_and_saving_still_works(qtbot, melawai):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.birth_date_edit, "15081986")  # typed from paper, one year off
    type_into(qtbot, dialog.nik_edit, WOMAN_NIK)
    type_into(qtbot, dialog.name_edit, "Siti Aminah")
    qtbot.waitUntil(lambda: dialog.message("birth_date").isVisible())
    assert not dialog.message("birth_date").is_error()
    assert "15-08-1985" in dialog.message("birth_date").text()
    saved = []
    dialog.saved.connect(saved.append)

    save_with_keyboard(qtbot, dialog)

    assert not dialog.isVisible()
    assert [p.name for p in saved] == ["Siti Aminah"]
    stored = melawai.persons.find_by_nik(WOMAN_NIK)
    assert [(p.name, p.birth_date, p.village_code) for p in stored] == [
        ("Siti Aminah", date(1986, 8, 15), "31.74.07.1001")
    ]


def test_an_existing_nik_offers_that_person_instead_of_a_duplicate(qtbot, melawai):
    existing = melawai.persons.save(person(3, name="Rahmat Hidayat"))
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.nik_edit, existing.nik)
    assert dialog.reuse_frame.isVisible()
    assert "Rahmat Hidayat" in dialog.reuse_label.text()
    reused = []
    dialog.person_reused.connect(reused.append)

    qtbot.mouseClick(dialog.reuse_button, Qt.MouseButton.LeftButton)

    assert [p.id for p in reused] == [existing.id]
    assert dialog.result_person.id == existing.id
    assert len(melawai.persons.find_by_nik(existing.nik)) == 1


def test_editing_a_person_does_not_offer_the_person_to_itself(qtbot, melawai):
    existing = melawai.persons.save(person(4))
    dialog = open_dialog(qtbot, melawai, existing)
    assert dialog.nik_edit.nik() == existing.nik
    assert not dialog.reuse_frame.isVisible()
    assert not dialog.is_dirty()
    dialog.name_edit.selectAll()
    type_into(qtbot, dialog.name_edit, "Nama Baru")
    assert dialog.save()
    assert melawai.persons.get(existing.id).name == "Nama Baru"


def test_enter_moves_to_the_next_field_instead_of_saving(qtbot, melawai):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.name_edit, "Budi")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.sex_combo
    assert dialog.isVisible()
    assert melawai.persons.search("Budi") == []


def test_escape_asks_before_dropping_typed_entries(qtbot, melawai, monkeypatch):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.name_edit, "Budi")
    asked = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not drafts_for(melawai).exists("person", None)


def test_nothing_is_reported_saved_when_the_service_refuses(qtbot, melawai, monkeypatch):
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.name_edit, "Budi")

    def refuse(_person):
        raise ConflictError("record.deleted", None, entity="person", id="x")

    monkeypatch.setattr(melawai.persons, "save", refuse)
    saved = []
    dialog.saved.connect(saved.append)
    assert not dialog.save()
    assert saved == [] and dialog.isVisible()
    assert "Tersimpan" not in dialog.status_label.text()
    assert "dihapus" in dialog.form_message.text()


def test_a_draft_survives_a_crash_and_is_restored(qtbot, melawai, monkeypatch):
    monkeypatch.setattr(FormMixin, "AUTOSAVE_MS", 50)
    store = drafts_for(melawai)
    dialog = open_dialog(qtbot, melawai)
    type_into(qtbot, dialog.nik_edit, WOMAN_NIK)
    type_into(qtbot, dialog.name_edit, "Siti Aminah")
    type_into(qtbot, dialog.address_edit, "Jl. Melawai Raya No. 5")
    qtbot.waitUntil(
        lambda: (
            store.exists("person", None)
            and store.load("person", None).state["address"] == "Jl. Melawai Raya No. 5"
        )
    )
    shiboken6.delete(dialog)  # power cut: no closeEvent, no save, timers gone

    assert store.load("person", None).title == "Orang: Siti Aminah"
    offered = []
    monkeypatch.setattr(
        PersonDialog, "ask_restore_draft", lambda self, draft: offered.append(draft) or True
    )
    again = open_dialog(qtbot, melawai)
    qtbot.waitUntil(lambda: again.name_edit.text() == "Siti Aminah")
    assert len(offered) == 1
    assert again.nik_edit.nik() == WOMAN_NIK
    assert again.address_edit.text() == "Jl. Melawai Raya No. 5"
    assert again.birth_date_edit.date() == date(1985, 8, 15)
    assert again.is_dirty()

    assert again.save()
    assert not store.exists("person", None)
    assert [p.name for p in melawai.persons.find_by_nik(WOMAN_NIK)] == ["Siti Aminah"]


def test_the_village_is_chosen_by_typing_part_of_its_name(qtbot, services):
    services.settings.set_area("31.74")  # a city: no default village
    dialog = open_dialog(qtbot, services)
    field = dialog.village_edit
    assert field.code() is None
    type_into(qtbot, field, "melawai")
    popup = field.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and field.completer().model().rowCount() > 0)
    assert "Kebayoran Baru" in field.completer().model().index(0, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.code() == "31.74.07.1001")
    assert field.text().startswith("Melawai, Kebayoran Baru")
    type_into(qtbot, field, "x")  # editing the text forgets the choice
    assert field.code() is None
    qtbot.waitUntil(lambda: dialog.message("village_code").isVisible())
    assert dialog.message("village_code").is_error()
