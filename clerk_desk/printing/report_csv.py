"""The daily report's figures as CSV, for the supervisor's spreadsheet.

UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), CRLF line ends,
in sections separated by an empty row, with the same labels as the PDF:

1. the heading: report, service point, date, day status, printed by, printed at
   (two columns: item, value);
2. the totals: ``section, item, count`` rows: the day at a glance, then by scheme, kind,
   applicant, clerk and status;
3. late cards, uncollected cards, cancellations and the applications, each a title row
   followed by a header row and the rows (masked ID numbers only).

Cells that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first) are
prefixed with ``'`` (numbers are not touched).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from clerk_desk.printing.data import DailyReportData
from clerk_desk.printing.layout import Out, check_args, write_out
from clerk_desk.printing.texts import fmt_datetime, t

_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def daily_report_rows(data: DailyReportData, lang: str = "zh") -> list[list[str]]:
    """The CSV's rows (before quoting), for tests and other exports."""
    rows = [*_head_rows(data, lang), [], *_figure_rows(data, lang), *_list_rows(data, lang)]
    return [[_safe(c) for c in r] for r in rows]


def _col(code: str, lang: str) -> str:
    return t(f"print.report.col.{code}", lang)


def _head_rows(data: DailyReportData, lang: str) -> list[list[object]]:
    """Which point and day, closed or not, printed by whom and when."""
    state = t("print.report.open", lang)
    if data.closed:
        state = (t("print.report.closed_detail", lang, who=data.closed_by or "-",
                   when=fmt_datetime(data.closed_at, lang)) if data.closed_at else t("print.report.closed", lang))
    return [
        [_col("item", lang), _col("value", lang)],
        [t("print.report.title", lang), data.point.name],
        [t("print.report.point", lang), f"{data.point.code} {data.point.name}".strip()],
        [t("print.report.day", lang), data.day.isoformat()],
        [t("print.report.state", lang), state],
        [t("print.report.printed_by", lang), data.printed_by],
        [t("print.report.printed_at", lang), data.printed_at.isoformat(sep=" ", timespec="minutes")],
    ]


def _figure_rows(data: DailyReportData, lang: str) -> list[list[object]]:
    """Section, item, count: the summary, each breakdown and the acceptances by hour."""
    rows: list[list[object]] = [[_col("section", lang), _col("item", lang), t("print.report.count", lang)]]
    summary = t("print.report.summary", lang)
    for code, value in (("accepted", data.accepted), ("slips_issued", data.slips_issued),
                        ("cards_ready", data.cards_ready), ("cards_collected", data.cards_collected),
                        ("returned", data.returned), ("cancelled", data.cancelled)):
        rows.append([summary, t(f"print.report.{code}", lang), value])
    for code, counts in (("by_scheme", data.by_scheme), ("by_kind", data.by_kind),
                         ("by_applicant", data.by_applicant), ("by_clerk", data.by_clerk),
                         ("by_status", data.by_status), ("by_category", data.by_category)):
        section = t(f"print.report.{code}", lang, when=data.printed_at.isoformat(sep=" ", timespec="minutes"))
        rows += [[section, label, n] for label, n in counts.items()]
    for hour, n in data.by_hour().items():
        rows.append([t("print.report.chart", lang), t("print.report.hour", lang, h=hour), n])
    return rows


def _list_rows(data: DailyReportData, lang: str) -> list[list[object]]:
    """The lists, each after a blank row, its title and its header: late cards, uncollected cards,
    cancellations, the day's applications."""
    rows: list[list[object]] = []

    def table(title: str, header: Sequence[str], body: Iterable[Sequence[object]]) -> None:
        rows.extend([[], [title], list(header)])
        rows.extend(list(r) for r in body)

    def col(code: str) -> str:
        return _col(code, lang)

    number, name, idn = t("print.application_number", lang), col("name"), col("id")
    table(t("print.report.late", lang),
          [number, name, idn, col("accepted_on"), t("print.ready_by", lang), col("days_late"), col("status")],
          ([r.application_number, r.insured_name, r.id_masked, r.accepted_on.isoformat(), r.ready_by.isoformat(),
            r.days_late, r.status] for r in data.late))
    table(t("print.report.uncollected", lang),
          [number, name, idn, col("ready_on"), col("days_waiting"), col("phone")],
          ([r.application_number, r.insured_name, r.id_masked, r.ready_on.isoformat(), r.days_waiting,
            r.phone_masked] for r in data.uncollected))
    table(t("print.report.cancellations", lang),
          [number, name, idn, col("cancelled_at"), col("cancelled_by"), col("reason")],
          ([r.application_number, r.insured_name, r.id_masked, r.cancelled_at.isoformat(sep=" ", timespec="minutes"),
            r.cancelled_by, r.reason] for r in data.cancellations))
    table(t("print.report.applications", lang),
          [col("time"), number, name, idn, t("print.scheme", lang), t("print.kind", lang), col("applicant"),
           t("print.clerk", lang), col("status"), t("print.ready_by", lang), t("print.provisional", lang)],
          ([r.accepted_at.isoformat(sep=" ", timespec="minutes"), r.application_number, r.insured_name,
            r.id_masked, r.scheme, r.kind, r.applicant, r.clerk, r.status,
            r.ready_by.isoformat() if r.ready_by else "", "1" if r.ready_by_provisional else ""]
           for r in data.applications))
    return rows


def daily_report_csv(data: DailyReportData, *, lang: str = "zh", out: Out = None) -> bytes:
    """The daily report's figures as CSV bytes (UTF-8 with BOM); also written to ``out``."""
    check_args(lang, "A4", 1)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(daily_report_rows(data, lang))
    payload = buf.getvalue().encode("utf-8-sig")
    write_out(payload, out)
    return payload
