"""Commands that need no window never import Qt; those that need no database never import its stack."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys, contextlib, io
from clerk_desk.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main({args!r})
    except SystemExit:
        pass
print("MODS:" + ",".join(sorted(m for m in sys.modules if m.split(".")[0] in {{"PySide6", "sqlalchemy", "sqlmodel", "alembic"}})))
"""


def loaded(args: list[str]) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    line = [x for x in out.stdout.splitlines() if x.startswith("MODS:")][-1]
    return {m.split(".")[0] for m in line[5:].split(",") if m}


def test_help_imports_nothing_heavy() -> None:
    assert loaded(["--help"]) == set()


def test_db_check_imports_no_qt() -> None:
    assert "PySide6" not in loaded(["db", "check"])


def test_only_gui_imports_pyside6() -> None:
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1] / "clerk_desk"
    pattern = re.compile(r"^\s*(from|import)\s+PySide6", re.M)
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8")) and p.relative_to(root).parts[0] != "gui"]
    assert offenders == []


def test_check_id_imports_no_settings_schema_no_database_no_qt(isolated_env) -> None:  # type: ignore[no-untyped-def]
    """``check-id`` is a pure domain check: the settings schema (pydantic), the database stack and Qt
    are for other commands; the one setting it needs, the language, is read without them."""
    (isolated_env / "settings.toml").write_text('[ui]\nlanguage = "en"\n[rules]\nworking_days = "three"\n',
                                                encoding="utf-8")
    code = ("import sys, contextlib, io\n"
            "from clerk_desk.cli import main\n"
            "out = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            "    main(['check-id', '--on', '2025-06-01', '11010519491231002X'])\n"
            "print('OUT:' + out.getvalue().strip())\n"
            "print('MODS:' + ','.join(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pydantic', 'pydantic_core', 'sqlalchemy', 'sqlmodel', 'alembic', 'PySide6'})))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "female" in out.stdout and "age 75" in out.stdout  # the settings file's language: English
    assert [x for x in out.stdout.splitlines() if x.startswith("MODS:")] == ["MODS:"]
