"""Backups of a PostgreSQL database through ``pg_dump -Fc`` / ``pg_restore`` (run when
``KOPDES_TEST_POSTGRES_URL`` points at a server): a backup made at an older schema revision
restores and is migrated, the previous data are kept as a dump first."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from builders import MELAWAI, cooperative
from fixtures.make_old_backup import fill

from kopdes_desktop.config import Config
from kopdes_desktop.services.backup_catalog import BackupKind
from kopdes_desktop.services.backup_service import BackupError, BackupService
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.storage import pg_backup
from kopdes_desktop.storage.database import make_engine, make_session_factory
from kopdes_desktop.storage.migrate import current_revision, scripted_head

pytestmark = pytest.mark.usefixtures("postgres_only")


@pytest.fixture
def postgres_only(on_postgres: bool) -> None:
    if not on_postgres:
        pytest.skip("PostgreSQL backups need KOPDES_TEST_POSTGRES_URL")


@pytest.fixture
def old_database(tmp_path: Path):
    """A database filled at revision 0001_initial, and its URL."""
    from conftest import _admin_execute, _database_url, postgres_base_url

    base = postgres_base_url()
    assert base is not None
    name = "kopdes_old_" + uuid.uuid4().hex[:10]
    _admin_execute(base, f'CREATE DATABASE "{name}"')
    url = _database_url(base, name)
    engine = make_engine(url)
    fill(engine)
    yield url, engine
    engine.dispose()
    _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_old_revision_dump_restores_and_migrates(services, old_database, tmp_path):
    url, engine = old_database
    ctx = ServiceContext(make_session_factory(engine), home=tmp_path / "old-home")
    old = BackupService(ctx, engine, Config(home=tmp_path / "old-home", database_url=url))
    dump = old.create(out=tmp_path / "lama.dump")
    assert dump.revision == "0001_initial"
    assert dump.path.read_bytes()[:5] == b"PGDMP"

    services.cooperatives.save(cooperative(name="Koperasi Kelurahan Merah Putih Sekarang"))
    result = services.backups.restore(dump.path)
    assert (result.backup_revision, result.revision) == ("0001_initial", scripted_head())
    assert current_revision(services.engine) == scripted_head()
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop.name == "Koperasi Kelurahan Merah Putih Melawai"
    names = sorted(m.person.name for m in services.members.members(coop.id))
    assert names == ["Agus Wijaya", "Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    assert result.safety_copy is not None and result.safety_copy.suffix == ".dump"
    assert [b.kind for b in services.backups.list()] == [BackupKind.PRE_RESTORE]

    # The safety copy brings the replaced data back.
    services.backups.restore(result.safety_copy)
    again = services.cooperatives.get_by_village(MELAWAI)
    assert again.name == "Koperasi Kelurahan Merah Putih Sekarang"


def test_missing_tools_and_bad_archives_are_explained(services, tmp_path, monkeypatch):
    junk = tmp_path / "bukan.dump"
    junk.write_bytes(b"not a dump")
    with pytest.raises(BackupError) as info:
        services.backups.restore(junk)
    assert info.value.code == "backup.not_kopdes"

    def missing(name: str) -> str:
        raise pg_backup.PgToolMissingError(name)

    monkeypatch.setattr(pg_backup, "find_tool", missing)
    with pytest.raises(BackupError) as info:
        services.backups.create(out=tmp_path / "x.dump")
    assert info.value.code == "backup.pg_tool_missing" and info.value.params["tool"] == "pg_dump"
    assert not (tmp_path / "x.dump").exists()


def test_find_tool_names_the_missing_program():
    with pytest.raises(pg_backup.PgToolMissingError) as info:
        pg_backup.find_tool("pg_dump_not_installed")
    assert info.value.tool == "pg_dump_not_installed"
