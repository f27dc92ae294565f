"""Acceptance: an operator registers a KKMP through the real widgets, closes the form,
reopens it from the list and finds everything again; unsaved edits are protected.

Modal dialogs (the person form, questions) are driven the way a user would: the test waits
for the dialog to come up, types into its fields and presses its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from builders import MELAWAI, person
from form_driving import (
    WAIT,
    back_to,
    click_button,
    reload_done,
    replace_text,
    save,
    type_into,
    wait_loaded,
    when_modal,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kopdes_desktop.domain.entities import Cooperative, Person
from kopdes_desktop.domain.enums import BoardRole, Body, Sex, UnitKind, UnitStatus
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.drafts import drafts_for
from kopdes_desktop.ui.forms.cooperative_form import DRAFT_KIND, CooperativeForm
from kopdes_desktop.ui.models.cooperative_members_table_model import MemberColumn
from kopdes_desktop.ui.views.cooperatives_view import CooperativesView

pytestmark = pytest.mark.gui

LURAH = "Hendra Gunawan"
NAME = "Koperasi Kelurahan Merah Putih Melawai"

FOUNDERS = [
    person(n, Sex.FEMALE if n % 2 else Sex.MALE, name=f"Pendiri Nomor {n}") for n in range(1, 10)
]
PENGURUS_ROLES = [
    BoardRole.KETUA,
    BoardRole.WAKIL_KETUA_USAHA,
    BoardRole.WAKIL_KETUA_ANGGOTA,
    BoardRole.SEKRETARIS,
    BoardRole.BENDAHARA,
]
LURAH_PERSON = replace(person(50, Sex.MALE, name=LURAH), address="Jl. Kyai Maja No. 3")


@pytest.fixture
def office(services):
    """The office of Kelurahan Melawai with its lurah's name in the settings."""
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.settings.save(replace(services.settings.get(), lurah_name=LURAH))


@pytest.fixture
def view(qtbot, services, runner, office):
    page = CooperativesView(services, runner)
    qtbot.addWidget(page)
    page.resize(1156, 720)
    with qtbot.waitSignal(page.list_loaded, timeout=WAIT):
        page.show()
        page.refresh()
    page.activateWindow()
    return page


def type_person(qtbot, who: Person) -> Callable[[QWidget], None]:
    """Fill the person form as from a KTP and save it."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_into(qtbot, dialog.nik_edit, who.nik)
        type_into(qtbot, dialog.name_edit, who.name)
        type_into(qtbot, dialog.birth_place_edit, who.birth_place)
        type_into(qtbot, dialog.address_edit, who.address)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return fill


def register_identity(qtbot, view: CooperativesView) -> CooperativeForm:
    with qtbot.waitSignal(view.form_opened, timeout=WAIT) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form: CooperativeForm = opened.args[0]
    identity = form.identity
    assert identity.name_edit.text() == NAME  # the standard name is suggested
    type_into(qtbot, identity.address_edit, "Jl. Melawai Raya No. 1")
    type_into(qtbot, identity.postal_edit, "12160")
    type_into(qtbot, identity.date_edit, "31052025")
    type_into(qtbot, identity.time_edit, "09.00")
    type_into(qtbot, identity.place_edit, "Aula Kantor Kelurahan Melawai")
    for edit, chair in zip(identity.chair_edits, ("Budi", "Sari", "Tono"), strict=True):
        type_into(qtbot, edit, chair)
    type_into(qtbot, identity.attendance_edit, "45")
    assert form.is_dirty()
    save(qtbot, form)
    assert form.cooperative_id is not None
    assert "Tersimpan" in form.status_label.text()
    return form


def add_founders(qtbot, form: CooperativeForm) -> None:
    members = form.section("members")
    form.show_section(members)
    for founder in FOUNDERS:
        when_modal(type_person(qtbot, founder))
        with reload_done(qtbot, form):
            qtbot.mouseClick(members.add_founder_button, Qt.MouseButton.LeftButton)
    assert members.model.rowCount() == 9
    assert "9 pendiri" in members.summary_label.text()


def assign(qtbot, form: CooperativeForm, body: Body, role: BoardRole, name: str) -> None:
    board = form.section("board")
    board.body_combo.setCurrentIndex(board.body_combo.findData(body.value))
    board.role_combo.setCurrentIndex(board.role_combo.findData(role.value))
    board.person_combo.setFocus()
    board.person_combo.lineEdit().clear()
    qtbot.keyClicks(board.person_combo.lineEdit(), name)
    with reload_done(qtbot, form):
        qtbot.mouseClick(board.assign_button, Qt.MouseButton.LeftButton)
    assert not board.assign_message.isVisible(), board.assign_message.text()


def seat_board(qtbot, form: CooperativeForm) -> None:
    board = form.section("board")
    form.show_section(board)
    for founder, role in zip(FOUNDERS[:5], PENGURUS_ROLES, strict=True):
        assign(qtbot, form, Body.PENGURUS, role, founder.name)
    when_modal(lurah_form(qtbot))
    with reload_done(qtbot, form):
        qtbot.mouseClick(board.lurah_button, Qt.MouseButton.LeftButton)
    for founder in FOUNDERS[5:7]:
        assign(qtbot, form, Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS, founder.name)
    assert board.current_model.rowCount() == 8


def lurah_form(qtbot) -> Callable[[QWidget], None]:
    """The person form opens with the lurah's name from the settings; the NIK is typed."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        assert dialog.name_edit.text() == LURAH
        type_into(qtbot, dialog.nik_edit, LURAH_PERSON.nik)
        type_into(qtbot, dialog.address_edit, LURAH_PERSON.address)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return fill


