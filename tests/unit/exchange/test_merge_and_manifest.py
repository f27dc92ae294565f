"""The merge rule table, the manifest's strict reading, and unsafe entry names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kopdes_desktop.exchange.manifest import (
    FileEntry,
    Manifest,
    OfficeInfo,
    Scope,
    manifest_from_json,
)
from kopdes_desktop.exchange.merge import Outcome, Resolution, decide, field_changes, resolved
from kopdes_desktop.exchange.package_format import PackageError
from kopdes_desktop.exchange.tables import TABLE_NAMES
from kopdes_desktop.exchange.zip_safety import check_name

T0, T1, T2 = (
    "2026-01-01T00:00:00.000000Z",
    "2026-02-01T00:00:00.000000Z",
    "2026-03-01T00:00:00.000000Z",
)


def row(updated: str, phone: str = "021") -> dict[str, str]:
    return {"id": "x", "updated_at": updated, "phone": phone}


@pytest.mark.parametrize(
    ("local", "incoming", "base", "outcome"),
    [
        (None, row(T1), None, Outcome.NEW),
        (row(T1), row(T1), None, Outcome.UNCHANGED),
        (row(T1), row(T2, "022"), None, Outcome.CONFLICT),
        (row(T0), row(T1, "022"), T0, Outcome.CHANGED),
        (row(T1, "023"), row(T0), T0, Outcome.KEPT_OURS),
        (row(T0), row(T0), T0, Outcome.UNCHANGED),
        (row(T1, "022"), row(T2, "023"), T0, Outcome.CONFLICT),
        (row(T1, "022"), row(T1, "022"), T0, Outcome.UNCHANGED),
    ],
)
def test_merge_rules(local, incoming, base, outcome):
    assert decide(local, incoming, base) is outcome


def test_conflict_resolutions_and_diffs():
    assert resolved(Outcome.CONFLICT, Resolution.THEIRS) is Outcome.CHANGED
    assert resolved(Outcome.CONFLICT, Resolution.OURS) is Outcome.KEPT_OURS
    assert resolved(Outcome.CONFLICT, None) is Outcome.CONFLICT
    changes = field_changes(row(T1, "021"), row(T2, "022"))
    assert [(c.name, c.ours, c.theirs) for c in changes] == [("phone", "021", "022")]
    only_time = field_changes(row(T1), row(T2))
    assert [c.name for c in only_time] == ["updated_at"]


def _manifest() -> Manifest:
    return Manifest(
        program_version="0.1.0",
        schema_revision="0004_exchange_bookkeeping",
        created_at=datetime(2026, 11, 27, tzinfo=UTC),
        office=OfficeInfo("31.74.07.1001", "Kelurahan Melawai", "ab" * 32, "cd" * 8),
        scope=Scope(),
        counts={t: 0 for t in TABLE_NAMES},
        files={f"data/{t}.json": FileEntry("0" * 64, 4) for t in TABLE_NAMES},
        signature="ef" * 64,
    )


def test_manifest_round_trip_and_payload_without_signature():
    m = _manifest()
    assert manifest_from_json(m.to_json()) == m
    assert b"signature" not in m.signing_payload()
    assert m.signed_with(lambda data: b"\x01" * 64).signature == "01" * 64


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"format": "zip"}, "package.format_unknown"),
        ({"format_version": 2}, "package.version_unsupported"),
        ({"format_version": True}, "package.version_unsupported"),
        ({"extra": 1}, "package.manifest_invalid"),
        ({"created_at": "27-11-2026"}, "package.manifest_invalid"),
        ({"counts": {"person": 1}}, "package.manifest_invalid"),
        ({"files": {"../x": {"sha256": "0" * 64, "size": 1}}}, "package.manifest_invalid"),
        ({"nik_masked": "no"}, "package.manifest_invalid"),
        ({"signature": "zz"}, "package.manifest_invalid"),
    ],
)
def test_manifest_is_read_strictly(change, code):
    obj = {**_manifest().to_json(), **change}
    with pytest.raises(PackageError) as refused:
        manifest_from_json(obj)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "name",
    [
        "../x",
        "a/../../x",
        "/etc/passwd",
        "C:/x",
        "a\\b",
        "a//b",
        "./a",
        "a/",
        "",
        "a\x00b",
        "x" * 300,
    ],
)
def test_unsafe_names_are_refused(name):
    with pytest.raises(PackageError) as refused:
        check_name(name)
    assert refused.value.code == "package.unsafe_path"


def test_ordinary_names_pass():
    for name in (
        "data/person.json",
        "attachments/" + "a" * 64,
        "documents/31.74.07.1001-profil.pdf",
    ):
        check_name(name)
