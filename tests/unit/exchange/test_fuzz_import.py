"""Fuzzing the importer with mutated valid packages: every outcome is either a clean refusal
(a DomainError, the database untouched) or a complete import, never a crash or half an
import."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.tables import TABLE_NAMES
from tests.unit.exchange.helpers import MELAWAI, db_checksum, record_ids, seed_melawai
from tests.unit.exchange.hostile_packages import build_zip, read_entries, rebuild, signed


@pytest.fixture(scope="module")
def parties(module_office, tmp_path_factory):
    sender = module_office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(sender)
    path = tmp_path_factory.mktemp("fuzz") / "valid.zip"
    sender.exchange.export(path)
    receiver = module_office("sudin", "31.74")
    return sender, receiver, path.read_bytes(), {"checksum": db_checksum(receiver)}


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.text(max_size=20)
        | st.floats(allow_nan=False)
    )
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3), max_leaves=5)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, Any]:
    kind = draw(st.sampled_from(["flip", "truncate", "drop", "duplicate", "manifest", "row"]))
    if kind == "flip":
        return kind, draw(
            st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=8)
        )
    if kind == "truncate":
        return kind, draw(st.floats(0, 1))
    if kind in ("drop", "duplicate"):
        return kind, draw(st.integers(0, 100))
    if kind == "manifest":
        key = draw(
            st.sampled_from(
                [
                    "created_at",
                    "office",
                    "scope",
                    "counts",
                    "files",
                    "nik_masked",
                    "audit_head",
                    "notes",
                    "program_version",
                ]
            )
        )
        return kind, (key, draw(_json_values()), draw(st.booleans()))
    table = draw(st.sampled_from(TABLE_NAMES))
    return kind, (
        table,
        draw(st.integers(0, 50)),
        draw(st.text(min_size=1, max_size=12)),
        draw(_json_values()),
        draw(st.booleans()),
    )


def _apply(valid: bytes, mutation: tuple[str, Any], sign) -> bytes:
    kind, arg = mutation
    if kind == "flip":
        data = bytearray(valid)
        for where, xor in arg:
            data[min(int(where * len(data)), len(data) - 1)] ^= xor
        return bytes(data)
    if kind == "truncate":
        return valid[: int(arg * len(valid))]
    entries, manifest = read_entries(valid)
    items = [*entries.items(), ("manifest.json", signed(manifest, sign))]
    if kind == "drop":
        return build_zip(items[: arg % len(items)] + items[arg % len(items) + 1 :])
    if kind == "duplicate":
        return build_zip([*items, items[arg % len(items)]])
    if kind == "manifest":
        key, value, resign = arg
        changed = dict(manifest, **{key: value})
        body = signed(changed, sign) if resign else json.dumps(changed).encode()
        return build_zip([*entries.items(), ("manifest.json", body)])
    table, line, column, value, resign = arg
    lines = entries[f"data/{table}.json"].decode().split("\n")
    rows = len(lines) - 3
    if rows <= 0:
        return valid
    index = 1 + line % rows
    row = json.loads(lines[index].rstrip(","))
    row[column if column in row and line % 2 else next(iter(row))] = value
    comma = "," if lines[index].endswith(",") else ""
    lines[index] = json.dumps(row, ensure_ascii=False) + comma
    data = "\n".join(lines).encode()
    if resign:
        return rebuild(valid, sign, {f"data/{table}.json": data})
    return build_zip(
        [
            *dict(entries, **{f"data/{table}.json": data}).items(),
            ("manifest.json", signed(manifest, sign)),
        ]
    )


def _package_ids(data: bytes) -> dict[str, set[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {t: {r["id"] for r in json.loads(zf.read(f"data/{t}.json"))} for t in TABLE_NAMES}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=mutations())
def test_mutated_packages_are_refused_cleanly_or_imported_whole(parties, mutation, tmp_path):
    sender, receiver, valid, state = parties
    data = _apply(valid, mutation, sender.signing.sign)
    path: Path = tmp_path / "fuzzed.zip"
    path.write_bytes(data)
    before = state["checksum"]  # the database only changes when an import succeeds
    try:
        plan = receiver.exchange.import_package(path, accept_new_office=True)
    except DomainError:
        assert db_checksum(receiver) == before
        return
    assert plan.applied or plan.unresolved
    if not plan.applied:
        assert db_checksum(receiver) == before
        return
    for table, ids in _package_ids(data).items():
        assert ids <= record_ids(receiver, table), table
    state["checksum"] = db_checksum(receiver)
