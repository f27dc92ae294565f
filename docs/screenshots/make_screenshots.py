"""Regenerate the screenshots in this folder from the real program.

Run under a virtual screen of a common office laptop size:

    xvfb-run -s "-screen 0 1366x768x24" uv run python docs/screenshots/make_screenshots.py

Each shot uses a fresh temporary data folder and the real ``run_gui`` start-up path.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kopdes_desktop.app import run_gui
from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.ui.dialogs.setup_area_dialog import SetupAreaDialog
from kopdes_desktop.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"


def _find(kind: type):
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def _when_shown(kind: type, action) -> None:
    """Poll until a top-level window of ``kind`` is visible, then run ``action`` on it."""

    def poll() -> None:
        widget = _find(kind)
        if widget is None:
            QTimer.singleShot(100, poll)
            return
        QTimer.singleShot(600, lambda: action(widget))  # let worker-filled labels arrive

    QTimer.singleShot(100, poll)


def shoot_home(home: Path) -> None:
    """Beranda of a kelurahan office at Melawai with demo data: its cooperative, the stage
    and the completeness checklist, in a window filling a 1366×768 screen."""
    config = resolve_config(home=home)
    services = build_services(config)
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    services.engine.dispose()

    def grab(window: MainWindow) -> None:
        window.setGeometry(0, 0, 1366, 768)
        if window.home_view.cooperatives_panel.checklist is None:  # still loading
            QTimer.singleShot(200, lambda: grab(window))
            return
        QTest.qWait(300)
        window.grab().save(str(OUT / "beranda.png"))
        window.close()
        QApplication.instance().quit()

    _when_shown(MainWindow, grab)
    run_gui(config, "operator")


def shoot_setup(home: Path) -> None:
    """The first-start dialog after typing "melawai" and choosing the result."""
    config = resolve_config(home=home)

    def grab(dialog: SetupAreaDialog) -> None:
        QTest.keyClicks(dialog.picker.search_edit, "melawai")
        dialog.picker.search_now()
        dialog.picker.select_code(MELAWAI)
        dialog.picker.results_view.selectRow(0)
        QTest.keyClicks(dialog.office_edit, "Kantor Kelurahan Melawai")
        QTimer.singleShot(
            300, lambda: (dialog.grab().save(str(OUT / "setup_area.png")), dialog.reject())
        )

    _when_shown(SetupAreaDialog, grab)
    run_gui(config, "operator")


def main() -> int:
    os.environ.setdefault("KOPDES_PASSWORD", "screenshots")  # run_gui signs in without a dialog
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        shoot_setup(Path(tmp) / "setup")
        shoot_home(Path(tmp) / "home")
    print("saved", OUT / "setup_area.png", OUT / "beranda.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
