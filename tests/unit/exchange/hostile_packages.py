"""Hostile and broken packages made from a valid one, each with the refusal code it must get.

Some keep a valid signature (re-signed with the sender's key, which the importer accepts), so
that they reach the check they aim at instead of failing at the signature: a package whose
only flaw is a wrong checksum or a bad row must be refused for exactly that.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.exchange.package_format import canonical_bytes

Sign = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Hostile:
    """One bad package: a name for the test id, its bytes, the code it must be refused with."""

    name: str
    data: bytes
    code: str


def read_entries(valid: bytes) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The entries of a package (manifest apart) and its manifest as a JSON object."""
    with zipfile.ZipFile(io.BytesIO(valid)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(entries.pop("manifest.json"))
    return entries, manifest


def build_zip(items: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A ZIP of exactly these entries, in this order (duplicates and odd names allowed)."""
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": on purpose here
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in items:
                zf.writestr(info, data)
    return out.getvalue()


def _replaced(
    items: list[tuple[zipfile.ZipInfo | str, bytes]], info: zipfile.ZipInfo, data: bytes
) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    """``items`` with the entry of ``info``'s name replaced in place."""
    return [(info, data) if name == info.filename else (name, body) for name, body in items]


def signed(manifest: dict[str, Any], sign: Sign) -> bytes:
    """The manifest's bytes with a fresh signature over the rest."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return canonical_bytes({**body, "signature": sign(canonical_bytes(body)).hex()})


def rebuild(
    valid: bytes, sign: Sign, changes: dict[str, bytes | None], **manifest_changes: Any
) -> bytes:
    """The valid package with entries replaced (None: removed), checksums, sizes and counts
    brought in line, and the manifest re-signed: only the intended flaw remains."""
    entries, manifest = read_entries(valid)
    for name, data in changes.items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in entries.items()
    }
    for name, data in entries.items():
        if name.startswith("data/"):
            rows = data.decode().count("\n") - 2
            manifest["counts"][name[5:-5]] = max(rows, 0)
    manifest.update(manifest_changes)
    return build_zip([*entries.items(), ("manifest.json", signed(manifest, sign))])


def _data_lines(valid: bytes, table: str) -> list[str]:
    entries, _ = read_entries(valid)
    return entries[f"data/{table}.json"].decode().split("\n")


def _with_rows(valid: bytes, sign: Sign, table: str, lines: list[str]) -> bytes:
    return rebuild(valid, sign, {f"data/{table}.json": "\n".join(lines).encode()})


def _mutate_first_row(valid: bytes, sign: Sign, table: str, **fields: Any) -> bytes:
    lines = _data_lines(valid, table)
    row = json.loads(lines[1].rstrip(","))
    row.update(fields)
    comma = "," if lines[1].endswith(",") else ""
    lines[1] = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + comma
    return _with_rows(valid, sign, table, lines)


def _encrypted_flag(data: bytes, name: str) -> bytes:
    """Set the "encrypted" bit of one entry in the central directory (zipfile cannot)."""
    out = bytearray(data)
    marker = b"PK\x01\x02"
    start = out.find(marker)
    while start >= 0:
        name_length = int.from_bytes(out[start + 28 : start + 30], "little")
        if out[start + 46 : start + 46 + name_length] == name.encode():
            out[start + 8] |= 0x01
            return bytes(out)
        start = out.find(marker, start + 4)
    raise ValueError(name)


def _link_entry() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("csv/person.csv")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _zip_layout_attacks(valid: bytes) -> list[Hostile]:
    entries, manifest = read_entries(valid)
    items = [*entries.items(), ("manifest.json", json.dumps(manifest).encode())]
    return [
        Hostile(
            "zip_slip", build_zip([*items, ("../../evil.sh", b"rm -rf /")]), "package.unsafe_path"
        ),
        Hostile(
            "absolute_path",
            build_zip([*items, ("/etc/cron.d/evil", b"* * * * *")]),
            "package.unsafe_path",
        ),
        Hostile(
            "backslash_path",
            build_zip([*items, ("..\\..\\evil.bat", b"del")]),
            "package.unsafe_path",
        ),
        Hostile(
            "link_entry",
            build_zip(_replaced(items, _link_entry(), b"/etc/passwd")),
            "package.link_entry",
        ),
        Hostile("duplicate_names", build_zip([*items, items[0]]), "package.duplicate_entry"),
        Hostile(
            "zip_bomb",
            build_zip([*items, ("documents/bom.pdf", bytes(64 * 1024 * 1024))]),
            "package.compression_ratio",
        ),
        Hostile(
            "encrypted_entry",
            _encrypted_flag(build_zip(items), "csv/person.csv"),
            "package.encrypted_entry",
        ),
        Hostile(
            "foreign_entry", build_zip([*items, ("setup.exe", b"MZ")]), "package.unexpected_entry"
        ),
        Hostile("truncated", valid[: len(valid) // 2], "package.not_zip"),
        Hostile("random_bytes", hashlib.sha512(b"x").digest() * 4096, "package.not_zip"),
        Hostile("empty_file", b"", "package.not_zip"),
        Hostile("no_manifest", build_zip(items[:-1]), "package.manifest_missing"),
        Hostile(
            "manifest_not_json",
            build_zip([*items[:-1], ("manifest.json", b"{nope")]),
            "package.manifest_invalid",
        ),
    ]


def _signature_attacks(valid: bytes, sign: Sign) -> list[Hostile]:
    entries, manifest = read_entries(valid)
    forged = dict(manifest, office={**manifest["office"], "name": "Kantor Palsu"})
    csv_name = "csv/person.csv"
    flipped = bytearray(entries[csv_name])
    flipped[-3] ^= 0x01
    tampered = dict(entries, **{csv_name: bytes(flipped)})
    return [
        Hostile(
            "bad_signature",
            build_zip([*entries.items(), ("manifest.json", canonical_bytes(forged))]),
            "package.signature_invalid",
        ),
        Hostile(
            "wrong_checksum",
            build_zip([*tampered.items(), ("manifest.json", canonical_bytes(manifest))]),
            "package.checksum",
        ),
        Hostile(
            "format_version_2",
            rebuild(valid, sign, {}, format_version=2),
            "package.version_unsupported",
        ),
        Hostile(
            "newer_schema",
            rebuild(valid, sign, {}, schema_revision="9999_future"),
            "package.revision_unknown",
        ),
        Hostile(
            "unlisted_entry",
            build_zip(
                [
                    *entries.items(),
                    ("attachments/" + "0" * 64, b"%PDF-"),
                    ("manifest.json", canonical_bytes(manifest)),
                ]
            ),
            "package.unlisted_entry",
        ),
        Hostile(
            "missing_table",
            rebuild(valid, sign, {"data/person.json": None}),
            "package.file_missing",
        ),
    ]


def _row_attacks(valid: bytes, sign: Sign) -> list[Hostile]:
    person = _data_lines(valid, "person")
    unsorted = [person[0], person[2].rstrip(",") + ",", person[1].rstrip(",") + ",", *person[3:]]
    broken = [person[0], '{"id": "x", ', *person[2:]]
    two_on_one = [person[0], person[1] + person[2], *person[3:]]  # the count follows lines
    entries, manifest = read_entries(valid)
    return [
        Hostile(
            "nik_not_16_digits",
            _mutate_first_row(valid, sign, "person", nik="123"),
            "package.row_invalid",
        ),
        Hostile(
            "unknown_column",
            _mutate_first_row(valid, sign, "person", password="x"),
            "package.row_invalid",
        ),
        Hostile(
            "impossible_date",
            _mutate_first_row(valid, sign, "person", birth_date="1990-02-30"),
            "package.row_invalid",
        ),
        Hostile(
            "text_too_long",
            _mutate_first_row(valid, sign, "person", name="A" * 500),
            "package.row_invalid",
        ),
        Hostile(
            "wrong_type",
            _mutate_first_row(valid, sign, "membership", is_founder="ya"),
            "package.row_invalid",
        ),
        Hostile(
            "rows_unsorted", _with_rows(valid, sign, "person", unsorted), "package.row_invalid"
        ),
        Hostile("broken_json", _with_rows(valid, sign, "person", broken), "package.row_invalid"),
        Hostile(
            "two_rows_on_one_line",
            _with_rows(valid, sign, "person", two_on_one),
            "package.row_invalid",
        ),
        Hostile(
            "count_mismatch",
            build_zip(
                [
                    *entries.items(),
                    (
                        "manifest.json",
                        signed(dict(manifest, counts={**manifest["counts"], "person": 1}), sign),
                    ),
                ]
            ),
            "package.count_mismatch",
        ),
        Hostile(
            "dangling_reference",
            _mutate_first_row(
                valid, sign, "membership", person_id="00000000-0000-4000-8000-000000000000"
            ),
            "exchange.integrity",
        ),
        Hostile(
            "village_outside_area",
            _mutate_first_row(valid, sign, "cooperative", village_code="31.71.01.1001"),
            "package.cooperative_outside",
        ),
    ]


def hostile_packages(valid: bytes, sign: Sign) -> list[Hostile]:
    """Every hostile or broken variant of ``valid`` (see the module docstring)."""
    return [
        *_zip_layout_attacks(valid),
        *_signature_attacks(valid, sign),
        *_row_attacks(valid, sign),
    ]
