"""Changing a PDF the way a forger would, for the verification tests (importable: tests/ is on
the path): flip one byte inside a page's content stream, keeping the file's length."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.generic import ArrayObject, IndirectObject


def content_stream_span(pdf: bytes, page: int = 0) -> tuple[int, int]:
    """Byte offsets (start, end) of the data of the page's first content stream."""
    reader = PdfReader(io.BytesIO(pdf))
    contents = reader.pages[page].get_object().raw_get("/Contents")
    if isinstance(contents, ArrayObject):
        contents = contents[0]
    assert isinstance(contents, IndirectObject)
    header = re.search(rb"(?<!\d)%d 0 obj\b" % contents.idnum, pdf)
    assert header is not None
    keyword = pdf.index(b"stream", header.end())
    start = keyword + len(b"stream")
    start += 2 if pdf[start : start + 2] == b"\r\n" else 1
    end = pdf.index(b"endstream", start)
    return start, end


def flip_content_byte(pdf: bytes, page: int = 0) -> bytes:
    """The PDF with one byte in the middle of a content stream changed (same length)."""
    start, end = content_stream_span(pdf, page)
    middle = (start + end) // 2
    changed = bytes([pdf[middle] ^ 0x01])
    tampered = pdf[:middle] + changed + pdf[middle + 1 :]
    assert len(tampered) == len(pdf) and tampered != pdf
    return tampered
