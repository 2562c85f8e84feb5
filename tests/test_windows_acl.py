"""Windows: the data directory private to its user through icacls (issue 10, "Private by default").

The commands are checked as written (the runner is handed the argument list, nothing runs), the
way icacls documents them: ``/inheritance:r`` drops what the drive grants, ``/grant:r`` replaces the
grants of the user, SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544), ``(OI)(CI)F`` = full control
inherited by files and folders.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from clerk_desk import private_files

PRIVATE_ACL = """D:\\clerk data HALL-PC3\\wangfang:(OI)(CI)(F)
              NT AUTHORITY\\SYSTEM:(OI)(CI)(F)
              BUILTIN\\Administrators:(OI)(CI)(F)

Successfully processed 1 files; Failed processing 0 files
"""
OPEN_ACL = """D:\\clerk data BUILTIN\\Administrators:(I)(OI)(CI)(F)
              NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)
              BUILTIN\\Users:(I)(OI)(CI)(RX)
              NT AUTHORITY\\Authenticated Users:(I)(M)

Successfully processed 1 files; Failed processing 0 files
"""


class Recorder:
    """A runner that records each command and answers from a script: (returncode, stdout, stderr)."""

    def __init__(self, *answers: tuple[int, str, str] | Exception) -> None:
        self.calls: list[list[str]] = []
        self.answers = list(answers)

    def __call__(self, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(argv))
        answer = self.answers.pop(0) if self.answers else (0, "", "")
        if isinstance(answer, Exception):
            raise answer
        return subprocess.CompletedProcess(list(argv), answer[0], answer[1], answer[2])


def test_the_icacls_command_line(tmp_path: Path) -> None:
    run = Recorder((0, "processed file: D:\\clerk data\nSuccessfully processed 1 files", ""))
    assert private_files.restrict(Path("D:/clerk data"), runner=run, user="HALL-PC3\\wangfang") is None
    assert run.calls == [["icacls", str(Path("D:/clerk data")), "/inheritance:r", "/grant:r",
                          "HALL-PC3\\wangfang:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F"]]


def test_the_user_is_domain_and_name() -> None:
    assert private_files.current_user({"USERNAME": "wangfang", "USERDOMAIN": "HALL-PC3"}) == "HALL-PC3\\wangfang"
    assert private_files.current_user({"USERNAME": "wangfang"}) == "wangfang"


@pytest.mark.parametrize("answer, said", [
    ((5, "", "D:\\clerk data: Access is denied.\nSuccessfully processed 0 files; Failed processing 1 files"),
     "Failed processing 1 files"),
    (FileNotFoundError(2, "No such file or directory", "icacls"), "icacls"),
    (subprocess.TimeoutExpired("icacls", 30), "timed out"),
])
def test_a_failure_says_why(answer: tuple[int, str, str] | Exception, said: str) -> None:
    why = private_files.restrict(Path("D:/clerk data"), runner=Recorder(answer), user="wangfang")
    assert why is not None and said in why


def test_no_user_name_is_a_failure_not_a_grant_to_nobody() -> None:
    run = Recorder()
    assert private_files.restrict(Path("D:/x"), runner=run, user="") == "USERNAME is not set"
    assert run.calls == []


def test_reading_the_acl() -> None:
    assert private_files.acl_problems(Path("D:/clerk data"), runner=Recorder((0, PRIVATE_ACL, ""))) == []
    problems = private_files.acl_problems(Path("D:/clerk data"), runner=Recorder((0, OPEN_ACL, "")))
    assert len(problems) == 2
    assert problems[0].startswith("inherited entries") and problems[1].startswith("open to")
    assert "BUILTIN\\Users:(I)(OI)(CI)(RX)" in problems[1] and "Authenticated Users" in problems[1]


def test_posix_runs_nothing(tmp_path: Path) -> None:
    run = Recorder()
    assert private_files.make_private(tmp_path, platform="posix", runner=run) is None
    assert private_files.check_private(tmp_path, platform="posix", runner=run) == ([], "")
    assert run.calls == []


def test_on_windows_start_restricts_the_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USERNAME", "wangfang")
    monkeypatch.setenv("USERDOMAIN", "HALL-PC3")
    run = Recorder()
    assert private_files.make_private(tmp_path, platform="nt", runner=run) is None
    assert run.calls == [private_files.restrict_command(tmp_path, "HALL-PC3\\wangfang")]


def test_db_check_reports_a_directory_it_cannot_make_private(isolated_env: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """On Windows (simulated: the platform and icacls's answers), ``db check`` says the directory is not
    private, why, and the command to run; the check itself still passes on a sound database."""
    from clerk_desk import cli

    monkeypatch.setenv("USERNAME", "wangfang")
    monkeypatch.setenv("USERDOMAIN", "HALL-PC3")
    assert cli.main(["db", "upgrade"]) == 0
    denied = (5, "", "Access is denied.\nSuccessfully processed 0 files; Failed processing 1 files")
    run = Recorder(denied, (0, OPEN_ACL, ""))
    real_check = private_files.check_private
    monkeypatch.setattr(private_files, "check_private",
                        lambda d: real_check(d, platform="nt", runner=run))
    capsys.readouterr()
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert cli.main(["db", "check"]) == 0
    err = capsys.readouterr().err
    assert f"the data directory {isolated_env} could not be made private" in err
    assert "Failed processing 1 files" in err and "BUILTIN\\Users" in err
    assert "icacls" in err and "/inheritance:r" in err and "HALL-PC3\\wangfang:(OI)(CI)F" in err
    assert run.calls[0][:3] == ["icacls", str(isolated_env), "/inheritance:r"] and run.calls[1] == ["icacls",
                                                                                                     str(isolated_env)]
    monkeypatch.setenv("CLERK_DESK_LANG", "zh")
    run.answers = [denied, (0, OPEN_ACL, "")]
    assert cli.main(["db", "check"]) == 0
    assert f"无法将数据目录 {isolated_env} 限制为仅当前用户可访问" in capsys.readouterr().err
