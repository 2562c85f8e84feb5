"""Data ▸ 上传 / 下载 / 导出数据包 / 导入数据包: the sync dialog, in workers, with counts and safe failures."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from clerk_desk.gui.qt import QFileDialog, Qt
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.fixtures import pg_url, requires_postgres
from tests.helpers.people import make_id, self_form

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/none"


def accept_some(url: str, n: int = 3) -> list[str]:
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import get_engine, session_scope

    ctx = make_ctx()
    with session_scope(get_engine(url)) as s:
        return [svc.accept(s, ctx.actor, self_form(make_id(date(1975, 1, 1 + i), seq=70 + i), f"人{i}",
                                                   birth=date(1975, 1, 1 + i)), settings=settings_for()).number
                for i in range(n)]


def applications_in(url: str) -> int:
    from clerk_desk.store.db import get_engine
    from clerk_desk.store.models import Application

    with Session(get_engine(url)) as s:
        return int(s.exec(select(func.count()).select_from(Application)).one())


def window_for(qtbot, ctx):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    wait_tasks(qtbot)
    return window


def other_database(tmp_path: Path, name: str = "hall") -> str:
    from clerk_desk.services.database import ensure_database

    url = f"sqlite:///{tmp_path / name}.sqlite3"
    ensure_database(url)
    return url


def finish(qtbot, dialog) -> str:  # type: ignore[no-untyped-def]
    """Wait for the dialog's worker; the result it shows."""
    wait_tasks(qtbot, timeout=30000)
    assert not dialog.busy and dialog.result_label.isVisible()
    return dialog.result_label.text()


def test_bundle_exported_here_is_imported_into_another_database(qtbot, database, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.sync_dialog import SyncDialog

    numbers = accept_some(database)
    window = window_for(qtbot, make_ctx(who=SUPERVISOR))
    assert window.ui.menuData.menuAction().isVisible()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(stick / "s001"), "")))
    window.ui.actionExportBundle.trigger()
    dialog = window.sync_dialog
    assert dialog.isVisible() and dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    text = finish(qtbot, dialog)
    bundle = stick / "s001.cdb"
    assert bundle.exists() and text.startswith("已导出") and str(bundle) in text
    assert dialog.import_button.isEnabled() and not dialog.progress.isVisible()

    # the hall's counter imports the stick
    monkeypatch.setenv("CLERK_DESK_STATION", "HALL-1")
    hall_url = other_database(tmp_path)
    hall = AppContext(settings_for(), lang="zh", actor=make_ctx(who=SUPERVISOR).actor, url=hall_url)
    hall.ready = True
    hall_dialog = SyncDialog(hall)
    qtbot.addWidget(hall_dialog)
    hall_dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), "")))
    qtbot.mouseClick(hall_dialog.import_button, Qt.MouseButton.LeftButton)
    text = finish(qtbot, hall_dialog)
    inserted = hall_dialog.last_result.total_inserted
    assert inserted > len(numbers) and text == f"数据包已导入：新增 {inserted} 条，更新 0 条，未变 0 条"
    assert applications_in(hall_url) == len(numbers)
    qtbot.mouseClick(hall_dialog.import_button, Qt.MouseButton.LeftButton)  # a second time: harmless
    assert finish(qtbot, hall_dialog).startswith("数据包已导入：新增 0 条，更新 0 条")
    assert applications_in(hall_url) == len(numbers)


def test_a_damaged_bundle_changes_nothing(qtbot, database, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.services import sync
    from clerk_desk.store.db import get_engine, session_scope

    accept_some(database, 2)
    bundle = tmp_path / "s001.cdb"
    with session_scope(get_engine(database)) as s:
        sync.export_bundle(s, make_ctx().actor, bundle)
    broken = tmp_path / "pulled-out.cdb"
    broken.write_bytes(bundle.read_bytes()[:200])
    hall_url = other_database(tmp_path)
    window = window_for(qtbot, make_ctx())  # a clerk may synchronise too
    window.ctx._url = hall_url
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), "")))
    window.ui.actionImportBundle.trigger()
    text = finish(qtbot, window.sync_dialog)
    assert "不完整或已损坏" in text and "未导入任何数据" in text
    assert window.sync_dialog.result_label.property("kind") == "rule"
    assert applications_in(hall_url) == 0


