"""surveys, this person's answers, and the network's statistics snapshot

Revision ID: 0010_surveys
Revises: 0009_directory
Create Date: 2026-12-01 17:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010_surveys'
down_revision: Union[str, Sequence[str], None] = '0009_directory'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _state():
    return [sa.Column('state', sa.String(length=10), nullable=False),
            sa.Column('reject_code', sa.String(length=40), nullable=True)]


def upgrade() -> None:
    op.create_table('surveys',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('multiple', sa.Boolean(), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('respondents', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    *_state(),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('survey_answers',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('survey_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    *_state(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('survey_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answers_survey_id'), ['survey_id'],
                              unique=False)
    op.create_table('network_stats',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('network_stats')
    op.drop_table('survey_answers')
    op.drop_table('surveys')
