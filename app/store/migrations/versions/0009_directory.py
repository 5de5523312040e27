"""the member directory: members' profiles, and names folded for search

Revision ID: 0009_directory
Revises: 0007
Create Date: 2026-12-01 17:00:00

"""
import unicodedata
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009_directory'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _fold(text: str) -> str:
    # The same folding as app/store/entities/people.py (a migration keeps its own copy:
    # it must keep doing what it did when later code changes).
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()[:200]


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_people_name_key'), ['name_key'], unique=False)
    connection = op.get_bind()
    people = sa.table('people', sa.column('id'), sa.column('display_name'),
                      sa.column('name_key'))
    for row in connection.execute(sa.select(people.c.id, people.c.display_name)).all():
        connection.execute(people.update().where(people.c.id == row.id)
                           .values(name_key=_fold(row.display_name)))
    op.create_table('member_profiles',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('presentation', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('shared', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.BigInteger(), nullable=True),
    sa.Column('draft', sa.Text(), nullable=True),
    sa.Column('draft_state', sa.String(length=10), nullable=True),
    sa.Column('draft_base', sa.Integer(), nullable=True),
    sa.Column('reject_code', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )


def downgrade() -> None:
    op.drop_table('member_profiles')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_name_key'))
        batch_op.drop_column('name_key')
