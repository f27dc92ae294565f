"""Pelatihan driven as an operator would: a training event with the ketua and the ketua
pengawas of a cooperative and an outside mentor, attendance on both days, scores; saved,
reopened and found again. Also: a bad score blocks saving; a mentoring visit is recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from kopdes_desktop.ui.dialogs.participant_picker_dialog import ParticipantPickerDialog
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.drafts import draft_opener, drafts_for
from kopdes_desktop.ui.forms.mentoring_visit_form import MentoringVisitForm
from kopdes_desktop.ui.forms.training_event_form import DRAFT_KIND, TrainingEventForm
from kopdes_desktop.ui.models.training_events_table_model import EventColumn
from kopdes_desktop.ui.models.training_participants_table_model import ParticipantColumn
from kopdes_desktop.ui.views.training_view import TrainingView

pytestmark = pytest.mark.gui

MELAWAI = "31.74.07.1001"
MENTOR_NIK = "3174074505880003"  # a woman born 05-05-1988
TITLE = "Pelatihan Pengurus dan Pengawas KKMP Jakarta Selatan"


@pytest.fixture
def melawai(services):
    """Demo data: one cooperative in Melawai with members and a board."""
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=20)
    return services


@pytest.fixture
def view(qtbot, melawai, runner):
    page = TrainingView(melawai, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.events_loaded, timeout=10_000):
        page.refresh()
    return page


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def pick_board_members(qtbot, monkeypatch, positions: list[str]) -> None:
    """The picker dialog is modal: drive it inside its ``exec`` as the operator would."""

    def drive(dialog: ParticipantPickerDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
        dialog.table.clearSelection()
        model = dialog.table.selectionModel()
        for row in range(dialog.proxy.rowCount()):
            if dialog.proxy.index(row, 2).data() in positions:
                model.select(
                    dialog.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        assert len(dialog.selected()) == len(positions)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ParticipantPickerDialog, "exec", drive)


def create_mentor(qtbot, monkeypatch) -> None:
    """The person dialog, typed into like any other person form."""

    def drive(dialog: PersonDialog) -> int:
        dialog.show()
        type_into(qtbot, dialog.nik_edit, MENTOR_NIK)
        type_into(qtbot, dialog.name_edit, "Dewi Lestari")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result_person is not None, dialog.form_message.text()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", drive)


def tick(qtbot, form: TrainingEventForm, row: int, column: int) -> None:
    """Space on a day cell ticks it, as the hint under the table says."""
    table = form.participants.table
    table.setFocus()
    table.setCurrentIndex(form.participants.model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Space)


def type_cell(qtbot, form: TrainingEventForm, row: int, column: int, text: str) -> None:
    table = form.participants.table
    index = form.participants.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)  # the delegate's editor while it is open
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits, then closes the editor (queued)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)


def row_of(form: TrainingEventForm, name: str) -> int:
    lines = form.participants.model.lines()
    return next(i for i, line in enumerate(lines) if line.person.name == name)


def open_new_event(qtbot, view: TrainingView) -> TrainingEventForm:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.findChild(TrainingEventForm)
    assert form is not None
    qtbot.waitExposed(form)
    return form


def fill_event(qtbot, form: TrainingEventForm) -> None:
    type_into(qtbot, form.title_edit, TITLE)
    type_into(qtbot, form.organiser_edit, "Sudin PPKUKM Jakarta Selatan")
    type_into(qtbot, form.funding_edit, "APBD")
    type_into(qtbot, form.start_edit, "17112026")
    type_into(qtbot, form.end_edit, "18112026")
    type_into(qtbot, form.venue_edit, "Pusdiklat PPKUKM")
    form.hours_spin.setFocus()
    form.hours_spin.selectAll()
    qtbot.keyClicks(form.hours_spin, "16")
    for code in ("dasar_koperasi", "regulasi_kkmp", "permodalan"):
        form.topic_boxes[code].setFocus()
        qtbot.keyClick(form.topic_boxes[code], Qt.Key.Key_Space)
    type_into(qtbot, form.other_topics_edit, "tata kelola; pembukuan")


def test_training_event_with_two_board_members_and_a_mentor(qtbot, monkeypatch, view, melawai):
    coop = melawai.cooperatives.summaries(MELAWAI)[0].cooperative
    board = {p.role.value: p.person_id for p in melawai.board.current(coop.id)}
    names = melawai.persons.get_many([board["ketua"], board["ketua_pengawas"]])
    ketua, ketua_pengawas = names[board["ketua"]].name, names[board["ketua_pengawas"]].name
    events_before = len(melawai.training.list_events())

    form = open_new_event(qtbot, view)
    fill_event(qtbot, form)
    model = form.participants.model
    assert [d.day for d in model.days()] == [17, 18]  # one column per day once dates are in

    pick_board_members(qtbot, monkeypatch, ["Ketua", "Ketua Pengawas"])
    qtbot.mouseClick(form.participants.add_member_button, Qt.MouseButton.LeftButton)
    create_mentor(qtbot, monkeypatch)
    qtbot.mouseClick(form.participants.add_outsider_button, Qt.MouseButton.LeftButton)
    assert sorted(line.person.name for line in model.lines()) == sorted(
        [ketua, ketua_pengawas, "Dewi Lestari"]
    )
    roles = {line.person.name: line.participant.role.value for line in model.lines()}
    assert roles == {ketua: "pengurus", ketua_pengawas: "pengawas", "Dewi Lestari": "pendamping"}

    day1, day2 = (model.column_of(d) for d in model.days())
    pre, post = (
        model.column_of(ParticipantColumn.PRE_SCORE),
        model.column_of(ParticipantColumn.POST_SCORE),
    )
    for name, pre_score, post_score in ((ketua, "60", "85,5"), (ketua_pengawas, "72", "90")):
        row = row_of(form, name)
        tick(qtbot, form, row, day1)
        tick(qtbot, form, row, day2)
        type_cell(qtbot, form, row, pre, pre_score)
        type_cell(qtbot, form, row, post, post_score)
    tick(qtbot, form, row_of(form, "Dewi Lestari"), day1)
    assert form.is_dirty()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    assert len(melawai.training.list_events()) == events_before + 1
    qtbot.waitUntil(lambda: view.model.rowCount() == events_before + 1, timeout=10_000)
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, EventColumn.TITLE).data() == TITLE
    )
    assert view.proxy.index(row, EventColumn.PARTICIPANTS).data() == "3"
    assert view.proxy.index(row, EventColumn.DATES).data() == "17-11-2026 – 18-11-2026"

    # Reopen from the list: everything typed is there again.
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    reopened = [f for f in view.findChildren(TrainingEventForm) if f is not form][-1]
    qtbot.waitExposed(reopened)
    assert reopened.title_edit.text() == TITLE
    assert reopened.start_edit.text() == "17-11-2026"
    assert reopened.hours_spin.value() == 16
    assert reopened.topics() == (
        "dasar_koperasi",
        "regulasi_kkmp",
        "permodalan",
        "tata kelola",
        "pembukuan",
    )
    model = reopened.participants.model
    seen = {line.person.name: line.participant for line in model.lines()}
    assert set(seen) == {ketua, ketua_pengawas, "Dewi Lestari"}
    assert [d.day for d in seen[ketua].attendance] == [17, 18]
    assert [d.day for d in seen[ketua_pengawas].attendance] == [17, 18]
    assert [d.day for d in seen["Dewi Lestari"].attendance] == [17]
    assert (seen[ketua].pre_score, seen[ketua].post_score) == (60.0, 85.5)
    assert (seen[ketua_pengawas].pre_score, seen[ketua_pengawas].post_score) == (72.0, 90.0)
    assert seen["Dewi Lestari"].cooperative_id is None
    assert seen[ketua].cooperative_id == coop.id
    r = row_of(reopened, ketua)
    assert model.index(r, model.column_of(ParticipantColumn.POST_SCORE)).data() == "85,5"
    assert (
        model.index(r, model.column_of(model.days()[1])).data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )
    assert not reopened.is_dirty()


def test_a_score_above_100_blocks_saving(qtbot, monkeypatch, view, melawai):
    events_before = len(melawai.training.list_events())
    form = open_new_event(qtbot, view)
    fill_event(qtbot, form)
    pick_board_members(qtbot, monkeypatch, ["Ketua"])
    qtbot.mouseClick(form.participants.add_member_button, Qt.MouseButton.LeftButton)
    model = form.participants.model
    type_cell(qtbot, form, 0, model.column_of(ParticipantColumn.POST_SCORE), "150")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.isVisible()
    assert len(melawai.training.list_events()) == events_before
    assert form.participants.message.is_error()
    assert "100" in form.participants.message.text()
    assert "Belum disimpan" in form.status_label.text()
    form.set_clean()
    form.reject()


def test_end_date_before_start_is_shown_next_to_the_field(qtbot, view):
    form = open_new_event(qtbot, view)
    type_into(qtbot, form.title_edit, "Pelatihan")
    type_into(qtbot, form.start_edit, "18112026")
    type_into(qtbot, form.end_edit, "17112026")
    qtbot.waitUntil(lambda: form.message("end_date").isVisible())
    assert form.message("end_date").is_error()
    form.set_clean()
    form.reject()


def test_mentoring_visit_is_recorded(qtbot, view, melawai):
    coop = melawai.cooperatives.summaries(MELAWAI)[0].cooperative
    visits_before = len(melawai.training.visits(coop.id))
    with qtbot.waitSignal(view.mentoring_panel.visits_loaded, timeout=10_000):
        view.tabs.setCurrentWidget(view.mentoring_panel)
    assert view.mentoring_panel.cooperative_combo.currentData() == coop.id
    qtbot.mouseClick(view.mentoring_panel.new_button, Qt.MouseButton.LeftButton)
    form = view.mentoring_panel.findChild(MentoringVisitForm)
    qtbot.waitExposed(form)
    type_into(qtbot, form.date_edit, "20112026")
    type_into(qtbot, form.mentor_edit, "Dewi Lestari (PMO)")
    type_into(qtbot, form.topics_edit, "Pembukuan simpanan")
    type_into(qtbot, form.findings_edit, "Buku kas belum diisi sejak Oktober")
    type_into(qtbot, form.follow_up_edit, "Pelatihan bendahara")
    with qtbot.waitSignal(view.mentoring_panel.visits_loaded, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    visits = melawai.training.visits(coop.id)
    assert len(visits) == visits_before + 1
    assert view.mentoring_panel.model.rowCount() == visits_before + 1
    assert view.mentoring_panel.model.index(0, 1).data() == "Dewi Lestari (PMO)"


def test_unsaved_event_comes_back_from_its_recovery_draft(qtbot, monkeypatch, view, melawai):
    form = open_new_event(qtbot, view)
    fill_event(qtbot, form)
    pick_board_members(qtbot, monkeypatch, ["Ketua"])
    qtbot.mouseClick(form.participants.add_member_button, Qt.MouseButton.LeftButton)
    model = form.participants.model
    tick(qtbot, form, 0, model.column_of(model.days()[1]))
    form.write_draft()  # what the autosave timer does every few seconds
    name = model.lines()[0].person.name
    form.setParent(None)
    form.deleteLater()  # a power cut: the form is gone without saving or asking
    qtbot.wait(10)

    draft = drafts_for(melawai).load(DRAFT_KIND, None)
    assert draft is not None and TITLE in draft.title
    restored = draft_opener(DRAFT_KIND)(melawai, None, draft)
    qtbot.addWidget(restored)
    assert restored.title_edit.text() == TITLE
    assert restored.end_edit.text() == "18-11-2026"
    assert restored.topics()[:3] == ("dasar_koperasi", "regulasi_kkmp", "permodalan")
    lines = restored.participants.model.lines()
    assert [line.person.name for line in lines] == [name]
    assert [d.day for d in lines[0].participant.attendance] == [18]
    assert restored.is_dirty()  # restored typing is still unsaved
    assert all(e.title != TITLE for e in melawai.training.list_events())  # nothing saved
    restored.set_clean()
    restored.reject()
