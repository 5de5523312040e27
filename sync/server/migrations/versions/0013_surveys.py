"""surveys and the network's statistics: surveys, survey answers, the statistics
snapshot, downloads begun

Revision ID: 0013_surveys
Revises: 0012_directory
Create Date: 2026-12-01 16:50:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0013_surveys'
down_revision: Union[str, Sequence[str], None] = '0012_directory'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _synced():
    return [sa.Column('seq', sa.BigInteger(), nullable=False),
            sa.Column('deleted', sa.Boolean(), nullable=False)]


def upgrade() -> None:
    op.create_table('surveys',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('multiple', sa.Boolean(), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('respondents', sa.Integer(), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('slug')
    )
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_surveys_seq'), ['seq'], unique=False)

    op.create_table('survey_answers',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['survey_id'], ['surveys.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('survey_id', 'user_id')
    )
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answers_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_answers_survey_id'), ['survey_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_survey_answers_user_id'), ['user_id'],
                              unique=False)

    op.create_table('network_stats',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('goal', sa.Integer(), nullable=True),
    *_synced(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('network_stats', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_network_stats_seq'), ['seq'], unique=False)

    op.create_table('file_downloads',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('file_downloads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_file_downloads_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_file_downloads_at'), ['at'], unique=False)


def downgrade() -> None:
    op.drop_table('file_downloads')
    op.drop_table('network_stats')
    op.drop_table('survey_answers')
    op.drop_table('surveys')
