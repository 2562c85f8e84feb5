"""The installers' files, checked cheaply (scripts/test-deb builds and installs the real package).

Each check compares against something outside the file checked: the wheel's layout in
pyproject.toml, the Qt modules the GUI really imports, the libraries the README lists, the
desktop-entry specification's validator, a data directory that must survive the maintainer scripts.
"""

from __future__ import annotations

import ast
import configparser
import hashlib
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "clerk-desk.spec"
LINUX = ROOT / "packaging" / "linux"


def spec_constant(name: str) -> list:  # type: ignore[type-arg]
    """A list literal assigned at the top of the spec (the spec itself runs only inside PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_spec_puts_every_program_file_where_the_wheel_puts_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir = project["tool"]["setuptools"]["package-dir"]  # "clerk_desk._data.resources" = "resources", …
    datas = spec_constant("DATAS")
    for src, _dest in datas:
        assert (ROOT / src).exists(), src
    bundled: set[Path] = set()  # every file the spec bundles, as its path inside the bundle
    for src, dest in datas:
        path = ROOT / src
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        for f in files:
            rel = f.name if path.is_file() else f.relative_to(path).as_posix()
            bundled.add(Path(dest) / rel)
    for package, folder in package_dir.items():
        dest = Path(*package.split("."))
        wanted = {dest / p.relative_to(ROOT / folder) for p in (ROOT / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts}
        missing = sorted(str(p) for p in wanted - bundled)
        assert missing == [], f"not in the frozen build: {missing}"


def test_spec_bundles_exactly_the_qt_modules_the_gui_imports() -> None:
    imported = set()
    for path in (ROOT / "clerk_desk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ]+)", text):
            imported |= {n.strip() for n in names.split(",")}
    assert set(spec_constant("QT_MODULES")) == imported
    excluded = set(spec_constant("QT_EXCLUDES"))
    assert excluded.isdisjoint(imported)
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"} <= excluded


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "clerk-desk.desktop", encoding="utf-8")
    return parser


def test_desktop_entry_starts_the_command_with_chinese_and_english_names() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"] == "clerk-desk" and entry["Terminal"] == "false"
    assert entry["Name"] == "Clerk Desk"
    assert re.search(r"[\u4e00-\u9fff]", entry["Name[zh_CN]"]) and re.search(r"[\u4e00-\u9fff]", entry["Comment[zh_CN]"])
    build = (ROOT / "scripts" / "build-deb").read_text(encoding="utf-8")
    assert f"/apps/{entry['Icon']}.png" in build and f"/apps/{entry['Icon']}.svg" in build  # the icon is installed
    assert "/usr/bin/clerk-desk" in build


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_the_validator() -> None:
    out = subprocess.run(["desktop-file-validate", str(LINUX / "clerk-desk.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_package_depends_on_the_libraries_the_readme_lists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"sudo apt-get install (.+?)```", readme, re.S)
    assert command is not None
    listed = set(command.group(1).replace("\\", " ").split())
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    depends = re.search(r"^Depends: (.+)$", control, re.M)
    assert depends is not None
    declared = {alt.strip().split(" ")[0] for dep in depends.group(1).split(",") for alt in dep.split("|")}
    assert listed - declared == set()


@pytest.mark.parametrize("action", ["remove", "purge", "upgrade"])
def test_postrm_leaves_the_users_data_alone(action: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "clerk-desk"
    data.mkdir(parents=True)
    (data / "clerk_desk.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    (data / "settings.toml").write_text('[service_point]\ncode = "S001"\n', encoding="utf-8")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data.iterdir()}
    stubs = tmp_path / "bin"  # the cache tools, recorded instead of run
    stubs.mkdir()
    log = tmp_path / "calls"
    for tool in ("update-desktop-database", "gtk-update-icon-cache"):
        (stubs / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n')
        (stubs / tool).chmod(0o755)
    env = {"HOME": str(home), "PATH": f"{stubs}:/usr/bin:/bin"}
    out = subprocess.run(["sh", str(LINUX / "postrm"), action], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in data.iterdir()} == before
    assert all("/usr/share/" in line for line in log.read_text().splitlines())


def test_maintainer_scripts_never_delete_files() -> None:
    for name in ("postinst", "postrm"):
        code = [line for line in (LINUX / name).read_text(encoding="utf-8").splitlines()
                if not line.lstrip().startswith("#")]
        assert not any(re.search(r"\brm\b|\bunlink\b|\.local|\$HOME|/home", line) for line in code), name


@pytest.mark.parametrize("script", ["build-deb", "test-deb"])
def test_shell_scripts_parse(script: str) -> None:
    path = ROOT / "scripts" / script
    assert os.access(path, os.X_OK)
    assert subprocess.run(["bash", "-n", str(path)], capture_output=True).returncode == 0


def test_windows_installer_packages_the_spec_output() -> None:
    iss = (ROOT / "packaging" / "windows" / "clerk-desk.iss").read_text(encoding="utf-8")
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="clerk-desk"' in spec and 'name="clerk-desk-gui"' in spec
    assert re.search(r'Source: "[^"]*dist\\clerk-desk\\\*"', iss)  # the whole onedir folder
    assert re.search(r'Name: "\{autoprograms\}\\[^"]+"; Filename: "\{app\}\\clerk-desk-gui\.exe"', iss)
    # Uninstalling never deletes users' data: no [UninstallDelete] section, no data folder named.
    code = "\n".join(line for line in iss.splitlines() if not line.lstrip().startswith(";")).lower()
    assert "[uninstalldelete]" not in code and "localappdata" not in code and "{userappdata}" not in code
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "packaging/clerk-desk.spec" in workflow and "clerk-desk.iss" in workflow
    named = re.findall(r"\btests/[\w/]+\.py\b", workflow)  # the tests the Windows job runs exist here
    assert named and [t for t in named if not (ROOT / t).is_file()] == []


def test_frozen_start_does_not_import_qt_for_the_command_line() -> None:
    """PyInstaller's PySide6 run-time hook imports QtCore at every start; the spec swaps it for ours."""
    assert spec_constant("REPLACED_RUNTIME_HOOKS") == ["pyi_rth_pyside6"]
    spec = SPEC.read_text(encoding="utf-8")
    assert 'runtime_hooks=[str(ROOT / "packaging" / "pyi_rth_clerk_desk_qt.py")]' in spec
    hook = ROOT / "packaging" / "pyi_rth_clerk_desk_qt.py"
    imported = {alias.name.split(".")[0] for node in ast.walk(ast.parse(hook.read_text(encoding="utf-8")))
                if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])}
    assert imported == {"os", "sys"}