def test_push_to_an_unreachable_server_says_so_and_loses_nothing(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    accept_some(database, 2)
    ctx = make_ctx(who=SUPERVISOR)
    ctx.settings.sync.central_url = UNREACHABLE
    window = window_for(qtbot, ctx)
    window.ui.actionPush.trigger()
    dialog = window.sync_dialog
    assert dialog.progress.isVisible() and "正在上传" in dialog.busy_label.text()
    dialog.reject()  # the clerk cannot close it halfway: the worker reports here
    assert dialog.isVisible()
    text = finish(qtbot, dialog)
    assert text.startswith("无法连接中心数据库") and "本机数据未受影响" in text
    assert dialog.result_label.property("kind") == "environment"
    assert "nobody@127.0.0.1:1/none" in dialog.url_label.text()
    assert applications_in(database) == 2
    assert window._sync_state.text() == "同步：已配置中心库"  # nothing was sent: no time shows
    dialog.reject()
    assert not dialog.isVisible()


def test_a_locked_local_database_is_not_said_to_be_the_central(qtbot, database, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.store.db import sqlite_path
    from tests.faults.test_sync_failures import _lock_local_during_merge

    if sqlite_path(database) is None:
        pytest.skip("a SQLite file at the street point")
    accept_some(database, 2)
    held = _lock_local_during_merge(monkeypatch, sqlite_path(database))
    ctx = make_ctx(who=SUPERVISOR)
    ctx.settings.sync.central_url = other_database(tmp_path)
    window = window_for(qtbot, ctx)
    window.ui.actionPush.trigger()
    text = finish(qtbot, window.sync_dialog)
    assert held and "数据库正被其他操作占用" in text and "中心数据库" not in text
    assert window.sync_dialog.result_label.property("kind") == "environment"
    held[0].rollback()
    held[0].close()
    assert applications_in(database) == 2


def test_without_a_central_database_the_dialog_offers_the_settings(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.settings_dialog import SettingsDialog

    window = window_for(qtbot, make_ctx(who=SUPERVISOR))
    window.ui.actionPull.trigger()
    dialog = window.sync_dialog
    assert not dialog.busy and "未设置中心数据库地址" in dialog.result_label.text()
    assert dialog.settings_button.isVisible()
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings = dialog.settings_dialog
    assert isinstance(settings, SettingsDialog) and settings.isVisible()
    assert settings.tabs.currentWidget().isAncestorOf(settings.centralUrlEdit)
    settings.reject()
    clerk = window_for(qtbot, make_ctx())
    clerk.ui.actionPush.trigger()
    assert "请负责人" in clerk.sync_dialog.result_label.text() and not clerk.sync_dialog.settings_button.isVisible()


@pytest.fixture
def central_url():  # type: ignore[no-untyped-def]
    """A fresh schema on the test PostgreSQL server, named in the URL's connect options."""
    from sqlalchemy import text

    from clerk_desk.store.db import make_engine, normalize_url

    base = normalize_url(pg_url() or "")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    from clerk_desk.store.db import dispose_engines

    dispose_engines()
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.mark.postgres
@requires_postgres
def test_push_then_pull_through_postgresql(qtbot, database, central_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    numbers = accept_some(database, 3)
    ctx = make_ctx(who=SUPERVISOR)
    ctx.settings.sync.central_url = central_url
    window = window_for(qtbot, ctx)
    assert window._sync_state.text() == "同步：已配置中心库"
    window.ui.actionPush.trigger()
    dialog = window.sync_dialog
    text = finish(qtbot, dialog)
    assert text.startswith("上传完成：新增 ") and dialog.last_result.inserted["application"] == 3, text
    wait_tasks(qtbot)  # the status bar reads the sync state
    assert window._sync_state.text() == "同步：上次上传 2026-11-27 10:00，上次下载 从未"
    qtbot.mouseClick(dialog.push_button, Qt.MouseButton.LeftButton)  # again: only what changed since
    assert finish(qtbot, dialog).startswith("上传完成：新增 0 条")

    # another street point's counter pulls from the hall
    monkeypatch.setenv("CLERK_DESK_STATION", "TEST-02")
    other = make_ctx(who=SUPERVISOR)
    other._url = other_database(tmp_path, "other")
    other.settings.sync.central_url = central_url
    other_window = window_for(qtbot, other)
    other_window.ui.actionPull.trigger()
    text = finish(qtbot, other_window.sync_dialog)
    assert text.startswith("下载完成：新增 ") and other_window.sync_dialog.last_result.inserted["application"] == 3
    assert applications_in(other._url) == 3
    wait_tasks(qtbot)
    assert other_window._sync_state.text() == "同步：上次上传 从未，上次下载 2026-11-27 10:00"
    today = other_window.page("today_page")
    assert today.model.total == len(numbers)  # the pulled applications show at once
