"""How fast the counter's use cases run on a filled database, against floors measured in the same run.

    python benchmarks/counter.py [--applications 5000] [--url URL]

Fills a fresh SQLite database (or ``--url``, e.g. a PostgreSQL test database) with N
accepted applications through the real use case, then times, each over many repetitions:

* accept: one whole acceptance (rules, duplicate check, numbering, slip, audit), against
  the floor of one bare insert-and-commit of an application row in the same database;
* search by full ID number and by name, and one page of today's list, against the floor
  of a primary-key lookup.

It prints the mean times and the ratios; the target is that a clerk never waits: accept
well under 50 ms and searches within a few floors on 5,000+ applications.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("CLERK_DESK_DATA_DIR", tempfile.mkdtemp(prefix="clerk-bench-"))
os.environ.setdefault("CLERK_DESK_STATION", "BENCH-01")


def mean(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--applications", type=int, default=5000)
    ap.add_argument("--url", default=None)
    args = ap.parse_args()

    from sqlmodel import Session

    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine
    from clerk_desk.store.models import Application
    from tests.helpers.people import make_id, self_form

    url = args.url or f"sqlite:///{os.environ['CLERK_DESK_DATA_DIR']}/bench.sqlite3"
    ensure_database(url)
    engine = get_engine(url)
    settings = Settings()
    settings.service_point.code, settings.service_point.name = "S001", "基准测试服务点"
    clerk = Actor("bench", Role.CLERK)
    birth = date(1970, 1, 1)
    counter = iter(range(10**9))

    def form():  # type: ignore[no-untyped-def]
        n = next(counter)
        b = birth + timedelta(days=n // 400)
        return self_form(make_id(b, seq=n % 400), f"测试{n}", birth=b)

    t0 = time.perf_counter()
    day0 = datetime(2026, 11, 27, 9, 0)
    for i in range(args.applications):
        clock.set_clock(lambda i=i: day0 - timedelta(days=i % 60, minutes=i % 400))
        with Session(engine) as s:
            svc.accept(s, clerk, form(), settings=settings)
            s.commit()
    fill = time.perf_counter() - t0
    print(f"filled {args.applications} applications in {fill:.1f} s ({fill / max(args.applications, 1) * 1000:.1f} ms each)")

    clock.set_clock(lambda: datetime(2026, 11, 27, 11, 0))

    def bare_insert() -> None:
        now = clock.now()
        with Session(engine) as s:
            s.add(Application(point_code="BARE", station="B", kind="new_enrollment", status="draft",
                              created_at=now, updated_at=now))
            s.commit()

    def accept() -> None:
        with Session(engine) as s:
            svc.accept(s, clerk, form(), settings=settings)
            s.commit()

    with Session(engine) as s:
        some = svc.list_day(s, point_code="S001", day=date(2026, 11, 27), limit=1)[0]
        some_id = s.get(Application, some.id).insured_id_number  # type: ignore[union-attr]

    def pk_lookup() -> None:
        with Session(engine) as s:
            s.get(Application, some.id)

    def search_id() -> None:
        with Session(engine) as s:
            assert svc.search(s, clerk, some_id)
            s.rollback()

    def search_name() -> None:
        with Session(engine) as s:
            svc.search(s, clerk, "测试12")
            s.rollback()

    def today_page() -> None:
        with Session(engine) as s:
            svc.list_day(s, point_code="S001", day=date(2026, 11, 27), offset=0, limit=50)

    floor_w = mean(bare_insert, 50)
    floor_r = mean(pk_lookup, 200)
    rows = [
        ("accept", mean(accept, 50), floor_w, "bare insert+commit"),
        ("search by ID number", mean(search_id, 100), floor_r, "primary-key lookup"),
        ("search by name", mean(search_name, 100), floor_r, "primary-key lookup"),
        ("today's list, one page of 50", mean(today_page, 100), floor_r, "primary-key lookup"),
    ]
    print(f"floors: bare insert+commit {floor_w * 1000:.2f} ms, primary-key lookup {floor_r * 1000:.2f} ms")
    for name, t, floor, what in rows:
        print(f"{name:32s} {t * 1000:8.2f} ms   {t / floor:6.1f}x {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
