"""``clerk-desk user add|list|passwd|disable`` as a script would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

WANG = {"CLERK_DESK_PASSWORD": "Chief2025x"}  # a script's way to give the acting account's password


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], input=stdin, capture_output=True,
                          text=True, env=e, timeout=120)


def _login(data: Path, user: str, password: str):  # type: ignore[no-untyped-def]
    from clerk_desk.services import login
    from clerk_desk.store.db import make_engine, session_scope

    engine = make_engine(f"sqlite:///{data / 'clerk_desk.sqlite3'}")
    try:
        with session_scope(engine) as s:
            return login.authenticate(s, user, password)
    finally:
        engine.dispose()


def test_add_list_passwd_disable(isolated_env: Path) -> None:
    r = run("user", "add", "--role", "supervisor", "--display-name", "王主任", "wang", stdin="Chief2025x\nChief2025x\n")
    assert r.returncode == 0, r.stderr
    assert "wang" in r.stdout
    first = _login(isolated_env, "wang", "Chief2025x")
    assert not first.must_change_password  # the first account of an empty database

    r = run("user", "add", "--role", "clerk", "li", stdin="Start2025x\nStart2025x\n")
    assert r.returncode == 2 and "--user" in r.stderr  # the bootstrap is over: a supervisor adds accounts
    r = run("user", "add", "--role", "clerk", "li", "--user", "wang", stdin="Chief2025x\nStart2025x\nStart2025x\n")
    assert r.returncode == 0, r.stderr
    assert _login(isolated_env, "li", "Start2025x").must_change_password

    r = run("user", "list", "--user", "wang", env=WANG)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("wang") and "supervisor" in line and "王主任" in line for line in lines)
    assert any(line.startswith("li") and "must-change" in line for line in lines)
    assert "$argon2" not in r.stdout

    r = run("user", "passwd", "li", "--user", "wang", stdin="Other2025x\nOther2025x\n", env=WANG)
    assert r.returncode == 0, r.stderr
    assert _login(isolated_env, "li", "Other2025x").must_change_password

    r = run("user", "disable", "li", "--user", "wang", env=WANG)
    assert r.returncode == 0, r.stderr
    assert "disabled" in run("user", "list", "--user", "wang", env=WANG).stdout

    r = run("db", "check")
    assert r.returncode == 0, r.stderr


def test_refusals_exit_1_with_bilingual_message(isolated_env: Path) -> None:
    r = run("user", "add", "--role", "clerk", "li", stdin="Start2025x\nStart2025x\n")
    assert r.returncode == 1 and "第一个账户须为负责人" in r.stderr
    r = run("user", "add", "--role", "supervisor", "wang", stdin="short\nshort\n")
    assert r.returncode == 1 and "密码至少需要 8 个字符" in r.stderr
    assert run("user", "add", "--role", "supervisor", "wang", stdin="Chief2025x\nChief2025x\n").returncode == 0
    as_wang = ("--user", "wang")
    r = run("user", "add", "--role", "clerk", "li", *as_wang, stdin="Start2025x\nStart2025y\n",
            env={"CLERK_DESK_LANG": "en", **WANG})
    assert r.returncode == 1 and "do not match" in r.stderr
    r = run("user", "add", "--role", "clerk", "li", *as_wang, stdin="li2025abcd\nli2025abcd\n",
            env={"CLERK_DESK_LANG": "en", **WANG})
    assert r.returncode == 1 and "user name" in r.stderr
    assert run("user", "add", "--role", "clerk", "li", *as_wang, stdin="Start2025x\nStart2025x\n",
               env=WANG).returncode == 0
    r = run("user", "add", "--role", "clerk", "li", *as_wang, stdin="Start2025x\nStart2025x\n", env=WANG)
    assert r.returncode == 1 and "已存在" in r.stderr
    r = run("user", "passwd", "nobody", *as_wang, stdin="Start2025x\nStart2025x\n", env=WANG)
    assert r.returncode == 1
    r = run("user", "disable", "nobody", *as_wang, env={"CLERK_DESK_LANG": "en", **WANG})
    assert r.returncode == 1 and "no account named nobody" in r.stderr


def test_usage_errors_exit_2(isolated_env: Path) -> None:
    assert run("user", "add", "li").returncode == 2  # --role missing
    assert run("user", "add", "--role", "boss", "li").returncode == 2
    assert run("user", "add", "--role", "clerk", "li", stdin="only-one-line\n").returncode == 2
    assert run("user").returncode == 2


def test_tampered_account_audit_row_fails_db_check(isolated_env: Path) -> None:
    assert run("user", "add", "--role", "supervisor", "wang", stdin="Chief2025x\nChief2025x\n").returncode == 0
    assert run("user", "add", "--role", "clerk", "li", "--user", "wang", stdin="Start2025x\nStart2025x\n",
               env=WANG).returncode == 0
    assert run("db", "check").returncode == 0
    from clerk_desk.store.db import make_engine

    engine = make_engine(f"sqlite:///{isolated_env / 'clerk_desk.sqlite3'}")
    with engine.begin() as conn:
        seq = conn.execute(text("SELECT seq FROM audit_event WHERE target = 'li'")).scalar()
        conn.execute(text("UPDATE audit_event SET target = 'someone' WHERE target = 'li'"))
    engine.dispose()
    r = run("db", "check", env={"CLERK_DESK_LANG": "en"})
    assert r.returncode == 1 and f"seq={seq}" in r.stderr


def test_user_commands_never_import_qt(isolated_env: Path) -> None:
    probe = ("import sys, io, contextlib\nfrom clerk_desk.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n    main(['user', 'list'])\n"
             "print('QT' if 'PySide6' in sys.modules else 'NOQT')")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().endswith("NOQT"), out.stderr
