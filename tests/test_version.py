"""``clerk-desk --version``: the project's version, fast (no Qt, no database stack)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.test_startup_imports import loaded

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_prints_the_projects_version() -> None:
    out = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert (out.returncode, out.stdout, out.stderr) == (0, f"clerk-desk {VERSION}\n", "")


def test_version_loads_neither_qt_nor_the_database_stack() -> None:
    assert loaded(["--version"]) == set()


def test_changelog_names_the_schema_head() -> None:
    from clerk_desk.store.schema import SCHEMA_HEAD

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"Schema **{SCHEMA_HEAD}**" in changelog
