"""the open section of a sequential round and when it opened

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attempts", sa.Column("section", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("attempts", sa.Column("section_started_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("attempts", "section_started_at")
    op.drop_column("attempts", "section")
