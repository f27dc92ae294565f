"""Regenerate the screenshots of accounts and the audit trail (issue 6).

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/make_trust_screenshots.py

Melawai with demo data, an admin and two more accounts, and a few edits, so that the trail
has something to show. Writes ``masuk.png`` (sign-in refused after a wrong password),
``akun_pertama.png`` (first start: privacy notice and the first admin), ``jejak_audit.png``
(the trail after its integrity check), ``riwayat_perubahan.png`` (one cooperative's history)
and ``pengguna.png`` (the accounts section of Pengaturan).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.domain.enums import UserRole
from kopdes_desktop.ui.dialogs.audit_trail_dialog import AuditTrailDialog
from kopdes_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from kopdes_desktop.ui.dialogs.login_dialog import LoginDialog
from kopdes_desktop.ui.dialogs.record_history_dialog import RecordHistoryDialog
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.translator import LanguageSwitcher, install_translator
from kopdes_desktop.ui.workers import TaskRunner

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
SCREEN = (1366, 768)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    wait(400)
    widget.grab().save(str(OUT / name))
    print("saved", OUT / name)


def prepare(home: Path) -> Services:
    """Melawai with demo data, three accounts and a few edits by the admin."""
    services = build_services(resolve_config(home=home), username="admin")
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.users.create("admin", "rahasia-admin", UserRole.ADMIN, "Sri Wahyuni")
    services.users.create("operator1", "rahasia-operator", UserRole.OPERATOR, "Agus Salim")
    services.users.create("pemantau", "rahasia-pemantau", UserRole.VIEWER, "Dewi Kartika")
    services.ctx.act_as("admin", UserRole.ADMIN)
    services.demo.generate(MELAWAI, 1, members=20)
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop is not None
    services.ctx.act_as("operator1", UserRole.OPERATOR)
    services.cooperatives.save(
        replace(coop, phone="021-7250123", address="Jl. Melawai Raya No. 12, Kebayoran Baru")
    )
    return services


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    translator = install_translator(app, "id")
    LanguageSwitcher(app, translator, "id")
    with tempfile.TemporaryDirectory() as tmp:
        services = prepare(Path(tmp) / "melawai")
        runner = TaskRunner(app)

        login = LoginDialog(services.users, "operator1")
        login.password_edit.setText("salah-ketik")
        login.accept()  # a wrong password: the dialog stays and says why
        save(login, "masuk.png")
        login.close()

        fresh = build_services(resolve_config(home=Path(tmp) / "baru"), username="system")
        first = FirstAdminDialog(fresh.users)
        first.resize(640, 640)
        save(first, "akun_pertama.png")
        first.close()
        fresh.engine.dispose()

        trail = AuditTrailDialog(services.audit, runner)
        trail.resize(1200, 620)
        trail.show()
        wait(800)
        trail.check_button.click()
        wait(1500)
        save(trail, "jejak_audit.png")
        trail.close()

        coop = services.cooperatives.get_by_village(MELAWAI)
        assert coop is not None
        coop_id = coop.id
        history = RecordHistoryDialog(
            lambda: services.audit.cooperative_history(coop_id), coop.name
        )
        history.resize(1200, 560)
        save(history, "riwayat_perubahan.png")
        history.close()

        services.ctx.act_as("admin", UserRole.ADMIN)
        window = MainWindow(services, runner, languages=LanguageSwitcher(app, translator, "id"))
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        window.show_page(Page.SETTINGS)
        wait(800)
        view = window.settings_view
        scroll = view.findChild(QScrollArea)
        assert view.users_panel is not None
        scroll.ensureWidgetVisible(view.users_panel)
        save(window, "pengguna.png")
        window.close()
        services.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
