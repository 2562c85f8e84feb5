"""A fast bulk generator of realistic, valid data: a year of a service point in minutes.

    fill(engine, applications=100_000, days=365, today=date(2026, 11, 27), busy_today=5000)

Writes through the schema (SQLAlchemy Core ``executemany`` into the migrated tables, the
models' own columns and types) what the counter's use cases would have written, only
without running the rules for each row:

* people with valid 18-character ID numbers (MOD 11-2 check character), common Chinese
  names, their pinyin keys (``name_keys``, as the program keeps them);
* applications spread over ``days`` business days (``busy_today`` of them on ``today``), in
  every status with realistic shares: old ones mostly collected, recent ones accepted or
  ready, some returned, cancelled or left as drafts; numbers ``S001-YYYYMMDD-NNNN`` with the
  day's ``number_sequence`` set to match, so the next acceptance continues it;
* a pickup slip (random 6-digit pickup code, ready-by date) for every accepted one, two
  document checks each, and one ``application.accept`` audit entry each with a whole hash
  chain and its head (so ``db check`` has a real chain to verify).

It is deterministic for a ``seed``.  Used by ``benchmarks/run.py`` and the query-plan test.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update

from clerk_desk.domain.idnumber import check_character
from clerk_desk.domain.pinyin import name_keys
from clerk_desk.services.audit import GENESIS, entry_hash
from clerk_desk.store.models import (
    Application,
    AuditEvent,
    AuditHead,
    DocumentCheck,
    NumberSequence,
    Person,
    PickupSlip,
)
from tests.helpers.people import self_form

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鑫斌宇浩凯健俊帆帅旭宁龙林欢阳建国建华志强海燕晶"
STATION = "BULK-01"
POINT = "S001"
CLERKS = ("wang", "li", "zhou")


def _id_number(rng: random.Random, used: set[str]) -> tuple[str, date]:
    while True:
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 25000))
        body = f"110105{birth:%Y%m%d}{rng.randrange(1000):03d}"
        number = body + check_character(body)
        if number not in used:
            used.add(number)
            return number, birth


def _names(rng: random.Random, count: int = 4000) -> list[tuple[str, str, str]]:
    """A pool of names with their pinyin keys (many people share a name, as in life)."""
    names = {rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
             for _ in range(count)}
    return [(n, *name_keys(n)) for n in sorted(names)]


def _status(age_days: int, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.01:
        return "cancelled"
    if r < 0.04:
        return "returned"
    if age_days == 0:
        return "accepted" if r < 0.9 else "collected"
    if age_days < 4:
        return "accepted" if r < 0.7 else "ready"
    if age_days < 40:
        return "ready" if r < 0.25 else "collected"
    return "ready" if r < 0.02 else "collected"


def _days(applications: int, days: int, busy_today: int) -> list[int]:
    """How old each application is (0 = today)."""
    today = min(busy_today, applications)
    rest = applications - today
    ages = [0] * today
    for i in range(rest):
        ages.append(1 + (i * (days - 1)) // max(rest, 1))
    return ages


def fill(engine: Engine, *, applications: int, days: int = 365, today: date = date(2026, 11, 27),
         busy_today: int = 5000, seed: int = 1, batch: int = 20_000) -> dict[str, int]:
    """Fill a migrated, empty database; returns how many rows each table got."""
    rng = random.Random(seed)
    template = json.dumps(self_form("110105198005170015", "__NAME__", birth=date(1980, 5, 17)).to_dict(),
                          ensure_ascii=False).replace("110105198005170015", "__ID__")
    pool = _names(rng)
    used: set[str] = set()
    per_day: Counter[date] = Counter()
    counts: Counter[str] = Counter()
    with engine.connect() as conn:  # continue the station's chain if the database already has one
        found = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.station == STATION)).first()
    head = {"seq": found[0], "hash": found[1]} if found else {"seq": 0, "hash": GENESIS}
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("person", "application", "slip", "doc", "audit")}

    def flush() -> None:
        with engine.begin() as conn:
            for table, model in (("person", Person), ("application", Application), ("slip", PickupSlip),
                                 ("doc", DocumentCheck), ("audit", AuditEvent)):
                if rows[table]:
                    conn.execute(insert(model), rows[table])  # type: ignore[arg-type]
                    counts[table] += len(rows[table])
                    rows[table].clear()

    for i, age in enumerate(_days(applications, days, busy_today)):
        day = today - timedelta(days=age)
        created = datetime.combine(day, time(8, 30)).astimezone() + timedelta(seconds=(i * 7919) % 30600)
        number, birth = _id_number(rng, used)
        name, pinyin, initials = rng.choice(pool)
        status = _status(age, rng)
        person_id, app_id = uuid.uuid4(), uuid.uuid4()
        rows["person"].append({"id": person_id, "id_number": number, "name": name, "sex": "M", "birth_date": birth,
                               "phone": "13812345678", "address": "北京市朝阳区幸福路1号", "station": STATION,
                               "created_at": created, "updated_at": created, "id_kind": "resident"})
        accepted = status not in ("draft", "returned")
        clerk = CLERKS[i % len(CLERKS)]
        app: dict[str, Any] = {
            "id": app_id, "point_code": POINT, "station": STATION, "kind": "new_enrollment", "scheme": "resident",
            "status": status, "applicant_type": "self", "person_id": person_id, "insured_id_number": number,
            "insured_name": name, "name_pinyin": pinyin, "name_initials": initials,
            "form": json.loads(template.replace("__ID__", number).replace("__NAME__", name)),
            "business_date": day, "created_by": clerk, "created_at": created, "updated_at": created,
            "number": None, "accepted_at": None, "accepted_by": "", "ready_at": None, "collected_at": None,
            "returned_at": None, "cancelled_at": None, "cancel_reason": "", "cancelled_by": "",
            "ready_marked_by": "", "handed_over_by": "", "collector_type": "", "collector_name": "",
            "collector_id_number": "", "collector_relation": "", "agent_name": "", "agent_id_number": "",
            "agent_phone": "", "agent_relation": "", "authorization_letter": False,
        }
        if accepted:
            per_day[day] += 1
            app.update(number=f"{POINT}-{day:%Y%m%d}-{per_day[day]:04d}", accepted_at=created, accepted_by=clerk)
            ready_by = day + timedelta(days=5)
            rows["slip"].append({"id": uuid.uuid4(), "application_id": app_id,
                                 "pickup_code": f"{rng.randrange(1_000_000):06d}", "ready_by": ready_by,
                                 "provisional": False, "issued_at": created, "station": STATION})
            if status in ("ready", "collected"):
                app.update(ready_at=datetime.combine(ready_by, time(9)).astimezone(), ready_marked_by="zhao")
            if status == "collected":
                app.update(collected_at=datetime.combine(ready_by + timedelta(days=rng.randrange(0, 20)),
                                                         time(10)).astimezone(),
                           handed_over_by=clerk, collector_type="insured", collector_name=name,
                           collector_id_number=number)
            if status == "cancelled":
                app.update(cancelled_at=created + timedelta(hours=1), cancelled_by="zhao", cancel_reason="重复登记")
        elif status == "returned":
            app["returned_at"] = created
        rows["application"].append(app)
        for document in ("insured_identity", "hukou"):
            rows["doc"].append({"id": uuid.uuid4(), "application_id": app_id, "document": document,
                                "result": "verified", "note": "", "station": STATION, "created_at": created})
        _audit(rows["audit"], head, clerk, app, created)
        if len(rows["application"]) >= batch:
            flush()
    flush()
    with engine.begin() as conn:
        if found:
            conn.execute(update(AuditHead).where(AuditHead.station == STATION).values(seq=head["seq"], hash=head["hash"]))
        else:
            conn.execute(insert(AuditHead), [{"station": STATION, "seq": head["seq"], "hash": head["hash"]}])
        if per_day:
            conn.execute(insert(NumberSequence), [{"key": f"{POINT}-{d:%Y%m%d}", "value": n}
                                                  for d, n in per_day.items()])
    return dict(counts)


def _audit(out: list[dict[str, Any]], head: dict[str, Any], actor: str, app: dict[str, Any],
           at: datetime) -> None:
    seq = head["seq"] + 1
    action = "application.accept" if app["number"] else "application.return"
    target = app["number"] or str(app["id"])
    details = {"kind": app["kind"], "scheme": app["scheme"], "status": app["status"]}
    digest = entry_hash(station=STATION, seq=seq, at=at, actor=actor, action=action, target=target,
                        details=details, prev_hash=head["hash"])
    out.append({"id": uuid.uuid4(), "station": STATION, "seq": seq, "at": at, "actor": actor, "action": action,
                "target": target, "details": details, "prev_hash": head["hash"], "hash": digest})
    head["seq"], head["hash"] = seq, digest
