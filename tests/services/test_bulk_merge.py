"""The batched merge stores exactly what the point holds, keeps refused rows (and their children) out,
gives one change number a transaction, and a bundle imported a few records at a time is all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import Session

from clerk_desk.domain.problems import RuleError
from clerk_desk.services import applications as svc
from clerk_desk.services import merge, sync, upsert
from clerk_desk.store import changes
from clerk_desk.store.models import Application, AuditEvent, DocumentCheck, Person, PickupSlip
from tests.helpers.people import make_id, self_form
from tests.services.test_bundle_checks import _lines, _rebuild, _snapshot
from tests.services.test_sync import CLERK, SUP, accept_some, settings, station_db

SYNCED = (Person, Application, DocumentCheck, PickupSlip, AuditEvent)


def _rows(engine: Any, model: Any, ids: set[Any] | None = None) -> dict[Any, tuple[Any, ...]]:
    """Every column but the local change number, by id, as the database returns them."""
    table = model.__table__
    cols = [c for c in table.c if c.key != "change_seq"]
    with engine.connect() as conn:
        return {r[0]: tuple(r) for r in conn.execute(select(*cols))
                if ids is None or r[0] in ids}


@pytest.fixture
def copy_always(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(upsert, "COPY_AT_LEAST", 1)  # PostgreSQL takes even one row by COPY


@pytest.mark.usefixtures("copy_always")
def test_a_push_stores_exactly_the_points_rows_under_one_change_number(tmp_path: Path, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 6))
    with Session(street) as s:  # a later change too: a card marked ready
        app = s.exec(select(Application)).scalars().first()  # type: ignore[call-overload]
        svc.mark_ready(s, SUP, [app.id], settings=settings("S001"))
        s.commit()
    url = str(engine.url)
    with Session(street) as local, Session(engine) as c:
        counts = sync.push(local, c, CLERK, central_url=url)
        c.commit()
        local.commit()
    assert counts.conflicts == [] and counts.inserted["application"] == 5
    for model in SYNCED:
        here = _rows(street, model)
        assert here and _rows(engine, model, set(here)) == here, model.__tablename__
    with engine.connect() as conn:
        stamps = {model.__tablename__: set(conn.execute(select(model.__table__.c.change_seq).where(  # type: ignore[attr-defined]
            model.__table__.c.id.in_(list(_rows(street, model))))).scalars()) for model in SYNCED}  # type: ignore[attr-defined]
        push_entry = conn.execute(select(AuditEvent.change_seq).where(AuditEvent.action == "sync.push")).scalar_one()  # type: ignore[call-overload]
    with Session(engine) as c:
        current = changes.current(c)
    assert all(s == {current} for s in stamps.values()), stamps
    assert push_entry == current


@pytest.mark.usefixtures("copy_always")
def test_a_refused_application_keeps_its_slip_and_checks_out(tmp_path: Path, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    """The same person's open business accepted at two points: the second one pushed is refused by the
    one-open-application rule, and its slip and document checks with it; everything else goes in."""
    a, b = station_db(tmp_path, "a", monkeypatch), station_db(tmp_path, "b", monkeypatch)
    accept_some(a, monkeypatch, "ST-A", "S001", range(1, 3))
    monkeypatch.setenv("CLERK_DESK_STATION", "ST-B")
    with Session(b) as s:
        svc.accept(s, CLERK, self_form(make_id(date(1980, 5, 17), seq=1), "人1", birth=date(1980, 5, 17)),
                   settings=settings("S002"))
        s.commit()
    url = str(engine.url)
    for point, station in ((a, "ST-A"), (b, "ST-B")):
        monkeypatch.setenv("CLERK_DESK_STATION", station)
        with Session(point) as local, Session(engine) as c:
            counts = sync.push(local, c, CLERK, central_url=url)
            c.commit()
            local.commit()
    refused_app = next(iter(_rows(b, Application)))
    kept_out = {f"application:{refused_app}"}
    kept_out |= {f"pickup_slip:{k}" for k, r in _rows(b, PickupSlip).items() if refused_app in r}
    kept_out |= {f"document_check:{k}" for k, r in _rows(b, DocumentCheck).items() if refused_app in r}
    assert set(counts.conflicts) == kept_out and len(kept_out) >= 3
    assert not _rows(engine, Application, {refused_app})
    assert len(_rows(engine, Person)) == 2  # B's person folded into the one A sent (same ID number)
    others = _rows(b, AuditEvent)
    assert _rows(engine, AuditEvent, set(others)) == others  # B's audit trail arrived whole all the same
    with engine.connect() as conn:
        logged = conn.execute(select(AuditEvent.details).where(AuditEvent.action == "sync.conflict")).scalar_one()  # type: ignore[call-overload]
    assert set(logged["records"]) == kept_out


def test_a_bundle_merged_a_few_records_at_a_time(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(merge, "BATCH", 7)  # applications in one batch, their persons in an earlier one
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 9))
    sent = {model: _rows(street, model) for model in SYNCED}  # (the export's own audit entry comes after)
    bundle = tmp_path / "s.cdb"
    with Session(street) as s:
        records = sync.export_bundle(s, CLERK, bundle)
        s.commit()
    assert records > 4 * merge.BATCH
    lines = _lines(bundle)
    bad = [lines[0], *lines[1:-1], {"t": "pickup_slip", "r": {"id": "not-a-uuid"}}, lines[-1]]
    forged = _rebuild(bad, tmp_path / "bad-last.cdb")
    before = _snapshot(hall)
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    with Session(hall) as s, pytest.raises(RuleError) as exc:
        sync.import_bundle(s, SUP, forged)
    assert exc.value.code == "sync.bad_record" and _snapshot(hall) == before  # earlier batches rolled back
    assert f"Record {len(bad) - 2} " in str(exc.value)  # names the last record
    with Session(hall) as s:
        counts = sync.import_bundle(s, SUP, bundle)
        s.commit()
    assert counts.inserted["application"] == 8 and counts.conflicts == []
    for model, here in sent.items():
        assert _rows(hall, model, set(here)) == here, model.__tablename__


def test_a_flipped_byte_reads_as_a_wrong_key_not_as_garbage(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Nothing in the content is judged before the tag verifies."""
    street, hall = station_db(tmp_path, "street", monkeypatch), station_db(tmp_path, "hall", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    bundle = tmp_path / "s.cdb"
    with Session(street) as s:
        sync.export_bundle(s, CLERK, bundle)
        s.commit()
    raw = bytearray(bundle.read_bytes())
    first = raw.index(b"\n") + 1
    for pos in (first, first + 30, (first + len(raw)) // 2, len(raw) - 20):
        bad = bytearray(raw)
        bad[pos] ^= 0x40
        path = tmp_path / f"flip{pos}.cdb"
        path.write_bytes(bytes(bad))
        with Session(hall) as s, pytest.raises(RuleError) as exc:
            sync.import_bundle(s, SUP, path)
        assert exc.value.code == "sync.bundle_key", pos


def test_records_read_as_sqlites_text_are_those_of_the_typed_values(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The export's fast reading (times, dates and UUIDs rewritten from the stored text) gives the same
    records as the columns' types and :func:`merge.to_json` do, microseconds and all."""
    from datetime import datetime

    from clerk_desk.services import clock

    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    clock.set_clock(lambda: datetime(2026, 11, 28, 9, 1, 2, 345678))
    accept_some(street, monkeypatch, "ST-A", "S001", range(3, 4))
    with Session(street) as s:
        fast = list(merge.collect(s))
    typed = merge._reader
    monkeypatch.setattr(merge, "_reader", lambda column, _raw: typed(column, False))
    with Session(street) as s:
        assert list(merge.collect(s)) == fast
    assert any(".345678+00:00" in str(r) for _, r in fast)
