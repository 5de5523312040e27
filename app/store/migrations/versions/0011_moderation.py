"""moderation and edits: hidden writing, versions, reports, local edits and conflict copies

Revision ID: 0011_moderation
Revises: 0010_surveys
Create Date: 2026-12-01 17:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011_moderation'
down_revision: Union[str, Sequence[str], None] = '0010_surveys'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MODERATED = ('posts', 'debate_proposals', 'debate_arguments', 'wall_posts', 'wall_comments')


def upgrade() -> None:
    for table in MODERATED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('hidden', sa.Boolean(), nullable=False,
                                          server_default='0'))
            batch_op.add_column(sa.Column('hidden_reason', sa.Text(), nullable=True))
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))
            batch_op.add_column(sa.Column('edited_at', sa.DateTime(timezone=True),
                                          nullable=True))
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('group_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('group_title', sa.String(length=200), nullable=False,
                                      server_default=''))
    op.create_table('reports',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('reporter_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.Column('sync_state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_record_id'), ['record_id'], unique=False)
    op.create_table('local_edits',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id')
    )


def downgrade() -> None:
    op.drop_table('local_edits')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_record_id'))
    op.drop_table('reports')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_column('group_title')
        batch_op.drop_column('group_id')
    for table in reversed(MODERATED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ('edited_at', 'version', 'hidden_reason', 'hidden'):
                batch_op.drop_column(column)
