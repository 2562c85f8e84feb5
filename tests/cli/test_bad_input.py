"""Bad input and a hostile environment get a clear message naming the problem and the fix, never a
traceback, and leave nothing half-written (no 0-byte or ``.part`` files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


BOSS = ("--user", "boss")  # the supervisor the commands act as (its password in CLERK_DESK_PASSWORD)


def run(data: Path, *args: str, stdin: str = "", **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "CLERK_DESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT),
           "CLERK_DESK_PASSWORD": "Chief2025pw"}
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=data, input=stdin, **kw)


def boss() -> None:
    """The first supervisor of the test's data directory."""
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")


def leftovers(*dirs: Path) -> list[Path]:
    return [p for d in dirs if d.exists() for p in d.rglob("*")
            if p.is_file() and (p.name.endswith(".part") or p.stat().st_size == 0)
            and not p.name.endswith(("-wal", "-shm"))  # SQLite's own journal files may be empty
            and p.parent.name != "logs"]  # the log file is opened at start, empty until something is said


def test_due_date_far_in_the_future_refuses_that_item_and_goes_on(isolated_env: Path) -> None:
    r = run(isolated_env, "due-date", "9999-12-31T23:59", "2026-11-27T10:00")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    first, second = r.stdout.splitlines()
    assert first.startswith("9999-12-31T23:59") and "日历范围" in first
    assert second == "2026-11-27T10:00:00\t2026-12-02"  # the later item was not abandoned


def test_calendar_file_nested_thousands_deep(isolated_env: Path) -> None:
    f = isolated_env / "deep.toml"
    f.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    boss()
    r = run(isolated_env, "calendar", "import", str(f), "--yes", *BOSS)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "TOML" in r.stdout + r.stderr


@pytest.mark.parametrize("command", [("backup",), ("bundle", "export")])
def test_writing_into_a_missing_directory(isolated_env: Path, command: tuple[str, ...]) -> None:
    boss()
    target = isolated_env / "no" / "such" / "dir" / "out.file"
    r = run(isolated_env, *command, str(target), *BOSS)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert str(target) in r.stderr and ("存在" in r.stderr or "No such file" in r.stderr)


@pytest.mark.parametrize("damage", ["junk", "truncated"])
@pytest.mark.parametrize("command", [("demo", "seed", "--applications", "2"), ("report", "daily", "--point", "S001"),
                                     ("bundle", "export", "out.cdb"), ("backup", "out.bak")])
