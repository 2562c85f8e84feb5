"""Cards ready: tick the cards that arrived from the county center and mark them ready at once."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.applications_model import ApplicationsModel
from clerk_desk.gui.qt import (
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QObject,
    QPushButton,
    QShortcut,
    QVBoxLayout,
    QWidget,
    Slot,
)
from clerk_desk.gui.table_view import make_table


def awaiting_cards(session: Any, point_code: str) -> list[Any]:
    """Accepted applications whose card has not arrived yet."""
    from clerk_desk.services import applications

    return applications.awaiting_cards(session, point_code=point_code)


class _SelectAllKeys(QObject):
    """Ctrl+A in the list: the list would only highlight its rows; the page ticks them all."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.SelectAll):  # type: ignore[attr-defined]
            self._callback()
            return True
        return False


class CardsReadyPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ApplicationsModel(ctx, ("number", "name", "id", "kind", "ready_by", "pickup", "clerk"),
                                       checkable=True, parent=self)
        self.view = make_table(self)
        self.view.setModel(self.model)
        self.summary = QLabel(self)
        self.select_all = QPushButton(self.tr("全选 (Ctrl+A)"), self)
        self.mark_button = QPushButton(self.tr("登记制卡完成 (F9)"), self)
        self.mark_button.setProperty("class", "primary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.select_all)
        top.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.select_all.clicked.connect(lambda: self.model.set_all_checked(True))
        self._select_all_keys = _SelectAllKeys(lambda: self.model.set_all_checked(True), self)
        self.view.installEventFilter(self._select_all_keys)  # Ctrl+A in the list ticks every card
        QShortcut(QKeySequence.StandardKey.SelectAll, self, activated=lambda: self.model.set_all_checked(True))
        self.mark_button.clicked.connect(self._on_mark)
        QShortcut(QKeySequence("F9"), self, activated=self._on_mark)
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        from clerk_desk.gui.lazy import WhenShown

        self.when_shown = WhenShown(self, self.reload)  # queried when shown, not at login or behind a tab
        ctx.database_ready.connect(self.when_shown.request)
        ctx.applications_changed.connect(self.when_shown.request)
        if ctx.ready:
            self.when_shown.request()

    @Slot()
    def reload(self) -> None:
        point = self.ctx.settings.service_point.code
        self.ctx.call(lambda s: awaiting_cards(s, point), self.model.set_rows)

    def activate(self) -> None:
        self.view.setFocus()  # shown: WhenShown reloads

    @Slot()
    def _update(self, *_args: Any) -> None:
        n = len(self.model.checked)
        self.summary.setText(self.ctx.t(f"待制卡 {self.model.rowCount()} 笔，已选 {n} 笔",
                                        f"{self.model.rowCount()} awaiting cards, {n} selected"))
        self.mark_button.setEnabled(n > 0)

    @Slot()
    def _on_mark(self) -> None:
        ids = [r.id for r in self.model.rows if r.id in self.model.checked]
        if not ids:
            return
        self.mark_button.setEnabled(False)

        def done(count: int) -> None:
            errors.show_message("ok", self.ctx.t(f"已登记 {count} 张社保卡制卡完成，可通知参保人领卡",
                                                 f"{count} cards marked ready for pickup"))
            self.model.checked.clear()
            self.ctx.applications_changed.emit()

        self.ctx.service("mark_ready", self.ctx.actor, ids, settings=self.ctx.settings, on_done=done,
                         on_error=lambda exc: (errors.report_exception(exc), self._update()))
