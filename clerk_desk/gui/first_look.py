"""What the start needs of the settings before they are checked: the language, the service point
(for the title, and whether the first-run setup is due), the database, where the window was left.

Read from the settings file as plain TOML, without its schema (:mod:`clerk_desk.config` and
pydantic cost the start a tenth of a second): the window shows at once, and the checked settings
follow from a worker once the login has been drawn (:meth:`MainWindow.warm_up`); they replace
these everywhere — title and status bar included — and report what is wrong with the file.
Each value is checked as the schema checks it (:mod:`clerk_desk.config`; a test holds the two
to the same answers): one the schema would refuse is not used here either, the default is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clerk_desk.datadir import DB_FILE, data_dir, read_settings_file

LANGUAGES = ("zh", "en")
POINT_CODE = r"([A-Za-z0-9_-]{1,16})?"  # config.ServicePointSettings.code
POINT_NAME_MAX = 100


@dataclass(frozen=True)
class FirstLook:
    language: str = "zh"
    point_name: str = ""
    point_code: str = ""
    window_geometry: str = ""
    database_url: str = ""  # as config.database_url: the environment, the setting, the SQLite file

    @property
    def is_configured(self) -> bool:
        """As ``Settings.is_configured``: the service point has a code and a name."""
        return bool(self.point_code and self.point_name)


def _table(raw: dict[str, Any], name: str) -> dict[str, Any]:
    table = raw.get(name)
    return table if isinstance(table, dict) else {}


def _text(table: dict[str, Any], key: str, pattern: str | None = None) -> str:
    value = table.get(key)
    if not isinstance(value, str) or (pattern is not None and re.fullmatch(pattern, value) is None):
        return ""
    return value


def first_look(path: Path | None = None) -> FirstLook:
    """The first window's settings (defaults where the file is missing, unreadable or wrong)."""
    directory = data_dir()
    raw, _ = read_settings_file(path)  # missing, unreadable, not TOML: {} (the checked settings say why)
    ui, point = _table(raw, "ui"), _table(raw, "service_point")
    env = os.environ.get("CLERK_DESK_LANG", "")
    language = env if env in LANGUAGES else ui.get("language")
    name = _text(point, "name")
    url = (os.environ.get("CLERK_DESK_DATABASE_URL") or _text(_table(raw, "database"), "url")
           or f"sqlite:///{directory / DB_FILE}")
    return FirstLook(language=language if language in LANGUAGES else "zh",
                     point_name=name if len(name) <= POINT_NAME_MAX else "", point_code=_text(point, "code", POINT_CODE),
                     window_geometry=_text(ui, "window_geometry", "[0-9a-f]*"), database_url=url)
