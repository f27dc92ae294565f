"""Office signing keys, trusted keys of other offices, verification columns of the register.

Revision ID: 0002_office_keys_and_numbering
Revises: 0001_initial
Create Date: 2026-11-27 22:10:02.162777

Issue 4: documents carry a signed QR code and a short verification code. The office's Ed25519
key lives in ``office_key`` (shared by every PC of an office on one PostgreSQL database), the
keys of other offices whose documents are accepted in ``trusted_office_key``. The register
(``issued_document``) gains the hash of the document's content and its short verification
code; they are added with a server default (the table may already hold rows) that is dropped
again, because the models set their defaults in Python like every other column.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_office_keys_and_numbering'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('office_key',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('private_key', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_key')),
    sa.UniqueConstraint('public_key', name=op.f('uq_office_key_public_key'))
    )
    op.create_table('trusted_office_key',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('area_code', sa.String(length=13), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=16), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('accepted_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trusted_office_key')),
    sa.UniqueConstraint('public_key', name=op.f('uq_trusted_office_key_public_key'))
    )
    with op.batch_alter_table('trusted_office_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_office_key_area_code'), ['area_code'], unique=False)

    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_sha256', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('verification_code', sa.String(length=16), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_issued_document_verification_code'), ['verification_code'], unique=False)
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.alter_column('content_sha256', server_default=None)
        batch_op.alter_column('verification_code', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_verification_code'))
        batch_op.drop_column('verification_code')
        batch_op.drop_column('content_sha256')

    with op.batch_alter_table('trusted_office_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trusted_office_key_area_code'))

    op.drop_table('trusted_office_key')
    op.drop_table('office_key')
