"""The first-start dialog: cascade, type-to-search, monitoring levels, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.ui.dialogs.setup_area_dialog import SetupAreaDialog
from kopdes_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

MELAWAI = "31.74.07.1001"
MELAWAI_FULL = "Melawai, Kebayoran Baru, Kota Administrasi Jakarta Selatan, DKI Jakarta"


@pytest.fixture
def dialog(qtbot, services):
    dlg = SetupAreaDialog(services.wilayah, services.settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def choose(combo, text: str) -> None:
    """Pick an entry by its visible text, as a user reading the list would."""
    index = combo.findText(text)
    assert index > 0, f"{text!r} not offered; have {[combo.itemText(i) for i in range(5)]}…"
    combo.setCurrentIndex(index)


def choose_level(dlg: SetupAreaDialog, level: WilayahLevel) -> None:
    dlg.level_combo.setCurrentIndex(dlg.level_combo.findData(level))


def test_cascade_to_melawai_sets_area_and_home_shows_full_name(qtbot, dialog, services, runner):
    combos = dialog.picker.combos
    assert not dialog.ok_button.isEnabled()
    assert not combos[WilayahLevel.REGENCY].isEnabled()
    choose(combos[WilayahLevel.PROVINCE], "DKI Jakarta")
    choose(combos[WilayahLevel.REGENCY], "Kota Administrasi Jakarta Selatan")
    choose(combos[WilayahLevel.DISTRICT], "Kebayoran Baru")
    assert not dialog.ok_button.isEnabled(), "a kelurahan office must choose its kelurahan"
    choose(combos[WilayahLevel.VILLAGE], "Melawai")
    assert dialog.summary_label.text() == MELAWAI_FULL
    qtbot.keyClicks(dialog.office_edit, "Kantor Kelurahan Melawai")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.settings.get()
    assert (stored.area_code, stored.office_name) == (MELAWAI, "Kantor Kelurahan Melawai")

    window = MainWindow(services, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_view.refreshed, timeout=10_000):
        window.home_view.refresh()
    assert window.home_view.area_label.text() == MELAWAI_FULL
    assert "Tingkat: Kelurahan/Desa" in window.home_view.detail_label.text()
    assert window.windowTitle() == "KopDes Desktop — Kantor Kelurahan Melawai"


def test_changing_province_clears_the_levels_below(dialog):
    combos = dialog.picker.combos
    choose(combos[WilayahLevel.PROVINCE], "DKI Jakarta")
    choose(combos[WilayahLevel.REGENCY], "Kota Administrasi Jakarta Selatan")
    choose(combos[WilayahLevel.PROVINCE], "Jawa Barat")
    assert combos[WilayahLevel.REGENCY].currentData() is None
    assert combos[WilayahLevel.REGENCY].findText("Kota Bandung") > 0
    assert not combos[WilayahLevel.DISTRICT].isEnabled()


def test_type_to_search_finds_melawai_and_fills_the_cascade(qtbot, dialog):
    picker = dialog.picker
    assert "melawai" in picker.search_edit.placeholderText()
    qtbot.keyClicks(picker.search_edit, "melawai")
    qtbot.waitUntil(lambda: picker.results_model.rowCount() > 0, timeout=5_000)
    model = picker.results_model
    names = [model.row_at(r).area.name for r in range(model.rowCount())]
    row = names.index("Melawai")
    assert (
        model.row_at(row).parents
        == "Kebayoran Baru, Kota Administrasi Jakarta Selatan, DKI Jakarta"
    )
    assert "1 hasil" in picker.search_status.text()

    index = model.index(row, 0)
    rect = picker.results_view.visualRect(index)
    qtbot.mouseClick(picker.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert dialog.selected_code() == MELAWAI
    assert picker.combos[WilayahLevel.PROVINCE].currentText() == "DKI Jakarta"
    assert picker.combos[WilayahLevel.DISTRICT].currentText() == "Kebayoran Baru"
    assert picker.combos[WilayahLevel.VILLAGE].currentText() == "Melawai"
    assert dialog.ok_button.isEnabled()


def test_search_without_match_says_so(qtbot, dialog):
    picker = dialog.picker
    qtbot.keyClicks(picker.search_edit, "zzqx")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.results_model.rowCount() == 0
    assert picker.search_status.text() == 'Tidak ada wilayah yang cocok dengan "zzqx".'


def test_monitoring_office_may_choose_only_a_province(qtbot, dialog, services, runner):
    choose_level(dialog, WilayahLevel.PROVINCE)
    combos = dialog.picker.combos
    assert not combos[WilayahLevel.REGENCY].isEnabled()
    assert not dialog.ok_button.isEnabled()
    choose(combos[WilayahLevel.PROVINCE], "DKI Jakarta")
    assert not combos[WilayahLevel.REGENCY].isEnabled()
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert services.settings.get().area_code == "31"

    window = MainWindow(services, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_view.refreshed, timeout=10_000):
        window.home_view.refresh()
    assert window.home_view.area_label.text() == "DKI Jakarta"
    assert "Tingkat: Provinsi" in window.home_view.detail_label.text()
    assert window.windowTitle() == "KopDes Desktop — DKI Jakarta"


def test_monitoring_office_keeps_choice_when_stopping_higher(dialog):
    combos = dialog.picker.combos
    choose(combos[WilayahLevel.PROVINCE], "DKI Jakarta")
    choose(combos[WilayahLevel.REGENCY], "Kota Administrasi Jakarta Selatan")
    choose_level(dialog, WilayahLevel.REGENCY)
    assert dialog.selected_code() == "31.74"
    assert not combos[WilayahLevel.DISTRICT].isEnabled()
    assert dialog.summary_label.text() == "Kota Administrasi Jakarta Selatan, DKI Jakarta"


def test_all_of_indonesia(qtbot, dialog, services):
    choose_level(dialog, WilayahLevel.COUNTRY)
    assert not dialog.picker.search_edit.isEnabled()
    assert dialog.summary_label.text() == "Seluruh Indonesia"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert services.settings.get().area_code == "ID"


def test_cancel_leaves_no_area_set(qtbot, dialog, services):
    choose(dialog.picker.combos[WilayahLevel.PROVINCE], "DKI Jakarta")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "Batal"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not services.settings.has_area()


def test_labels_are_indonesian(dialog):
    assert dialog.windowTitle() == "KopDes Desktop — wilayah kerja"
    assert dialog.level_combo.currentText() == "Kelurahan/Desa — kantor kelurahan atau desa"
    province = dialog.picker.combos[WilayahLevel.PROVINCE]
    assert province.currentText() == "— pilih provinsi —"
    assert dialog.summary_label.text() == "Belum lengkap: pilih kelurahan/desa."
