"""Settings: data directory, database URL, service point and rule settings.

The settings file is ``settings.toml`` in the data directory.  Every key has a default;
a bad value is reported (naming the key and the fix, in Chinese and English) and the
default is kept, so a mistyped file never stops a counter.

Environment overrides, for tests and scripted use:
``CLERK_DESK_DATA_DIR`` (the data directory), ``CLERK_DESK_DATABASE_URL`` (the database),
``CLERK_DESK_LANG`` (``zh`` or ``en``).

No SQLAlchemy, no Qt.  Where the files are and the language come from :mod:`clerk_desk.datadir`
(re-exported here), which has no schema either: the light commands (``check-id``) import only it.
"""

from __future__ import annotations

import copy
import os
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, StringConstraints, ValidationError
from pydantic.fields import FieldInfo

# where the files are, and the language, without the schema (light commands import only these)
from clerk_desk.datadir import (  # noqa: F401  (re-exported)
    APP_NAME,
    DB_FILE,
    LOG_FILE,
    SETTINGS_FILE,
    data_dir,
    log_file,
    private_by_default,
    read_settings_file,
    settings_path,
)
from clerk_desk.datadir import language as _light_language
from clerk_desk.domain import receipt_guidance as rg
from clerk_desk.domain.problems import Message, Problem, define, error
from clerk_desk.domain.receipt_guidance import DEFAULT_GUIDANCE  # noqa: F401  (re-exported)

define("settings.bad_value", zh="设置项 {key} 的值 {value!r} 无效，应为：{expected}；已使用默认值 {default!r}",
       en="Setting {key} has an invalid value {value!r}; it should be {expected}; the default {default!r} is used")
define("settings.not_a_table", zh="设置文件中的 {key} 应为一个表 [{key}]，该部分已使用默认值",
       en="{key} in the settings file should be a table [{key}]; the defaults are used for it")
define("settings.unknown_key", zh="设置文件中有未知的设置项 {key}，已忽略",
       en="Unknown setting {key} in the settings file; it is ignored")


# ---------------------------------------------------------------------------------
# The settings schema: one pydantic model per section.  A field's type and bounds are
# its check; the hint shown when a value is refused is derived from them (a whole
# number lo–hi, one of the choices, true or false) or given with the field (``_hinted``).
# ---------------------------------------------------------------------------------

PointKind = Literal["street", "county"]  # a street or township point, a county centre (DOMAIN.md)
TEXT = ("文字", "text")


def _hinted(default: Any, zh: str, en: str, **constraints: Any) -> Any:
    """A field whose refusal hint is written out (patterns, paths, tables)."""
    kwargs = {"default_factory": default} if callable(default) else {"default": default}
    return Field(**kwargs, json_schema_extra={"hint_zh": zh, "hint_en": en}, **constraints)


def _no_file(value: str) -> str:
    if value and not Path(value).is_file():
        raise ValueError("not a file")
    return value


def _month_day(value: str) -> str:
    date(2024, int(value[:2]), int(value[3:]))  # a leap year: 02-29 is a real day; ValueError if not a day
    return value


def _guidance(value: list[Any]) -> list[Any]:
    rg.parse_lines(value)  # ValueError names the bad line
    return value


class _Section(BaseModel, extra="forbid", strict=True):
    """A table of the file.  Strict: 3 is not "3", true is not 1; an unknown key is refused.  Assignment
    is not validated (the settings dialog sets values, then checks the whole with settings_from_dict)."""


class ServicePointSettings(_Section):
    code: str = _hinted("", "1–16 位字母、数字、- 或 _", "1–16 letters, digits, - or _",
                        pattern=r"^([A-Za-z0-9_-]{1,16})?$")
    name: str = _hinted("", "不超过100字", "text up to 100 characters", max_length=100)
    kind: PointKind = "street"
    address: str = ""
    hours: str = "周一至周五 9:00–12:00, 13:30–17:00"
    phone: str = ""


