"""Cards ready: tick the cards that arrived from the county center and mark them ready at once.

A click ticks or unticks a row (the list is one to tick off), Ctrl+A ticks every row; the ticks
are the list's selection, and 登记制卡完成 (F9) marks exactly the selected rows ready.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.forms.ui_cards_ready_page import Ui_CardsReadyPage
from clerk_desk.gui.list_page import ListPage
from clerk_desk.gui.qt import QKeySequence, QShortcut, QWidget, Slot


def awaiting_cards(session: Any, point_code: str) -> list[Any]:
    """Accepted applications whose card has not arrived yet."""
    from clerk_desk.services import applications

    return applications.awaiting_cards(session, point_code=point_code)


class CardsReadyPage(ListPage):
    FORM = Ui_CardsReadyPage
    COLUMNS = ("number", "name", "id", "kind", "ready_by", "pickup", "clerk")
    TICKING = True

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.select_all_button = self.ui.selectAllButton
        self.mark_button = self.ui.markButton
        self.select_all_button.clicked.connect(self.select_all)
        self.mark_button.clicked.connect(self._on_mark)
        QShortcut(QKeySequence("F9"), self, activated=self._on_mark)

    @Slot()
    def reload(self) -> None:
        point = self.ctx.settings.service_point.code
        self.ctx.call(lambda s: awaiting_cards(s, point), self.model.set_rows)

    @Slot()
    def update_summary(self, *_args: Any) -> None:
        n = len(self.selected_rows())
        self.summary.setText(self.tr("待制卡 {total} 笔，已选 {n} 笔").format(total=self.model.rowCount(), n=n))
        self.mark_button.setEnabled(n > 0)

    @Slot()
    def _on_mark(self) -> None:
        ids = [row.id for row in self.selected_rows()]
        if not ids:
            return
        self.mark_button.setEnabled(False)

        def done(count: int) -> None:
            errors.show_message("ok", self.tr("已登记 {n} 张社保卡制卡完成，可通知参保人领卡").format(n=count))
            self.view.clearSelection()
            self.ctx.applications_changed.emit()

        self.ctx.service("mark_ready", self.ctx.actor, ids, settings=self.ctx.settings, on_done=done,
                         on_error=lambda exc: (errors.report_exception(exc), self.update_summary()))
