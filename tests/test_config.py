"""Settings: defaults, validation naming the key and the fix (Chinese and English), atomic save,
environment overrides.  The expected messages are written out here, not built from the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk import config
from clerk_desk.config import Settings, load_settings, save_settings, settings_from_dict


def test_defaults_follow_the_domain() -> None:
    s = Settings()
    assert s.rules.working_days == 3
    assert s.rules.cutoff_time == "" and s.cutoff is None
    assert s.rules.min_age_alone == 16
    assert s.rules.uncollected_days == 30
    assert s.printing.paper == "A4" and s.printing.slip_paper == "auto"
    assert s.ui.language == "zh"
    assert not s.is_configured


# key, a refused value, the Chinese and the English message (literal)
REFUSALS = [
    ("rules", "working_days", 0,
     "设置项 rules.working_days 的值 0 无效，应为：1到30的整数；已使用默认值 3",
     "Setting rules.working_days has an invalid value 0; it should be a whole number 1–30; the default 3 is used"),
    ("rules", "working_days", "three",
     "设置项 rules.working_days 的值 'three' 无效，应为：1到30的整数；已使用默认值 3",
     "Setting rules.working_days has an invalid value 'three'; it should be a whole number 1–30; "
     "the default 3 is used"),
    ("rules", "working_days", True,
     "设置项 rules.working_days 的值 True 无效，应为：1到30的整数；已使用默认值 3",
     "Setting rules.working_days has an invalid value True; it should be a whole number 1–30; the default 3 is used"),
    ("rules", "cutoff_time", "24:00",
     "设置项 rules.cutoff_time 的值 '24:00' 无效，应为：HH:MM，留空表示不启用；已使用默认值 ''",
     "Setting rules.cutoff_time has an invalid value '24:00'; it should be HH:MM, or \"\" for off; "
     "the default '' is used"),
    ("rules", "collection_period_end", "02-30",
     "设置项 rules.collection_period_end 的值 '02-30' 无效，应为：月-日，如 12-31；已使用默认值 '12-31'",
     "Setting rules.collection_period_end has an invalid value '02-30'; it should be MM-DD, e.g. 12-31; "
     "the default '12-31' is used"),
    ("rules", "female_original_retirement_age", 60,
     "设置项 rules.female_original_retirement_age 的值 60 无效，应为：50 或 55；已使用默认值 55",
     "Setting rules.female_original_retirement_age has an invalid value 60; it should be 50 or 55; "
     "the default 55 is used"),
    ("rules", "proxy_needs_letter", 1,
     "设置项 rules.proxy_needs_letter 的值 1 无效，应为：true 或 false；已使用默认值 True",
     "Setting rules.proxy_needs_letter has an invalid value 1; it should be true or false; the default True is used"),
    ("rules", "local_region_prefixes", ["2306", "23x"],
     "设置项 rules.local_region_prefixes 的值 ['2306', '23x'] 无效，应为：行政区划代码前缀列表，如 [\"2306\"]；"
     "已使用默认值 []",
     "Setting rules.local_region_prefixes has an invalid value ['2306', '23x']; it should be a list of 2–6 digit "
     "region code prefixes, e.g. [\"2306\"]; the default [] is used"),
    ("service_point", "code", "S 001",
     "设置项 service_point.code 的值 'S 001' 无效，应为：1–16 位字母、数字、- 或 _；已使用默认值 ''",
     "Setting service_point.code has an invalid value 'S 001'; it should be 1–16 letters, digits, - or _; "
     "the default '' is used"),
    ("printing", "paper", "A5",
     "设置项 printing.paper 的值 'A5' 无效，应为：A4 或 80mm；已使用默认值 'A4'",
     "Setting printing.paper has an invalid value 'A5'; it should be A4 or 80mm; the default 'A4' is used"),
    ("printing", "slip_paper", "58mm",
     "设置项 printing.slip_paper 的值 '58mm' 无效，应为：auto、A4 或 80mm；已使用默认值 'auto'",
     "Setting printing.slip_paper has an invalid value '58mm'; it should be auto, A4 or 80mm; "
     "the default 'auto' is used"),
    ("receipt", "payment_channels", ["银行", " "],
     "设置项 receipt.payment_channels 的值 ['银行', ' '] 无效，应为：文字列表；"
     "已使用默认值 ['税务App', '微信或支付宝', '银行', '医保经办机构窗口']",
     "Setting receipt.payment_channels has an invalid value ['银行', ' ']; it should be a list of texts; "
     "the default ['税务App', '微信或支付宝', '银行', '医保经办机构窗口'] is used"),
    ("database", "statement_timeout_seconds", -1,
     "设置项 database.statement_timeout_seconds 的值 -1 无效，应为：0到3600的整数（0 为不限）；已使用默认值 30",
     "Setting database.statement_timeout_seconds has an invalid value -1; it should be a whole number 0–3600 "
     "(0: none); the default 30 is used"),
]


@pytest.mark.parametrize(("section", "key", "value", "zh", "en"), REFUSALS,
                         ids=[f"{r[0]}.{r[1]}={r[2]!r}" for r in REFUSALS])
def test_a_refused_value_names_the_key_and_the_fix(section: str, key: str, value: object, zh: str, en: str) -> None:
    s, problems = settings_from_dict({section: {key: value}})
    assert [(p.code, p.field) for p in problems] == [("settings.bad_value", f"{section}.{key}")]
    assert problems[0].message("zh") == zh
    assert problems[0].message("en") == en
    assert getattr(getattr(s, section), key) == getattr(getattr(Settings(), section), key)


def test_a_bad_value_keeps_the_rest_of_the_file() -> None:
    s, problems = settings_from_dict({"rules": {"working_days": 0, "cutoff_time": "16:30", "min_age_alone": 15},
                                      "printing": {"paper": "A5", "slip_paper": "A4"}})
    assert [p.field for p in problems] == ["rules.working_days", "printing.paper"]
    assert (s.rules.working_days, s.rules.cutoff_time, s.rules.min_age_alone) == (3, "16:30", 15)
    assert (s.printing.paper, s.printing.slip_paper) == ("A4", "A4")


def test_unknown_keys_and_sections_are_named_and_ignored() -> None:
    s, problems = settings_from_dict({"nonsense": {"a": 1}, "rules": {"workdays": 4, "working_days": 4},
                                      "ui": "en"})
    assert [(p.code, p.field) for p in problems] == [("settings.unknown_key", "nonsense"),
                                                     ("settings.unknown_key", "rules.workdays"),
                                                     ("settings.not_a_table", "ui")]
    assert [p.message("zh") for p in problems] == ["设置文件中有未知的设置项 nonsense，已忽略",
                                                   "设置文件中有未知的设置项 rules.workdays，已忽略",
                                                   "设置文件中的 ui 应为一个表 [ui]，该部分已使用默认值"]
    assert problems[2].message("en") == "ui in the settings file should be a table [ui]; the defaults are used for it"
    assert s.rules.working_days == 4 and s.ui.language == "zh"


def test_good_values_are_taken() -> None:
    s, problems = settings_from_dict({"rules": {"cutoff_time": "16:30", "collection_period_start": "02-29"},
                                      "service_point": {"code": "S001", "name": "东城街道医保服务点", "kind": "street"}})
    assert problems == []
    assert s.cutoff is not None and (s.cutoff.hour, s.cutoff.minute) == (16, 30)
    assert s.rules.collection_period_start == "02-29"  # a real day (in a leap year)
    assert s.is_configured


@pytest.mark.parametrize(("kind", "slip_paper", "paper"), [
    ("street", "auto", "80mm"), ("county", "auto", "A4"),
    ("street", "A4", "A4"), ("county", "80mm", "80mm"),
])
def test_slip_paper_auto_is_80mm_at_a_street_point_and_a4_elsewhere(kind: str, slip_paper: str, paper: str) -> None:
    from clerk_desk.domain.paper import slip_paper as paper_for_slip

    s, problems = settings_from_dict({"service_point": {"kind": kind}, "printing": {"slip_paper": slip_paper}})
    assert problems == [] and paper_for_slip(s.printing.slip_paper, s.service_point.kind, hall=False) == paper


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    s = Settings()
    s.service_point.code = "S001"
    s.receipt.guidance = ["一", "二"]
    s.printing.slip_paper = "80mm"
    path = save_settings(s, tmp_path / "settings.toml")
    text = path.read_text(encoding="utf-8")
    assert '[printing]\n' in text and 'slip_paper = "80mm"\n' in text and 'code = "S001"\n' in text
    loaded, problems = load_settings(path)
    assert problems == [] and loaded == s
    assert not list(tmp_path.glob("*.tmp"))


def test_unreadable_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[rules\nworking_days = ", encoding="utf-8")
    s, problems = load_settings(path)
    assert s == Settings() and [p.code for p in problems] == ["settings.unreadable"]


def test_environment_overrides(isolated_env: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert config.data_dir() == isolated_env
    assert config.database_url() == f"sqlite:///{isolated_env / 'clerk_desk.sqlite3'}"
    monkeypatch.setenv("CLERK_DESK_DATABASE_URL", "postgresql+psycopg://x@h/db")
    assert config.database_url() == "postgresql+psycopg://x@h/db"
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert config.language() == "en"


VALUES = st.one_of(st.integers(), st.text(), st.booleans(), st.floats(allow_nan=False), st.lists(st.text()))
SECTIONS = st.sampled_from(["rules", "printing", "ui", "service_point", "security", "nonsense"])
KEYS = st.sampled_from(["working_days", "cutoff_time", "paper", "slip_paper", "language", "code", "name",
                        "max_failed_logins", "idle_lock_minutes", "proxy_needs_letter", "x"])


@given(st.dictionaries(SECTIONS, st.dictionaries(KEYS, VALUES)))
def test_every_key_is_taken_or_reported(raw) -> None:  # type: ignore[no-untyped-def]
    """Whatever the file holds, each key is either taken as written or named in a problem (never both,
    never silently dropped), and what is refused is left at its default."""
    s, problems = settings_from_dict(raw)
    named = {p.field for p in problems}
    assert len(named) == len(problems)
    for section, table in raw.items():
        for key, value in table.items():
            full = f"{section}.{key}"
            if section == "nonsense":
                assert section in named
                continue
            if full in named:
                assert getattr(getattr(s, section), key, None) == getattr(getattr(Settings(), section), key, None)
            else:
                taken = getattr(getattr(s, section), key)
                assert taken == value and type(taken) is type(value)
    assert 1 <= s.rules.working_days <= 30 and s.printing.paper in ("A4", "80mm")
