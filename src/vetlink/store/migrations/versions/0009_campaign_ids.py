"""campaigns.created and campaign_members.joined: stable campaign ids across recomputes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(sa.Column("created", sa.DateTime(), nullable=True))
    with op.batch_alter_table("campaign_members") as batch:
        batch.add_column(sa.Column("joined", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("campaign_members") as batch:
        batch.drop_column("joined")
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("created")
