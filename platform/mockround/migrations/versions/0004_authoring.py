"""catalog metadata for draws, written answers, re-judging, and authors' check status

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("catalog_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meta", sa.JSON(), nullable=True))
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text", sa.Text(), nullable=True))
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rejudge_of", sa.Integer(), nullable=True))
    op.create_table(
        "authoring_status",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("load_error", sa.Text(), nullable=True),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checked_version", sa.String(length=64), nullable=True),
        sa.Column("check_status", sa.String(length=16), nullable=True),
        sa.Column("findings", sa.JSON(), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("kind", "slug"),
    )


def downgrade() -> None:
    op.drop_table("authoring_status")
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("rejudge_of")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_column("text")
    with op.batch_alter_table("catalog_versions", schema=None) as batch_op:
        batch_op.drop_column("meta")