def add_units(qtbot, form: CooperativeForm) -> None:
    units = form.section("units")
    form.show_section(units)
    for kind, status, opened in (
        (UnitKind.KANTOR, UnitStatus.BEROPERASI, "01082025"),
        (UnitKind.SEMBAKO, UnitStatus.PERSIAPAN, ""),
        (UnitKind.SIMPAN_PINJAM, UnitStatus.DIRENCANAKAN, ""),
    ):
        units.start_new()
        units.kind_combo.setCurrentIndex(units.kind_combo.findData(kind.value))
        units.status_combo.setCurrentIndex(units.status_combo.findData(status.value))
        type_into(qtbot, units.opening_edit, opened)
        type_into(qtbot, units.location_edit, "Jl. Melawai Raya No. 1")
        with reload_done(qtbot, form):
            qtbot.mouseClick(units.save_button, Qt.MouseButton.LeftButton)
    assert units.model.rowCount() == 3


def type_amounts(qtbot, form: CooperativeForm) -> None:
    capital = form.section("capital")
    form.show_section(capital)
    for name, digits in (
        ("simpanan_pokok", "100000"),
        ("simpanan_wajib", "10000"),
        ("initial_capital", "900000"),
    ):
        type_into(qtbot, capital.amount_edits[name], digits)
    assert capital.amount_edits["simpanan_pokok"].text() == "Rp100.000"  # Rupiah while typing
    save(qtbot, form)


def test_register_kkmp_close_reopen_and_find_everything(qtbot, view, services):
    form = register_identity(qtbot, view)
    add_founders(qtbot, form)
    seat_board(qtbot, form)
    add_units(qtbot, form)
    type_amounts(qtbot, form)
    cooperative_id = form.cooperative_id

    with qtbot.waitSignal(view.form_closed, timeout=WAIT):
        qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT)
    assert view.model.row_at(0).cooperative.name == NAME

    with qtbot.waitSignal(view.form_opened, timeout=WAIT) as opened:
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    form = opened.args[0]
    assert form.cooperative_id == cooperative_id
    wait_loaded(qtbot, form)

    identity = form.identity
    assert identity.name_edit.text() == NAME
    assert identity.address_edit.text() == "Jl. Melawai Raya No. 1"
    assert identity.date_edit.date() == date(2025, 5, 31)
    assert [e.text() for e in identity.chair_edits] == ["Budi", "Sari", "Tono"]

    members = form.section("members")
    names = {members.model.row_at(r).person.name for r in range(members.model.rowCount())}
    assert names == {f.name for f in FOUNDERS}
    founders = [
        members.model.index(r, MemberColumn.FOUNDER).data(Qt.ItemDataRole.CheckStateRole)
        for r in range(members.model.rowCount())
    ]
    assert founders == [Qt.CheckState.Checked] * 9

    board = form.section("board")
    seats = {
        (e.position.body, e.position.role, e.person.name, e.position.ex_officio)
        for e in board.current_model.rows()
    }
    assert seats == {
        *(
            (Body.PENGURUS, r, f.name, False)
            for f, r in zip(FOUNDERS, PENGURUS_ROLES, strict=False)
        ),
        (Body.PENGAWAS, BoardRole.KETUA_PENGAWAS, LURAH, True),
        (Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS, FOUNDERS[5].name, False),
        (Body.PENGAWAS, BoardRole.ANGGOTA_PENGAWAS, FOUNDERS[6].name, False),
    }
    shown_roles = {board.current_model.display(e, 1) for e in board.current_model.rows()}
    assert "Ketua" in shown_roles and any("ex officio" in r for r in shown_roles)

    units = form.section("units")
    assert [(u.kind, u.status) for u in units.model.rows()] == [
        (UnitKind.KANTOR, UnitStatus.BEROPERASI),
        (UnitKind.SEMBAKO, UnitStatus.PERSIAPAN),
        (UnitKind.SIMPAN_PINJAM, UnitStatus.DIRENCANAKAN),
    ]

    capital = form.section("capital")
    assert capital.amount_edits["simpanan_pokok"].text() == "Rp100.000"
    assert capital.amount_edits["simpanan_wajib"].text() == "Rp10.000"
    assert capital.amount_edits["initial_capital"].text() == "Rp900.000"

    assert [i for i in services.cooperatives.check(cooperative_id) if i.is_error] == []
    assert not any(item.issue.is_error for item in form.issues_model.rows())


