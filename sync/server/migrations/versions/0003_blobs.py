"""blobs: content-addressed files, who uploaded them, which records use them

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'blobs',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('uploaded_by', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['uploaded_by'], ['users.id'], ),
        sa.PrimaryKeyConstraint('sha256'),
    )
    op.create_table(
        'blob_uploads',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['sha256'], ['blobs.sha256'], ),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
        sa.PrimaryKeyConstraint('sha256', 'user_id'),
    )
    op.create_table(
        'blob_refs',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['sha256'], ['blobs.sha256'], ),
        sa.PrimaryKeyConstraint('sha256', 'entity', 'record_id'),
    )
    with op.batch_alter_table('blob_refs', schema=None) as batch_op:
        batch_op.create_index('ix_blob_refs_record', ['entity', 'record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('blob_refs', schema=None) as batch_op:
        batch_op.drop_index('ix_blob_refs_record')
    op.drop_table('blob_refs')
    op.drop_table('blob_uploads')
    op.drop_table('blobs')
