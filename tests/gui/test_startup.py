"""The first window shows before the database stack or ReportLab is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_window_imports_no_database_stack(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('[service_point]\ncode = "S001"\nname = "幸福"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLERK_DESK_DATA_DIR=str(tmp_path),
               CLERK_DESK_QUIT_AFTER_SHOWN="1", CLERK_DESK_REPORT_MODULES="1")
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [x for x in out.stdout.splitlines() if x.startswith("HEAVY:")]
    assert lines == ["HEAVY:"], out.stdout
