"""Today's applications at this service point, newest first, fetched a page at a time (keyset)."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.forms.ui_today_page import Ui_TodayPage
from clerk_desk.gui.list_page import ListPage
from clerk_desk.gui.qt import QWidget, Slot


def day_pager(ctx: Any) -> tuple[Any, Any]:
    point, day = ctx.settings.service_point.code, ctx.today()

    def count(session: Any) -> int:
        from clerk_desk.services import applications

        return applications.count_day(session, point_code=point, day=day)

    def page(session: Any, after: Any, limit: int) -> list[Any]:
        from clerk_desk.services import applications

        return applications.list_day(session, point_code=point, day=day, after=after, limit=limit)

    return count, page


class TodayPage(ListPage):
    FORM = Ui_TodayPage
    LOAD_WHEN_SHOWN = False  # the counter's own list: loaded at once, kept current

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from clerk_desk.gui.printing import ReprintButton

        self.ui.topLayout.insertWidget(1, ReprintButton(ctx, self.view, self.model, self))
        self.ui.refreshButton.clicked.connect(self.reload)

    @Slot()
    def reload(self) -> None:
        self.model.set_pager(*day_pager(self.ctx))

    @Slot()
    def update_summary(self, *_args: Any) -> None:
        self.summary.setText(self.tr("今日业务 {total} 笔（已显示 {shown} 笔）").format(
            total=self.model.total, shown=self.model.rowCount()))
