"""practice mode: items made from cases, practice sets and answers

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-01 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "practice_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("data", JSON, nullable=False),
        sa.Column("source_case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "practice_sets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("department", sa.String(120), nullable=True),
        sa.Column("item_keys", JSON, nullable=False),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("finished", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_practice_sets_user_id", "practice_sets", ["user_id"])
    op.create_table(
        "practice_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("set_id", sa.Integer(), sa.ForeignKey("practice_sets.id"), nullable=False),
        sa.Column("item_key", sa.String(120), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("choice", sa.String(16), nullable=False),
        sa.Column("caught", JSON, nullable=False),
        sa.Column("missed", JSON, nullable=False),
        sa.Column("wrong", JSON, nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("answered", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("set_id", "item_key", name="uq_practice_answer_item"),
    )
    op.create_index("ix_practice_answers_set_id", "practice_answers", ["set_id"])


def downgrade() -> None:
    op.drop_index("ix_practice_answers_set_id", table_name="practice_answers")
    op.drop_table("practice_answers")
    op.drop_index("ix_practice_sets_user_id", table_name="practice_sets")
    op.drop_table("practice_sets")
    op.drop_table("practice_items")