@pytest.fixture
def existing(services, office):
    """A cooperative registered earlier with just its identity."""
    return services.cooperatives.save(
        Cooperative(village_code=MELAWAI, name=NAME, address="Jl. Melawai Raya No. 1")
    )


def test_escape_with_unsaved_edits_asks_before_closing(qtbot, view, existing, services):
    form = view.open_cooperative(existing.id)
    wait_loaded(qtbot, form)
    address = form.identity.address_edit
    replace_text(qtbot, address, "Jl. Baru No. 9")
    assert form.is_dirty()

    asked = when_modal(lambda box: click_button(box, "Kembali"))
    qtbot.keyClick(address, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert "belum disimpan" in asked[0].text()
    assert view.form is form and address.text() == "Jl. Baru No. 9"

    when_modal(lambda box: click_button(box, "Tutup tanpa menyimpan"))
    back_to(qtbot, address)
    with qtbot.waitSignal(view.form_closed, timeout=WAIT):
        qtbot.keyClick(address, Qt.Key.Key_Escape)
    assert services.cooperatives.get(existing.id).address == "Jl. Melawai Raya No. 1"
    assert not drafts_for(services).exists(DRAFT_KIND, existing.id)


def test_recovery_draft_is_restored_after_the_form_was_destroyed(qtbot, existing, services, runner):
    first = CooperativesView(services, runner)
    first.show()
    form = first.open_cooperative(existing.id)
    wait_loaded(qtbot, form)
    replace_text(qtbot, form.identity.address_edit, "Jl. Sisingamangaraja No. 5")
    type_into(qtbot, form.identity.postal_edit, "12160")
    store = drafts_for(services)
    qtbot.waitUntil(lambda: store.exists(DRAFT_KIND, existing.id), timeout=WAIT)  # autosave

    with qtbot.waitSignal(form.destroyed, timeout=WAIT):
        first.deleteLater()  # a crash or power cut: nothing saved, nothing asked
    assert services.cooperatives.get(existing.id).address == "Jl. Melawai Raya No. 1"

    again = CooperativesView(services, runner)
    qtbot.addWidget(again)
    again.show()
    offered = when_modal(lambda box: click_button(box, "Pulihkan"))
    form = again.open_cooperative(existing.id)
    qtbot.waitUntil(lambda: bool(offered), timeout=WAIT)
    qtbot.waitUntil(form.is_dirty, timeout=WAIT)
    assert form.identity.address_edit.text() == "Jl. Sisingamangaraja No. 5"
    assert form.identity.postal_edit.text() == "12160"
    back_to(qtbot, form.identity.address_edit)
    save(qtbot, form)
    saved = services.cooperatives.get(existing.id)
    assert (saved.address, saved.postal_code) == ("Jl. Sisingamangaraja No. 5", "12160")
    assert not store.exists(DRAFT_KIND, existing.id)
