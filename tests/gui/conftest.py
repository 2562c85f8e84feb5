"""GUI test fixtures: a real SQLite database in the test's data directory, a fixed clock,
and helpers that type like a clerk."""

from __future__ import annotations

from datetime import datetime

import pytest

# The offscreen platform warns about size hints it cannot pass on; that is not our bug.
OFFSCREEN_NOISE = ("propagateSizeHints", "This plugin does not support")


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture
def fixed_clock():  # type: ignore[no-untyped-def]
    from clerk_desk.services import clock

    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))  # a Friday
    yield
    clock.set_clock(None)


@pytest.fixture
def database(fixed_clock):  # type: ignore[no-untyped-def]
    """The configured database (SQLite in the test's data dir), migrated and seeded."""
    from clerk_desk.config import database_url
    from clerk_desk.services.database import ensure_database

    ensure_database(database_url())
    return database_url()


def settings_for(kind: str = "street"):  # type: ignore[no-untyped-def]
    from clerk_desk.config import Settings

    s = Settings()
    s.service_point.code = "S001" if kind == "street" else "C001"
    s.service_point.name = "幸福街道医保服务点" if kind == "street" else "朝阳县医保中心"
    s.service_point.kind = kind
    s.service_point.address = "幸福路1号"
    return s


CLERK = ("wang", "clerk", "王芳")
SUPERVISOR = ("zhao", "supervisor", "赵主任")


def make_ctx(kind: str = "street", who=CLERK, ready: bool = True):  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.context import AppContext

    ctx = AppContext(settings_for(kind), lang="zh", actor=Actor(who[0], Role(who[1]), who[2]))
    ctx.ready = ready
    return ctx


def wait_tasks(qtbot, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import tasks

    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=timeout)


@pytest.fixture(autouse=True)
def _drain_workers(qtbot):  # type: ignore[no-untyped-def]
    """Workers finish before the next test; garbage is collected on this (the GUI) thread only, as
    the app does (gui/gc_guard.py): a worker collecting the Qt objects of an earlier test crashed."""
    import gc

    gc.disable()
    yield
    from clerk_desk.gui import errors
    from clerk_desk.gui.qt import QThreadPool

    QThreadPool.globalInstance().waitForDone(10000)
    from clerk_desk.gui import tasks

    if tasks.pending():
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    errors.set_sink(None)
    errors._on_database_trouble.clear()
    gc.collect()
    gc.enable()
