"""Where the program keeps its files, and the one setting a light command needs: the language.

Light: the standard library only (no pydantic, no SQLAlchemy, no Qt), so ``clerk-desk check-id``
starts as fast as a script.  :mod:`clerk_desk.config` re-exports everything here and adds the
settings schema; import from there unless the command must stay light.

Light commands (``light=True`` in :mod:`clerk_desk.cli`, e.g. ``check-id``) use no setting but
the language.  They read the settings file's ``[ui] language`` here, without its schema: a
value other than ``zh``/``en`` gives the default language, exactly as the full check would.  Of
what may be wrong with the file they report only what this reading sees, a file that cannot
be read (not TOML, not UTF-8: :func:`unreadable_problem`); a wrong value or an unknown key is
reported by every command that uses the settings, and by the app, never by a check that does
not use them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from clerk_desk.domain.problems import DEFAULT_LANGUAGE, LANGUAGES, Problem, define, error

APP_NAME = "clerk-desk"
SETTINGS_FILE = "settings.toml"
DB_FILE = "clerk_desk.sqlite3"
LOG_FILE = Path("logs") / "clerk-desk.log"  # in the data directory (rotated by clerk_desk.logs)

define("settings.unreadable", zh="设置文件 {path} 无法读取（{reason}），已使用全部默认值",
       en="Settings file {path} cannot be read ({reason}); all defaults are used")


def data_dir() -> Path:
    """The data directory: ``CLERK_DESK_DATA_DIR`` or the platform's user data directory."""
    override = os.environ.get("CLERK_DESK_DATA_DIR")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


def private_by_default() -> None:
    """Everything this process creates (database, settings, bundles, backups, logs, PDFs) is readable
    by the user alone: on POSIX, files 0600 and folders 0700 (Windows: the profile's ACL does it)."""
    if os.name == "posix":
        os.umask(0o077)


def log_file() -> Path:
    """The program's log file, ``logs/clerk-desk.log`` in the data directory (shown in Help ▸ About)."""
    return data_dir() / LOG_FILE


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def read_settings_file(path: Path | None = None) -> tuple[dict[str, Any], Problem | None]:
    """The settings file as parsed TOML, unchecked: ``{}`` when there is none, ``{}`` and the
    problem (``settings.unreadable``) when it cannot be read."""
    path = path or settings_path()
    try:
        with open(path, "rb") as fh:
            import tomllib  # only when there is a file to read

            return tomllib.load(fh), None
    except FileNotFoundError:
        return {}, None
    except (OSError, ValueError, RecursionError) as exc:  # unreadable, not TOML, not UTF-8, absurdly nested
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return {}, error("settings.unreadable", "settings", path=str(path), reason=reason)


_this_run: list[tuple[str, Problem | None]] = []  # the file's language and problem, read once (one_reading)


def _read_language() -> tuple[str, Problem | None]:
    """The settings file's ``[ui] language`` (the default when it is not ``zh``/``en``) and why the
    file cannot be read (None when it can)."""
    if _this_run:
        return _this_run[-1]
    raw, problem = read_settings_file()
    ui = raw.get("ui")
    value = ui.get("language") if isinstance(ui, dict) else None
    return (value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE), problem


@contextmanager
def one_reading() -> Iterator[None]:
    """Within, the settings file is read once for the language (a command-line run: its texts, however
    many, are said in one language; the file is not parsed again for each)."""
    _this_run.append(_read_language())
    try:
        yield
    finally:
        _this_run.pop()


def unreadable_problem() -> Problem | None:
    """What a light command says about the settings file: that it cannot be read (None when it can)."""
    return _read_language()[1]


def language() -> str:
    """The language of this run: ``CLERK_DESK_LANG`` when it is ``zh`` or ``en``, else the settings
    file's ``[ui] language`` when that is ``zh`` or ``en``, else the default (Chinese)."""
    env = os.environ.get("CLERK_DESK_LANG", "")
    if env in LANGUAGES:
        return env
    return _read_language()[0]
