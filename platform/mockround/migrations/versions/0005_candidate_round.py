"""invites, editor drafts, flags for review, who took an attempt, and the server's close at the deadline

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "invites",
        sa.Column("token", sa.String(length=64), primary_key=True),
        sa.Column("round_slug", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("start_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("extra_minutes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempt_id", sa.String(length=64), nullable=True),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "attempt_id",
            sa.String(length=64),
            sa.ForeignKey("attempts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_key", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("attempt_id", "item_key", "language"),
    )
    op.create_index("ix_drafts_attempt_id", "drafts", ["attempt_id"])
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flagged", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("candidate_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("invite_token", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_attempts_candidate_key", ["candidate_key"])


def downgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_attempts_candidate_key")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("invite_token")
        batch_op.drop_column("candidate_key")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_column("flagged")
    op.drop_index("ix_drafts_attempt_id", table_name="drafts")
    op.drop_table("drafts")
    op.drop_table("invites")
