"""The desktop app's start (services.database.open_at_start): a SQLite file with nothing to change is
read without SQLAlchemy; anything to change (a year missing or outdated, no station code) takes
the full road and is changed, as ensure_database always did."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from clerk_desk.services import clock
from datetime import datetime
clock.set_clock(lambda: datetime({today}, 10, 0))
from clerk_desk.services.database import open_at_start
info = open_at_start({url!r})
banner = info["banner"]
print(json.dumps({{"stack": "sqlalchemy" in sys.modules, "first_run": info["needs_first_run"],
                  "upgraded": info["upgraded"], "banner": banner and banner.message("en")}}))
"""


def at_start(url: str, today: date) -> dict:  # type: ignore[type-arg]
    """open_at_start in a fresh process (where SQLAlchemy is not loaded yet)."""
    code = PROBE.format(url=url, today=f"{today.year}, {today.month}, {today.day}")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def full_answer(url: str, today: date) -> dict:  # type: ignore[type-arg]
    """What the services say through SQLAlchemy (the road every start took before)."""
    from clerk_desk.services import accounts, calendar
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(url) as s:
        banner = calendar.banner(s, today)
        return {"first_run": accounts.needs_first_run(s), "banner": banner and banner.message("en")}


def stored_year(path: Path, year: int) -> tuple[str, list[str]] | None:
    lite = sqlite3.connect(path)
    try:
        row = lite.execute("SELECT origin, holidays FROM calendar_year WHERE year = ?", (year,)).fetchone()
    finally:
        lite.close()
    return None if row is None else (row[0], sorted(json.loads(row[1])))


def published_holidays(year: int) -> list[str]:
    from chinese_calendar import constants

    return sorted(d.isoformat() for d in constants.holidays if d.year == year)


def settled_database(tmp_path: Path) -> tuple[str, Path]:
    """The data directory's own database (its station code is kept in it), migrated and seeded."""
    from clerk_desk.config import database_url
    from clerk_desk.services.database import ensure_database, sqlite_file

    url = database_url()
    path = sqlite_file(url)
    assert path is not None
    ensure_database(url)
    from clerk_desk.store.db import dispose_engines

    dispose_engines()
    return url, path


def test_a_settled_database_is_read_without_sqlalchemy_and_says_what_the_services_say(tmp_path: Path) -> None:
    url, path = settled_database(tmp_path)
    today = date(2026, 11, 27)  # next year not held yet from November: the banner warns
    answer = at_start(url, today)
    assert answer["stack"] is False and answer["upgraded"] is False
    assert {k: answer[k] for k in ("first_run", "banner")} == full_answer(url, today)
    assert answer["first_run"] is True  # no account yet: the setup is due

    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(url) as s:
        accounts.create_first_supervisor(s, username="zhao", password="Start-2026-ok", display_name="赵主任",
                                         save_settings=False)
    answer = at_start(url, date(2026, 6, 1))
    assert answer["stack"] is False and answer["first_run"] is False and answer["banner"] is None


def test_an_outdated_or_missing_package_year_is_refreshed_at_start(tmp_path: Path) -> None:
    url, path = settled_database(tmp_path)
    for change in ("UPDATE calendar_year SET holidays = '[]' WHERE year = 2025",  # an older package's data
                   "DELETE FROM calendar_year WHERE year = 2025"):
        lite = sqlite3.connect(path)
        lite.execute(change)
        lite.commit()
        lite.close()
        answer = at_start(url, date(2026, 6, 1))
        assert answer["stack"] is True  # changes to make: the full road
        assert stored_year(path, 2025) == ("package", published_holidays(2025))
        assert at_start(url, date(2026, 6, 1))["stack"] is False  # settled again


def test_an_imported_year_is_left_as_imported(tmp_path: Path) -> None:
    url, path = settled_database(tmp_path)
    lite = sqlite3.connect(path)
    lite.execute("UPDATE calendar_year SET holidays = '[\"2025-01-01\"]', origin = 'import' WHERE year = 2025")
    lite.commit()
    lite.close()
    assert at_start(url, date(2026, 6, 1))["stack"] is False  # nothing to change: never refreshed
    assert stored_year(path, 2025) == ("import", ["2025-01-01"])


def test_a_database_without_its_station_code_takes_the_full_road(tmp_path: Path) -> None:
    url, path = settled_database(tmp_path)
    lite = sqlite3.connect(path)
    lite.execute("DELETE FROM station_identity")
    lite.commit()
    lite.close()
    assert at_start(url, date(2026, 6, 1))["stack"] is True
    lite = sqlite3.connect(path)
    assert lite.execute("SELECT code FROM station_identity").fetchall() == [("TEST-01",)]  # remembered again
    lite.close()


def test_a_new_data_directory_is_made_at_start(tmp_path: Path) -> None:
    path = tmp_path / "new" / "clerk_desk.sqlite3"
    answer = at_start(f"sqlite:///{path}", date(2026, 6, 1))
    assert answer["stack"] is True and answer["upgraded"] is True and answer["first_run"] is True
    assert stored_year(path, 2025) == ("package", published_holidays(2025))
