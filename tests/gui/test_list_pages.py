"""The list pages on their one base: Ctrl+A selects every row, actions act on the selection,
Enter opens a row; the search page looks up as the clerk types and drops stale results."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import commit, type_text
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, self_form

# name: its pinyin initials, as a clerk would say them (张三 zs, 赵四 zs, 张秀英 zxy, 张秀兰 zxl, 李娜 ln)
NAMES = ("张秀英", "张秀兰", "张三", "赵四", "李娜")


def accept_people(names: tuple[str, ...] = NAMES) -> dict[str, Any]:
    """One accepted application per name, through the services: name -> application id."""
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    clerk = Actor("wang", Role.CLERK, "王芳")
    out = {}
    with session_scope() as session:
        for i, name in enumerate(names):
            birth = date(1960 + i % 40, 1 + i % 12, 1 + i % 28)
            result = svc.accept(session, clerk, self_form(make_id(birth, seq=200 + i), name, birth=birth),
                                settings=settings_for("street"))
            out[name] = result.application_id
    return out


def statuses(ids: list[Any]) -> list[str]:
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    with session_scope() as session:
        return [svc.get_detail(session, Actor("zhao", Role.SUPERVISOR), i).row.status.value for i in ids]


@pytest.fixture
def sink():  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors

    messages: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    return messages


def test_ctrl_a_selects_every_card_and_mark_ready_acts_on_all(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.cards_ready_page import CardsReadyPage

    ids = accept_people()
    page = CardsReadyPage(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ids))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    selected = page.view.selectionModel().selectedRows()
    assert sorted(i.row() for i in selected) == list(range(len(ids)))  # the selection holds every row
    assert all(page.model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
               for r in range(len(ids)))
    assert f"已选 {len(ids)} 笔" in page.summary.text() and page.mark_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_F9)
    wait_tasks(qtbot)
    assert statuses(list(ids.values())) == ["ready"] * len(ids)  # the database: every one marked
    assert sink[-1][0] == "ok" and f"已登记 {len(ids)} 张" in sink[-1][1]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert not page.mark_button.isEnabled()


def test_a_click_unticks_one_and_only_the_ticked_are_marked(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.cards_ready_page import CardsReadyPage

    ids = accept_people()
    page = CardsReadyPage(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ids))
    qtbot.mouseClick(page.select_all_button, Qt.MouseButton.LeftButton)
    left_out = page.model.rows[1]
    rect = page.view.visualRect(page.model.index(1, 2))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # untick one
    assert len(page.view.selectionModel().selectedRows()) == len(ids) - 1
    assert page.model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    marked = {name: status for name, status in zip(ids, statuses(list(ids.values())), strict=True)}
    assert marked == {name: "accepted" if name == left_out.insured_name else "ready" for name in ids}


def test_enter_on_a_row_of_today_opens_its_record(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.today_page import TodayPage

    ids = accept_people(("张三",))
    page = TodayPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "今日业务 1 笔" in page.summary.text()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == [ids["张三"]]


def _names(page: Any) -> set[str]:
    return {row.insured_name for row in page.model.rows}


def test_search_as_you_type_names_and_pinyin_initials(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.search_page import SearchPage

    accept_people()
    page = SearchPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    edit = page.ui.searchEdit
    edit.setFocus()
    # the truth: which of NAMES start with what was typed (by name, or by the initials' table above)
    for typed, expected in (("张", {"张秀英", "张秀兰", "张三"}), ("秀", {"张秀英", "张秀兰"}), ("英", {"张秀英"})):
        commit(edit, typed)  # the input method commits one character at a time
        qtbot.waitUntil(lambda expected=expected: _names(page) == expected)
    assert edit.text() == "张秀英" and "找到 1 笔" in page.summary.text()
    edit.clear()
    type_text(qtbot, edit, "zs")
    qtbot.waitUntil(lambda: _names(page) == {"张三", "赵四"})
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # "z": every 张 and 赵 (initials z…)
    qtbot.waitUntil(lambda: _names(page) == {"张秀英", "张秀兰", "张三", "赵四"})
    wait_tasks(qtbot)


def test_typing_is_not_audited_and_enter_is_audited_once(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from clerk_desk.gui.search_page import SearchPage
    from clerk_desk.store.db import session_scope
    from clerk_desk.store.models import AuditEvent

    accept_people()
    page = SearchPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.ui.searchEdit, "张秀")
    qtbot.waitUntil(lambda: _names(page) == {"张秀英", "张秀兰"})
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    with session_scope() as session:
        searches = session.exec(select(AuditEvent).where(AuditEvent.action == "search")).all()
    assert len(searches) == 1


def test_a_stale_result_is_dropped_when_a_newer_keystrokes_arrived(qtbot, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The lookup of 张 is held in its worker until 张秀英's result is shown; then 张's arrives
    and must not replace it."""
    from clerk_desk.gui.search_page import SearchPage
    from clerk_desk.services import applications

    accept_people()
    release = threading.Event()
    real = applications.search

    def slow_for_one_character(session: Any, actor: Any, text: str, **kwargs: Any) -> Any:
        if text == "张":
            assert release.wait(10)
        return real(session, actor, text, **kwargs)

    monkeypatch.setattr(applications, "search", slow_for_one_character)
    page = SearchPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    results: list[set[str]] = []
    page.found.connect(lambda rows: results.append({r.insured_name for r in rows}))
    commit(page.ui.searchEdit, "张")  # looked up at once, held in the worker
    commit(page.ui.searchEdit, "秀英")  # within the pause: looked up when the timer fires
    qtbot.waitUntil(lambda: _names(page) == {"张秀英"})
    release.set()
    wait_tasks(qtbot)
    assert _names(page) == {"张秀英"} and results == [{"张秀英"}]


