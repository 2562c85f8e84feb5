"""Search: ID number, name, pinyin initials, application number, pickup code or a scanned slip,
looked up as the clerk types.

Typing: the first keystroke after a pause is looked up at once, the keystrokes that follow
within :data:`DEBOUNCE_MS` are gathered by a single-shot timer and the text is looked up
when typing pauses.  Each lookup runs in a worker (:func:`clerk_desk.services.search.search`,
one indexed query on a read-only connection, not audited: list rows are masked); results come
back in any order, and a result older than the one shown is dropped, so a slow 张 never
overwrites 张秀英.  Enter (or the main window's search box) submits the text: one audited
search, in a unit of work.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.forms.ui_search_page import Ui_SearchPage
from clerk_desk.gui.list_page import ListPage, continued
from clerk_desk.gui.qt import QTimer, QWidget, Signal, Slot

DEBOUNCE_MS = 120


class SearchPage(ListPage):
    FORM = Ui_SearchPage
    COLUMNS = ("number", "status", "name", "id", "kind", "applicant", "ready_by", "pickup", "clerk")
    LOADS = False  # filled by what is typed
    found = Signal(list)  # the rows shown, after each lookup

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from clerk_desk.gui.printing import ReprintButton

        self.ui.topLayout.addWidget(ReprintButton(ctx, self.view, self.model, self))
        self.search_edit = self.ui.searchEdit
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._on_typing_paused)
        self.search_edit.textEdited.connect(self._on_text_edited)
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))
        self._pending: str | None = None  # typed while the timer ran: looked up when it fires
        self._sent = 0  # sequence number of the last lookup sent
        self._shown = 0  # sequence number of the lookup whose rows are shown

    def search(self, text: str, *, open_single: bool = False) -> None:
        """Submit ``text`` (Enter, the main window's box): one audited search; ``open_single`` (a
        duplicate's link): one record found opens in the record dialog."""
        if self.search_edit.text() != text:
            self.search_edit.setText(text)
        self.debounce.stop()
        self._pending = None
        self.summary.setText(self.tr("正在查询…"))
        self._lookup(text, record=True, open_single=open_single)

    def activate(self) -> None:
        self.search_edit.setFocus()

    # -- as the clerk types ----------------------------------------------------------------------
    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        if self.debounce.isActive():
            self._pending = text  # still typing: wait for the pause
        else:
            self._lookup(text)  # the first keystroke after a pause: at once
        self.debounce.start()

    @Slot()
    def _on_typing_paused(self) -> None:
        if self._pending is not None:
            text, self._pending = self._pending, None
            self._lookup(text)

    def _lookup(self, text: str, *, record: bool = False, open_single: bool = False) -> None:
        self._sent += 1
        seq = self._sent
        if not text.strip():
            self._show(seq, [])
            return

        def done(rows: list[Any]) -> None:
            if self._show(seq, rows) and open_single and len(rows) == 1 and not continued(rows[0]):
                self.open_record.emit(rows[0].id)

        if record:  # writes its audit entry: a unit of work
            self.ctx.service("search", self.ctx.actor, text.strip(), record=True, on_done=done)
        else:
            self.ctx.read("search", self.ctx.actor, text.strip(), on_done=done)

    def _show(self, seq: int, rows: list[Any]) -> bool:
        """Show the rows of lookup ``seq`` unless a later lookup's are shown already (then False)."""
        if seq < self._shown:
            return False
        self._shown = seq
        self.model.set_rows(rows)
        self.found.emit(rows)
        return True

    @Slot()
    def update_summary(self, *_args: Any) -> None:
        if not self.search_edit.text().strip():
            self.summary.clear()
            return
        self.summary.setText(self.tr("找到 {n} 笔业务（双击草稿或已告知的业务可继续办理）").format(
            n=self.model.rowCount()))
