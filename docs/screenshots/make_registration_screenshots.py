"""Regenerate koperasi_list.png and registrasi_*.png (one per form section) from the program.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/make_registration_screenshots.py

A district office (Kebayoran Baru) with three demo cooperatives for the list, and Melawai's
demo cooperative (40 members) opened in the registration form, one picture per section, in a
1366×768 window. A PNG and a one-page PDF are attached so Lampiran shows a preview.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtTest import QTest

from kopdes_desktop.app import make_application
from kopdes_desktop.bootstrap import build_services
from kopdes_desktop.config import resolve_config
from kopdes_desktop.ui.main_window import MainWindow, Page
from kopdes_desktop.ui.translator import install_translator

OUT = Path(__file__).resolve().parent
MELAWAI = "31.74.07.1001"
KEBAYORAN_BARU = "31.74.07"
SCREEN = (1366, 768)
SECTIONS = ("identitas", "pendiri", "pengurus", "unit", "modal", "legalitas", "rapat", "lampiran")


def settle(ms: int = 400) -> None:
    """Let workers answer and layouts settle."""
    for _ in range(ms // 20):
        QTest.qWait(20)


def scan_image(path: Path) -> None:
    """A calm stand-in for a scanned SK AHU page."""
    image = QImage(620, 860, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf6"))
    painter = QPainter(image)
    painter.setPen(QColor("#1f2d3d"))
    painter.setFont(QFont("DejaVu Sans", 15, QFont.Weight.Bold))
    painter.drawText(QRect(0, 60, 620, 40), Qt.AlignmentFlag.AlignCenter, "KEPUTUSAN MENTERI HUKUM")
    painter.setFont(QFont("DejaVu Sans", 11))
    painter.drawText(
        QRect(0, 100, 620, 30),
        Qt.AlignmentFlag.AlignCenter,
        "Nomor AHU-0012345.AH.01.29.TAHUN 2025",
    )
    painter.setPen(QColor("#9aa5b1"))
    for y in range(170, 760, 26):
        painter.drawLine(70, y, 550 - (y % 3) * 40, y)
    painter.end()
    image.save(str(path))


def minimal_pdf() -> bytes:
    """A one-page PDF with one line of text, written by hand."""
    text = b"BT /F1 18 Tf 60 740 Td (Akta Pendirian Koperasi Kelurahan Merah Putih) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def list_screenshot(app) -> None:
    """koperasi_list.png: a district office's cooperatives with their stages."""
    home = Path(tempfile.mkdtemp(prefix="kopdes-shots-"))
    services = build_services(resolve_config(home=home), username="operator")
    services.wilayah.ensure_loaded()
    services.settings.set_area(KEBAYORAN_BARU, "Kecamatan Kebayoran Baru")
    services.demo.generate(KEBAYORAN_BARU, 6, members=30)
    window = MainWindow(services)
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    window.show_page(Page.COOPERATIVES)
    settle(800)
    window.cooperatives_view.table.selectRow(1)
    settle(100)
    window.grab().save(str(OUT / "koperasi_list.png"))
    window.close()
    window.runner.wait()
    services.engine.dispose()


def form_screenshots(app) -> None:
    """registrasi_<section>.png: Melawai's demo cooperative in the form."""
    home = Path(tempfile.mkdtemp(prefix="kopdes-shots-"))
    services = build_services(resolve_config(home=home), username="operator")
    services.wilayah.ensure_loaded()
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    coop = services.cooperatives.get_by_village(MELAWAI)
    scan = home / "sk_ahu_halaman_1.png"
    scan_image(scan)
    pdf = home / "akta_pendirian.pdf"
    pdf.write_bytes(minimal_pdf())
    services.attachments.add("cooperative", coop.id, pdf, "akta")
    services.attachments.add("cooperative", coop.id, scan, "sk_ahu")
    window = MainWindow(services)
    window.setGeometry(0, 0, *SCREEN)
    window.show()
    form = window.cooperatives_view.open_cooperative(coop.id)
    settle(1000)
    for name, section in zip(SECTIONS, form.sections, strict=True):
        form.show_section(section)
        prepare(name, form)
        settle(500)
        window.grab().save(str(OUT / f"registrasi_{name}.png"))
    window.close()
    window.runner.wait()
    services.engine.dispose()


def prepare(name: str, form) -> None:
    """Put each section in the state worth showing."""
    if name == "pendiri":
        form.section("members").table.selectRow(0)
    elif name == "pengurus":
        form.section("board").current_table.selectRow(0)
    elif name == "unit":
        form.section("units").table.selectRow(0)
    elif name == "modal":
        form.section("capital").savings_table.selectRow(2)
    elif name == "rapat":
        form.section("meetings").table.selectRow(0)
    elif name == "lampiran":
        form.section("attachments").table.selectRow(1)
    elif name == "legalitas":
        form.focus_field("npwp")


def main() -> None:
    app = make_application()
    install_translator(app, "id")
    list_screenshot(app)
    form_screenshots(app)


if __name__ == "__main__":
    main()
