"""Just enough PDF syntax to read a classic cross-reference table and a trailer dictionary.

Used by the seal (``pdf_seal``) to append an incremental update without a PDF library at run
time. It keeps the *raw bytes* of every dictionary value, because the update copies values
(``/Root``, ``/ID``, the information dictionary) verbatim rather than re-serialising them.
Input may be hostile (``kopdes docs verify`` reads any file): every read is bounds-checked and
problems raise ``PdfSyntaxError``, never IndexError or recursion errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

WHITESPACE = b" \t\r\n\f\x00"
DELIMITERS = b"()<>[]{}/%"
MAX_DEPTH = 32
_XREF_SUBSECTION = re.compile(rb"(\d+)\s+(\d+)\s*?(?:\r\n|\r|\n| )")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REF = re.compile(rb"(\d+)\s+(\d+)\s+R")
_NUMBER = re.compile(rb"[+-]?(\d+\.?\d*|\.\d+)")
_MAX_PREV_CHAIN = 64


class PdfSyntaxError(ValueError):
    """The bytes are not the PDF structure expected at that place."""


@dataclass
class Trailer:
    """A trailer dictionary: parsed values and the raw bytes of each value."""

    values: dict[str, object] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)

    def get(self, key: str) -> object:
        """A parsed value (int, str name, bytes string, list, dict, or Ref text)."""
        return self.values.get(key)


def skip_space(buf: bytes, i: int) -> int:
    """Index of the next byte that is neither white space nor inside a comment."""
    n = len(buf)
    while i < n:
        ch = buf[i]
        if ch in WHITESPACE:
            i += 1
        elif ch == 0x25:  # "%": comment to end of line
            while i < n and buf[i] not in b"\r\n":
                i += 1
        else:
            break
    return i


def parse_value(buf: bytes, i: int, depth: int = 0) -> tuple[object, int]:
    """One PDF object starting at ``i`` (after white space); returns (value, end index)."""
    if depth > MAX_DEPTH:
        raise PdfSyntaxError("nesting too deep")
    i = skip_space(buf, i)
    if i >= len(buf):
        raise PdfSyntaxError("unexpected end of data")
    head = buf[i : i + 2]
    if head == b"<<":
        return _parse_dict(buf, i, depth)
    ch = buf[i : i + 1]
    if ch == b"<":
        end = buf.find(b">", i)
        if end < 0:
            raise PdfSyntaxError("unterminated hex string")
        return buf[i + 1 : end], end + 1
    if ch == b"(":
        return _parse_literal(buf, i)
    if ch == b"[":
        return _parse_array(buf, i, depth)
    if ch == b"/":
        end = _token_end(buf, i + 1)
        return buf[i:end].decode("latin-1"), end
    ref = _REF.match(buf, i)
    if ref is not None:
        return f"{int(ref.group(1))} {int(ref.group(2))} R", ref.end()
    number = _NUMBER.match(buf, i)
    if number is not None:
        text = number.group(0)
        return (float(text) if b"." in text else int(text)), number.end()
    end = _token_end(buf, i)
    word = buf[i:end]
    if word in (b"true", b"false", b"null"):
        return {b"true": True, b"false": False, b"null": None}[word], end
    raise PdfSyntaxError(f"unexpected token at {i}")


def read_trailer(pdf: bytes, xref_offset: int) -> Trailer:
    """The trailer dictionary of the classic cross-reference section at ``xref_offset``."""
    end = _skip_xref_table(pdf, xref_offset)
    start = skip_space(pdf, end)
    if not pdf.startswith(b"trailer", start):
        raise PdfSyntaxError("no trailer after the cross-reference table")
    start = skip_space(pdf, start + len(b"trailer"))
    if pdf[start : start + 2] != b"<<":
        raise PdfSyntaxError("trailer is not a dictionary")
    values, raw = _parse_dict_raw(pdf, start, 0)[0:2]
    return Trailer(values=values, raw=raw)


def read_xref_offsets(pdf: bytes, xref_offset: int) -> dict[int, int]:
    """Object number → file offset of in-use objects, newest section first (follows /Prev)."""
    offsets: dict[int, int] = {}
    seen: set[int] = set()
    current: object = xref_offset
    while isinstance(current, int) and current not in seen:
        if len(seen) >= _MAX_PREV_CHAIN:
            raise PdfSyntaxError("too many cross-reference sections")
        seen.add(current)
        for number, offset in _xref_entries(pdf, current).items():
            offsets.setdefault(number, offset)
        current = read_trailer(pdf, current).get("/Prev")
    return offsets


# -- internals -------------------------------------------------------------------------------


def _token_end(buf: bytes, i: int) -> int:
    n = len(buf)
    while i < n and buf[i] not in WHITESPACE and buf[i] not in DELIMITERS:
        i += 1
    return i


def _parse_literal(buf: bytes, i: int) -> tuple[bytes, int]:
    """A ``( … )`` string with balanced parentheses and backslash escapes (kept raw)."""
    depth, j, n = 0, i, len(buf)
    while j < n:
        ch = buf[j]
        if ch == 0x5C:  # backslash: skip the escaped byte
            j += 2
            continue
        if ch == 0x28:
            depth += 1
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return buf[i + 1 : j], j + 1
        j += 1
    raise PdfSyntaxError("unterminated string")


def _parse_array(buf: bytes, i: int, depth: int) -> tuple[list[object], int]:
    items: list[object] = []
    j = i + 1
    while True:
        j = skip_space(buf, j)
        if j >= len(buf):
            raise PdfSyntaxError("unterminated array")
        if buf[j : j + 1] == b"]":
            return items, j + 1
        value, j = parse_value(buf, j, depth + 1)
        items.append(value)


def _parse_dict(buf: bytes, i: int, depth: int) -> tuple[dict[str, object], int]:
    values, _raw, end = _parse_dict_raw(buf, i, depth)
    return values, end


def _parse_dict_raw(
    buf: bytes, i: int, depth: int
) -> tuple[dict[str, object], dict[str, bytes], int]:
    values: dict[str, object] = {}
    raw: dict[str, bytes] = {}
    j = i + 2
    while True:
        j = skip_space(buf, j)
        if j >= len(buf):
            raise PdfSyntaxError("unterminated dictionary")
        if buf[j : j + 2] == b">>":
            return values, raw, j + 2
        key, j = parse_value(buf, j, depth + 1)
        if not isinstance(key, str) or not key.startswith("/"):
            raise PdfSyntaxError("dictionary key is not a name")
        start = skip_space(buf, j)
        value, j = parse_value(buf, start, depth + 1)
        values[key], raw[key] = value, buf[start:j]


def _skip_xref_table(pdf: bytes, offset: int) -> int:
    """Index just after the last entry of the classic xref table at ``offset``."""
    return _walk_xref(pdf, offset, None)


def _xref_entries(pdf: bytes, offset: int) -> dict[int, int]:
    entries: dict[int, int] = {}
    _walk_xref(pdf, offset, entries)
    return entries


def _walk_xref(pdf: bytes, offset: int, entries: dict[int, int] | None) -> int:
    if not 0 <= offset < len(pdf) or not pdf.startswith(b"xref", offset):
        raise PdfSyntaxError("startxref does not point at a classic cross-reference table")
    j = skip_space(pdf, offset + 4)
    while True:
        sub = _XREF_SUBSECTION.match(pdf, j)
        if sub is None:
            return j
        first, count = int(sub.group(1)), int(sub.group(2))
        j = sub.end()
        for k in range(count):
            j = skip_space(pdf, j)
            entry = _XREF_ENTRY.match(pdf, j)
            if entry is None:
                raise PdfSyntaxError("bad cross-reference entry")
            if entries is not None and entry.group(3) == b"n":
                entries[first + k] = int(entry.group(1))
            j = entry.end()
        j = skip_space(pdf, j)
