"""Index persons by name: the Anggota list pages through 1.7M persons in name order.

Revision ID: 0003_person_name_index
Revises: 0002_office_keys_and_numbering
Create Date: 2026-11-27 22:30:00

Issue 3: the member list shows every person of the area sorted by name and fetches it page by
page while the operator scrolls. Without an index each page of a national database sorted all
1.7 million rows (~0.5 s); with it a page is an index range read.
"""
from alembic import op


revision = '0003_person_name_index'
down_revision = '0002_office_keys_and_numbering'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_person_name'), 'person', ['name'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_person_name'), table_name='person')
