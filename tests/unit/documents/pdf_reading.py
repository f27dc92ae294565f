"""Reading PDFs back as a user would: text, pages, fonts, structure."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All pages' text with whitespace collapsed (wrapped names become one line again)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def tool(name: str) -> str:
    """Path of a poppler/qpdf tool, or skip the test saying what is missing."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils qpdf)")
    return path


def run_tool(name: str, *args: str | Path) -> str:
    """Output of a command-line tool (skips when it is missing)."""
    result = subprocess.run(
        [tool(name), *map(str, args)], capture_output=True, text=True, check=False, timeout=60
    )
    return result.stdout + result.stderr


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader of the bytes."""
    return PdfReader(io.BytesIO(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page."""
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(pdf).pages]


def outline_titles(pdf: bytes) -> list[str]:
    """Top-level bookmark titles."""
    return [item.title for item in reader(pdf).outline if not isinstance(item, list)]


def text_positions(pdf: bytes, page: int = 0) -> list[tuple[str, float]]:
    """Each text run of a page with the x coordinate it starts at."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            runs.append((text.strip(), cm[4] + tm[4] * cm[0]))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return runs


def save(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    """Write the bytes to a file for the command-line tools."""
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


_FONT_ROW = re.compile(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")


def unembedded_fonts(path: Path) -> list[str]:
    """Rows of ``pdffonts`` whose font is not embedded (empty when all are)."""
    lines = run_tool("pdffonts", path).splitlines()[2:]
    rows = [line for line in lines if line.strip()]
    assert rows, "pdffonts listed no fonts"
    return [row for row in rows if (m := _FONT_ROW.search(row)) is None or m.group(1) != "yes"]


def qpdf_problems(path: Path) -> str:
    """Empty when ``qpdf --check`` is clean, else its report."""
    report = run_tool("qpdf", "--check", path)
    clean = "No syntax or stream encoding errors found" in report and "WARNING" not in report
    return "" if clean else report
