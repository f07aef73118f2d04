"""submission leases and enqueue times, for the sweeper

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claim", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())
        )


def downgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("enqueued_at")
        batch_op.drop_column("lease_until")
        batch_op.drop_column("claim")
