"""Search results: ID number, name, application number or a scanned slip code."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.applications_model import ApplicationsModel
from clerk_desk.gui.qt import QHBoxLayout, QLabel, QModelIndex, QVBoxLayout, QWidget, Signal, Slot
from clerk_desk.gui.table_view import make_table


class SearchPage(QWidget):
    open_application = Signal(object)  # a draft or returned one: continue it in the New Application page
    open_record = Signal(object)  # any other: the record dialog
    found = Signal(list)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ApplicationsModel(ctx, ("number", "status", "name", "id", "kind", "applicant", "ready_by",
                                             "pickup", "clerk"), parent=self)
        self.view = make_table(self)
        self.view.setModel(self.model)
        self.summary = QLabel(self)
        from clerk_desk.gui.printing import ReprintButton

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(ReprintButton(ctx, self.view, self.model, self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.view.activated.connect(self._on_activated)  # double-click or Enter

    def search(self, text: str, *, open_single: bool = False) -> None:
        """Search; ``open_single`` (a duplicate's link): one record found opens in the record dialog."""
        self.summary.setText(self.ctx.t("正在查询…", "Searching…"))

        def done(rows: list[Any]) -> None:
            self.model.set_rows(rows)
            self.summary.setText(self.ctx.t(f"找到 {len(rows)} 笔业务（双击草稿或已告知的业务可继续办理）",
                                            f"{len(rows)} found (double-click a draft or returned one to continue)"))
            self.found.emit(rows)
            if open_single and len(rows) == 1 and not _continued(rows[0]):
                self.open_record.emit(rows[0].id)

        self.ctx.service("search", self.ctx.actor, text, record=True, on_done=done)  # submitted: audited once

    def activate(self) -> None:
        self.view.setFocus()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        if _continued(row):
            self.open_application.emit(row.id)
        else:
            self.open_record.emit(row.id)


def _continued(row: Any) -> bool:
    """Drafts and returned applications are continued in the New Application page."""
    return getattr(row.status, "value", row.status) in ("draft", "returned")
