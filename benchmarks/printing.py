"""Time the printouts against a floor measured in the same run.

    .venv/bin/python benchmarks/printing.py [-n 50] [--rows 5000] [--repeat 3]

Floor: a one-line PDF drawn directly on a ReportLab canvas with the same (already
registered) CJK font, embedded and subset: the least any of our PDFs can cost.  Every
figure is printed with its ratio to that floor, so runs on different machines compare.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from clerk_desk.printing import (  # noqa: E402
    daily_report_csv,
    font_name,
    render_daily_report,
    render_notice,
    render_receipt,
    render_slip,
)
from clerk_desk.printing import samples as S  # noqa: E402


def timed(fn: Callable[[], object], n: int) -> tuple[float, float]:
    """Mean and standard deviation in milliseconds of ``n`` calls (after one warm-up)."""
    fn()
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.mean(runs), statistics.stdev(runs) if n > 1 else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=50, help="runs per small document (default 50)")
    parser.add_argument("--rows", type=int, default=5000, help="application rows in the daily report (default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the daily report (default 3)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    font = font_name()
    register_ms = (time.perf_counter() - start) * 1000

    def floor() -> bytes:
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=A4, initialFontName=font, invariant=True)
        canvas.setFont(font, 12)
        canvas.drawString(72, 760, "受理回执 RHL-XB-20251229-0007")
        canvas.save()
        return buf.getvalue()

    receipt, slip, notice = S.receipt(), S.slip(provisional=True), S.notice()
    start = time.perf_counter()
    report = S.daily_report(args.rows)
    data_ms = (time.perf_counter() - start) * 1000

    floor_ms, floor_sd = timed(floor, args.n)
    rows: list[tuple[str, float, float, str]] = [("floor: one-line PDF, same font", floor_ms, floor_sd, "")]
    for label, fn in (
        ("receipt A4", lambda: render_receipt(receipt)),
        ("receipt 80 mm", lambda: render_receipt(receipt, paper="80mm")),
        ("receipt A4, reprint", lambda: render_receipt(receipt, copy_no=2)),
        ("pickup slip A4", lambda: render_slip(slip)),
        ("pickup slip 80 mm", lambda: render_slip(slip, paper="80mm")),
        ("missing-documents notice A4", lambda: render_notice(notice)),
    ):
        mean, sd = timed(fn, args.n)
        rows.append((label, mean, sd, ""))

    pdf = render_daily_report(report)
    pages = pdf.count(b"/Type /Page\n")
    mean, sd = timed(lambda: render_daily_report(report), args.repeat)
    rows.append((f"daily report, {args.rows} rows", mean, sd, f"{pages} pages, {len(pdf) // 1024} KiB"))
    mean_csv, sd_csv = timed(lambda: daily_report_csv(report), args.repeat)
    csv_size = len(daily_report_csv(report))
    rows.append((f"daily report CSV, {args.rows} rows", mean_csv, sd_csv, f"{csv_size // 1024} KiB"))

    print(f"Python {sys.version.split()[0]}; font registration (first use) {register_ms:.1f} ms; "
          f"building {args.rows} sample rows {data_ms:.0f} ms (not part of the report timing)")
    print(f"{'':40} {'mean ms':>10} {'sd':>8} {'× floor':>9}")
    for label, mean, sd, note in rows:
        print(f"{label:40} {mean:10.2f} {sd:8.2f} {mean / floor_ms:9.1f}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
