"""Migration 0002 on a database that already holds issued documents (an office upgrading)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)

ROW = {
    "id": "00000000-0000-0000-0000-000000000001",
    "office_code": "31.74.07.1001",
    "doc_type": "undangan",
    "number": "001/KKMP-MLW/XI/2026",
    "seq": 1,
    "year": 2026,
    "issued_date": "2026-11-27",
    "sha256": "ab" * 32,
    "void": False,
    "void_reason": "",
    "created_at": "2026-11-27 08:00:00+00:00",
    "updated_at": "2026-11-27 08:00:00+00:00",
}


def test_upgrade_from_0001_keeps_issued_documents_and_adds_the_key_tables(empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_initial")
        with engine.begin() as conn:
            columns = ", ".join(ROW)
            marks = ", ".join(f":{k}" for k in ROW)
            conn.execute(text(f"INSERT INTO issued_document ({columns}) VALUES ({marks})"), ROW)

        result = upgrade_database(engine)

        assert result.from_revision == "0001_initial"
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert {"office_key", "trusted_office_key"} <= tables
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT number, content_sha256, verification_code FROM issued_document")
            ).one()
        assert tuple(row) == ("001/KKMP-MLW/XI/2026", "", "")
        defaults = {c["name"]: c["default"] for c in inspect(engine).get_columns("issued_document")}
        assert defaults["verification_code"] is None  # the temporary server default is gone
    finally:
        engine.dispose()
