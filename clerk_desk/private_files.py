"""The data directory readable by its user alone, on Windows too.

On POSIX the umask does it (:func:`clerk_desk.config.private_by_default`: folders 0700, files
0600).  Windows ignores the umask: a data directory moved by ``CLERK_DESK_DATA_DIR`` to, say,
``D:\\clerk-data`` inherits the drive's grants (Users may read), and with them every full ID
number.  There the directory gets its own ACL with ``icacls``, as Windows sets a profile folder:
inheritance removed, full control for the current user, SYSTEM and Administrators (by SID, so
that a Chinese Windows, whose group names are translated, is covered), inherited by everything
created inside (``(OI)(CI)``).

The commands are built here and run by a *runner* given to each function (``subprocess.run`` by
default), so that the exact command lines are tested on any platform.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

SYSTEM_SID = "*S-1-5-18"
ADMINISTRATORS_SID = "*S-1-5-32-544"
FULL_INHERITED = ":(OI)(CI)F"
# Principals that must not appear in the data directory's ACL (as icacls prints them).
BROAD = ("Everyone", "BUILTIN\\Users", "Authenticated Users")

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), capture_output=True, text=True, timeout=30, check=False)


def current_user(environ: dict[str, str] | None = None) -> str:
    """``DOMAIN\\user`` of the account running the program (Windows' USERDOMAIN and USERNAME)."""
    env = os.environ if environ is None else environ
    user = env.get("USERNAME", "")
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain and user else user


def restrict_command(directory: Path | str, user: str) -> list[str]:
    """The one icacls command that makes ``directory`` private to ``user``."""
    return ["icacls", str(directory), "/inheritance:r", "/grant:r", f"{user}{FULL_INHERITED}",
            f"{SYSTEM_SID}{FULL_INHERITED}", f"{ADMINISTRATORS_SID}{FULL_INHERITED}"]


def _outcome(runner: Runner, argv: Sequence[str]) -> tuple[str | None, str]:
    """(why it failed or None, its output)."""
    try:
        done = runner(argv)
    except (OSError, subprocess.SubprocessError) as exc:  # no icacls, or it hung
        return f"{argv[0]}: {exc}", ""
    output = ((done.stdout or "") + (done.stderr or "")).strip()
    if done.returncode != 0:
        return output.splitlines()[-1] if output else f"{argv[0]} exit {done.returncode}", output
    return None, output


def restrict(directory: Path, *, runner: Runner = _run, user: str | None = None) -> str | None:
    """Make ``directory`` private to the current user (Windows).  None when done; else why not."""
    who = user if user is not None else current_user()
    if not who:
        return "USERNAME is not set"
    why, _ = _outcome(runner, restrict_command(directory, who))
    return why


def acl_problems(directory: Path, *, runner: Runner = _run) -> list[str]:
    """What is wrong with the data directory's ACL (Windows): it cannot be read, inheritance is
    still on, or a broad group (Everyone, Users, Authenticated Users) has an entry."""
    why, output = _outcome(runner, ["icacls", str(directory)])
    if why is not None:
        return [why]
    problems = []
    lines = [line.strip() for line in output.splitlines() if ":" in line and not line.startswith("Successfully")]
    if any("(I)" in line for line in lines):
        problems.append("inherited entries: " + "; ".join(line for line in lines if "(I)" in line))
    broad = [line for line in lines if any(name in line for name in BROAD)]
    if broad:
        problems.append("open to: " + "; ".join(broad))
    return problems


def make_private(directory: Path, *, platform: str = os.name, runner: Runner = _run) -> str | None:
    """At start: on Windows, restrict ``directory`` (None when done or not Windows; else why not).
    POSIX relies on the umask set by ``private_by_default``."""
    if platform != "nt" or not directory.is_dir():
        return None
    return restrict(directory, runner=runner)


def check_private(directory: Path, *, platform: str = os.name, runner: Runner = _run) -> tuple[list[str], str]:
    """For ``db check`` on Windows: what is wrong with the ACL after trying once more to restrict it,
    and the command that fixes it by hand.  ``([], "")`` elsewhere (POSIX modes are checked apart)."""
    if platform != "nt" or not directory.is_dir():
        return [], ""
    failed = restrict(directory, runner=runner)
    problems = acl_problems(directory, runner=runner)
    if failed is not None:
        problems.insert(0, failed)
    command = " ".join(f'"{a}"' if " " in a else a for a in restrict_command(directory, current_user()))
    return problems, command
