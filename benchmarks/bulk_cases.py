"""The bulk benchmarks of ``benchmarks/run.py``: a bundle's export + import and a push to PostgreSQL.

Both work on a street point of 10,000 applications built by the bulk generator (persons,
applications, slips, document checks, a whole audit chain: about 60,000 records), in its own
SQLite file next to the main database.  Each call starts from an empty target, made before
the call and not timed (a copy of an empty migrated file; the central's tables truncated).

* bundle export + import — ours: :func:`sync.export_bundle` (streamed, sealed) then
  :func:`sync.import_bundle` into the empty database; floor: the same tables' rows read with
  plain ``sqlite3``, one JSON line each into a gzip file, read back and ``executemany``
  INSERTed into the empty database (no encryption, no checks, no conflict rules).
* sync push to PostgreSQL — ours: :func:`sync.push` from the point to the empty central (its
  sessions open, the schema there: as after the first exchange's check), both commits; floor:
  the same rows read with plain ``sqlite3`` and ``COPY``-ed into the same tables with psycopg.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.run import Bench

APPLICATIONS = 10_000
TABLES = ("person", "application", "document_check", "pickup_slip", "audit_event")
SCHEMA = "clerk_bench_sync"


def _point(directory: Path) -> tuple[str, Path]:
    """The street point's database (built once) and an empty migrated one to copy as a fresh target."""
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine
    from tests.helpers.bulk import fill

    point, empty = directory / "point10k.sqlite3", directory / "empty.sqlite3"
    if not empty.exists():
        ensure_database(f"sqlite:///{empty}")
        get_engine(f"sqlite:///{empty}").dispose()
    if not point.exists():
        shutil.copyfile(empty, point)
        fill(get_engine(f"sqlite:///{point}"), applications=APPLICATIONS, busy_today=500)
    return f"sqlite:///{point}", empty


def _rows(path: Path, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        cur = conn.execute(f'SELECT * FROM "{table}"')
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        conn.close()


def bundle_bench(directory: Path) -> Bench:
    from sqlmodel import Session

    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import sync
    from clerk_desk.store.db import get_engine, make_engine

    point_url, empty = _point(directory)
    point = get_engine(point_url)
    sup = Actor("zhao", Role.SUPERVISOR)
    bundle, target = directory / "bench.cdb", directory / "target.sqlite3"
    plain = directory / "bench.jsonl.gz"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(empty, target)

    def ours() -> None:
        with Session(point) as s:
            sync.export_bundle(s, sup, bundle)
            s.commit()
        engine = make_engine(f"sqlite:///{target}")
        try:
            with Session(engine) as s:
                sync.import_bundle(s, sup, bundle)
                s.commit()
        finally:
            engine.dispose()

    def floor() -> None:
        source = Path(point_url.removeprefix("sqlite:///"))
        with gzip.open(plain, "wt", encoding="utf-8", compresslevel=6) as out:
            for table in TABLES:
                names, rows = _rows(source, table)
                out.write(json.dumps({"t": table, "c": names}, ensure_ascii=False) + "\n")
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("BEGIN")
        with gzip.open(plain, "rt", encoding="utf-8") as src:
            sql, batch = "", []
            for line in src:
                item = json.loads(line)
                if isinstance(item, dict):
                    if batch:
                        conn.executemany(sql, batch)
                    sql = (f'INSERT OR IGNORE INTO "{item["t"]}" ({", ".join(item["c"])}) '
                           f'VALUES ({", ".join("?" * len(item["c"]))})')
                    batch = []
                else:
                    batch.append(item)
            conn.executemany(sql, batch)
        conn.execute("COMMIT")
        conn.close()

    return Bench("bundle export + import, 10k applications", ours, floor, "≤ 3 × plain JSON/gzip + executemany",
                 lambda o, ratio: ratio <= 3, calls=1, before=fresh)


def sync_bench(directory: Path, pg_url: str) -> Bench:
    """``pg_url``: a PostgreSQL database where the schema :data:`SCHEMA` may be made (and is dropped at the end)."""
    import psycopg
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlmodel import Session

    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import sync
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine, normalize_url

    point_url, _ = _point(directory)
    point = get_engine(point_url)
    base = make_url(normalize_url(pg_url))
    with get_engine(base.render_as_string(hide_password=False)).begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
    central_url = base.update_query_dict({"options": f"-csearch_path={SCHEMA}"}).render_as_string(hide_password=False)
    ensure_database(central_url)
    central = get_engine(central_url)
    dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    clerk = Actor("wang", Role.CLERK)
    with central.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = :s AND tablename NOT IN "
            "('alembic_version', 'station_identity')"), {"s": SCHEMA})]

    def empty_central() -> None:  # it has acknowledged nothing: the whole point is pushed again
        with central.begin() as conn:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " CASCADE"))

    def ours() -> None:
        with Session(point) as local, Session(central) as c:
            sync.push(local, c, clerk, central_url=central_url)
            c.commit()
            local.commit()

    def floor() -> None:
        source = Path(point_url.removeprefix("sqlite:///"))
        with psycopg.connect(dsn, options=f"-csearch_path={SCHEMA}") as conn, conn.cursor() as cur:
            for table in TABLES:
                names, rows = _rows(source, table)
                with cur.copy(f'COPY "{table}" ({", ".join(names)}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
            conn.commit()

    def drop() -> None:
        central.dispose()
        with get_engine(base.render_as_string(hide_password=False)).begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))

    return Bench("sync push 10k applications to PostgreSQL", ours, floor, "≤ 5 × psycopg COPY of the same rows",
                 lambda o, ratio: ratio <= 5, calls=1, before=empty_central, after=drop)


def bulk_benchmarks(directory: Path, pg_url: str | None) -> list[Bench]:
    benches = [bundle_bench(directory)]
    if pg_url:
        benches.append(sync_bench(directory, pg_url))
    else:
        print("sync push 10k applications to PostgreSQL: skipped (no PostgreSQL: give --pg URL or set "
              "CLERK_DESK_TEST_DATABASE_URL)", flush=True)
    return benches
