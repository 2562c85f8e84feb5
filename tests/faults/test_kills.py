"""SIGKILL during first starts, accepts and bundle imports: nothing lost, nothing doubled, nothing half.

Reduced rounds here (CI); ``scripts/fault_rounds.py`` runs the full rounds and prints the figures.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from sqlmodel import Session, col, func, select

from clerk_desk.services.audit import verify_chain
from clerk_desk.store.models import Application, DocumentCheck, Person, PickupSlip
from tests.faults.kills import (
    Tally,
    accept_round,
    bundle_import_round,
    first_start_round,
    make_street_bundle,
    push_round,
)

pytestmark = pytest.mark.fault
ROUNDS = int(os.environ.get("CLERK_DESK_FAULT_ROUNDS", "3"))


def held_exactly_once(engine, acknowledged: dict[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    """What is wrong with the database after a kill, given what the counter was told was accepted."""
    problems = []
    with Session(engine) as s:
        apps = s.exec(select(Application)).all()
        by_id: dict[str, list[str]] = {}
        for a in apps:
            by_id.setdefault(a.insured_id_number, []).append(a.number or "")
        for number, app_no in acknowledged.items():
            if by_id.get(number) != [app_no]:
                problems.append(f"{number}: told {app_no}, held {by_id.get(number)}")
        doubled = [n for n, v in by_id.items() if len(v) > 1]
        if doubled:
            problems.append(f"doubled: {doubled[:5]}")
        no_slip = s.exec(select(func.count()).select_from(Application).where(
            ~col(Application.id).in_(select(PickupSlip.application_id)))).one()
        no_checks = s.exec(select(func.count()).select_from(Application).where(
            ~col(Application.id).in_(select(DocumentCheck.application_id)))).one()
        no_person = s.exec(select(func.count()).select_from(Application).where(
            ~col(Application.person_id).in_(select(Person.id)))).one()
        if no_slip or no_checks or no_person:
            problems.append(f"half-written: {no_slip} without slip, {no_checks} without checks, {no_person} without person")
        broken = verify_chain(s)
        if broken is not None:
            problems.append(broken.describe())
    return problems


def test_first_start_killed_midway_opens_next_time(tmp_path: Path) -> None:
    rng, tally = random.Random(1), Tally()
    for _ in range(ROUNDS):
        first_start_round(tmp_path, rng, tally)
    assert tally.failures == [], tally.failures


def test_accepts_killed_midway_keep_every_acknowledged_application_once(backend, engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.services.calendar import ensure_published_years

    with Session(engine) as s:
        ensure_published_years(s)
        s.commit()
    url = engine.url.render_as_string(hide_password=False)
    schema = "-"
    if backend == "postgres":
        with engine.connect() as conn:
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    rng, tally = random.Random(2), Tally()
    for _ in range(ROUNDS):
        accept_round(tmp_path, url, schema, rng, tally, lambda ack: held_exactly_once(engine, ack))
    assert tally.failures == [], tally.failures
    assert tally.killed >= 1  # the rounds did cut something


def _applications(data: Path) -> int:
    from clerk_desk.store.db import make_engine

    engine = make_engine(f"sqlite:///{data / 'clerk_desk.sqlite3'}")
    try:
        with Session(engine) as s:
            return int(s.exec(select(func.count()).select_from(Application)).one())
    finally:
        engine.dispose()


def test_bundle_import_killed_midway_imports_all_or_nothing(tmp_path: Path) -> None:
    bundle, expected = make_street_bundle(tmp_path, 150)
    rng, tally = random.Random(3), Tally()
    for _ in range(ROUNDS):
        bundle_import_round(tmp_path, bundle, expected, rng, tally, _applications)
    assert tally.failures == [], tally.failures


def same_at_both_ends(central, data: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """Every application of the street point at the central exactly once; chains whole at both ends."""
    from clerk_desk.store.db import make_engine

    local = make_engine(f"sqlite:///{data / 'clerk_desk.sqlite3'}")
    try:
        with Session(local) as s, Session(central) as c:
            here = sorted(a.number or "" for a in s.exec(select(Application)))
            there = sorted(a.number or "" for a in c.exec(select(Application)))
            problems = [] if here == there else [f"{len(here)} here, {len(there)} at the central"]
            for name, session in (("here", s), ("central", c)):
                broken = verify_chain(session)
                if broken is not None:
                    problems.append(f"{name}: {broken.describe()}")
            return problems
    finally:
        local.dispose()


def test_pushes_killed_midway_complete_on_the_next_push(backend, empty_engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = empty_engine.url.render_as_string(hide_password=False)
    if backend == "postgres":
        with empty_engine.connect() as conn:
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
        url = f"{url}?options=-csearch_path%3D{schema}"
    rng, tally = random.Random(4), Tally()
    for _ in range(ROUNDS):
        push_round(tmp_path, url, rng, tally, lambda data: same_at_both_ends(empty_engine, data))
    assert tally.failures == [], tally.failures
