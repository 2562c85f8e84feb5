"""Fault rounds shared by the test suite (few rounds) and scripts/fault_rounds.py (many).

Each round starts a real ``clerk-desk`` process (or a worker), kills it with SIGKILL after a
random delay, then checks what a clerk would: the database opens, ``db check`` is clean and
every acknowledged record is there exactly once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Tally:
    rounds: int = 0
    killed: int = 0  # killed before it finished
    finished: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        return (f"{name}: {self.rounds} rounds, {self.killed} killed mid-way, {self.finished} finished, "
                f"{len(self.failures)} failures")


PASSWORD = "Fault2025pw"
AS_BOSS = ("--user", "boss")  # the supervisor the sync and bundle commands act as


def cli(env: dict[str, str], *args: str, timeout: float = 120, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env}, timeout=timeout, cwd=ROOT, input=stdin)


def make_boss(env: dict[str, str]) -> dict[str, str]:
    """The data directory's first supervisor (the bootstrap ``user add``); ``env`` with its password."""
    r = cli(env, "user", "add", "--role", "supervisor", "boss", stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert r.returncode == 0, r.stderr
    return {**env, "CLERK_DESK_PASSWORD": PASSWORD}


def kill_after(cmd: list[str], env: dict[str, str], delay: float) -> tuple[bool, str]:
    """Run ``cmd``, SIGKILL it after ``delay`` seconds; (killed before the end, its stdout)."""
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        out, _ = proc.communicate(timeout=delay)
        return False, out
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        return True, out


def first_start_round(work: Path, rng: random.Random, tally: Tally, database_url: str | None = None) -> None:
    """SIGKILL ``db upgrade`` on a fresh data directory (or an empty database); the next start must work
    and check clean."""
    data = work / f"fs{tally.rounds}"
    env = {"CLERK_DESK_DATA_DIR": str(data), "CLERK_DESK_STATION": "ST-K"}
    if database_url:
        env["CLERK_DESK_DATABASE_URL"] = database_url
    killed, _ = kill_after([sys.executable, "-m", "clerk_desk.cli", "db", "upgrade"], env, rng.uniform(0.2, 1.6))
    tally.rounds += 1
    tally.killed += killed
    tally.finished += not killed
    again = cli(env, "db", "upgrade")
    check = cli(env, "db", "check")
    if again.returncode or check.returncode:
        tally.failures.append(f"first start round {tally.rounds}: {again.stderr[-300:]} {check.stderr[-300:]}")


def accept_round(work: Path, url: str, schema: str, rng: random.Random, tally: Tally,
                 check: Callable[[dict[str, str]], list[str]]) -> None:
    """SIGKILL a counter accepting 60 persons; every acknowledged application is held once, the rest absent."""
    station = f"K{tally.rounds}"
    cmd = [sys.executable, "-m", "tests.helpers.accept_worker", url, schema, station, str(tally.rounds), "60",
           str((tally.rounds * 60) % 960)]
    killed, out = kill_after(cmd, {"CLERK_DESK_DATA_DIR": str(work)}, rng.uniform(0.6, 3.0))
    tally.rounds += 1
    tally.killed += killed
    tally.finished += not killed
    acknowledged = {}
    for line in out.splitlines():
        try:
            item = json.loads(line)
        except ValueError:  # the line being printed when the kill came
            continue
        if "accepted" in item:
            acknowledged[item["id"]] = item["accepted"]
    tally.failures.extend(f"accept round {tally.rounds}: {p}" for p in check(acknowledged))


def make_street_bundle(work: Path, persons: int) -> tuple[Path, int]:
    """A street point's data directory with ``persons`` accepted applications, exported to a bundle."""
    data = work / "street"
    env = {"CLERK_DESK_DATA_DIR": str(data), "CLERK_DESK_STATION": "ST-B"}
    assert cli(env, "db", "upgrade").returncode == 0
    url = f"sqlite:///{data / 'clerk_desk.sqlite3'}"
    subprocess.run([sys.executable, "-m", "tests.helpers.accept_worker", url, "-", "ST-B", "7", str(persons)],
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, check=True, capture_output=True)
    bundle = work / "street.cdb"
    env = make_boss(env)
    r = cli(env, "bundle", "export", str(bundle), *AS_BOSS)
    assert r.returncode == 0, r.stderr
    return bundle, persons


def bundle_import_round(work: Path, bundle: Path, expected: int, rng: random.Random, tally: Tally,
                        count: Callable[[Path], int]) -> None:
    """SIGKILL ``bundle import`` at the hall: all of the bundle or none of it, ``db check`` clean."""
    data = work / f"hall{tally.rounds}"
    env = {"CLERK_DESK_DATA_DIR": str(data), "CLERK_DESK_STATION": "HALL-1"}
    cli(env, "db", "upgrade")
    env = make_boss(env)
    (data / "bundle-keys").mkdir(exist_ok=True)  # the point's key, registered at the hall
    (data / "bundle-keys" / "ST-B.key").write_bytes((bundle.parent / "street" / "bundle.key").read_bytes())
    killed, _ = kill_after([sys.executable, "-m", "clerk_desk.cli", "bundle", "import", str(bundle), *AS_BOSS], env,
                           rng.uniform(0.3, 2.2))
    tally.rounds += 1
    tally.killed += killed
    tally.finished += not killed
    held = count(data)
    if held not in (0, expected):
        tally.failures.append(f"bundle round {tally.rounds}: {held} of {expected} applications after the kill")
    check = cli(env, "db", "check")
    if check.returncode:
        tally.failures.append(f"bundle round {tally.rounds}: db check: {check.stderr[-300:]}")
    again = cli(env, "bundle", "import", str(bundle), *AS_BOSS)
    if again.returncode or count(data) != expected:
        tally.failures.append(f"bundle round {tally.rounds}: re-import gave {count(data)} ({again.stderr[-200:]})")


def push_round(work: Path, central_url: str, rng: random.Random, tally: Tally,
               check: Callable[[Path], list[str]]) -> None:
    """A street point accepts more, then ``sync push`` is SIGKILLed; the next push completes the job."""
    data = work / "pushing-street"
    env = {"CLERK_DESK_DATA_DIR": str(data), "CLERK_DESK_STATION": "ST-P"}
    if not (data / "clerk_desk.sqlite3").exists():
        assert cli(env, "db", "upgrade").returncode == 0
        make_boss(env)
    env = {**env, "CLERK_DESK_PASSWORD": PASSWORD}
    url = f"sqlite:///{data / 'clerk_desk.sqlite3'}"
    subprocess.run([sys.executable, "-m", "tests.helpers.accept_worker", url, "-", "ST-P", str(tally.rounds), "8",
                    str(tally.rounds * 8 % 992)], env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT,
                   check=True, capture_output=True)
    killed, _ = kill_after([sys.executable, "-m", "clerk_desk.cli", "sync", "push", "--central", central_url,
                            *AS_BOSS], env,
                           rng.uniform(0.3, 2.2))
    tally.rounds += 1
    tally.killed += killed
    tally.finished += not killed
    again = cli(env, "sync", "push", "--central", central_url, *AS_BOSS)
    if again.returncode:
        tally.failures.append(f"push round {tally.rounds}: the push after the kill failed: {again.stderr[-300:]}")
        return
    tally.failures.extend(f"push round {tally.rounds}: {p}" for p in check(data))
