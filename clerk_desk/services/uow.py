"""The unit of work: one use case, one transaction, opened on the service side.

The GUI and the command line never import ``clerk_desk.store``: they name the database (a
URL, or an engine they were handed) and call a service, which opens its transaction here.
``with unit_of_work(url) as session:`` commits when the block ends and rolls back on any
exception (``store.db.session_scope``).  A use case that only reads and records nothing (a
lookup as the clerk types) may take ``with reading(url) as connection:`` instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session


def engine_for(url: str | None = None) -> Engine:
    """The process's engine for ``url`` (default: the configured database)."""
    from clerk_desk.store.db import get_engine

    return get_engine(url)


@contextmanager
def unit_of_work(target: Engine | str | None = None) -> Iterator[Session]:
    """One transaction on ``target`` (an engine, a URL, or the configured database)."""
    from clerk_desk.store.db import session_scope

    engine = target if isinstance(target, Engine) else engine_for(target)
    with session_scope(engine) as session:
        yield session


@contextmanager
def reading(target: Engine | str | None = None) -> Iterator[Connection]:
    """A connection for a use case that only reads: one transaction, rolled back when the block
    ends (it wrote nothing), and no Session: a Session's begin, identity map, flush and events
    cost as much again as an indexed lookup.  Nothing is audited here (an audited view writes its
    entry: :func:`unit_of_work`); a denied action is, in its own transaction (``permissions``)."""
    engine = target if isinstance(target, Engine) else engine_for(target)
    with engine.connect() as connection:
        yield connection


SQLITE_ATTEMPTS = 12


def run(target: Engine | str | None, func: Any, *args: Any, **kwargs: Any) -> Any:
    """``func(session, *args, **kwargs)`` inside one unit of work; its result.

    On SQLite a transaction that read first and then writes cannot take the write lock once
    another counter's worker has committed since its read ("database is locked" at once, WAL's
    stale snapshot): nothing of it was kept, so the whole use case runs again, a few times."""
    import random
    import time

    from sqlalchemy.exc import OperationalError

    engine = target if isinstance(target, Engine) else engine_for(target)
    for attempt in range(1, SQLITE_ATTEMPTS + 1):
        try:
            with unit_of_work(engine) as session:
                return func(session, *args, **kwargs)
        except OperationalError as exc:
            if (engine.dialect.name != "sqlite" or "database is locked" not in str(exc.orig)
                    or attempt == SQLITE_ATTEMPTS):
                raise
            time.sleep(random.uniform(0.005, 0.02) * attempt)  # apart, so the next try finds the lock free
    raise AssertionError("unreachable")  # pragma: no cover
