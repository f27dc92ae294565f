"""Keyboard-first fields: what the operator types and what the form reads back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kopdes_desktop.domain.enums import Severity
from kopdes_desktop.domain.errors import error, warning
from kopdes_desktop.ui.issue_messages import error_text, issue_text, message_text
from kopdes_desktop.ui.widgets.form_fields import (
    DateField,
    FieldMessage,
    NikField,
    PhoneField,
    RupiahField,
)

pytestmark = pytest.mark.gui


def test_date_is_typed_as_digits_into_the_mask(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "17081985")
    assert field.text() == "17-08-1985"
    assert field.date() == date(1985, 8, 17)
    field.setDate(date(2025, 5, 31))
    assert field.text() == "31-05-2025"
    field.setDate(None)
    assert field.is_empty() and field.date() is None and field.is_valid()


def test_an_impossible_date_is_flagged_and_reads_as_none(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "31022025")
    assert field.date() is None
    assert not field.is_valid()
    assert field.property("invalid") is True


def test_rupiah_shows_thousands_while_typing_plain_digits(qtbot):
    field = RupiahField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "1500000")
    assert field.text() == "Rp1.500.000"
    assert field.value() == 1_500_000
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.value() == 150_000
    assert field.text() == "Rp150.000"
    field.setValue(None)
    assert field.value() is None and field.text() == ""


def test_rupiah_follows_the_office_spacing(qtbot):
    field = RupiahField(space=True)
    qtbot.addWidget(field)
    field.setValue(25_000)
    assert field.text() == "Rp 25.000"


def test_nik_groups_digits_and_accepts_a_pasted_nik_with_spaces(qtbot):
    field = NikField()
    qtbot.addWidget(field)
    completed = []
    field.completed.connect(completed.append)
    QGuiApplication.clipboard().setText("3174 0741 0590 0001")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.nik() == "3174074105900001"
    assert field.text() == "317407 410590 0001"
    assert completed == ["3174074105900001"]


def test_phone_field_drops_letters(qtbot):
    field = PhoneField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "0812-abc345")
    assert field.phone() == "0812-345"


def test_field_message_shows_errors_before_warnings(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    message = FieldMessage(form)
    form.show()
    assert not message.isVisible()
    message.set_issues(
        [warning("nik.sex_mismatch", "sex", nik_sex="P"), error("person.name_empty", "name")]
    )
    assert message.isVisible()
    assert message.severity is Severity.ERROR
    assert message.text().splitlines() == [
        "Ketik nama lengkap.",
        "NIK menunjukkan perempuan (P); periksa jenis kelamin atau NIK.",
    ]
    message.clear()
    assert not message.isVisible()


def test_issue_codes_read_as_indonesian_sentences_with_their_parameters():
    assert issue_text(error("nik.length", "nik", length=15, expected=16)) == (
        "NIK terdiri atas 16 angka; yang diketik 15."
    )
    assert issue_text(
        warning("nik.birth_date_mismatch", "birth_date", nik_birth_date="1985-08-17")
    ) == ("NIK menunjukkan lahir 17-08-1985; periksa tanggal lahir atau NIK.")
    assert "Ketua" in message_text("board.role_missing", {"role": "ketua"})
    assert "unknown.code" in message_text("unknown.code")


def test_every_issue_code_of_the_domain_and_services_has_a_sentence():
    import re
    from pathlib import Path

    from kopdes_desktop.ui.issue_messages import has_message

    root = Path(__file__).resolve().parents[2] / "kopdes_desktop"
    pattern = re.compile(r'(?:error|warning)\(\s*"([a-z_]+\.[a-z_.]+)"')
    codes = set()
    for folder in ("domain", "services"):
        for path in (root / folder).rglob("*.py"):
            codes |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert len(codes) > 40
    # Spreadsheet, exchange and document codes have their own catalogues that fall back here.
    own = (
        "members_sheet.",
        "members_import.",
        "members.already_member",
        "exchange.",
        "package.",
        "documents.",
        "signing.",
        "rekap.",
    )
    assert sorted(c for c in codes if not has_message(c) and not c.startswith(own)) == []


def test_error_text_of_a_validation_error_is_its_first_error():
    from kopdes_desktop.domain.errors import ValidationError

    exc = ValidationError([warning("board.no_woman", "board"), error("nik.serial_zero", "nik")])
    assert error_text(exc) == "Empat angka terakhir NIK tidak boleh 0000."
