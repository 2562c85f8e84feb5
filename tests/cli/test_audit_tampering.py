"""The seven ways of tampering with the audit trail behind the program's back, each caught by
``clerk-desk db check`` (the last three only thanks to the anchor kept outside the database)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from clerk_desk.services.audit import entry_hash

ROOT = Path(__file__).resolve().parents[2]
STATION = "TEST-01"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLERK_DESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT), "CLERK_DESK_STATION": STATION}
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=180, cwd=data)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("seeded")
    assert run(data, "db", "upgrade").returncode == 0
    r = run(data, "demo", "seed", "--applications", "6", "--days", "2")
    assert r.returncode == 0, r.stderr
    assert run(data, "db", "check").returncode == 0
    return data


def _copy(seeded: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    lite = sqlite3.connect(seeded / "clerk_desk.sqlite3")
    dst = sqlite3.connect(data / "clerk_desk.sqlite3")
    lite.backup(dst)
    dst.close()
    lite.close()
    for name in ("audit.key", "audit-anchor.json", "settings.toml"):
        if (seeded / name).exists():
            (data / name).write_bytes((seeded / name).read_bytes())
    # the anchor names the database by its URL: re-seal it for the copy, as the station itself would
    anchors = json.loads((data / "audit-anchor.json").read_text())
    assert any(k.endswith("|" + STATION) for k in anchors)
    from clerk_desk.services import audit_anchor

    old_db = f"sqlite:///{seeded / 'clerk_desk.sqlite3'}"
    new_db = f"sqlite:///{data / 'clerk_desk.sqlite3'}"
    before = os.environ.get("CLERK_DESK_DATA_DIR")
    os.environ["CLERK_DESK_DATA_DIR"] = str(data)  # the copy's key
    try:
        moved = {}
        for name, a in anchors.items():
            if name.startswith(old_db + "|"):
                station = name.split("|", 1)[1]
                moved[f"{new_db}|{station}"] = {**a, "mac": audit_anchor._seal(new_db, station, a["seq"], a["hash"])}
    finally:
        if before is not None:
            os.environ["CLERK_DESK_DATA_DIR"] = before
    (data / "audit-anchor.json").write_text(json.dumps(moved))
    return data


def _rehash_from(conn: sqlite3.Connection, first: int) -> None:
    """What a forger does after an edit: recompute every later hash and the head (the algorithm is public)."""
    rows = conn.execute("SELECT seq, at, actor, action, target, details, prev_hash FROM audit_event "
                        "WHERE station = ? AND seq >= ? ORDER BY seq", (STATION, first)).fetchall()
    prev = conn.execute("SELECT hash FROM audit_event WHERE station = ? AND seq = ?", (STATION, first - 1)).fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    for seq, at, actor, action, target, details, _ in rows:
        digest = entry_hash(station=STATION, seq=seq, at=datetime.fromisoformat(at), actor=actor, action=action,
                            target=target, details=json.loads(details) if details else {}, prev_hash=prev_hash)
        conn.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE station = ? AND seq = ?",
                     (prev_hash, digest, STATION, seq))
        prev_hash = digest
    conn.execute("UPDATE audit_head SET hash = ? WHERE station = ?", (prev_hash, STATION))


def tamper(conn: sqlite3.Connection, case: str) -> None:
    last = conn.execute("SELECT max(seq) FROM audit_event WHERE station = ?", (STATION,)).fetchone()[0]
    assert last >= 5
    q = {
        "edited": [("UPDATE audit_event SET target = 'someone-else' WHERE station = ? AND seq = 3", (STATION,))],
        "deleted_middle": [("DELETE FROM audit_event WHERE station = ? AND seq = 3", (STATION,))],
        "reordered": [("UPDATE audit_event SET seq = -1 WHERE station = ? AND seq = 2", (STATION,)),
                      ("UPDATE audit_event SET seq = 2 WHERE station = ? AND seq = 3", (STATION,)),
                      ("UPDATE audit_event SET seq = 3 WHERE station = ? AND seq = -1", (STATION,))],
        "newest_removed": [("DELETE FROM audit_event WHERE station = ? AND seq = ?", (STATION, last))],
        "wiped": [("DELETE FROM audit_event", ()), ("DELETE FROM audit_head", ())],
        "tail_cut_head_fixed": [("DELETE FROM audit_event WHERE station = ? AND seq > ?", (STATION, last - 2)),
                                ("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_event WHERE "
                                 "station = ? AND seq = ?) WHERE station = ?", (last - 2, STATION, last - 2, STATION))],
        "recomputed": [("UPDATE audit_event SET actor = 'nobody' WHERE station = ? AND seq = 3", (STATION,))],
    }[case]
    for sql, params in q:
        conn.execute(sql, params)
    if case == "recomputed":
        _rehash_from(conn, 3)


CASES = ["edited", "deleted_middle", "reordered", "newest_removed", "wiped", "tail_cut_head_fixed", "recomputed"]


@pytest.mark.parametrize("case", CASES)
def test_each_tampering_is_caught_by_db_check(seeded: Path, tmp_path: Path, case: str) -> None:
    data = _copy(seeded, tmp_path)
    assert run(data, "db", "check").returncode == 0  # the copy is sound before the forger starts
    conn = sqlite3.connect(data / "clerk_desk.sqlite3")
    tamper(conn, case)
    conn.commit()
    conn.close()
    r = run(data, "db", "check")
    assert r.returncode == 1, (case, r.stdout, r.stderr)
    assert "审计" in r.stderr and "Traceback" not in r.stderr
    if case in ("newest_removed", "wiped", "tail_cut_head_fixed", "recomputed"):
        quick = run(data, "db", "check", "--quick")  # heads and the anchor, no walk of the chain
        assert quick.returncode == 1, (case, quick.stderr)


def test_a_forged_anchor_file_is_caught(seeded: Path, tmp_path: Path) -> None:
    data = _copy(seeded, tmp_path)
    anchors = json.loads((data / "audit-anchor.json").read_text())
    for a in anchors.values():
        a["seq"] = 1  # a forger without the key moves the anchor back to cover a cut
    (data / "audit-anchor.json").write_text(json.dumps(anchors))
    r = run(data, "db", "check")
    assert r.returncode == 1 and "锚定" in r.stderr
