"""What the record dialog shows, as plain values: built in the worker, masked there.

``applications.get_detail`` (which audits the view) gives the detail; :func:`build_view` turns it
into a :class:`RecordView` whose ID numbers, phones and addresses are already masked, so no full
number reaches a widget.  The label helpers turn stored codes into the words a clerk reads.
No widgets here: :mod:`clerk_desk.gui.record_sheet` puts these texts on the screen; the domain's
labels (kinds, schemes, relations) carry both languages, the rest goes through Qt's translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from clerk_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication

DASH = "—"
_C = "RecordView"  # the lupdate context of this module's texts
CORRECTION_FIELDS = {  # a corrected field's name, translated where shown
    "kind": QT_TRANSLATE_NOOP("RecordView", "业务类型"), "scheme": QT_TRANSLATE_NOOP("RecordView", "险种"),
    "applicant_type": QT_TRANSLATE_NOOP("RecordView", "办理方式"),
    "insured_name": QT_TRANSLATE_NOOP("RecordView", "参保人姓名"),
    "insured_id_number": QT_TRANSLATE_NOOP("RecordView", "参保人身份证号码"),
    "agent_name": QT_TRANSLATE_NOOP("RecordView", "代办人姓名"),
    "agent_id_number": QT_TRANSLATE_NOOP("RecordView", "代办人身份证号码"),
    "agent_phone": QT_TRANSLATE_NOOP("RecordView", "代办人电话"),
    "agent_relation": QT_TRANSLATE_NOOP("RecordView", "代办人关系"),
    "authorization_letter": QT_TRANSLATE_NOOP("RecordView", "授权委托书"),
    "collector_type": QT_TRANSLATE_NOOP("RecordView", "领卡方式"),
    "collector_name": QT_TRANSLATE_NOOP("RecordView", "领卡人姓名"),
    "collector_id_number": QT_TRANSLATE_NOOP("RecordView", "领卡人身份证号码"),
    "collector_relation": QT_TRANSLATE_NOOP("RecordView", "领卡人关系"),
}
COLLECTOR_TYPES = {"insured": QT_TRANSLATE_NOOP("RecordView", "参保人本人"),
                   "agent": QT_TRANSLATE_NOOP("RecordView", "代领")}
# A document's result: (Chinese label, English label, style state); the Chinese is translated where
# shown (the record sheet reads both), the same words as the checklist's.
RESULTS = {"verified": (QT_TRANSLATE_NOOP("DocumentsChecklist", "已核验"), "verified", "ok"),
           "missing": (QT_TRANSLATE_NOOP("DocumentsChecklist", "缺少"), "missing", "error"),
           "expired": (QT_TRANSLATE_NOOP("DocumentsChecklist", "已过期"), "expired", "error"),
           "mismatch": (QT_TRANSLATE_NOOP("DocumentsChecklist", "不一致"), "mismatch", "error")}


def _tr(source: str) -> str:
    """A text of a table above (marked with ``QT_TRANSLATE_NOOP``) in the current language."""
    return QCoreApplication.translate(_C, source)


@dataclass(frozen=True)
class CorrectionLine:
    at: datetime
    actor: str
    reason: str
    changes: tuple[tuple[str, Any, Any], ...]  # (field, before, after), masked


@dataclass(frozen=True)
class RecordView:
    row: Any  # the ApplicationRow (masked ID)
    phone: str
    address: str
    agent_name: str
    agent_id: str
    agent_phone: str
    agent_relation: str
    authorization_letter: bool
    ready_at: datetime | None
    collected_at: datetime | None
    handed_over_by: str
    collector_type: str
    collector_name: str
    cancel_reason: str
    documents: tuple[tuple[str, str], ...]
    corrections: tuple[CorrectionLine, ...]

    @property
    def status(self) -> str:
        return getattr(self.row.status, "value", self.row.status)


def masked_change(name: str, value: Any) -> Any:
    """A corrected field's before or after value, masked like the record."""
    from clerk_desk.domain.masking import mask_id, mask_phone

    if isinstance(value, str) and value and name.endswith("_id_number"):
        return mask_id(value)
    if isinstance(value, str) and value and name.endswith("_phone"):
        return mask_phone(value)
    return value


def build_view(detail: Any, corrections: list[Any]) -> RecordView:
    """The detail with every personal number masked (the form's full numbers stay in the worker)."""
    from clerk_desk.domain.masking import mask_address, mask_id, mask_phone

    form = detail.form
    agent = form.agent if getattr(form.applicant, "value", form.applicant) != "self" else None
    lines = tuple(CorrectionLine(c.at, c.actor, c.reason, tuple(
        (k, masked_change(k, (c.before or {}).get(k)), masked_change(k, v)) for k, v in (c.after or {}).items()))
        for c in corrections)
    values = {"agent_name": agent.card.name if agent else "", "agent_id_number": mask_id(agent.card.id_number)
              if agent and agent.card.id_number else "", "agent_phone": mask_phone(agent.phone) if agent else "",
              "agent_relation": agent.relation if agent else "",
              "authorization_letter": bool(agent and agent.authorization_letter)}
    for line in lines:  # the form keeps what was typed; a correction changes the record's columns
        values.update({k: after for k, _before, after in line.changes if k in values})
    return RecordView(row=detail.row, phone=mask_phone(form.phone), address=mask_address(form.address),
                      agent_name=values["agent_name"], agent_id=values["agent_id_number"],
                      agent_phone=values["agent_phone"], agent_relation=values["agent_relation"],
                      authorization_letter=values["authorization_letter"], ready_at=detail.ready_at,
                      collected_at=detail.collected_at, handed_over_by=detail.handed_over_by,
                      collector_type=detail.collector_type, collector_name=detail.collector_name,
                      cancel_reason=detail.cancel_reason, documents=tuple(detail.documents), corrections=lines)


