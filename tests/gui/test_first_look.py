"""The start's unchecked look at the settings file gives what the checked settings (the schema in
clerk_desk.config) give, for every value it uses — good ones, and ones the schema refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = [
    "",
    '[service_point]\ncode = "S001"\nname = "幸福街道医保服务点"\n',
    '[service_point]\ncode = "S001\\n"\nname = "幸福"\n',             # a line end: not a code
    '[service_point]\ncode = "ABCDEFGHIJKLMNOPQ"\nname = "幸福"\n',    # 17 characters
    '[service_point]\ncode = "S 01"\nname = "幸福"\n',
    '[service_point]\ncode = 5\nname = "幸福"\n',
    '[service_point]\ncode = "S001"\nname = "' + "名" * 100 + '"\n',
    '[service_point]\ncode = "S001"\nname = "' + "名" * 101 + '"\n',
    '[service_point]\ncode = "S001"\nname = ["幸福"]\nnot_a_key = 1\n',
    '[service_point]\ncode = "S001"\nname = "幸福"\nnot_a_key = 1\n',  # an unknown key drops only itself
    'service_point = "S001"\n',
    '[ui]\nlanguage = "en"\nwindow_geometry = "01d9d0cb"\n',
    '[ui]\nlanguage = "fr"\nwindow_geometry = "01D9"\n',
    '[ui]\nlanguage = 1\nwindow_geometry = 7\n',
    '[database]\nurl = "postgresql://hall/clerk"\n',
    '[database]\nurl = 5\n',
    "not toml at all = = =\n",
]


@pytest.mark.parametrize("text", FILES)
@pytest.mark.parametrize("lang_env", [None, "en"])
def test_the_first_look_agrees_with_the_checked_settings(tmp_path: Path, monkeypatch, text: str,  # type: ignore[no-untyped-def]
                                                         lang_env: str | None) -> None:
    from clerk_desk.config import database_url, language, load_settings
    from clerk_desk.gui.first_look import first_look

    if lang_env:
        monkeypatch.setenv("CLERK_DESK_LANG", lang_env)
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    settings, _problems = load_settings(path)
    look = first_look(path)
    assert look.language == language(settings)
    assert (look.point_code, look.point_name) == (settings.service_point.code, settings.service_point.name)
    assert look.is_configured == settings.is_configured
    assert look.window_geometry == settings.ui.window_geometry
    assert look.database_url == database_url(settings)


def test_the_first_look_without_a_file_is_the_defaults(tmp_path: Path) -> None:
    from clerk_desk.config import Settings, database_url
    from clerk_desk.gui.first_look import FirstLook, first_look

    look = first_look(tmp_path / "missing.toml")
    assert look == FirstLook(database_url=database_url(Settings()))
