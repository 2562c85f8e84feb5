"""The keystrokes of a standard adult walk-in (issue 14's "Must show"), counted at the source:
every key the clerk presses (QTest key clicks, through ``qtbot``), every mouse click, each Chinese
character an input method commits (counted as one pick, which undercounts pinyin), and one
Tab for every move to another field.

Measured on this branch: see the printed line (``-s``) and the closing note.  The issue's
target is ≤ 110 without the ID-card reader; until the household page starts from the card
("type each fact once") the target test is an expected failure (strict: it fails loudly once
met, so the marker is removed then)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui import clerk
from tests.gui.test_new_application import (
    ID,
    page_factory,  # noqa: F401 - the fixture street_page uses
    type_hukou,
    type_person,
    verify_all_documents,
)

TARGET = 110


@dataclass
class Count:
    keys: int = 0
    clicks: int = 0
    ime: int = 0
    moves: int = 0  # going to another field: a Tab (the helpers type into a field directly)
    last: object = None

    @property
    def total(self) -> int:
        return self.keys + self.clicks + self.ime + self.moves

    def at(self, widget: object) -> None:
        if self.last is not None and widget is not self.last:
            self.moves += 1
        self.last = widget


@pytest.fixture
def counted(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    count = Count()
    key_click, key_clicks, mouse_click = qtbot.keyClick, qtbot.keyClicks, qtbot.mouseClick
    real_commit = clerk.commit

    def one_key(widget, key, *args, **kwargs):  # type: ignore[no-untyped-def]
        count.at(widget)
        count.keys += 1
        return key_click(widget, key, *args, **kwargs)

    def keys(widget, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        count.at(widget)
        count.keys += len(text)
        return key_clicks(widget, text, *args, **kwargs)

    def click(*args, **kwargs):  # type: ignore[no-untyped-def]
        count.clicks += 1
        return mouse_click(*args, **kwargs)

    def commit(widget, text):  # type: ignore[no-untyped-def]
        count.at(widget)
        count.ime += len(text)
        return real_commit(widget, text)

    monkeypatch.setattr(qtbot, "keyClick", one_key)
    monkeypatch.setattr(qtbot, "keyClicks", keys)
    monkeypatch.setattr(qtbot, "mouseClick", click)
    monkeypatch.setattr(clerk, "commit", commit)
    return count


@pytest.fixture
def street_page(request):  # type: ignore[no-untyped-def]
    return request.getfixturevalue("page_factory")("street")


def walk_in(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """A standard adult self walk-in: the card's facts, the household page, documents, F9."""
    type_person(qtbot, page, ID, "张三")
    type_hukou(qtbot, page, ID, "张三")
    verify_all_documents(qtbot, page)
    page.evaluate()
    qtbot.keyClick(page.ui.idNumberEdit, Qt.Key.Key_F9)


def test_standard_adult_walk_in_is_counted(qtbot, street_page, counted, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import wait_tasks

    page = street_page
    page.window().activateWindow()
    walk_in(qtbot, page)
    wait_tasks(qtbot)
    assert page.last_result is not None and page.last_result.number.startswith("S001-")
    # the typed facts alone, counted from the literals: 18+18 ID digits, phone 11, two addresses,
    # authority, dates 10+10, household number 12 — the count can be no lower than this
    floor = 18 + 18 + 11 + 10 + 10 + 12 + len("张三") * 2 + len("北京市朝阳区幸福路1号") * 2 + len("北京市公安局朝阳分局")
    assert counted.total >= floor
    with capsys.disabled():
        print(f"\nstandard adult walk-in: {counted.total} inputs ({counted.keys} keys, {counted.clicks} clicks, "
              f"{counted.ime} characters from the input method, {counted.moves} moves to another field); target ≤ {TARGET}")


@pytest.mark.xfail(strict=True, reason="issue 14: the household page does not yet start from the card")
def test_standard_adult_walk_in_within_target(qtbot, street_page, counted) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import wait_tasks

    walk_in(qtbot, street_page)
    wait_tasks(qtbot)
    assert street_page.last_result is not None
    assert counted.total <= TARGET
