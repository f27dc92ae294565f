"""Regenerate pelatihan.png and pengaturan.png from the real program (beranda.png comes
from make_screenshots.py).

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/make_training_settings_screenshots.py

A kelurahan office at Melawai with demo data (one cooperative, 40 members); the window fills
the 1366×768 screen as on an office laptop. Pelatihan shows a two-day training with the ketua,
the ketua pengawas and an outside mentor (attendance, scores, certificates) in its form over the
training list; Pengaturan shows a filled-in letterhead with a logo.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from kopdes_desktop.app import run_gui
from kopdes_desktop.bootstrap import Services, build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.domain.entities import Person, TrainingEvent, TrainingParticipant
from kopdes_desktop.domain.enums import BoardRole, CertificateType, ParticipantRole, TrainingMode
from kopdes_desktop.resources import resource_path
from kopdes_desktop.ui.forms.training_event_form import TrainingEventForm
from kopdes_desktop.ui.main_window import MainWindow, Page

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
SCREEN = (1366, 768)
DAY1, DAY2 = date(2026, 11, 17), date(2026, 11, 18)


def prepare(home: Path) -> None:
    """Melawai with demo data, a finished training and a filled-in letterhead."""
    services = build_services(resolve_config(home=home), username="operator")
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    add_training(services)
    settings = services.settings.get()
    logo = services.attachments.add_bytes("office", "1", "logo.png", app_logo_png(), "logo")
    services.settings.save(
        replace(
            settings,
            letterhead_lines=(
                "PEMERINTAH PROVINSI DAERAH KHUSUS JAKARTA",
                "KOTA ADMINISTRASI JAKARTA SELATAN",
                "KECAMATAN KEBAYORAN BARU",
                "KELURAHAN MELAWAI",
            ),
            address="Jl. Melawai Raya No. 10, Kebayoran Baru, Jakarta Selatan 12160",
            phone="021-7200000",
            email="kel.melawai@jakarta.go.id",
            logo_sha256=logo.sha256,
            lurah_name="Budi Santoso, S.Sos., M.Si.",
            lurah_nip="197001011990031001",
        )
    )
    services.engine.dispose()


def add_training(services: Services) -> None:
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop is not None
    board = {p.role: p.person_id for p in services.board.current(coop.id)}
    mentor = services.persons.save(Person(name="Dewi Lestari, S.E.", nik="3174074505880003"))
    event = TrainingEvent(
        title="Pelatihan Pengurus dan Pengawas KKMP Jakarta Selatan",
        organiser="Sudin PPKUKM Jakarta Selatan",
        funding_source="APBD",
        start_date=DAY1,
        end_date=DAY2,
        venue="Gedung Pusdiklat PPKUKM",
        mode=TrainingMode.LURING,
        hours=16,
        topics=(
            "dasar_koperasi",
            "regulasi_kkmp",
            "kelembagaan_pengawasan_internal",
            "permodalan",
            "tata kelola",
        ),
    )
    lines = [
        TrainingParticipant(
            event_id=event.id,
            person_id=board[role],
            cooperative_id=coop.id,
            role=kind,
            attendance=(DAY1, DAY2),
            pre_score=pre,
            post_score=post,
            certificate_type=CertificateType.KEIKUTSERTAAN,
            certificate_number=number,
            certificate_issued=DAY2,
        )
        for role, kind, pre, post, number in (
            (BoardRole.KETUA, ParticipantRole.PENGURUS, 62.0, 85.5, "045/SERT/XI/2026"),
            (BoardRole.KETUA_PENGAWAS, ParticipantRole.PENGAWAS, 70.0, 90.0, "046/SERT/XI/2026"),
        )
    ]
    lines.append(
        TrainingParticipant(
            event_id=event.id,
            person_id=mentor.id,
            role=ParticipantRole.PENDAMPING,
            attendance=(DAY1,),
        )
    )
    services.training.save_event_with_participants(event, lines)


def app_logo_png() -> bytes:
    """The program's icon as a PNG, standing in for a city emblem."""
    renderer = QSvgRenderer(str(resource_path("icons", "app.svg")))
    image = QImage(160, 160, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def dialog_over_window(window: QWidget, dialog: QWidget, name: str) -> None:
    """The dialog centred over the dimmed main window, with a plain title bar: the virtual
    screen has no window manager to draw one."""
    canvas = window.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
    content = dialog.grab()
    title_height = 30
    width, height = content.width(), content.height() + title_height
    left = (canvas.width() - width) // 2
    top = max(0, (canvas.height() - height) // 2)
    painter.fillRect(left - 1, top - 1, width + 2, height + 2, QColor("#8a96a3"))
    painter.fillRect(left, top, width, title_height, QColor("#e9ecef"))
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#24313d"))
    painter.drawText(
        QRect(left, top, width, title_height),
        Qt.AlignmentFlag.AlignCenter,
        f"{dialog.windowTitle()} — KopDes Desktop",
    )
    painter.drawPixmap(left, top + title_height, content)
    painter.end()
    canvas.save(str(OUT / name))


def later(ms: int, action) -> None:
    QTimer.singleShot(ms, action)


def shoot(window: MainWindow) -> None:
    window.setGeometry(0, 0, *SCREEN)

    def pelatihan() -> None:
        window.show_page(Page.TRAINING)
        view = window.training_view

        def open_form() -> None:
            if view.model.rowCount() == 0:
                later(200, open_form)
                return
            row = view.model.row_of(view.model.event_at(0).id)
            view.table.selectRow(row)
            form = view.open_event(view.current_event_id())
            later(700, lambda: close_form(form))

        def close_form(form: TrainingEventForm) -> None:
            dialog_over_window(window, form, "pelatihan.png")
            form.set_clean()
            form.reject()
            pengaturan()

        later(500, open_form)

    def pengaturan() -> None:
        window.show_page(Page.SETTINGS)
        later(500, lambda: (window.grab().save(str(OUT / "pengaturan.png")), finish()))

    def finish() -> None:
        window.close()
        QApplication.instance().quit()

    later(800, pelatihan)


def main() -> int:
    os.environ.setdefault("KOPDES_PASSWORD", "screenshots")  # run_gui signs in without a dialog
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
                later(100, poll)
            else:
                shoot(window)

        later(100, poll)
        run_gui(resolve_config(home=home), "operator")
    print("saved", OUT / "pelatihan.png", OUT / "pengaturan.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
