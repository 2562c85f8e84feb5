"""Late cards (not ready by the promised date) and uncollected cards (ready longer than the setting)."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.forms.ui_late_page import Ui_LatePage
from clerk_desk.gui.list_page import ListPage
from clerk_desk.gui.qt import QWidget, Slot


class LatePage(ListPage):
    FORM = Ui_LatePage
    COLUMNS = ("number", "name", "id", "ready_by", "pickup", "clerk")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.late_model = self.model
        self.uncollected_view = self.ui.uncollectedTable
        self.uncollected_model = self.add_list(self.uncollected_view, self.COLUMNS)

    @Slot()
    def reload(self) -> None:
        point, today = self.ctx.settings.service_point.code, self.ctx.today()
        days = self.ctx.settings.rules.uncollected_days

        def work(session: Any) -> tuple[list[Any], list[Any]]:
            from clerk_desk.services import applications

            return (applications.late_cards(session, point_code=point, today=today),
                    applications.uncollected_cards(session, point_code=point, today=today, days=days))

        def done(result: tuple[list[Any], list[Any]]) -> None:
            self.late_model.set_rows(result[0])
            self.uncollected_model.set_rows(result[1])

        self.ctx.call(work, done)

    @Slot()
    def update_summary(self, *_args: Any) -> None:
        if len(self.lists) < 2:
            return  # the second list is being added
        days = self.ctx.settings.rules.uncollected_days
        self.summary.setText(self.tr("逾期未制卡（超过应领卡日期仍未到卡）：{n} 笔").format(
            n=self.late_model.rowCount()))
        self.ui.uncollectedLabel.setText(self.tr("逾期未领（到卡超过 {days} 天未领取）：{n} 笔").format(
            days=days, n=self.uncollected_model.rowCount()))
