"""Beranda's cooperative section: the cooperative(s) of the working area with their stage, the
completeness checklist of the selected one, and items that jump to the Koperasi page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kopdes_desktop.ui.display_names import stage_name
from kopdes_desktop.ui.issue_messages import issue_text
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.models.completeness_checklist_model import ISSUE_ROLE
from kopdes_desktop.ui.models.home_cooperatives_table_model import HomeCooperativeColumn

pytestmark = pytest.mark.gui

MELAWAI = "31.74.07.1001"


def open_window(qtbot, services, runner) -> MainWindow:
    win = MainWindow(services, runner)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.home_view.cooperatives_panel.loaded, timeout=15_000):
        win.show()
    return win


def test_home_lists_the_cooperative_with_its_stage_and_checklist(qtbot, services, runner):
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=20)
    coop = services.cooperatives.get_by_village(MELAWAI)
    win = open_window(qtbot, services, runner)
    panel = win.home_view.cooperatives_panel

    assert panel.model.rowCount() == 1
    assert panel.proxy.index(0, HomeCooperativeColumn.NAME).data() == coop.name
    stage = services.cooperatives.stage(coop.id)
    assert panel.proxy.index(0, HomeCooperativeColumn.STAGE).data() == stage_name(stage)
    assert panel.proxy.index(0, HomeCooperativeColumn.MEMBERS).data() == "20"
    assert not panel.stage_counts_label.isVisible()  # one cooperative: no counts per stage
    assert stage_name(stage) in panel.checklist_title.text()

    gaps = services.cooperatives.next_stage_gaps(coop.id)
    assert gaps, "demo cooperatives stop before the last stage"
    model = panel.checklist_model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [issue_text(g) for g in gaps] == texts[1 : 1 + len(gaps)]
    assert model.item_count() >= len(gaps)

    # Clicking the first item opens the cooperative on the Koperasi page.
    index = model.index(1, 0)
    assert index.data(ISSUE_ROLE) == gaps[0]
    rect = panel.checklist_view.visualRect(index)
    qtbot.mouseClick(panel.checklist_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.current_page() is Page.COOPERATIVES
    form = win.cooperatives_view.form
    assert form is not None and form.cooperative_id == coop.id
    form.set_clean()


def test_a_monitoring_office_sees_counts_per_stage(qtbot, services, runner):
    services.settings.set_area("31.74.07", "Kecamatan Kebayoran Baru")
    services.demo.generate("31.74.07", 3, members=20)
    win = open_window(qtbot, services, runner)
    panel = win.home_view.cooperatives_panel
    assert panel.model.rowCount() == 3
    assert panel.stage_counts_label.isVisible()
    assert "3 koperasi" in panel.stage_counts_label.text()
    assert panel.checklist is not None  # the first one is selected and checked


def test_no_cooperative_yet_says_where_to_register_it(qtbot, services, runner):
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    win = open_window(qtbot, services, runner)
    panel = win.home_view.cooperatives_panel
    assert panel.model.rowCount() == 0
    assert panel.empty_label.isVisible()
    assert "Koperasi" in panel.empty_label.text()
    assert panel.checklist_model.rowCount() == 0
