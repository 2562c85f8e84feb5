"""The counter's devices and keyboard: the scanner (a fast burst of keys), the ID-card reader, the
tab order of the New Application page, and Help ▸ Shortcuts."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from clerk_desk.gui.qt import QAction, QApplication, QComboBox, QLineEdit, QShortcut, Qt, QVBoxLayout, QWidget
from tests.gui.clerk import choose, type_text
from tests.gui.conftest import SUPERVISOR, make_ctx, wait_tasks
from tests.gui.test_pickup_desk import accepted
from tests.helpers.people import make_id

SLOW_MS = 60  # a quick clerk still leaves this much between keys


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def ticking(step_s: float):  # type: ignore[no-untyped-def]
    """A clock that moves ``step_s`` on every reading (one reading per key press)."""
    counter = itertools.count()
    return lambda: next(counter) * step_s


@pytest.fixture
def line(qtbot):  # type: ignore[no-untyped-def]
    box = QWidget()
    layout = QVBoxLayout(box)
    edit, other = QLineEdit(box), QLineEdit(box)
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(box)
    activate(qtbot, box)
    edit.setFocus()
    box.edit = edit
    box.entered = []
    edit.returnPressed.connect(lambda: box.entered.append(edit.text()))
    return box


def detector(qtbot, step_s: float | None = None):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.scanner import ScanDetector

    scanner = ScanDetector(clock=ticking(step_s) if step_s is not None else None)
    QApplication.instance().installEventFilter(scanner)
    scanner.seen = []
    scanner.scanned.connect(scanner.seen.append)
    qtbot.addWidget(QWidget())  # keeps the test's objects tidy
    return scanner


@pytest.mark.parametrize("step_s", [0.004, None], ids=["timed", "real-time"])
def test_burst_ending_in_enter_is_one_scan(qtbot, line, step_s) -> None:  # type: ignore[no-untyped-def]
    scanner = detector(qtbot, step_s)
    try:
        type_text(qtbot, line.edit, "王")  # what the clerk had typed stays
        qtbot.keyClicks(line.edit, "CDSLIP1|S001-20261127-0001|AB12CD")
        qtbot.keyClick(line.edit, Qt.Key.Key_Return)
        assert scanner.seen == ["CDSLIP1|S001-20261127-0001|AB12CD"]
        assert line.edit.text() == "王"  # the scanner's typing is taken back out
        assert line.entered == []        # and its Enter does not reach the field
    finally:
        QApplication.instance().removeEventFilter(scanner)


@pytest.mark.parametrize("step_s", [0.08, None], ids=["timed", "real-time"])
def test_typing_at_human_speed_is_not_a_scan(qtbot, line, step_s) -> None:  # type: ignore[no-untyped-def]
    scanner = detector(qtbot, step_s)
    try:
        qtbot.keyClicks(line.edit, "S001-20261127-0001", delay=SLOW_MS if step_s is None else -1)
        qtbot.keyClick(line.edit, Qt.Key.Key_Return)
        assert scanner.seen == []
        assert line.edit.text() == "S001-20261127-0001" and line.entered == ["S001-20261127-0001"]
    finally:
        QApplication.instance().removeEventFilter(scanner)


def test_short_burst_or_no_enter_is_not_a_scan(qtbot, line) -> None:  # type: ignore[no-untyped-def]
    scanner = detector(qtbot, 0.004)
    try:
        qtbot.keyClicks(line.edit, "12345")
        qtbot.keyClick(line.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(line.edit, "1234567890")
        qtbot.keyClick(line.edit, Qt.Key.Key_Backspace)
        qtbot.keyClick(line.edit, Qt.Key.Key_Return)
        assert scanner.seen == []
    finally:
        QApplication.instance().removeEventFilter(scanner)


def test_classify() -> None:
    from clerk_desk.gui.scanner import classify

    number = make_id(date(1980, 5, 17))
    assert classify("ＣＤＳＬＩＰ１｜S001-20261127-0001｜AB12")[0] == "slip"
    assert classify("s001-20261127-0001") == ("number", "S001-20261127-0001")
    assert classify(number[:-1] + number[-1].lower()) == ("id", number)
    assert classify("6222020200112233445")[0] == "other"


# -- the main window routes a scan ------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, database, monkeypatch):  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors
    from clerk_desk.gui.main_window import MainWindow

    monkeypatch.setenv("CLERK_DESK_SIMULATED_READER", "1")
    w = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(w)
    w.messages = []
    w.build_pages()
    errors.set_sink(lambda kind, text: w.messages.append((kind, text)))
    activate(qtbot, w)
    yield w
    QApplication.instance().removeEventFilter(w.scanner)


def scan(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_slip_scanned_anywhere_opens_the_handover(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    [(_number, result)] = accepted(1)
    page = window.page("new_application")
    window.show_page("new_application")
    page.ui.nameEdit.setFocus()
    scan(qtbot, page.ui.nameEdit, f"CDSLIP1|{result.number}|{result.slip.pickup_code}")
    wait_tasks(qtbot)
    handover = window.page("handover_page")
    assert window.ui.pages.currentWidget() is handover
    assert handover.detail is not None and handover.detail.row.number == result.number
    assert page.ui.nameEdit.text() == ""


def test_id_scanned_into_the_id_field_or_searched(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    [(number, _result)] = accepted(1)
    page = window.page("new_application")
    window.show_page("new_application")
    page.ui.idNumberEdit.setFocus()
    scan(qtbot, page.ui.idNumberEdit, number)
    assert page.ui.idNumberEdit.text() == number
    assert "1980-05-17" in page.ui.derivedLabel.text()  # the rules ran
    assert window.ui.pages.currentWidget() is page
    page.ui.nameEdit.setFocus()
    scan(qtbot, page.ui.nameEdit, number)
    wait_tasks(qtbot)
    assert page.ui.nameEdit.text() == ""
    search = window.page("search_page")
    assert window.ui.pages.currentWidget() is search and search.model.rowCount() == 1


# -- the ID-card reader --------------------------------------------------------------------------------------
def test_simulated_card_fills_the_form_and_the_rules_run(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.card_reader import demo_cards

    insured, agent = demo_cards()
    page = window.page("new_application")
    window.show_page("today_page")
    with qtbot.waitSignal(window.id_reader.card_read):
        qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.ui.pages.currentWidget() is page
    u = page.ui
    assert (u.idNumberEdit.text(), u.nameEdit.text(), u.addressEdit.text()) == (
        insured.id_number, insured.name, insured.address)
    assert u.validFromEdit.text() == "2015-08-20" and u.validToEdit.text() == "2035-08-20"
    assert "1985-03-12" in u.derivedLabel.text() and u.idNumberEdit.property("state") == "ok"
    assert page.report.insured.valid and not page.report.for_field("insured")
    assert QApplication.focusWidget() is u.phoneEdit  # the card has no phone number: type it next
    # the agent lays their card on the reader after the clerk chose "by proxy"
    choose(qtbot, u.applicantCombo, "proxy")
    with qtbot.waitSignal(window.id_reader.card_read):
        qtbot.keyClick(window, Qt.Key.Key_F8)
    assert (u.agentIdEdit.text(), u.agentNameEdit.text()) == (agent.id_number, agent.name)
    assert u.idNumberEdit.text() == insured.id_number
    assert page.report.agent is not None and page.report.agent.valid
    assert "代办人" in window.messages[-1][1]


def test_another_persons_card_does_not_overwrite_the_insured(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.card_reader import demo_cards
    from clerk_desk.gui.id_reader import route_card

    page = window.page("new_application")
    someone = make_id(date(1970, 1, 1), seq=9)
    type_text(qtbot, page.ui.idNumberEdit, someone)
    assert route_card(window, demo_cards()[1]) == "refused"
    assert page.ui.idNumberEdit.text() == someone
    assert window.messages[-1][0] == "rule" and "Ctrl+N" in window.messages[-1][1]


def test_watcher_reads_a_card_once_while_it_lies_on_the_reader(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.card_reader import demo_cards
    from clerk_desk.gui.id_reader import IdReaderWatcher

    card = demo_cards()[0]

    class StickyReader:  # a real reader returns the card as long as it lies there
        def __init__(self) -> None:
            self.card = card

        def read(self):  # type: ignore[no-untyped-def]
            return self.card

    reader = StickyReader()
    watcher = IdReaderWatcher(reader)
    seen: list = []  # type: ignore[type-arg]
    watcher.card_read.connect(seen.append)
    for _ in range(3):
        watcher.poll()
        wait_tasks(qtbot)
    reader.card = None
    watcher.poll()
    wait_tasks(qtbot)
    reader.card = card
    watcher.poll()
    wait_tasks(qtbot)
    assert seen == [card, card]


# -- keyboard ------------------------------------------------------------------------------------------------
def test_new_application_tab_order_is_complete_and_starts_with_the_id(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.page("new_application")
    window.show_page("new_application")
    u = page.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is u.idNumberEdit)  # F2's page starts at the ID
    u.idNumberEdit.setFocus()
    choose(qtbot, u.applicantCombo, "proxy")  # every agent field enabled
    type_text(qtbot, u.idNumberEdit, make_id(date(1980, 5, 17)))
    page.evaluate()
    # the new checklist rows are shown on the next turn of the event loop
    qtbot.waitUntil(lambda: page._doc_combos and all(c.isVisible() for c in page._doc_combos.values()))
    u.idNumberEdit.setFocus()
    order = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is u.idNumberEdit:
            break
        order.append(focus)
    names = [w.objectName() for w in order if page.isAncestorOf(w)]
    expected_start = ["nameEdit", "phoneEdit", "addressEdit", "authorityEdit", "validFromEdit", "validToEdit",
                      "longTermCheck", "temporaryCheck", "kindCombo", "categoryCombo", "gapYearsSpin",
                      "paidBackSpin", "employmentCombo", "schemeCombo",
                      "socialCardEdit", "applicantCombo", "agentIdEdit", "agentNameEdit", "agentAuthorityEdit",
                      "agentValidFromEdit", "agentValidToEdit", "agentLongTermCheck", "agentPhoneEdit",
                      "agentRelationCombo", "letterCheck", "hukouStatusCombo", "householdNoEdit",
                      "householdTypeCombo", "sameAddressCheck", "hukouAddressEdit", "pageNameEdit", "pageIdEdit",
                      "relationToHeadCombo",
                      "registrationRegionEdit", "residencePermitEdit", "permitValidToEdit", "memberNameEdit",
                      "memberIdEdit", "memberRelationEdit", "addMemberButton", "removeMemberButton", "membersList"]
    assert names[:len(expected_start)] == expected_start, " ".join(names)
    docs = [f"doc_{code}" for code in page._doc_combos]
    assert docs and names[len(expected_start):len(expected_start) + len(docs)] == docs
    assert names[len(expected_start) + len(docs):][:1] == ["acceptButton"] or not u.acceptButton.isEnabled()
    # complete: every enabled, visible widget that takes Tab is in the chain
    focusable = [w for w in page.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.focusProxy() is None and not isinstance(w.parent(), QComboBox)]
    missing = [w.objectName() for w in focusable if w not in order and w is not u.idNumberEdit
               and w.objectName() not in ("qt_scrollarea_viewport",)]
    assert len(focusable) > 35 and missing == []


def test_every_listed_shortcut_exists_and_f1_lists_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.qt import QDialog, QKeySequence
    from clerk_desk.gui.shortcuts_help import shortcuts

    window.start_session(window.ctx.actor)  # the counter lock brings Ctrl+L
    wait_tasks(qtbot)
    keys = {s.key().toString() for s in window.findChildren(QShortcut)}
    keys |= {a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    elsewhere = {"Ctrl+P"}  # the print preview's own
    listed = {QKeySequence(k).toString() for k, _what in shortcuts() if k.isascii() and k not in elsewhere}
    assert listed - keys == set()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "ShortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    from clerk_desk.gui.qt import QTableView

    model = dialog.findChild(QTableView).model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert {k for k in shown if k.isascii()} >= {k for k, _what in shortcuts() if k.isascii() and k != "F8"}
    dialog.close()
