"""Start-up of the installed (PyInstaller) Clerk Desk against the same app from a virtual environment
(target: at most 1.2x).

    python benchmarks/installed_startup.py [--installed /usr/bin/clerk-desk] [--runs 9] [--platform offscreen]

(a) ``python main.py`` from this checkout's interpreter (the virtual environment);
(b) the installed ``clerk-desk`` (``scripts/test-deb`` runs this while the package is installed).
Both with ``CLERK_DESK_QUIT_AFTER_SHOWN=1`` (quit when the first window is exposed), on the same
configured data directory, in fresh processes, alternating a b a b …; the medians and their
ratio are printed, and the exit status says whether the target is met.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.2


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{cmd} failed ({out.returncode}):\n{out.stderr}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--installed", default="/usr/bin/clerk-desk")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = ap.parse_args()

    data = Path(tempfile.mkdtemp(prefix="clerk-desk-bench-"))
    (data / "settings.toml").write_text('[service_point]\ncode = "S001"\nname = "幸福街道医保服务点"\n',
                                        encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, CLERK_DESK_DATA_DIR=str(data),
               CLERK_DESK_QUIT_AFTER_SHOWN="1")
    env.pop("CLERK_DESK_DATABASE_URL", None)
    venv_cmd = [sys.executable, "main.py"]
    installed_cmd = [args.installed]
    timed(venv_cmd, env)  # warm the file cache once for both
    timed(installed_cmd, env)
    venv, installed = [], []
    for _ in range(args.runs):
        venv.append(timed(venv_cmd, env))
        installed.append(timed(installed_cmd, env))
    a, b = statistics.median(venv), statistics.median(installed)
    print(f"platform {args.platform}, {args.runs} runs each, alternating (median, min–max)")
    print(f"(a) virtual environment : {a * 1000:7.0f} ms  ({min(venv) * 1000:.0f}–{max(venv) * 1000:.0f})  {sys.executable}")
    print(f"(b) installed           : {b * 1000:7.0f} ms  ({min(installed) * 1000:.0f}–{max(installed) * 1000:.0f})"
          f"  {args.installed}")
    print(f"ratio (b)/(a)           : {b / a:7.2f}x  (target <= {TARGET:.2f}x)")
    return 0 if b / a <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
