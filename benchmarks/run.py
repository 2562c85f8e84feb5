"""Every counter action against its floor, measured in the same run on a filled database.

    python benchmarks/run.py [--quick] [--json FILE] [--rows N] [--rounds R] [--keep DIR]

Builds its data first: a migrated SQLite database filled by the bulk generator
(``tests/helpers/bulk.py``: real, valid rows through the schema: every status, a year of
days, many collected cards, 5,000 applications on the busy day, a whole audit chain);
1,000,000 applications, or 100,000 with ``--quick``.  Then, for each benchmark, runs ours
and its floor interleaved (ours, floor, ours, floor, …) ``--rounds`` times (at least 5) with
a few calls each, and prints and writes (``--json``: a JSON array) one object per benchmark::

    {"name": ..., "ours": ..., "floor": ..., "unit": "ms", "ratio": ours / floor, "target": "..."}

``ours`` and ``floor`` are medians (p95 for Accept).  The floors are what the action
cannot beat: the same or an indexed query in plain ``sqlite3`` on the same file, a bare
INSERT+COMMIT, ReportLab's LongTable and ``csv`` over the same rows, ``python -c pass``.
Figures on a shared machine are noisy: compare ratios, not milliseconds.  The program's own
bytecode is compiled first (:func:`compile_bytecode`), as an installed program's is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Bench:
    name: str
    ours: Callable[[], object]
    floor: Callable[[], object]
    target: str
    check: Callable[[float, float], bool]  # (ours ms, ratio) -> target met
    calls: int = 3  # calls of each per round
    p95: bool = False
    unit: str = "ms"
    warm: bool = True  # one uncounted call of each first (not for whole processes: they start cold anyway)
    before: Callable[[], object] | None = None  # before each call of either, not timed (e.g. an empty target)
    after: Callable[[], object] | None = None  # once, when measured (e.g. drop what it made)


def measure(bench: Bench, rounds: int) -> dict[str, object]:
    ours: list[float] = []
    floor: list[float] = []
    if bench.warm:
        for fn in (bench.ours, bench.floor):  # warm-up (imports, caches), not counted
            if bench.before:
                bench.before()
            fn()
    for _ in range(rounds):
        for _ in range(bench.calls):
            for fn, out in ((bench.ours, ours), (bench.floor, floor)):
                if bench.before:
                    bench.before()
                start = time.perf_counter()
                fn()
                out.append((time.perf_counter() - start) * 1000)

    def stat(xs: list[float]) -> float:
        if bench.p95:
            return sorted(xs)[max(0, int(round(0.95 * len(xs))) - 1)]
        return statistics.median(xs)

    if bench.after:
        bench.after()
    o, f = stat(ours), stat(floor)
    return {"name": bench.name, "ours": round(o, 3), "floor": round(f, 3), "unit": bench.unit,
            "ratio": round(o / f, 2) if f > 0 else None, "target": bench.target}


def machine() -> str:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import sqlite3

    mem = ""
    try:
        kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return (f"{cpu or platform.processor()} × {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")


def build(directory: Path, rows: int) -> tuple[str, float]:
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine
    from tests.helpers.bulk import fill

    path = directory / "clerk_desk.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists():
        return url, 0.0
    start = time.perf_counter()
    ensure_database(url)
    fill(get_engine(url), applications=rows, busy_today=5000)
    return url, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="100,000 applications instead of 1,000,000")
    ap.add_argument("--json", metavar="FILE", help="write the results as a JSON array")
    ap.add_argument("--rows", type=int, help="applications in the database (overrides --quick)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds, at least 5 (default 5)")
    ap.add_argument("--keep", metavar="DIR", help="build (or reuse) the database in DIR and keep it")
    ap.add_argument("--only", metavar="NAME", action="append", help="run only benchmarks whose name starts so")
    ap.add_argument("--postgres", metavar="URL", help="also Accept on this PostgreSQL database (in a schema "
                    "clerk_bench, dropped and made again)")
    ap.add_argument("--pg", metavar="URL", default=os.environ.get("CLERK_DESK_TEST_DATABASE_URL"),
                    help="PostgreSQL for the sync push benchmark (default: $CLERK_DESK_TEST_DATABASE_URL; "
                         "without one it is skipped); it makes and drops the schema clerk_bench_sync there")
    args = ap.parse_args(argv)
    rows = args.rows or (100_000 if args.quick else 1_000_000)
    rounds = max(5, args.rounds)
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="clerk-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    os.environ["CLERK_DESK_DATA_DIR"] = str(directory)
    os.environ.setdefault("CLERK_DESK_STATION", "BENCH-01")
    print(f"machine: {machine()}")
    compile_bytecode()
    url, took = build(directory, rows)
    print(f"database: {rows:,} applications in {url} (built in {took:.0f} s)", flush=True)

    from benchmarks.bulk_cases import bulk_benchmarks
    from benchmarks.cases import benchmarks, postgres_benchmarks

    results = []
    t0 = time.perf_counter()
    print(f"{'benchmark':34s} {'ours':>10s} {'floor':>10s} {'ratio':>7s}  target")
    from benchmarks import search_typing  # registered: search as you type in the GUI
    wanted = lambda n: not args.only or any(o.startswith(n) or n.startswith(o) for o in args.only)  # noqa: E731
    bulk = bulk_benchmarks(directory, args.pg) if wanted("bundle") or wanted("sync") else []
    extra = postgres_benchmarks(args.postgres) if args.postgres else []
    for bench in [*benchmarks(url, directory), *search_typing.benchmarks(url, directory), *bulk, *extra]:
        if args.only and not any(bench.name.startswith(o) for o in args.only):
            continue
        result = measure(bench, rounds)
        met = bench.check(float(result["ours"]), float(result["ratio"] or 0))  # type: ignore[arg-type]
        results.append(result)
        print(f"{bench.name:34s} {result['ours']:>10.2f} {result['floor']:>10.2f} {result['ratio']!s:>7s}  "
              f"{bench.target} {'ok' if met else 'MISSED'}", flush=True)
    print(f"{len(results)} benchmarks, {rounds} interleaved rounds, {time.perf_counter() - t0:.0f} s (units: ms)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def compile_bytecode() -> None:
    """The program's bytecode, as an installed program has it (pip compiles a wheel at install,
    PyInstaller ships it compiled).  A checkout run with PYTHONDONTWRITEBYTECODE set never writes
    it, so each started process (check-id, the app) would compile every module of ours again, ~15 ms
    that no counter PC spends, while the floors' standard library is compiled."""
    import compileall

    compileall.compile_dir(ROOT / "clerk_desk", quiet=1)


if __name__ == "__main__":
    sys.exit(main())
