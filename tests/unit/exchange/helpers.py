"""Helpers of the exchange tests: seeding an office, comparing databases, editing records."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.exchange.tables import TABLE_NAMES
from kopdes_desktop.storage import orm
from kopdes_desktop.storage.orm import Base
from kopdes_desktop.storage.orm_base import is_exchange_bookkeeping

MELAWAI = "31.74.07.1001"
PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def seed_melawai(services: Services) -> dict[str, str]:
    """Demo data of Melawai plus a scan on the cooperative and a photo on a person."""
    services.demo.generate(MELAWAI, 1, members=20, seed=7)
    coop = services.cooperatives.get_by_village(MELAWAI)
    assert coop is not None
    with services.ctx.session_factory() as session:
        person_id = session.scalar(
            select(orm.Membership.person_id).where(orm.Membership.cooperative_id == coop.id)
        )
    assert person_id is not None
    services.attachments.add_bytes("cooperative", coop.id, "akta.pdf", PDF_BYTES, "akta")
    services.attachments.add_bytes("person", person_id, "ktp.png", PNG_BYTES, "ktp")
    return {"cooperative": coop.id, "person": person_id}


def table_rows(services: Services, table: str) -> list[tuple[Any, ...]]:
    """Every row of a table (typed values), ordered by its primary key: the columns a
    package carries (not the office's own exchange bookkeeping)."""
    t = Base.metadata.tables[table]
    columns = [c for c in t.c if not is_exchange_bookkeeping(c)]
    with services.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*columns).order_by(*t.primary_key.columns))]


def record_ids(services: Services, table: str) -> set[str]:
    """Ids of every row of a synced table."""
    t = Base.metadata.tables[table]
    with services.engine.connect() as conn:
        return set(conn.scalars(select(t.c.id)))


def synced_rows(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """All rows of every table a package carries, plus the name tokens built from them."""
    return {t: table_rows(services, t) for t in (*TABLE_NAMES, "person_name_token")}


def db_checksum(services: Services) -> str:
    """sha256 over every row of every table (reference areas included), in key order."""
    digest = hashlib.sha256()
    with services.engine.connect() as conn:
        for name in sorted(Base.metadata.tables):
            table = Base.metadata.tables[name]
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            cursor = conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY {order}').cursor
            while rows := cursor.fetchmany(10_000):
                digest.update(repr(rows).encode())
            digest.update(f"--{name}--".encode())
    return digest.hexdigest()


def edit(services: Services, orm_cls: Any, record_id: str, **fields: Any) -> None:
    """Change a record the way a service would: new values and a fresh updated_at."""
    with services.ctx.session_factory.begin() as session:
        row = session.get(orm_cls, record_id)
        assert row is not None
        stamp = max(services.ctx.now(), row.updated_at + timedelta(microseconds=1))
        session.execute(
            update(orm_cls)
            .where(orm_cls.id == record_id)
            .values(**fields, updated_at=stamp, updated_by=services.ctx.username)
        )


def count(services: Services, orm_cls: Any) -> int:
    """Rows of a table (tombstones too)."""
    with services.ctx.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(orm_cls)) or 0)
