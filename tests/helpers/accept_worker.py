"""A counter in its own process: accepts a list of persons and prints one JSON line per outcome.

``python -m tests.helpers.accept_worker URL SCHEMA STATION SEED N [OFFSET]`` (SCHEMA "-" for none);
persons OFFSET..OFFSET+N-1 (up to 1000 distinct ID numbers).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, datetime


def main(argv: list[str]) -> int:
    url, schema, station, seed, n = argv[0], argv[1], argv[2], int(argv[3]), int(argv[4])
    offset = int(argv[5]) if len(argv) > 5 else 0
    import os

    os.environ["CLERK_DESK_STATION"] = station
    from sqlmodel import Session

    from clerk_desk.config import Settings
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.store.db import make_engine
    from tests.helpers.people import make_id, self_form

    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))
    args = {"connect_args": {"options": f"-csearch_path={schema}"}} if schema != "-" else {}
    engine = make_engine(url, **args)
    settings = Settings()
    settings.service_point.code, settings.service_point.name, settings.service_point.kind = "H001", "大厅", "street"
    order = list(range(n))
    random.Random(seed).shuffle(order)
    for i in (x + offset for x in order):
        number = make_id(date(1970, 1, 1) if i < 500 else date(1971, 1, 1), seq=i % 500)
        with Session(engine) as s:
            try:
                result = svc.accept(s, Actor(f"clerk-{station}", Role.CLERK), self_form(number, f"人{i}",
                                    birth=date(1970, 1, 1) if i < 500 else date(1971, 1, 1)), settings=settings)
                s.commit()
                print(json.dumps({"id": number, "accepted": result.number}), flush=True)
            except RuleError as exc:
                s.rollback()
                print(json.dumps({"id": number, "refused": exc.code,
                                  "existing": exc.problems[0].params.get("number", "")}), flush=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
