"""No query of the services scans a big table: EXPLAIN QUERY PLAN on a filled 100k database.

The database is built once per session by the bulk generator (tests/helpers/bulk.py: a
year of a street point, 100,000 applications, 5,000 of them today).  Each use case runs
with every statement it sends captured; each captured ``SELECT``/``UPDATE``/``DELETE`` is
then explained by SQLite, and a ``SCAN`` of a big table fails the test (a ``SEARCH`` on an
index is what we want).  SQLite has no statistics here (no ``ANALYZE``), as on a counter.

Small by nature, so a scan of them is fine: :data:`SMALL_TABLES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import Session, select

from clerk_desk.config import Settings
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.domain.slipcode import encode_slip
from clerk_desk.domain.workflow import Status
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.audit_query import AuditFilter
from clerk_desk.store.models import Application, PickupSlip
from tests.helpers.people import make_id, self_form

ROWS = 100_000
TODAY = date(2026, 11, 27)
# one row per account, service point, calendar year, point-day (numbers, closures), station, peer
SMALL_TABLES = {"user_account", "service_point", "calendar_year", "number_sequence", "day_closure", "audit_head",
                "sync_state", "alembic_version"}
BIG_TABLES = {"application", "person", "pickup_slip", "audit_event", "document_check", "print_log", "correction"}
STATUSES = {s.value for s in Status}
FEW_STATUSES = {"draft", "accepted", "returned"}
CLERK = Actor("wang", Role.CLERK, "王芳")
SUP = Actor("zhao", Role.SUPERVISOR, "赵主任")
ADMIN = Actor("root", Role.ADMIN, "管理员")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine
    from tests.helpers.bulk import fill

    path = tmp_path_factory.mktemp("plans") / "filled.sqlite3"
    url = f"sqlite:///{path}"
    ensure_database(url)
    engine = get_engine(url)
    fill(engine, applications=ROWS, today=TODAY, busy_today=5000)
    yield engine
    engine.dispose()


def _street() -> Settings:
    s = Settings()
    s.service_point.code, s.service_point.name, s.service_point.kind = "S001", "幸福街道医保服务点", "street"
    return s


def _use_cases(engine: Any) -> list[tuple[str, Callable[[Session], Any]]]:
    with Session(engine) as s:
        app, slip = s.exec(select(Application, PickupSlip).join(PickupSlip, PickupSlip.application_id == Application.id)
                           .where(Application.status == "accepted").limit(1)).one()
        ready = s.exec(select(Application).where(Application.status == "ready").limit(1)).one()
    settings = _street()
    birth = date(1966, 6, 6)
    fresh = [make_id(birth, seq=900 + i, region="320102") for i in range(3)]

    def accept(s: Session) -> Any:
        return svc.accept(s, CLERK, self_form(fresh[0], "孙悟空", birth=birth), settings=settings)

    def duplicate(s: Session) -> Any:
        with pytest.raises(Exception, match="不能重复受理|cannot be registered twice"):
            svc.accept(s, CLERK, self_form(app.insured_id_number, app.insured_name, birth=birth), settings=settings)

    def draft_and_return(s: Session) -> Any:
        draft = svc.save_draft(s, CLERK, self_form(fresh[1], "猪八戒", birth=birth), settings=settings)
        svc.latest_drafts(s)
        svc.discard_draft(s, CLERK, draft)
        form = self_form(fresh[2], "沙和尚", birth=birth, documents={"insured_id_card": "verified"})
        svc.return_with_notice(s, CLERK, form, settings=settings)

    def page_through(s: Session) -> Any:
        first = svc.list_day(s, point_code="S001", day=TODAY, limit=50)
        svc.list_day(s, point_code="S001", day=TODAY, after=first[-1], limit=50)
        svc.count_day(s, point_code="S001", day=TODAY)

    def searches(s: Session) -> Any:
        for text in (app.number, encode_slip(app.number or "", slip.pickup_code), slip.pickup_code,
                     app.insured_id_number, app.insured_id_number[:10], "张", "张秀", "zh", "zxy", "秀",
                     "110105800517001"):
            svc.search(s, CLERK, text, record=True)

    def cards(s: Session) -> Any:
        svc.late_cards(s, point_code="S001", today=TODAY)
        svc.awaiting_cards(s, point_code="S001")
        svc.uncollected_cards(s, point_code="S001", today=TODAY, days=30)
        svc.mark_ready(s, SUP, [app.id], settings=settings)
        svc.hand_over(s, CLERK, ready.id, svc.Collector("insured", ready.insured_id_number, long_term=True),
                      settings=settings)

    def record(s: Session) -> Any:
        from clerk_desk.services import privacy

        svc.get_detail(s, CLERK, app.id)
        privacy.reveal_id(s, SUP, app.id, reason="核对")

    def report(s: Session) -> Any:
        from clerk_desk.services.printouts import daily_report_data

        daily_report_data(s, SUP, point_code="S001", day=TODAY, settings=settings)
        daily_report_data(s, SUP, point_code="S001", day=TODAY + timedelta(days=3), settings=settings)

    def print_receipt(s: Session) -> Any:
        from clerk_desk.services.printouts import print_document

        print_document(s, CLERK, app.id, "receipt", settings=settings)

    def cancel_and_close(s: Session) -> Any:
        from clerk_desk.services.closing import close_day

        svc.cancel(s, SUP, app.id, "重复登记", settings=settings)
        close_day(s, SUP, "S001", TODAY - timedelta(days=1))

    def audit_pages(s: Session) -> Any:
        from clerk_desk.services import audit_query

        for flt in (AuditFilter(), AuditFilter(user="wang")):
            page = audit_query.search(s, ADMIN, flt, limit=50)
            for _ in range(3):  # deeper pages: after the last entry shown (keyset), never OFFSET
                page = audit_query.search(s, ADMIN, flt, after=page.after, limit=50)

    return [("accept", accept), ("duplicate", duplicate), ("draft and return", draft_and_return),
            ("today's pages", page_through), ("search", searches), ("cards", cards), ("record", record),
            ("daily report", report), ("receipt", print_receipt), ("cancel and close", cancel_and_close),
            ("audit pages", audit_pages)]


def _capture(engine: Any, work: Callable[[Session], Any]) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn, _cursor, statement, parameters, _context, executemany) -> None:  # type: ignore[no-untyped-def]
        if not executemany and re.match(r"\s*(SELECT|UPDATE|DELETE)\b", statement, re.I):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        with Session(engine) as s:
            work(s)
            s.commit()
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    return seen


def _bounded(plan: list[str], sql: str, params: Any) -> bool:
    """The statement reads rows in an index's order and stops at its LIMIT (a first page):
    a LIMIT, no rows skipped by OFFSET, and no sort of everything found (temp B-tree)."""
    offset = re.search(r"\bOFFSET\s+(\?|\d+)\s*$", sql, re.I)  # SQLAlchemy writes OFFSET ? after every LIMIT
    skipped = 0 if offset is None else int(params[-1] if offset.group(1) == "?" else offset.group(1))
    return (re.search(r"\bLIMIT\b", sql, re.I) is not None and skipped == 0
            and not any("TEMP B-TREE FOR ORDER BY" in line for line in plan))


def _walks(detail: str, bounded: bool, params: Any) -> bool:
    """Whether a plan line reads a big share of a big table.

    * ``SCAN t`` (the table, or a whole index): yes, unless it walks an index and is
      :func:`_bounded`;
    * ``SEARCH t USING INDEX … (point_code=? AND status=?)``: an index narrowed only by
      point, station or status still walks most of the table (every collected card: the
      first edition's duplicate check), unless it is bounded or the status asked for is one
      of the few open ones (draft, accepted, returned).
    """
    scan = re.match(r"SCAN (\w+)( USING (?:COVERING )?INDEX \w+)?$", detail)
    if scan:
        return scan.group(1) in BIG_TABLES and not (scan.group(2) and bounded)
    search = re.match(r"SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \((.*)\)", detail)
    if not search or search.group(1) not in BIG_TABLES or bounded:
        return False
    columns = set(re.findall(r"(\w+)(?:=|>|<| IN\b)", search.group(2)))
    if not columns <= {"point_code", "station", "status"}:
        return False
    asked = {p for p in (params or ()) if isinstance(p, str) and p in STATUSES}
    return "status" not in columns or not asked or not asked <= FEW_STATUSES


def scans(engine: Any, statements: list[tuple[str, Any]]) -> list[str]:
    """The plan lines that walk a big table (see :func:`_walks`), each with its statement."""
    bad = []
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for sql, params in statements:
            plan = [row[-1] for row in cur.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
            bounded = _bounded(plan, sql, params)
            bad += [f"{line}\n    in: {' '.join(sql.split())[:300]}" for line in plan if _walks(line, bounded, params)]
    finally:
        raw.close()
    return bad


def test_no_service_query_scans_a_big_table(filled, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.services.calendar import ensure_published_years

    monkeypatch.setenv("CLERK_DESK_DATA_DIR", str(tmp_path))
    with Session(filled) as s:
        ensure_published_years(s)
        s.commit()
    clock.set_clock(lambda: datetime(2026, 11, 27, 17, 30))
    try:
        found: dict[str, list[str]] = {}
        total = 0
        for name, work in _use_cases(filled):
            statements = _capture(filled, work)
            assert statements, f"{name} sent no query"  # the capture works
            total += len(statements)
            if bad := scans(filled, statements):
                found[name] = bad
    finally:
        clock.set_clock(None)
    assert total > 50
    assert not found, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


def test_the_check_sees_a_scan(filled) -> None:  # type: ignore[no-untyped-def]
    """The detector itself, on literal queries: what it must report and what it must let pass."""
    bad_ones = [
        ("SELECT id FROM application WHERE agent_phone = ?", ("13800000000",)),  # no index
        # the first edition's duplicate check: SQLite chose the status index and walked every collected card
        ("SELECT id FROM application INDEXED BY ix_application_status WHERE insured_id_number = ? AND status = ?",
         ("110105198005170015", "collected")),
        ("SELECT id FROM application ORDER BY created_at DESC LIMIT 50", ()),  # sorts the whole table
        ("SELECT id FROM application INDEXED BY ix_application_point_day_created WHERE point_code = ? "
         "ORDER BY point_code LIMIT 50 OFFSET 90000", ("S001",)),  # a deep OFFSET page
    ]
    good_ones = [
        ("SELECT id FROM application WHERE number = ?", ("S001-20261127-0001",)),
        ("SELECT id FROM application WHERE status = ? AND station = ?", ("draft", "BULK-01")),
        ("SELECT id FROM application WHERE point_code = ? ORDER BY point_code LIMIT 50", ("S001",)),
    ]
    assert [len(scans(filled, [q])) > 0 for q in bad_ones] == [True] * len(bad_ones)
    assert scans(filled, good_ones) == []


def test_filled_database_is_realistic(filled) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func

    with Session(filled) as s:
        by_status = dict(s.exec(select(Application.status, func.count()).group_by(Application.status)).all())
        today = s.exec(select(func.count()).select_from(Application).where(Application.business_date == TODAY)).one()
    assert ROWS <= sum(by_status.values()) <= ROWS + 5  # (the plan test may have added its few)
    assert set(by_status) >= {"accepted", "ready", "collected", "returned", "cancelled"}
    assert by_status["collected"] > ROWS // 2 and 5000 <= today <= 5005
