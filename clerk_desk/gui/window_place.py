"""A counter-sized window: the main window opens where the clerk left it (its geometry kept in
the settings' ``[ui] window_geometry``) or, the first time, maximised — never at a small
default size with scroll bars."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.qt import QByteArray, QWidget


def show_placed(window: QWidget, kept: str) -> None:
    """Show ``window`` at the kept geometry (``[ui] window_geometry``), or maximised when none is
    kept (or it is unusable)."""
    if kept and window.restoreGeometry(QByteArray.fromHex(kept.encode("ascii"))):
        window.show()
    else:
        window.showMaximized()


def remember(window: QWidget, settings: Any) -> bool:
    """Keep the window's geometry in the settings file; False when it had not changed."""
    geometry = bytes(window.saveGeometry().toHex().data()).decode("ascii")
    if geometry == settings.ui.window_geometry:
        return False
    settings.ui.window_geometry = geometry
    from clerk_desk.config import save_settings

    save_settings(settings)
    return True
