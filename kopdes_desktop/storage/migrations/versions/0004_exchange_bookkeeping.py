"""Exchange bookkeeping: export log, import log and the per-record sync state.

Revision ID: 0004_exchange_bookkeeping
Revises: 0003_person_name_index
Create Date: 2026-11-27 22:40:00

Issue 5: ``export_log`` remembers what was sent where (``kopdes export --since-last DEST``),
``import_log`` which office sent which package (monitoring of villages that never report),
``sync_state`` the version of each record last exchanged, which tells "only they changed"
from "both changed" (a conflict) on the next import.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_exchange_bookkeeping'
down_revision = '0003_person_name_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('export_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('destination', sa.String(length=300), nullable=False),
    sa.Column('exported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('cooperative', sa.String(length=13), nullable=True),
    sa.Column('since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_log_destination'), ['destination'], unique=False)

    op.create_table('import_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('origin_area', sa.String(length=13), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('package_created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_log'))
    )
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_log_origin_area'), ['origin_area'], unique=False)

    op.create_table('sync_state',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('origin_area', sa.String(length=13), nullable=False),
    sa.Column('last_seen_updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_state')),
    sqlite_with_rowid=False,
    )
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_state_received_at'), ['received_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_state_received_at'))

    op.drop_table('sync_state')
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_log_origin_area'))

    op.drop_table('import_log')
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_log_destination'))

    op.drop_table('export_log')
