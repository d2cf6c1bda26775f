"""The store: users, reports, evidence, cases, notes and an append-only audit log
(SQLAlchemy 2; SQLite by default, PostgreSQL when ``VETLINK_DATABASE_URL`` says so)."""
