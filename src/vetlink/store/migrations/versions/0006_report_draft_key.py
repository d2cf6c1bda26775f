"""reports.draft_key: one report per check, however often the form is sent

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-01 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch_op:
        batch_op.add_column(sa.Column("draft_key", sa.String(64), nullable=True))
        batch_op.create_unique_constraint("uq_reports_reporter_draft",
                                          ["reporter_id", "draft_key"])


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch_op:
        batch_op.drop_constraint("uq_reports_reporter_draft", type_="unique")
        batch_op.drop_column("draft_key")
