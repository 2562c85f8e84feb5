"""Quitting while a supervisor's busy day is still loading ends cleanly: workers are waited
for, their results dropped, the window goes before the application (no "Signal source has
been deleted", no crash).  Each run is its own process, as a clerk's quit is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "quit_after_busy_day.py"


def test_quitting_during_a_busy_day_is_clean(tmp_path: Path) -> None:
    env = {**os.environ, "CLERK_DESK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    seed = subprocess.run([sys.executable, "-m", "clerk_desk.cli", "demo", "seed", "--applications", "200",
                           "--days", "2", "--seed", "5"], capture_output=True, text=True, env=env, timeout=300)
    assert seed.returncode == 0, seed.stderr
    for quit_ms in (0, 150, 300, 600):  # from "before any page answered" to "mostly loaded"
        run = subprocess.run([sys.executable, str(SCRIPT), str(quit_ms)], capture_output=True, text=True, env=env,
                             timeout=120)
        noise = [line for line in run.stderr.splitlines() if "propagateSizeHints" not in line]
        assert run.returncode == 0 and noise == [], (quit_ms, run.returncode, run.stderr[-2000:])
    import sqlite3

    with sqlite3.connect(tmp_path / "data" / "clerk_desk.sqlite3") as conn:  # leaving with the program logs out
        logouts = conn.execute("SELECT COUNT(*) FROM audit_event WHERE action = 'logout' AND actor = 'demo_sup'")
        assert logouts.fetchone()[0] == 4
