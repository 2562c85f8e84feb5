"""``clerk-desk print notice NUMBER``: a returned application is numbered, the number is printed on
its notice (一次性告知书), and the notice is reprinted by that number (issue 14)."""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

from tests.cli.test_report_print_demo import SUP, run, text_of


def test_notice_of_a_returned_application_reprinted_by_its_number(isolated_env: Path, tmp_path: Path) -> None:
    r = run("demo", "seed", "--applications", "60", "--days", "10", "--seed", "3")
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(isolated_env / "clerk_desk.sqlite3")
    rows = conn.execute("SELECT id, number, insured_name FROM application WHERE status = 'returned'").fetchall()
    conn.close()
    assert rows, "the demo seeds returned applications"
    assert all(n is not None and re.fullmatch(r"[A-Z0-9_-]+-\d{8}-\d{4}", n) for _, n, _ in rows), rows
    assert len({n for _, n, _ in rows}) == len(rows)
    raw_id, number, name = rows[0]
    first = tmp_path / "notice.pdf"
    r = run("print", "notice", number.lower(), "--pdf", str(first), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    text = text_of(first)
    assert "告知" in text and name in text
    assert number in re.sub(r"\s+", "", text)       # what the citizen holds is what finds it again
    again = tmp_path / "again.pdf"
    r = run("print", "notice", number, "--pdf", str(again), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    assert "补打" in r.stdout and "补打" in text_of(again)
    by_id = tmp_path / "by-id.pdf"   # the internal id still works
    r = run("print", "notice", str(uuid.UUID(hex=raw_id)), "--pdf", str(by_id), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    r = run("print", "notice", "not-a-number", "--pdf", str(tmp_path / "x.pdf"), "--user", "demo_sup", env=SUP)
    assert r.returncode == 1 and "not-a-number" in r.stderr
