"""Ekspor/Impor page: export, dry-run import of the same package, conflicts, monitoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import MELAWAI, cooperative, person
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kopdes_desktop.exchange.import_plan import GroupSummary, ImportPlan, PackageSummary
from kopdes_desktop.exchange.merge import FieldChange, Outcome, RecordChange, Resolution
from kopdes_desktop.ui.dialogs.export_dialog import ExportOptions
from kopdes_desktop.ui.models.import_plan_models import GroupColumn
from kopdes_desktop.ui.views.exchange_import_panel import ImportPanel
from kopdes_desktop.ui.views.exchange_view import ExchangeView

pytestmark = pytest.mark.gui


@pytest.fixture
def office(services):
    """A kelurahan office with its cooperative and three members."""
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    coop = services.cooperatives.save(cooperative())
    for n in range(3):
        services.members.register(coop.id, person(n))
    return coop


@pytest.fixture
def view(qtbot, services, runner):
    page = ExchangeView(services, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def wait_idle(qtbot, page: ExchangeView) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)


def test_export_then_import_of_the_same_package_is_unchanged(qtbot, view, office, tmp_path):
    target = tmp_path / "paket.zip"
    view.export(ExportOptions(out=target))
    wait_idle(qtbot, view)
    assert target.is_file() and view.last_export is not None
    assert "paket.zip" in view.export_result.text()

    view.open_package(target)
    wait_idle(qtbot, view)
    panel = view.import_panel
    plan = panel.plan
    assert plan is not None and not plan.applied
    assert plan.total(Outcome.NEW) == 0 and plan.total(Outcome.CONFLICT) == 0
    groups = panel.groups
    row = next(r for r in range(groups.rowCount()) if groups.row_at(r).cooperative_id == office.id)
    assert groups.index(row, GroupColumn.NAME).data() == office.name
    assert int(groups.index(row, GroupColumn.UNCHANGED).data()) >= 4  # coop + 3 members
    assert groups.index(row, GroupColumn.CHANGED).data() == "0"
    assert "tidak berubah" in panel.totals_label.text()
    assert panel.apply_button.isEnabled()
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert panel.plan.applied and panel.totals_label.text().startswith("Sudah diimpor")
    assert not panel.apply_button.isEnabled()


def test_dropping_a_package_on_the_page_opens_it(qtbot, view, office, tmp_path):
    target = tmp_path / "dropped.zip"
    view.export(ExportOptions(out=target))
    wait_idle(qtbot, view)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    view.dropEvent(
        QDropEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    wait_idle(qtbot, view)
    assert view.import_panel.plan is not None
    assert view.tabs.currentIndex() == 1


def synthetic_plan() -> ImportPlan:
    conflict = RecordChange(
        "person", "p-1", Outcome.CONFLICT, (FieldChange("phone", "0811", "0812"),)
    )
    changed = RecordChange(
        "membership", "m-1", Outcome.CHANGED, (FieldChange("is_founder", False, True),)
    )
    group = GroupSummary("c-1", MELAWAI, "Koperasi Kelurahan Merah Putih Melawai")
    group.counts.update({Outcome.CONFLICT: 1, Outcome.CHANGED: 1, Outcome.UNCHANGED: 5})
    group.changes.extend([conflict, changed])
    package = PackageSummary(
        path=Path("paket.zip"),
        sha256="0" * 64,
        created_at=datetime(2026, 1, 5, tzinfo=UTC),
        program_version="0.1.0",
        schema_revision="0002",
        office_area=MELAWAI,
        office_name="Kantor Kelurahan Melawai",
        fingerprint="abcd 1234",
        key_status="trusted",
        scope_kind="area",
        scope_cooperative=None,
        since=None,
        counts={"person": 1},
    )
    return ImportPlan(
        package=package,
        groups=(group,),
        totals={
            "person": {Outcome.CONFLICT: 1},
            "membership": {Outcome.CHANGED: 1, Outcome.UNCHANGED: 5},
        },
        conflicts=(conflict,),
    )


def test_conflicts_must_be_resolved_record_by_record_before_applying(qtbot):
    panel = ImportPanel()
    qtbot.addWidget(panel)
    panel.show_plan(synthetic_plan())
    assert not panel.apply_button.isEnabled()
    assert "1 konflik" in panel.apply_button.text()
    assert panel.changes.rowCount() == 2
    panel.changes_view.selectRow(0)
    conflict_row = panel.changes_view.currentIndex()
    assert panel.fields.rowCount() == 1
    assert [panel.fields.index(0, c).data() for c in range(3)] == ["Telepon", "0811", "0812"]
    qtbot.mouseClick(panel.ours_button, Qt.MouseButton.LeftButton)
    assert panel.apply_button.isEnabled()
    assert conflict_row.siblingAtColumn(4).data() == "Pertahankan milik kita"
    with qtbot.waitSignal(panel.apply_requested) as requested:
        qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert requested.args == [{"person:p-1": Resolution.OURS}]
    panel.resolve_all(Resolution.THEIRS)
    assert panel.resolutions == {"person:p-1": Resolution.THEIRS}


def test_monitoring_lists_duplicates_and_silent_villages(qtbot, services, runner):
    services.settings.set_area("31.74.07", "Kecamatan Kebayoran Baru")
    first = services.cooperatives.save(cooperative())
    second = services.cooperatives.save(
        cooperative("31.74.07.1002", "Koperasi Kelurahan Merah Putih Gunung")
    )
    shared = services.members.register(first.id, person(1)).person
    services.members.register(second.id, replace(person(1), id=shared.id))
    page = ExchangeView(services, runner)
    qtbot.addWidget(page)
    assert page.tabs.isTabVisible(2)
    page.tabs.setCurrentIndex(2)  # opening the tab reads the lists
    qtbot.waitUntil(lambda: page.monitoring.refresh_button.isEnabled(), timeout=20_000)
    assert page.monitoring.duplicates.rowCount() == 1
    assert "*" in page.monitoring.duplicates.index(0, 0).data()
    assert page.monitoring.silent.rowCount() == 10  # no kelurahan has sent a package yet


def test_a_kelurahan_office_sees_no_monitoring_tab(qtbot, view, office):
    view.refresh()
    assert not view.tabs.isTabVisible(2)


def test_export_dialog_collects_the_choices(qtbot, services, office, tmp_path):
    from kopdes_desktop.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.destination_combo.isEnabled()
    dialog.coop_radio.setChecked(True)
    dialog.since_check.setChecked(True)
    dialog.destination_combo.setCurrentText("Sudin")
    dialog.mask_check.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "x.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.options == ExportOptions(
        out=tmp_path / "x.zip", coop=MELAWAI, since_last="Sudin", mask_nik=True
    )


def test_a_package_with_masked_niks_is_refused_in_words(qtbot, view, office, tmp_path, monkeypatch):
    from kopdes_desktop.ui.views import exchange_view

    shown = []
    monkeypatch.setattr(
        exchange_view.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    target = tmp_path / "tersamar.zip"
    view.export(ExportOptions(out=target, mask_nik=True))
    wait_idle(qtbot, view)
    view.open_package(target)
    wait_idle(qtbot, view)
    assert shown and "NIK tersamar" in shown[0]
    assert view.import_panel.plan is None


def test_cancel_stops_a_long_export(qtbot, view, office, tmp_path, monkeypatch):
    import time

    from kopdes_desktop.domain.errors import DomainError

    def slow_export(out, *, cancelled, **_kwargs):
        while not cancelled():
            time.sleep(0.01)
        raise DomainError("exchange.cancelled")

    monkeypatch.setattr(view._services.exchange, "export", slow_export)
    view.export(ExportOptions(out=tmp_path / "lama.zip"))
    assert view.is_busy() and view.cancel_button.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert "Dibatalkan" in view.status_label.text()
    assert view.export_button.isEnabled()
