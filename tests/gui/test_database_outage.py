"""The hall's PostgreSQL goes away during Accept: the form stays, a message says so, Accept works on return.

The database is reached through a loopback proxy that the test cuts (every connection
dropped, nothing listening) and restores, as when the server stops and starts again.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.engine import make_url

from clerk_desk.gui.qt import Qt
from tests.gui.conftest import make_ctx, wait_tasks
from tests.gui.test_new_application import ID, fill_self_applicant
from tests.helpers.fixtures import _drop_pg_schema, pg_url, requires_postgres
from tests.helpers.tcp_proxy import CuttableProxy

pytestmark = [pytest.mark.postgres, requires_postgres]


@pytest.fixture
def proxied_url(fixed_clock):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import dispose_engines, make_engine, normalize_url

    real = make_url(normalize_url(pg_url() or ""))
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(real.render_as_string(hide_password=False))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    proxy = CuttableProxy(real.host or "127.0.0.1", real.port or 5432)
    url = real.set(host="127.0.0.1", port=proxy.port,
                   query={"options": f"-csearch_path={schema}", "connect_timeout": "3"})
    rendered = url.render_as_string(hide_password=False)
    ensure_database(rendered)
    yield proxy, rendered
    proxy.cut()
    dispose_engines()
    _drop_pg_schema(schema)


def test_server_stops_during_accept_and_comes_back(qtbot, proxied_url) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors
    from clerk_desk.gui.new_application import NewApplicationPage

    proxy, url = proxied_url
    ctx = make_ctx("street")
    ctx._url = url
    page = NewApplicationPage(ctx)
    page.messages = []
    errors.set_sink(lambda kind, text: page.messages.append((kind, text)))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    fill_self_applicant(qtbot, page)
    qtbot.waitUntil(page.ui.acceptButton.isEnabled)
    proxy.cut()  # the server stops while the clerk is at the desk
    qtbot.mouseClick(page.ui.acceptButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot, 30000)
    assert page.last_result is None
    kind, text = page.messages[-1]
    assert kind == "environment" and "数据库" in text
    assert page.ui.idNumberEdit.text() == ID and page.ui.nameEdit.text() == "张三"
    assert page.ui.acceptButton.isEnabled()

    proxy.restore()  # the server is back: the pool reconnects
    page.evaluate()
    qtbot.mouseClick(page.ui.acceptButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot, 30000)
    result = page.last_result
    assert result is not None and result.slip is not None and result.slip.ready_by == date(2026, 12, 2)
