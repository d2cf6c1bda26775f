"""campaigns: report keys, import ledger, stored campaigns, their members and edges

Revision ID: 0004
Revises: 0005
Create Date: 2026-12-01 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_keys",
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("department", sa.String(length=120), nullable=True),
        sa.Column("sector", sa.String(length=120), nullable=True),
        sa.Column("photo_hashes", JSON_TYPE, nullable=True),
    )
    op.create_table(
        "imported_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("report_id", sa.Integer(), sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    with op.batch_alter_table("imported_lines") as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_lines_digest"), ["digest"], unique=True)
        batch_op.create_index(batch_op.f("ix_imported_lines_report_id"), ["report_id"])
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(length=32), primary_key=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("features", JSON_TYPE, nullable=False),
        sa.Column("evidence", JSON_TYPE, nullable=False),
        sa.Column("targets", JSON_TYPE, nullable=False),
        sa.Column("lures", JSON_TYPE, nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=True),
        sa.Column("last_seen", sa.String(length=32), nullable=True),
        sa.Column("computed", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "campaign_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.String(length=32), sa.ForeignKey("campaigns.id"),
                  nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
    )
    with op.batch_alter_table("campaign_members") as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_members_campaign_id"), ["campaign_id"])
        batch_op.create_index(batch_op.f("ix_campaign_members_case_id"), ["case_id"])
    op.create_table(
        "campaign_edges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.String(length=32), sa.ForeignKey("campaigns.id"),
                  nullable=False),
        sa.Column("case_a", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("case_b", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("bits", sa.Float(), nullable=False),
        sa.Column("evidence", JSON_TYPE, nullable=False),
    )
    with op.batch_alter_table("campaign_edges") as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_edges_campaign_id"), ["campaign_id"])


def downgrade() -> None:
    op.drop_table("campaign_edges")
    op.drop_table("campaign_members")
    op.drop_table("campaigns")
    op.drop_table("imported_lines")
    op.drop_table("report_keys")
