"""An application's record: the one place a clerk or supervisor looks at a whole application.

Opened from the today, search and late pages (double-click or Enter on a row that is not a
draft or returned) and from a duplicate's link.  The record is read in a worker through
``applications.get_detail`` (which audits the view) and turned there into a :class:`RecordView`
of display-safe values (:mod:`clerk_desk.gui.record_view`): ID numbers, phones and addresses are
masked before they reach a widget (:mod:`clerk_desk.gui.record_sheet`).  The full ID number shows
only after 显示完整号码 (Reveal) with a reason, through ``privacy.reveal_id`` (audited), and only
in this dialog.

Actions are shown when the workflow and the role allow them (``workflow.available``,
``ctx.allowed``); their panels are in :mod:`clerk_desk.gui.record_panels`.  The services check
again and refuse through :mod:`clerk_desk.gui.errors`.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.forms.ui_record_dialog import Ui_RecordDialog
from clerk_desk.gui.qt import (
    QApplication,
    QDialog,
    QKeySequence,
    QMenu,
    QShortcut,
    Qt,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.record_panels import current_values, fill_reprint_menu
from clerk_desk.gui.record_view import RecordView, build_view, load_record
from clerk_desk.gui.style import set_state

__all__ = ["RecordDialog", "RecordView", "build_view", "load_record", "open_record"]

STYLE = """
QLabel#numberValue { font-size: 16pt; font-weight: bold; }
QLabel#statusValue { font-size: 13pt; font-weight: bold; padding: 2px 10px; border-radius: 4px; }
QLabel[class="id"] { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; }
QLabel[class="id"][revealed="yes"] { color: #b71c1c; font-weight: bold; }
QLabel[class="hint"] { color: #546e7a; font-size: 9pt; }
QPushButton[class="danger"] { background: #c62828; color: white; font-weight: bold; padding: 6px 18px;
    min-height: 30px; }
QPushButton[class="secondary"] { padding: 6px 14px; min-height: 30px; }
QPushButton[class="danger"]:disabled { background: #b0bec5; color: #eceff1; }
"""


class RecordDialog(QDialog):
    loaded = Signal(object)      # the RecordView shown
    changed = Signal()           # cancelled or corrected

    def __init__(self, ctx: Any, application_id: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.application_id = application_id
        self.view: RecordView | None = None
        self.revealed: dict[str, str] = {}
        self.busy = False
        self._return_focus = QApplication.focusWidget() or (parent.window().focusWidget() if parent else None)
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self.finished.connect(self._on_finished)
        self._wire()
        height = parent.window().height() - 40 if parent is not None else 760
        self.resize(980, max(600, min(height, 820)))
        self.reload()

    # -- the form's widgets, by the names the dialog has always had -----------------------------
    def _wire(self) -> None:
        u = self.ui
        self.sheet = sheet = u.sheet
        sheet.lang = self.ctx.lang
        self.values, self.loading = sheet.values, sheet.loading
        self.agent_box, self.cancel_box, self.documents_box = sheet.agent_box, sheet.cancel_box, sheet.documents_box
        self.corrections, self.no_corrections = sheet.corrections, sheet.no_corrections
        self.panels, self.message = u.panels, u.recordMessage
        self.reveal_panel, self.cancel_panel, self.correct_panel = u.revealPanel, u.cancelPanel, u.correctPanel
        self.correct_panel.set_language(self.ctx.lang)
        self.panel_list = [self.reveal_panel, self.cancel_panel, self.correct_panel]
        for panel in self.panel_list:
            panel.back.connect(self.close_panel)
        self.reveal_panel.confirmed.connect(self.reveal)
        self.cancel_panel.confirmed.connect(self.cancel_application)
        self.correct_panel.confirmed.connect(self._on_correct_confirmed)
        self.reveal_reason, self.reveal_confirm = self.reveal_panel.reason, self.reveal_panel.confirm
        self.cancel_warning, self.cancel_reason = self.cancel_panel.warning, self.cancel_panel.reason
        self.cancel_confirm = self.cancel_panel.confirm
        self.edits, self.correct_reason = self.correct_panel.edits, self.correct_panel.reason
        self.correct_confirm = self.correct_panel.confirm
        self.reprint_menu = QMenu(self)
        self.close_button = u.closeButton
        self.close_button.clicked.connect(self.reject)
        for name, key, slot in (("reveal", "Ctrl+I", self._on_reveal), ("handover", "F4", self._on_hand_over),
                                ("reprint", "Ctrl+P", self._on_reprint), ("correct", "Ctrl+E", self._on_correct),
                                ("cancel", "Ctrl+Delete", self._on_cancel)):
            button = getattr(u, name + "Button")
            setattr(self, name + "_button", button)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self,
                      activated=lambda b=button: b.isVisible() and b.isEnabled() and b.click())

    # -- loading and showing ----------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        self.loading.show()
        actor, application_id = self.ctx.actor, self.application_id
        self.ctx.call(lambda session: load_record(session, actor, application_id), self._show, self._on_failed)

    def _show(self, view: RecordView) -> None:
        self.view, self.revealed = view, {}
        self.loading.hide()
        number = view.row.number
        self.setWindowTitle(self.tr("业务记录 — {number}").format(number=number) if number else self.tr("业务记录"))
        self.sheet.show_view(view)
        self._update_actions()
        self.loaded.emit(view)

    def _update_actions(self) -> None:
        from clerk_desk.domain.workflow import Transition, available
        from clerk_desk.gui.printing import reprintable

        view, ctx = self.view, self.ctx
        if view is None or ctx.actor is None:
            return
        moves = available(view.row.status, ctx.actor.role, ctx.point_kind)
        window = self.parentWidget()
        can_hand_over = (Transition.HAND_OVER in moves and ctx.allowed("hand_over")
                         and hasattr(window, "start_handover"))
        self.reveal_button.setVisible(ctx.allowed("reveal_id") and bool(view.row.masked_id or view.agent_id))
        self.handover_button.setVisible(bool(can_hand_over))
        self.cancel_button.setVisible(Transition.CANCEL in moves and ctx.allowed("cancel"))
        self.correct_button.setVisible(ctx.allowed("correct") and view.status != "draft")
        self.reprint_button.setVisible(ctx.allowed("reprint") and bool(reprintable(view.row))
                                       and hasattr(window, "print_documents"))

    # -- messages and panels ------------------------------------------------------------------
    def show_message(self, kind: str, text: str) -> None:
        self.message.setText(text)
        set_state(self.message, "kind", kind)
        self.message.show()

    def _act(self, work: Any, on_done: Any) -> None:
        """One action at a time (a second Enter or click while the service works does nothing)."""
        if self.busy:
            return
        self.busy = True

        def done(result: Any) -> None:
            self.busy = False
            on_done(result)

        self.ctx.call(work, done, self._on_failed)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.loading.hide()
        kind, text = errors.describe(exc)
        self.show_message(kind, text)
        errors.report_exception(exc)

    def open_panel(self, index: int, focus: QWidget) -> None:
        self.message.hide()
        for i, panel in enumerate(self.panel_list):
            panel.setVisible(i == index)
        self.panels.show()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def close_panel(self) -> None:
        """Hide the open panel; typed numbers do not stay in hidden fields."""
        self.panels.hide()
        self.correct_panel.clear_text()
        self.close_button.setFocus()

    def reject(self) -> None:
        """Esc closes an open panel first, then the dialog."""
        if self.panels.isVisible():
            self.close_panel()
            return
        super().reject()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        widget = self._return_focus
        try:
            if widget is not None and widget.isVisible():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        except RuntimeError:  # the widget is gone
            pass

    def _after_change(self, text: str) -> None:
        self.close_panel()
        self.reload()
        self.show_message("ok", text)
        errors.show_message("ok", text)
        self.ctx.applications_changed.emit()
        self.changed.emit()

    # -- reveal -------------------------------------------------------------------------------
    @Slot()
    def _on_reveal(self) -> None:
        if self.view is None:
            return
        self.reveal_panel.prepare(self.view)
        self.open_panel(0, self.reveal_reason)

    @Slot(str, str)
    def reveal(self, reason: str, who: str = "insured") -> None:
        """Ask the privacy service for the full number (audited) and show it in this dialog only."""
        actor, application_id = self.ctx.actor, self.application_id

        def work(session: Any) -> str:
            from clerk_desk.services import privacy

            return privacy.reveal_id(session, actor, application_id, who=who, reason=reason.strip())

        def done(number: str) -> None:
            self.revealed[who] = number
            self.sheet.show_revealed(who, number)
            self.close_panel()

        self._act(work, done)

    # -- hand over, reprint ----------------------------------------------------------------------
    @Slot()
    def _on_hand_over(self) -> None:
        window, view = self.parentWidget(), self.view
        if view is None or not hasattr(window, "start_handover"):
            return
        self._return_focus = None  # the handover page takes the focus
        self.accept()
        window.start_handover(view.row.number)

    @Slot()
    def _on_reprint(self) -> None:
        if self.view is None:
            return
        fill_reprint_menu(self.reprint_menu, self.view.row, self.reprint)
        self.reprint_menu.popup(self.reprint_button.mapToGlobal(self.reprint_button.rect().bottomLeft()))

    def reprint(self, document: str) -> None:
        window = self.parentWidget()
        if self.view is not None and hasattr(window, "print_documents"):
            window.print_documents(self.view.row.id, [document], reprint=True)

    # -- cancel ---------------------------------------------------------------------------------
    @Slot()
    def _on_cancel(self) -> None:
        if self.view is None:
            return
        self.cancel_panel.prepare(self.view)
        self.open_panel(1, self.cancel_reason)

    @Slot(str)
    def cancel_application(self, reason: str) -> None:
        """撤销 through the service (which checks the role and the reason again)."""
        actor, application_id, settings = self.ctx.actor, self.application_id, self.ctx.settings

        def work(session: Any) -> None:
            from clerk_desk.services import applications

            applications.cancel(session, actor, application_id, reason, settings=settings)

        number = self.view.row.number if self.view else ""
        self._act(work, lambda _r: self._after_change(self.tr("业务 {number} 已撤销").format(number=number)))

    # -- correct -------------------------------------------------------------------------------
    @Slot()
    def _on_correct(self) -> None:
        if self.view is None:
            return
        self.correct_panel.prepare(self.view)
        self.open_panel(2, self.edits["insured_name"])

    def correction_changes(self) -> dict[str, Any]:
        """The fields the supervisor changed (empty number fields are left as they are)."""
        assert self.view is not None
        return self.correct_panel.changes(current_values(self.view))

    def correct(self, changes: dict[str, Any], reason: str) -> None:
        """更正 through the service (supervisor; reason required; before/after kept masked)."""
        actor, application_id = self.ctx.actor, self.application_id

        def work(session: Any) -> None:
            from clerk_desk.services import closing

            closing.correct_application(session, actor, application_id, changes, reason)

        number = self.view.row.number if self.view else ""
        self._act(work, lambda _r: self._after_change(self.tr("业务 {number} 已更正").format(number=number)))

    @Slot(str)
    def _on_correct_confirmed(self, reason: str) -> None:
        self.correct(self.correction_changes(), reason)


def open_record(ctx: Any, application_id: Any, parent: QWidget | None = None) -> RecordDialog:
    """Open the record dialog (window-modal); it closes itself and gives the focus back."""
    dialog = RecordDialog(ctx, application_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.close_button.setFocus()
    return dialog
