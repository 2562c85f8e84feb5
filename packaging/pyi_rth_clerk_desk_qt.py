"""PyInstaller run-time hook, in place of PyInstaller's own ``pyi_rth_pyside6``.

It sets the same environment for Qt (plugins, QML, on Windows the DLL path) but does not import
``PySide6.QtCore`` at start, as PyInstaller's does to register a relocating ``qt.conf``: PySide6's
PyPI wheels register their own when QtCore loads.  So ``clerk-desk --version`` and the commands
that need no window never load Qt, as from a virtual environment.  (Runs before the program; no
imports beyond the standard library.)
"""

import os
import sys


def _set_qt_environment() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):  # QtNetwork finds the OpenSSL DLLs collected beside the program
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_set_qt_environment()
del _set_qt_environment
