"""``manifest.json``: what a package holds, who made it, and the signature over all of it.

The manifest lists the sha256 and size of every other file, so signing the manifest signs the
whole package: the signature covers the canonical JSON of the manifest without its
``signature`` field. Reading is strict (every field present, of the right shape, nothing
unknown): a version-1 reader must not guess at fields it does not understand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from kopdes_desktop.exchange.package_format import (
    AREA_PATTERN,
    FORMAT_NAME,
    FORMAT_VERSION,
    VILLAGE_PATTERN,
    PackageError,
    canonical_bytes,
    format_datetime,
    is_layout_name,
    parse_datetime,
)
from kopdes_desktop.exchange.tables import TABLE_NAMES

SCOPE_KINDS = ("area", "cooperative")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_AREA = re.compile(AREA_PATTERN)
_VILLAGE = re.compile(VILLAGE_PATTERN)
_REVISION = re.compile(r"[0-9A-Za-z_]{1,64}")
_VERSION = re.compile(r"[0-9A-Za-z.+_-]{1,32}")
_NOTE = re.compile(r"[a-z0-9_.]{1,60}")


@dataclass(frozen=True)
class FileEntry:
    """Checksum and size of one file of the package."""

    sha256: str
    size: int


@dataclass(frozen=True)
class OfficeInfo:
    """The exporting office: its working area, name and Ed25519 public key (hex)."""

    area_code: str
    name: str
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class Scope:
    """What was exported: the whole working area or one cooperative, maybe only changes."""

    kind: str = "area"
    cooperative: str | None = None
    """Village code of the cooperative when ``kind`` is "cooperative"."""
    since: datetime | None = None
    """Only records changed after this moment (``--since-last``); None for everything."""
    destination: str | None = None


@dataclass(frozen=True)
class Manifest:
    """The parsed ``manifest.json``."""

    program_version: str
    schema_revision: str
    created_at: datetime
    office: OfficeInfo
    scope: Scope
    counts: Mapping[str, int]
    files: Mapping[str, FileEntry]
    nik_masked: bool = False
    audit_head: str | None = None
    notes: tuple[str, ...] = ()
    signature: str = ""
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION

    def to_json(self, *, signed: bool = True) -> dict[str, Any]:
        """The JSON object (with or without the signature field)."""
        obj: dict[str, Any] = {
            "format": self.format,
            "format_version": self.format_version,
            "program_version": self.program_version,
            "schema_revision": self.schema_revision,
            "created_at": format_datetime(self.created_at),
            "office": {
                "area_code": self.office.area_code,
                "name": self.office.name,
                "public_key": self.office.public_key,
                "fingerprint": self.office.fingerprint,
            },
            "scope": {
                "kind": self.scope.kind,
                "cooperative": self.scope.cooperative,
                "since": None if self.scope.since is None else format_datetime(self.scope.since),
                "destination": self.scope.destination,
            },
            "counts": dict(sorted(self.counts.items())),
            "files": {
                name: {"sha256": e.sha256, "size": e.size} for name, e in sorted(self.files.items())
            },
            "nik_masked": self.nik_masked,
            "audit_head": self.audit_head,
            "notes": list(self.notes),
        }
        if signed:
            obj["signature"] = self.signature
        return obj

    def signing_payload(self) -> bytes:
        """The bytes the office signs: canonical JSON of the manifest without ``signature``."""
        return canonical_bytes(self.to_json(signed=False))

    def signed_with(self, sign: Callable[[bytes], bytes]) -> Manifest:
        """A copy carrying the signature made by ``sign`` (the office's key)."""
        return replace(self, signature=sign(self.signing_payload()).hex())

    def to_bytes(self) -> bytes:
        """What is stored as ``manifest.json``."""
        return canonical_bytes(self.to_json())


def _bad(path: str, reason: str) -> PackageError:
    return PackageError("package.manifest_invalid", path, item=path, reason=reason)


def _get(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], path: str) -> Any:
    value = obj.get(key)
    if isinstance(value, bool) and kind is not bool:
        raise _bad(f"{path}{key}", "type")
    if not isinstance(value, kind):
        raise _bad(f"{path}{key}", "type")
    return value


