"""Sync as a protocol on change numbers: nothing lost whatever the clocks, nothing doubled, chains whole."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import Session, func, select

from clerk_desk.services import clock, sync
from clerk_desk.services.audit import verify_chain
from clerk_desk.store.models import Application, AuditEvent
from tests.services.test_sync import CLERK, accept_some, station_db


def _push(local_engine, central, url: str) -> sync.MergeCounts:  # type: ignore[no-untyped-def]
    with Session(local_engine) as local, Session(central) as c:
        counts = sync.push(local, c, CLERK, central_url=url)
        c.commit()
        local.commit()
    return counts


def _pull(local_engine, central, url: str) -> sync.MergeCounts:  # type: ignore[no-untyped-def]
    with Session(local_engine) as local, Session(central) as c:
        counts = sync.pull(local, c, CLERK, central_url=url)
        local.commit()
    return counts


def _entries(engine, station: str) -> list[int]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return sorted(s.exec(select(AuditEvent.seq).where(AuditEvent.station == station)))


def test_push_pull_cycles_keep_every_audit_entry_of_the_point(tmp_path: Path, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    central, url = engine, str(engine.url)
    street = station_db(tmp_path, "street", monkeypatch)
    for cycle in range(5):
        accept_some(street, monkeypatch, "ST-A", "S001", range(cycle * 3 + 1, cycle * 3 + 4))
        counts = _push(street, central, url)
        assert counts.conflicts == []
        _pull(street, central, url)
    _push(street, central, url)  # the last pull's own entry
    local_seqs = _entries(street, "ST-A")
    assert local_seqs == list(range(1, len(local_seqs) + 1))
    assert _entries(central, "ST-A") == local_seqs  # every entry of the point's chain, once
    with Session(central) as c:
        assert verify_chain(c) is None
        assert c.exec(select(func.count()).select_from(Application)).one() == 15
        # the central's own bookkeeping is under its own station code, never the point's
        pushes = c.exec(select(AuditEvent).where(AuditEvent.action == "sync.push")).all()
        assert len(pushes) == 6 and {e.station for e in pushes} == {sync.DATABASE_STATION}
    with Session(street) as s:
        assert verify_chain(s) is None


def test_records_made_under_a_clock_set_back_still_reach_the_central(tmp_path: Path, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    central, url = engine, str(engine.url)
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 4))
    _push(street, central, url)
    clock.set_clock(lambda: datetime(2026, 11, 20, 9, 0))  # the clerk corrects a clock that ran a week fast
    accept_some(street, monkeypatch, "ST-A", "S001", range(10, 14))
    counts = _push(street, central, url)
    assert counts.inserted.get("application") == 4
    with Session(central) as c, Session(street) as s:
        here = sorted(a.number or "" for a in s.exec(select(Application)))
        there = sorted(a.number or "" for a in c.exec(select(Application)))
        assert here == there and len(here) == 7
    again = _push(street, central, url)
    assert again.total_inserted <= 1 and again.total_updated == 0  # only the previous push's local entry, if any
