"""Partial indexes of live rows, so Beranda's record counts stop reading whole tables.

Revision ID: 0005_stats_indexes
Revises: 0004_exchange_bookkeeping
Create Date: 2026-11-28 01:00:00

Issue 3: the home page counts the live (not soft-deleted) rows of twelve tables when the
window opens. On national data (1.7M persons, memberships and payments) each count read its
whole table: ~1.1 s in all. An index holding only the rows where ``deleted_at`` is NULL lets
each count walk a small index instead (~0.2 s in all). It leads with the expression
``(deleted_at IS NULL)`` so that no other query takes it for a selective lookup (see
``storage/orm_live_indexes.py``, also for why PostgreSQL gets a full index). Creating them on a
national database takes ~10 s, once.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_stats_indexes'
down_revision = '0004_exchange_bookkeeping'
branch_labels = None
depends_on = None

TABLES = (
    'cooperative',
    'person',
    'membership',
    'board_position',
    'business_unit',
    'capital_payment',
    'meeting',
    'training_event',
    'training_participant',
    'mentoring_visit',
    'attachment',
    'issued_document',
)


def upgrade() -> None:
    live = sa.text('deleted_at IS NULL')
    for table in TABLES:
        op.create_index(
            f'ix_{table}_live', table, [sa.text('(deleted_at IS NULL)'), 'deleted_at'],
            unique=False, sqlite_where=live,  # partial on SQLite only, as in the models
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f'ix_{table}_live', table_name=table)