class RuleSettings(_Section):
    working_days: int = Field(default=3, ge=1, le=30)
    cutoff_time: str = _hinted("", "HH:MM，留空表示不启用", 'HH:MM, or "" for off',
                               pattern=r"^(([01]\d|2[0-3]):[0-5]\d)?$")
    min_age_alone: int = Field(default=16, ge=14, le=18)
    nonlocal_needs_residence_permit: bool = False
    local_region_prefixes: list[Annotated[str, StringConstraints(pattern=r"^\d{2,6}$")]] = _hinted(
        list, '行政区划代码前缀列表，如 ["2306"]', 'a list of 2–6 digit region code prefixes, e.g. ["2306"]')
    proxy_needs_letter: bool = True
    letter_exempt_close_family: bool = True
    uncollected_days: int = Field(default=30, ge=1, le=365)
    flexible_min_age: int = Field(default=16, ge=16, le=18)
    retirement_age_male: int = Field(default=60, ge=50, le=70)
    retirement_age_female: int = Field(default=55, ge=45, le=70)
    newborn_days: int = Field(default=90, ge=1, le=365)
    female_original_retirement_age: Literal[50, 55] = 55
    required_contribution_years: int = Field(default=20, ge=1, le=40)
    collection_period_start: Annotated[str, AfterValidator(_month_day)] = _hinted(
        "09-01", "月-日，如 09-01", "MM-DD, e.g. 09-01", pattern=r"^\d\d-\d\d$")
    collection_period_end: Annotated[str, AfterValidator(_month_day)] = _hinted(
        "12-31", "月-日，如 12-31", "MM-DD, e.g. 12-31", pattern=r"^\d\d-\d\d$")
    waiting_fixed_months: int = Field(default=3, ge=0, le=12)
    waiting_first_gap_year_counts: bool = True
    waiting_floor_gap_years: int = Field(default=4, ge=1, le=30)
    waiting_floor_months: int = Field(default=6, ge=0, le=24)
    waiting_exempt_newborns: bool = True
    waiting_exempt_subsidised: bool = True


class ReceiptSettings(_Section):
    """温馨提示 of the receipt: a table of lines, each shown only where it applies
    (:mod:`clerk_desk.domain.receipt_guidance`), and the city's ways to pay."""

    guidance: Annotated[list[Any], BeforeValidator(rg.upgrade), AfterValidator(_guidance)] = _hinted(
        lambda: copy.deepcopy(rg.DEFAULT_GUIDANCE),
        "每条一个 [[receipt.guidance]] 表：text、en 及适用范围（business、scheme、employment、category "
        "列表；when = waiting 或 no_waiting）",
        "[[receipt.guidance]] tables: text, en, and where it applies (business, scheme, employment, category "
        "lists; when = waiting or no_waiting)")
    payment_channels: list[Annotated[str, StringConstraints(pattern=r"\S")]] = _hinted(
        lambda: ["税务App", "微信或支付宝", "银行", "医保经办机构窗口"], "文字列表", "a list of texts")


class PrintingSettings(_Section):
    paper: Literal["A4", "80mm"] = "A4"
    # the pickup slip's paper: "auto" is 80mm at a street point (a receipt printer), A4 elsewhere
    slip_paper: Literal["auto", "A4", "80mm"] = "auto"
    printer: str = _hinted("", "打印机名称", "printer name")
    font_path: Annotated[str, AfterValidator(_no_file)] = _hinted(
        "", "TrueType 字体文件路径", "path to a TrueType font file")
    preview: bool = True


class UiSettings(_Section):
    language: Literal["zh", "en"] = "zh"
    idle_lock_minutes: int = Field(default=5, ge=1, le=120)
    window_geometry: str = _hinted("", "十六进制数字（窗口位置，程序自动保存）",
                                   "hexadecimal digits (where the window was left, kept by the program)",
                                   pattern=r"^[0-9a-f]*$")


class SecuritySettings(_Section):
    max_failed_logins: int = Field(default=5, ge=1, le=20)
    lockout_minutes: int = Field(default=15, ge=1, le=1440)
    min_password_length: int = Field(default=8, ge=6, le=64)
    retention_years: int = Field(default=10, ge=1, le=100)


class SyncSettings(_Section):
    central_url: str = _hinted("", "数据库地址", "a database URL")
    timeout_seconds: int = Field(default=30, ge=5, le=600)


class StationSettings(_Section):
    code: str = _hinted("", "1–32 位字母、数字、- 或 _", "1–32 letters, digits, - or _",
                        pattern=r"^([A-Za-z0-9_-]{1,32})?$")


