"""The printouts: acceptance receipt, pickup slip, missing-documents notice, daily report
(PDF and CSV).  ReportLab only; no Qt, no database.

Services fill the input records of :mod:`clerk_desk.printing.data` (masked ID numbers,
translated labels) and call a ``render_*`` function::

    pdf = render_receipt(data, lang="zh", paper=settings.printing.paper, copy_no=1,
                         font_path=settings.printing.font_path or None, out=path)

Every ``render_*`` returns the PDF bytes and, given ``out`` (a path, written atomically,
or a binary file), writes them there.  ``copy_no`` > 1 prints 补打 第N次 / Reprint copy N.
Errors (bad paper, language, copy number, unusable font, unwritable path) are
:class:`clerk_desk.domain.problems.RuleError` with codes ``print.*`` or ``slipcode.*``.
The functions can run on a worker thread; documents are built one at a time.
"""

from clerk_desk.printing.data import (
    APPLICANT_KINDS,
    ApplicantInfo,
    Cancellation,
    DailyReportData,
    LateCard,
    NoticeData,
    PersonRef,
    ReceiptData,
    ReportApplication,
    ServicePointInfo,
    SlipData,
    UncollectedCard,
)
from clerk_desk.printing.fonts import DEFAULT_FONT_FILE, font_name
from clerk_desk.printing.layout import PAPERS
from clerk_desk.printing.notice import render_notice
from clerk_desk.printing.receipt import render_receipt
from clerk_desk.printing.report import render_daily_report
from clerk_desk.printing.report_csv import daily_report_csv, daily_report_rows
from clerk_desk.printing.slip import render_slip

__all__ = [
    "APPLICANT_KINDS",
    "DEFAULT_FONT_FILE",
    "PAPERS",
    "ApplicantInfo",
    "Cancellation",
    "DailyReportData",
    "LateCard",
    "NoticeData",
    "PersonRef",
    "ReceiptData",
    "ReportApplication",
    "ServicePointInfo",
    "SlipData",
    "UncollectedCard",
    "daily_report_csv",
    "daily_report_rows",
    "font_name",
    "render_daily_report",
    "render_notice",
    "render_receipt",
    "render_slip",
]
