"""The JSON Schema of the package format, generated from the table specs.

``resources/schema/kopdes-package-1.schema.json`` is this function's output, committed so
that other offices' tools (and people) can read the contract without our code; a test keeps
the file equal to the specs. The program itself checks rows with ``row_check`` (the same
rules, fast enough for a national package) and the manifest with ``manifest``; the test
suite also runs the ``jsonschema`` library over real packages to keep the three in step.
"""

from __future__ import annotations

from typing import Any

from kopdes_desktop.exchange.package_format import (
    AREA_PATTERN,
    DATE_PATTERN,
    DATETIME_PATTERN,
    FORMAT_NAME,
    FORMAT_VERSION,
    UUID_PATTERN,
    VILLAGE_PATTERN,
)
from kopdes_desktop.exchange.row_check import (
    BIGINT_LIMIT,
    FLOAT_LIMIT,
    INT_LIMIT,
    MAX_ITEM_LENGTH,
    MAX_LIST_ITEMS,
)
from kopdes_desktop.exchange.tables import TABLE_NAMES, TABLES, ColumnSpec, Kind

SCHEMA_ID = "https://kopdes.invalid/schema/kopdes-package-1.schema.json"
_HEX64 = "^[0-9a-f]{64}$"


def _anchored(pattern: str) -> str:
    return f"^(?:{pattern})$"


def _text(col: ColumnSpec) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    if col.max_length is not None:
        schema["maxLength"] = col.max_length
    if col.pattern:
        schema["pattern"] = _anchored(col.pattern)
    return schema


def _column(col: ColumnSpec) -> dict[str, Any]:
    """One column's schema (without null)."""
    kind = col.kind
    simple: dict[Kind, dict[str, Any]] = {
        Kind.UUID: {"type": "string", "pattern": _anchored(UUID_PATTERN)},
        Kind.VILLAGE: {"type": "string", "pattern": _anchored(VILLAGE_PATTERN)},
        Kind.INT: {"type": "integer", "minimum": -INT_LIMIT, "maximum": INT_LIMIT - 1},
        Kind.BIGINT: {"type": "integer", "minimum": -BIGINT_LIMIT, "maximum": BIGINT_LIMIT - 1},
        Kind.FLOAT: {"type": "number", "minimum": -FLOAT_LIMIT, "maximum": FLOAT_LIMIT},
        Kind.BOOL: {"type": "boolean"},
        Kind.DATE: {"type": "string", "format": "date", "pattern": _anchored(DATE_PATTERN)},
        Kind.DATETIME: {
            "type": "string",
            "format": "date-time",
            "pattern": _anchored(DATETIME_PATTERN),
        },
        Kind.ENUM: {"type": "string", "enum": list(col.values)},
        Kind.TEXT_LIST: {
            "type": "array",
            "maxItems": MAX_LIST_ITEMS,
            "items": {"type": "string", "maxLength": MAX_ITEM_LENGTH},
        },
        Kind.DATE_LIST: {
            "type": "array",
            "maxItems": MAX_LIST_ITEMS,
            "items": {"type": "string", "format": "date", "pattern": _anchored(DATE_PATTERN)},
        },
        Kind.TEXT_MAP: {
            "type": "object",
            "maxProperties": MAX_LIST_ITEMS,
            "propertyNames": {"maxLength": 200},
            "additionalProperties": {"type": "string", "maxLength": MAX_ITEM_LENGTH},
        },
    }
    return simple.get(kind) or _text(col)


def row_schema(table: str) -> dict[str, Any]:
    """The schema of one row of ``data/<table>.json``."""
    spec = next(t for t in TABLES if t.name == table)
    properties: dict[str, Any] = {}
    for col in spec.columns:
        schema = _column(col)
        properties[col.name] = {"anyOf": [schema, {"type": "null"}]} if col.nullable else schema
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(spec.column_names),
        "properties": properties,
    }


def _manifest_schema() -> dict[str, Any]:
    files = {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "additionalProperties": False,
            "required": ["sha256", "size"],
            "properties": {
                "sha256": {"type": "string", "pattern": _HEX64},
                "size": {"type": "integer", "minimum": 0},
            },
        },
    }
    nullable_time = {"anyOf": [{"type": "null"}, {"type": "string", "format": "date-time"}]}
    fields: dict[str, Any] = {
        "format": {"const": FORMAT_NAME},
        "format_version": {"const": FORMAT_VERSION},
        "program_version": {"type": "string", "maxLength": 32},
        "schema_revision": {"type": "string", "pattern": "^[0-9A-Za-z_]{1,64}$"},
        "created_at": {
            "type": "string",
            "format": "date-time",
            "pattern": _anchored(DATETIME_PATTERN),
        },
        "office": _object(
            area_code={
                "type": "string",
                "pattern": _anchored(AREA_PATTERN),
            },
            name={"type": "string", "maxLength": 200},
            public_key={"type": "string", "pattern": _HEX64},
            fingerprint={"type": "string", "pattern": "^[0-9a-f]{16}$"},
        ),
        "scope": _object(
            kind={"enum": ["area", "cooperative"]},
            cooperative={
                "anyOf": [
                    {"type": "null"},
                    {"type": "string", "pattern": _anchored(VILLAGE_PATTERN)},
                ]
            },
            since=nullable_time,
            destination={"anyOf": [{"type": "null"}, {"type": "string", "maxLength": 300}]},
        ),
        "counts": _object(**{t: {"type": "integer", "minimum": 0} for t in TABLE_NAMES}),
        "files": files,
        "nik_masked": {"type": "boolean"},
        "audit_head": {"anyOf": [{"type": "null"}, {"type": "string", "pattern": _HEX64}]},
        "notes": {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9_.]{1,60}$"}},
        "signature": {"type": "string", "pattern": "^[0-9a-f]{128}$"},
    }
    return _object(**fields)


def _object(**properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }


def package_schema() -> dict[str, Any]:
    """The whole schema: the manifest, and under ``$defs`` each table's row."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"{FORMAT_NAME} version {FORMAT_VERSION}: manifest.json",
        "description": "KopDes exchange package. The manifest is the document itself; each "
        "data/<table>.json file is a JSON array of rows described in $defs/<table>.",
        **_manifest_schema(),
        "$defs": {table: row_schema(table) for table in TABLE_NAMES},
    }
