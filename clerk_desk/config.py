"""Settings: data directory, database URL, service point and rule settings.

The settings file is ``settings.toml`` in the data directory.  Every key has a default;
a bad value is reported (naming the key and the fix, in Chinese and English) and the
default is kept, so a mistyped file never stops a counter.

Environment overrides, for tests and scripted use:
``CLERK_DESK_DATA_DIR`` (the data directory), ``CLERK_DESK_DATABASE_URL`` (the database),
``CLERK_DESK_LANG`` (``zh`` or ``en``).

This module is imported by every command, so it stays light: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from clerk_desk.domain import receipt_guidance as rg
from clerk_desk.domain.problems import Problem, define, error
from clerk_desk.domain.receipt_guidance import DEFAULT_GUIDANCE  # noqa: F401  (re-exported)

APP_NAME = "clerk-desk"
SETTINGS_FILE = "settings.toml"
DB_FILE = "clerk_desk.sqlite3"

define("settings.bad_value", zh="设置项 {key} 的值 {value!r} 无效：{hint}；已使用默认值 {default!r}",
       en="Setting {key} has an invalid value {value!r}: {hint}; the default {default!r} is used")
define("settings.unreadable", zh="设置文件 {path} 无法读取（{reason}），已使用全部默认值",
       en="Settings file {path} cannot be read ({reason}); all defaults are used")
define("settings.unknown_key", zh="设置文件中有未知的设置项 {key}，已忽略",
       en="Unknown setting {key} in the settings file; it is ignored")


def data_dir() -> Path:
    """The data directory: ``CLERK_DESK_DATA_DIR`` or the platform's user data directory."""
    override = os.environ.get("CLERK_DESK_DATA_DIR")
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


PRIVATE_DIR_MODE, PRIVATE_FILE_MODE = 0o700, 0o600  # the data directory and what is in it (POSIX)


def private_by_default() -> None:
    """Everything this process creates (database, settings, bundles, backups, logs, PDFs) is readable
    by the user alone: on POSIX, files 0600 and folders 0700 (Windows: the profile's ACL does it)."""
    if os.name == "posix":
        os.umask(0o077)


LOG_FILE = Path("logs") / "clerk-desk.log"  # in the data directory (rotated by clerk_desk.logs)


def log_file() -> Path:
    """The program's log file, ``logs/clerk-desk.log`` in the data directory (shown in Help ▸ About)."""
    return data_dir() / LOG_FILE


def ensure_data_dir() -> Path:
    path = data_dir()
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    return path


# ---------------------------------------------------------------------------------
# The settings schema.  Each section is a dataclass; each field's metadata holds the
# check and the hint shown when the value is refused.
# ---------------------------------------------------------------------------------


def _spec(default: Any, check: Any = None, hint: str = "") -> Any:
    return field(default=default, metadata={"check": check, "hint": hint})


def _list_spec(default: list[Any], check: Any = None, hint: str = "") -> Any:
    return field(default_factory=lambda: list(default), metadata={"check": check, "hint": hint})


def _is_int_between(lo: int, hi: int) -> Any:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _is_time_or_empty(v: Any) -> bool:
    if v == "":
        return True
    return isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v) is not None


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


POINT_KINDS = ("street", "county")


@dataclass
class ServicePointSettings:
    code: str = _spec("", lambda v: isinstance(v, str) and (v == "" or re.fullmatch(r"[A-Za-z0-9_-]{1,16}", v)),
                      "1–16 letters, digits, - or _ / 1–16 位字母、数字、- 或 _")
    name: str = _spec("", lambda v: isinstance(v, str) and len(v) <= 100, "text up to 100 characters / 不超过100字")
    kind: str = _spec("street", lambda v: v in POINT_KINDS, "street or county / street 或 county")
    address: str = _spec("", lambda v: isinstance(v, str), "text / 文字")
    hours: str = _spec("周一至周五 9:00–12:00, 13:30–17:00", lambda v: isinstance(v, str), "text / 文字")
    phone: str = _spec("", lambda v: isinstance(v, str), "text / 文字")


def _is_month_day(v: Any) -> bool:
    if not isinstance(v, str) or not re.fullmatch(r"\d{2}-\d{2}", v):
        return False
    try:
        date(2024, int(v[:2]), int(v[3:]))   # a leap year: 02-29 is a real day
    except ValueError:
        return False
    return True


