"""Issue 14, the counter at full speed: whatever the citizen hands over finds the application,
nothing changes by accident, the day's state before the work, guardian wording, phones."""

from __future__ import annotations

import pytest

from clerk_desk.domain.slipcode import encode_slip
from clerk_desk.gui.qt import Qt
from tests.gui.clerk import type_text
from tests.gui.conftest import make_ctx, wait_tasks
from tests.gui.test_new_application import page_factory  # noqa: F401 - the fixture street_page uses
from tests.gui.test_pickup_desk import accepted


@pytest.mark.parametrize("held", ["pickup_code", "number", "qr", "id_number"])
def test_handover_finds_what_the_citizen_holds(qtbot, database, held) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.handover_page import HandoverPage

    apps = accepted(2, ready=True)   # two, so the lookup must pick the right one
    id_number, result = apps[1]
    assert result.slip is not None
    text = {"pickup_code": result.slip.pickup_code, "number": result.number,
            "qr": encode_slip(result.number, result.slip.pickup_code), "id_number": id_number}[held]
    page = HandoverPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    type_text(qtbot, page.ui.lookupEdit, text)
    qtbot.keyClick(page.ui.lookupEdit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert not page.ui.lookupProblem.isVisible(), page.ui.lookupProblem.text()
    assert page.ui.numberValue.text() == result.number
    assert page.ui.pickupValue.text() == result.slip.pickup_code
    assert page.ui.handOverButton.isEnabled()


@pytest.mark.parametrize("held", ["pickup_code", "number", "qr", "id_number"])
def test_search_box_finds_what_the_citizen_holds(qtbot, database, held) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    apps = accepted(2)
    id_number, result = apps[0]
    assert result.slip is not None
    text = {"pickup_code": result.slip.pickup_code, "number": result.number,
            "qr": encode_slip(result.number, result.slip.pickup_code), "id_number": id_number}[held]
    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.show()
    search = window.page("search_page")
    window.ui.searchEdit.setFocus()
    type_text(qtbot, window.ui.searchEdit, text)
    with qtbot.waitSignal(search.found, timeout=10000) as found:
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert [r.number for r in found.args[0]] == [result.number]
    wait_tasks(qtbot)


def _wheel(widget, steps: int = -1) -> None:  # type: ignore[no-untyped-def]
    """A mouse-wheel turn over the middle of ``widget`` (negative: towards the clerk, scrolling down)."""
    from clerk_desk.gui.qt import QApplication, QPoint, QPointF, QWheelEvent

    local = QPointF(widget.rect().center())
    event = QWheelEvent(local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _window_on_new_application(qtbot):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.resize(1024, 600)
    window.show()
    window.show_page("new_application")
    page = window.page("new_application")
    qtbot.waitExposed(window)
    window.activateWindow()  # the window manager's part (offscreen has none): shortcuts need it
    qtbot.waitUntil(window.isActiveWindow)
    return window, page


def test_wheel_over_an_unfocused_combo_scrolls_the_form_and_leaves_the_value(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    window, page = _window_on_new_application(qtbot)
    combo = next(iter(page.checklist.combos.values()))
    before = combo.currentIndex()
    bar = page.ui.scrollArea.verticalScrollBar()
    page.ui.idNumberEdit.setFocus()
    qtbot.waitUntil(lambda: page.ui.idNumberEdit.hasFocus())
    top = bar.value()
    _wheel(combo)
    assert combo.currentIndex() == before      # nothing changed by accident
    if bar.maximum() > top:                     # the form scrolled instead
        assert bar.value() > top
    spin_like = page.ui.employmentCombo
    kept = spin_like.currentIndex()
    _wheel(spin_like, steps=1)
    _wheel(spin_like, steps=-1)
    assert spin_like.currentIndex() == kept
    combo.setFocus()                            # clicked into: the wheel is the clerk's choice
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() != before
    wait_tasks(qtbot)


def test_wheel_over_an_unfocused_date_field_leaves_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import wheel_guard
    from clerk_desk.gui.qt import QDate, QDateEdit, QLineEdit, QScrollArea, QVBoxLayout, QWidget

    wheel_guard.install()
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    other = QLineEdit()
    date_edit = QDateEdit(QDate(2026, 11, 27))
    layout.addWidget(other)
    layout.addWidget(date_edit)
    area.setWidget(inner)
    area.show()
    other.setFocus()
    _wheel(date_edit, steps=1)
    assert date_edit.date() == QDate(2026, 11, 27)


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_ctrl_n_asks_before_clearing_a_filled_form(qtbot, database, monkeypatch, answer) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.qt import QMessageBox

    asked: list[str] = []

    def question(_parent, title, _text, *_args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window, page = _window_on_new_application(qtbot)
    page.ui.nameEdit.setFocus()
    type_text(qtbot, page.ui.nameEdit, "张三")
    qtbot.keyClick(page.ui.nameEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["清空表单"]
    assert page.ui.nameEdit.text() == ("张三" if answer == "No" else "")
    asked.clear()
    qtbot.keyClick(page.ui.idNumberEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ([] if answer == "Yes" else ["清空表单"])  # an empty form clears without asking
    wait_tasks(qtbot)


def test_a_closed_day_is_announced_when_the_form_opens(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import closing
    from clerk_desk.store.db import session_scope

    with session_scope() as session:   # the supervisor closed today (the fixed clock's 2026-11-27)
        closing.close_day(session, Actor("zhao", Role.SUPERVISOR), "S001", date(2026, 11, 27))
    window, page = _window_on_new_application(qtbot)
    form_top = page.ui.scrollArea.mapTo(page, page.ui.scrollArea.rect().topLeft())
    qtbot.waitUntil(page.dayBanner.isVisible)
    text = page.dayBanner.text()
    assert "2026-11-27" in text and "已日结" in text and "下一个工作日" in text   # what happened and what to do
    assert page.ui.nameEdit.text() == ""                                      # before anything is typed
    assert page.ui.scrollArea.mapTo(page, page.ui.scrollArea.rect().topLeft()) == form_top  # the form kept its place
    wait_tasks(qtbot)


def test_an_open_day_shows_no_banner(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    window, page = _window_on_new_application(qtbot)
    wait_tasks(qtbot)
    assert not page.dayBanner.isVisible()


def test_a_missing_calendar_year_is_announced_when_the_form_opens(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from clerk_desk.services import calendar, clock
    from clerk_desk.store.db import session_scope

    with session_scope() as session:
        last = max(calendar.years_held(session))
    clock.set_clock(lambda: datetime(last, 12, 30, 10, 0))  # three working days run into a year not held
    window, page = _window_on_new_application(qtbot)
    qtbot.waitUntil(page.dayBanner.isVisible)
    text = page.dayBanner.text()
    assert f"{last + 1}年工作日历未导入" in text and "暂定" in text and "导入" in text
    wait_tasks(qtbot)


@pytest.fixture
def street_page(request):  # type: ignore[no-untyped-def]
    return request.getfixturevalue("page_factory")("street")


AGENT_LABELS = ("lbl_agentIdEdit", "lbl_agentNameEdit", "lbl_agentAuthorityEdit", "lbl_agentValidFromEdit",
                "lbl_agentPhoneEdit")


def test_guardian_mode_says_guardian_on_every_agent_field(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_form import ApplicantType
    from tests.gui.clerk import choose

    page = street_page
    u = page.ui
    assert all("代办人" in getattr(u, name).text() for name in AGENT_LABELS)
    choose(qtbot, u.applicantCombo, ApplicantType.GUARDIAN)   # by the keyboard, as the clerk does
    texts = [getattr(u, name).text() for name in AGENT_LABELS]
    assert all("监护人" in t and "代办人" not in t for t in texts), texts
    u.agentPhoneEdit.setFocus()
    type_text(qtbot, u.agentPhoneEdit, "abc")
    qtbot.keyClick(u.agentPhoneEdit, Qt.Key.Key_Tab)   # judged when left
    page.evaluate()
    assert u.agentProblem.isVisible() and "监护人" in u.agentProblem.text() and "代办人" not in u.agentProblem.text()
    choose(qtbot, u.applicantCombo, ApplicantType.PROXY)
    assert all("代办人" in getattr(u, name).text() and "监护人" not in getattr(u, name).text() for name in AGENT_LABELS)


@pytest.mark.parametrize(("typed", "refused"), [("abc-12", True), ("call me", True), ("12345678", True),
                                                 ("13812345678", False), ("010-62345678", False)])
def test_insured_phone_is_judged_beside_its_field(qtbot, street_page, typed, refused) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    u = page.ui
    u.phoneEdit.setFocus()
    type_text(qtbot, u.phoneEdit, typed)
    qtbot.keyClick(u.phoneEdit, Qt.Key.Key_Tab)
    page.evaluate()
    assert u.phoneProblem.isVisible() is refused
    if refused:
        text = u.phoneProblem.text()
        assert "联系电话" in text and typed in text and "11位" in text and "区号" in text
        assert "phone" in [p.field for p in page.report.errors]


def test_the_window_opens_maximised_then_where_it_was_left(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import load_settings, settings_path
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.gui.window_place import remember, show_placed

    ctx = make_ctx()
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    show_placed(first, ctx.settings.ui.window_geometry)  # nothing kept yet: the whole screen
    qtbot.waitExposed(first)
    assert first.isMaximized()
    first.showNormal()
    first.setGeometry(30, 40, 1024, 700)  # the minimum size, moved
    qtbot.waitUntil(lambda: not first.isMaximized() and first.geometry().topLeft().x() == 30)
    assert remember(first, ctx.settings)
    assert not remember(first, ctx.settings)      # unchanged: the file is not written again
    kept, problems = load_settings(settings_path())
    assert problems == [] and kept.ui.window_geometry == ctx.settings.ui.window_geometry != ""
    again = MainWindow(make_ctx())
    qtbot.addWidget(again)
    show_placed(again, kept.ui.window_geometry)
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    # the kept place (restoreGeometry keeps a window on its screen: x is pulled in on a 1024-wide screen)
    assert again.size() == first.size() and again.geometry().top() == first.geometry().top() == 40


def test_ctrl_a_in_the_cards_ready_list_ticks_every_card(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.cards_ready_page import CardsReadyPage
    from tests.gui.conftest import SUPERVISOR

    accepted(3)
    page = CardsReadyPage(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.model.checked) == 3 and "已选 3" in page.summary.text() and page.mark_button.isEnabled()
    wait_tasks(qtbot)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_application_form_needs_no_sideways_scrolling(qtbot, database, size) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.resize(*size)
    window.show()
    window.show_page("new_application")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    bar = window.page("new_application").ui.scrollArea.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    wait_tasks(qtbot)
