"""The unit of work: one use case, one transaction, opened on the service side.

The GUI and the command line never import ``clerk_desk.store``: they name the database (a
URL, or an engine they were handed) and call a service, which opens its transaction here.
``with unit_of_work(url) as session:`` commits when the block ends and rolls back on any
exception (``store.db.session_scope``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine
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


def run(target: Engine | str | None, func: Any, *args: Any, **kwargs: Any) -> Any:
    """``func(session, *args, **kwargs)`` inside one unit of work; its result."""
    with unit_of_work(target) as session:
        return func(session, *args, **kwargs)
