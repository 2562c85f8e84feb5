"""Time ``check-id`` on 10,000 numbers against floors measured in the same run.

    .venv/bin/python benchmarks/check_id.py [--count N] [--seed S]

Floors: (1) in process, a bare loop checking only the ISO 7064 MOD 11-2 check character (python-stdnum) of
the same numbers; (2) as a process, ``python`` reading the same standard input and doing that
bare loop.  Prints each time and the ratio to its floor.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stdnum.iso7064 import mod_11_2  # noqa: E402

from clerk_desk.domain.idnumber import check_character, check_id_number  # noqa: E402
from clerk_desk.domain.regions import regions  # noqa: E402

ON = date(2025, 6, 1)
FULL = str.maketrans("0123456789X", "０１２３４５６７８９ｘ")

FLOOR_SCRIPT = r"""
import sys
from stdnum.iso7064 import mod_11_2
ok = 0
for line in sys.stdin:
    s = line.strip()
    if len(s) == 18 and s[:17].isdigit():
        ok += mod_11_2.is_valid(s)
print(ok)
"""


def generate(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    table = regions()
    counties = [c for c in table.codes() if c[4:] != "00" and c[:2] not in ("81", "82", "83")]
    out = []
    for _ in range(count):
        region = rnd.choice(counties)
        birth = date(1930, 1, 1) + timedelta(days=rnd.randrange(0, 95 * 365))
        body = f"{region}{birth:%Y%m%d}{rnd.randrange(1000):03d}"
        number = body + check_character(body)
        r = rnd.random()
        if r < 0.10:      # wrong check character
            number = body + rnd.choice([c for c in "0123456789X" if c != number[-1]])
        elif r < 0.15:    # impossible date
            number = make(region + f"{birth.year}0230" + "123")
        elif r < 0.18:    # 15 digits
            number = region + f"{birth:%y%m%d}" + "123"
        elif r < 0.20:    # garbage
            number = "".join(rnd.choice("0123456789abcX -") for _ in range(rnd.randrange(0, 25)))
        elif r < 0.30:    # typed with full-width digits and spaces
            number = " " + number[:6] + " " + number[6:].translate(FULL) + " "
        out.append(number)
    return out


def make(body17: str) -> str:
    return body17 + check_character(body17)


def floor_loop(numbers: list[str]) -> int:
    ok = 0
    for s in numbers:
        s = s.strip()
        if len(s) == 18 and s[:17].isdigit():
            ok += mod_11_2.is_valid(s)
    return ok


def best_of(n: int, func, *args) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        func(*args)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=2260)
    args = p.parse_args()

    t = time.perf_counter()
    regions.cache_clear()
    regions()
    load = time.perf_counter() - t
    numbers = generate(args.count, args.seed)
    valid = sum(check_id_number(n, ON).valid for n in numbers)

    floor = best_of(5, floor_loop, numbers)
    check = best_of(5, lambda ns: [check_id_number(n, ON) for n in ns], numbers)

    from clerk_desk.commands.check_id import check_lines
    as_json = best_of(5, lambda ns: check_lines(ns, ON, as_json=True, lang="zh"), numbers)

    stdin = ("\n".join(numbers) + "\n").encode("utf-8")
    script = Path(sys.executable).parent / "clerk-desk"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "clerk_desk.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CLERK_DESK_DATA_DIR=tmp)

        def run_cli() -> None:
            subprocess.run([*cmd, "check-id", "--json", "--on", ON.isoformat(), "-"], input=stdin,
                           capture_output=True, env=env, check=False)

        def run_floor() -> None:
            subprocess.run([sys.executable, "-c", FLOOR_SCRIPT], input=stdin, capture_output=True, check=False)

        def run_empty_cli() -> None:
            subprocess.run([*cmd, "check-id", "-"], input=b"", capture_output=True, env=env, check=False)

        proc = best_of(3, run_cli)
        proc_floor = best_of(3, run_floor)
        proc_empty = best_of(3, run_empty_cli)

    n = len(numbers)
    print(f"numbers: {n} ({valid} valid, {n - valid} refused); region table: {len(regions())} codes, "
          f"loaded in {load * 1000:.1f} ms")
    print(f"floor, bare MOD 11-2 loop:      {floor * 1000:8.1f} ms  ({floor / n * 1e6:.2f} µs/number)")
    print(f"check_id_number:                {check * 1000:8.1f} ms  ({check / n * 1e6:.2f} µs/number)"
          f"  ratio {check / floor:.1f}x")
    print(f"check + JSON lines (zh):        {as_json * 1000:8.1f} ms  ({as_json / n * 1e6:.2f} µs/number)"
          f"  ratio {as_json / floor:.1f}x")
    print(f"process floor (python + loop):  {proc_floor * 1000:8.1f} ms")
    print(f"clerk-desk check-id, no input:  {proc_empty * 1000:8.1f} ms  (start-up)")
    print(f"clerk-desk check-id --json -:   {proc * 1000:8.1f} ms  ratio {proc / proc_floor:.1f}x; "
          f"checking time without start-up {max(proc - proc_empty, 0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
