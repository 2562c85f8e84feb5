"""The ID-card reader at the counter: polled in a worker, a card read fills the New Application form.

The device itself sits behind :class:`~clerk_desk.domain.card_reader.IdCardReader` (``read()``
returns the card on the reader or None); a vendor SDK adapter implements it.  This module only
polls it off the GUI thread (:class:`IdReaderWatcher`), and puts a card where it belongs
(:func:`fill_form`): the insured's section, or the agent's when a proxy or guardian applies and
the insured is already there.

``CLERK_DESK_SIMULATED_READER=1`` gives a :class:`SimulatedReader` with demo cards: F8 lays the
next one on the "reader" (for demos and training without a device).
"""

from __future__ import annotations

import os
from typing import Any

from clerk_desk.domain.card_reader import CardData, IdCardReader, SimulatedReader, demo_cards
from clerk_desk.gui import errors
from clerk_desk.gui.qt import QCoreApplication, QObject, QTimer, Signal, Slot
from clerk_desk.gui.tasks import run_task

__all__ = ["CardData", "IdCardReader", "IdReaderWatcher", "SimulatedReader", "fill_form", "from_environment",
           "install"]

SIMULATE_ENV = "CLERK_DESK_SIMULATED_READER"


class IdReaderWatcher(QObject):
    """Polls ``reader.read()`` in a worker; emits :attr:`card_read` once per card laid on the reader."""

    card_read = Signal(object)  # CardData
    failed = Signal(object)     # the exception a read raised (reported once until a read succeeds)

    def __init__(self, reader: IdCardReader, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.reader = reader
        self._busy = False
        self._last: str | None = None   # the card still lying on the reader is not read twice
        self._failing = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def forget(self) -> None:
        """The next card read is new even if it has the last card's number (it was taken off and laid again)."""
        self._last = None

    @Slot()
    def poll(self) -> None:
        """One read, in a worker (a reader's SDK may block for a second)."""
        if self._busy:
            return
        self._busy = True
        run_task(self.reader.read, self._on_result, self._on_error)

    def _on_result(self, card: CardData | None) -> None:
        self._busy = False
        self._failing = False
        if card is None:
            self._last = None
            return
        if card.id_number == self._last:
            return
        self._last = card.id_number
        self.card_read.emit(card)

    def _on_error(self, exc: BaseException) -> None:
        self._busy = False
        if not self._failing:
            self._failing = True
            self.failed.emit(exc)


def from_environment() -> SimulatedReader | None:
    """The simulated reader when ``CLERK_DESK_SIMULATED_READER=1``; no device adapter otherwise."""
    if os.environ.get(SIMULATE_ENV) == "1":
        return SimulatedReader()
    return None


def fill_form(page: Any, card: CardData) -> str:
    """Put ``card`` on the New Application page: ``"insured"``, ``"agent"`` or ``"refused"``.

    * the insured's ID field is empty, or holds this card's number: the insured's section;
    * a proxy or guardian applies and the insured is already there: the agent's section;
    * the insured applies alone and another person's card is on the form: refused (the clerk
      clears the form with Ctrl+N for the next person, or chooses proxy / guardian first).
    """
    from clerk_desk.domain.idnumber import normalize
    from clerk_desk.gui.form_fields import combo_value

    u = page.ui
    insured = normalize(u.idNumberEdit.text())
    applicant = combo_value(u.applicantCombo)
    if not insured or insured == card.id_number:
        page.fill_from_card(card)
        u.phoneEdit.setFocus()
        return "insured"
    if applicant != "self":
        page.fill_from_card(card, agent=True)
        u.agentPhoneEdit.setFocus()
        return "agent"
    return "refused"


def install(window: Any, reader: IdCardReader | None = None) -> IdReaderWatcher | None:
    """Watch ``reader`` (or the one the environment asks for) and route its cards to the window."""
    from clerk_desk.gui.qt import QKeySequence, QShortcut

    reader = reader if reader is not None else from_environment()
    if reader is None:
        return None
    watcher = IdReaderWatcher(reader, window)
    watcher.card_read.connect(lambda card: route_card(window, card))
    watcher.failed.connect(lambda exc: errors.show_message("environment", QCoreApplication.translate(
        "IdReader", "身份证阅读器无法读取：{error}").format(error=exc)))
    if isinstance(reader, SimulatedReader):
        demo, turn = demo_cards(), [0]

        def lay_demo_card() -> None:  # F8: the next demo card (insured, then an agent, ...)
            reader.insert(demo[turn[0] % len(demo)])
            turn[0] += 1
            watcher.forget()
            watcher.poll()

        QShortcut(QKeySequence("F8"), window, activated=lay_demo_card)
    else:
        watcher.start()
    return watcher


def route_card(window: Any, card: CardData) -> str:
    """A card read: to the New Application page (shown), with a message saying where it went."""
    page = window.page("new_application")
    if page is None:
        return "none"
    window.show_page("new_application")
    where = fill_form(page, card)
    if where == "insured":
        text = QCoreApplication.translate("IdReader", "已读取参保人身份证：{name}")
    elif where == "agent" and page.guardian_mode:
        text = QCoreApplication.translate("IdReader", "已读取监护人身份证：{name}")
    elif where == "agent":
        text = QCoreApplication.translate("IdReader", "已读取代办人身份证：{name}")
    else:
        errors.show_message("rule", QCoreApplication.translate(
            "IdReader", "表单中已有另一位参保人。办理下一位请先按 Ctrl+N 清空；代办或监护办理请先选择办理方式。"))
        return where
    errors.show_message("info", text.format(name=card.name))
    return where
