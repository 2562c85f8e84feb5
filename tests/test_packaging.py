"""An installed wheel (not a checkout) finds its fonts, region codes, migrations and forms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheel")
    target = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(wheels), str(ROOT)], capture_output=True, text=True, timeout=300)
    if build.returncode != 0 and "No module named" in build.stderr:
        pytest.skip(f"cannot build here: {build.stderr.strip().splitlines()[-1]}")
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("clerk_desk-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return target


def run(site: Path, cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(site), **(env or {}))
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=300)


def test_installed_wheel_works_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    probe = subprocess.run([sys.executable, "-c", "import clerk_desk.paths as p; print(p.RESOURCES); print(p.MIGRATIONS)"],
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(installed)),
                           cwd=tmp_path, check=True)
    assert str(installed) in probe.stdout and str(ROOT) not in probe.stdout
    assert run(installed, tmp_path, "db", "upgrade").returncode == 0
    r = run(installed, tmp_path, "check-id", "--json", "11010519491231002X")
    assert r.returncode == 0 and "北京市朝阳区" in r.stdout
    assert run(installed, tmp_path, "demo", "seed", "--applications", "3", "--days", "1").returncode == 0
    r = run(installed, tmp_path, "report", "daily", "--pdf", str(tmp_path / "d.pdf"), "--user", "demo_sup",
            env={"CLERK_DESK_PASSWORD": "DemoSup2026"})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "d.pdf").stat().st_size > 1000