class DatabaseSettings(_Section):
    url: str = _hinted("", "数据库地址", "a database URL")
    # PostgreSQL (a hall's server): how long to wait before telling the clerk it is gone
    connect_timeout_seconds: int = Field(default=5, ge=1, le=120)
    statement_timeout_seconds: int = _hinted(30, "0到3600的整数（0 为不限）", "a whole number 0–3600 (0: none)",
                                             ge=0, le=3600)
    keepalive_seconds: int = Field(default=10, ge=1, le=600)


class Settings(BaseModel, extra="forbid", strict=True):
    service_point: ServicePointSettings = Field(default_factory=ServicePointSettings)
    rules: RuleSettings = Field(default_factory=RuleSettings)
    receipt: ReceiptSettings = Field(default_factory=ReceiptSettings)
    printing: PrintingSettings = Field(default_factory=PrintingSettings)
    ui: UiSettings = Field(default_factory=UiSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)
    sync: SyncSettings = Field(default_factory=SyncSettings)
    station: StationSettings = Field(default_factory=StationSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)

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
        return self.model_dump()


def _hint(field: FieldInfo) -> tuple[str, str]:
    """What a refused value should be, (zh, en): written with the field, or read from its type."""
    extra = field.json_schema_extra
    if isinstance(extra, dict) and "hint_zh" in extra:
        return str(extra["hint_zh"]), str(extra["hint_en"])
    if field.annotation is bool:
        return "true 或 false", "true or false"
    if get_origin(field.annotation) is Literal:
        *rest, last = (str(choice) for choice in get_args(field.annotation))
        return "、".join(rest) + " 或 " + last, ", ".join(rest) + " or " + last
    bounds = {type(m).__name__: m for m in field.metadata}
    if "Ge" in bounds and "Le" in bounds:
        lo, hi = bounds["Ge"].ge, bounds["Le"].le
        return f"{lo}到{hi}的整数", f"a whole number {lo}–{hi}"
    return TEXT


def _refused(section: str, model: type[_Section], key: str, value: Any, kind: str) -> Problem:
    full_key = f"{section}.{key}"
    if kind == "extra_forbidden":
        return error("settings.unknown_key", full_key, key=full_key)
    field = model.model_fields[key]
    zh, en = _hint(field)
    # hint: both languages in one string, read beside the field by the GUI's settings forms
    return error("settings.bad_value", full_key, key=full_key, value=value, expected=Message(zh, en),
                 default=field.get_default(call_default_factory=True))


def _section(name: str, model: type[_Section], raw: dict[str, Any]) -> tuple[_Section, list[Problem]]:
    """One section from its table: each refused key reported and left at its default."""
    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        refused = {str(e["loc"][0]): e["type"] for e in exc.errors()}
    problems = [_refused(name, model, key, raw[key], kind) for key, kind in refused.items()]
    return model.model_validate({k: v for k, v in raw.items() if k not in refused}), problems


def settings_from_dict(raw: dict[str, Any]) -> tuple[Settings, list[Problem]]:
    """Settings from parsed TOML; bad values are reported and replaced by defaults."""
    sections: dict[str, Any] = {}
    problems: list[Problem] = []
    for name, value in raw.items():
        field = Settings.model_fields.get(name)
        if field is None:
            problems.append(error("settings.unknown_key", name, key=name))
        elif not isinstance(value, dict):
            problems.append(error("settings.not_a_table", name, key=name))
        else:
            sections[name], found = _section(name, field.annotation, value)  # type: ignore[arg-type]
            problems += found
    return Settings(**sections), problems


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """The settings from the file (defaults where it is missing or wrong) and what was wrong."""
    raw, unreadable = read_settings_file(path)
    if unreadable is not None:
        return Settings(), [unreadable]
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
    """``CLERK_DESK_LANG``, else the settings' ``ui.language`` (read from the file, without the
    schema, when no settings are given: :func:`clerk_desk.datadir.language`, the same answer)."""
    env = os.environ.get("CLERK_DESK_LANG", "")
    if env in ("zh", "en"):
        return env
    if settings is None:
        return _light_language()
    return settings.ui.language
