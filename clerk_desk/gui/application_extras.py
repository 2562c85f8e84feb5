"""The New Application page's second-edition fields (issue 11), built in code beside the
Designer form: the replacement reason, the person category, the years of gap and paid back,
contribution years, the waiting period; and in the household section whether there is a book
at all (newborn, Hong Kong/Macao/Taiwan resident, foreigner), the hukou's registration
region, the residence permit's validity, the birth date on the birth certificate and the
members the clerk saw on the book (or the birth certificate's parents).

:class:`ExtraFields` owns the widgets; :meth:`ExtraFields.read` completes the form that
:func:`clerk_desk.gui.application_fields.read_form` read, :meth:`ExtraFields.write` fills them
back, :meth:`ExtraFields.show` shows what the rules said (problems, waiting period).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from clerk_desk.domain.application_form import (
    CATEGORY_LABELS,
    HUKOU_STATUS_LABELS,
    REPLACEMENT_REASON_LABELS,
    ApplicationForm,
    Business,
    HukouStatus,
    MemberSeen,
    PersonCategory,
    ReplacementReason,
)
from clerk_desk.gui.form_fields import combo_value, fill_combo, parse_date, set_combo_value, show_problems
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import (
    QComboBox,
    QCompleter,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

# problems shown by these widgets (fields of the form, dotted)
BUSINESS_FIELDS = ("replacement_reason", "years_paid_back", "category")
_BOOK_ROWS = ("householdNoEdit", "householdTypeCombo", "hukouAddressEdit", "pageNameEdit", "pageIdEdit",
              "relationToHeadCombo")


def _region_choices() -> list[str]:
    from clerk_desk.domain.regions import regions

    table = regions()
    out = []
    for code in table.codes():
        if code.endswith("0000") or not any(e.end_year is None for e in table.entries(code)):
            continue
        name = table.display_name(code)
        if name:
            out.append(f"{code} {name}")
    return out


class ExtraFields:
    def __init__(self, ui: Ui_NewApplicationPage, parent: QWidget, lang: str) -> None:
        self.ui, self.lang = ui, lang
        self._business_rows(parent)
        self._hukou_rows(parent)

    # -- building ---------------------------------------------------------------------------
    def _business_rows(self, parent: QWidget) -> None:
        form = self.ui.kindForm
        self.reasonCombo = QComboBox(parent)
        self.reasonCombo.setObjectName("reasonCombo")
        fill_combo(self.reasonCombo, REPLACEMENT_REASON_LABELS, self.lang, first=("", None))
        self.categoryCombo = QComboBox(parent)
        self.categoryCombo.setObjectName("categoryCombo")
        fill_combo(self.categoryCombo, CATEGORY_LABELS, self.lang)
        self.gapSpin, self.paidBackSpin, self.contributionSpin = (self._spin(parent, n, 60) for n in (
            "gapYearsSpin", "paidBackSpin", "contributionYearsSpin"))
        self.waitingLabel = QLabel(parent)
        self.waitingLabel.setObjectName("waitingLabel")
        self.businessProblem = QLabel(parent)
        self.businessProblem.setObjectName("businessProblem")
        self.businessProblem.setProperty("class", "problem")
        self.businessProblem.setWordWrap(True)
        self.businessProblem.hide()
        rows = [(QCoreApplication.translate("ApplicationExtras", "补换卡原因："), self.reasonCombo),
                (QCoreApplication.translate("ApplicationExtras", "人员类别："), self.categoryCombo),
                (QCoreApplication.translate("ApplicationExtras", "断缴年数："), self.gapSpin),
                (QCoreApplication.translate("ApplicationExtras", "补缴年数："), self.paidBackSpin),
                (QCoreApplication.translate("ApplicationExtras", "已缴费年限："), self.contributionSpin)]
        at = 1
        for label, widget in rows:
            form.insertRow(at, label, widget)
            at += 1
        form.addRow(self.waitingLabel)
        form.addRow(self.businessProblem)

    def _hukou_rows(self, parent: QWidget) -> None:
        form = self.ui.hukouForm
        self.statusCombo = QComboBox(parent)
        self.statusCombo.setObjectName("hukouStatusCombo")
        fill_combo(self.statusCombo, HUKOU_STATUS_LABELS, self.lang)
        form.insertRow(0, QCoreApplication.translate("ApplicationExtras", "户籍情况："), self.statusCombo)
        self.ui.hukouPresentCheck.hide()   # the status says it
        self.regionEdit = QLineEdit(parent)
        self.regionEdit.setObjectName("registrationRegionEdit")
        self.regionEdit.setPlaceholderText(
            QCoreApplication.translate("ApplicationExtras", "输入代码或地名，如 230602"))
        completer = QCompleter(_region_choices(), self.regionEdit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.regionEdit.setCompleter(completer)
        self.permitValidEdit = QLineEdit(parent)
        self.permitValidEdit.setObjectName("permitValidToEdit")
        self.birthDateEdit = QLineEdit(parent)
        self.birthDateEdit.setObjectName("birthDateEdit")
        self.members = self._members_box(parent)
        at = form.getWidgetPosition(self.ui.relationToHeadCombo)[0] + 1
        for label, widget in ((QCoreApplication.translate("ApplicationExtras", "户籍登记地："), self.regionEdit),):
            form.insertRow(at, label, widget)
            at += 1
        at = form.getWidgetPosition(self.ui.residencePermitEdit)[0] + 1
        form.insertRow(at, QCoreApplication.translate("ApplicationExtras", "居住证有效期至："), self.permitValidEdit)
        at = form.getWidgetPosition(self.ui.birthCertificateEdit)[0] + 1
        form.insertRow(at, QCoreApplication.translate("ApplicationExtras", "出生日期（无身份证号码时）："),
                       self.birthDateEdit)
        form.insertRow(at + 1, QCoreApplication.translate("ApplicationExtras", "已核对的家庭成员："), self.members)

    def _members_box(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("membersBox")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.memberNameEdit, self.memberIdEdit, self.memberRelationEdit = (QLineEdit(box) for _ in range(3))
        hints = (QCoreApplication.translate("ApplicationExtras", "姓名"),
                 QCoreApplication.translate("ApplicationExtras", "身份证号码"),
                 QCoreApplication.translate("ApplicationExtras", "关系"))
        for edit, name, hint in zip((self.memberNameEdit, self.memberIdEdit, self.memberRelationEdit),
                                    ("memberNameEdit", "memberIdEdit", "memberRelationEdit"), hints, strict=True):
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            row.addWidget(edit)
        self.addMemberButton = QPushButton(QCoreApplication.translate("ApplicationExtras", "添加"), box)
        self.addMemberButton.setObjectName("addMemberButton")
        self.removeMemberButton = QPushButton(QCoreApplication.translate("ApplicationExtras", "删除"), box)
        self.removeMemberButton.setObjectName("removeMemberButton")
        row.addWidget(self.addMemberButton)
        row.addWidget(self.removeMemberButton)
        lay.addLayout(row)
        self.membersList = QListWidget(box)
        self.membersList.setObjectName("membersList")
        self.membersList.setMaximumHeight(80)
        lay.addWidget(self.membersList)
        self.addMemberButton.clicked.connect(self._on_add_member)
        self.removeMemberButton.clicked.connect(self._on_remove_member)
        self.memberRelationEdit.returnPressed.connect(self._on_add_member)
        return box

    @staticmethod
    def _spin(parent: QWidget, name: str, most: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(0, most)
        return spin

    def connect(self, changed: Any) -> None:
        for combo in (self.reasonCombo, self.categoryCombo, self.statusCombo):
            combo.currentIndexChanged.connect(changed)
        for spin in (self.gapSpin, self.paidBackSpin, self.contributionSpin):
            spin.valueChanged.connect(changed)
        for edit in (self.regionEdit, self.permitValidEdit, self.birthDateEdit):
            edit.textChanged.connect(changed)
        self.membersList.model().rowsInserted.connect(changed)
        self.membersList.model().rowsRemoved.connect(changed)
        self.statusCombo.currentIndexChanged.connect(self.update_visibility)
        self.ui.kindCombo.currentIndexChanged.connect(self.update_visibility)
        self.update_visibility()

    # -- members seen -----------------------------------------------------------------------
    def _on_add_member(self) -> None:
        name, number = self.memberNameEdit.text().strip(), self.memberIdEdit.text().strip()
        if not name and not number:
            return
        self._add_member(MemberSeen(name, number, self.memberRelationEdit.text().strip()))
        for edit in (self.memberNameEdit, self.memberIdEdit, self.memberRelationEdit):
            edit.clear()
        self.memberNameEdit.setFocus()

    def _add_member(self, m: MemberSeen) -> None:
        from clerk_desk.domain.masking import mask_id

        item = QListWidgetItem(" ".join(x for x in (m.name, mask_id(m.id_number) if m.id_number else "", m.relation)
                                        if x))
        item.setData(Qt.ItemDataRole.UserRole, m)
        self.membersList.addItem(item)

    def _on_remove_member(self) -> None:
        row = self.membersList.currentRow()
        if row >= 0:
            self.membersList.takeItem(row)

    # -- the form value ---------------------------------------------------------------------
    def status(self) -> HukouStatus:
        return HukouStatus(combo_value(self.statusCombo) or HukouStatus.REGISTERED.value)

    def read(self, form: ApplicationForm) -> ApplicationForm:
        reason = combo_value(self.reasonCombo)
        members = tuple(self.membersList.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.membersList.count()))
        region = self.regionEdit.text().strip()[:6]
        status = self.status()
        hukou = replace(form.hukou, present=status is not HukouStatus.NEWBORN, status=status,
                        registration_region=region if region.isdigit() else "",
                        residence_permit_valid_to=parse_date(self.permitValidEdit.text()),
                        birth_date=parse_date(self.birthDateEdit.text()), members_seen=members)
        return replace(form, hukou=hukou, replacement_reason=ReplacementReason(reason) if reason else None,
                       category=PersonCategory(combo_value(self.categoryCombo) or "none"),
                       gap_years=self.gapSpin.value(), years_paid_back=self.paidBackSpin.value(),
                       contribution_years=self.contributionSpin.value())

    def write(self, form: ApplicationForm) -> None:
        h = form.hukou
        set_combo_value(self.statusCombo, h.effective_status)
        set_combo_value(self.reasonCombo, form.replacement_reason)
        if form.replacement_reason is None:
            self.reasonCombo.setCurrentIndex(0)
        set_combo_value(self.categoryCombo, form.category)
        self.gapSpin.setValue(form.gap_years)
        self.paidBackSpin.setValue(form.years_paid_back)
        self.contributionSpin.setValue(form.contribution_years)
        self.regionEdit.setText(h.registration_region)
        self.permitValidEdit.setText(h.residence_permit_valid_to.isoformat() if h.residence_permit_valid_to else "")
        self.birthDateEdit.setText(h.birth_date.isoformat() if h.birth_date else "")
        self.membersList.clear()
        for m in h.members_seen:
            self._add_member(m)
        self.update_visibility()

    # -- what shows -------------------------------------------------------------------------
    def update_visibility(self, *_args: Any) -> None:
        """The household book's rows only for a person who has one; the birth certificate's for
        a newborn; the replacement reason for a replacement; the years of gap for paying."""
        u, status = self.ui, self.status()
        book = status is HukouStatus.REGISTERED
        newborn = status is HukouStatus.NEWBORN
        u.hukouPresentCheck.setChecked(not newborn)
        rows: dict[QWidget, bool] = {getattr(u, name): book for name in _BOOK_ROWS}
        rows.update({self.regionEdit: book or newborn, u.residencePermitEdit: book,
                     self.permitValidEdit: book, u.birthCertificateEdit: newborn,
                     self.birthDateEdit: not book,   # a newborn, or a travel permit / passport holder
                     self.members: book or newborn})
        business = Business(combo_value(u.kindCombo) or Business.ENROLLMENT.value)
        paying = business in (Business.ENROLLMENT, Business.RENEWAL)
        rows.update({self.reasonCombo: business is Business.CARD_REPLACEMENT, self.gapSpin: paying,
                     self.paidBackSpin: paying, self.contributionSpin: business is Business.RENEWAL,
                     self.categoryCombo: paying})
        forms = (u.hukouForm, u.kindForm)
        for widget, visible in rows.items():
            row = widget
            if not any(f.indexOf(widget) >= 0 for f in forms):   # a field in a box with others (same address)
                row = widget.parentWidget() or widget
            for form in forms:
                if form.indexOf(row) >= 0:
                    form.setRowVisible(row, visible)
            row.setEnabled(visible)   # a box: what the box holds keeps its own state

    def show(self, report: Any, problems: list[Any]) -> None:
        """``problems``: those worth showing now (see :mod:`clerk_desk.gui.application_problems`)."""
        mine = [p for p in problems if any(p.field == f or p.field.startswith(f + ".") for f in BUSINESS_FIELDS)]
        show_problems(self.businessProblem, mine, self.lang)
        w = report.waiting
        if w is None:
            self.waitingLabel.clear()
        elif w.months == 0:
            self.waitingLabel.setText(QCoreApplication.translate(
                "ApplicationExtras", "待遇等待期：无（{day} 起享受待遇）").format(day=w.benefits_start.isoformat()))
        else:
            self.waitingLabel.setText(QCoreApplication.translate(
                "ApplicationExtras", "待遇等待期：{months} 个月，{day} 起享受待遇").format(
                months=w.months, day=w.benefits_start.isoformat()))

