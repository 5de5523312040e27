"""moderation and edits: hidden writing, versions for edits, members' reports, and a
group's finished product proposed to the repository

Revision ID: 0014_moderation
Revises: 0013_surveys
Create Date: 2026-12-01 17:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0014_moderation'
down_revision: Union[str, Sequence[str], None] = '0013_surveys'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Every table of member writing a moderator may hide (registry.Moderation).
MODERATED = ('posts', 'debate_proposals', 'debate_arguments', 'wall_posts', 'wall_comments')


def upgrade() -> None:
    for table in MODERATED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('hidden_reason', sa.Text(), nullable=True))
            batch_op.add_column(sa.Column('hidden_by', sa.String(length=36), nullable=True))
            batch_op.add_column(sa.Column('hidden_at', sa.DateTime(timezone=True),
                                          nullable=True))
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
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['reporter_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_seq'), ['seq'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reports_seq'))
        batch_op.drop_index(batch_op.f('ix_reports_record_id'))
    op.drop_table('reports')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_column('group_title')
        batch_op.drop_column('group_id')
    for table in reversed(MODERATED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ('edited_at', 'version', 'hidden_at', 'hidden_by', 'hidden_reason'):
                batch_op.drop_column(column)
