"""``clerk-desk bundle export|import`` and ``sync push|pull`` from a script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, data: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    e = dict(os.environ)
    e["CLERK_DESK_DATA_DIR"] = str(data)
    e.pop("CLERK_DESK_STATION", None)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True, env=e,
                          timeout=300)


SUP = ("--user", "demo_sup")  # the demo supervisor; its password from the environment, as a script gives it
SUP_ENV = {"CLERK_DESK_PASSWORD": "DemoSup2026"}
ROOT = ("--user", "root")
ROOT_ENV = {"CLERK_DESK_PASSWORD": "Keep2025pw"}


def test_bundle_from_street_point_to_hall(tmp_path: Path) -> None:
    street, hall = tmp_path / "street", tmp_path / "hall"
    assert run("demo", "seed", "--applications", "20", "--days", "3", "--seed", "2", data=street).returncode == 0
    bundle = tmp_path / "usb" / "s001.cdb"
    bundle.parent.mkdir()
    r = run("bundle", "export", str(bundle), data=street)
    assert r.returncode == 2 and "--user" in r.stderr
    r = run("bundle", "export", str(bundle), *SUP, data=street, env=SUP_ENV)
    assert r.returncode == 0, r.stderr
    assert run("db", "upgrade", data=hall).returncode == 0
    boot = subprocess.run([sys.executable, "-m", "clerk_desk.cli", "user", "add", "--role", "admin", "root"],
                          input="Keep2025pw\nKeep2025pw\n", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CLERK_DESK_DATA_DIR": str(hall)})
    assert boot.returncode == 0, boot.stderr
    r = run("bundle", "import", str(bundle), *ROOT, data=hall, env=ROOT_ENV)
    assert r.returncode == 1 and "密钥" in r.stderr  # the point's key is not registered at the hall yet
    station = json.loads(bundle.read_bytes().split(b"\n", 1)[0])["station"]
    (hall / "bundle-keys").mkdir()  # registered when the point is set up: its bundle.key, under its code
    (hall / "bundle-keys" / f"{station}.key").write_bytes((street / "bundle.key").read_bytes())
    r = run("bundle", "import", str(bundle), *ROOT, data=hall, env=ROOT_ENV)
    assert r.returncode == 0, r.stderr
    again = run("bundle", "import", str(bundle), *ROOT, data=hall, env={"CLERK_DESK_LANG": "en", **ROOT_ENV})
    assert again.returncode == 0 and again.stdout.startswith("0 added, 0 updated")
    assert run("db", "check", data=hall).returncode == 0
    broken = tmp_path / "broken.cdb"
    broken.write_bytes(bundle.read_bytes()[:100])
    r = run("bundle", "import", str(broken), *ROOT, data=hall, env=ROOT_ENV)
    assert r.returncode == 1 and "损坏" in r.stderr


def test_push_to_unreachable_central_loses_nothing(tmp_path: Path) -> None:
    street = tmp_path / "street"
    assert run("demo", "seed", "--applications", "3", "--days", "1", "--seed", "2", data=street).returncode == 0
    r = run("sync", "push", "--central", "postgresql+psycopg://nobody@127.0.0.1:1/none", *SUP, data=street,
            env=SUP_ENV)
    assert r.returncode == 1 and "中心数据库" in r.stderr
    assert run("db", "check", data=street).returncode == 0
    r = run("sync", "pull", *SUP, data=street, env=SUP_ENV)
    assert r.returncode == 1 and "sync.central_url" in r.stderr


def test_a_central_address_that_is_no_address_is_the_settings_fault(tmp_path: Path) -> None:
    """Not a program error with a traceback in the log (the fuzz test over every subcommand found it):
    the setting to mend, named, in either language; nothing here changed."""
    street = tmp_path / "street"
    assert run("demo", "seed", "--applications", "2", "--days", "1", "--seed", "3", data=street).returncode == 0
    for lang, words in (("zh", "中心数据库地址无法识别"), ("en", "cannot be read")):
        r = run("sync", "pull", "--central", "x:/:", *SUP, data=street, env={**SUP_ENV, "CLERK_DESK_LANG": lang})
        assert r.returncode == 1 and words in r.stderr and "sync.central_url" in r.stderr, r.stderr
    log = street / "logs" / "clerk-desk.log"
    assert "Traceback" not in (log.read_text(encoding="utf-8") if log.exists() else "")
    assert run("db", "check", data=street).returncode == 0
