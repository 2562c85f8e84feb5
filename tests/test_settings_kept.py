"""The settings file is the supervisor's: a broken or wrong-typed file is reported and kept byte for
byte (defaults for the bad keys only), and losing it does not change the station code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clerk_desk.config import load_settings, save_settings

ROOT = Path(__file__).resolve().parents[1]


def cli(data: Path, *args: str, station: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CLERK_DESK_STATION"}
    env.update({"CLERK_DESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT),
                "CLERK_DESK_PASSWORD": "DemoSup2026"})  # the demo supervisor's, for a second demo seed
    if station:
        env["CLERK_DESK_STATION"] = station
    return subprocess.run([sys.executable, "-m", "clerk_desk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=data)


def test_a_settings_file_that_is_not_utf8_is_reported_and_commands_run(isolated_env: Path) -> None:
    path = isolated_env / "settings.toml"
    raw = b'[service_point]\nname = "\xff\xfe\xe5\x8c"\n'
    path.write_bytes(raw)
    settings, problems = load_settings()
    assert [p.code for p in problems] == ["settings.unreadable"]
    assert settings.rules.working_days == 3  # the defaults
    r = cli(isolated_env, "due-date", "2026-11-27T10:00")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert "settings.toml" in r.stderr
    assert path.read_bytes() == raw


def test_deeply_nested_settings_are_reported_not_a_crash(isolated_env: Path) -> None:
    path = isolated_env / "settings.toml"
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    _, problems = load_settings()
    assert [p.code for p in problems] == ["settings.unreadable"]


def test_a_wrong_typed_setting_is_never_rewritten_by_the_program(isolated_env: Path) -> None:
    path = isolated_env / "settings.toml"
    raw = ('[service_point]\ncode = "S001"\nname = "幸福街道服务点"\n[rules]\nworking_days = "three"\n'
           '[mystery]\nkey = 1\n').encode()
    path.write_bytes(raw)
    settings, problems = load_settings()
    assert settings.service_point.name == "幸福街道服务点" and settings.rules.working_days == 3
    assert {p.code for p in problems} == {"settings.bad_value", "settings.unknown_key"}
    for args in (("db", "upgrade"), ("report", "daily"), ("db", "check")):
        r = cli(isolated_env, *args)  # no CLERK_DESK_STATION: the program needs a station code
        assert "Traceback" not in r.stderr, r.stderr
        assert path.read_bytes() == raw, args
    assert "working_days" in r.stderr


def test_a_supervisors_save_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'[service_point]\ncode = "OLD"\n')
    settings, _ = load_settings(path)
    settings.service_point.code = "NEW"
    save_settings(settings, path)
    assert (tmp_path / "settings.toml.bak").read_bytes() == b'[service_point]\ncode = "OLD"\n'
    assert load_settings(path)[0].service_point.code == "NEW"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob("*.part"))


def test_a_lost_settings_file_keeps_the_station_code(isolated_env: Path) -> None:
    from sqlmodel import Session, select

    from clerk_desk.store.db import make_engine
    from clerk_desk.store.models import AuditEvent, StationIdentity

    assert cli(isolated_env, "demo", "seed", "--applications", "3", "--days", "2").returncode == 0
    (isolated_env / "settings.toml").unlink()  # the file is lost
    r = cli(isolated_env, "demo", "seed", "--applications", "3", "--days", "2", "--user", "demo_sup")
    assert "Traceback" not in r.stderr
    r = cli(isolated_env, "db", "check")
    assert r.returncode == 0, r.stderr
    engine = make_engine(f"sqlite:///{isolated_env / 'clerk_desk.sqlite3'}")
    with Session(engine) as s:
        [identity] = s.exec(select(StationIdentity)).all()
        stations = set(s.exec(select(AuditEvent.station)))
    engine.dispose()
    assert stations == {identity.code}  # one chain: the same code before and after the loss
    # the demo writes its demo point again, but no new station code is minted into it
    assert load_settings(isolated_env / "settings.toml")[0].station.code in ("", identity.code)
