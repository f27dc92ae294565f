"""What makes a printed document checkable offline: content hash, signed QR payload, code.

The QR payload names the document (number, type, date, cooperative or area code) and carries
the sha256 of its *content*: canonical JSON of the data the document was rendered from,
computed before rendering, so the hash does not depend on the PDF and nothing is circular.
The office signs the payload with its Ed25519 key; the short code printed beside the QR is
the start of that signature in base32, which a person can read out on the phone.

QR text (every character in the QR code's alphanumeric set, which packs 5.5 bits a character
instead of 8, so the code is smaller, scans sooner and draws twice as fast)::

    KOPDES1:<number>*<TYPE>*<YYYYMMDD>*<place code>*<sha256 b32>*<key fingerprint>*<sig b32>

The signature signs ``DOC_CONTEXT`` + the text before its last ``*``. The number comes first
and the other fields contain no ``*``, so a number pattern using any character still parses.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

from kopdes_desktop.services.pdf_seal import canonical_json

QR_PREFIX = "KOPDES1:"
SEPARATOR = "*"
PAYLOAD_VERSION = 1
DOC_CONTEXT = b"KOPDES-DOC-1\n"
"""Signed before the payload so a document signature is never valid as another signature."""
CODE_LENGTH = 10


def _plain(value: Any) -> Any:
    """A JSON-able copy of document data (dataclasses, dates, enums, bytes by their hash)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"@": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.name != "verification":
                out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return repr(value)
    return value


def content_digest(data: Any) -> str:
    """sha256 of the document's content. ``verification`` fields are left out at every level:
    the document's own is what the digest goes into, and a berkas section's mark is a
    signature over that section's content, which is already in."""
    return hashlib.sha256(canonical_json(_plain(data))).hexdigest()


def short_code(signature: bytes) -> str:
    """``ABCDE-FGHIJ``: the signature's first 10 base32 characters (no 0/1/8 confusion)."""
    text = base64.b32encode(signature).decode("ascii")[:CODE_LENGTH]
    return f"{text[:5]}-{text[5:]}"


@dataclass(frozen=True)
class SignedMark:
    """A signed payload with its QR text and short code."""

    payload: dict[str, Any]
    signature: bytes
    qr_text: str
    code: str


def make_payload(
    number: str, doc_type: str, issued: date, place_code: str, content_sha256: str, key_fp: str
) -> dict[str, Any]:
    """The facts the QR carries (short keys keep the QR small enough to scan from paper)."""
    return {
        "v": PAYLOAD_VERSION,
        "n": number,
        "t": doc_type,
        "d": issued.isoformat(),
        "c": place_code,
        "h": content_sha256,
        "k": key_fp,
    }


def qr_body(payload: dict[str, Any]) -> str:
    """The signed part of the QR text."""
    fields = (
        str(payload["n"]),
        str(payload["t"]).upper().replace("_", "-"),
        str(payload["d"]).replace("-", ""),
        str(payload["c"]),
        _b32(bytes.fromhex(str(payload["h"]))),
        str(payload["k"]).upper(),
    )
    return QR_PREFIX + SEPARATOR.join(fields)


def sign_payload(payload: dict[str, Any], sign: Callable[[bytes], bytes]) -> SignedMark:
    """Sign a payload and encode it for the QR code."""
    body = qr_body(payload)
    signature = sign(DOC_CONTEXT + body.encode("utf-8"))
    qr = f"{body}{SEPARATOR}{_b32(signature)}"
    return SignedMark(payload=payload, signature=signature, qr_text=qr, code=short_code(signature))


def parse_qr(text: str) -> tuple[dict[str, Any], bytes] | None:
    """Payload and signature of a scanned QR text, or None when it is not ours."""
    if not text.startswith(QR_PREFIX):
        return None
    parts = text[len(QR_PREFIX) :].rsplit(SEPARATOR, 6)
    if len(parts) != 7:
        return None
    number, kind, day, place, digest, key_fp, sig = parts
    try:
        payload = make_payload(
            number,
            kind.lower().replace("-", "_"),
            date(int(day[:4]), int(day[4:6]), int(day[6:8])),
            place,
            _unb32(digest).hex(),
            key_fp.lower(),
        )
        return payload, _unb32(sig)
    except (ValueError, binascii.Error):
        return None


def signed_payload_bytes(payload: dict[str, Any]) -> bytes:
    """What a QR signature signs, for verifiers."""
    return DOC_CONTEXT + qr_body(payload).encode("utf-8")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


class VerificationStatus(StrEnum):
    """The answers ``kopdes docs verify`` and the GUI give."""

    GENUINE = "genuine"
    CHANGED = "changed"
    UNKNOWN_OFFICE = "unknown_office"
    NOT_KOPDES = "not_kopdes"


@dataclass(frozen=True)
class VerificationDetails:
    """What the seal says (empty when unreadable) and what this office knows about it."""

    number: str = ""
    doc_type: str = ""
    issued_date: str = ""
    place_code: str = ""
    code: str = ""
    fingerprint: str = ""
    office_name: str = ""
    area_code: str = ""
    own_office: bool = False
    voided: bool = False
    void_reason: str = ""
    reason: str = ""
    """Technical reason for "changed" (for logs and the curious, not for the one-line answer)."""


@dataclass(frozen=True)
class VerificationResult:
    """Status plus details."""

    status: VerificationStatus
    details: VerificationDetails = VerificationDetails()

    @property
    def ok(self) -> bool:
        """Genuine, unchanged, and not a voided number: the only state that passes."""
        return self.status is VerificationStatus.GENUINE and not self.details.voided
