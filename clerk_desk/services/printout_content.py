"""What the printouts say to this person: the receipt's 温馨提示 and next steps, the business
as printed, the one-time notice's items (DOMAIN.md "What the receipt tells the insured").

Everything is drawn from the application's stored form (``Application.form``, the form as
accepted or returned) and the settings; nothing here touches the database.
"""

from __future__ import annotations

from datetime import date

from clerk_desk.config import Settings
from clerk_desk.domain.application_form import (
    BUSINESS_LABELS,
    REPLACEMENT_REASON_LABELS,
    ApplicantType,
    ApplicationForm,
    Business,
    ReplacementReason,
    Scheme,
)
from clerk_desk.domain.application_rules import FormReport
from clerk_desk.domain.problems import Problem, define, field_label, label, render
from clerk_desk.domain.receipt_guidance import GuidanceCase, parse_lines, select_lines
from clerk_desk.domain.waiting_period import WaitingPeriod, waiting_period
from clerk_desk.printing.texts import fmt_date, fmt_day, t

_MESSAGES = {
    "receipt.step.collect": ("请于{date}起凭领卡凭条到本服务点领取社会保障卡。",
                             "Collect the card here from {date} with the pickup slip."),
    "receipt.step.handed_over": ("社会保障卡已当场发放。", "The card was handed over at the counter."),
    "receipt.step.has_card": ("您已有社会保障卡，继续使用原卡。", "You already have a card; keep using it."),
    "receipt.step.renewal": ("续保已登记，请按以下提示按时缴费。", "Your renewal is registered; pay as described below."),
    "receipt.step.lost": ("原社会保障卡已挂失，新卡启用后原卡作废。",
                          "The old card is reported lost; it stops working once the new card is in use."),
    "receipt.step.damaged": ("损坏的原社会保障卡已收回。", "The damaged card was handed back."),
    "slip.who.insured": ("参保人本人", "The insured in person"),
    "slip.who.agent.guardian": ("监护人{name}（受理时登记的监护人）", "{name}, the guardian recorded at acceptance"),
    "slip.who.agent.proxy": ("代办人{name}（受理时登记的代办人）", "{name}, the agent recorded at acceptance"),
    "slip.who.others": ("其他人代领须同时持参保人和代领人本人的有效身份证件",
                        "Anyone else must carry both the insured's and their own valid ID card"),
    "notice.reason.missing": ("未提供", "not brought"),
    "notice.reason.expired": ("已于{date}过期，请携带有效证件", "expired on {date}; bring a valid one"),
    "notice.reason.expired_undated": ("已过期，请携带有效证件", "expired; bring a valid one"),
    "notice.reason.mismatch": ("信息与申请不一致，请携带正确的证件", "does not match the application; bring the right one"),
    "notice.reason.id_differs": ("本人页的身份证号码与身份证不一致", "the ID number on the insured's page differs from the ID card"),
    "notice.reason.name_differs": ("本人页的姓名与身份证不一致", "the name on the insured's page differs from the ID card"),
}
for _code, (_zh, _en) in _MESSAGES.items():
    define(_code, zh=_zh, en=_en)


def business_label(form: ApplicationForm, lang: str) -> str:
    """参保登记 / 续保 / 社保卡申领 / 补换社保卡（挂失补卡）."""
    text = label(BUSINESS_LABELS.get(form.business, (str(form.business), str(form.business))), lang)
    reason = form.replacement_reason
    if form.business is Business.CARD_REPLACEMENT and reason is not None:
        return t("print.business_with_reason", lang, business=text,
                 reason=label(REPLACEMENT_REASON_LABELS[reason], lang))
    return text


def waiting_for(form: ApplicationForm, scheme: str, on: date, settings: Settings) -> WaitingPeriod | None:
    try:
        chosen: Scheme | None = Scheme(scheme)
    except ValueError:
        chosen = form.scheme
    return waiting_period(business=form.business.value, scheme=chosen, category=form.category,
                          gap_years=form.gap_years, years_paid_back=form.years_paid_back, on=on, rules=settings.rules)


def guidance(form: ApplicationForm, scheme: str, on: date, settings: Settings, lang: str) -> list[str]:
    """The 温馨提示 lines that apply to this person, scheme and business."""
    wait = waiting_for(form, scheme, on, settings)
    case = GuidanceCase(business=form.business.value, scheme=scheme, employment=form.employment.value,
                        category=form.category.value, waiting_months=None if wait is None else wait.months,
                        benefits_start=None if wait is None else wait.benefits_start,
                        waiting_exempt=bool(wait and wait.exempt),
                        collection_start=settings.rules.collection_period_start,
                        collection_end=settings.rules.collection_period_end,
                        channels=settings.receipt.payment_channels)
    return select_lines(parse_lines(settings.receipt.guidance), case, lang)


def next_steps(form: ApplicationForm, ready_by: date | None, lang: str) -> list[str]:
    """What happens next: collecting the card (when one is made), or paying (renewal)."""
    steps = []
    if form.business is Business.CARD_REPLACEMENT and form.replacement_reason is not None:
        steps.append(t("receipt.step.lost" if form.replacement_reason is ReplacementReason.LOST
                        else "receipt.step.damaged", lang))
    if form.business is Business.RENEWAL:
        steps.append(t("receipt.step.renewal", lang))
    elif not form.card_made:
        steps.append(t("receipt.step.has_card", lang))
    elif ready_by is not None:
        steps.append(t("receipt.step.collect", lang, date=fmt_day(ready_by, lang)))
    else:
        steps.append(t("receipt.step.handed_over", lang))
    return steps


