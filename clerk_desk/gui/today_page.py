"""Today's applications at this service point, newest first, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.applications_model import ApplicationsModel
from clerk_desk.gui.qt import QHBoxLayout, QLabel, QModelIndex, QPushButton, QVBoxLayout, QWidget, Signal, Slot
from clerk_desk.gui.table_view import make_table


def day_pager(ctx: Any) -> tuple[Any, Any]:
    point, day = ctx.settings.service_point.code, ctx.today()

    def count(session: Any) -> int:
        from clerk_desk.services import applications

        return applications.count_day(session, point_code=point, day=day)

    def page(session: Any, after: Any, limit: int) -> list[Any]:
        from clerk_desk.services import applications

        return applications.list_day(session, point_code=point, day=day, after=after, limit=limit)

    return count, page


class TodayPage(QWidget):
    open_application = Signal(object)  # a draft or returned one: continue it in the New Application page
    open_record = Signal(object)  # any other: the record dialog

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ApplicationsModel(ctx, parent=self)
        self.view = make_table(self)
        self.view.setModel(self.model)
        self.summary = QLabel(self)
        refresh = QPushButton(self.tr("刷新"), self)
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        from clerk_desk.gui.printing import ReprintButton

        top.addWidget(ReprintButton(ctx, self.view, self.model, self))
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.model.modelReset.connect(self._update_summary)
        self.model.rowsInserted.connect(self._update_summary)
        self.view.activated.connect(self._on_activated)  # double-click or Enter
        ctx.database_ready.connect(self.reload)
        ctx.applications_changed.connect(self.reload)
        if ctx.ready:
            self.reload()

    @Slot()
    def reload(self) -> None:
        self.model.set_pager(*day_pager(self.ctx))

    def activate(self) -> None:
        self.view.setFocus()

    @Slot()
    def _update_summary(self, *_args: Any) -> None:
        self.summary.setText(self.ctx.t(f"今日业务 {self.model.total} 笔（已显示 {self.model.rowCount()} 笔）",
                                        f"{self.model.total} applications today ({self.model.rowCount()} shown)"))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        if getattr(row.status, "value", row.status) in ("draft", "returned"):
            self.open_application.emit(row.id)
        else:
            self.open_record.emit(row.id)
