"""One open application per person and business, decided by the database: counters in separate
processes accepting the same persons at the same moment on one PostgreSQL database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from clerk_desk.services.audit import verify_chain
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.store.models import Application, Person

ROOT = Path(__file__).resolve().parents[2]
PROCESSES, PERSONS = 8, 100


@pytest.mark.postgres
def test_eight_counters_same_hundred_persons(backend, engine) -> None:  # type: ignore[no-untyped-def]
    if backend != "postgres":
        pytest.skip("the hall's shared database is PostgreSQL")
    with Session(engine) as s:
        ensure_published_years(s)
        s.commit()
    url = engine.url.render_as_string(hide_password=False)
    schema = engine.dialect.default_schema_name
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.helpers.accept_worker", url, schema, f"HALL-{n}",
                               str(n), str(PERSONS)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
             for n in range(PROCESSES)]
    outcomes = []
    for p in procs:
        out, _ = p.communicate(timeout=600)
        assert p.returncode == 0
        outcomes += [json.loads(line) for line in out.splitlines()]
    assert len(outcomes) == PROCESSES * PERSONS
    accepted = {o["id"]: o["accepted"] for o in outcomes if "accepted" in o}
    refused = [o for o in outcomes if "refused" in o]
    with Session(engine) as s:
        held = {a.insured_id_number: a.number for a in s.exec(select(Application))}
        persons = s.exec(select(func.count()).select_from(Person)).one()
        assert verify_chain(s) is None
    # exactly one accepted per person, as the database holds them
    assert len(accepted) == PERSONS == len(held) == persons
    assert sum(1 for o in outcomes if "accepted" in o) == PERSONS
    assert held == accepted
    # everyone else refused, told the number of the application that stands
    assert Counter(o["refused"] for o in refused) == Counter({"application.duplicate_open": (PROCESSES - 1) * PERSONS})
    assert all(o["existing"] == held[o["id"]] for o in refused)