def _match(value: Any, pattern: re.Pattern[str], path: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _bad(path, "pattern")
    return value


def _keys(obj: Any, expected: set[str], path: str) -> Mapping[str, Any]:
    if not isinstance(obj, dict):
        raise _bad(path or "manifest", "type")
    if set(obj) != expected:
        extra, missing = sorted(set(obj) - expected), sorted(expected - set(obj))
        raise _bad(path or "manifest", f"keys: extra={extra} missing={missing}")
    return obj


def _time(value: Any, path: str) -> datetime:
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise _bad(path, "time") from exc


_TOP_KEYS = {
    "format",
    "format_version",
    "program_version",
    "schema_revision",
    "created_at",
    "office",
    "scope",
    "counts",
    "files",
    "nik_masked",
    "audit_head",
    "notes",
    "signature",
}


def check_format(obj: Any) -> None:
    """Refuse other formats and versions first, with their own codes (clearer than "invalid")."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
        raise PackageError("package.format_unknown", "format")
    version = obj.get("format_version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise PackageError(
            "package.version_unsupported", "format_version", version=str(version)[:20]
        )


def manifest_from_json(obj: Any) -> Manifest:
    """Parse and check a manifest object; PackageError naming the first bad field."""
    check_format(obj)
    top = _keys(obj, _TOP_KEYS, "")
    office = _keys(top["office"], {"area_code", "name", "public_key", "fingerprint"}, "office")
    scope = _keys(top["scope"], {"kind", "cooperative", "since", "destination"}, "scope")
    if scope["kind"] not in SCOPE_KINDS:
        raise _bad("scope.kind", "value")
    coop = scope["cooperative"]
    if coop is not None:
        _match(coop, _VILLAGE, "scope.cooperative")
    dest = scope["destination"]
    if dest is not None and (not isinstance(dest, str) or len(dest) > 300):
        raise _bad("scope.destination", "type")
    head = top["audit_head"]
    if head is not None:
        _match(head, _HEX64, "audit_head")
    notes = _get(top, "notes", list, "")
    return Manifest(
        program_version=_match(top["program_version"], _VERSION, "program_version"),
        schema_revision=_match(top["schema_revision"], _REVISION, "schema_revision"),
        created_at=_time(top["created_at"], "created_at"),
        office=OfficeInfo(
            area_code=_match(office["area_code"], _AREA, "office.area_code"),
            name=_short_text(office["name"], "office.name"),
            public_key=_match(office["public_key"], _HEX64, "office.public_key"),
            fingerprint=_match(office["fingerprint"], _FINGERPRINT, "office.fingerprint"),
        ),
        scope=Scope(
            kind=scope["kind"],
            cooperative=coop,
            since=None if scope["since"] is None else _time(scope["since"], "scope.since"),
            destination=dest,
        ),
        counts=_counts(top["counts"]),
        files=_files(top["files"]),
        nik_masked=_get(top, "nik_masked", bool, ""),
        audit_head=head,
        notes=tuple(_match(n, _NOTE, "notes") for n in notes),
        signature=_match(top["signature"], _HEX128, "signature"),
    )


def _short_text(value: Any, path: str) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise _bad(path, "type")
    return value


def _counts(obj: Any) -> dict[str, int]:
    counts = _keys(obj, set(TABLE_NAMES), "counts")
    for table, value in counts.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _bad(f"counts.{table}", "type")
    return dict(counts)


def _files(obj: Any) -> dict[str, FileEntry]:
    if not isinstance(obj, dict):
        raise _bad("files", "type")
    files: dict[str, FileEntry] = {}
    for name, entry in obj.items():
        if not is_layout_name(name) or name == "manifest.json":
            raise _bad("files", "name")
        item = _keys(entry, {"sha256", "size"}, f"files.{name}")
        size = item["size"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _bad(f"files.{name}.size", "type")
        files[name] = FileEntry(_match(item["sha256"], _HEX64, f"files.{name}.sha256"), size)
    return files
