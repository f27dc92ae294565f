"""Pengaturan driven as an operator would: edit, save, and find the values again after a
restart; a bad number pattern is refused next to its field; the language switches live."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.domain.enums import PaperSize
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.translator import LanguageSwitcher, remove_translator
from kopdes_desktop.ui.views.settings_view import SettingsView

pytestmark = pytest.mark.gui

MELAWAI = "31.74.07.1001"


@pytest.fixture
def view(qtbot, services):
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    page = SettingsView(services)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def type_into(qtbot, widget, text: str, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_changes_are_saved_and_survive_a_restart(qtbot, view, services, config):
    assert view.office_edit.text() == "Kantor Kelurahan Melawai"
    assert view.code_value.text() == MELAWAI
    assert view.level_value.text() == "Kelurahan/Desa"
    type_into(qtbot, view.lurah_name_edit, "Budi Santoso, S.Sos.")
    type_into(qtbot, view.lurah_nip_edit, "197001011990031001")
    type_into(qtbot, view.letterhead_edits[0], "PEMERINTAH PROVINSI DAERAH KHUSUS JAKARTA")
    type_into(qtbot, view.letterhead_edits[1], "KELURAHAN MELAWAI")
    view.paper_combo.setFocus()
    view.paper_combo.setCurrentIndex(view.paper_combo.findData(PaperSize.F4))
    assert view.rupiah_example.text().endswith("Rp1.500.000")
    click(qtbot, view.rupiah_spaced)
    assert view.rupiah_example.text().endswith("Rp 1.500.000")  # live example
    assert view.is_dirty()

    qtbot.keyClick(view.lurah_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not view.is_dirty()
    assert "Tersimpan" in view.status_label.text()
    reopened = build_services(config, username="tester")
    try:
        stored = reopened.settings.get()
    finally:
        reopened.engine.dispose()
    assert stored.lurah_name == "Budi Santoso, S.Sos."
    assert stored.lurah_nip == "197001011990031001"
    assert stored.paper_size is PaperSize.F4
    assert stored.rupiah_space is True
    assert stored.letterhead_lines == (
        "PEMERINTAH PROVINSI DAERAH KHUSUS JAKARTA",
        "KELURAHAN MELAWAI",
    )


def test_number_pattern_example_and_unknown_placeholder(qtbot, view, services):
    today = date.today()
    example = view.patterns_box.examples["default"].text()
    assert example.endswith(f"005/KKMP-MLW/{_roman(today.month)}/{today.year}")

    type_into(qtbot, view.patterns_box.edits["undangan"], "{nomor}/UND/{year}")
    qtbot.waitUntil(lambda: view.message("number_patterns.undangan").isVisible())
    message = view.message("number_patterns.undangan")
    assert message.is_error()
    assert "{nomor}" in message.text()
    click(qtbot, view.save_button)
    assert "Belum disimpan" in view.status_label.text()
    assert "undangan" not in services.settings.get().number_patterns

    type_into(qtbot, view.patterns_box.edits["undangan"], "{seq:03d}/UND/{year}")
    qtbot.waitUntil(lambda: not view.message("number_patterns.undangan").isVisible())
    assert view.patterns_box.examples["undangan"].text().endswith(f"005/UND/{today.year}")
    click(qtbot, view.save_button)
    assert services.settings.get().number_patterns["undangan"] == "{seq:03d}/UND/{year}"


def test_logo_is_stored_and_previewed(qtbot, view, services, tmp_path):
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    view.logo_field.choose_file(path)
    assert view.is_dirty()
    click(qtbot, view.save_button)
    stored = services.settings.get()
    assert stored.logo_sha256 is not None
    attachments = services.attachments.list("office", "1")
    assert [a.sha256 for a in attachments] == [stored.logo_sha256]
    assert not view.logo_field.preview.pixmap().isNull()


def test_a_text_file_is_no_logo(qtbot, view, tmp_path):
    path = tmp_path / "logo.png"
    path.write_text("not an image")
    view.logo_field.choose_file(path)
    qtbot.waitUntil(lambda: view.message("logo_sha256").isVisible())
    assert view.message("logo_sha256").is_error()


def test_language_switches_to_english_and_back(qtbot, services, runner, qapp, indonesian):
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    qapp.removeTranslator(indonesian)  # the fixture's; the switcher owns the language now
    languages = LanguageSwitcher(qapp)
    languages.switch("en")
    languages.switch("id")
    try:
        win = MainWindow(services, runner, languages=languages)
        qtbot.addWidget(win)
        win.show()
        win.show_page(Page.SETTINGS)
        settings = win.settings_view
        assert win.nav.item(Page.HOME).text() == "Beranda"

        settings.language_combo.setFocus()
        settings.language_combo.setCurrentIndex(settings.language_combo.findData("en"))
        click(qtbot, settings.save_button)
        assert services.settings.get().language == "en"
        assert languages.language == "en"
        qtbot.waitUntil(lambda: win.nav.item(Page.HOME).text() == "Home")  # posted event
        assert "restart" in settings.language_note.text()

        settings.language_combo.setCurrentIndex(settings.language_combo.findData("id"))
        click(qtbot, settings.save_button)
        assert services.settings.get().language == "id"
        qtbot.waitUntil(lambda: win.nav.item(Page.HOME).text() == "Beranda")
        assert win.nav.item(Page.SETTINGS).text() == "Pengaturan"
    finally:
        remove_translator(qapp, languages.translator)
        qapp.installTranslator(indonesian)


def _roman(month: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[month - 1]
