"""Export: reproducible bytes, a valid signed manifest, scopes, CSV for spreadsheets, atomic
writing, and no change to the database but the export log."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.package_format import entry_order
from kopdes_desktop.exchange.schema_json import package_schema
from kopdes_desktop.exchange.tables import TABLE_NAMES
from kopdes_desktop.resources import resource_path
from kopdes_desktop.services.signing_service import verify_signature
from kopdes_desktop.storage import orm
from tests.unit.exchange.helpers import MELAWAI, edit, seed_melawai

FIXED = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


@pytest.fixture
def kelurahan(office):
    services = office("kel", MELAWAI, "Kelurahan Melawai")
    seed_melawai(services)
    return services


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_same_data_and_time_give_the_same_bytes(kelurahan, tmp_path):
    kelurahan.ctx.clock = lambda: FIXED
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    kelurahan.exchange.export(first)
    kelurahan.exchange.export(second)
    assert first.read_bytes() == second.read_bytes()
    kelurahan.ctx.clock = lambda: FIXED + timedelta(hours=1)
    third = tmp_path / "c.zip"
    kelurahan.exchange.export(third)
    a, c = _entries(first), _entries(third)
    assert a.keys() == c.keys()
    differing = {name for name in a if a[name] != c[name]}
    assert differing == {"manifest.json", "rekap.xlsx"}  # both carry the creation time


def test_entries_have_fixed_stamps_and_package_order(kelurahan, tmp_path):
    path = tmp_path / "p.zip"
    kelurahan.exchange.export(path)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names, key=entry_order)
    assert names[-1] == "manifest.json"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    assert {f"data/{t}.json" for t in TABLE_NAMES} <= set(names)
    assert sum(n.startswith("attachments/") for n in names) == 2


def test_manifest_is_signed_complete_and_valid_against_the_schema(kelurahan, tmp_path):
    path = tmp_path / "p.zip"
    result = kelurahan.exchange.export(path)
    entries = _entries(path)
    manifest = json.loads(entries["manifest.json"])
    schema = package_schema()
    jsonschema.validate(manifest, schema)
    key = kelurahan.signing.public_key_info()
    assert manifest["office"] == {
        "area_code": MELAWAI,
        "name": "Kelurahan Melawai",
        "public_key": key.public_key_hex,
        "fingerprint": key.fingerprint,
    }
    body = {k: v for k, v in manifest.items() if k != "signature"}
    payload = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert verify_signature(key.public_key, payload.encode(), bytes.fromhex(manifest["signature"]))
    head = kelurahan.audit.head_hash()
    assert head is not None and manifest["audit_head"] == head  # the trail as exported
    assert set(manifest["files"]) == set(entries) - {"manifest.json"}
    for table in TABLE_NAMES:
        rows = json.loads(entries[f"data/{table}.json"])
        assert len(rows) == manifest["counts"][table] == result.counts[table]
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        for row in rows:
            jsonschema.validate(row, {**schema["$defs"][table], "$defs": schema["$defs"]})


def test_schema_file_is_the_generated_schema():
    committed = json.loads(resource_path("schema", "kopdes-package-1.schema.json").read_text())
    assert committed == package_schema()


def test_export_changes_nothing_but_the_export_log(kelurahan, tmp_path):
    before_rows = _non_log_checksum(kelurahan)
    kelurahan.exchange.export(tmp_path / "p.zip", since_last="sudin")
    assert _non_log_checksum(kelurahan) == before_rows
    with kelurahan.ctx.session_factory() as session:
        [log] = session.scalars(select(orm.ExportLog)).all()
    assert (log.destination, log.scope, log.username) == ("sudin", "area", "op-kel")
    assert log.counts["person"] > 0


def _non_log_checksum(services) -> str:
    """Checksum of every table except export_log (the one an export may write)."""
    import hashlib

    from sqlalchemy import text

    from kopdes_desktop.storage.orm import Base

    digest = hashlib.sha256()
    with services.engine.connect() as conn:
        for name in sorted(Base.metadata.tables):
            if name == "export_log":
                continue
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            digest.update(repr(sorted(map(repr, rows))).encode())
    return digest.hexdigest()


def test_csv_files_open_as_utf8_with_bom_and_neutralise_formulas(kelurahan, tmp_path):
    with kelurahan.ctx.session_factory() as session:
        person = session.scalars(select(orm.Person.id).limit(1)).one()
    edit(kelurahan, orm.Person, person, name='=HYPERLINK("http://x")', address="Jl. Ba'u, No. 1")
    path = tmp_path / "p.zip"
    kelurahan.exchange.export(path)
    raw = _entries(path)["csv/person.csv"]
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:2] == ["id", "created_at"]
    names = {r[header.index("id")]: r[header.index("name")] for r in body}
    assert names[person] == '\'=HYPERLINK("http://x")'
    assert "Jl. Ba'u, No. 1" in {r[header.index("address")] for r in body}


def test_cooperative_scope_takes_its_people_and_trainings(office, tmp_path):
    district = office("kec", "31.74.07", "Kecamatan Kebayoran Baru")
    district.demo.generate("31.74.07", 2, members=12, seed=3)
    with district.ctx.session_factory() as session:
        codes = sorted(session.scalars(select(orm.Cooperative.village_code)))
    path = tmp_path / "one.zip"
    result = district.exchange.export(path, coop=codes[0])
    assert result.manifest.scope.kind == "cooperative"
    assert result.counts["cooperative"] == 1
    with district.ctx.session_factory() as session:
        coop_id = session.scalar(
            select(orm.Cooperative.id).where(orm.Cooperative.village_code == codes[0])
        )
        members = session.scalar(
            select(func.count()).where(orm.Membership.cooperative_id == coop_id)
        )
    assert result.counts["membership"] == members
    assert 0 < result.counts["person"] < 2 * 12 + 10
    city = office("sudin", "31.74")
    city.exchange.import_package(path, accept_new_office=True)
    with city.ctx.session_factory() as session:
        assert list(session.scalars(select(orm.Cooperative.village_code))) == [codes[0]]


def test_unknown_cooperative_is_refused(kelurahan, tmp_path):
    with pytest.raises(DomainError) as refused:
        kelurahan.exchange.export(tmp_path / "x.zip", coop="31.74.07.1002")
    assert refused.value.code == "exchange.cooperative_unknown"


def test_failed_export_keeps_the_old_file_and_leaves_no_temp_file(kelurahan, tmp_path):
    path = tmp_path / "p.zip"
    path.write_bytes(b"old package")
    with pytest.raises(DomainError):
        kelurahan.exchange.export(
            path,
            coop=None,
            since_last=None,
            with_documents=False,
            mask_nik=False,
            cancelled=lambda: True,
        )
    assert path.read_bytes() == b"old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kel", "p.zip"]


def test_with_documents_adds_draft_pdfs_and_numbers_nothing(kelurahan, tmp_path):
    before = _non_log_checksum(kelurahan)
    path = tmp_path / "p.zip"
    result = kelurahan.exchange.export(path, with_documents=True)
    pdfs = [n for n in _entries(path) if n.startswith("documents/")]
    assert pdfs and all(n.endswith(".pdf") and MELAWAI in n for n in pdfs)
    assert all(_entries(path)[n].startswith(b"%PDF") for n in pdfs)
    assert _non_log_checksum(kelurahan) == before
    assert set(result.notes) <= {"documents.some_skipped"}


@pytest.mark.usefixtures("sqlite_only")
def test_sqlite_json_path_writes_the_same_bytes_as_the_python_path(
    kelurahan, tmp_path, monkeypatch
):
    from kopdes_desktop.services import exchange_export, export_passes

    with kelurahan.ctx.session_factory() as session:
        person, other, third = session.scalars(select(orm.Person.id).limit(3)).all()
    tricky = 'Ba\'u "Ñoño" \\ tab\there\nline \x01\x1f \u2028 😀 é'
    edit(kelurahan, orm.Person, person, name=tricky, address='Jl. "Kutip", No. 7')
    # Formula-like text, an apostrophe first, a phone in +62 form, a bare CR: the CSV cells
    # SQLite writes must equal safe_csv_value + csv.writer's.
    edit(kelurahan, orm.Person, other, name="  =HYPERLINK(1)", address="'kutip", phone="+6281")
    edit(kelurahan, orm.Person, third, name="\uff1dSUM", address="-\r,x", phone="@a\tb")
    kelurahan.ctx.clock = lambda: FIXED
    fast, slow = tmp_path / "fast.zip", tmp_path / "slow.zip"
    monkeypatch.setattr(export_passes, "EXACT_CSV_CHUNK", 2)  # exact lines asked in parts
    monkeypatch.setattr(exchange_export, "CSV_IN_PROCESS", False)  # patches reach the pass
    kelurahan.exchange.export(fast)
    monkeypatch.setattr(exchange_export._PackageRun, "_sqlite_json", lambda *args: False)
    kelurahan.exchange.export(slow)
    assert fast.read_bytes() == slow.read_bytes()
    rows = json.loads(_entries(fast)["data/person.json"])
    assert tricky in {r["name"] for r in rows}
    cells = list(csv.reader(io.StringIO(_entries(fast)["csv/person.csv"].decode("utf-8-sig"))))
    values = {cell for row in cells for cell in row}
    assert {"'  =HYPERLINK(1)", "''kutip", "'+6281", "'\uff1dSUM", "'-\r,x", "'@a\tb"} <= values


@pytest.mark.usefixtures("sqlite_only")
def test_concurrent_passes_write_the_same_bytes_as_the_sequential_ones(
    kelurahan, tmp_path, monkeypatch
):
    from kopdes_desktop.services import exchange_export

    kelurahan.ctx.clock = lambda: FIXED
    side, thread, alone = tmp_path / "side.zip", tmp_path / "thread.zip", tmp_path / "alone.zip"
    kelurahan.exchange.export(side)  # the CSV pass in a child process
    monkeypatch.setattr(exchange_export, "CSV_IN_PROCESS", False)
    kelurahan.exchange.export(thread)
    monkeypatch.setattr(exchange_export, "CONCURRENT_PASSES", False)
    kelurahan.exchange.export(alone)
    assert side.read_bytes() == alone.read_bytes() == thread.read_bytes()
    assert {"csv/person.csv", "rekap.xlsx"} <= set(_entries(side))


@pytest.mark.usefixtures("sqlite_only")
@pytest.mark.parametrize("failing", ["csv", "rekap"])
def test_a_failure_on_a_side_thread_aborts_the_export_cleanly(
    kelurahan, tmp_path, monkeypatch, failing
):
    import threading

    from kopdes_desktop.services import exchange_export, export_passes, rekap_stream

    monkeypatch.setattr(exchange_export, "CSV_IN_PROCESS", False)  # patches reach the pass

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "csv":
        original = export_passes.CsvPass.table

        def table(self, conn, out, spec, fast):
            if threading.current_thread().name == "export-csv" and spec.name == "meeting":
                broken()
            return original(self, conn, out, spec, fast)

        monkeypatch.setattr(export_passes.CsvPass, "table", table)
    else:
        monkeypatch.setattr(rekap_stream, "_member_counts", broken)
    path = tmp_path / "p.zip"
    path.write_bytes(b"old package")
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(DomainError) as failed:
        kelurahan.exchange.export(path)
    assert failed.value.code == "file.write_failed"
    assert path.read_bytes() == b"old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kel", "p.zip"]
    assert {t.name for t in threading.enumerate()} <= before  # no thread left behind


@pytest.mark.usefixtures("sqlite_only")
@pytest.mark.parametrize(("block", "per_file"), [(3, 6), (4, 7)])
def test_sqlite_blocks_and_csv_files_split_anywhere_give_the_python_bytes(
    kelurahan, tmp_path, monkeypatch, block, per_file
):
    from kopdes_desktop.exchange import csv_parts
    from kopdes_desktop.services import exchange_export, export_passes

    with kelurahan.ctx.session_factory() as session:
        person = session.scalars(select(orm.Person.id).limit(1)).one()
    edit(kelurahan, orm.Person, person, address='Jl. "Kutip", No. 7')  # a block needs quotes
    kelurahan.ctx.clock = lambda: FIXED
    monkeypatch.setattr(export_passes, "BLOCK_ROWS", block)
    monkeypatch.setattr(exchange_export, "CSV_IN_PROCESS", False)  # patches reach the pass
    monkeypatch.setattr(csv_parts, "CSV_MAX_ROWS", per_file)
    fast, slow = tmp_path / "fast.zip", tmp_path / "slow.zip"
    kelurahan.exchange.export(fast)
    monkeypatch.setattr(exchange_export._PackageRun, "_sqlite_json", lambda *args: False)
    kelurahan.exchange.export(slow)
    assert fast.read_bytes() == slow.read_bytes()
    assert "csv/person-2.csv" in _entries(fast)


@pytest.mark.usefixtures("sqlite_only")
def test_cancel_after_the_data_pass_stops_the_side_threads_too(kelurahan, tmp_path):
    import threading

    tables = len(TABLE_NAMES)
    data_done = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= tables:
            data_done.set()

    path = tmp_path / "p.zip"
    path.write_bytes(b"old package")
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(DomainError) as cancelled:
        kelurahan.exchange.export(path, progress=progress, cancelled=data_done.is_set)
    assert cancelled.value.code == "exchange.cancelled"
    assert data_done.is_set()
    assert path.read_bytes() == b"old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kel", "p.zip"]
    assert {t.name for t in threading.enumerate()} <= before


@pytest.mark.usefixtures("sqlite_only")
def test_a_failed_csv_process_aborts_the_export_cleanly(kelurahan, tmp_path, monkeypatch):
    import multiprocessing

    from kopdes_desktop.services import exchange_export, export_process

    class Unreadable(export_process.CsvProcess):
        """A child that cannot open the database (it fails before its first read)."""

        def __init__(self, url, *args):
            super().__init__(f"sqlite:///{tmp_path}/missing/kopdes.db", *args)

    monkeypatch.setattr(exchange_export, "CsvProcess", Unreadable)
    path = tmp_path / "p.zip"
    path.write_bytes(b"old package")
    with pytest.raises(RuntimeError, match="CSV pass failed"):
        kelurahan.exchange.export(path)
    assert path.read_bytes() == b"old package"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kel", "p.zip"]
    assert multiprocessing.active_children() == []
