"""Help ▸ Shortcuts: the keys a clerk uses, in a read-only table."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.qt import Qt, QWidget

# (keys, what they do zh, en) — Help ▸ Shortcuts; tests/gui/test_input_devices.py checks each one exists
SHORTCUTS = [
    ("F1", "本快捷键列表", "this list of shortcuts"),
    ("F2", "新增受理", "new application"),
    ("F3", "今日业务", "today's applications"),
    ("F4", "发卡（扫描领卡凭条）", "hand over a card (scan the pickup slip)"),
    ("F5", "制卡完成（负责人）", "cards ready (supervisor)"),
    ("F6", "逾期与未领（负责人）", "late and uncollected cards (supervisor)"),
    ("F7", "日报与日结（负责人）", "daily report and closing the day (supervisor)"),
    ("Ctrl+F", "查询：身份证号码、姓名、业务编号", "search: ID number, name, application number"),
    ("Ctrl+L", "锁定窗口", "lock the counter"),
    ("Ctrl+Q", "退出", "quit"),
    ("Ctrl+I", "新增受理：跳到身份证号码", "new application: go to the ID number"),
    ("F9", "受理 / 确认发卡 / 登记制卡完成", "accept / hand over / mark cards ready"),
    ("Ctrl+Return", "受理", "accept"),
    ("Ctrl+R", "出具一次性告知书", "print the missing-documents notice"),
    ("Ctrl+S", "保存草稿", "save a draft"),
    ("Ctrl+N", "新办（清空表单）", "next person (clear the form)"),
    ("Ctrl+D", "材料全部已核验", "mark every document verified"),
    ("Ctrl+P", "打印（预览窗口中）", "print (in the preview)"),
    ("Alt+带下划线的字母", "跳到对应的输入框", "Alt+underlined letter: go to that field"),
    ("F8", "读取演示身份证（模拟读卡器）", "read a demo ID card (simulated reader)"),
]


def show_shortcuts(parent: QWidget, lang: str) -> Any:
    """Help ▸ Shortcuts: a read-only table of the keys a clerk uses."""
    from clerk_desk.gui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog
    from clerk_desk.gui.qt import QDialog
    from clerk_desk.gui.rows_model import show_rows

    dialog = QDialog(parent)
    dialog.ui = ui = Ui_ShortcutsDialog()  # type: ignore[attr-defined]
    ui.setupUi(dialog)
    rows = [r for r in SHORTCUTS if r[0] != "F8" or getattr(parent, "id_reader", None) is not None]
    table = show_rows(ui.shortcutsTable, ["按键", "功能"] if lang == "zh" else ["Keys", "Action"])
    table.model().set_rows([(keys if keys.isascii() else ("Alt+字母" if lang == "zh" else "Alt+letter"),
                             en if lang == "en" else zh) for keys, zh, en in rows])
    table.resizeColumnsToContents()
    ui.buttonBox.rejected.connect(dialog.reject)
    table.resizeRowsToContents()
    table.setMinimumHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)
    dialog.resize(560, table.minimumHeight() + 60)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
