"""The audit trail as an operator sees it: "Riwayat perubahan" of a person and of a
cooperative (who, when, field, before → after, in Indonesian), and the "Jejak audit" window
whose "Periksa keutuhan" names the first broken entry."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import cooperative, person
from form_driving import wait_loaded
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind, UnitStatus
from kopdes_desktop.storage import orm
from kopdes_desktop.ui.dialogs.audit_trail_dialog import AuditTrailDialog
from kopdes_desktop.ui.dialogs.person_dialog import PersonDialog
from kopdes_desktop.ui.forms.cooperative_form import CooperativeForm
from kopdes_desktop.ui.forms.form_base import FormMixin
from kopdes_desktop.ui.models.audit_table_models import ChangeColumn, EntryColumn

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(FormMixin, "confirm_discard", lambda self: True)
    monkeypatch.setattr(FormMixin, "ask_restore_draft", lambda self, draft: False)


def table_lines(view, columns) -> list[tuple[str, ...]]:
    model = view.model()
    return [tuple(model.index(r, int(c)).data() for c in columns) for r in range(model.rowCount())]


def test_person_history_shows_who_changed_which_field(qtbot, services):
    saved = services.persons.save(person(3, name="Siti Aminah"))
    services.ctx.username = "operator1"
    saved = services.persons.save(replace(saved, name="Siti Aminah Lubis", occupation="Guru"))
    dialog = PersonDialog(services, saved)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.history_button is not None
    assert dialog.history_button.text() == "&Riwayat perubahan"
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    history = dialog.history_dialog
    assert history.isVisible()
    assert history.windowTitle() == "Riwayat perubahan: Siti Aminah Lubis"
    columns = (
        ChangeColumn.USER,
        ChangeColumn.ACTION,
        ChangeColumn.FIELD,
        ChangeColumn.BEFORE,
        ChangeColumn.AFTER,
    )
    lines = table_lines(history.table, columns)
    assert lines[:2] == [
        ("operator1", "Diubah", "Nama", "Siti Aminah", "Siti Aminah Lubis"),
        ("operator1", "Diubah", "Pekerjaan", "Wiraswasta", "Guru"),
    ]
    created = {line[2]: line[3:] for line in lines if line[:2] == ("tester", "Dibuat")}
    assert created["Nama"] == ("—", "Siti Aminah")
    assert created["Tanggal lahir"] == ("—", "(disembunyikan)")
    assert saved.nik not in repr(lines) and "081234567890" not in repr(lines)
    header = history.table.model().headerData(ChangeColumn.BEFORE, Qt.Orientation.Horizontal)
    assert header == "Sebelum"
    history.close()


def test_a_new_person_has_no_history_button(qtbot, services):
    dialog = PersonDialog(services, None)
    qtbot.addWidget(dialog)
    assert dialog.history_button is None


def test_cooperative_history_includes_its_units(qtbot, services, runner):
    services.settings.set_area("31.74.07.1001")
    coop = services.cooperatives.save(cooperative())
    services.ctx.username = "lurah"
    services.cooperatives.save(replace(coop, npwp="012345678901234"))
    services.units.save(
        BusinessUnit(cooperative_id=coop.id, kind=UnitKind.KLINIK, status=UnitStatus.DIRENCANAKAN)
    )
    form = CooperativeForm(services, runner, cooperative_id=coop.id)
    qtbot.addWidget(form)
    form.show()
    wait_loaded(qtbot, form)
    assert form.history_button.isEnabled()
    qtbot.mouseClick(form.history_button, Qt.MouseButton.LeftButton)
    history = form.history_dialog
    lines = table_lines(
        history.table,
        (ChangeColumn.USER, ChangeColumn.ACTION, ChangeColumn.RECORD, ChangeColumn.FIELD),
    )
    records = {line[2] for line in lines}
    assert len(records) == 2  # the cooperative and its business unit
    npwp = [line for line in lines if line[3] == "NPWP"]
    assert npwp[0][:2] == ("lurah", "Diubah")
    assert "3 perubahan tercatat" in history.summary_label.text()
    history.close()


def test_check_integrity_names_the_changed_entry(qtbot, services, runner):
    coop = services.cooperatives.save(cooperative())
    services.ctx.username = "siti"
    services.cooperatives.save(replace(coop, nib="1234567890123"))
    services.cooperatives.save(replace(coop, nib="9999999999999"))
    dialog = AuditTrailDialog(services.audit, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3
    assert "3 entri terbaru dari 3 entri" in dialog.count_label.text()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert dialog.result_label.text() == "Jejak audit utuh: 3 entri diperiksa."

    with services.engine.begin() as conn:
        middle = conn.scalar(
            select(orm.AuditEntry.id).order_by(orm.AuditEntry.id).offset(1).limit(1)
        )
        conn.execute(
            update(orm.AuditEntry).where(orm.AuditEntry.id == middle).values(username="orang-lain")
        )
    dialog.last_result = None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    text = dialog.result_label.text()
    assert text.startswith(f"Jejak audit RUSAK pada entri no. {middle} pada ")
    assert "oleh orang-lain" in text and "hash tidak cocok" in text
    selected = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.index(i.row(), EntryColumn.NUMBER).data() for i in selected] == [
        str(middle)
    ]


def test_training_event_history_shows_its_changes(qtbot, services):
    from datetime import date

    from kopdes_desktop.domain.entities import TrainingEvent
    from kopdes_desktop.ui.forms.training_event_form import TrainingEventForm

    event = services.training.save_event(
        TrainingEvent(
            title="Pelatihan Pengurus", start_date=date(2026, 3, 2), end_date=date(2026, 3, 3)
        )
    )
    services.training.save_event(replace(event, venue="Aula Kelurahan Melawai"))
    form = TrainingEventForm(services, event.id)
    qtbot.addWidget(form)
    form.show()
    assert form.history_button.isEnabled()
    qtbot.mouseClick(form.history_button, Qt.MouseButton.LeftButton)
    lines = table_lines(
        form.history_dialog.table,
        (ChangeColumn.ACTION, ChangeColumn.FIELD, ChangeColumn.BEFORE, ChangeColumn.AFTER),
    )
    assert lines[0] == ("Diubah", "Tempat", "—", "Aula Kelurahan Melawai")
    assert ("Dibuat", "Judul", "—", "Pelatihan Pengurus") in lines
    form.history_dialog.close()
