"""Printers as Windows names them (shared printers \\\\SERVER\\NAME, Chinese names), through Qt's
printer list in the settings dialog to the settings file.  Qt asks Windows' spooler on Windows and
CUPS here; the list it returns is stood in for."""

from __future__ import annotations

import pytest

from clerk_desk.gui.qt import QDialogButtonBox, Qt
from tests.gui.clerk import choose
from tests.gui.conftest import SUPERVISOR, make_ctx, wait_tasks

WINDOWS_PRINTERS = [r"\\PRINTSRV\Counter 3 HP LaserJet M404", "Microsoft Print to PDF", "得力DL-888D 票据打印机"]


class _Printer:
    def __init__(self, name: str) -> None:
        self._name = name

    def printerName(self) -> str:  # noqa: N802 - Qt's name
        return self._name


@pytest.mark.parametrize("name", WINDOWS_PRINTERS)
def test_supervisor_picks_a_windows_printer_and_it_is_saved(qtbot, database, monkeypatch, name) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinterInfo

    from clerk_desk.config import load_settings
    from clerk_desk.gui.settings_dialog import SettingsDialog

    monkeypatch.setattr(QPrinterInfo, "availablePrinters",
                        staticmethod(lambda: [_Printer(n) for n in WINDOWS_PRINTERS]))
    dialog = SettingsDialog(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [dialog.printerCombo.itemText(i) for i in range(dialog.printerCombo.count())]
    assert listed[1:] == WINDOWS_PRINTERS
    choose(qtbot, dialog.printerCombo, name)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert load_settings()[0].printing.printer == name
