"""Help ▸ Shortcuts: the keys a clerk uses, in a read-only table."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.qt import QCoreApplication, Qt, QWidget


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do) in the current language — Help ▸ Shortcuts; tests/gui/test_input_devices.py
    checks that each key exists."""
    return [
        ("F1", QCoreApplication.translate("shortcuts_help", "本快捷键列表")),
        ("F2", QCoreApplication.translate("shortcuts_help", "新增受理")),
        ("F3", QCoreApplication.translate("shortcuts_help", "今日业务")),
        ("F4", QCoreApplication.translate("shortcuts_help", "发卡（扫描领卡凭条）")),
        ("F5", QCoreApplication.translate("shortcuts_help", "制卡完成（负责人）")),
        ("F6", QCoreApplication.translate("shortcuts_help", "逾期与未领（负责人）")),
        ("F7", QCoreApplication.translate("shortcuts_help", "日报与日结（负责人）")),
        ("Ctrl+F", QCoreApplication.translate("shortcuts_help", "查询：身份证号码、姓名、业务编号")),
        ("Ctrl+L", QCoreApplication.translate("shortcuts_help", "锁定窗口")),
        ("Ctrl+Q", QCoreApplication.translate("shortcuts_help", "退出")),
        ("Ctrl+I", QCoreApplication.translate("shortcuts_help", "新增受理：跳到身份证号码")),
        ("F9", QCoreApplication.translate("shortcuts_help", "受理 / 确认发卡 / 登记制卡完成")),
        ("Ctrl+Return", QCoreApplication.translate("shortcuts_help", "受理")),
        ("Ctrl+R", QCoreApplication.translate("shortcuts_help", "出具一次性告知书")),
        ("Ctrl+S", QCoreApplication.translate("shortcuts_help", "保存草稿")),
        ("Ctrl+N", QCoreApplication.translate("shortcuts_help", "新办（清空表单）")),
        ("Ctrl+D", QCoreApplication.translate("shortcuts_help", "材料全部已核验")),
        ("Ctrl+P", QCoreApplication.translate("shortcuts_help", "打印（预览窗口中）")),
        ("F8", QCoreApplication.translate("shortcuts_help", "读取演示身份证（模拟读卡器）")),
        (QCoreApplication.translate("shortcuts_help", "Alt+字母"),
         QCoreApplication.translate("shortcuts_help", "跳到带下划线字母的输入框")),
    ]


def show_shortcuts(parent: QWidget) -> Any:
    """Help ▸ Shortcuts: a read-only table of the keys a clerk uses."""
    from clerk_desk.gui.forms.ui_shortcuts_dialog import Ui_ShortcutsDialog
    from clerk_desk.gui.qt import QDialog
    from clerk_desk.gui.rows_model import show_rows

    dialog = QDialog(parent)
    dialog.ui = ui = Ui_ShortcutsDialog()  # type: ignore[attr-defined]
    ui.setupUi(dialog)
    rows = [r for r in shortcuts() if r[0] != "F8" or getattr(parent, "id_reader", None) is not None]
    table = show_rows(ui.shortcutsTable, [QCoreApplication.translate("shortcuts_help", "按键"),
                                          QCoreApplication.translate("shortcuts_help", "功能")])
    table.model().set_rows(rows)
    table.resizeColumnsToContents()
    ui.buttonBox.rejected.connect(dialog.reject)
    table.resizeRowsToContents()
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # a list to read: the close button keeps the focus
    table.setMinimumHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)
    dialog.resize(560, table.minimumHeight() + 60)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