def test_a_damaged_database_file_gives_a_message(isolated_env: Path, damage: str, command: tuple[str, ...]) -> None:
    db = isolated_env / "clerk_desk.sqlite3"
    if damage == "junk":
        db.write_bytes(os.urandom(8192))
    else:
        assert run(isolated_env, "db", "upgrade").returncode == 0
        db.write_bytes(db.read_bytes()[:6000])
        for side in ("-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
    r = run(isolated_env, *command, *BOSS)
    assert r.returncode == 1, r.stdout
    assert "Traceback" not in r.stderr
    assert "db check" in r.stderr or "数据库" in r.stderr
    assert leftovers(isolated_env) == []


def test_a_read_only_database_file(isolated_env: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes read-only files anyway")
    assert run(isolated_env, "db", "upgrade").returncode == 0
    (isolated_env / "clerk_desk.sqlite3").chmod(0o444)
    r = run(isolated_env, "demo", "seed", "--applications", "2")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_check_id_with_standard_output_closed(isolated_env: Path) -> None:
    env = {**os.environ, "CLERK_DESK_DATA_DIR": str(isolated_env), "PYTHONPATH": str(ROOT)}
    r = subprocess.run(f'"{sys.executable}" -m clerk_desk.cli check-id 11010519491231002X >&-', shell=True,
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert "Traceback" not in r.stderr and "标准输出已关闭" in r.stderr and r.returncode == 1
    r = subprocess.run(f'"{sys.executable}" -m clerk_desk.cli check-id 11010519491231002X >&-', shell=True,
                       capture_output=True, text=True, env={**env, "CLERK_DESK_LANG": "en"}, cwd=ROOT, timeout=60)
    assert "Traceback" not in r.stderr and "standard output is closed" in r.stderr and r.returncode == 1


# --- fuzzing: no input reaches the catch-all (which would log "command failed") ---------------------
def test_a_file_name_with_a_nul_byte_is_unreadable_not_a_crash(isolated_env: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A NUL byte in a file name (the fuzz test found it) is "cannot read", never the catch-all."""
    from clerk_desk import cli

    code = cli.main(["check-application", "forms\0.jsonl"])
    err = capsys.readouterr().err
    assert code == 2 and "无法读取 forms" in err and not _caught(isolated_env)


def test_a_calendar_file_name_with_a_nul_byte_is_reported(tmp_path: Path) -> None:
    from clerk_desk.services.calendar import read_calendar_file

    parsed = read_calendar_file(str(tmp_path / "2027\0.toml"))
    assert [p.code for p in parsed.problems] == ["calendar.file_unreadable"]


def _caught(data_dir: Path) -> str:
    """What the catch-all logged in the data directory's one log ("" when it was never reached)."""
    from clerk_desk.logs import FAILED

    log = data_dir / "logs" / "clerk-desk.log"
    text = log.read_text(encoding="utf-8") if log.is_file() else ""
    return text if FAILED in text else ""


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(st.one_of(_text, st.sampled_from(["-", "--json", "--on", "--kind", "street", "county",
                                                       "--provisional", "9999-12-31T23:59", "0001-01-01"])),
                     max_size=5),
       stdin=_text, command=st.sampled_from(["check-id", "due-date"]))
def test_fuzzed_arguments_and_stdin_never_reach_the_catch_all(isolated_env: Path, monkeypatch, capsys, argv,  # type: ignore[no-untyped-def]
                                                              stdin, command) -> None:
    import io

    from clerk_desk import cli

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = cli.main([command, *argv])
    except SystemExit as exc:  # usage errors exit 2 through argparse
        code = exc.code
    capsys.readouterr()
    assert code in (0, 1, 2)
    assert not _caught(isolated_env)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(st.binary(max_size=300), _text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.recursive(st.sampled_from(["1", '"a"', "true", "[]", "{}"]),
                                  lambda c: st.one_of(c.map(lambda x: f"[{x}]"), c.map(lambda x: f"{{a={x}}}")),
                                  max_leaves=30).map(lambda v: f"[rules]\nworking_days = {v}\n".encode())))
def test_fuzzed_settings_and_calendar_files_are_reported_not_crashes(tmp_path: Path, raw: bytes) -> None:
    from clerk_desk.config import load_settings
    from clerk_desk.domain.calendar_file import parse_calendar_bytes

    f = tmp_path / "settings.toml"
    f.write_bytes(raw)
    settings_, problems = load_settings(f)  # never raises
    assert settings_.rules.working_days in range(1, 31)
    parsed = parse_calendar_bytes(raw)  # never raises
    assert parsed.problems or parsed.year is not None


def _subcommands() -> list[tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]]:
    """Every runnable subcommand of ``cli.build_parser()`` (its words) with the options it takes
    (each with whether it takes a value)."""
    import argparse

    from clerk_desk import cli

    found: list[tuple[tuple[str, ...], tuple[tuple[str, bool], ...]]] = []

    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        for sub in subs:
            for name, child in sub.choices.items():
                walk(child, (*words, name))
        if not subs and words:
            options = tuple((o, a.nargs != 0) for a in parser._actions for o in a.option_strings
                            if o not in ("-h", "--help"))
            found.append((words, options))

    walk(cli.build_parser(), ())
    return found


SUBCOMMANDS = _subcommands()
_VALUES = ["-", "0", "1", "-1", "x", "S001", "boss", "2026-11-27", "9999-12-31", "0001-01-01T00:00", "", "../..",
           "out.file", "no/such/dir/f", "A" * 300, "11010519491231002X", "--", "--yes", "--json", "--user"]


def test_every_subcommand_is_fuzzed() -> None:
    words = {w for w, _ in SUBCOMMANDS}
    assert ("backup",) in words and ("report", "daily") in words and ("db", "check") in words
    assert len(words) >= 15


@pytest.mark.parametrize("signed_in", [False, True])
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_argument_lists_of_every_subcommand(isolated_env: Path, monkeypatch, capsys, signed_in, data) -> None:  # type: ignore[no-untyped-def]
    """Signed out (a wrong password: refused) and signed in as the supervisor (the command's own checks)."""
    import io

    from clerk_desk import cli

    if signed_in and not (isolated_env / "clerk_desk.sqlite3").exists():
        boss()

    words, options = data.draw(st.sampled_from(SUBCOMMANDS))
    value = st.one_of(st.sampled_from(_VALUES), _text)
    option = (st.sampled_from(options).flatmap(lambda o: st.tuples(st.just(o[0]), value) if o[1]
                                                 else st.just((o[0],)))
              if options else st.just(("--json",)))
    argv = data.draw(st.lists(value, max_size=2)) + [w for o in data.draw(st.lists(option, max_size=3)) for w in o]
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw" if signed_in else "not-the-password")  # never a prompt
    if signed_in and ("--user", True) in options and "--user" not in argv:
        argv += list(BOSS)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.chdir(isolated_env)  # relative FILE arguments (a backup named by the fuzzer) land there
    try:
        code = cli.main([*words, *argv])
    except SystemExit as exc:  # usage errors exit 2 through argparse
        code = exc.code
    out = capsys.readouterr()
    event(f"exit {code}")
    assert code in (0, 1, 2), (words, argv, out)
    assert "Traceback" not in out.err
    assert not _caught(isolated_env), (words, argv, _caught(isolated_env))
