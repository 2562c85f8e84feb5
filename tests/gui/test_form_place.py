"""The application form keeps its place and its width (issue 14): at 1366×768 nothing scrolls
sideways even with every problem shown, and the draft offer coming and going does not move the form."""

from __future__ import annotations

from clerk_desk.gui.qt import QApplication, Qt
from tests.gui.clerk import type_text
from tests.gui.conftest import make_ctx, wait_tasks
from tests.gui.test_new_application import ID, page_factory  # noqa: F401 - the fixture the tests use


def test_at_1366x768_no_sideways_scrolling_with_every_problem_shown(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.resize(1366, 768)
    window.show()
    window.show_page("new_application")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size().width() == 1366)
    window.activateWindow()  # the window manager's part (offscreen has none): shortcuts need it
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("new_application")
    u = page.ui
    type_text(qtbot, u.idNumberEdit, ID)
    page.ui.applicantCombo.setCurrentIndex(page.ui.applicantCombo.findData("guardian"))   # every section open
    qtbot.keyClick(u.idNumberEdit, Qt.Key.Key_F9)          # Accept: every problem beside its field and listed
    assert page.problems.list.isVisible() and u.hukouProblem.isVisible()
    bar = u.scrollArea.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    assert not bar.isVisible()
    wait_tasks(qtbot)


def test_the_draft_offer_does_not_move_the_form(qtbot, request) -> None:  # type: ignore[no-untyped-def]
    make = request.getfixturevalue("page_factory")
    page = make("street")
    type_text(qtbot, page.ui.idNumberEdit, ID)
    type_text(qtbot, page.ui.nameEdit, "张三")
    with qtbot.waitSignal(page.drafts.timer.timeout, timeout=5000):  # the autosave's debounce
        pass
    wait_tasks(qtbot)
    page.close()
    second = make("street")
    u = second.ui
    assert u.restoreDraftButton.isVisible()
    top = u.scrollArea.mapTo(second, u.scrollArea.rect().topLeft())
    qtbot.mouseClick(u.discardDraftButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not u.restoreDraftButton.isVisible())
    assert u.scrollArea.mapTo(second, u.scrollArea.rect().topLeft()) == top
    wait_tasks(qtbot)


def test_the_documents_checklist_shows_every_label_whole(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.resize(1366, 768)
    window.show()
    window.show_page("new_application")
    qtbot.waitExposed(window)
    page = window.page("new_application")
    u = page.ui
    type_text(qtbot, u.idNumberEdit, ID)
    u.applicantCombo.setCurrentIndex(u.applicantCombo.findData("proxy"))   # four rows: ID, book, agent, letter
    page.problems.all = True                                                 # as after Accept: every problem shown
    page.evaluate()
    form = u.documentsForm
    labels = [form.itemAt(i, form.ItemRole.LabelRole).widget() for i in range(form.rowCount())]
    assert len(labels) == 4

    qtbot.waitUntil(lambda: all(w.isVisible() for w in labels))
    QApplication.sendPostedEvents()   # the layout requests: every row laid out
    assert all(w.height() >= w.sizeHint().height() and w.width() >= w.sizeHint().width() for w in labels), [
        (w.text(), w.size(), w.sizeHint()) for w in labels]
    assert not u.scrollArea.horizontalScrollBar().isVisible()
    wait_tasks(qtbot)
