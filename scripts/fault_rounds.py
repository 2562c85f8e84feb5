"""Full fault rounds (the test suite runs a few of each, marker ``fault``); prints the figures.

    CLERK_DESK_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        .venv/bin/python scripts/fault_rounds.py [--kills 15] [--cuts 50]

SIGKILL rounds: first starts, counters accepting on SQLite and on PostgreSQL, bundle imports.
Link rounds: pushes and pulls cut (reset) or stalled (half-open) at a random moment, through the
test proxy (run by pytest, CLERK_DESK_FAULT_ROUNDS=cuts/2 gives ``cuts`` exchanges).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _schema(url: str, make_engine) -> str:  # type: ignore[no-untyped-def]
    name = f"fr_{uuid.uuid4().hex[:10]}"
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    admin.dispose()
    return name


def _drop(url: str, name: str, make_engine) -> None:  # type: ignore[no-untyped-def]
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    admin.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=15, help="SIGKILL rounds of each kind")
    ap.add_argument("--cuts", type=int, default=100, help="cut or stalled exchanges")
    args = ap.parse_args()
    from sqlmodel import Session

    from clerk_desk.services.calendar import ensure_published_years
    from clerk_desk.store.db import make_engine, normalize_url
    from clerk_desk.store.models import metadata
    from tests.faults.kills import (
        Tally,
        accept_round,
        bundle_import_round,
        first_start_round,
        make_street_bundle,
        push_round,
    )
    from tests.faults.test_kills import _applications, held_exactly_once, same_at_both_ends

    work = Path(tempfile.mkdtemp(prefix="fault-rounds-"))
    os.environ["CLERK_DESK_DATA_DIR"] = str(work / "data")
    rng = random.Random(2026)
    lines, failures = [], []

    tally = Tally()
    for _ in range(args.kills):
        first_start_round(work, rng, tally)
    lines.append(tally.line("SIGKILL first start (SQLite)"))
    failures += tally.failures

    pg = os.environ.get("CLERK_DESK_TEST_DATABASE_URL")
    if pg:
        tally = Tally()
        for _ in range(args.kills):
            sch = _schema(normalize_url(pg), make_engine)
            first_start_round(work, rng, tally, f"{normalize_url(pg)}?options=-csearch_path%3D{sch}")
            _drop(normalize_url(pg), sch, make_engine)
        lines.append(tally.line("SIGKILL first start (PostgreSQL)"))
        failures += tally.failures

    centrals = [("SQLite", f"sqlite:///{work / 'central.sqlite3'}", None)]
    if pg:
        sch = _schema(normalize_url(pg), make_engine)
        centrals.append(("PostgreSQL", f"{normalize_url(pg)}?options=-csearch_path%3D{sch}", sch))
    for name, url, sch in centrals:
        central = make_engine(url)
        tally = Tally()
        for _ in range(args.kills):
            push_round(work / name, url, rng, tally, lambda data: same_at_both_ends(central, data))  # noqa: B023
        lines.append(tally.line(f"SIGKILL sync push (street SQLite -> central {name})"))
        failures += tally.failures
        central.dispose()
        if sch:
            _drop(normalize_url(pg or ""), sch, make_engine)

    targets = [("SQLite", f"sqlite:///{work / 'hall.sqlite3'}", "-")]
    schema = f"fr_{uuid.uuid4().hex[:10]}"
    if pg:
        admin = make_engine(normalize_url(pg))
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        admin.dispose()
        targets.append(("PostgreSQL", normalize_url(pg), schema))
    for name, url, sch in targets:
        engine = make_engine(url, **({"connect_args": {"options": f"-csearch_path={sch}"}} if sch != "-" else {}))
        metadata.create_all(engine)
        with Session(engine) as s:
            ensure_published_years(s)
            s.commit()
        tally = Tally()
        for _ in range(args.kills):
            accept_round(work, url, sch, rng, tally, lambda ack: held_exactly_once(engine, ack))  # noqa: B023
        lines.append(tally.line(f"SIGKILL accepting counter ({name})"))
        failures += tally.failures
        engine.dispose()
    if pg:
        admin = make_engine(normalize_url(pg))
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()

    bundle, expected = make_street_bundle(work, 300)
    tally = Tally()
    for _ in range(args.kills):
        bundle_import_round(work, bundle, expected, rng, tally, _applications)
    lines.append(tally.line(f"SIGKILL bundle import of {expected} applications (SQLite)"))
    failures += tally.failures

    if pg:
        r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/faults/test_link_cuts.py",
                            "-k", "cut_at_random"], cwd=ROOT, capture_output=True, text=True,
                           env={**os.environ, "CLERK_DESK_FAULT_ROUNDS": str(max(1, args.cuts // 2))})
        lines.append(f"link cut/stalled during push and pull (PostgreSQL): {max(1, args.cuts // 2) * 2} exchanges, "
                     f"pytest: {r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.returncode}")
        if r.returncode:
            failures.append(r.stdout[-2000:])
    print("\n".join(lines))
    print(f"failures: {len(failures)}")
    for f in failures[:20]:
        print("  " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
