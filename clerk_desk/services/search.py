"""Search as the clerk types: each kind of text is one indexed lookup.

=================================  ======================================================
what was typed                     looked up
=================================  ======================================================
the slip's QR payload              the application number it carries (exact)
an application number              exact
6 digits                           the pickup code printed on the slip (exact), else an
                                   ID-number prefix
a full ID number (15 or 18)        exact (a 15-digit one also as its 18-digit upgrade)
other digits (with a final X)      ID-number prefix, in ID-number order
Latin letters                      pinyin initials prefix (zs → 张三), then whole-pinyin
                                   prefix (zhang → 张…), in pinyin order
anything else                      name prefix (张 → 张秀英), in name order; when no name
                                   starts so, a name *substring* (秀英 → 张秀英) among the
                                   :data:`SUBSTRING_SCAN` most recent applications only
=================================  ======================================================

Drafts are never listed.  Rows are masked (:class:`ApplicationRow`).

Typing looks up on a read-only connection (``uow.reading``: no Session, which would cost as
much again as the lookup); a submitted search writes its audit entry, so it runs in a unit of
work (a Session).

Auditing: a row of a list shows no full ID number, address or phone, so typing is not
audited keystroke by keystroke; a *submitted* search (``record=True``: Enter in the search
box, ``clerk-desk find``) writes one ``search`` entry (what kind of lookup, the text with
any ID number masked, how many found), and opening a record, revealing, printing and
exporting are audited where they happen, as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.engine import Connection
from sqlmodel import Session, col, select

from clerk_desk.domain.idnumber import mask, normalize, upgrade_legacy15
from clerk_desk.domain.pinyin import looks_like_pinyin
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.domain.slipcode import parse_slip
from clerk_desk.domain.workflow import Status
from clerk_desk.services import audit
from clerk_desk.services.application_queries import ApplicationRow, row_of, row_select
from clerk_desk.services.permissions import require
from clerk_desk.store.models import Application, PickupSlip

SUBSTRING_SCAN = 5000  # the substring fallback reads at most this many recent rows
MAX_LIMIT = 500
_NUMBER_RE = re.compile(r"^[A-Za-z0-9_]{1,16}-\d{8}-\d{4}$")
_TOP = "\U0010ffff"  # sorts after every character: [p, p + _TOP) holds the strings starting with p


def classify(text: str) -> tuple[str, str]:
    """``(how, key)``: which lookup the typed text asks for (see the table above)."""
    query = (text or "").strip()
    slip, _ = parse_slip(query)
    if slip is not None:
        return "slip", slip.application_number
    if _NUMBER_RE.match(query.upper()):
        return "number", query.upper()
    cleaned = normalize(query)
    if re.fullmatch(r"\d{6}", cleaned):
        return "pickup_code", cleaned
    if re.fullmatch(r"\d{17}[\dX]|\d{15}", cleaned):
        return "id_number", cleaned
    if re.fullmatch(r"\d{1,17}", cleaned):
        return "id_prefix", cleaned
    if looks_like_pinyin(query):
        return "pinyin", query.lower()
    return "name", query[:50]


def search(session: Session | Connection, actor: Actor, text: str, *, limit: int = 50, record: bool = False
           ) -> list[ApplicationRow]:
    """Applications matching what was typed (masked rows, drafts excluded); see the module's table.

    ``session``: a unit of work's Session, or a read-only connection (``uow.reading``) when the
    search is not ``record``-ed (it writes nothing then)."""
    if record and not isinstance(session, Session):
        raise TypeError("a recorded search writes its audit entry: it needs a unit of work's Session")
    require(session, actor, Action.SEARCH)
    how, key = classify(text)
    if not key:
        return []
    limit = max(1, min(limit, MAX_LIMIT))
    conn = session if isinstance(session, Connection) else session.connection()
    rows = _LOOKUPS[how](conn, key, limit)
    if record:
        assert isinstance(session, Session)
        shown = mask(key) if how in ("id_number", "id_prefix") else key
        audit.record(session, actor=actor.username, action="search", target=how,
                     details={"query": shown, "found": len(rows)})
    return rows


# Each lookup's statement is built once per dialect, with bind parameters: building a
# SELECT costs as much as running an indexed one.
_PREFIX_COLUMNS = {"id": Application.insured_id_number, "name": Application.insured_name,
                   "initials": Application.name_initials, "pinyin": Application.name_pinyin}


def _starts(column: Any, postgres: bool) -> Any:
    """``column`` starts with the bound prefix, as a range its index answers (LIKE on PostgreSQL's
    ``text_pattern_ops`` index: a range there would follow the database's collation)."""
    if postgres:
        return column.like(bindparam("pattern"), escape="/")
    return (column >= bindparam("lo")) & (column < bindparam("hi"))


@cache
def _statement(what: str, postgres: bool) -> Any:
    base = row_select().where(Application.status != Status.DRAFT.value)
    limit: Any = bindparam("limit")
    if what == "number":
        return base.where(Application.number == bindparam("key")).limit(limit)
    if what == "pickup_code":
        return base.where(PickupSlip.pickup_code == bindparam("key")).order_by(col(PickupSlip.issued_at).desc()).limit(limit)
    if what in ("id_number", "id_number15"):  # a 15-digit one also as its 18-character upgrade
        number = col(Application.insured_id_number)
        match = number == bindparam("key")
        if what == "id_number15":
            match = match | (number == bindparam("upgraded"))
        return base.where(match).order_by(col(Application.created_at).desc()).limit(limit)
    if what == "substring":
        name = col(Application.insured_name)
        recent = (select(col(Application.id), name).where(col(Application.business_date).is_not(None))
                  .order_by(col(Application.business_date).desc()).limit(SUBSTRING_SCAN).subquery())
        matches = select(recent.c.id).where(recent.c.insured_name.like(bindparam("inside"), escape="/"),
                                            ~_starts(recent.c.insured_name, postgres))
        return base.where(col(Application.id).in_(matches)).order_by(col(Application.business_date).desc()).limit(limit)
    column = col(_PREFIX_COLUMNS[what])
    return base.where(_starts(column, postgres)).order_by(column).limit(limit)


def _escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _run(conn: Connection, what: str, limit: int, prefix: str | None = None, **params: Any) -> list[ApplicationRow]:
    postgres = conn.dialect.name == "postgresql"
    if prefix is not None:
        params.update({"pattern": _escape(prefix) + "%"} if postgres else {"lo": prefix, "hi": prefix + _TOP})
    # Core rows (in the session's transaction, if any), without the ORM's result machinery
    result = conn.execute(_statement(what, postgres), {**params, "limit": limit})
    return [row_of(r) for r in result.all()]


def _by_number(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    return _run(conn, "number", limit, key=key)


def _by_pickup_code(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    return _run(conn, "pickup_code", limit, key=key) or _by_id_prefix(conn, key, limit)


def _by_id_number(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    upgraded = upgrade_legacy15(key) if len(key) == 15 else None
    if upgraded:
        return _run(conn, "id_number15", limit, key=key, upgraded=upgraded)
    return _run(conn, "id_number", limit, key=key)  # one equality: an OR of the same value costs an eighth more


def _by_id_prefix(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    return _run(conn, "id", limit, prefix=key)


def _by_pinyin(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    found: dict[Any, ApplicationRow] = {}
    for what in ("initials", "pinyin"):
        if len(found) >= limit:
            break
        for row in _run(conn, what, limit, prefix=key):
            found.setdefault(row.id, row)
    return list(found.values())[:limit]


def _by_name(conn: Connection, key: str, limit: int) -> list[ApplicationRow]:
    return (_run(conn, "name", limit, prefix=key)
            or _run(conn, "substring", limit, prefix=key, inside=f"%{_escape(key)}%"))


_LOOKUPS = {"slip": _by_number, "number": _by_number, "pickup_code": _by_pickup_code, "id_number": _by_id_number,
            "id_prefix": _by_id_prefix, "pinyin": _by_pinyin, "name": _by_name}
