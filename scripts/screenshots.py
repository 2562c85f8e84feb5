"""Start the app under Xvfb with demo data and save screenshots of the main pages.

    python scripts/screenshots.py [OUT_DIR]        (default: screenshots/)

Needs Xvfb and ImageMagick's ``import`` (apt-get install xvfb imagemagick fonts-noto-cjk).
It starts ``Xvfb :99``, then runs itself with ``--inside`` on that display: a fresh data
directory, the database migrated, demo applications accepted through the services, and the
main window driven page by page; each page is grabbed with ``import -window root``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def outer(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    display = ":99"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x860x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)
        data = tempfile.mkdtemp(prefix="clerk-desk-shots-")
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", CLERK_DESK_DATA_DIR=data,
                   CLERK_DESK_STATION="SHOT-01", QT_SCALE_FACTOR=os.environ.get("QT_SCALE_FACTOR", "1"))
        env.pop("CLERK_DESK_DATABASE_URL", None)
        return subprocess.run([sys.executable, __file__, "--inside", str(out_dir)], env=env, cwd=ROOT).returncode
    finally:
        xvfb.terminate()
        xvfb.wait()


def seed(settings) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope
    from tests.helpers.people import make_id, proxy_form, self_form

    clerk, sup = Actor("wang", Role.CLERK, "王芳"), Actor("zhao", Role.SUPERVISOR, "赵主任")
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐明", "孙丽"]
    ids = []
    with session_scope() as session:
        for i, name in enumerate(names):
            birth = date(1960 + i * 3, 1 + i % 12, 5 + i)
            number = make_id(birth, seq=10 + i, female=i % 2 == 1)
            form = (proxy_form(number, make_id(date(1975, 4, 4), seq=90 + i), birth=birth, agent_birth=date(1975, 4, 4))
                    if i % 4 == 3 else self_form(number, name, birth=birth))
            ids.append(svc.accept(session, clerk, form, settings=settings).application_id)
        svc.mark_ready(session, sup, ids[:4], settings=settings)


def inside(out_dir: Path) -> int:
    from clerk_desk.config import Settings, save_settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui import i18n, style
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.gui.qt import QApplication
    from clerk_desk.services.database import ensure_database

    settings = Settings()
    sp = settings.service_point
    sp.code, sp.name, sp.kind, sp.address = "S001", "幸福街道医保服务点", "street", "幸福路1号"
    save_settings(settings)
    ensure_database()
    seed(settings)
    app = QApplication(["clerk-desk"])
    i18n.install(app, "zh")
    style.apply(app)
    ctx = AppContext(settings, lang="zh")
    window = MainWindow(ctx)
    window.resize(1366, 860)
    window.show()
    window.start_session(Actor("zhao", Role.SUPERVISOR, "赵主任"), lock=False)
    window.start_database()

    def settle(ms: int = 800) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shot(name: str) -> None:
        settle()
        target = out_dir / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target)

    settle(2500)
    page = window.page("new_application")
    window.show_page("new_application")
    shot("01-new-application-empty")
    from tests.helpers.people import make_id

    number = make_id(date(1988, 8, 8), seq=77)
    page.ui.idNumberEdit.setText(number[:-1].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "0")
    page._on_id_edited("")
    page.ui.nameEdit.setText("马晓东")
    page.evaluate()
    shot("02-new-application-problem")
    page.ui.idNumberEdit.setText(number)
    page._on_id_edited("")
    u = page.ui
    u.phoneEdit.setText("13812345678")
    u.addressEdit.setText("北京市朝阳区幸福路1号")
    u.authorityEdit.setText("北京市公安局朝阳分局")
    u.validFromEdit.setText("2020-06-01")
    u.validToEdit.setText("2040-06-01")
    u.householdNoEdit.setText("110105001234")
    u.householdTypeCombo.setCurrentIndex(1)
    u.hukouAddressEdit.setText("北京市朝阳区幸福路1号")
    u.pageNameEdit.setText("马晓东")
    u.pageIdEdit.setText(number)
    u.relationToHeadCombo.setEditText("户主")
    page.evaluate()
    shot("03-new-application-filled")
    page.mark_all_verified()
    shot("04-new-application-acceptable")
    for name in ("today_page", "handover_page", "cards_ready_page", "late_page", "calendar_page"):
        if window.page(name) is not None:
            window.show_page(name)
            if name == "handover_page":
                hp = window.page(name)
                hp.ui.lookupEdit.setText("S001-20261127-0001")
                hp._on_lookup()
                settle(1500)
            shot(f"05-{name}")
    window.ui.searchEdit.setText("张")
    window._on_search()
    shot("06-search")
    window.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--inside":
        sys.exit(inside(Path(sys.argv[2])))
    sys.exit(outer(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"))
