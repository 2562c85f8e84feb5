"""What the rules said, shown when it means something (issue 14).

A field is judged once the clerk leaves it (or the card reader, or a restored draft, filled
it), and every field when Accept or Return is pressed: an empty form shows nothing red.  Each
problem of a judged field is shown beside it (the labels of the page's sections) and in one
list at the bottom (``problemsList``), whose entries take the clerk to the field (Enter or a
double click).  The ID number is judged as it is typed only for what is already certain.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.application_fields import guardian_words
from clerk_desk.gui.form_fields import mark, show_problems
from clerk_desk.gui.qt import (
    QApplication,
    QCoreApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QWidget,
)

# a problem's field (dotted, the longest prefix wins) -> the widget it is about (ui or extras name)
FIELD_WIDGETS = {
    "insured.id_number": "idNumberEdit", "insured.name": "nameEdit", "insured.issuing_authority": "authorityEdit",
    "insured.valid_from": "validFromEdit", "insured.valid_until": "validToEdit", "insured": "idNumberEdit",
    "phone": "phoneEdit", "address": "addressEdit", "kind": "kindCombo", "employment": "employmentCombo",
    "scheme": "schemeCombo", "eligibility": "schemeCombo", "replacement_reason": "reasonCombo",
    "years_paid_back": "paidBackSpin", "category": "categoryCombo",
    "hukou.household_number": "householdNoEdit", "hukou.household_type": "householdTypeCombo",
    "hukou.registered_address": "hukouAddressEdit", "hukou.household_page.name": "pageNameEdit",
    "hukou.household_page.id_number": "pageIdEdit", "hukou.household_page": "relationToHeadCombo",
    "hukou.registration_region": "regionEdit", "hukou.residence_permit_valid_to": "permitValidEdit",
    "hukou.residence_permit": "residencePermitEdit", "hukou.birth_certificate": "birthCertificateEdit",
    "hukou.birth_date": "birthDateEdit", "hukou.members_seen": "memberNameEdit", "hukou": "householdNoEdit",
    "household": "householdNoEdit", "birth_certificate": "birthCertificateEdit",
    "residence_permit": "residencePermitEdit",
    "agent.id_number": "agentIdEdit", "agent.name": "agentNameEdit", "agent.issuing_authority": "agentAuthorityEdit",
    "agent.valid_from": "agentValidFromEdit", "agent.valid_until": "agentValidToEdit", "agent.phone": "agentPhoneEdit",
    "agent.relation": "agentRelationCombo", "agent.members_seen": "memberNameEdit", "agent": "agentIdEdit",
    "authorisation_letter": "agentRelationCombo", "applicant_role": "applicantCombo", "applicant": "applicantCombo",
    "guardian": "agentRelationCombo",
}
# the label beside each section's fields -> the problem fields it shows
LABELS = {
    "nameProblem": ("insured.name",), "phoneProblem": ("phone",),
    "validityProblem": ("insured", "address"),
    "schemeProblem": ("scheme", "employment", "eligibility", "kind"),
    "hukouProblem": ("hukou", "household", "birth_certificate", "residence_permit"),
    "applicantProblem": ("applicant_role", "applicant"),
    "agentProblem": ("agent", "guardian"),
    "letterProblem": ("authorisation_letter",),
}
_ID_CERTAIN = ("id.characters", "id.x_position")   # wrong however the number goes on


def under(field: str, prefix: str) -> bool:
    return field == prefix or field.startswith(prefix + ".")


def widget_name(field: str) -> str | None:
    best = max((p for p in FIELD_WIDGETS if under(field, p)), key=len, default=None)
    return FIELD_WIDGETS[best] if best else None


class ProblemsView(QObject):
    """Judged fields, the problems beside them and the list at the bottom."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.judged: set[str] = set()
        self.all = False       # Accept or Return pressed: every field is judged
        self.list = QListWidget(page)
        self.list.setObjectName("problemsList")
        self.list.setMaximumHeight(120)
        self.list.hide()
        self.list.itemActivated.connect(self.jump)
        self.list.itemClicked.connect(self.jump)
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus)  # type: ignore[attr-defined]

    def widget(self, name: str | None) -> QWidget | None:
        if not name:
            return None
        return getattr(self.page.ui, name, None) or getattr(self.page.extras, name, None)

    def _field_of(self, widget: QWidget | None) -> str | None:
        names = {id(w): n for n in set(FIELD_WIDGETS.values()) if (w := self.widget(n)) is not None}
        while widget is not None and widget is not self.page:
            if id(widget) in names:
                return names[id(widget)]
            widget = widget.parentWidget()
        return None

    def _on_focus(self, old: QWidget | None, _new: QWidget | None) -> None:
        name = self._field_of(old)
        if name and name not in self.judged:
            self.judged.add(name)
            self.page._eval_timer.start()   # after the click that moved the focus (nothing shifts under it)

    def judge(self, *names: str) -> None:
        self.judged.update(names)

    def reset(self) -> None:
        self.judged.clear()
        self.all = False

    def shown(self, report: Any) -> list[Any]:
        """The problems worth showing now."""
        typing_id = len(self.page.ui.idNumberEdit.text()) < 18
        out = []
        for p in report.problems:
            name = widget_name(p.field)
            if self.all or (name is not None and name in self.judged):
                out.append(p)
            elif name == "idNumberEdit" and under(p.field, "insured.id_number") and (
                    not typing_id or p.code in _ID_CERTAIN):
                out.append(p)
        return out

    def show(self, report: Any, lang: str) -> list[Any]:
        problems = self.shown(report)
        u = self.page.ui
        id_problems = [p for p in problems if under(p.field, "insured.id_number")]
        show_problems(u.idNumberProblem, id_problems, lang)
        mark(u.idNumberEdit, id_problems, bool(report.insured and report.insured.valid))
        agent_id = [p for p in problems if under(p.field, "agent.id_number")]
        show_problems(u.agentIdProblem, agent_id, lang)
        mark(u.agentIdEdit, agent_id, bool(report.agent and report.agent.valid))
        taken = {id(p) for p in id_problems + agent_id}
        labels: dict[str, QLabel] = {name: getattr(u, name) for name in LABELS if hasattr(u, name)}
        for name, label in labels.items():
            mine = []
            for p in problems:
                if id(p) in taken:
                    continue
                best = max((pre for n, pres in LABELS.items() for pre in pres if under(p.field, pre)), key=len,
                           default=None)
                if best in LABELS[name]:
                    mine.append(p)
            taken.update(id(p) for p in mine)
            show_problems(label, mine, lang)
        self._fill_list(problems, lang)
        return [p for p in problems if id(p) not in taken]

    def _fill_list(self, problems: list[Any], lang: str) -> None:
        self.list.clear()
        said: set[str] = set()
        for p in sorted(problems, key=lambda p: 0 if p.is_error else 1):
            text = ("✖ " if p.is_error else "⚠ ") + p.message(lang)
            if self.page.guardian_mode:   # the agent's problems said of the guardian
                text = guardian_words(text, True)
            if text in said:   # two rules finding the same thing: said once
                continue
            said.add(text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, widget_name(p.field) or "")
            item.setToolTip(QCoreApplication.translate("ApplicationProblems", "回车或双击：转到该项"))
            self.list.addItem(item)
        self.list.setVisible(bool(problems))

    def jump(self, item: QListWidgetItem) -> None:
        """To the field of the problem (scrolled into view)."""
        widget = self.widget(item.data(Qt.ItemDataRole.UserRole))
        if widget is None or not widget.isEnabled():
            return
        self.page.ui.scrollArea.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
