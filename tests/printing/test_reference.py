"""Each document kind, for a fixed input, compared with its stored reference text.

The references in ``tests/printing/reference/`` are the text pypdf extracts from the PDF
(pages separated by a form feed line) and the CSV itself.  After an intended change of
wording or layout, regenerate and review them::

    UPDATE_REFERENCE=1 ./dev.sh test tests/printing/test_reference.py
    git diff tests/printing/reference/
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from clerk_desk.printing import daily_report_csv, render_daily_report, render_notice, render_receipt, render_slip
from clerk_desk.printing import samples as S
from tests.printing.pdfutil import page_texts

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("UPDATE_REFERENCE") == "1"


def _pdf_text(pdf: bytes) -> str:
    pages = ["\n".join(line.rstrip() for line in page.splitlines()) for page in page_texts(pdf)]
    return "\n\f\n".join(pages) + "\n"


CASES: dict[str, Callable[[], str]] = {
    "receipt_a4_zh": lambda: _pdf_text(render_receipt(S.receipt())),
    "receipt_80mm_zh_provisional_copy2": lambda: _pdf_text(
        render_receipt(S.receipt(provisional=True), paper="80mm", copy_no=2)),
    "receipt_a4_en_self": lambda: _pdf_text(render_receipt(S.receipt(proxy=False, lang="en"), lang="en")),
    "slip_a4_zh": lambda: _pdf_text(render_slip(S.slip())),
    "slip_80mm_zh_provisional": lambda: _pdf_text(render_slip(S.slip(provisional=True), paper="80mm")),
    "slip_80mm_en_copy3": lambda: _pdf_text(render_slip(S.slip(), paper="80mm", lang="en", copy_no=3)),
    "notice_a4_zh": lambda: _pdf_text(render_notice(S.notice())),
    "notice_80mm_zh": lambda: _pdf_text(render_notice(S.notice(), paper="80mm")),
    "report_zh": lambda: _pdf_text(render_daily_report(S.daily_report(40))),
    "report_en_open": lambda: _pdf_text(render_daily_report(S.daily_report(12, closed=False), lang="en")),
    "report_zh_csv": lambda: daily_report_csv(S.daily_report(40)).decode("utf-8-sig").replace("\r\n", "\n"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_reference(name: str) -> None:
    actual = CASES[name]()
    path = REFERENCE / f"{name}.txt"
    if UPDATE or not path.exists():
        REFERENCE.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist and was written; review it and run again")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"reference/{path.name}", "actual", n=2))
        pytest.fail(f"{name} differs from its reference (UPDATE_REFERENCE=1 to accept):\n{diff[:6000]}")
