"""The log: configured once, rotating, in the data directory, 0600, personal data masked."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from clerk_desk import logs

ID = "11010519491231002X"
MOBILE = "13812345678"
LANDLINE = "0451-87654321"


@pytest.fixture
def log_file(isolated_env):  # type: ignore[no-untyped-def]
    path = logs.configure(isolated_env)
    assert path == isolated_env / "logs" / "clerk-desk.log"
    yield path
    logs._configured = None
    root = logging.getLogger("clerk_desk")
    for h in [h for h in root.handlers if h.get_name() == "clerk-desk"]:
        root.removeHandler(h)
        h.close()


def _flush() -> None:
    for h in logging.getLogger("clerk_desk").handlers:
        h.flush()


def test_personal_data_is_masked_in_messages_and_tracebacks(log_file) -> None:  # type: ignore[no-untyped-def]
    log = logging.getLogger("clerk_desk.test")
    log.warning("lookup %s phone %s office %s", ID, MOBILE, LANDLINE)
    try:
        raise ValueError(f"duplicate person {ID} ({MOBILE})")
    except ValueError:
        log.exception("accept failed")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert ID not in text and MOBILE not in text and "87654321" not in text
    assert text.count("110105********002X") == 2  # the message and the exception's own line
    assert "138****5678" in text and "0451-****4321" in text
    assert "Traceback" in text and "ValueError" in text


def test_configured_once_private_and_rotating(log_file) -> None:  # type: ignore[no-untyped-def]
    assert logs.configure(log_file.parent.parent) == log_file  # a second call adds no second handler
    ours = [h for h in logging.getLogger("clerk_desk").handlers if h.get_name() == "clerk-desk"]
    assert len(ours) == 1
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    log = logging.getLogger("clerk_desk.test")
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 50):
        log.info(line)
    _flush()
    assert (log_file.parent / "clerk-desk.log.1").is_file()
    assert log_file.stat().st_size < logs.MAX_BYTES


def test_the_command_line_logs_to_the_data_directory(isolated_env, capsys) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.cli import main

    try:
        assert main(["user", "list"]) == 2
        assert (isolated_env / "logs" / "clerk-desk.log").is_file()
    finally:
        logs._configured = None


def test_the_command_lines_catch_all_writes_the_one_log(isolated_env, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An unforeseen failure of a command: the clerk reads the cause and where the details are; the
    full traceback (masked) is in logs/clerk-desk.log, and there is no second log file."""
    from clerk_desk import cli

    def boom(args):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"unforeseen for {ID}")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda *_argv: parser)  # main() passes its argv
    parser._subparsers._group_actions[0].choices["check-id"].set_defaults(func=boom)  # type: ignore[union-attr]
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    try:
        assert cli.main(["check-id", ID]) == 1
        _flush()
    finally:
        logs._configured = None
    err = capsys.readouterr().err
    log = isolated_env / "logs" / "clerk-desk.log"
    assert "something went wrong" in err and f"(details in {log})" in err
    text = log.read_text(encoding="utf-8")
    assert "command failed: check-id" in text and "Traceback" in text and "RuntimeError: unforeseen for" in text
    assert ID not in text and "110105********002X" in text
    assert sorted(p.name for p in isolated_env.rglob("*.log")) == ["clerk-desk.log"]
