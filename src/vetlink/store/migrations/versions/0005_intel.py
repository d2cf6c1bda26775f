"""intel: cases.attribution (analyst's attribution, exported as a threat-actor) and partners
(per-organisation TAXII tokens, kept as sha256)

Revision ID: 0005
Revises: 0006
Create Date: 2026-12-01 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("attribution", sa.String(300), nullable=True))
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_partners_token_hash", "partners", ["token_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_partners_token_hash", table_name="partners")
    op.drop_table("partners")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("attribution")
