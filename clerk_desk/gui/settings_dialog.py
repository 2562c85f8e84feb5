"""The supervisor's settings dialog: service point, rules, receipt texts, printing, language, sync.

The form is ``ui/settings_dialog.ui``; which widget edits which setting is in
:mod:`clerk_desk.gui.settings_fields`.  The dialog edits a copy of the settings; OK hands the
whole copy to :func:`clerk_desk.services.settings_service.update_settings` in a worker, which
checks every value by the settings file's own rules, saves atomically and audits what changed.
A refused value is shown beside its field (the problem's ``field`` is the dotted key, e.g.
``rules.cutoff_time``, mapped to the widget here) and nothing is saved.  Clerks never get here:
the main window hides the action, and the service refuses them anyway.
"""

from __future__ import annotations

import copy
from typing import Any

from clerk_desk.domain.problems import label
from clerk_desk.gui import errors, settings_fields
from clerk_desk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from clerk_desk.gui.qt import (
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.settings_fields import FIELDS, normalize_cutoff, split_prefixes
from clerk_desk.gui.style import set_state

__all__ = ["SettingsDialog", "normalize_cutoff", "split_prefixes"]

# A refused value gets a red border whatever the widget (the application style only covers line edits).
_STYLE = """
QSpinBox[state="error"], QComboBox[state="error"], QListWidget[state="error"] {
    border: 2px solid #c62828; background: #fff5f5; }
QLabel[class="hint"] { color: #546e7a; font-size: 9pt; }
"""


class SettingsDialog(QDialog, Ui_SettingsDialog):
    """The form's widgets are attributes of the dialog by their object names (``codeEdit``, ``cutoffEditProblem``)."""

    saved = Signal(object)  # {key: (before, after)} of what changed

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.ctx = ctx
        self.settings = copy.deepcopy(ctx.settings)
        self.changes: dict[str, Any] | None = None
        self.busy = False
        self.setStyleSheet(_STYLE)
        self.fields: dict[str, QWidget] = {key: getattr(self, name) for key, name in FIELDS.items()}
        self.problem_labels: dict[str, QLabel] = {key: getattr(self, name + "Problem") for key, name in FIELDS.items()}
        self._tab_of = {key: next(i for i in range(self.tabs.count()) if self.tabs.widget(i).isAncestorOf(widget))
                        for key, widget in self.fields.items()}
        self.okButton = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("保存"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self._connect()
        settings_fields.load(self, self.settings)
        self.codeEdit.setFocus()

    def _connect(self) -> None:
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.letterCheck.toggled.connect(self.familyExemptCheck.setEnabled)
        self.addGuidanceButton.clicked.connect(self._on_add_guidance)
        self.editGuidanceButton.clicked.connect(self._on_edit_guidance)
        self.removeGuidanceButton.clicked.connect(self._on_remove_guidance)
        self.upGuidanceButton.clicked.connect(lambda: self._on_move_guidance(-1))
        self.downGuidanceButton.clicked.connect(lambda: self._on_move_guidance(1))
        self.fontBrowseButton.clicked.connect(self._on_browse_font)
        for key, widget in self.fields.items():
            clear = lambda *_a, key=key: self._show_field_problem(key, "")  # noqa: E731
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(clear)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(clear)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(clear)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(clear)

    # -- values --------------------------------------------------------------------------------------------
    def collect(self) -> Any:
        """The edited settings (a new copy; nothing is saved)."""
        return settings_fields.collect(self, copy.deepcopy(self.settings))

    def guidance(self) -> list[dict[str, Any]]:
        """The lines as edited, each keeping where it applies (a new line applies to everyone)."""
        return settings_fields.guidance(self.guidanceList)

    # -- the guidance list -------------------------------------------------------------------------------------
    @Slot()
    def _on_add_guidance(self) -> None:
        item = settings_fields.add_guidance_item(self.guidanceList, "")
        self.guidanceList.setCurrentItem(item)
        self.guidanceList.setFocus()
        self.guidanceList.editItem(item)

    @Slot()
    def _on_edit_guidance(self) -> None:
        item = self.guidanceList.currentItem()
        if item is not None:
            self.guidanceList.setFocus()
            self.guidanceList.editItem(item)

    @Slot()
    def _on_remove_guidance(self) -> None:
        row = self.guidanceList.currentRow()
        if row >= 0:
            self.guidanceList.takeItem(row)

    def _on_move_guidance(self, step: int) -> None:
        row = self.guidanceList.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.guidanceList.count():
            return
        item = self.guidanceList.takeItem(row)
        self.guidanceList.insertItem(target, item)
        self.guidanceList.setCurrentRow(target)

    @Slot()
    def _on_browse_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中文字体文件"), self.fontPathEdit.text(),
                                              self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"))
        if path:
            self.fontPathEdit.setText(path)
            self._show_field_problem("printing.font_path", "")

    # -- saving ------------------------------------------------------------------------------------------------
    def _show_field_problem(self, key: str, text: str) -> None:
        label = self.problem_labels.get(key)
        widget = self.fields.get(key)
        if label is None or widget is None:
            return
        label.setText(text)
        label.setVisible(bool(text))
        set_state(widget, "state", "error" if text else "")

    def clear_problems(self) -> None:
        for key in self.fields:
            self._show_field_problem(key, "")
        self.generalProblem.clear()
        self.generalProblem.hide()

    def _local_problems(self, new: Any) -> dict[str, str]:
        """What the settings rules allow but a working counter cannot do without."""
        out: dict[str, str] = {}
        if not new.service_point.code:
            out["service_point.code"] = self.tr("必填")
        if not new.service_point.name:
            out["service_point.name"] = self.tr("必填")
        url = new.sync.central_url
        if url and not url.startswith("postgresql"):
            out["sync.central_url"] = self.tr("请填写 PostgreSQL 数据库地址（postgresql+psycopg://…）")
        return out

    def show_problems(self, problems: dict[str, str], general: list[str] | None = None) -> None:
        """Each refusal beside its field; the first one's tab is shown and its field focused."""
        self.clear_problems()
        for key, text in problems.items():
            if key in self.fields:
                self._show_field_problem(key, text)
            else:
                general = [*(general or []), text]
        if general:
            self.generalProblem.setText("\n".join(general))
            self.generalProblem.show()
        bar = self.tabs.tabBar()
        refused_tabs = {self._tab_of[k] for k in problems if k in self._tab_of}
        for index in range(self.tabs.count()):  # a refusal on another tab: its title turns red
            bar.setTabTextColor(index, QColor("#c62828") if index in refused_tabs else QColor())
        first = next((k for k in self.fields if k in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            self.fields[first].setFocus()

    def problem_text(self, problem: Any) -> str:
        """A refusal as read beside the field: the settings rule's hint in the user's language."""
        if problem.code == "settings.bad_value":
            expected = problem.params["expected"]
            return self.tr("无效：{hint}").format(hint=label((expected.zh, expected.en), self.ctx.lang))
        return problem.message(self.ctx.lang)

    @Slot()
    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.busy:
            return
        new = self.collect()
        local = self._local_problems(new)
        if local:
            self.show_problems(local)
            return
        self.clear_problems()
        self.busy = True
        self.okButton.setEnabled(False)
        actor = self.ctx.actor

        def work(session: Any) -> Any:
            from clerk_desk.services.settings_service import update_settings

            return update_settings(session, actor, new)

        self.ctx.call(work, lambda changes: self._on_saved(new, changes), self._on_failed)

    def _on_saved(self, new: Any, changes: dict[str, Any]) -> None:
        self.busy = False
        self.okButton.setEnabled(True)
        self.changes = changes
        if changes:
            self.ctx.settings = new
            self.ctx.settings_changed.emit()
            text = self.tr("设置已保存（{n} 项更改）").format(n=len(changes))
            if "ui.language" in changes:
                text += self.tr("；界面语言在重新启动程序后生效")
            errors.show_message("ok", text)
        else:
            errors.show_message("info", self.tr("设置没有更改"))
        self.saved.emit(changes)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.okButton.setEnabled(True)
        problems = getattr(exc, "problems", None)
        if problems:
            by_field: dict[str, str] = {}
            general: list[str] = []
            for p in problems:
                if p.field in self.fields:
                    by_field.setdefault(p.field, self.problem_text(p))
                else:
                    general.append(p.message(self.ctx.lang))
            self.show_problems(by_field, general)
            return
        kind, text = errors.describe(exc)
        if kind == "bug":
            errors.log.error("settings not saved", exc_info=(type(exc), exc, exc.__traceback__))
        self.show_problems({}, [text])
