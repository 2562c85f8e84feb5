"""Alembic environment: migrates the configured database (or the connection handed in)."""

from __future__ import annotations

from alembic import context

import clerk_desk.store.models  # noqa: F401  (registers the tables)
from clerk_desk.store.db import make_engine
from clerk_desk.store.models import metadata

config = context.config
SCHEMA_LOCK = 0x434B4431  # "CKD1": the advisory lock held while the schema is built or upgraded


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from clerk_desk.config import database_url

    return database_url()


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two counters (or two first pushes) finding an empty database: one builds the
            # schema, the other waits here and then finds it at head.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
