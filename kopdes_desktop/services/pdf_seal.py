"""The seal that makes a PDF changed after issue detectable: an incremental update we append.

Why an incremental update: the seal must cover every byte of the rendered PDF, so it cannot be
inside those bytes. PDF lets a file grow by appending objects plus a new cross-reference
section whose trailer points back (``/Prev``) at the old one; readers show the newest version
of each object. We append one object, a copy of the document information dictionary with one
more key, ``/KopdesSeal``, holding base64 of a JSON object::

    {"v": 1, "len": L, "sha256": "<hex of sha256(first L bytes)>",
     "key": "<office public key, hex>", "payload": {...QR payload...},
     "sig": "<base64 Ed25519 signature>"}

``sig`` signs ``SEAL_CONTEXT`` + canonical JSON of the object without ``sig``. The first ``L``
bytes are the PDF as rendered; what follows them is fully determined by those bytes and the
seal text, so the verifier rebuilds it and demands the file be exactly prefix + update: one
changed byte anywhere, or any update appended later (a classic way to alter a signed PDF),
makes the document "changed".

The update is written by hand (no PDF library at run time): our renderer (ReportLab) writes
classic cross-reference tables, which is all ``seal`` needs to read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.services.pdf_syntax import (
    PdfSyntaxError,
    parse_value,
    read_trailer,
    read_xref_offsets,
    skip_space,
)

SEAL_VERSION = 1
SEAL_KEY = b"/KopdesSeal"
SEAL_CONTEXT = b"KOPDES-SEAL-1\n"
"""Signed before the seal's JSON so a seal signature can never pass as another signature."""
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
_SEAL_VALUE = re.compile(rb"/KopdesSeal\s*\(([A-Za-z0-9+/=]*)\)")
_OBJ_HEADER = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_TAIL_WINDOW = 2048


class SealError(ValueError):
    """The PDF cannot be sealed (not a classic-xref PDF as our renderer writes)."""


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no blanks, UTF-8: the same object always gives the same bytes to sign."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class Seal:
    """A decoded seal; ``signed_bytes`` is what ``signature`` must sign."""

    prefix_length: int
    prefix_sha256: str
    public_key: bytes
    payload: dict[str, Any]
    signature: bytes
    text: bytes
    """The base64 text as it stands in the file (to rebuild the update byte for byte)."""

    @property
    def signed_bytes(self) -> bytes:
        """Context tag + canonical JSON of every field but the signature."""
        return SEAL_CONTEXT + canonical_json(
            _unsigned(self.prefix_length, self.prefix_sha256, self.public_key, self.payload)
        )


def _unsigned(
    length: int, digest: str, public_key: bytes, payload: dict[str, Any]
) -> dict[str, Any]:
    return {
        "v": SEAL_VERSION,
        "len": length,
        "sha256": digest,
        "key": public_key.hex(),
        "payload": payload,
    }


def seal_pdf(
    pdf: bytes, payload: dict[str, Any], public_key: bytes, sign: Callable[[bytes], bytes]
) -> bytes:
    """``pdf`` followed by an update whose information dictionary carries the signed seal."""
    digest = hashlib.sha256(pdf).hexdigest()
    body = _unsigned(len(pdf), digest, public_key, payload)
    signature = sign(SEAL_CONTEXT + canonical_json(body))
    text = base64.b64encode(canonical_json({**body, "sig": base64.b64encode(signature).decode()}))
    return pdf + build_update(pdf, text)


def build_update(prefix: bytes, seal_text: bytes) -> bytes:
    """The incremental update appending the seal to ``prefix`` (deterministic)."""
    try:
        xref_offset = _last_startxref(prefix)
        trailer = read_trailer(prefix, xref_offset)
        size = trailer.get("/Size")
        if not isinstance(size, int) or "/Root" not in trailer.raw:
            raise SealError("trailer without /Size or /Root")
        info_body = _info_body(prefix, xref_offset, trailer.raw.get("/Info"))
    except PdfSyntaxError as exc:
        raise SealError(str(exc)) from exc
    lead = b"" if prefix.endswith((b"\n", b"\r")) else b"\n"
    obj_offset = len(prefix) + len(lead)
    obj = b"%d 0 obj\n<<%s /KopdesSeal (%s)>>\nendobj\n" % (size, info_body, seal_text)
    new_xref = obj_offset + len(obj)
    fields = [b"/Size %d" % (size + 1), b"/Root " + trailer.raw["/Root"], b"/Info %d 0 R" % size]
    if "/ID" in trailer.raw:
        fields.append(b"/ID " + trailer.raw["/ID"])
    fields.append(b"/Prev %d" % xref_offset)
    return (
        lead
        + obj
        + b"xref\n%d 1\n%010d 00000 n \n" % (size, obj_offset)
        + b"trailer\n<< "
        + b" ".join(fields)
        + b" >>\n"
        + b"startxref\n%d\n%%%%EOF\n" % new_xref
    )


def find_seal(pdf: bytes) -> Seal | None:
    """The last seal in the file, or None when it has none (not a KopDes document).

    Raises ``SealError`` for a seal that is present but unreadable (a damaged or forged one).
    """
    matches = list(_SEAL_VALUE.finditer(pdf))
    if not matches:
        if SEAL_KEY in pdf:
            raise SealError("seal without a readable value")
        return None
    text = matches[-1].group(1)
    try:
        data = json.loads(base64.b64decode(text, validate=True))
        seal = Seal(
            prefix_length=int(data["len"]),
            prefix_sha256=str(data["sha256"]),
            public_key=bytes.fromhex(data["key"]),
            payload=dict(data["payload"]),
            signature=base64.b64decode(data["sig"], validate=True),
            text=text,
        )
        version = data["v"]
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise SealError("seal is not valid JSON of the expected shape") from exc
    if version != SEAL_VERSION:
        raise SealError(f"unknown seal version {version!r}")
    return seal


def matches_prefix(pdf: bytes, seal: Seal) -> bool:
    """True when the file is exactly the sealed prefix plus the update this seal produces."""
    length = seal.prefix_length
    if not 0 < length < len(pdf):
        return False
    prefix = pdf[:length]
    if hashlib.sha256(prefix).hexdigest() != seal.prefix_sha256:
        return False
    try:
        return pdf[length:] == build_update(prefix, seal.text)
    except SealError:
        return False


def _last_startxref(pdf: bytes) -> int:
    match = _STARTXREF.search(pdf[-_TAIL_WINDOW:])
    if match is None:
        raise SealError("no startxref at the end of the file")
    return int(match.group(1))


def _info_body(pdf: bytes, xref_offset: int, info_ref: bytes | None) -> bytes:
    """The inside of the current information dictionary (between ``<<`` and ``>>``)."""
    if info_ref is None:
        return b""
    parts = info_ref.split()
    if len(parts) != 3 or parts[2] != b"R" or not parts[0].isdigit():
        raise SealError("/Info is not an indirect reference")
    offset = read_xref_offsets(pdf, xref_offset).get(int(parts[0]))
    if offset is None:
        raise SealError("information dictionary missing from the cross-reference table")
    header = _OBJ_HEADER.match(pdf, offset)
    if header is None or int(header.group(1)) != int(parts[0]):
        raise SealError("cross-reference offset does not point at the information dictionary")
    start = skip_space(pdf, header.end())
    if pdf[start : start + 2] != b"<<":
        raise SealError("information object is not a dictionary")
    _, end = parse_value(pdf, start)
    return pdf[start + 2 : end - 2].strip()
