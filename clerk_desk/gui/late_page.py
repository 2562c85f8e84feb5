"""Late cards (not ready by the promised date) and uncollected cards (ready longer than the setting)."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.applications_model import ApplicationsModel
from clerk_desk.gui.qt import QLabel, QModelIndex, QVBoxLayout, QWidget, Signal, Slot
from clerk_desk.gui.table_view import make_table


class LatePage(QWidget):
    open_record = Signal(object)  # double-click or Enter on a row: the record dialog

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns = ("number", "name", "id", "ready_by", "pickup", "clerk")
        self.late_model = ApplicationsModel(ctx, columns, parent=self)
        self.uncollected_model = ApplicationsModel(ctx, columns, parent=self)
        self.late_view = make_table(self)
        self.late_view.setModel(self.late_model)
        self.uncollected_view = make_table(self)
        self.uncollected_view.setModel(self.uncollected_model)
        self.late_label = QLabel(self)
        self.uncollected_label = QLabel(self)
        for label in (self.late_label, self.uncollected_label):
            label.setProperty("class", "banner")
        layout = QVBoxLayout(self)
        layout.addWidget(self.late_label)
        layout.addWidget(self.late_view)
        layout.addWidget(self.uncollected_label)
        layout.addWidget(self.uncollected_view)
        self.late_view.activated.connect(lambda index: self._on_activated(self.late_model, index))
        self.uncollected_view.activated.connect(lambda index: self._on_activated(self.uncollected_model, index))
        self.late_model.modelReset.connect(self._update)
        self.uncollected_model.modelReset.connect(self._update)
        from clerk_desk.gui.lazy import WhenShown

        self.when_shown = WhenShown(self, self.reload)  # queried when shown, not at login or behind a tab
        ctx.database_ready.connect(self.when_shown.request)
        ctx.applications_changed.connect(self.when_shown.request)
        if ctx.ready:
            self.when_shown.request()

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

    def activate(self) -> None:
        pass  # shown: WhenShown reloads

    def _on_activated(self, model: ApplicationsModel, index: QModelIndex) -> None:
        row = model.row_at(index)
        if row is not None:
            self.open_record.emit(row.id)

    @Slot()
    def _update(self) -> None:
        days = self.ctx.settings.rules.uncollected_days
        self.late_label.setText(self.ctx.t(f"逾期未制卡（超过应领卡日期仍未到卡）：{self.late_model.rowCount()} 笔",
                                           f"Late (not ready by the promised date): {self.late_model.rowCount()}"))
        self.uncollected_label.setText(self.ctx.t(
            f"逾期未领（到卡超过 {days} 天未领取）：{self.uncollected_model.rowCount()} 笔",
            f"Uncollected (ready for more than {days} days): {self.uncollected_model.rowCount()}"))
