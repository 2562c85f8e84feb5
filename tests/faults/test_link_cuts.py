"""A flaky link to the hall during push and pull: resets and half-open stalls (through a cuttable
proxy).  A stalled push fails within the timeout and holds no lock here or there; afterwards every
application is at both ends exactly once and the chains are whole."""

from __future__ import annotations

import os
import random
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session, select

from clerk_desk.services import sync
from clerk_desk.services.audit import verify_chain
from clerk_desk.store.models import Application
from tests.helpers.tcp_proxy import CuttableProxy
from tests.services.test_sync import CLERK, accept_some, station_db

pytestmark = [pytest.mark.fault, pytest.mark.postgres]
ROUNDS = int(os.environ.get("CLERK_DESK_FAULT_ROUNDS", "3"))


@pytest.fixture
def hall(backend, empty_engine):  # type: ignore[no-untyped-def]
    if backend != "postgres":
        pytest.skip("the hall's central database is PostgreSQL")
    engine = empty_engine  # the first push builds the schema
    url = make_url(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 5432)
    via = url.set(host="127.0.0.1", port=proxy.port, query={"options": f"-csearch_path={schema}"})
    yield engine, via.render_as_string(hide_password=False), proxy, schema
    proxy.cut()


def _numbers(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return sorted(a.number or "" for a in s.exec(select(Application)))


def test_a_stalled_push_gives_up_in_time_and_locks_nothing(hall, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    central, url, proxy, schema = hall
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 4))
    stalled = threading.Event()
    real_merge = sync.merge

    def stall_then_merge(session, records):  # type: ignore[no-untyped-def]
        proxy.stall()
        stalled.set()
        return real_merge(session, records)

    monkeypatch.setattr(sync, "merge", stall_then_merge)
    outcome: list[BaseException | None] = []

    def push() -> None:
        try:
            sync.exchange("push", str(street.url), url, CLERK, timeout=3)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - examined below
            outcome.append(exc)

    started = time.monotonic()
    worker = threading.Thread(target=push)
    worker.start()
    assert stalled.wait(30), outcome
    # the counter keeps working while the link hangs: this station's database is not locked
    t0 = time.monotonic()
    accept_some(street, monkeypatch, "ST-A", "S001", range(10, 11))
    assert time.monotonic() - t0 < 5
    worker.join(60)
    assert not worker.is_alive() and time.monotonic() - started < 30
    assert isinstance(outcome[0], sync.CentralUnreachable) and outcome[0].code == "sync.timeout"
    monkeypatch.setattr(sync, "merge", real_merge)
    proxy.resume()
    # the central let go of the stalled session (idle_in_transaction_session_timeout)
    deadline = time.monotonic() + 20
    while True:
        with central.connect() as conn:
            stuck = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' "
                                      "AND query ILIKE :q"), {"q": f"%{schema}%"}).scalar()
        if not stuck or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    sync.exchange("push", str(street.url), url, CLERK, timeout=10)
    assert _numbers(central) == _numbers(street) and len(_numbers(street)) == 4


def test_pushes_and_pulls_cut_at_random_lose_and_double_nothing(hall, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    central, url, proxy, _ = hall
    street = station_db(tmp_path, "street", monkeypatch)
    rng = random.Random(5)
    for r in range(ROUNDS * 2):
        accept_some(street, monkeypatch, "ST-A", "S001", range(r * 2 + 1, r * 2 + 3))
        direction = "push" if r % 2 == 0 else "pull"
        failed: list[BaseException] = []

        def run() -> None:
            try:
                sync.exchange(direction, str(street.url), url, CLERK, timeout=5)  # noqa: B023
            except Exception as exc:  # noqa: BLE001 - a cut link: counted below
                failed.append(exc)  # noqa: B023

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(rng.uniform(0.0, 0.4))  # the cut lands anywhere in the exchange
        if rng.random() < 0.5:
            proxy.cut()
        else:
            proxy.stall()
        worker.join(60)
        if worker.is_alive():  # pragma: no cover - show where it hangs
            import sys
            import traceback

            pytest.fail("".join(traceback.format_stack(sys._current_frames()[worker.ident or 0])))
        proxy.resume()
        # a cut or stalled link is the central's failure, said as such, never this station's or a bug
        assert all(isinstance(e, sync.CentralUnreachable) for e in failed), failed
    monkeypatch.setenv("CLERK_DESK_STATION", "ST-A")
    sync.exchange("push", str(street.url), url, CLERK, timeout=10)
    sync.exchange("pull", str(street.url), url, CLERK, timeout=10)
    here, there = _numbers(street), _numbers(central)
    assert here == there and len(here) == len(set(here)) == ROUNDS * 4
    with Session(central) as c, Session(street) as s:
        assert verify_chain(c) is None and verify_chain(s) is None


def test_cli_push_through_a_cut_link_says_central_and_keeps_everything(hall, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.cli import main
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    central, url, proxy, _ = hall
    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw")
    real_merge = sync.merge

    def cut_then_merge(session, records):  # type: ignore[no-untyped-def]
        proxy.cut()  # the hall's server gone mid-push
        return real_merge(session, records)

    monkeypatch.setattr(sync, "merge", cut_then_merge)
    assert main(["sync", "push", "--central", url, "--user", "boss"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("无法连接中心数据库") and "本机数据未受影响" in err
    monkeypatch.setattr(sync, "merge", real_merge)
    proxy.start()
    assert main(["sync", "push", "--central", url, "--user", "boss"]) == 0  # the next push goes through
