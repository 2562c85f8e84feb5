"""``clerk-desk db upgrade|check``, backup and restore, as a script would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from clerk_desk.store.schema import SCHEMA_HEAD


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True,
                          env=e, timeout=120)


def test_upgrade_creates_sqlite_and_check_passes(isolated_env: Path) -> None:
    r = run("db", "upgrade")
    assert r.returncode == 0, r.stderr
    assert (isolated_env / "clerk_desk.sqlite3").is_file()
    r = run("db", "check")
    assert r.returncode == 0, r.stderr
    r = run("db", "upgrade")
    assert r.returncode == 0 and SCHEMA_HEAD in r.stdout


def test_check_fails_on_corrupted_file(isolated_env: Path) -> None:
    assert run("db", "upgrade").returncode == 0
    db = isolated_env / "clerk_desk.sqlite3"
    data = bytearray(db.read_bytes())
    for i in range(4096, min(len(data), 60000), 5):
        data[i] = 0x55
    db.write_bytes(bytes(data))
    r = run("db", "check")
    assert r.returncode == 1
    assert "损坏" in r.stderr or "完整性" in r.stderr


def test_check_fails_when_missing_and_in_english(isolated_env: Path) -> None:
    r = run("db", "check", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1
    assert "does not exist" in r.stderr


def test_check_names_tampered_audit_row(isolated_env: Path) -> None:
    assert run("db", "upgrade").returncode == 0
    from clerk_desk.services.audit import record
    from clerk_desk.store.db import make_engine, session_scope

    engine = make_engine(f"sqlite:///{isolated_env / 'clerk_desk.sqlite3'}")
    with session_scope(engine) as s:
        for i in range(3):
            record(s, actor="sup", action="settings.change", target=f"k{i}")
    assert run("db", "check").returncode == 0
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET action = 'nothing' WHERE seq = 2"))
    engine.dispose()
    r = run("db", "check", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1
    assert "seq=2" in r.stderr


ROOT = {"CLERK_DESK_PASSWORD": "Keep2025pw"}


def _admin(data: Path, name: str = "root") -> None:
    """An administrator account, made through the accounts service (no must-change)."""
    from clerk_desk.domain.roles import SYSTEM
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(f"sqlite:///{data / 'clerk_desk.sqlite3'}") as s:
        accounts.create_user(s, SYSTEM, username=name, role="admin", password="Keep2025pw",
                             must_change_password=False)


def test_backup_and_restore_round_trip(isolated_env: Path, tmp_path: Path) -> None:
    assert run("db", "upgrade").returncode == 0
    _admin(isolated_env)
    target = tmp_path / "copy.sqlite3"
    assert run("backup", str(target)).returncode == 2  # who is taking the data away?
    r = run("backup", str(target), "--user", "root", env=ROOT)
    assert r.returncode == 0, r.stderr
    assert target.is_file()
    assert run("restore", str(target), "--user", "root", env=ROOT).returncode == 2  # asks for --yes
    r = run("restore", str(target), "--yes", "--user", "root", env=ROOT)
    assert r.returncode == 0, r.stderr
    assert run("db", "check").returncode == 0
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    r = run("restore", str(bad), "--yes", "--user", "root", env=ROOT)
    assert r.returncode == 1


def test_usage_error_exits_2() -> None:
    assert run("db", "frobnicate").returncode == 2
    assert run("check-id").returncode == 2


def test_purge_needs_confirmation_and_runs(isolated_env: Path) -> None:
    assert run("demo", "seed", "--applications", "5", "--days", "2", "--seed", "1").returncode == 0
    _admin(isolated_env)
    assert run("db", "purge", "--user", "root", env=ROOT).returncode == 2
    r = run("db", "purge", "--yes", "--years", "1", "--user", "root", env={"CLERK_DESK_LANG": "en", **ROOT})
    assert r.returncode == 0, r.stderr
    assert "blanked 0 applications" in r.stdout  # nothing is old enough yet
    r = run("db", "purge", "--yes", "--user", "demo_clerk1",
            env={"CLERK_DESK_LANG": "en", "CLERK_DESK_PASSWORD": "DemoClerk2026"})
    assert r.returncode == 1 and "may not" in r.stderr
    assert run("db", "check").returncode == 0


def test_check_names_a_row_whose_parent_is_gone(isolated_env: Path) -> None:
    """A document check pointing at no application (written with the keys off, as a bad copy would) is
    found by the full check, which names the table; the quick start-up check does not walk rows."""
    import sqlite3

    assert run("db", "upgrade").returncode == 0
    conn = sqlite3.connect(isolated_env / "clerk_desk.sqlite3")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO document_check (id, application_id, document, result, note, station, created_at) "
                 "VALUES ('a' || hex(randomblob(15)), 'f' || hex(randomblob(15)), 'id_card', 'ok', '', 'S1', "
                 "'2026-11-30 09:00:00')")
    conn.commit()
    conn.close()
    r = run("db", "check", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1
    assert "document_check" in r.stderr
    assert run("db", "check", "--quick").returncode == 0


def test_a_schema_from_a_newer_program_is_left_alone_and_said_so(isolated_env: Path) -> None:
    """Another counter's newer Clerk Desk upgraded the hall's database: this older program neither
    tries to migrate it (Alembic knows no such revision) nor copies it aside; it says to update itself."""
    import sqlite3

    assert run("db", "upgrade").returncode == 0
    db = isolated_env / "clerk_desk.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = sorted(p.name for p in isolated_env.iterdir())
    r = run("db", "upgrade", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1
    assert "0099" in r.stderr and "newer" in r.stderr and "update this program" in r.stderr
    assert "Can't locate" not in r.stderr
    r = run("db", "upgrade")
    assert r.returncode == 1 and "比本程序新" in r.stderr
    assert sorted(p.name for p in isolated_env.iterdir()) == before  # no copy set aside
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0099"
    r = run("db", "check", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1 and "newer than this program" in r.stderr and "db upgrade" not in r.stderr


def test_the_revisions_known_are_alembics_own() -> None:
    from alembic.script import ScriptDirectory

    from clerk_desk.store.bootstrap import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert SCHEMA_HEAD in known_revisions()
