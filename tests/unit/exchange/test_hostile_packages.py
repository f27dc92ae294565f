"""Hostile or broken packages are refused with their own code, and nothing in the database
changes (a checksum over every row of every table is the same before and after)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kopdes_desktop.domain.errors import DomainError
from tests.unit.exchange.helpers import MELAWAI, db_checksum, seed_melawai
from tests.unit.exchange.hostile_packages import Hostile, hostile_packages


@pytest.fixture(scope="module")
def sender_and_package(module_office, tmp_path_factory):
    sender = module_office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(sender)
    path = tmp_path_factory.mktemp("pkg") / "valid.zip"
    sender.exchange.export(path)
    return sender, path.read_bytes()


def _cases() -> list[str]:
    # The names are fixed; the packages themselves are built per test from the sender.
    return [
        "zip_slip",
        "absolute_path",
        "backslash_path",
        "link_entry",
        "duplicate_names",
        "zip_bomb",
        "encrypted_entry",
        "foreign_entry",
        "truncated",
        "random_bytes",
        "empty_file",
        "no_manifest",
        "manifest_not_json",
        "bad_signature",
        "wrong_checksum",
        "format_version_2",
        "newer_schema",
        "unlisted_entry",
        "missing_table",
        "nik_not_16_digits",
        "unknown_column",
        "impossible_date",
        "text_too_long",
        "wrong_type",
        "rows_unsorted",
        "broken_json",
        "two_rows_on_one_line",
        "count_mismatch",
        "dangling_reference",
        "village_outside_area",
    ]


@pytest.fixture(scope="module")
def hostile(sender_and_package) -> dict[str, Hostile]:
    sender, valid = sender_and_package
    cases = {h.name: h for h in hostile_packages(valid, sender.signing.sign)}
    assert sorted(cases) == sorted(_cases())
    return cases


@pytest.mark.parametrize("name", _cases())
def test_hostile_package_is_refused_and_changes_nothing(name, hostile, office, tmp_path: Path):
    case = hostile[name]
    receiver = office("sudin", "31.74")
    path = tmp_path / f"{name}.zip"
    path.write_bytes(case.data)
    before = db_checksum(receiver)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(path, accept_new_office=True)
    assert refused.value.code == case.code, refused.value
    assert db_checksum(receiver) == before
    assert receiver.signing.trusted_keys() == []


def test_valid_package_passes_where_the_hostile_ones_fail(sender_and_package, office, tmp_path):
    _, valid = sender_and_package
    receiver = office("sudin", "31.74")
    path = tmp_path / "valid.zip"
    path.write_bytes(valid)
    assert receiver.exchange.import_package(path, accept_new_office=True).applied


def test_unknown_office_is_refused_until_accepted(sender_and_package, office, tmp_path):
    sender, valid = sender_and_package
    receiver = office("sudin", "31.74")
    path = tmp_path / "valid.zip"
    path.write_bytes(valid)
    before = db_checksum(receiver)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(path)
    assert refused.value.code == "package.office_unknown"
    fingerprint = sender.signing.public_key_info().fingerprint
    assert refused.value.params["fingerprint"].replace(" ", "") == fingerprint
    assert db_checksum(receiver) == before
    receiver.exchange.import_package(path, accept_new_office=True)
    [trusted] = receiver.signing.trusted_keys()
    assert (trusted.area_code, trusted.fingerprint) == (MELAWAI, fingerprint)
    assert receiver.exchange.import_package(path).applied  # known from now on


def test_changed_key_of_a_known_office_is_refused(sender_and_package, office, tmp_path):
    _, valid = sender_and_package
    receiver = office("sudin", "31.74")
    path = tmp_path / "valid.zip"
    path.write_bytes(valid)
    receiver.exchange.import_package(path, accept_new_office=True)
    impostor = office("impostor", MELAWAI, "Kelurahan Melawai")
    seed_melawai(impostor)
    other = tmp_path / "impostor.zip"
    impostor.exchange.export(other)
    before = db_checksum(receiver)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(other, accept_new_office=True)
    assert refused.value.code == "package.office_key_changed"
    assert db_checksum(receiver) == before


def test_package_from_outside_the_area_is_refused(sender_and_package, office, tmp_path):
    _, valid = sender_and_package
    receiver = office("jakbar", "31.73")
    path = tmp_path / "valid.zip"
    path.write_bytes(valid)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(path, accept_new_office=True)
    assert refused.value.code == "package.area_outside"


def test_masked_package_verifies_but_cannot_be_imported(sender_and_package, office, tmp_path):
    sender, _ = sender_and_package
    masked = tmp_path / "masked.zip"
    sender.exchange.export(masked, mask_nik=True)
    assert sender.exchange.verify(masked).known_office
    receiver = office("sudin", "31.74")
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(masked, accept_new_office=True)
    assert refused.value.code == "package.nik_masked"


BULK_CASES = [
    "dangling_reference",
    "village_outside_area",
    "wrong_type",
    "broken_json",
    "two_rows_on_one_line",
]
BULK_CASES += ["rows_unsorted", "impossible_date", "count_mismatch", "wrong_checksum"]


@pytest.mark.usefixtures("sqlite_only")  # the reading process serves SQLite imports
@pytest.mark.parametrize("name", BULK_CASES)
def test_bulk_first_import_refuses_like_the_row_by_row_import(
    name, hostile, office, tmp_path: Path, monkeypatch
):
    """A first import into an empty database loads without per-row foreign-key lookups on
    SQLite (the national fast path), its rows read and checked by a second process, and
    checks the tables before committing: a bad row or a package pointing at a person it does
    not carry is still refused with its own code, nothing is kept, and the database enforces
    foreign keys again afterwards. The reading process, started while the checksums are
    still being verified, is gone afterwards, and so is its spool file."""
    import multiprocessing
    import tempfile

    from sqlalchemy import text

    from kopdes_desktop.services import exchange_import

    monkeypatch.setattr(exchange_import, "BULK_INDEX_MIN_ROWS", 1)
    monkeypatch.setattr(exchange_import, "FEED_MIN_ROWS", 1)  # rows read by a second process
    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    started: list[list[str]] = []

    class SpiedFeed(exchange_import.RowFeed):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            started.append(self.tables)

    monkeypatch.setattr(exchange_import, "RowFeed", SpiedFeed)
    receiver = office("sudin", "31.74")
    path = tmp_path / f"{name}.zip"
    path.write_bytes(hostile[name].data)
    before = db_checksum(receiver)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(path, accept_new_office=True)
    assert refused.value.code == hostile[name].code, refused.value
    assert db_checksum(receiver) == before
    assert started and "person" in started[0]
    assert "cooperative" in started[0]  # the area rule is the reading process's own check too
    assert multiprocessing.active_children() == []
    assert list(spools.iterdir()) == []
    with receiver.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.usefixtures("sqlite_only")  # the reading process serves SQLite imports
def test_a_data_file_changed_after_signing_is_refused_by_its_reader(
    sender_and_package, office, tmp_path: Path, monkeypatch
):
    """A first import leaves the data files its reading process reads out of its own
    checksum verification (the reader hashes them as it reads, once instead of twice): a
    person file whose rows are still well formed but not the signed ones is refused all the
    same, with the file named, and nothing is kept."""
    from kopdes_desktop.exchange import package_reader
    from kopdes_desktop.exchange.package_format import canonical_bytes
    from kopdes_desktop.services import exchange_import
    from tests.unit.exchange.hostile_packages import build_zip, read_entries

    monkeypatch.setattr(exchange_import, "BULK_INDEX_MIN_ROWS", 1)
    monkeypatch.setattr(exchange_import, "FEED_MIN_ROWS", 1)
    hashed: list[str] = []
    real_verify = package_reader.verify_entries

    def spied(pkg: Any, names: Any) -> None:
        hashed.extend(names)
        real_verify(pkg, names)

    monkeypatch.setattr(package_reader, "verify_entries", spied)
    monkeypatch.setattr(exchange_import, "verify_entries", spied)
    _, valid = sender_and_package
    entries, manifest = read_entries(valid)
    person = bytearray(entries["data/person.json"])
    at = person.index(b'"name":') + len(b'"name":')
    at = person.index(b'"', at) + 1  # the first letter of the first person's name
    person[at] = ord("Q") if person[at] != ord("Q") else ord("R")  # same size, still valid
    entries["data/person.json"] = bytes(person)
    path = tmp_path / "changed.zip"
    path.write_bytes(build_zip([*entries.items(), ("manifest.json", canonical_bytes(manifest))]))
    receiver = office("sudin", "31.74")
    before = db_checksum(receiver)
    with pytest.raises(DomainError) as refused:
        receiver.exchange.import_package(path, accept_new_office=True)
    assert refused.value.code == "package.checksum"
    assert refused.value.params["name"] == "data/person.json"
    assert db_checksum(receiver) == before
    assert "csv/person.csv" in hashed and "data/person.json" not in hashed
