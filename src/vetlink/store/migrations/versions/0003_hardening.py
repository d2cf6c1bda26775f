"""audit_log: refuse INSERT OR REPLACE over an existing entry (SQLite)

SQLite's ``INSERT OR REPLACE`` (and ``REPLACE INTO``) resolves a primary-key conflict by
deleting the old row first, and that deletion fires DELETE triggers only when
``recursive_triggers`` is on: the append-only triggers of 0001 did not stop it. A BEFORE
INSERT trigger that refuses an id already present closes the hole whatever the pragma says.
PostgreSQL has no REPLACE; its ``INSERT ... ON CONFLICT DO UPDATE`` fires the UPDATE trigger
of 0001, which refuses it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SQLITE_NO_REPLACE = (
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_NO_REPLACE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
