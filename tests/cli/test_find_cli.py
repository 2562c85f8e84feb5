"""``clerk-desk find TEXT``: ID number, name, pinyin, application number, pickup code; masked; audited."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_report_print_demo import CLERK, run


def _one(data_dir: Path) -> tuple[str, str, str, str]:
    conn = sqlite3.connect(data_dir / "clerk_desk.sqlite3")
    row = conn.execute("SELECT a.number, a.insured_id_number, a.insured_name, s.pickup_code FROM application a "
                       "JOIN pickup_slip s ON s.application_id = a.id WHERE a.status = 'accepted' LIMIT 1").fetchone()
    conn.close()
    return row


def test_find_by_each_key_masked_and_audited(isolated_env: Path) -> None:
    assert run("demo", "seed", "--applications", "30", "--days", "3", "--seed", "5").returncode == 0
    number, id_number, name, code = _one(isolated_env)
    masked = id_number[:6] + "********" + id_number[-4:]
    for text in (number, id_number, id_number[:14], code, name):
        r = run("find", text, "--user", "demo_clerk1", "--limit", "500", env=CLERK)
        assert r.returncode == 0, r.stderr
        lines = [line.split("\t") for line in r.stdout.splitlines()]
        assert [number, name, masked] in [[f[0], f[2], f[3]] for f in lines], (text, r.stdout)
        assert id_number not in r.stdout
    r = run("find", number, "--user", "demo_clerk1", "--json", env=CLERK)
    record = json.loads(r.stdout.splitlines()[0])
    assert record["number"] == number and record["id_number"] == masked and record["pickup_code"] == code
    assert record["status"] == "accepted" and set(record) >= {"name", "kind", "scheme", "ready_by"}
    conn = sqlite3.connect(isolated_env / "clerk_desk.sqlite3")
    entries = conn.execute("SELECT actor, target, details FROM audit_event WHERE action = 'search'").fetchall()
    conn.close()
    assert len(entries) == 6 and {e[0] for e in entries} == {"demo_clerk1"}
    assert {e[1] for e in entries} == {"number", "id_number", "id_prefix", "pickup_code", "name"}
    assert all(id_number not in e[2] for e in entries)


def test_find_by_pinyin_initials(isolated_env: Path) -> None:
    from clerk_desk.domain.pinyin import name_keys

    assert run("demo", "seed", "--applications", "20", "--days", "5", "--seed", "6").returncode == 0
    conn = sqlite3.connect(isolated_env / "clerk_desk.sqlite3")
    (name,) = conn.execute("SELECT insured_name FROM application WHERE number IS NOT NULL LIMIT 1").fetchone()
    conn.close()
    initials = name_keys(name)[1]
    r = run("find", initials.upper(), "--user", "demo_clerk1", "--limit", "500", env=CLERK)
    assert r.returncode == 0 and name in r.stdout


def test_find_refuses_bad_input(isolated_env: Path) -> None:
    assert run("demo", "seed", "--applications", "2", "--days", "1", "--seed", "7").returncode == 0
    r = run("find", "  ", "--user", "demo_clerk1", env={**CLERK, "CLERK_DESK_LANG": "en"})
    assert r.returncode == 2 and "ID number" in r.stderr
    r = run("find", "张", "--user", "nobody", env=CLERK)
    assert r.returncode == 1 and "用户名或密码错误" in r.stderr  # which of the two is wrong is not told
    r = run("find", "张", "--user", "demo_clerk1", "--limit", "0", env={**CLERK, "CLERK_DESK_LANG": "en"})
    assert r.returncode == 2 and "--limit" in r.stderr
