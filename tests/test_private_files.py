"""Private by default: the data directory is 0700 and the database, settings, bundles and PDFs
0600 (POSIX), whatever the user's umask; ``db check`` warns when something is wider."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def run(data: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = {**os.environ, "CLERK_DESK_DATA_DIR": str(data), **(env or {})}
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], input=stdin, capture_output=True,
                          text=True, env=e, timeout=300)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_directory_and_its_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual desktop umask: without care, files come out 0644
    try:
        data = tmp_path / "fresh" / "clerk-desk"  # does not exist yet
        r = run(data, "demo", "seed", "--applications", "3", "--days", "1", "--seed", "1")
        assert r.returncode == 0, r.stderr
        sup = {"CLERK_DESK_PASSWORD": "DemoSup2026"}
        bundle, pdf = data / "out.cdb", tmp_path / "daily.pdf"
        assert run(data, "bundle", "export", str(bundle), "--user", "demo_sup", env=sup).returncode == 0
        r = run(data, "report", "daily", "--pdf", str(pdf), "--user", "demo_sup", env=sup)
        assert r.returncode == 0, r.stderr
    finally:
        os.umask(old)
    assert mode(data) == 0o700
    made = [data / "clerk_desk.sqlite3", data / "settings.toml", bundle, pdf]
    made += [p for p in data.iterdir() if p.name.startswith("clerk_desk.sqlite3-")]  # WAL and shared memory
    for path in made:
        assert path.is_file() and mode(path) == 0o600, (path, oct(mode(path)))
    r = run(data, "db", "check")
    assert r.returncode == 0 and "warning" not in r.stderr.lower() and "警告" not in r.stderr


def test_db_check_warns_about_wider_modes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "db", "upgrade").returncode == 0
    db = data / "clerk_desk.sqlite3"
    db.chmod(0o644)
    data.chmod(0o755)
    r = run(data, "db", "check")
    assert r.returncode == 0, r.stderr  # a warning: the data itself is sound
    assert f"{db} 的权限为 0644" in r.stderr and f"chmod 600 \"{db}\"" in r.stderr
    assert f"{data} 的权限为 0755" in r.stderr
    r = run(data, "db", "check", env={"CLERK_DESK_LANG": "en"})
    assert f"warning: {db} has mode 0644" in r.stderr
