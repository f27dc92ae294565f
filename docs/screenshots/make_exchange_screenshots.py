"""Regenerate ekspor_impor.png and member_import.png from the real program.

    xvfb-run -a -s "-screen 0 1366x768x24" \
        uv run python docs/screenshots/make_exchange_screenshots.py

Two offices on temporary data folders: the kelurahan Melawai exports its records; the
Kecamatan Kebayoran Baru office imports them; then both edit the same member's phone and the
kelurahan corrects a board member's address, and its second package is previewed at the
kecamatan (one change, one conflict). The member import dialog is shown at Melawai with a
sheet that has typical mistakes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kopdes_desktop.app import run_gui
from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.exchange.members_template import build_members_template
from kopdes_desktop.ui.dialogs.member_import_dialog import MemberImportDialog
from kopdes_desktop.ui.main_window import MainWindow, Page

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
KEBAYORAN_BARU = "31.74.07"


def _open(home: Path, area: str, office: str) -> Services:
    services = build_services(resolve_config(home=home), username="operator")
    services.wilayah.ensure_loaded()
    services.settings.set_area(area, office)
    return services


def prepare_offices(tmp: Path) -> tuple[Path, Path]:
    """Melawai's data known at the kecamatan, then edited on both sides; returns the
    kecamatan's data folder and Melawai's second package."""
    kel = _open(tmp / "melawai", MELAWAI, "Kantor Kelurahan Melawai")
    kel.demo.generate(MELAWAI, 1, members=24, seed=7)
    first = kel.exchange.export(tmp / "melawai-1.zip", since_last="Kecamatan")
    kec = _open(tmp / "kecamatan", KEBAYORAN_BARU, "Kantor Kecamatan Kebayoran Baru")
    plan = kec.exchange.plan(first.path, accept_new_office=True)
    kec.exchange.apply(plan)
    coop = kel.cooperatives.get_by_village(MELAWAI)
    assert coop is not None
    members = kel.members.members(coop.id)
    both, ours = members[3].person, members[5].person
    kel.persons.save(replace(both, phone="081298765432"))
    kel.persons.save(replace(ours, address=ours.address + " (pindah RT)"))
    kec.persons.save(replace(kec.persons.get(both.id), phone="085711223344"))
    second = kel.exchange.export(tmp / "melawai-2.zip", since_last="Kecamatan")
    kel.engine.dispose()
    kec.engine.dispose()
    return tmp / "kecamatan", second.path


def _after(ms: int, action) -> None:
    QTimer.singleShot(ms, action)


def _window() -> MainWindow | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
        None,
    )


def shoot_exchange(home: Path, package: Path) -> None:
    """The kecamatan previews Melawai's second package."""

    def start() -> None:
        window = _window()
        if window is None:
            _after(100, start)
            return
        window.resize(1366, 768)
        window.show_page(Page.EXCHANGE)
        window.exchange_view.open_package(package)
        _after(300, lambda: wait(window))

    def wait(window: MainWindow) -> None:
        if window.exchange_view.is_busy():
            _after(200, lambda: wait(window))
            return
        panel = window.exchange_view.import_panel
        panel.changes_view.selectRow(0)
        _after(500, lambda: grab(window))

    def grab(window: MainWindow) -> None:
        window.grab().save(str(OUT / "ekspor_impor.png"))
        window.close()
        QApplication.instance().quit()

    _after(100, start)
    run_gui(resolve_config(home=home), "operator")


def mistakes_sheet(path: Path) -> Path:
    """A filled template with the mistakes people make: a NIK typed as a number, a short NIK,
    a repeated NIK, a missing name, an impossible date, a wrong sex."""
    wb = build_members_template()
    ws = wb["Anggota"]
    rows = [
        [
            "3174075708850003",
            "Siti Aminah",
            "P",
            "Jakarta",
            "17-08-1985",
            "Jl. Melawai IV No. 3",
            "001",
            "002",
            "",
            "Pedagang",
            "081234567890",
            "Ya",
        ],
        [3174071203900004, "Budi Santoso", "L", "Bogor", "12-03-1990"],
        ["317407450192", "Rina Marlina", "P", "Jakarta", "05-01-1992"],
        [
            "3174071506880007",
            "Agus Salim",
            "L",
            "Jakarta",
            "15-06-1988",
            "Jl. Melawai VI",
            "003",
            "002",
            "",
            "Karyawan",
            "+6281311112222",
        ],
        ["3174075211790008", "", "P"],
        ["3174071506880007", "Agus Salim", "L"],
        ["3174070303950009", "Dedi Kurniawan", "X", "Depok", "31-02-1995"],
        [
            "3174074410910010",
            "Wulan Sari",
            "P",
            "Jakarta",
            "04-10-1991",
            "Jl. Kyai Maja",
            "005",
            "001",
            "",
            "Guru",
            "087812345678",
            "Tidak",
        ],
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def shoot_member_import(home: Path, sheet: Path) -> None:
    """Melawai's member import with the mistakes sheet."""

    def start() -> None:
        window = _window()
        if window is None:
            _after(100, start)
            return
        window.resize(1366, 768)
        services: Services = window._services
        coop = services.cooperatives.get_by_village(MELAWAI)
        dialog = MemberImportDialog(services, window.runner, coop.id, window)
        dialog.resize(1280, 700)
        dialog.show()
        dialog.load_file(sheet)
        _after(300, lambda: wait(window, dialog))

    def wait(window: MainWindow, dialog: MemberImportDialog) -> None:
        if dialog.preview is None:
            _after(200, lambda: wait(window, dialog))
            return
        _after(400, lambda: grab(window, dialog))

    def grab(window: MainWindow, dialog: MemberImportDialog) -> None:
        dialog.grab().save(str(OUT / "member_import.png"))
        dialog.reject()
        window.close()
        QApplication.instance().quit()

    _after(100, start)
    run_gui(resolve_config(home=home), "operator")


def main() -> int:
    os.environ.setdefault("KOPDES_PASSWORD", "screenshots")  # run_gui signs in without a dialog
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        kecamatan, package = prepare_offices(tmp)
        shoot_exchange(kecamatan, package)
        sheet = mistakes_sheet(tmp / "anggota-baru.xlsx")
        shoot_member_import(tmp / "melawai", sheet)
    print("saved", OUT / "ekspor_impor.png", OUT / "member_import.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
