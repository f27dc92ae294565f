"""Regenerate pengaturan_cadangan.png: Pengaturan scrolled to the Backups section.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/make_backups_screenshot.py

A kelurahan office at Melawai with demo data and a few weeks of backups (daily, monthly, one
manual and one taken before a restore), in the real program at 1366×768.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from kopdes_desktop.app import run_gui
from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.ui.main_window import MainWindow, Page

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
SCREEN = (1366, 768)


def prepare(home: Path) -> None:
    """Melawai with demo data and backups made over the last weeks (clock moved back)."""
    services = build_services(resolve_config(home=home), username="admin")
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    now = datetime.now(UTC).replace(hour=7, minute=45)
    for days_ago in (40, 12, 5, 4, 3, 2, 1):
        services.ctx.clock = lambda d=days_ago: now - timedelta(days=d)
        services.backups.auto_daily()
    services.ctx.clock = lambda: now - timedelta(days=2, hours=-6)
    services.backups.create()
    services.ctx.clock = lambda: now - timedelta(days=1, hours=-3)
    services.backups.create(kind="pre_restore")
    services.engine.dispose()


def shoot(window: MainWindow) -> None:
    window.setGeometry(0, 0, *SCREEN)
    window.show_page(Page.SETTINGS)
    view = window.settings_view

    def grab() -> None:
        scroll = view.findChild(QScrollArea)
        scroll.ensureWidgetVisible(view.backups_panel)
        QTimer.singleShot(300, save)

    def save() -> None:
        window.grab().save(str(OUT / "pengaturan_cadangan.png"))
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(600, grab)


def main() -> int:
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "melawai"
        prepare(home)

        def poll() -> None:
            window = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()
                ),
                None,
            )
            if window is None:
                QTimer.singleShot(100, poll)
            else:
                shoot(window)

        QTimer.singleShot(100, poll)
        run_gui(resolve_config(home=home), "admin", "rahasia-admin")
    print("saved", OUT / "pengaturan_cadangan.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
