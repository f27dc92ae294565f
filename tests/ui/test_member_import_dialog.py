"""Impor dari Excel: preview with row problems, annotated copy, then all-or-nothing import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from builders import cooperative
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kopdes_desktop.exchange.members_template import build_members_template
from kopdes_desktop.ui.dialogs import member_import_dialog
from kopdes_desktop.ui.dialogs.member_import_dialog import MemberImportDialog
from kopdes_desktop.ui.models.member_import_rows_model import ERROR_BRUSH, ImportColumn

pytestmark = pytest.mark.gui

SITI = "3174075708850003"
BUDI = "3174071203900004"


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = build_members_template()
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            wb["Anggota"].cell(row=r, column=c, value=value)
    wb.save(path)
    return path


@pytest.fixture
def dialog(qtbot, services, runner, monkeypatch):
    monkeypatch.setattr(member_import_dialog.QMessageBox, "information", lambda *a, **k: None)
    coop = services.cooperatives.save(cooperative())
    dlg = MemberImportDialog(services, runner, coop.id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def load(qtbot, dlg: MemberImportDialog, path: Path) -> None:
    dlg.load_file(path)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)


def test_preview_shows_row_problems_and_blocks_import(qtbot, dialog, tmp_path, services):
    load(
        qtbot,
        dialog,
        workbook(
            tmp_path / "a.xlsx",
            [[SITI, "Siti Aminah", "P"], [3174071203900004.0, "Budi", "L"], ["123", "Salah", "X"]],
        ),
    )
    model = dialog.model
    assert model.rowCount() == 3
    assert not dialog.import_button.isEnabled()
    assert dialog.annotate_button.isEnabled()
    problems = model.index(1, ImportColumn.PROBLEMS).data()
    assert "NIK harus ditulis sebagai teks" in problems  # Indonesian, as users read it
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert model.index(0, ImportColumn.STATUS).data() == "OK"
    assert "3 baris" in dialog.summary_label.text()
    dialog.problems_check.setChecked(True)
    assert dialog.proxy.rowCount() == 2

    copy = dialog.save_annotated(tmp_path / "catatan.xlsx")
    ws = openpyxl.load_workbook(copy)["Anggota"]
    assert ws.cell(row=1, column=15).value == "Catatan kesalahan"
    assert "NIK harus ditulis sebagai teks" in ws.cell(row=3, column=15).value
    assert services.members.members(dialog.preview.cooperative.id) == []


def test_good_file_imports_every_row_at_once(qtbot, dialog, tmp_path, services):
    load(
        qtbot,
        dialog,
        workbook(tmp_path / "b.xlsx", [[SITI, "Siti Aminah", "P"], [BUDI, "Budi", "L"]]),
    )
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Impor semua 2 anggota"
    with qtbot.waitSignal(dialog.members_imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    coop_id = dialog.preview.cooperative.id
    assert sorted(m.person.nik for m in services.members.members(coop_id)) == [BUDI, SITI]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_wrong_file_says_why(qtbot, dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        member_import_dialog.QMessageBox,
        "warning",
        lambda _parent, _title, text: shown.append(text),
    )
    other = openpyxl.Workbook()
    other.active.append(["Nama", "Alamat"])
    other.save(tmp_path / "lain.xlsx")
    dialog.load_file(tmp_path / "lain.xlsx")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "NIK, Nama lengkap" in shown[0]
    assert dialog.preview is None and dialog.choose_button.isEnabled()


def test_dropping_a_spreadsheet_loads_it(qtbot, dialog, tmp_path):
    path = workbook(tmp_path / "c.xlsx", [[SITI, "Siti Aminah", "P"]])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.model.rowCount() == 1
