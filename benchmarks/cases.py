"""The benchmarks of ``benchmarks/run.py``: each of ours with its floor, on the filled database."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.run import Bench

DAY = date(2026, 11, 27)  # the bulk generator's busy day
ROW_SQL = ("SELECT a.id, a.number, a.status, a.kind, a.scheme, a.applicant_type, a.insured_name, a.insured_id_number, "
           "a.created_at, a.accepted_at, a.accepted_by, s.ready_by, s.provisional, s.pickup_code, a.agent_name, "
           "a.returned_at "
           "FROM application a LEFT JOIN pickup_slip s ON s.application_id = a.id ")


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _forms(count: int, start: int = 0) -> Iterator[Any]:
    from clerk_desk.domain.idnumber import check_character
    from tests.helpers.people import self_form

    for i in range(start, start + count):
        birth = date(1950, 1, 1) + timedelta(days=i // 500)
        body = f"320102{birth:%Y%m%d}{(i % 500) * 2 + 1:03d}"
        yield self_form(body + check_character(body), "孙" + "悟空八戒"[i % 4], birth=birth)


def _form_index(id_number: str) -> int:
    """The ``i`` of :func:`_forms` that made ``id_number`` (its birth date and sequence number)."""
    born = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    return (born - date(1950, 1, 1)).days * 500 + (int(id_number[14:17]) - 1) // 2


def _accept(engine: Any, conn: Any, *, pg: bool = False) -> tuple[Any, Any]:
    """Accept through the services, against the same rows written in plain SQL (``conn``: plain
    ``sqlite3``, or psycopg in autocommit mode with ``pg``)."""
    from sqlmodel import Session

    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc

    settings = Settings()
    settings.service_point.code, settings.service_point.name, settings.service_point.kind = "S001", "幸福街道", "street"
    clerk = Actor("wang", Role.CLERK, "王芳")
    # people not seen yet, also on a database kept from earlier runs: after the last one accepted
    last = conn.execute("SELECT max(insured_id_number) FROM application WHERE insured_id_number LIKE "
                        + ("'320102%%'" if pg else "'320102%'") + " AND point_code <> 'BARE'").fetchone()[0]
    forms = _forms(10_000, start=0 if last is None else _form_index(last) + 1)
    template = json.dumps(next(_forms(1)).to_dict(), ensure_ascii=False)

    def ours() -> None:
        with Session(engine) as s:
            svc.accept(s, clerk, next(forms), settings=settings)
            s.commit()

    return ours, _same_rows(conn, template, pg)


def _same_rows(conn: Any, template: str, pg: bool) -> Any:
    """The floor of Accept: the same rows as an acceptance (person, application, its two document
    checks, pickup slip, audit entry; the day's number, the change number and the audit head moved
    on) in one transaction of plain SQL: no rules, no hashing, no ORM."""
    q = (lambda sql: sql.replace("?", "%s")) if pg else (lambda sql: sql)
    ident = (lambda h: uuid.UUID(h)) if pg else (lambda h: h)
    columns = ("id, point_code, station, kind, scheme, status, applicant_type, insured_id_number, insured_name, "
               "name_pinyin, name_initials, agent_name, agent_id_number, agent_phone, agent_relation, "
               "authorization_letter, form, business_date, created_by, created_at, updated_at, accepted_by, "
               "ready_marked_by, handed_over_by, collector_type, collector_name, collector_id_number, "
               "collector_relation, cancelled_by, cancel_reason, number, person_id, change_seq")
    app_sql = q(f"INSERT INTO application ({columns}) VALUES ({', '.join('?' * 33)})")
    person_sql = q("INSERT INTO person (id, id_number, id_kind, name, sex, birth_date, phone, address, "
                   "id_card_authority, hukou_household_no, hukou_type, hukou_address, hukou_relation, "
                   "residence_permit_no, station, created_at, updated_at, change_seq) VALUES (?, ?, 'resident', "
                   "'孙悟空', 'M', '1950-01-01', '', '', '', '', '', '', '', '', 'BARE', ?, ?, ?)")
    check_sql = q("INSERT INTO document_check (id, application_id, document, result, note, station, created_at, "
                  "change_seq) VALUES (?, ?, ?, 'verified', '', 'BARE', ?, ?)")
    slip_sql = q("INSERT INTO pickup_slip (id, application_id, pickup_code, ready_by, provisional, issued_at, "
                 "station, change_seq) VALUES (?, ?, '123456', '2026-12-11', ?, ?, 'BARE', ?)")
    event_sql = q("INSERT INTO audit_event (id, station, seq, at, actor, action, target, details, prev_hash, hash, "
                  "change_seq) VALUES (?, 'BARE', ?, ?, 'wang', 'application.accept', ?, '{}', ?, ?, ?)")
    bump = q("UPDATE number_sequence SET value = value + 1 WHERE key = ? RETURNING value")
    head = q("UPDATE audit_head SET hash = ? WHERE station = 'BARE'")
    drop_bare(conn)  # a database kept from an earlier run: its floor rows go first
    for sql, params in ((q("INSERT INTO number_sequence (key, value) VALUES ('BARE', 0) ON CONFLICT DO NOTHING"), ()),
                        (q("INSERT INTO audit_head (station, seq, hash) VALUES ('BARE', 0, ?) ON CONFLICT DO NOTHING"),
                         ("0" * 64,))):
        conn.execute(sql, params)

    def floor() -> None:
        at = datetime.now()
        now: Any = at if pg else at.isoformat(sep=" ")
        app_id, person_id = uuid.uuid4().hex, uuid.uuid4().hex
        conn.execute("BEGIN")
        change = conn.execute(bump, ("changes",)).fetchone()[0]
        conn.execute(person_sql, (ident(person_id), "B" + app_id[:17], now, now, change))
        number = f"BARE-{conn.execute(bump, ('BARE',)).fetchone()[0]:08d}"
        conn.execute(app_sql, (ident(app_id), "BARE", "B", "new_enrollment", "resident", "cancelled", "self",
                               "320102195001010011", "孙悟空", "sunwukong", "swk", "", "", "", "", False, template,
                               DAY if pg else DAY.isoformat(), "wang", now, now, "", "", "", "", "", "", "", "", "",
                               number, ident(person_id), change))
        conn.cursor().executemany(check_sql, [(ident(uuid.uuid4().hex), ident(app_id), doc, now, change)
                                              for doc in ("id_card", "photo")])
        conn.execute(slip_sql, (ident(uuid.uuid4().hex), ident(app_id), False, now, change))
        seq, prev = conn.execute("UPDATE audit_head SET seq = seq + 1 WHERE station = 'BARE' RETURNING seq, hash"
                                 ).fetchone()
        conn.execute(event_sql, (ident(uuid.uuid4().hex), seq, now, number, prev, app_id + app_id, change))
        conn.execute(head, (app_id + app_id,))
        conn.execute("COMMIT")

    return floor


def drop_bare(conn: Any) -> None:
    """What the floor of Accept wrote (station and point ``BARE``) taken out again: its audit entries
    carry no real hashes, so left in they would break the audit chain that ``db check`` walks (which
    then stops at the break and is measured doing less than its whole work)."""
    conn.execute("BEGIN")
    for sql in ("DELETE FROM audit_event WHERE station = 'BARE'", "DELETE FROM audit_head WHERE station = 'BARE'",
                "DELETE FROM document_check WHERE station = 'BARE'", "DELETE FROM pickup_slip WHERE station = 'BARE'",
                "DELETE FROM application WHERE point_code = 'BARE'", "DELETE FROM person WHERE station = 'BARE'",
                "DELETE FROM number_sequence WHERE key = 'BARE'"):
        conn.execute(sql)
    conn.execute("COMMIT")


def accept_on_postgres(url: str) -> tuple[Any, Any]:
    """Accept on PostgreSQL (``url``; a schema ``clerk_bench`` made afresh there, migrated) against
    the same rows through psycopg: constant work, so an empty database measures it."""
    import psycopg

    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import engine_for
    from clerk_desk.store.db import normalize_url

    plain = normalize_url(url).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute("DROP SCHEMA IF EXISTS clerk_bench CASCADE")
        admin.execute("CREATE SCHEMA clerk_bench")
    scoped = normalize_url(url) + ("&" if "?" in url else "?") + "options=-csearch_path%3Dclerk_bench"
    engine = engine_for(ensure_database(scoped).url)
    conn = psycopg.connect(plain, autocommit=True, options="-csearch_path=clerk_bench")
    return _accept(engine, conn, pg=True)


def _search(engine: Any, conn: sqlite3.Connection, texts: list[str], raw: list[tuple[str, tuple[Any, ...]]]
            ) -> tuple[Any, Any]:
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services.search import search
    from clerk_desk.services.uow import reading

    clerk = Actor("wang", Role.CLERK, "王芳")
    ours_cycle, floor_cycle = itertools.cycle(texts), itertools.cycle(raw)

    def ours() -> None:  # as the search page looks up what is typed (AppContext.read)
        with reading(engine) as connection:
            assert search(connection, clerk, next(ours_cycle))

    def floor() -> None:
        sql, params = next(floor_cycle)
        assert conn.execute(sql, params).fetchall()

    return ours, floor


def _prefix(column: str, prefix: str) -> tuple[str, tuple[Any, ...]]:
    return (ROW_SQL + f"WHERE a.{column} >= ? AND a.{column} < ? AND a.status != 'draft' ORDER BY a.{column} LIMIT 50",
            (prefix, prefix + "\U0010ffff"))


def _targets(conn: sqlite3.Connection) -> dict[str, str]:
    number, id_number, code = conn.execute(
        "SELECT a.number, a.insured_id_number, s.pickup_code FROM application a JOIN pickup_slip s "
        "ON s.application_id = a.id WHERE a.status = 'accepted' ORDER BY a.number LIMIT 1").fetchone()
    name, initials = conn.execute("SELECT insured_name, name_initials FROM application WHERE length(insured_name) = 3 "
                                  "ORDER BY insured_name LIMIT 1").fetchone()
    return {"number": number, "id_number": id_number, "code": code, "name": name, "initials": initials}


def _lists(engine: Any, conn: sqlite3.Connection) -> tuple[Any, Any, Any, Any]:
    from sqlmodel import Session

    from clerk_desk.services import applications as svc

    day_sql = (ROW_SQL + "WHERE a.point_code = 'S001' AND a.business_date = ? AND a.status != 'draft' "
               "ORDER BY a.created_at DESC, a.id DESC")

    def first() -> None:
        with Session(engine) as s:
            svc.count_day(s, point_code="S001", day=DAY)
            assert len(svc.list_day(s, point_code="S001", day=DAY, limit=50)) == 50

    def first_floor() -> None:
        assert len(conn.execute(day_sql + " LIMIT 50", (DAY.isoformat(),)).fetchall()) == 50

    def scroll() -> None:
        shown: list[Any] = []
        with Session(engine) as s:
            while True:
                page = svc.list_day(s, point_code="S001", day=DAY, after=shown[-1] if shown else None, limit=50)
                if not page:
                    break
                shown += page
        assert len(shown) >= 5000

    def scroll_floor() -> None:
        assert len(conn.execute(day_sql, (DAY.isoformat(),)).fetchall()) >= 5000

    return first, first_floor, scroll, scroll_floor


def _report(engine: Any, conn: sqlite3.Connection, directory: Path) -> tuple[Any, Any]:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate
    from sqlmodel import Session

    from clerk_desk.config import Settings
    from clerk_desk.domain.masking import mask_id
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.printing import font_name
    from clerk_desk.services.printouts import daily_report

    settings = Settings()
    settings.service_point.code, settings.service_point.name, settings.service_point.kind = "S001", "幸福街道", "street"
    sup = Actor("zhao", Role.SUPERVISOR, "赵主任")
    font = font_name(None)

    def ours() -> None:
        with Session(engine) as s:
            daily_report(s, sup, point_code="S001", day=DAY, settings=settings, pdf=directory / "daily.pdf",
                         csv=directory / "daily.csv")
            s.commit()

    def floor() -> None:
        rows = conn.execute(
            "SELECT a.number, a.accepted_at, a.insured_name, a.insured_id_number, a.scheme, a.kind, a.accepted_by, "
            "a.status, s.ready_by FROM application a LEFT JOIN pickup_slip s ON s.application_id = a.id "
            "WHERE a.point_code = 'S001' AND a.business_date = ? AND a.accepted_at IS NOT NULL "
            "ORDER BY a.accepted_at", (DAY.isoformat(),)).fetchall()
        table = [[n, str(at)[11:16], nm, mask_id(i), sc, k, c, st, str(rb or "")] for n, at, nm, i, sc, k, c, st, rb
                 in rows]
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4)
        t = LongTable(table, repeatRows=0)
        t.setStyle([("FONT", (0, 0), (-1, -1), font, 7)])
        doc.build([t])
        (directory / "floor.pdf").write_bytes(buffer.getvalue())
        out = io.StringIO()
        csv.writer(out).writerows(table)
        (directory / "floor.csv").write_text(out.getvalue(), encoding="utf-8-sig")

    return ours, floor


def _supervisor_window(url: str) -> tuple[Any, Any]:
    """A supervisor's main window after login with every page built, until no query is pending,
    against a bare QMainWindow shown (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui import tasks
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.gui.qt import QApplication, QEvent, QMainWindow

    app = QApplication.instance() or QApplication([])
    settings = Settings()
    settings.service_point.code, settings.service_point.name, settings.service_point.kind = "S001", "幸福街道", "street"

    def settle() -> None:
        app.processEvents()
        while tasks.pending():
            app.processEvents()

    def ours() -> None:
        ctx = AppContext(settings, lang="zh", actor=Actor("zhao", Role.SUPERVISOR, "赵主任"), url=url)
        ctx.ready = True
        window = MainWindow(ctx)
        window.show()
        window.build_pages()
        settle()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # gone, with its event filters

    def floor() -> None:
        window = QMainWindow()
        window.resize(1024, 700)
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    return ours, floor


def _process(args: list[str], stdin: bytes | None = None, env: dict[str, str] | None = None) -> Any:
    def run() -> None:  # a run that fails measures something else: it stops the benchmark, saying why
        done = subprocess.run(args, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, **(env or {})})
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args[-3:])} exited {done.returncode}: {done.stderr.decode()[-2000:]}")

    return run