@dataclass
class RuleSettings:
    working_days: int = _spec(3, _is_int_between(1, 30), "a whole number 1–30 / 1到30的整数")
    cutoff_time: str = _spec("", _is_time_or_empty, 'HH:MM, or "" for off / HH:MM，留空表示不启用')
    min_age_alone: int = _spec(16, _is_int_between(14, 18), "a whole number 14–18 / 14到18的整数")
    nonlocal_needs_residence_permit: bool = _spec(False, lambda v: isinstance(v, bool), "true or false")
    local_region_prefixes: list[str] = _list_spec(
        [], lambda v: _is_str_list(v) and all(re.fullmatch(r"\d{2,6}", x) for x in v),
        'a list of 2–6 digit region code prefixes, e.g. ["2306"] / 行政区划代码前缀列表')
    proxy_needs_letter: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")
    letter_exempt_close_family: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")
    uncollected_days: int = _spec(30, _is_int_between(1, 365), "a whole number 1–365 / 1到365的整数")
    flexible_min_age: int = _spec(16, _is_int_between(16, 18), "a whole number 16–18 / 16到18的整数")
    retirement_age_male: int = _spec(60, _is_int_between(50, 70), "a whole number 50–70 / 50到70的整数")
    retirement_age_female: int = _spec(55, _is_int_between(45, 70), "a whole number 45–70 / 45到70的整数")
    newborn_days: int = _spec(90, _is_int_between(1, 365), "a whole number 1–365 / 1到365的整数")
    female_original_retirement_age: int = _spec(55, lambda v: v in (50, 55), "50 or 55 / 50 或 55")
    required_contribution_years: int = _spec(20, _is_int_between(1, 40), "a whole number 1–40 / 1到40的整数")
    collection_period_start: str = _spec("09-01", _is_month_day, "MM-DD, e.g. 09-01 / 月-日，如 09-01")
    collection_period_end: str = _spec("12-31", _is_month_day, "MM-DD, e.g. 12-31 / 月-日，如 12-31")
    waiting_fixed_months: int = _spec(3, _is_int_between(0, 12), "a whole number 0–12 / 0到12的整数")
    waiting_first_gap_year_counts: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")
    waiting_floor_gap_years: int = _spec(4, _is_int_between(1, 30), "a whole number 1–30 / 1到30的整数")
    waiting_floor_months: int = _spec(6, _is_int_between(0, 24), "a whole number 0–24 / 0到24的整数")
    waiting_exempt_newborns: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")
    waiting_exempt_subsidised: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")


def _guidance_spec() -> Any:
    return field(default_factory=lambda: copy.deepcopy(rg.DEFAULT_GUIDANCE),
                 metadata={"check": rg.is_valid, "convert": rg.upgrade,
                           "hint": "[[receipt.guidance]] tables: text, en, and where it applies (business, scheme, "
                                   "employment, category lists; when = waiting or no_waiting) / "
                                   "每条提示为一个表：text、en 及适用范围"})


@dataclass
class ReceiptSettings:
    """温馨提示 of the receipt: a table of lines, each shown only where it applies
    (:mod:`clerk_desk.domain.receipt_guidance`), and the city's ways to pay."""

    guidance: list[dict[str, Any]] = _guidance_spec()
    payment_channels: list[str] = _list_spec(["税务App", "微信或支付宝", "银行", "医保经办机构窗口"],
                                             lambda v: _is_str_list(v) and all(x.strip() for x in v),
                                             "a list of texts / 文字列表")


@dataclass
class PrintingSettings:
    paper: str = _spec("A4", lambda v: v in ("A4", "80mm"), "A4 or 80mm / A4 或 80mm")
    slip_paper: str = _spec("auto", lambda v: v in ("auto", "A4", "80mm"), "auto, A4 or 80mm / auto、A4 或 80mm")
    printer: str = _spec("", lambda v: isinstance(v, str), "printer name / 打印机名称")
    font_path: str = _spec("", lambda v: isinstance(v, str) and (v == "" or Path(v).is_file()),
                           "path to a TrueType font file / TrueType 字体文件路径")
    preview: bool = _spec(True, lambda v: isinstance(v, bool), "true or false")


@dataclass
class UiSettings:
    language: str = _spec("zh", lambda v: v in ("zh", "en"), "zh or en / zh 或 en")
    idle_lock_minutes: int = _spec(5, _is_int_between(1, 120), "a whole number 1–120 / 1到120的整数")
    window_geometry: str = _spec("", lambda v: isinstance(v, str) and all(c in "0123456789abcdef" for c in v),
                                 "where the window was left (kept by the program) / 窗口位置（程序自动保存）")


@dataclass
class SecuritySettings:
    max_failed_logins: int = _spec(5, _is_int_between(1, 20), "a whole number 1–20 / 1到20的整数")
    lockout_minutes: int = _spec(15, _is_int_between(1, 1440), "a whole number 1–1440 / 1到1440的整数")
    min_password_length: int = _spec(8, _is_int_between(6, 64), "a whole number 6–64 / 6到64的整数")
    retention_years: int = _spec(10, _is_int_between(1, 100), "a whole number 1–100 / 1到100的整数")


@dataclass
class SyncSettings:
    central_url: str = _spec("", lambda v: isinstance(v, str), "a database URL / 数据库地址")
    timeout_seconds: int = _spec(30, _is_int_between(5, 600), "a whole number 5–600 / 5到600的整数")


