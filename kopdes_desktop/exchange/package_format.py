"""The ``kopdes-package`` format, version 1: names, limits and canonical JSON.

A package is a ZIP file an office hands to another office (usually a kelurahan to its Sudin or
Dinas) on a flash disk or by e-mail; it must read the same way on every machine, years later,
and never be trusted blindly. Everything the writer and the reader must agree on lives here;
docs/exchange-format.md explains the format to people.

Canonical JSON (sorted keys, no insignificant whitespace, UTF-8, no NaN) makes the same data
give the same bytes, so a signature and a sha256 mean something and two exports can be
compared byte for byte.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.tables import TABLE_NAMES

FORMAT_NAME = "kopdes-package"
FORMAT_VERSION = 1

MANIFEST_NAME = "manifest.json"
DATA_PREFIX = "data/"
CSV_PREFIX = "csv/"
ATTACHMENTS_PREFIX = "attachments/"
DOCUMENTS_PREFIX = "documents/"
REKAP_NAME = "rekap.xlsx"

ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
"""Every entry carries this time stamp (the earliest ZIP allows): bytes must not depend on
when the package was written; the creation time is in the manifest."""

ZIP_FILE_MODE = 0o100644
"""Regular file, rw-r--r--: the only kind of entry a package has."""

COMPRESS_LEVEL = 1
"""Deflate level, fixed so the same data compresses to the same bytes. The fastest level: a
national package holds 4.5 GB of text, which level 6 compresses at a third of the speed for
a package only a quarter smaller."""

CSV_MAX_ROWS = 1_000_000
"""Rows per CSV file: Excel and LibreOffice stop at 1,048,576 rows, so bigger tables are split
into ``csv/person.csv``, ``csv/person-2.csv``, …"""

# Limits of what a reader accepts (see zip_safety.py). Generous for a national package
# (about 6 GB uncompressed), far below what would fill a laptop's disk or memory.
MAX_ENTRIES = 250_000
MAX_TOTAL_UNCOMPRESSED = 32 * 1024**3
MAX_ENTRY_UNCOMPRESSED = 8 * 1024**3
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RATIO = 100
"""Largest uncompressed/compressed ratio of an entry above ``RATIO_MIN_SIZE``; real tables
compress about 10:1, zip bombs 1000:1 and more."""
RATIO_MIN_SIZE = 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024
"""Longest row line of a data file (a record is a few hundred bytes; notes can be long)."""
MAX_NAME_LENGTH = 200

_SHA256 = re.compile(r"[0-9a-f]{64}")
_DOCUMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.pdf")
_CSV_NAME = re.compile(r"(?P<table>[a-z_]+)(?:-(?P<part>[2-9]|[1-9][0-9]+))?\.csv")


class PackageError(DomainError):
    """A package was refused: ``code`` says why (``package.*``), params give the detail."""


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 characters as they are, NaN refused."""
    return _ENCODER.encode(value)


def canonical_bytes(value: Any) -> bytes:
    """``canonical_json`` encoded as UTF-8: what is hashed and signed."""
    return canonical_json(value).encode("utf-8")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_json(text: str | bytes) -> Any:
    """Strict JSON: NaN and Infinity (which Python accepts by default) are refused."""
    return json.loads(text, parse_constant=_reject_constant)


def format_datetime(moment: datetime) -> str:
    """``2026-11-27T08:15:00.000000Z``: UTC, always microseconds, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc:%H:%M:%S.%f}Z"


UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
VILLAGE_PATTERN = r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}"
AREA_PATTERN = r"ID|[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?"
DATETIME_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z"
DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DATETIME_RE = re.compile(DATETIME_PATTERN)


def parse_datetime(text: str) -> datetime:
    """Read ``format_datetime``'s form back; ValueError for anything else."""
    if not isinstance(text, str) or not _DATETIME_RE.fullmatch(text):
        raise ValueError(f"not a package time: {text!r}")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)


def parse_date(text: str) -> date:
    """Read an ISO date ``YYYY-MM-DD``; ValueError for anything else."""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"not a date: {text!r}")
    return date.fromisoformat(text)


def data_name(table: str) -> str:
    """Entry of a table's rows: ``data/person.json``."""
    return f"{DATA_PREFIX}{table}.json"


def csv_name(table: str, part: int = 1) -> str:
    """Entry of a table's CSV file (``part`` > 1 for the continuation files)."""
    return f"{CSV_PREFIX}{table}.csv" if part == 1 else f"{CSV_PREFIX}{table}-{part}.csv"


def attachment_name(sha256: str) -> str:
    """Entry of an attachment's bytes: ``attachments/<sha256>``."""
    return f"{ATTACHMENTS_PREFIX}{sha256}"


def is_layout_name(name: str) -> bool:
    """True when ``name`` is a place a version-1 package may hold a file."""
    if name in (MANIFEST_NAME, REKAP_NAME):
        return True
    if name.startswith(DATA_PREFIX):
        return name[len(DATA_PREFIX) : -len(".json")] in TABLE_NAMES and name.endswith(".json")
    if name.startswith(CSV_PREFIX):
        match = _CSV_NAME.fullmatch(name[len(CSV_PREFIX) :])
        return bool(match and match["table"] in TABLE_NAMES)
    if name.startswith(ATTACHMENTS_PREFIX):
        return bool(_SHA256.fullmatch(name[len(ATTACHMENTS_PREFIX) :]))
    if name.startswith(DOCUMENTS_PREFIX):
        return bool(_DOCUMENT_NAME.fullmatch(name[len(DOCUMENTS_PREFIX) :]))
    return False


def entry_order(name: str) -> tuple[int, str, int]:
    """Sort key of the entries: data, csv, rekap, attachments, documents, manifest last.

    Within a group names are sorted (CSV parts by table, then part number). The manifest
    comes last because it holds the checksum of every other entry, known only once they
    are written.
    """
    groups = (DATA_PREFIX, CSV_PREFIX, REKAP_NAME, ATTACHMENTS_PREFIX, DOCUMENTS_PREFIX)
    for rank, prefix in enumerate(groups):
        if name.startswith(prefix):
            if prefix == CSV_PREFIX:
                match = _CSV_NAME.fullmatch(name[len(CSV_PREFIX) :])
                if match:
                    return rank, match["table"], int(match["part"] or 1)
            return rank, name, 0
    return len(groups), name, 0
