"""Render the printouts of four cases to PNG under ``docs/printouts/``, to look at.

The cases are those of ``tests/services/test_printout_cases.py`` (the same forms, accepted
and printed through the services on a throw-away SQLite database)::

    .venv/bin/python scripts/render_printout_cases.py     # needs pdftoppm (poppler-utils)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "printouts"
SHOWN = {
    "resident renewal, self, street": "resident-renewal-street",
    "flexible worker enrollment by proxy, street": "flexible-worker-proxy-street",
    "newborn enrolled by a guardian": "newborn-guardian-street",
    "lost card replaced, self, county": "card-replacement-county",
}


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.services.calendar import ensure_published_years
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.printouts import print_document
    from clerk_desk.store.db import get_engine, session_scope
    from tests.services.test_printout_cases import CASES, CLERK, form_for

    OUT.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        name = SHOWN.get(case.name)
        if name is None:
            continue
        from clerk_desk.config import Settings

        os.environ["CLERK_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="clerk-desk-printouts-")  # one database a case
        engine = get_engine(ensure_database().url)
        settings = Settings()
        sp = settings.service_point
        sp.code, sp.kind, sp.phone = ("S001", case.point, "0459-4612345")
        sp.name = "让胡路区西宾街道医保服务点" if case.point == "street" else "让胡路区医疗保障服务中心"
        sp.address = "黑龙江省大庆市让胡路区西宾路88号便民服务中心一楼"
        clock.set_clock(lambda case=case: case.on)
        with session_scope(engine) as session:
            ensure_published_years(session)
            res = svc.accept(session, CLERK, form_for(case), settings=settings)
        for document in ("receipt", "slip"):
            pdf = Path(os.environ["CLERK_DESK_DATA_DIR"]) / f"{name}-{document}.pdf"
            try:
                with session_scope(engine) as session:
                    print_document(session, CLERK, res.application_id, document, settings=settings, out=pdf)
            except RuleError as exc:
                print(f"{name}: no {document} ({exc.message('en')})")
                continue
            png = OUT / f"{name}-{document}"
            subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf),
                            str(png)], check=True)
            print(png.with_suffix(".png").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
