"""Demo data, the daily report and reprints through the command line, checked in the PDFs."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True, env=e,
                          timeout=300)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def first_number(data_dir: Path, statuses: tuple[str, ...]) -> tuple[str, str]:
    import sqlite3

    conn = sqlite3.connect(data_dir / "clerk_desk.sqlite3")
    q = f"SELECT number, insured_id_number FROM application WHERE status IN ({','.join('?' * len(statuses))}) "
    q += "AND kind != 'renewal' LIMIT 1"  # a renewal makes no card: no slip
    row = conn.execute(q, statuses).fetchone()
    conn.close()
    return row


def busiest_day(data_dir: Path) -> tuple[str, str, int]:
    """The point and day with the most accepted applications, and how many: asked of the database."""
    import sqlite3

    conn = sqlite3.connect(data_dir / "clerk_desk.sqlite3")
    row = conn.execute("SELECT point_code, business_date, COUNT(*) FROM application WHERE status != 'draft' "
                       "AND accepted_at IS NOT NULL GROUP BY point_code, business_date "
                       "ORDER BY COUNT(*) DESC, business_date DESC LIMIT 1").fetchone()
    conn.close()
    return row[0], str(row[1])[:10], int(row[2])


SUP = {"CLERK_DESK_PASSWORD": "DemoSup2026"}  # the demo accounts' passwords, given as a script would
CLERK = {"CLERK_DESK_PASSWORD": "DemoClerk2026"}


def test_seed_report_and_reprint(isolated_env: Path, tmp_path: Path) -> None:
    r = run("demo", "seed", "--applications", "60", "--days", "10", "--seed", "3")
    assert r.returncode == 0, r.stderr
    assert "demo_sup" in r.stdout  # the passwords are said once
    again = run("demo", "seed", "--applications", "5", "--days", "1", "--seed", "4")
    assert again.returncode == 2 and "demo_sup" in again.stderr  # seeding again: as the demo supervisor
    again = run("demo", "seed", "--applications", "5", "--days", "1", "--seed", "4", "--user", "demo_sup", env=SUP)
    assert again.returncode == 0 and "demo_sup" not in again.stdout

    point, day, accepted = busiest_day(isolated_env)
    pdf, csv_path = tmp_path / "daily.pdf", tmp_path / "daily.csv"
    r = run("report", "daily", "--date", day, "--point", point, "--pdf", str(pdf), "--csv", str(csv_path),
            "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    text = text_of(pdf)
    assert "幸福街道医保服务点" in text and "业务日报" in text
    assert f"受理明细（{accepted}）" in text.replace("\n", "")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    # the figures are the database's own count (read here with sqlite3), tied to their label
    assert ["当日概况", "受理", str(accepted)] in rows
    detail = rows[rows.index(["受理明细"]) + 2:]
    assert len([row for row in detail if len(row) > 3 and row[1].startswith(point)]) == accepted

    number, id_number = first_number(isolated_env, ("accepted", "ready"))
    out = tmp_path / "receipt.pdf"
    r = run("print", "receipt", number, "--pdf", str(out), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    text = text_of(out)
    assert number in text and "补打" not in text  # never printed before: the original
    assert r.stdout.strip() == f"{out}（原件）"
    assert id_number not in text and id_number[:6] + "********" + id_number[-4:] in text
    copy = tmp_path / "receipt2.pdf"
    r = run("print", "receipt", number, "--pdf", str(copy), "--user", "demo_sup", env={**SUP, "CLERK_DESK_LANG": "en"})
    assert r.returncode == 0, r.stderr
    assert "Reprint copy 2" in text_of(copy) and r.stdout.strip() == f"{copy} (reprint, copy 2)"
    r = run("print", "receipt", number, "--pdf", str(tmp_path / "r3.pdf"), "--user", "demo_clerk1", env=CLERK)
    assert r.returncode == 1 and "补打" in r.stderr  # a clerk may not reprint
    r = run("print", "slip", number, "--pdf", str(tmp_path / "s.pdf"), "--user", "demo_sup", env=SUP)
    assert r.returncode == 0, r.stderr
    assert "领卡" in text_of(tmp_path / "s.pdf")
    r = run("print", "receipt", "S001-19990101-0001", "--pdf", str(tmp_path / "x.pdf"), "--user", "demo_sup", env=SUP)
    assert r.returncode == 1
    assert run("db", "check").returncode == 0


def test_clerk_cannot_print_daily_report(isolated_env: Path, tmp_path: Path) -> None:
    assert run("demo", "seed", "--applications", "3", "--days", "1", "--seed", "1").returncode == 0
    r = run("report", "daily", "--pdf", str(tmp_path / "d.pdf"), "--user", "demo_clerk1",
            env={"CLERK_DESK_LANG": "en", **CLERK})
    assert r.returncode == 1 and "may not" in r.stderr
    assert not (tmp_path / "d.pdf").exists()
