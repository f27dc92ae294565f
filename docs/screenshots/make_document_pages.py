"""Regenerate the page images of the Berkas Pendirian (berkas_*.png) in this folder.

    uv run python docs/screenshots/make_document_pages.py

Renders the berkas of the Melawai sample used by the document tests (the same data the
tests read back), finds each section's first page from the PDF bookmarks and rasterises it
with ``pdftoppm`` (poppler-utils) at 60 dpi to keep the images small.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kopdes_desktop.documents.registry import render_document  # noqa: E402
from tests.unit.documents.samples import VERIFY, build  # noqa: E402

OUT = Path(__file__).resolve().parent
PAGES = {
    "Sampul": "berkas_cover",
    "Daftar Isi": "berkas_daftar_isi",
    "Berita Acara Musyawarah Kelurahan Khusus": "berkas_berita_acara",
    "Daftar Pendiri": "berkas_daftar_pendiri",
    "Susunan Pengurus dan Pengawas": "berkas_susunan_pengurus",
    "Profil Koperasi": "berkas_profil",
}
DPI = "60"


def main() -> None:
    """Write one PNG per section listed in PAGES."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: apt-get install poppler-utils")
    pdf = render_document("berkas", build("berkas", verification=VERIFY))
    reader = PdfReader(io.BytesIO(pdf))
    first_pages = {item.title: reader.get_destination_page_number(item) + 1
                   for item in reader.outline if not isinstance(item, list)}  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "berkas.pdf"
        source.write_bytes(pdf)
        for title, name in PAGES.items():
            page = str(first_pages[title])
            target = OUT / name
            subprocess.run(
                ["pdftoppm", "-r", DPI, "-png", "-singlefile", "-f", page, "-l", page,
                 str(source), str(target)],
                check=True,
            )  # fmt: skip
            print(f"{target}.png  (page {page})")


if __name__ == "__main__":
    main()
