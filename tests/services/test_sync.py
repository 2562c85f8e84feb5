"""Offline street points merge with the hall: bundles and push/pull, replayable, all or nothing."""

from __future__ import annotations

import gzip
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from clerk_desk.config import Settings
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock, sync
from clerk_desk.services.audit import verify_chain
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.store.db import make_engine
from clerk_desk.store.models import Application, AuditEvent, metadata
from tests.helpers.people import make_id, self_form

CLERK = Actor("wang", Role.CLERK)
SUP = Actor("zhao", Role.SUPERVISOR)
BIRTH = date(1980, 5, 17)


def settings(code: str) -> Settings:
    s = Settings()
    s.service_point.code, s.service_point.name, s.service_point.kind = code, f"服务点{code}", "street"
    return s


def station_db(tmp_path: Path, name: str, monkeypatch) -> object:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_STATION", f"ST-{name}")
    engine = make_engine(f"sqlite:///{tmp_path / name}.sqlite3")
    metadata.create_all(engine)
    with Session(engine) as s:
        ensure_published_years(s)
        s.commit()
    return engine


def count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return int(s.exec(select(func.count()).select_from(model)).one())


@pytest.fixture(autouse=True)
def fixed_clock():  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))


def accept_some(engine, monkeypatch, station: str, point: str, seqs: range) -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_STATION", station)
    numbers = []
    with Session(engine) as s:
        for i in seqs:
            numbers.append(svc.accept(s, CLERK, self_form(make_id(BIRTH, seq=i), f"人{i}", birth=BIRTH),
                                      settings=settings(point)).number)
        s.commit()
    return numbers


def test_bundle_round_trip_is_replayable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    numbers = accept_some(street, monkeypatch, "ST-A", "S001", range(1, 4))
    bundle = tmp_path / "stick" / "s001.cdb"
    bundle.parent.mkdir()
    with Session(street) as s:
        assert sync.export_bundle(s, CLERK, bundle) > 0
        s.commit()
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    for attempt in range(2):
        with Session(hall) as s:
            counts = sync.import_bundle(s, SUP, bundle)
            s.commit()
        if attempt == 0:
            assert counts.inserted["application"] == 3
        else:
            assert counts.total_inserted == 0 and counts.total_updated == 0
    with Session(hall) as s:
        got = sorted(a.number or "" for a in s.exec(select(Application)))
        assert got == sorted(numbers)
        assert verify_chain(s) is None  # the street point's audit chain arrived whole


