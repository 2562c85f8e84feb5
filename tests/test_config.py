"""Settings: defaults, validation naming the key, atomic save, environment overrides."""

from __future__ import annotations

from pathlib import Path

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
    assert s.printing.paper == "A4"
    assert s.ui.language == "zh"
    assert not s.is_configured


def test_bad_values_name_the_key_and_keep_the_default() -> None:
    s, problems = settings_from_dict({"rules": {"working_days": 0, "cutoff_time": "25:00", "min_age_alone": 16},
                                      "printing": {"paper": "A5"}, "nonsense": {"a": 1}})
    assert s.rules.working_days == 3 and s.rules.cutoff_time == "" and s.printing.paper == "A4"
    keys = {p.field for p in problems}
    assert keys == {"rules.working_days", "rules.cutoff_time", "printing.paper", "nonsense"}
    msg = next(p for p in problems if p.field == "printing.paper")
    assert "printing.paper" in msg.message("zh") and "A4" in msg.message("zh")
    assert "invalid value" in msg.message("en")


def test_good_values_are_taken() -> None:
    s, problems = settings_from_dict({"rules": {"cutoff_time": "16:30"}, "service_point": {
        "code": "S001", "name": "东城街道医保服务点", "kind": "street"}})
    assert problems == []
    assert s.cutoff is not None and (s.cutoff.hour, s.cutoff.minute) == (16, 30)
    assert s.is_configured


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    s = Settings()
    s.service_point.code = "S001"
    s.receipt.guidance = ["一", "二"]
    path = save_settings(s, tmp_path / "settings.toml")
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


@given(st.dictionaries(st.text(max_size=10), st.dictionaries(st.text(max_size=10),
       st.one_of(st.integers(), st.text(), st.booleans(), st.none(), st.lists(st.text())))))
def test_any_parsed_toml_gives_settings(raw) -> None:  # type: ignore[no-untyped-def]
    s, _ = settings_from_dict(raw)
    assert isinstance(s, Settings)
    assert 1 <= s.rules.working_days <= 30
