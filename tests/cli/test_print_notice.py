"""``clerk-desk print notice ID``: a returned application has no number; its id reprints the
notice (一次性告知书), checked in the PDF's text (issue 14)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from tests.cli.test_report_print_demo import SUP, run, text_of


def test_notice_of_a_returned_application_reprinted_by_its_id(isolated_env: Path, tmp_path: Path) -> None:
    r = run("demo", "seed", "--applications", "60", "--days", "10", "--seed", "3")
    assert r.returncode == 0, r.stderr
    conn = sqlite3.connect(isolated_env / "clerk_desk.sqlite3")
    row = conn.execute("SELECT id, number, insured_name FROM application WHERE status = 'returned' LIMIT 1").fetchone()
    conn.close()
    assert row is not None, "the demo seeds returned applications"
    raw_id, number, name = row
    assert number is None                       # why a number alone could never find it
    app_id = str(uuid.UUID(hex=raw_id))
    out = tmp_path / "notice.pdf"
    r = run("print", "notice", app_id, "--pdf", str(out), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    text = text_of(out)
    assert "告知" in text and name in text
    r = run("print", "notice", "not-a-number", "--pdf", str(tmp_path / "x.pdf"), "--user", "demo_sup", env=SUP)
    assert r.returncode == 1 and r.stderr.strip()