@dataclass
class StationSettings:
    code: str = _spec("", lambda v: isinstance(v, str) and (v == "" or re.fullmatch(r"[A-Za-z0-9_-]{1,32}", v)),
                      "1–32 letters, digits, - or _ / 1–32 位字母、数字、- 或 _")


@dataclass
class DatabaseSettings:
    url: str = _spec("", lambda v: isinstance(v, str), "a database URL / 数据库地址")
    # PostgreSQL (a hall's server): how long to wait before telling the clerk it is gone
    connect_timeout_seconds: int = _spec(5, _is_int_between(1, 120), "a whole number 1–120 / 1到120的整数")
    statement_timeout_seconds: int = _spec(30, _is_int_between(0, 3600),
                                           "a whole number 0–3600 (0: none) / 0到3600的整数（0 为不限）")
    keepalive_seconds: int = _spec(10, _is_int_between(1, 600), "a whole number 1–600 / 1到600的整数")


@dataclass
class Settings:
    service_point: ServicePointSettings = field(default_factory=ServicePointSettings)
    rules: RuleSettings = field(default_factory=RuleSettings)
    receipt: ReceiptSettings = field(default_factory=ReceiptSettings)
    printing: PrintingSettings = field(default_factory=PrintingSettings)
    ui: UiSettings = field(default_factory=UiSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    sync: SyncSettings = field(default_factory=SyncSettings)
    station: StationSettings = field(default_factory=StationSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)

    @property
    def cutoff(self) -> time | None:
        if not self.rules.cutoff_time:
            return None
        hh, mm = self.rules.cutoff_time.split(":")
        return time(int(hh), int(mm))

    @property
    def is_configured(self) -> bool:
        """First-run setup done: the service point has a code and a name."""
        return bool(self.service_point.code and self.service_point.name)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _same(value: Any) -> Any:
    return value


def settings_from_dict(raw: dict[str, Any]) -> tuple[Settings, list[Problem]]:
    """Settings from parsed TOML; bad values are reported and replaced by defaults."""
    settings = Settings()
    problems: list[Problem] = []
    sections = {f.name: f for f in dataclasses.fields(Settings)}
    for section_name, section_value in raw.items():
        if section_name not in sections or not isinstance(section_value, dict):
            problems.append(error("settings.unknown_key", section_name, key=section_name))
            continue
        section = getattr(settings, section_name)
        known = {f.name: f for f in dataclasses.fields(section)}
        for key, value in section_value.items():
            full_key = f"{section_name}.{key}"
            spec = known.get(key)
            if spec is None:
                problems.append(error("settings.unknown_key", full_key, key=full_key))
                continue
            check = spec.metadata.get("check")
            value = spec.metadata.get("convert", _same)(value)
            ok = True
            try:
                ok = bool(check(value)) if check else True
            except Exception:  # a check never crashes the loading
                ok = False
            if ok:
                setattr(section, key, value)
            else:
                problems.append(error("settings.bad_value", full_key, key=full_key, value=value,
                                      hint=spec.metadata.get("hint", ""), default=getattr(section, key)))
    return settings, problems


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """The settings from the file (defaults where it is missing or wrong) and what was wrong."""
    path = path or settings_path()
    try:
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError:
        return Settings(), []
    except (OSError, ValueError, RecursionError) as exc:  # unreadable, not TOML, not UTF-8, absurdly nested
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return Settings(), [error("settings.unreadable", "settings", path=str(path), reason=reason)]
    return settings_from_dict(raw)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically (a crash mid-write leaves the old file), keeping the previous
    file as ``settings.toml.bak``.  Only a supervisor's save (setup, the settings dialog) calls
    this: the program never rewrites the file on its own, not even to fix a bad value."""
    import tomli_w

    from clerk_desk.safefile import atomic_write

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        try:
            atomic_write(path.with_name(path.name + ".bak"), path.read_bytes())
        except (OSError, ValueError):  # e.g. an empty file: nothing to keep
            pass
    atomic_write(path, tomli_w.dumps(settings.to_dict()).encode("utf-8"))
    return path


def database_url(settings: Settings | None = None) -> str:
    """``CLERK_DESK_DATABASE_URL``, else the setting, else the SQLite file in the data directory."""
    env = os.environ.get("CLERK_DESK_DATABASE_URL")
    if env:
        return env
    if settings is None:
        settings, _ = load_settings()
    if settings.database.url:
        return settings.database.url
    return f"sqlite:///{data_dir() / DB_FILE}"


def language(settings: Settings | None = None) -> str:
    env = os.environ.get("CLERK_DESK_LANG", "")
    if env in ("zh", "en"):
        return env
    if settings is None:
        settings, _ = load_settings()
    return settings.ui.language
