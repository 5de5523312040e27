"""debates: questions, proposals, arguments, endorsements, the published proposal

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 14:07:10

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('debate_arguments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('proposal_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('debate_arguments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debate_arguments_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('debate_endorsements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('proposal_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('debate_endorsements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debate_endorsements_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('debate_proposals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('debate_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('debate_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debate_proposals_debate_id'), ['debate_id'], unique=False)

    op.create_table('debates',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('slug', sa.String(length=100), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('opens_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('synthesis', sa.Text(), nullable=False),
    sa.Column('result_title', sa.String(length=200), nullable=False),
    sa.Column('result_body', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('published_by', sa.String(length=36), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('debates')
    with op.batch_alter_table('debate_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debate_proposals_debate_id'))

    op.drop_table('debate_proposals')
    with op.batch_alter_table('debate_endorsements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debate_endorsements_proposal_id'))

    op.drop_table('debate_endorsements')
    with op.batch_alter_table('debate_arguments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debate_arguments_proposal_id'))

    op.drop_table('debate_arguments')
