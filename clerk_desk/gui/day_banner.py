"""The day's state banner at the top of the new-application page: a closed day or a missing
calendar year, with what to do, shown when the form opens.  It keeps its place and height
whether shown or not, so the form under it never moves."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.qt import QLabel, QSizePolicy, QWidget
from clerk_desk.gui.style import set_state

BANNER_LINES = 2


def day_banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("dayBanner")
    label.setWordWrap(True)
    label.setProperty("class", "banner")
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
    label.setSizePolicy(policy)
    label.setFixedHeight(label.fontMetrics().lineSpacing() * BANNER_LINES + 8)
    label.hide()
    return label


def check_day(ctx: Any, label: QLabel) -> None:
    """Ask (in a worker) what stops today's acceptances; show it in ``label`` with the advice."""

    def work(session: Any) -> Any:
        from clerk_desk.services.day_state import day_state

        return day_state(session, ctx.settings)

    def done(notices: Any) -> None:
        if not notices:
            label.clear()
            label.hide()
            return
        label.setText("\n".join(n.text(ctx.lang) for n in notices))
        label.setToolTip(label.text())
        set_state(label, "severity", "error" if any(n.code == "closed" for n in notices) else "warning")
        label.show()

    ctx.call(work, done)
