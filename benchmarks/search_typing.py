"""Search as you type, measured in the GUI: keystroke to model updated, against the indexed query.

Ours: the search page (``clerk_desk/gui/search_page.py``, offscreen) receives one keystroke
as the input method commits it (张 → 张秀 → 张秀英, then the pinyin initials z → zx → zxy,
over and over); timed from the key event to the page's model holding the rows, the lookup
having run in a worker (on a read-only connection, ``services.search``) and come back to the GUI
thread (the page is not shown: painting the rows is the view's, after the model is
updated, and is not measured).  Each keystroke comes after a pause, as a clerk picks a character from the input
method's candidates, so the debounce does not hold it (the first keystroke after a pause is
looked up at once; faster keystrokes are gathered and only the last text is looked up).

Floor: the same prefix query, indexed, in plain ``sqlite3`` on the same file.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

from benchmarks.cases import _prefix, _raw, _targets
from benchmarks.run import Bench


def _typing(url: str, directory: Path) -> tuple[Any, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.qt import QApplication, QEventLoop, QInputMethodEvent
    from clerk_desk.gui.search_page import SearchPage

    app = QApplication.instance() or QApplication([])
    conn = _raw(directory / "clerk_desk.sqlite3")
    t = _targets(conn)
    settings = Settings()
    settings.service_point.code, settings.service_point.name, settings.service_point.kind = "S001", "幸福街道", "street"
    ctx = AppContext(settings, lang="zh", actor=Actor("wang", Role.CLERK, "王芳"), url=url)
    page = SearchPage(ctx)  # not shown: the measure ends when the model holds the rows, before painting
    words = (t["name"], t["initials"])
    keys = itertools.cycle([(word, k) for word in words for k in range(1, len(word) + 1)])
    floors = itertools.cycle([_prefix("insured_name" if word == t["name"] else "name_initials", word[:k])
                              for word in words for k in range(1, len(word) + 1)])
    arrived: list[int] = []
    page.found.connect(lambda rows: arrived.append(len(rows)))  # emitted once the model holds the rows

    def ours() -> None:
        word, k = next(keys)
        page.debounce.stop()  # the clerk paused to pick the character
        page.search_edit.setText(word[:k - 1])
        arrived.clear()
        event = QInputMethodEvent()
        event.setCommitString(word[k - 1])
        QApplication.sendEvent(page.search_edit, event)  # the keystroke
        while not arrived:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        assert arrived[0] > 0 and page.model.rowCount() == arrived[0]

    def floor() -> None:
        sql, params = next(floors)
        assert conn.execute(sql, params).fetchall()

    return ours, floor


def benchmarks(url: str, directory: Path) -> list[Bench]:
    return [Bench("search as you type: keystroke to model updated", *_typing(url, directory),
                  "< 16 ms, ≤ 10 × the indexed query in plain sqlite3",
                  lambda ours, ratio: ours < 16 and ratio <= 10, calls=21)]
