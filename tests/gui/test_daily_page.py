"""日报与日结 (F7): the supervisor's figures of a day, the report's preview and CSV, closing the day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from clerk_desk.gui.qt import QApplication, QFileDialog, QMessageBox, Qt
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, proxy_form, self_form

DAY = date(2026, 11, 27)  # the fixed clock's Friday
PASSWORD = "Counter-2026-ok"


@pytest.fixture(autouse=True)
def _no_system_printers(monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))


@pytest.fixture
def demo_day(database):  # type: ignore[no-untyped-def]
    """The day at 幸福街道: two clerks accept five, one is cancelled, one card is ready, one walk-in returned."""
    from clerk_desk.domain.application_form import Scheme
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import accounts
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import get_engine, session_scope

    settings = settings_for("street")
    sup, wang, li = (Actor("zhao", Role.SUPERVISOR, "赵主任"), Actor("wang", Role.CLERK, "王芳"),
                     Actor("li", Role.CLERK, "李明"))
    with session_scope(get_engine(database)) as s:
        accounts.create_first_supervisor(s, username="zhao", password=PASSWORD, display_name="赵主任")
        accounts.create_user(s, sup, username="wang", role="clerk", password=PASSWORD, display_name="王芳")
        accounts.create_user(s, sup, username="li", role="clerk", password=PASSWORD, display_name="李明")
    with session_scope(get_engine(database)) as s:
        ids = []
        for i, name in enumerate(["张伟", "李娜", "刘洋"]):
            birth = date(1970 + i * 7, 3, 9)
            ids.append(svc.accept(s, wang, self_form(make_id(birth, seq=20 + i), name, birth=birth),
                                  settings=settings).application_id)
        birth = date(1985, 6, 1)
        ids.append(svc.accept(s, li, proxy_form(make_id(birth, seq=31), make_id(date(1983, 2, 2), seq=32),
                                                birth=birth, agent_birth=date(1983, 2, 2)),
                              settings=settings).application_id)
        birth = date(1990, 10, 10)
        flexible = self_form(make_id(birth, seq=41), "陈静", birth=birth, scheme=Scheme.EMPLOYEE_FLEXIBLE,
                             employment="flexible")
        ids.append(svc.accept(s, li, flexible, settings=settings).application_id)
        svc.mark_ready(s, sup, ids[:1], settings=settings)
        svc.cancel(s, sup, ids[1], "重复登记", settings=settings)
        birth = date(1992, 1, 1)
        svc.return_with_notice(s, wang, self_form(make_id(birth, seq=51), "周杰", birth=birth,
                                                  documents={"insured_id_card": "verified"}), settings=settings)
    return database


def supervisor_window(qtbot):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx("street", SUPERVISOR))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.build_pages()
    wait_tasks(qtbot)
    return window


def open_daily_page(qtbot, window):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F7)
    page = window.page("daily_page")
    assert window.ui.pages.currentWidget() is page
    wait_tasks(qtbot)
    return page


def figures(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {key: int(label.text()) for key, label in page.figure_labels.items()}


def totals(page, key: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    table = page.total_tables[key].model()
    return {table.text(r, 0): int(table.text(r, 1)) for r in range(table.rowCount()) if table.text(r, 1)}


def confirm_closing(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The supervisor clicks 日结 in the confirmation; the closing, then the figures again."""
    box = page.confirm_box
    close = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    wait_tasks(qtbot)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_f7_shows_the_days_figures_and_the_date_moves_by_keyboard(qtbot, demo_day) -> None:  # type: ignore[no-untyped-def]
    window = supervisor_window(qtbot)
    page = open_daily_page(qtbot, window)
    assert page.day == DAY and page.date_edit.hasFocus()
    assert figures(page) == {"accepted": 5, "slips_issued": 5, "cards_ready": 1, "cards_collected": 0,
                             "returned": 1, "cancelled": 1}
    assert totals(page, "by_clerk") == {"王芳": 3, "李明": 2}
    assert totals(page, "by_applicant") == {"本人办理": 4, "他人代办": 1}
    assert sum(totals(page, "by_scheme").values()) == 5 and sum(totals(page, "by_kind").values()) == 5
    assert page.state_label.text() == "未日结" and page.close_button.isEnabled()
    assert page.list_view.model().rowCount() == 5 and page.list_label.text() == "当日业务明细（5 笔）"
    names = {page.list_view.model().text(r, 2) for r in range(5)}
    assert names == {"张伟", "李娜", "刘洋", "张三", "陈静"}
    assert all("*" in page.list_view.model().text(r, 3) for r in range(5))  # ID numbers masked

    qtbot.keyClick(page.date_edit, Qt.Key.Key_PageUp)  # the day before: nothing happened yet
    wait_tasks(qtbot)
    assert page.day == DAY - timedelta(days=1)
    assert figures(page)["accepted"] == 0 and totals(page, "by_clerk") == {}
    qtbot.keyClick(page.date_edit, Qt.Key.Key_PageDown)
    wait_tasks(qtbot)
    assert page.day == DAY and figures(page)["accepted"] == 5


