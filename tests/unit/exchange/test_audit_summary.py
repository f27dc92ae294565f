"""Exchange packages and the audit trail: an applied import leaves one summary entry in the
chain; a dry run or a refused package leaves none; the manifest carries the exporter's head."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kopdes_desktop.domain.errors import DomainError
from tests.unit.exchange.helpers import MELAWAI, seed_melawai


@pytest.fixture
def kelurahan(office):
    services = office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(services)
    return services


@pytest.fixture
def sudin(office):
    return office("sudin", "31.74", "Sudin PPKUKM Jakarta Selatan")


def test_an_applied_import_writes_one_summary_entry(kelurahan, sudin, tmp_path: Path):
    package = tmp_path / "melawai.zip"
    exported = kelurahan.exchange.export(package)
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["audit_head"] == kelurahan.audit.head_hash()

    before = sudin.audit.count()
    plan = sudin.exchange.import_package(package, accept_new_office=True)
    assert plan.applied
    new = sudin.audit.recent(limit=sudin.audit.count() - before)
    assert sorted(e.entity for e in new) == ["exchange_package", "trusted_office_key"]
    trusted = next(e for e in new if e.entity == "trusted_office_key")
    assert trusted.changes["accepted_by"] == [None, "op-sudin"]  # trusting the key is audited
    entry = next(e for e in new if e.entity == "exchange_package")
    assert (entry.action, entry.entity, entry.entity_id) == ("import", "exchange_package", MELAWAI)
    assert entry.username == "op-sudin"
    assert entry.changes["package_sha256"] == exported.sha256
    assert entry.changes["office"] == "Kelurahan Melawai"
    assert entry.changes["counts"]["person"]["new"] == exported.manifest.counts["person"]
    assert sudin.audit.verify().ok


def test_a_dry_run_and_a_refused_import_write_no_entry(kelurahan, sudin, tmp_path: Path):
    package = tmp_path / "melawai.zip"
    kelurahan.exchange.export(package)
    before = sudin.audit.count()
    assert not sudin.exchange.plan(package, accept_new_office=True).applied
    other = tmp_path / "other.zip"
    kelurahan.exchange.export(other)
    with zipfile.ZipFile(other) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    changed = entries["data/cooperative.json"].replace(b"Melawai", b"Melawaj", 1)
    assert changed != entries["data/cooperative.json"]
    entries["data/cooperative.json"] = changed  # no longer what the manifest signed
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    with pytest.raises(DomainError):
        sudin.exchange.import_package(tampered, accept_new_office=True)
    assert sudin.audit.count() == before
