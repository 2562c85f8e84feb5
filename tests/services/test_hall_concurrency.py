"""Several counters of a hall accept at once on one PostgreSQL database: unique numbers, whole chains."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlmodel import Session, select

from clerk_desk.config import Settings
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.audit import verify_chain
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.store.models import Application
from tests.helpers.people import make_id, self_form

pytestmark = pytest.mark.postgres

BIRTH = date(1975, 3, 9)


@pytest.fixture
def pg_engine(backend, engine):  # type: ignore[no-untyped-def]
    if backend != "postgres":
        pytest.skip("the hall's shared database is PostgreSQL")
    return engine


def test_counters_accepting_at_once(pg_engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Session(pg_engine) as s:
        ensure_published_years(s)
        s.commit()
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))
    settings = Settings()
    settings.service_point.code, settings.service_point.name = "H001", "医保服务大厅"
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def counter(n: int) -> None:
        # each counter is its own station; the station code is read per call, so pin it per thread
        from clerk_desk.services import station

        monkeypatch.setattr(station, "station_code", lambda: f"HALL-{threading.current_thread().name}")
        try:
            barrier.wait()
            for i in range(8):
                with Session(pg_engine) as s:
                    svc.accept(s, Actor(f"clerk{n}", Role.CLERK),
                               self_form(make_id(BIRTH, seq=n * 100 + i), f"人{n}-{i}", birth=BIRTH),
                               settings=settings)
                    s.commit()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=counter, args=(n,), name=f"C{n}") for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with Session(pg_engine) as s:
        numbers = [a.number for a in s.exec(select(Application))]
        assert len(numbers) == 32 and len(set(numbers)) == 32
        assert sorted(numbers) == [f"H001-20261127-{i:04d}" for i in range(1, 33)]
        assert verify_chain(s) is None
