"""The exchange base and receipt time of each record in the record itself, not in sync_state.

Revision ID: 0006_exchange_base_in_rows
Revises: 0005_stats_indexes
Create Date: 2026-11-28 12:00:00

Issue 5: a national first import wrote every record twice, once into its table and once
into ``sync_state`` (7.6 million rows, 1.5 GB with the index on ``received_at``, and the
import's longest single step). The two values the merge and ``--since-last`` need, the
``updated_at`` last exchanged and when an import last replaced the row, are now two columns of
every synced table (``SyncedMixin.exchange_base`` and ``received_at``); the existing sync state
moves into them. ``sync_state.entity`` and ``origin_area`` were never read and are dropped.

More writes a national import made for nothing go too: the ``updated_at`` index of every
synced table ("changed since" now also asks for ``received_at``, which the table itself
answers: no query used them any more), ``ix_membership_cooperative_id``
(``ix_membership_coop_person`` leads with the same column and serves the same lookups), and on
SQLite ``person_name_token`` becomes a WITHOUT ROWID table keyed by (token, person_id): one
B-tree instead of a rowid table plus the index of its key (rebuilt here, with its rows).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_exchange_base_in_rows'
down_revision = '0005_stats_indexes'
branch_labels = None
depends_on = None

TABLES = (
    'training_event',
    'cooperative',
    'person',
    'membership',
    'board_position',
    'business_unit',
    'capital_payment',
    'meeting',
    'meeting_attendee',
    'training_participant',
    'mentoring_visit',
    'issued_document',
    'attachment',
)
COLUMNS = ('exchange_base', 'received_at')
_TOKENS = """CREATE TABLE _person_name_token_new (
	token VARCHAR(60) NOT NULL,
	person_id VARCHAR(36) NOT NULL,
	CONSTRAINT pk_person_name_token PRIMARY KEY (token, person_id),
	CONSTRAINT fk_person_name_token_person_id_person FOREIGN KEY(person_id)
		REFERENCES person (id) ON DELETE CASCADE
){rowid}"""


def _rebuild_tokens(without_rowid: bool) -> None:
    """SQLite cannot change a table's storage in place: a copy, then the name."""
    op.execute(_TOKENS.format(rowid=' WITHOUT ROWID' if without_rowid else ''))
    op.execute(
        'INSERT INTO _person_name_token_new (token, person_id)'
        ' SELECT token, person_id FROM person_name_token ORDER BY token, person_id'
    )
    op.execute('DROP TABLE person_name_token')
    op.execute('ALTER TABLE _person_name_token_new RENAME TO person_name_token')
    op.create_index('ix_person_name_token_person_id', 'person_name_token', ['person_id'])


def upgrade() -> None:
    for table in TABLES:
        for column in COLUMNS:
            op.add_column(table, sa.Column(column, sa.DateTime(timezone=True), nullable=True))
        op.execute(
            f'UPDATE "{table}" SET exchange_base = s.last_seen_updated_at,'
            f' received_at = s.received_at FROM sync_state AS s WHERE s.record_id = "{table}".id'
        )
    op.drop_index('ix_sync_state_received_at', table_name='sync_state')
    op.drop_table('sync_state')
    op.drop_index('ix_membership_cooperative_id', table_name='membership')
    for table in TABLES:
        op.drop_index(f'ix_{table}_updated_at', table_name=table)
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_tokens(without_rowid=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_tokens(without_rowid=False)
    op.create_index('ix_membership_cooperative_id', 'membership', ['cooperative_id'])
    for table in TABLES:
        op.create_index(f'ix_{table}_updated_at', table, ['updated_at'])
    op.create_table('sync_state',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('origin_area', sa.String(length=13), nullable=False),
    sa.Column('last_seen_updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_sync_state')),
    sqlite_with_rowid=False,
    )
    op.create_index('ix_sync_state_received_at', 'sync_state', ['received_at'], unique=False)
    for table in TABLES:
        # The sending office of each record was never read back: it is not kept.
        op.execute(
            "INSERT INTO sync_state (record_id, entity, origin_area, last_seen_updated_at,"
            f" received_at) SELECT id, '{table}', '', exchange_base, received_at FROM \"{table}\""
            " WHERE exchange_base IS NOT NULL"
        )
        for column in COLUMNS:
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN {column}')