def _startup(directory: Path) -> tuple[Any, Any]:
    """``python main.py`` until its first window is exposed, against a bare PySide6 window
    (benchmarks/startup.py's pair, on the filled database's data directory)."""
    from benchmarks.startup import BARE

    env = {"QT_QPA_PLATFORM": "offscreen", "CLERK_DESK_DATA_DIR": str(directory), "CLERK_DESK_QUIT_AFTER_SHOWN": "1"}
    return (_process([sys.executable, str(Path(__file__).resolve().parents[1] / "main.py")], env=env),
            _process([sys.executable, "-c", BARE], env=env))


def _to_login(directory: Path) -> tuple[Any, Any]:
    """``python main.py`` until the login dialog is drawn with the database ready, against a bare
    PySide6 window (both whole processes; the data directory configured, with an account)."""
    from benchmarks.startup import BARE, TO_LOGIN, login_ready_data

    login_ready_data(directory)
    env = {"QT_QPA_PLATFORM": "offscreen", "CLERK_DESK_DATA_DIR": str(directory)}
    out = subprocess.run([sys.executable, "-c", TO_LOGIN], env={**os.environ, **env}, capture_output=True,
                         text=True, timeout=600, check=False)
    if out.returncode != 0 or "LOGIN-DIALOG" not in out.stdout:  # it must be the login dialog that quit it
        raise SystemExit(f"the program did not reach its login dialog ({out.returncode}):\n{out.stderr[-2000:]}")
    return _process([sys.executable, "-c", TO_LOGIN], env=env), _process([sys.executable, "-c", BARE], env=env)


