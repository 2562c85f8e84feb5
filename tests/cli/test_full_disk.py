"""A full disk, caused for real: a small tmpfs filled to the last byte is the target of a backup and
of a daily-report PDF.  The command says so and what to do (exit 1, no traceback), leaves no ``.part``
or 0-byte file there, and the database itself is still sound."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_bad_input import BOSS, boss, leftovers, run


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def full_tmpfs(where: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs at ``where``, filled until the kernel says ENOSPC; unmounted afterwards."""
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        with open(where / "filler", "wb", buffering=0) as fh:
            with pytest.raises(OSError) as info:
                while True:
                    fh.write(b"\0" * 4096)
        assert info.value.errno == errno.ENOSPC
        assert shutil.disk_usage(where).free < 4096
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


needs_root = pytest.mark.skipif(not _can_mount(), reason="needs root and mount to make a full tmpfs")


@needs_root
@pytest.mark.parametrize(("lang", "full", "fix"), [("zh", "磁盘已满", "其他文件夹"), ("en", "disk is full", "another folder")])
@pytest.mark.parametrize("command", [("backup", "{target}/db.bak"),
                                     ("report", "daily", "--point", "S001", "--pdf", "{target}/daily.pdf")])
def test_a_full_disk_is_named_with_the_fix(isolated_env: Path, monkeypatch: pytest.MonkeyPatch,
                                           command: tuple[str, ...], lang: str, full: str, fix: str) -> None:
    boss()
    monkeypatch.setenv("CLERK_DESK_LANG", lang)
    with full_tmpfs(isolated_env / "stick") as stick:
        args = [a.format(target=stick) for a in command]
        r = run(isolated_env, *args, *BOSS)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "Traceback" not in r.stderr
        assert full in r.stderr and fix in r.stderr  # names the full disk, and the fix
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
        assert not leftovers(stick)
    check = run(isolated_env, "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("exc", [OSError(errno.ENOSPC, "No space left on device", "/media/stick/out.cdb"),
                                 sqlite3.OperationalError("database or disk is full")])
def test_the_one_error_handler_names_a_full_disk(isolated_env: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], exc: Exception) -> None:
    from clerk_desk import cli

    if isinstance(exc, sqlite3.OperationalError):
        exc.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL, as SQLite sets it
    for lang, full, fix in [("zh", "磁盘已满", "其他文件夹"), ("en", "disk is full", "another folder")]:
        monkeypatch.setenv("CLERK_DESK_LANG", lang)
        assert cli._known_error(exc) == 1
        err = capsys.readouterr().err
        assert full in err and fix in err, err
