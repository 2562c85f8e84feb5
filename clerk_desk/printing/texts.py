"""The fixed wording of the printouts, in the one message catalogue (Chinese and English),
and the formatting of dates and numbers per language."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from clerk_desk.domain.problems import define, render

_TEXTS = {
    # common
    "print.copy_mark": ("补打 第{n}次", "Reprint copy {n}"),
    "print.provisional": ("暂定", "provisional"),
    "print.provisional_note": (
        "暂定日期：{year}年的节假日安排尚未公布，此日期按周一至周五推算，如遇法定节假日将顺延。请领卡前致电确认。",
        "Provisional date: the holiday schedule of {year} has not been published yet. This date counts "
        "Monday to Friday only and moves back if public holidays fall in between; please phone before "
        "you come.",
    ),
    "print.page_of": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "print.printed_by": ("打印人：{who}　打印时间：{when}", "Printed by {who} at {when}"),
    "print.address": ("地址", "Address"),
    "print.hours": ("办公时间", "Opening hours"),
    "print.phone": ("电话", "Phone"),
    "print.application_number": ("受理编号", "Application number"),
    "print.insured": ("参保人", "Insured person"),
    "print.id_number": ("身份证号码", "ID number"),
    "print.scheme": ("险种", "Scheme"),
    "print.kind": ("业务类型", "Application type"),
    "print.clerk": ("经办人", "Clerk"),
    "print.ready_by": ("可领卡日期", "Card ready by"),
    "print.scan_hint": ("窗口扫码查询", "Scan at the counter"),
    # receipt
    "print.receipt.title": ("受理回执", "Acceptance receipt"),
    "print.receipt.accepted_at": ("受理时间", "Accepted at"),
    "print.receipt.applicant": ("办理方式", "Applied by"),
    "print.receipt.self": ("本人办理", "In person"),
    "print.receipt.proxy": ("他人代办", "By proxy"),
    "print.receipt.guardian": ("监护人代办", "By a guardian"),
    "print.receipt.agent": ("{role}：{name}（身份证 {id}，{relation}{phone}）", "{role}: {name} (ID {id}, {relation}{phone})"),
    "print.receipt.agent_role_proxy": ("代办人", "Proxy"),
    "print.receipt.agent_role_guardian": ("监护人", "Guardian"),
    "print.receipt.documents": ("已核验材料", "Documents checked"),
    "print.receipt.next_steps": ("后续事项", "Next steps"),
    "print.receipt.guidance": ("温馨提示", "Please note"),
    "print.receipt.none": ("无", "none"),
    "print.receipt.signature_self": ("申请人签字：", "Applicant's signature: "),
    "print.receipt.signature_proxy": ("代办人签字：", "Agent's signature: "),
    "print.receipt.signature_guardian": ("监护人签字：", "Guardian's signature: "),
    "print.receipt.keep": ("本回执是受理凭证，请妥善保管。", "This receipt proves your application; please keep it."),
    # slip
    "print.slip.title": ("领卡凭条", "Card pickup slip"),
    "print.slip.pickup_code": ("领卡码", "Card pickup code"),
    "print.slip.where": ("领取地点", "Where to collect"),
    "print.slip.when": ("领取时间", "When to collect"),
    "print.slip.who": ("可领取人", "Who may collect"),
    "print.slip.bring": ("须携带", "Please bring"),
    "print.slip.issued_at": ("开具时间", "Issued at"),
    "print.slip.who_default_self": ("参保人本人", "The insured in person"),
    "print.slip.who_default_agent": ("他人代领须同时持参保人和代领人的有效身份证件",
                                     "Anyone else must carry both the insured's and their own valid ID card"),
    "print.slip.bring_default_slip": ("本凭条", "This slip"),
    "print.slip.bring_default_id": ("领取人本人有效身份证件原件", "The collector's own valid ID card (original)"),
    "print.slip.ready_from": ("{date}起可领取", "Ready from {date}"),
    "print.slip.day_hours": ("当日办公时间：{hours}", "Opening hours that day: {hours}"),
    "print.slip.adjusted_day": ("（调休上班日）", " (a weekend working day)"),
    "print.slip.lost": ("凭条遗失的，请本人持身份证到窗口办理。",
                        "If you lose this slip, come to the counter in person with your ID card."),
    # notice
    "print.notice.title": ("一次性告知书", "Missing documents notice"),
    "print.notice.intro": (
        "{name}（身份证 {id}）申请办理{scheme}（{kind}），经审核尚缺以下材料。请一次备齐后到本服务点办理：",
        "{name} (ID {id}) applied for {kind}, {scheme}. The following is still missing; please bring all "
        "of it together when you come back:",
    ),
    "print.notice.missing": ("需补齐的材料", "Still missing"),
    "print.notice.notes": ("说明", "Notes"),
    "print.notice.item": ("{document}（{reason}）", "{document} ({reason})"),
    "print.notice.issued": ("告知时间：{when}　经办人：{clerk}", "Issued {when} by {clerk}"),
    "print.notice.come_back": ("办理地点与时间", "Where and when"),
    "print.notice.signature_self": ("申请人签收：", "Received by the applicant: "),
    "print.notice.signature_proxy": ("代办人签收：", "Received by the agent: "),
    "print.notice.signature_guardian": ("监护人签收：", "Received by the guardian: "),
    # daily report
    "print.report.title": ("业务日报", "Daily report"),
    "print.report.subtitle": ("{point}　{day}", "{point}, {day}"),
    "print.report.closed": ("已日结", "Closed"),
    "print.report.closed_detail": ("已日结（{who}，{when}）", "Closed ({who}, {when})"),
    "print.report.open": ("未日结", "Not closed"),
    "print.report.summary": ("当日概况", "The day at a glance"),
    "print.report.accepted": ("受理", "Accepted"),
    "print.report.slips_issued": ("开具凭条", "Slips issued"),
    "print.report.cards_ready": ("制卡完成", "Cards ready"),
    "print.report.cards_collected": ("当日领卡", "Cards collected that day"),
    "print.report.returned": ("一次性告知", "Returned"),
    "print.report.cancelled": ("撤销", "Cancelled"),
    "print.report.by_scheme": ("按险种", "By scheme"),
    "print.report.by_kind": ("按业务类型", "By kind"),
    "print.report.by_category": ("按人员类别", "By person category"),
    "print.report.by_applicant": ("按办理方式", "By applicant"),
    "print.report.by_clerk": ("按经办人", "By clerk"),
    "print.report.by_status": ("当前状态（截至{when}）", "Status now (as of {when})"),
    "print.report.sign_clerk": ("经办人（签字）：", "Clerk (signature): "),
    "print.report.sign_supervisor": ("负责人（签字）：", "Supervisor (signature): "),
    "print.report.sign_date": ("日期：", "Date: "),
    "print.report.count": ("件数", "Count"),
    "print.report.total": ("合计", "Total"),
    "print.report.chart": ("各时段受理件数", "Applications accepted per hour"),
    "print.report.hour": ("{h}时", "{h}:00"),
    "print.report.late": ("逾期未制卡", "Late cards"),
    "print.report.uncollected": ("久未领取", "Uncollected cards"),
    "print.report.cancellations": ("撤销记录", "Cancellations"),
    "print.report.applications": ("受理明细", "Applications"),
    "print.report.none": ("（无）", "(none)"),
    "print.report.col.no": ("序号", "No."),
    "print.report.col.time": ("时间", "Time"),
    "print.report.col.name": ("姓名", "Name"),
    "print.report.col.id": ("身份证号码", "ID number"),
    "print.report.col.applicant": ("办理方式", "Applicant"),
    "print.report.col.status": ("状态", "Status"),
    "print.report.col.ready_by": ("可领卡日期", "Ready by"),
    "print.report.col.accepted_on": ("受理日期", "Accepted on"),
    "print.report.col.days_late": ("逾期天数", "Days late"),
    "print.report.col.ready_on": ("制卡日期", "Ready on"),
    "print.report.col.days_waiting": ("等待天数", "Days waiting"),
    "print.report.col.phone": ("电话", "Phone"),
    "print.report.col.cancelled_at": ("撤销时间", "Cancelled at"),
    "print.report.col.cancelled_by": ("撤销人", "Cancelled by"),
    "print.report.col.reason": ("原因", "Reason"),
    "print.report.col.section": ("类别", "Section"),
    "print.report.col.item": ("项目", "Item"),
    "print.report.col.value": ("内容", "Value"),
    "print.report.point": ("服务点", "Service point"),
    "print.report.day": ("日期", "Date"),
    "print.report.state": ("日结状态", "Day status"),
    "print.report.printed_by": ("打印人", "Printed by"),
    "print.report.printed_at": ("打印时间", "Printed at"),
    "print.date": ("{year}年{month}月{day}日", "{year:04d}-{month:02d}-{day:02d}"),
    "print.date_with_weekday": ("{date}（{weekday}）", "{date} ({weekday})"),
    "print.weekday.0": ("星期一", "Mon"),
    "print.weekday.1": ("星期二", "Tue"),
    "print.weekday.2": ("星期三", "Wed"),
    "print.weekday.3": ("星期四", "Thu"),
    "print.weekday.4": ("星期五", "Fri"),
    "print.weekday.5": ("星期六", "Sat"),
    "print.weekday.6": ("星期日", "Sun"),
    "print.lang_tag": ("zh-CN", "en"),  # the PDF's language attribute
    "print.bracketed": ("{text}（{note}）", "{text} ({note})"),
    "print.labelled": ("{label}：{value}", "{label}: {value}"),
    "print.comma": ("，", ", "),
    "print.spaced": ("{first}　{second}", "{first}　{second}"),  # the parts of a title or footer line
    "print.mark": ("【{mark}】", "【{mark}】"),
    "print.slip.issued_by": ("{issued}　{clerk}", "{issued}   {clerk}"),
    "print.business_with_reason": ("{business}（{reason}）", "{business} ({reason})"),
    # errors
    "print.font_unusable": (
        "字体文件 {path} 无法使用（{reason}）。请在设置中选择 TrueType（.ttf/.ttc）中文字体，或留空使用内置字体。",
        "The font file {path} cannot be used ({reason}). Choose a TrueType (.ttf/.ttc) Chinese font in the "
        "settings, or leave it empty for the built-in font.",
    ),
    "print.bad_paper": ("纸张 {paper!r} 不受支持，应为 A4 或 80mm", "Paper {paper!r} is not supported; use A4 or 80mm"),
    "print.bad_language": ("语言 {lang!r} 不受支持，应为 zh 或 en", "Language {lang!r} is not supported; use zh or en"),
    "print.bad_copy_no": ("打印份次 {copy_no!r} 无效，应为 1 或更大的整数",
                          "Copy number {copy_no!r} is invalid; use a whole number from 1"),
    "print.write_failed": ("无法写入 {path}（{reason}）", "Cannot write {path} ({reason})"),
    "print.disk_full": ("磁盘已满，无法写入 {path}；请腾出空间或选择其他文件夹",
                        "The disk is full, cannot write {path}; free some space or choose another folder"),
}

for _code, (_zh, _en) in _TEXTS.items():
    define(_code, zh=_zh, en=_en)


def t(code: str, lang: str, **params: Any) -> str:
    """The text of ``code`` in ``lang``."""
    return render(code, params, lang)


def fmt_date(d: date | None, lang: str) -> str:
    if d is None:
        return ""
    return t("print.date", lang, year=d.year, month=d.month, day=d.day)


def weekday(d: date, lang: str) -> str:
    return t(f"print.weekday.{d.weekday()}", lang)


def fmt_day(d: date | None, lang: str) -> str:
    """A date with its weekday: ``2026年10月10日（星期六）`` / ``2026-10-10 (Sat)``."""
    if d is None:
        return ""
    return t("print.date_with_weekday", lang, date=fmt_date(d, lang), weekday=weekday(d, lang))


def fmt_day_time(dt: datetime | None, lang: str) -> str:
    return "" if dt is None else f"{fmt_day(dt.date(), lang)} {dt:%H:%M}"


_WEEK_RANGE = re.compile(r"^\s*(?:周|星期)[一二三四五六日天]\s*(?:至|到|-|–|—|~|～)\s*(?:周|星期)?[一二三四五六日天]"
                         r"\s*[：:,，]?\s*")


def hours_for_day(hours: str, d: date, lang: str) -> str:
    """The point's opening hours for the day ``d``: the times of ``周一至周五 9:00–17:00``;
    on a weekend day (a working day by the holiday notice, 调休) marked as such."""
    times = _WEEK_RANGE.sub("", hours)
    if times == hours or not times:
        return hours
    if d.weekday() >= 5:
        return times + t("print.slip.adjusted_day", lang)
    return times


def fmt_short_date(d: date | None, lang: str) -> str:
    return "" if d is None else d.isoformat()


def fmt_datetime(dt: datetime | None, lang: str) -> str:
    return "" if dt is None else f"{fmt_date(dt.date(), lang)} {dt:%H:%M}"


def fmt_time(dt: datetime) -> str:
    return f"{dt:%H:%M}"
