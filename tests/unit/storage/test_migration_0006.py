"""Migration 0006 on a database that already exchanged packages (an office upgrading): the
sync state of each record moves into the record, and back on a downgrade."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from kopdes_desktop.storage.database import make_engine
from kopdes_desktop.storage.migrate import alembic_config, current_revision, head_revision

RECEIVED, BASE, LATER = "a" * 35 + "1", "a" * 35 + "2", "a" * 35 + "3"
"""Three training events: one an import replaced, one whose base was only noted, one never
exchanged (written here)."""
PERSON = "b" * 36


def _event(event_id: str) -> dict[str, object]:
    return {
        "id": event_id,
        "title": "Pelatihan Pengurus",
        "organiser": "Dinas",
        "funding_source": "APBD",
        "start_date": "2026-11-01",
        "end_date": "2026-11-02",
        "venue": "Aula",
        "mode": "luring",
        "topics": "[]",
        "created_at": "2026-11-01 08:00:00.000000",
        "updated_at": "2026-11-03 08:00:00.000000",
    }


def _migrate(engine, revision: str, down: bool = False) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, revision)


def test_the_sync_state_moves_into_the_records_and_back(empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        _migrate(engine, "0005_stats_indexes")
        with engine.begin() as conn:
            for event_id in (RECEIVED, BASE, LATER):
                row = _event(event_id)
                names, marks = ", ".join(row), ", ".join(f":{k}" for k in row)
                conn.execute(text(f"INSERT INTO training_event ({names}) VALUES ({marks})"), row)
            person = {
                "id": PERSON,
                "name": "Siti Aminah",
                "birth_place": "Jakarta",
                "address": "Jl. Melawai",
                "rt": "001",
                "rw": "002",
                "occupation": "Pedagang",
                "nationality": "WNI",
                "phone": "",
                "email": "",
                "created_at": "2026-11-01 08:00:00.000000",
                "updated_at": "2026-11-03 08:00:00.000000",
            }
            names, marks = ", ".join(person), ", ".join(f":{k}" for k in person)
            conn.execute(text(f"INSERT INTO person ({names}) VALUES ({marks})"), person)
            conn.execute(
                text("INSERT INTO person_name_token (token, person_id) VALUES ('siti', :p)"),
                {"p": PERSON},
            )
            conn.execute(
                text(
                    "INSERT INTO sync_state (record_id, entity, origin_area, last_seen_updated_at,"
                    " received_at) VALUES (:a, 'training_event', '31.74.07.1001', :t, :r),"
                    " (:b, 'training_event', '31.74.07.1002', :t, NULL)"
                ),
                {
                    "a": RECEIVED,
                    "b": BASE,
                    "t": "2026-11-02 08:00:00.000000",
                    "r": "2026-11-04 09:00:00.000000",
                },
            )

        _migrate(engine, "head")

        assert current_revision(engine) == head_revision()
        assert "sync_state" not in inspect(engine).get_table_names()
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, CAST(exchange_base AS TEXT), CAST(received_at AS TEXT)"
                    " FROM training_event ORDER BY id"
                )
            ).all()
        assert [(r[0], r[1] is not None, r[2] is not None) for r in rows] == [
            (RECEIVED, True, True),
            (BASE, True, False),
            (LATER, False, False),
        ]
        indexes = {i["name"] for i in inspect(engine).get_indexes("membership")}
        assert "ix_membership_cooperative_id" not in indexes
        assert "ix_membership_coop_person" in indexes
        with engine.connect() as conn:
            tokens = conn.execute(text("SELECT token, person_id FROM person_name_token")).all()
            if conn.dialect.name == "sqlite":
                sql = conn.execute(
                    text("SELECT sql FROM sqlite_master WHERE name = 'person_name_token'")
                ).scalar_one()
                assert sql.rstrip().endswith("WITHOUT ROWID")
        assert [tuple(t) for t in tokens] == [("siti", PERSON)]
        assert rows[0][1].startswith("2026-11-02 08:00:00")
        assert rows[0][2].startswith("2026-11-04 09:00:00")

        _migrate(engine, "0005_stats_indexes", down=True)

        assert "exchange_base" not in {
            c["name"] for c in inspect(engine).get_columns("training_event")
        }
        with engine.connect() as conn:
            states = conn.execute(
                text(
                    "SELECT record_id, entity, received_at IS NOT NULL FROM sync_state"
                    " ORDER BY record_id"
                )
            ).all()
        assert "ix_membership_cooperative_id" in {
            i["name"] for i in inspect(engine).get_indexes("membership")
        }
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person_name_token")).scalar() == 1
        assert [tuple(s) for s in states] == [
            (RECEIVED, "training_event", True),
            (BASE, "training_event", False),
        ]
    finally:
        engine.dispose()
