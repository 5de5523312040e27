"""the server's identity: a random id that every restore changes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 14:30:00

"""
import uuid
from datetime import datetime, timezone
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    table = op.create_table('server_identity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('server_id', sa.String(length=36), nullable=False),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(table, [{"id": 1, "server_id": str(uuid.uuid4()),
                            "since": datetime.now(timezone.utc)}])


def downgrade() -> None:
    op.drop_table('server_identity')
