"""The supervisor's calendar page: a year in colour, and importing with the validation report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.domain.workdays import DayKind
from clerk_desk.gui.calendar_page import DAY_COLOURS, MISSING_COLOUR, CalendarPage
from clerk_desk.services import calendar as cal_service
from clerk_desk.store.db import session_scope
from tests.gui.conftest import wait_tasks

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "calendar"
SUPERVISOR = Actor("sup1", Role.SUPERVISOR)


@pytest.fixture
def seeded(engine):
    with session_scope(engine) as session:
        cal_service.ensure_published_years(session)
    return engine


@pytest.fixture
def page(qtbot, seeded):
    widget = CalendarPage(seeded, actor=SUPERVISOR, today=lambda: date(2026, 11, 20))
    qtbot.addWidget(widget)
    wait_tasks(qtbot)  # the years are read in a worker
    return widget


def test_shows_year_with_colours_and_source(page):
    assert page.current_year == 2026
    grid = page.grid
    assert grid.colour_of(date(2026, 10, 1)) == DAY_COLOURS[DayKind.HOLIDAY]
    assert grid.colour_of(date(2026, 2, 17)) == DAY_COLOURS[DayKind.HOLIDAY]
    assert grid.colour_of(date(2026, 10, 10)) == DAY_COLOURS[DayKind.WORKING_WEEKEND]
    assert grid.colour_of(date(2026, 2, 14)) == DAY_COLOURS[DayKind.WORKING_WEEKEND]
    assert grid.colour_of(date(2026, 10, 17)) == DAY_COLOURS[DayKind.WEEKEND]
    assert grid.colour_of(date(2026, 10, 12)) == DAY_COLOURS[DayKind.WORKDAY]
    assert grid.day_text(date(2026, 10, 1)) == "1"
    assert grid.cell_of(date(2026, 10, 1)) == (9, 3)  # 1 October 2026 is a Thursday
    assert "2026" in page.source_label.text()
    assert page.import_button.isEnabled()


def test_missing_year_is_shown_uncoloured(page):
    index = page.year_box.findData(2027)
    assert "未导入" in page.year_box.itemText(index)
    page.year_box.setCurrentIndex(index)
    assert page.grid.colour_of(date(2027, 1, 1)) == MISSING_COLOUR
    assert "2027" in page.source_label.text() and "未导入" in page.source_label.text()


def test_bad_file_shows_every_problem_and_changes_nothing(page, seeded, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('year = 2027\nsource = ""\nholidays = [2027-01-01, 2027-01-01, 2026-12-31, "x"]\n'
                   'workdays = [2027-01-01, 2027-03-03]\n', encoding="utf-8")
    changed: list[int] = []
    page.calendar_changed.connect(changed.append)
    assert page.import_file(str(bad)) is False
    lines = page.report_lines()
    assert not page.report.isHidden()
    assert len(lines) == 6
    assert sum(line.startswith("错误") for line in lines) == 5
    assert sum(line.startswith("警告") for line in lines) == 1
    assert any("出现了 2 次" in line for line in lines)
    assert "未导入" in page.status_label.text()
    assert changed == []
    with session_scope(seeded) as session:
        assert cal_service.get_year(session, 2027) is None


def test_import_flow(qtbot, page, seeded, monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(page, "_confirm", lambda text: questions.append(text) or True)
    changed: list[int] = []
    page.calendar_changed.connect(changed.append)
    with qtbot.waitSignal(page.imported) as done:
        assert page.import_file(str(RESOURCES / "2027.example.toml")) is True
    assert done.args == [True]
    wait_tasks(qtbot)
    assert questions == []  # a clean new year needs no confirmation
    assert changed == [2027]
    assert page.current_year == 2027
    assert page.grid.colour_of(date(2027, 2, 20)) == DAY_COLOURS[DayKind.WORKING_WEEKEND]
    assert "示例" in page.source_label.text() and "sup1" in page.source_label.text()
    # Re-importing asks first; declining changes nothing.
    monkeypatch.setattr(page, "_confirm", lambda text: questions.append(text) or False)
    assert page.import_file(str(RESOURCES / "2027.example.toml")) is False
    assert len(questions) == 1 and "替换" in questions[0]
    assert changed == [2027]


def test_clerk_cannot_import(qtbot, seeded):
    widget = CalendarPage(seeded, actor=Actor("c1", Role.CLERK), today=lambda: date(2026, 5, 1))
    qtbot.addWidget(widget)
    wait_tasks(qtbot)
    assert not widget.import_button.isEnabled()
    with qtbot.waitSignal(widget.imported) as done:  # the service refuses, whatever the page shows
        widget._import(cal_service.read_calendar_file(RESOURCES / "2027.example.toml"), replace=False)
    assert done.args == [False]
    assert "无权" in widget.status_label.text()


def test_import_lists_moved_provisional_slips_with_phones(qtbot, page, seeded, monkeypatch):
    """Issue 11: the supervisor sees the provisional slips whose date moved, with the phone to call."""
    from datetime import datetime

    from clerk_desk.config import Settings
    from clerk_desk.services import applications, clock
    from tests.helpers.people import make_id, proxy_form

    settings = Settings()
    settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
    clock.set_clock(lambda: datetime(2027, 2, 4, 10))
    with session_scope(seeded) as session:
        res = applications.accept(session, Actor("wang", Role.CLERK), proxy_form(
            make_id(date(1980, 5, 17)), make_id(date(1978, 3, 3), seq=31), birth=date(1980, 5, 17),
            agent_birth=date(1978, 3, 3)), settings=settings, allow_provisional=True)
    assert res.slip is not None and res.slip.ready_by == date(2027, 2, 11)
    monkeypatch.setattr(page, "_confirm", lambda text: True)
    with qtbot.waitSignal(page.imported, timeout=10000) as done:  # the import runs in a worker
        assert page.import_file(str(RESOURCES / "2027.example.toml")) is True
    assert done.args == [True]
    lines = page.report_lines()
    assert page.report.isVisibleTo(page) and "暂定领卡凭条" in lines[0]
    assert res.number in lines[1] and "13812345678 / 13900000000" in lines[1]
    assert "2027-02-11 → 2027-02-17" in lines[1]
