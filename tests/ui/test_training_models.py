"""The table models of Pelatihan and Beranda pass Qt's model tester while they change, and the
participant model turns typed text into values (or refuses it) as a cell editor would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from kopdes_desktop.domain.entities import (
    MentoringVisit,
    Person,
    TrainingEvent,
    TrainingParticipant,
)
from kopdes_desktop.domain.enums import CertificateType, ParticipantRole, Severity
from kopdes_desktop.domain.errors import Issue
from kopdes_desktop.ui.models.completeness_checklist_model import (
    CompletenessChecklistModel,
    checklist_rows,
)
from kopdes_desktop.ui.models.mentoring_visits_table_model import MentoringVisitsTableModel
from kopdes_desktop.ui.models.training_events_table_model import (
    TrainingEventRow,
    TrainingEventsTableModel,
)
from kopdes_desktop.ui.models.training_participants_table_model import (
    MAX_DAY_COLUMNS,
    ParticipantColumn,
    ParticipantLine,
    TrainingParticipantsTableModel,
    short_cooperative_name,
)

pytestmark = pytest.mark.gui

D1, D2, D3 = date(2026, 11, 17), date(2026, 11, 18), date(2026, 11, 19)


def event(end: date = D2) -> TrainingEvent:
    return TrainingEvent(title="Pelatihan", start_date=D1, end_date=end)


def line(name: str, **fields: object) -> ParticipantLine:
    person = Person(name=name, nik="3174074505880003")
    participant = TrainingParticipant(event_id="e", person_id=person.id, **fields)
    return ParticipantLine(participant, person, "Koperasi Kelurahan Merah Putih Melawai")


def test_participant_model_edits_and_day_columns(qapp):
    model = TrainingParticipantsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_event(event())
    assert model.columnCount() == len(ParticipantColumn) + 2
    assert model.add_line(line("Ani"))
    assert not model.add_line(
        ParticipantLine(model.lines()[0].participant, model.lines()[0].person)
    )  # same person
    cooperative = model.index(0, model.column_of(ParticipantColumn.COOPERATIVE))
    assert cooperative.data() == "KKMP Melawai"

    day2 = model.index(0, model.column_of(D2))
    assert model.setData(day2, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    post = model.index(0, model.column_of(ParticipantColumn.POST_SCORE))
    assert model.setData(post, "85,5")
    assert post.data() == "85,5"
    assert not model.setData(post, "delapan")  # refused; the value stays
    assert model.lines()[0].participant.post_score == 85.5
    issued = model.index(0, model.column_of(ParticipantColumn.CERTIFICATE_ISSUED))
    assert model.setData(issued, "18-11-2026")
    assert not model.setData(issued, "31-02-2026")
    role = model.index(0, model.column_of(ParticipantColumn.ROLE))
    assert model.setData(role, ParticipantRole.PENGAWAS)
    kind = model.index(0, model.column_of(ParticipantColumn.CERTIFICATE_TYPE))
    assert model.setData(kind, CertificateType.KOMPETENSI)

    assert model.setData(post, "150")
    assert [i.code for _line, i in model.issues()] == ["training.score_range"]
    assert post.data(Qt.ItemDataRole.ToolTipRole)  # the reason, on the cell

    model.set_event(event(end=D3))  # a longer event: one more day column
    assert model.days() == [D1, D2, D3]
    model.set_event(event(end=D1))  # shorter: day 2 leaves the saved attendance
    assert model.lines()[0].participant.attendance == ()
    model.set_event(event(end=date(2027, 11, 17)))  # a mistyped year: no day columns
    assert model.days() == [] and (date(2027, 11, 17) - D1).days > MAX_DAY_COLUMNS

    model.saved_ids = {model.lines()[0].participant.id}
    model.remove_row(0)
    assert model.removed_ids() == model.saved_ids


def test_event_visit_and_checklist_models(qapp):
    events = TrainingEventsTableModel()
    QAbstractItemModelTester(events, QAbstractItemModelTester.FailureReportingMode.Warning)
    events.set_rows([TrainingEventRow(event(), 3), TrainingEventRow(event(end=D1), 0)])
    assert events.index(0, 2).data() == "17-11-2026 – 18-11-2026"
    assert events.index(1, 2).data() == "17-11-2026"

    visits = MentoringVisitsTableModel()
    QAbstractItemModelTester(visits, QAbstractItemModelTester.FailureReportingMode.Warning)
    visits.set_rows(
        [
            MentoringVisit(
                cooperative_id="c",
                visit_date=D1,
                mentor_name="Dewi",
                findings="Buku kas\nbelum diisi",
            )
        ]
    )
    assert visits.index(0, 3).data() == "Buku kas belum diisi"

    checklist = CompletenessChecklistModel()
    QAbstractItemModelTester(checklist, QAbstractItemModelTester.FailureReportingMode.Warning)
    gap = Issue("stage.need_npwp", "npwp", Severity.WARNING, {"stage": 6})
    found = Issue("founders.too_few", "members", Severity.ERROR, {"minimum": 9, "count": 3})
    checklist.set_rows(checklist_rows([gap], [found], "Gaps", "Findings"))
    assert [checklist.index(r, 0).data() for r in (0, 2)] == ["Gaps", "Findings"]
    assert checklist.item_count() == 2
    assert not checklist.flags(checklist.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_short_cooperative_names():
    assert short_cooperative_name("Koperasi Desa Merah Putih Sukamaju") == "KDMP Sukamaju"
    assert short_cooperative_name("Koperasi Serba Usaha") == "Koperasi Serba Usaha"
