"""The main window: Indonesian navigation, page switching, home counts, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from kopdes_desktop.domain.entities import Person
from kopdes_desktop.ui.main_window import MainWindow, Page

pytestmark = pytest.mark.gui

NAV_LABELS = [
    "Beranda",
    "Koperasi",
    "Anggota",
    "Pelatihan",
    "Dokumen",
    "Ekspor/Impor",
    "Pengaturan",
]


@pytest.fixture
def window(qtbot, services, runner):
    services.settings.set_area("31.74.07.1001", "Kantor Kelurahan Melawai")
    win = MainWindow(services, runner)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.home_view.refreshed, timeout=10_000):
        win.show()
    return win


def click_nav(qtbot, win: MainWindow, row: int) -> None:
    rect = win.nav.visualItemRect(win.nav.item(row))
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_is_indonesian_and_has_icons(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == NAV_LABELS
    assert all(not window.nav.item(i).icon().isNull() for i in range(window.nav.count()))


def test_navigation_switches_pages(qtbot, window):
    assert window.current_page() is Page.HOME
    click_nav(qtbot, window, Page.MEMBERS)
    assert window.current_page() is Page.MEMBERS
    assert window.stack.currentWidget() is window.members_view
    qtbot.waitUntil(window.members_view.search_edit.hasFocus)  # ready to type a name or NIK

    click_nav(qtbot, window, Page.SETTINGS)
    assert window.stack.currentWidget() is window.settings_view
    assert window.settings_view.office_edit.text() == "Kantor Kelurahan Melawai"
    assert window.settings_view.code_value.text() == "31.74.07.1001"
    assert window.settings_view.level_value.text() == "Kelurahan/Desa"

    with qtbot.waitSignal(window.home_view.refreshed, timeout=10_000):
        click_nav(qtbot, window, Page.HOME)
    assert window.stack.currentWidget() is window.home_view


def test_keyboard_moves_through_navigation(qtbot, window):
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() is Page.COOPERATIVES


def test_home_shows_area_and_counts(window):
    home = window.home_view
    assert (
        home.area_label.text()
        == "Melawai, Kebayoran Baru, Kota Administrasi Jakarta Selatan, DKI Jakarta"
    )
    assert "Kantor: Kantor Kelurahan Melawai" in home.detail_label.text()
    assert home.record_cards["cooperatives"].value_text() == "0"
    assert home.record_cards["cooperatives"].title_label.text() == "Koperasi"
    assert home.area_cards["provinces"].value_text() == "38"
    assert home.area_cards["villages"].value_text() == "83.762"  # Indonesian grouping


def test_home_counts_follow_the_data(qtbot, window, services):
    before = window.home_view.data.records.persons
    services.persons.save(Person(name="Siti Aminah"))
    with qtbot.waitSignal(window.home_view.refreshed, timeout=10_000):
        window.home_view.refresh()
    assert window.home_view.data.records.persons == before + 1


def test_title_and_status_bar(window, services):
    assert window.windowTitle() == "KopDes Desktop — Kantor Kelurahan Melawai"
    assert window.database_label.text() == f"Basis data: SQLite: {services.config.sqlite_path}"
    assert window.user_label.text() == "Pengguna: tester"


@pytest.mark.parametrize("size", [(1366, 740), (1920, 1050)])
def test_layout_fits_common_screens(qtbot, window, size):
    """Nothing is squeezed below its minimum or pushed behind a horizontal scroll bar."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    home = window.home_view
    scroll = home.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for card in [*home.record_cards.values(), *home.area_cards.values()]:
        assert card.width() >= card.minimumSizeHint().width()
        assert card.value_label.width() >= card.value_label.sizeHint().width()
    assert window.nav.width() < size[0] // 5