def test_damaged_bundle_changes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    bundle = tmp_path / "b.cdb"
    with Session(street) as s:
        sync.export_bundle(s, CLERK, bundle)
        s.commit()
    from clerk_desk.services import bundle as bundle_file

    station, sealed = bundle_file._open(bundle, bundle.read_bytes())
    raw = gzip.decompress(sealed)
    cut = tmp_path / "cut.cdb"  # cut before it was sealed (a point's bug): complete file, incomplete content
    cut.write_bytes(bundle_file._seal(station, gzip.compress(raw[: len(raw) // 2])))
    half = tmp_path / "half.cdb"
    half.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    before = count(hall, AuditEvent)
    for bad in (cut, half):
        with Session(hall) as s, pytest.raises(RuleError) as exc:
            sync.import_bundle(s, SUP, bad)
        assert exc.value.code in ("sync.bundle_damaged", "sync.bundle_key")
    assert count(hall, Application) == 0 and count(hall, AuditEvent) == before


def test_newer_change_wins_both_ways(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    [number] = accept_some(street, monkeypatch, "ST-A", "S001", range(5, 6))
    b1 = tmp_path / "1.cdb"
    with Session(street) as s:
        sync.export_bundle(s, CLERK, b1)
        s.commit()
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    with Session(hall) as s:
        sync.import_bundle(s, SUP, b1)
        app = s.exec(select(Application).where(Application.number == number)).one()
        clock.set_clock(lambda: datetime(2026, 12, 1, 9, 0))
        svc.mark_ready(s, SUP, [app.id], settings=settings("S001"))
        s.commit()
    b2 = tmp_path / "2.cdb"
    with Session(hall) as s:
        sync.export_bundle(s, SUP, b2)
        s.commit()
    monkeypatch.setenv("CLERK_DESK_STATION", "ST-A")
    with Session(street) as s:
        counts = sync.import_bundle(s, CLERK, b2)
        s.commit()
        assert counts.updated.get("application") == 1
        assert s.exec(select(Application).where(Application.number == number)).one().status == "ready"
        assert verify_chain(s) is None


def test_push_and_pull_with_central(tmp_path: Path, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    central = engine  # SQLite and, with CLERK_DESK_TEST_DATABASE_URL, PostgreSQL
    street_a, street_b = station_db(tmp_path, "a", monkeypatch), station_db(tmp_path, "b", monkeypatch)
    accept_some(street_a, monkeypatch, "ST-A", "S001", range(1, 3))
    accept_some(street_b, monkeypatch, "ST-B", "S002", range(11, 14))
    url = str(central.url)
    for local_engine, station in ((street_a, "ST-A"), (street_b, "ST-B")):
        monkeypatch.setenv("CLERK_DESK_STATION", station)
        with Session(local_engine) as local, Session(central) as c:
            sync.push(local, c, CLERK, central_url=url)
            c.commit()
            local.commit()
    assert count(central, Application) == 5
    monkeypatch.setenv("CLERK_DESK_STATION", "ST-A")
    with Session(street_a) as local, Session(central) as c:
        counts = sync.pull(local, c, CLERK, central_url=url)
        local.commit()
    assert counts.inserted.get("application") == 3
    with Session(street_a) as local, Session(central) as c:
        again = sync.push(local, c, CLERK, central_url=url)
        c.commit()
        local.commit()
    assert again.total_inserted <= 1  # only the pull's own audit entry is new
    assert again.conflicts == []
    with Session(central) as c:
        assert verify_chain(c) is None


def test_shared_station_code_conflicts_are_kept_out(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    one, two = station_db(tmp_path, "x", monkeypatch), station_db(tmp_path, "y", monkeypatch)
    accept_some(one, monkeypatch, "SAME", "S001", range(1, 2))
    accept_some(two, monkeypatch, "SAME", "S002", range(2, 3))
    bundle = tmp_path / "b.cdb"
    with Session(one) as s:
        sync.export_bundle(s, CLERK, bundle)
        s.commit()
    with Session(two) as s:
        counts = sync.import_bundle(s, SUP, bundle)
        s.commit()
        assert counts.inserted.get("application") == 1
        assert any(c.startswith("audit_event:") for c in counts.conflicts)
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "sync.conflict")).first() is not None


def test_first_push_to_a_new_central_database_keeps_every_entry(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine

    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    central_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    ensure_database(central_url)  # set up by the street point's push, as the CLI and the GUI do
    central = get_engine(central_url)
    with Session(street) as local, Session(central) as c:
        counts = sync.push(local, c, CLERK, central_url=central_url)
        c.commit()
        local.commit()
    assert counts.conflicts == []
    with Session(central) as c:
        assert verify_chain(c) is None
        seeds = c.exec(select(AuditEvent).where(AuditEvent.action == "calendar.seed")).all()
        assert "DB" in {e.station for e in seeds}  # the central database's own seeding


def test_exchange_and_last_times(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    central_url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    with Session(street) as s:
        assert sync.last_exchanges(s) == (None, None)
    counts = sync.exchange("push", str(street.url), central_url, CLERK)
    assert counts.inserted["application"] == 2
    with Session(street) as s:
        pushed, pulled = sync.last_exchanges(s)
    assert pushed == datetime(2026, 11, 27, 10, 0).astimezone() and pulled is None
    with pytest.raises(ValueError):
        sync.exchange("sideways", str(street.url), central_url, CLERK)
