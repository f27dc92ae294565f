"""Regenerate anggota.png and person_validation.png from the real program.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/make_members_screenshots.py

A kelurahan office at Melawai with demo data (one cooperative, 40 members) in a 1366×768
window. anggota.png: the Anggota page with a person selected (memberships and roles in the
list and in the detail panel). person_validation.png: a new person typed from a KTP whose NIK
says 15-08-1985 while 15-08-1986 was typed (amber warning, saving allowed) and a phone number
that is too short (red error); Ctrl+S was pressed, so the form says it was not saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kopdes_desktop.app import make_application
from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.translator import install_translator

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
SCREEN = (1366, 768)


def settle(ms: int = 400) -> None:
    """Let workers answer and layouts settle."""
    for _ in range(ms // 20):
        QTest.qWait(20)


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window dimmed with the dialog on top, framed as a window manager would."""
    shot = window.grab()
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(20, 30, 40, 70))
    x, y = (shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2 + 12
    painter.fillRect(x - 1, y - 31, inner.width() + 2, inner.height() + 32, QColor("#5b6b79"))
    painter.fillRect(x, y - 30, inner.width(), 30, QColor("#e9edf1"))
    painter.setPen(QColor("#1f2d3d"))
    painter.drawText(x + 12, y - 10, dialog.windowTitle())
    painter.drawPixmap(x, y, inner)
    painter.end()
    return shot


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="kopdes-shots-"))
    services = build_services(resolve_config(home=home), username="operator")
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    app = make_application()
    install_translator(app, "id")
    window = MainWindow(services)
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    window.show_page(Page.MEMBERS)
    settle()
    view = window.members_view
    row = next(
        r
        for r in range(view.model.rowCount())  # a founder on the board
        if any(m.is_founder and m.roles for m in view.model.row_at(r).memberships)
    )
    view.table.selectRow(row)
    settle(200)
    window.grab().save(str(OUT / "anggota.png"))

    dialog = view.new_person()
    settle(200)
    dialog.nik_edit.setFocus()
    QTest.keyClicks(dialog.nik_edit, "3174075508850001")
    QTest.keyClicks(dialog.name_edit, "Siti Aminah")
    dialog.birth_date_edit.clear()
    QTest.keyClicks(dialog.birth_date_edit, "15081986")
    QTest.keyClicks(dialog.birth_place_edit, "Jakarta")
    QTest.keyClicks(dialog.address_edit, "Jl. Melawai Raya No. 12")
    QTest.keyClicks(dialog.rt_edit, "003")
    QTest.keyClicks(dialog.rw_edit, "002")
    QTest.keyClicks(dialog.occupation_edit, "Pedagang")
    QTest.keyClicks(dialog.phone_edit, "0812 345")
    settle(300)
    dialog.save()  # refused: the phone number is an error; the birth date only a warning
    settle(200)
    with_dialog(window, dialog).save(str(OUT / "person_validation.png"))
    dialog.set_clean()
    dialog.discard_draft()
    window.close()
    services.engine.dispose()


if __name__ == "__main__":
    main()