def load_record(session: Any, actor: Any, application_id: Any) -> RecordView:
    """Worker: the audited detail and the corrections, masked."""
    from clerk_desk.services import applications, closing

    detail = applications.get_detail(session, actor, application_id)
    return build_view(detail, closing.corrections_of(session, detail.row.id))


# -- labels ------------------------------------------------------------------------------------
def label(table: dict[Any, tuple[str, str]], value: Any, lang: str) -> str:
    """The (Chinese, English) label of a code in a domain label table, or the value itself."""
    from clerk_desk.domain.problems import label as pick

    for key, pair in table.items():
        if getattr(key, "value", key) == value:
            return pick(pair, lang)
    return str(value or "")


def when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        try:
            return value.astimezone().strftime("%Y-%m-%d %H:%M")
        except (ValueError, OSError):
            return str(value)
    return value.isoformat()


def document_label(code: str, lang: str) -> str:
    from clerk_desk.domain.problems import field_label

    text = field_label(f"documents.{code}", lang)
    return code if text.startswith("documents") else text


def value_label(name: str, value: Any, lang: str) -> str:
    """A corrected field's value as a person reads it (already masked)."""
    from clerk_desk.domain.applicant import RELATION_NAMES
    from clerk_desk.domain.application_form import APPLICANT_LABELS, KIND_LABELS, SCHEME_LABELS

    if value in (None, ""):
        return DASH
    if isinstance(value, bool):
        return QCoreApplication.translate("RecordView", "是") if value else QCoreApplication.translate("RecordView", "否")
    if name == "collector_type" and value in COLLECTOR_TYPES:
        return _tr(COLLECTOR_TYPES[value])
    tables: dict[str, Any] = {"kind": KIND_LABELS, "scheme": SCHEME_LABELS, "applicant_type": APPLICANT_LABELS,
                              "agent_relation": RELATION_NAMES, "collector_relation": RELATION_NAMES}
    return label(tables[name], value, lang) if name in tables else str(value)


# -- the texts of the record -------------------------------------------------------------------
def agent_word(view: RecordView) -> str:
    """监护人 for a guardian, 代办人 for anyone else acting for the insured."""
    if view.row.applicant_type == "guardian":
        return QCoreApplication.translate("RecordView", "监护人")
    return QCoreApplication.translate("RecordView", "代办人")


def collector_text(view: RecordView) -> str:
    if view.collector_type == "insured":
        return _tr(COLLECTOR_TYPES["insured"])
    if view.collector_type == "agent":
        return QCoreApplication.translate("RecordView", "代领：{name}").format(name=view.collector_name)
    return view.collector_name


def field_texts(view: RecordView, lang: str) -> dict[str, str]:
    """The text of each value label of the record (empty: shown as a dash)."""
    from clerk_desk.domain.applicant import RELATION_NAMES
    from clerk_desk.domain.application_form import APPLICANT_LABELS, KIND_LABELS, SCHEME_LABELS

    row = view.row
    applicant = label(APPLICANT_LABELS, row.applicant_type, lang)
    if row.applicant_type != "self" and view.agent_name:
        relation = label(RELATION_NAMES, view.agent_relation, lang)
        if relation:
            applicant = QCoreApplication.translate("RecordView", "{applicant}：{name}（{relation}）").format(
                applicant=applicant, name=view.agent_name, relation=relation)
        else:
            applicant = QCoreApplication.translate("RecordView", "{applicant}：{name}").format(
                applicant=applicant, name=view.agent_name)
    return {
        "kind": label(KIND_LABELS, row.kind, lang), "scheme": label(SCHEME_LABELS, row.scheme, lang),
        "applicant": applicant, "insured_name": row.insured_name, "insured_id": row.masked_id,
        "phone": view.phone, "address": view.address, "agent_name": view.agent_name, "agent_id": view.agent_id,
        "agent_relation": label(RELATION_NAMES, view.agent_relation, lang), "agent_phone": view.agent_phone,
        "authorization_letter": value_label("authorization_letter", view.authorization_letter, lang)
        if row.applicant_type == "proxy" else "",
        "accepted": " ".join(x for x in (when(row.accepted_at), row.accepted_by) if x),
        "ready_by": when(row.ready_by) + (QCoreApplication.translate("RecordView", "（暂定）") if row.provisional else ""),
        "pickup_code": row.pickup_code, "ready_at": when(view.ready_at),
        "collected": " ".join(x for x in (when(view.collected_at), view.handed_over_by) if x),
        "collector": collector_text(view), "cancel_reason": view.cancel_reason,
    }


def changes_text(line: CorrectionLine, lang: str) -> str:
    """One correction's changes: 字段：更正前 → 更正后, joined."""
    change = QCoreApplication.translate("RecordView", "{field}：{before} → {after}")
    return QCoreApplication.translate("RecordView", "；").join(
        change.format(field=_tr(CORRECTION_FIELDS[k]) if k in CORRECTION_FIELDS else k,
                      before=value_label(k, b, lang), after=value_label(k, a, lang)) for k, b, a in line.changes)