def _numbers(n: int) -> bytes:
    from clerk_desk.domain.idnumber import check_character

    out = []
    for i in range(n):
        body = f"110105{1950 + i % 60}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
        out.append(body + check_character(body))
    return ("\n".join(out) + "\n").encode()


def benchmarks(url: str, directory: Path) -> list[Bench]:
    from clerk_desk.services import clock
    from clerk_desk.store.db import get_engine

    clock.set_clock(lambda: datetime(2026, 11, 27, 17, 30))
    engine = get_engine(url)
    conn = _raw(directory / "clerk_desk.sqlite3")
    t = _targets(conn)
    name = t["name"]
    prefixes = [name[:1], name[:2], name]
    first, first_floor, scroll, scroll_floor = _lists(engine, conn)
    py = sys.executable
    within = lambda r, ms=None: (lambda o, ratio: ratio <= r and (ms is None or o < ms))  # noqa: E731
    under = lambda ms: (lambda o, _r: o < ms)  # noqa: E731
    return [
        # Between two acceptances the counter copies SQLite's log into the file (AppContext, a moment
        # after each change: services.database.checkpoint); so here, before each call of either side,
        # untimed. Left to SQLite the copy (two fsyncs) fell inside whichever side's commit took the
        # log past 1,000 pages, and the p95 measured which side that was (ratio 1, 10 or 19).
        Bench("accept (p95)", *_accept(engine, conn), "≤ 15 × the same rows, bare INSERT+COMMIT", within(15),
              calls=20, p95=True, before=lambda: conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall(),
              after=lambda: drop_bare(conn)),
        Bench("lookup: ID number", *_search(engine, conn, [t["id_number"]], [(ROW_SQL + "WHERE a.insured_id_number = ?",
              (t["id_number"],))]), "≤ 10, < 2 ms", within(10, 2), calls=20),
        Bench("lookup: application number", *_search(engine, conn, [t["number"]], [(ROW_SQL + "WHERE a.number = ?",
              (t["number"],))]), "≤ 10, < 2 ms", within(10, 2), calls=20),
        Bench("lookup: pickup code", *_search(engine, conn, [t["code"]], [(
            ROW_SQL + "WHERE s.pickup_code = ?", (t["code"],))]), "≤ 10, < 2 ms", within(10, 2), calls=20),
        Bench("type: name prefix (张 → 张秀 → 张秀英)", *_search(engine, conn, prefixes,
              [_prefix("insured_name", p) for p in prefixes]), "≤ 10, < 16 ms", within(10, 16), calls=21),
        Bench("type: pinyin initials", *_search(engine, conn, [t["initials"][:1], t["initials"][:2], t["initials"]],
              [_prefix("name_initials", t["initials"][:k]) for k in (1, 2, 3)]), "≤ 10, < 16 ms", within(10, 16),
              calls=21),
        Bench("type: ID number prefix", *_search(engine, conn, [t["id_number"][:k] for k in (8, 10, 14)],
              [_prefix("insured_id_number", t["id_number"][:k]) for k in (8, 10, 14)]), "≤ 10, < 16 ms",
              within(10, 16), calls=21),
        Bench("today's list ready (5,000 that day)", first, first_floor, "< 50 ms", under(50), calls=10),
        Bench("today's list scrolled to the end", scroll, scroll_floor, "< 300 ms", under(300), calls=2),
        Bench("daily report data + PDF + CSV", *_report(engine, conn, directory), "< 1.5 s, ≤ 1.5 × LongTable + csv",
              within(1.5, 1500), calls=1),
        Bench("supervisor's pages ready after login", *_supervisor_window(url), "< 500 ms", under(500), calls=2),
        Bench("check-id 10,000 numbers, process", _process([py, "-m", "clerk_desk.cli", "check-id", "-"],
                                                           _numbers(10_000)),
              _process([py, "-c", "pass"]), "≤ 5 × python -c pass", within(5), calls=1, warm=False),
        Bench("start-up to the first window", *_startup(directory), "≤ 1.5 × bare PySide6 window", within(1.5),
              calls=1, warm=False),
        Bench("start-up to the login dialog, database ready", *_to_login(directory), "≤ 3 × bare PySide6 window",
              within(3), calls=1, warm=False),
        Bench("db check (full)", _process([py, "-m", "clerk_desk.cli", "db", "check"]),
              _process([py, "-c", f"import sqlite3; sqlite3.connect({str(directory / 'clerk_desk.sqlite3')!r})"
                                  ".execute('PRAGMA integrity_check').fetchall()"]),
              "< 60 s (floor: PRAGMA integrity_check)", under(60_000), calls=1, warm=False),
    ]


def postgres_benchmarks(url: str) -> list[Bench]:
    return [Bench("accept on PostgreSQL (p95)", *accept_on_postgres(url), "≤ 5 × the same rows through psycopg",
                  lambda _o, ratio: ratio <= 5, calls=20, p95=True)]