def _expiry(form: ApplicationForm, key: str) -> date | None:
    if key.startswith("insured_identity"):
        return form.insured.valid_to
    if key in ("agent_id_card", "guardian_id_card") and form.agent is not None:
        return form.agent.card.valid_to
    if key == "residence_permit":
        return form.hukou.residence_permit_valid_to
    return None


def _expired(form: ApplicationForm, key: str, lang: str) -> str:
    until = _expiry(form, key)
    return (t("notice.reason.expired", lang, date=fmt_date(until, lang)) if until
            else t("notice.reason.expired_undated", lang))


_BOOK_FINDINGS = {"household.id_mismatch": "notice.reason.id_differs",
                  "household.name_mismatch": "notice.reason.name_differs",
                  "household.page_missing": "notice.reason.page_missing"}
define("notice.reason.page_missing", zh="缺少参保人本人页", en="the insured's page is missing")


def _finding(problem: Problem, form: ApplicationForm, report: FormReport, lang: str) -> tuple[str, str] | None:
    """A check's finding that the citizen must put right with a document: (requirement key, why)."""
    if problem.code in _BOOK_FINDINGS and problem.field.startswith("hukou"):
        return "hukou", t(_BOOK_FINDINGS[problem.code], lang)
    if problem.code == "household.residence_permit_expired":
        return "residence_permit", _expired(form, "residence_permit", lang)
    if problem.code == "idcard.expired" and problem.field.startswith("agent"):
        key = "guardian_id_card" if form.applicant is ApplicantType.GUARDIAN else "agent_id_card"
        return key, _expired(form, key, lang)
    if problem.code == "idcard.expired" and problem.field.startswith("insured"):
        key = next((i.code for i in report.checklist if i.code.startswith("insured_identity")), "insured_identity")
        return key, _expired(form, key, lang)
    return None


def notice_items(form: ApplicationForm, report: FormReport, lang: str) -> list[str]:
    """The one-time notice: each document to bring, once, with whose it is and why.

    The checklist's outstanding items, and the findings that a document must put right
    (an expired card, a household-book page that differs); field checks meant for the clerk
    (请填写…) and the checks' own wording (ID numbers, ISO dates) never reach the citizen.
    """
    reasons: dict[str, list[str]] = {}
    for item in report.missing:
        if item.result == "expired":
            why = _expired(form, item.code, lang)
        elif item.result == "mismatch":
            why = t("notice.reason.mismatch", lang)
        else:
            why = t("notice.reason.missing", lang)
        reasons.setdefault(item.code, []).append(why)
    for problem in report.errors:
        found = _finding(problem, form, report, lang)
        if found is not None:
            key, why = found
            have = reasons.setdefault(key, [])
            if why not in have:
                have.append(why)
    sep = t("list.separator", lang)
    out = []
    for key, whys in reasons.items():
        if len(whys) > 1 and t("notice.reason.mismatch", lang) in whys:
            whys.remove(t("notice.reason.mismatch", lang))  # the precise reason says more
        document = field_label(f"documents.{key}", lang)
        out.append(render("print.notice.item", {"document": document, "reason": sep.join(whys)}, lang))
    return out


LETTER = "authorisation_letter"


def letter_seen(form: ApplicationForm) -> bool:
    """An agent or guardian handed in the signed authorisation letter (委托书), whether or not the
    rules asked for it (a close relative shown in the household book is exempt, yet may bring one)."""
    if form.applicant is ApplicantType.SELF or form.agent is None:
        return False
    return form.agent.authorization_letter or form.documents.get(LETTER) == "verified"


def documents_checked(report: FormReport, lang: str, form: ApplicationForm | None = None) -> list[str]:
    """The documents the clerk checked, each once: a document that answers several
    requirements (a newborn's birth certificate) is named as itself; the authorisation letter
    when it was seen (``form``), even where it was not required."""
    from clerk_desk.domain.documents import DocumentType, document_name

    verified = [i for i in report.checklist if i.result == "verified"]
    uses: dict[str, int] = {}
    for item in verified:
        uses[item.document] = uses.get(item.document, 0) + 1
    out: list[str] = []
    for item in verified:
        if uses[item.document] > 1 and item.document in DocumentType._value2member_map_:
            label = document_name(DocumentType(item.document), lang)
        else:
            label = item.label(lang)
        if label not in out:
            out.append(label)
    if form is not None and letter_seen(form) and all(i.code != LETTER for i in verified):
        out.append(field_label(f"documents.{LETTER}", lang))
    return out


def who_may_collect(form: ApplicationForm, agent_name: str, lang: str) -> list[str]:
    """The insured; the agent recorded at acceptance (with the slip and their own ID); anyone
    else also with the insured's ID card (DOMAIN.md "Proxies and guardians")."""
    out = [t("slip.who.insured", lang)]
    if form.applicant is not ApplicantType.SELF and agent_name:
        guardian = form.applicant is ApplicantType.GUARDIAN
        out.append(t("slip.who.agent.guardian" if guardian else "slip.who.agent.proxy", lang, name=agent_name))
    out.append(t("slip.who.others", lang))
    return out
