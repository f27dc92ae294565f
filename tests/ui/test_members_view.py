"""The Anggota page: search as you type, lazy paging, keyboard access to the person form."""

from __future__ import annotations

import pytest
from builders import cooperative, person
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from kopdes_desktop.domain.enums import Sex
from kopdes_desktop.ui.forms.form_base import FormMixin
from kopdes_desktop.ui.models import persons_table_model
from kopdes_desktop.ui.models.persons_table_model import PersonColumn
from kopdes_desktop.ui.views.members_view import MembersView

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """Answer the forms' modal questions without blocking: close without asking, do not
    offer drafts (tests that need another answer patch the dialog themselves)."""
    monkeypatch.setattr(FormMixin, "confirm_discard", lambda self: True)
    monkeypatch.setattr(FormMixin, "ask_restore_draft", lambda self, draft: False)


NAMES = ["Siti Aminah", "Sitorus Pane", "Budi Santoso", "Aminah Lubis", "Rahmat Hidayat"]


@pytest.fixture
def people(services):
    services.settings.set_area("31.74.07.1001")
    coop = services.cooperatives.save(cooperative())
    saved = []
    for n, name in enumerate(NAMES):
        sex = Sex.FEMALE if name.startswith(("Siti", "Aminah")) else Sex.MALE
        facts = services.members.register(coop.id, person(n, sex=sex, name=name), is_founder=n < 2)
        saved.append(facts.person)
    return saved


def shown_view(qtbot, services, runner) -> MembersView:
    view = MembersView(services, runner)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    view.on_shown()
    qtbot.waitUntil(lambda: not view.model.is_busy())
    return view


def names_in(view: MembersView) -> list[str]:
    model = view.model
    return [model.index(r, PersonColumn.NAME).data() for r in range(model.rowCount())]


def search(qtbot, view: MembersView, text: str) -> None:
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(
        lambda: (
            view.model.search_text == text.strip()
            and not view.model.is_busy()
            and view.model.is_complete()
        )
    )


def test_everyone_is_listed_by_name_with_memberships(qtbot, services, runner, people):
    view = shown_view(qtbot, services, runner)
    QAbstractItemModelTester(view.model)
    assert names_in(view) == sorted(NAMES)
    row = names_in(view).index("Siti Aminah")
    assert view.model.index(row, PersonColumn.MEMBERSHIPS).data() == "KKMP Melawai · pendiri"
    assert view.status_label.text() == "5 orang."


def test_typing_a_name_prefix_shows_the_matching_persons(qtbot, services, runner, people):
    view = shown_view(qtbot, services, runner)
    search(qtbot, view, "sit")
    assert sorted(names_in(view)) == ["Siti Aminah", "Sitorus Pane"]
    search(qtbot, view, "amin")
    assert sorted(names_in(view)) == ["Aminah Lubis", "Siti Aminah"]
    search(qtbot, view, "sit am")
    assert names_in(view) == ["Siti Aminah"]
    search(qtbot, view, "zzz")
    assert names_in(view) == []
    assert "zzz" in view.status_label.text()


def test_typing_a_nik_prefix_finds_by_nik(qtbot, services, runner, people):
    view = shown_view(qtbot, services, runner)
    target = people[2]
    search(qtbot, view, target.nik[:12])
    assert names_in(view) == [target.name]
    assert view.model.index(0, PersonColumn.NIK).data() == target.nik


def test_the_model_fetches_more_rows_lazily(qtbot, services, runner, people, monkeypatch):
    monkeypatch.setattr(persons_table_model, "FIRST_PAGE", 2)
    monkeypatch.setattr(persons_table_model, "PAGE_SIZE", 2)
    model = persons_table_model.PersonsTableModel(services, runner)
    QAbstractItemModelTester(model)
    model.set_search("")
    qtbot.waitUntil(lambda: not model.is_busy())
    assert model.rowCount() == 2
    assert model.canFetchMore()
    pages = 0
    while model.canFetchMore():
        model.fetchMore()
        assert not model.canFetchMore()  # one page at a time
        qtbot.waitUntil(lambda: not model.is_busy())
        pages += 1
    assert pages == 2
    names = [model.index(r, PersonColumn.NAME).data() for r in range(model.rowCount())]
    assert names == sorted(NAMES)
    assert model.is_complete()


def test_the_view_fetches_pages_as_the_table_needs_them(
    qtbot, services, runner, people, monkeypatch
):
    monkeypatch.setattr(persons_table_model, "FIRST_PAGE", 2)
    monkeypatch.setattr(persons_table_model, "PAGE_SIZE", 2)
    view = shown_view(qtbot, services, runner)
    qtbot.waitUntil(lambda: view.model.is_complete())  # the table had room for more rows
    assert names_in(view) == sorted(NAMES)


def test_enter_opens_the_person_and_saving_refreshes_the_list(qtbot, services, runner, people):
    view = shown_view(qtbot, services, runner)
    search(qtbot, view, "budi")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # into the results
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.person_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.name_edit.text() == "Budi Santoso"
    dialog.name_edit.setText("Budi Santosa")
    dialog.mark_dirty()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    search(qtbot, view, "budi")
    assert names_in(view) == ["Budi Santosa"]


def test_keyboard_shortcuts_search_and_new_person(qtbot, services, runner, people):
    view = shown_view(qtbot, services, runner)
    view.table.setFocus()
    view.activateWindow()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.person_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == ""
    assert dialog.village_edit.code() == "31.74.07.1001"  # the working area is a village