def test_in_english_the_pages_speak_english(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """The one translation path: forms, tr() in code, and the model's marked column titles."""
    from clerk_desk.gui import i18n
    from clerk_desk.gui.cards_ready_page import CardsReadyPage
    from clerk_desk.gui.daily_page import DailyPage
    from clerk_desk.gui.qt import QApplication
    from clerk_desk.gui.search_page import SearchPage

    accept_people(("张三",))
    i18n.install(QApplication.instance(), "en")
    try:
        ctx = make_ctx(who=SUPERVISOR)
        ctx.lang = "en"
        cards = CardsReadyPage(ctx)
        qtbot.addWidget(cards)
        cards.show()
        qtbot.waitUntil(lambda: cards.model.rowCount() == 1)
        assert cards.mark_button.text() == "Mark cards ready (F9)"
        assert cards.summary.text() == "1 awaiting cards, 0 selected"
        headers = [cards.model.headerData(c, Qt.Orientation.Horizontal) for c in range(cards.model.columnCount())]
        assert headers[:3] == ["Number", "Insured", "ID number"]
        search = SearchPage(ctx)
        qtbot.addWidget(search)
        type_text(qtbot, search.ui.searchEdit, "zs")
        qtbot.waitUntil(lambda: search.model.rowCount() == 1)
        assert search.summary.text().startswith("1 found")
        daily = DailyPage(ctx)
        qtbot.addWidget(daily)
        assert daily.preview_button.text() == "&Preview / print report" and daily.ui.caption_accepted.text() == "Accepted"
        wait_tasks(qtbot)
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_ctrl_a_in_today_fetches_the_rest_and_selects_every_row(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.applications_model import PAGE_SIZE
    from clerk_desk.gui.today_page import TodayPage

    total = PAGE_SIZE + 7
    names = tuple(f"客户{i}" for i in range(total))
    ids = accept_people(names)
    page = TodayPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE)  # the first page only
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.view.selectionModel().selectedRows()) == total)
    assert {row.id for row in page.selected_rows()} == set(ids.values())  # the database's, each once
    assert len(page.model.rows) == total and not page.model.canFetchMore()
    wait_tasks(qtbot)
