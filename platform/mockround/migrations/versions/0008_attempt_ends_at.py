"""when an attempt ends if nothing more happens: what the closer looks for

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attempts", sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE attempts SET ends_at = deadline")


def downgrade() -> None:
    op.drop_column("attempts", "ends_at")