def test_preview_renders_the_report_as_a_kept_pdf(qtbot, demo_day, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import data_dir
    from clerk_desk.gui.printing import PreviewDialog

    window = supervisor_window(qtbot)
    window.ctx.settings.printing.paper = "80mm"  # the counter's receipts are on a roll
    page = open_daily_page(qtbot, window)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreviewDialog) and dialog.isVisible()
    assert "业务日报" in dialog.windowTitle() and "S001" in dialog.windowTitle()
    path = dialog.printed[0].path
    assert path.parent == data_dir() / "printouts" and path.name.startswith(f"daily-S001-{DAY}")
    assert dialog.documents[0].pageCount() >= 1
    text = pdf_text(path)
    assert "幸福街道医保服务点" in text and "业务日报" in text

    from PySide6.QtPrintSupport import QPrinter  # 打印: on A4 whatever paper the receipts use

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.printer.choose_printer = lambda _settings, _parent: printer
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    from shiboken6 import isValid

    # the pages are painted in a worker; the preview then closes (and is deleted)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    assert window.statusBar().currentMessage() == "已送打印机：业务日报"
    sheets = pypdf.PdfReader(tmp_path / "printed.pdf").pages
    assert len(sheets) == len(pypdf.PdfReader(path).pages)
    assert round(float(sheets[0].mediabox.width)) == 595  # A4, not the 80 mm roll
    wait_tasks(qtbot)


def test_csv_export_is_utf8_with_bom(qtbot, demo_day, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = supervisor_window(qtbot)
    page = open_daily_page(qtbot, window)
    target = tmp_path / "日报"  # no suffix typed: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV")))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    written = target.with_name("日报.csv")
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "幸福街道医保服务点" in raw.decode("utf-8-sig") or "S001" in raw.decode("utf-8-sig")
    assert str(written) in window.ui.messageBar.text()


def test_closing_the_day_then_a_clerk_is_refused(qtbot, demo_day) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = supervisor_window(qtbot)
    page = open_daily_page(qtbot, window)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "更正" in box.text() and "2026-11-27" in box.text()
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole  # Enter does not close it
    confirm_closing(qtbot, page)
    assert page.state_label.text() == "已日结：赵主任 于 2026-11-27 10:00"
    assert not page.close_button.isEnabled()
    assert "已日结" in window.ui.messageBar.text()

    # a clerk at the next counter accepts one more walk-in on that day: refused
    clerk = MainWindow(make_ctx("street"))
    qtbot.addWidget(clerk)
    clerk.show()
    clerk.build_pages()
    wait_tasks(qtbot)
    form_page = clerk.page("new_application")
    clerk.show_page("new_application")
    birth = date(1979, 9, 9)
    form_page.set_form(self_form(make_id(birth, seq=61), "孙丽", birth=birth))
    form_page.evaluate()
    assert form_page.ui.acceptButton.isEnabled(), form_page.ui.blockingLabel.text()
    qtbot.mouseClick(form_page.ui.acceptButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "已日结" in clerk.ui.messageBar.text() and "更正" in clerk.ui.messageBar.text()
    assert form_page.ui.nameEdit.text() == "孙丽"  # the form keeps what was typed


def test_a_future_day_and_a_closed_day_are_refused_with_the_services_message(qtbot, demo_day) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services.closing import close_day
    from clerk_desk.store.db import get_engine, session_scope

    window = supervisor_window(qtbot)
    page = open_daily_page(qtbot, window)
    page.set_day(DAY + timedelta(days=1))
    wait_tasks(qtbot)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    confirm_closing(qtbot, page)
    assert "不能日结尚未到来的日期 2026-11-28" in window.ui.messageBar.text()
    assert page.state_label.text() == "未日结"

    # another supervisor closed today at the other counter while this page still showed it open
    page.set_day(DAY)
    wait_tasks(qtbot)
    with session_scope(get_engine(demo_day)) as s:
        close_day(s, Actor("qian", Role.SUPERVISOR, "钱组长"), "S001", DAY)
    page.close_day(DAY)
    wait_tasks(qtbot)
    wait_tasks(qtbot)
    assert "已于 2026-11-27 10:00 由 qian 日结" in window.ui.messageBar.text()
    assert page.state_label.text().startswith("已日结") and not page.close_button.isEnabled()


def test_a_clerk_never_sees_the_page(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx("street"))
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    wait_tasks(qtbot)
    before = window.ui.pages.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.page("daily_page") is None and window.ui.pages.currentWidget() is before
    titles = [window.ui.pages.tabText(i) for i in range(window.ui.pages.count())]
    assert not any("日报" in t for t in titles)
