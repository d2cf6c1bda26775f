"""Alembic environment: the engine comes from ``config.attributes["engine"]``
(see :func:`vetlink.store.db.upgrade`), or from vetlink's settings."""

from __future__ import annotations

from alembic import context

from vetlink.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from vetlink.settings import get_settings
    from vetlink.store.db import engine_for

    engine = engine_for(get_settings())

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
