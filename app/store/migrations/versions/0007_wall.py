"""the wall, news and featured members

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 14:25:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _state():
    return [sa.Column('state', sa.String(length=10), nullable=False),
            sa.Column('reject_code', sa.String(length=40), nullable=True)]


def upgrade() -> None:
    op.create_table('wall_posts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('file', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('comment_count', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    *_state(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('wall_posts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wall_posts_seq'), ['seq'], unique=False)
    op.create_table('wall_comments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('post_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    *_state(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('wall_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wall_comments_post_id'), ['post_id'], unique=False)
    op.create_table('news',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('photo', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    *_state(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('news', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_news_seq'), ['seq'], unique=False)
    op.create_table('featured_members',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    for table in ('featured_members', 'news', 'wall_comments', 'wall_posts'):
        op.drop_table(table)
