"""ops the server accepted, kept to send again if the server is restored from a backup

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sent_ops',
    sa.Column('position', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('position'),
    sa.UniqueConstraint('op_id')
    )
    with op.batch_alter_table('sent_ops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sent_ops_sent_at'), ['sent_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sent_ops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sent_ops_sent_at'))
    op.drop_table('sent_ops')
