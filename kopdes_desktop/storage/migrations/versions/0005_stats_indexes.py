"""Partial indexes of live rows, so Beranda's record counts stop reading whole tables.

Revision ID: 0005_stats_indexes
Revises: 0004_exchange_bookkeeping
Create Date: 2026-11-28 01:00:00

Issue 3: the home page counts the live (not soft-deleted) rows of twelve tables when the
window opens. On national data (1.7M persons, memberships and payments) each count read its
whole table: ~1.1 s in all. An index on ``deleted_at`` holding only the rows where it is NULL
lets each count walk a small index instead (~0.2 s in all). Creating them on a national
database takes a few seconds, once.
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
            f'ix_{table}_live', table, ['deleted_at'], unique=False,
            sqlite_where=live, postgresql_where=live,
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f'ix_{table}_live', table_name=table)
