"""The supervisor's settings dialog: service point, rules, receipt texts, printing, language, sync.

It edits a copy of the settings; OK hands the whole copy to
:func:`clerk_desk.services.settings_service.update_settings` in a worker, which checks every
value by the settings file's own rules, saves atomically and audits what changed.  A refused
value is shown beside its field (the problem's ``field`` is the dotted key, e.g.
``rules.cutoff_time``, mapped to the widget here) and nothing is saved.  Clerks never get here:
the main window hides the action, and the service refuses them anyway.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state

# A refused value gets a red border whatever the widget (the application style only covers line edits).
_STYLE = """
QSpinBox[state="error"], QComboBox[state="error"], QListWidget[state="error"] {
    border: 2px solid #c62828; background: #fff5f5; }
QLabel[class="hint"] { color: #546e7a; font-size: 9pt; }
"""
KINDS = ("street", "county")
PAPERS = ("A4", "80mm")
LANGS = ("zh", "en")


def _spin(low: int = 0, high: int = 999) -> QSpinBox:
    """Wide bounds: the settings rules (not the widget) decide what is allowed, and say why."""
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setMaximumWidth(110)
    return spin


def normalize_cutoff(text: str) -> str:
    """``9:30``, ``０９：３０`` -> ``09:30``; anything else is returned as typed (the rules refuse it)."""
    from clerk_desk.domain.idnumber import normalize

    t = normalize(text).replace("：", ":")
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", t)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else t


def split_prefixes(text: str) -> list[str]:
    from clerk_desk.domain.idnumber import normalize

    return [p for p in re.split(r"[,，;；、\s]+", normalize(text.replace(" ", ","))) if p]


class SettingsDialog(QDialog):
    saved = Signal(object)  # {key: (before, after)} of what changed

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = copy.deepcopy(ctx.settings)
        self.changes: dict[str, Any] | None = None
        self.busy = False
        self.fields: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self.setWindowTitle(self.tr("设置"))
        self.setObjectName("SettingsDialog")
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.generalProblem = QLabel(self)
        self.generalProblem.setProperty("class", "problem")
        self.generalProblem.setWordWrap(True)
        self.generalProblem.hide()
        layout.addWidget(self.generalProblem)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.okButton = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(self.tr("保存"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self._build_point()
        self._build_rules()
        self._build_receipt()
        self._build_printing()
        self._build_language()
        self._build_sync()
        self._load()
        self.codeEdit.setFocus()

    # -- building ------------------------------------------------------------------------------------
    def _tab(self, title: str) -> QFormLayout:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(page, title)
        return form

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, name: str, hint: str = "",
             extra: QWidget | None = None) -> QWidget:
        """``label  [widget] [extra]`` with a hint under it and the problem label (hidden) under that."""
        widget.setObjectName(name)
        setattr(self, name, widget)
        box = QWidget(form.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is not None:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(extra)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setProperty("class", "hint")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        problem = QLabel(box)
        problem.setObjectName(name + "Problem")
        problem.setProperty("class", "problem")
        problem.setWordWrap(True)
        problem.hide()
        setattr(self, name + "Problem", problem)
        column.addWidget(problem)
        caption = QLabel(label, form.parentWidget())
        caption.setBuddy(widget)
        form.addRow(caption, box)
        self.fields[key] = widget
        self.problem_labels[key] = problem
        self._tab_of[key] = self.tabs.count() - 1
        self._clear_on_edit(key, widget)
        return widget

    def _clear_on_edit(self, key: str, widget: QWidget) -> None:
        clear = lambda *_a: self._show_field_problem(key, "")  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(clear)

    def _build_point(self) -> None:
        form = self._tab(self.tr("服务点(&P)"))
        self._row(form, "service_point.code", self.tr("服务点代码(&C)："), QLineEdit(), "codeEdit",
                  self.tr("1–16 位字母、数字、- 或 _，印在业务编号上"))
        self._row(form, "service_point.name", self.tr("服务点名称(&N)："), QLineEdit(), "nameEdit")
        kind = QComboBox()
        kind.addItem(self.tr("街道、乡镇医保服务点（3个工作日内领卡）"), "street")
        kind.addItem(self.tr("县医保中心（当场发卡）"), "county")
        self._row(form, "service_point.kind", self.tr("服务点类型(&K)："), kind, "kindCombo")
        self._row(form, "service_point.address", self.tr("地址(&A)："), QLineEdit(), "addressEdit",
                  self.tr("印在领卡凭条上"))
        self._row(form, "service_point.hours", self.tr("办公时间(&H)："), QLineEdit(), "hoursEdit")
        self._row(form, "service_point.phone", self.tr("咨询电话："), QLineEdit(), "phoneEdit")

    def _build_rules(self) -> None:
        form = self._tab(self.tr("业务规则(&R)"))
        self._row(form, "rules.working_days", self.tr("领卡期限（工作日）(&W)："), _spin(), "workingDaysSpin",
                  self.tr("街道服务点受理后第几个工作日可领卡（受理当天不计）"))
        cutoff = QLineEdit()
        cutoff.setPlaceholderText("HH:MM")
        cutoff.setMaximumWidth(160)
        self._row(form, "rules.cutoff_time", self.tr("每日截止时间(&T)："), cutoff, "cutoffEdit",
                  self.tr("留空表示不启用；晚于此时间受理的业务按次日受理计算领卡日期"))
        self._row(form, "rules.min_age_alone", self.tr("本人办理最低年龄："), _spin(), "minAgeSpin",
                  self.tr("未满此年龄须由监护人办理"))
        self._row(form, "rules.nonlocal_needs_residence_permit", self.tr("非本地户籍："),
                  QCheckBox(self.tr("须持本地居住证")), "residencePermitCheck")
        self._row(form, "rules.local_region_prefixes", self.tr("本地行政区划代码："), QLineEdit(),
                  "localPrefixesEdit", self.tr("2–6 位代码前缀，多个用逗号分隔，例如 2306, 2301"))
        self._row(form, "rules.proxy_needs_letter", self.tr("他人代办："),
                  QCheckBox(self.tr("须提交授权委托书")), "letterCheck")
        self._row(form, "rules.letter_exempt_close_family", "",
                  QCheckBox(self.tr("配偶、父母、子女凭户口簿证明关系的免委托书")), "familyExemptCheck")
        self.letterCheck.toggled.connect(self.familyExemptCheck.setEnabled)
        self._row(form, "rules.uncollected_days", self.tr("未领卡提醒（天）："), _spin(), "uncollectedSpin")
        self._row(form, "rules.newborn_days", self.tr("新生儿凭出生证明参保（天内）："), _spin(), "newbornDaysSpin")
        self._row(form, "rules.flexible_min_age", self.tr("灵活就业参保最低年龄："), _spin(), "flexibleMinAgeSpin")
        female = QComboBox()
        female.addItem(self.tr("55 岁（女干部、灵活就业默认）"), 55)
        female.addItem(self.tr("50 岁（女工人）"), 50)
        self._row(form, "rules.female_original_retirement_age", self.tr("女性原法定退休年龄："), female,
                  "femaleRetirementCombo",
                  self.tr("退休年龄按2025年起渐进式延迟退休办法按出生年月计算；此处仅选择女性的原退休年龄"))
        self._row(form, "rules.required_contribution_years", self.tr("达龄后可续缴至（年）："), _spin(),
                  "contributionYearsSpin", self.tr("灵活就业人员达到退休年龄时缴费年限不足此数的，可续保缴费"))

    def _build_receipt(self) -> None:
        form = self._tab(self.tr("回执提示(&G)"))
        guidance = QListWidget()
        guidance.setWordWrap(True)
        guidance.setAlternatingRowColors(True)
        guidance.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.SelectedClicked)
        guidance.setMinimumHeight(260)
        buttons = QWidget()
        column = QVBoxLayout(buttons)
        column.setContentsMargins(0, 0, 0, 0)
        for name, text, slot in (("addGuidanceButton", self.tr("添加(&D)"), self._on_add_guidance),
                                 ("editGuidanceButton", self.tr("修改 (F2)"), self._on_edit_guidance),
                                 ("removeGuidanceButton", self.tr("删除"), self._on_remove_guidance),
                                 ("upGuidanceButton", self.tr("上移"), lambda: self._on_move_guidance(-1)),
                                 ("downGuidanceButton", self.tr("下移"), lambda: self._on_move_guidance(1))):
            button = QPushButton(text, buttons)
            button.setObjectName(name)
            button.clicked.connect(slot)
            setattr(self, name, button)
            column.addWidget(button)
        column.addStretch(1)
        self._row(form, "receipt.guidance", self.tr("提示文字(&X)："), guidance, "guidanceList",
                  self.tr("每条一行，按顺序只印在适用的回执上（适用范围见提示，在设置文件中修改）；双击或按 F2 修改"),
                  extra=buttons)
        self._row(form, "receipt.payment_channels", self.tr("缴费渠道(&Y)："), QLineEdit(), "paymentChannelsEdit",
                  self.tr("印在居民的回执上，多个用顿号或逗号分隔，例如 税务App、微信或支付宝、银行"))

    def _build_printing(self) -> None:
        form = self._tab(self.tr("打印(&I)"))
        paper = QComboBox()
        paper.addItem(self.tr("A4 纸"), "A4")
        paper.addItem(self.tr("80mm 热敏卷纸"), "80mm")
        self._row(form, "printing.paper", self.tr("纸张(&A)："), paper, "paperCombo")
        self._row(form, "printing.printer", self.tr("打印机(&N)："), QComboBox(), "printerCombo")
        self._row(form, "printing.preview", self.tr("预览："), QCheckBox(self.tr("打印前先预览")), "previewCheck")
        browse = QPushButton(self.tr("浏览…"))
        browse.setObjectName("fontBrowseButton")
        browse.clicked.connect(self._on_browse_font)
        self.fontBrowseButton = browse
        self._row(form, "printing.font_path", self.tr("中文字体文件(&F)："), QLineEdit(), "fontPathEdit",
                  self.tr("TrueType 字体（.ttf / .ttc）；留空使用内置的文泉驿微米黑"), extra=browse)

    def _build_language(self) -> None:
        form = self._tab(self.tr("界面(&U)"))
        lang = QComboBox()
        lang.addItem("简体中文", "zh")
        lang.addItem("English", "en")
        self._row(form, "ui.language", self.tr("界面语言(&L)："), lang, "languageCombo",
                  self.tr("重新启动程序后生效；回执和凭条始终为中文"))
        self._row(form, "ui.idle_lock_minutes", self.tr("无操作自动锁屏（分钟）："), _spin(), "idleLockSpin")

    def _build_sync(self) -> None:
        form = self._tab(self.tr("数据同步(&Y)"))
        url = QLineEdit()
        url.setPlaceholderText("postgresql+psycopg://clerk@server/clerk_desk")
        self._row(form, "sync.central_url", self.tr("中心数据库地址(&D)："), url, "centralUrlEdit",
                  self.tr("服务大厅或区县的 PostgreSQL 数据库；留空表示不同步（也可用 U 盘数据包同步）"))

    # -- values --------------------------------------------------------------------------------------------
    def _load(self) -> None:
        s = self.settings
        sp, r = s.service_point, s.rules
        self.codeEdit.setText(sp.code)
        self.nameEdit.setText(sp.name)
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(sp.kind)))
        self.addressEdit.setText(sp.address)
        self.hoursEdit.setText(sp.hours)
        self.phoneEdit.setText(sp.phone)
        self.workingDaysSpin.setValue(r.working_days)
        self.cutoffEdit.setText(r.cutoff_time)
        self.minAgeSpin.setValue(r.min_age_alone)
        self.residencePermitCheck.setChecked(r.nonlocal_needs_residence_permit)
        self.localPrefixesEdit.setText(", ".join(r.local_region_prefixes))
        self.letterCheck.setChecked(r.proxy_needs_letter)
        self.familyExemptCheck.setChecked(r.letter_exempt_close_family)
        self.familyExemptCheck.setEnabled(r.proxy_needs_letter)
        self.uncollectedSpin.setValue(r.uncollected_days)
        self.newbornDaysSpin.setValue(r.newborn_days)
        self.flexibleMinAgeSpin.setValue(r.flexible_min_age)
        self.femaleRetirementCombo.setCurrentIndex(max(0, self.femaleRetirementCombo.findData(
            r.female_original_retirement_age)))
        self.contributionYearsSpin.setValue(r.required_contribution_years)
        self.paymentChannelsEdit.setText("、".join(s.receipt.payment_channels))
        self.guidanceList.clear()
        for line in s.receipt.guidance:
            self._add_guidance_item(line)
        self.paperCombo.setCurrentIndex(max(0, self.paperCombo.findData(s.printing.paper)))
        self._fill_printers(s.printing.printer)
        self.previewCheck.setChecked(s.printing.preview)
        self.fontPathEdit.setText(s.printing.font_path)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(s.ui.language)))
        self.idleLockSpin.setValue(s.ui.idle_lock_minutes)
        self.centralUrlEdit.setText(s.sync.central_url)

    def _fill_printers(self, current: str) -> None:
        combo = self.printerCombo
        combo.clear()
        combo.addItem(self.tr("系统默认打印机"), "")
        for name in available_printers():
            combo.addItem(name, name)
        if current and combo.findData(current) < 0:
            combo.addItem(self.tr("%1（未连接）").replace("%1", current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def collect(self) -> Any:
        """The edited settings (a new copy; nothing is saved)."""
        s = copy.deepcopy(self.settings)
        sp, r = s.service_point, s.rules
        sp.code = self.codeEdit.text().strip()
        sp.name = self.nameEdit.text().strip()
        sp.kind = self.kindCombo.currentData()
        sp.address = self.addressEdit.text().strip()
        sp.hours = self.hoursEdit.text().strip()
        sp.phone = self.phoneEdit.text().strip()
        r.working_days = self.workingDaysSpin.value()
        r.cutoff_time = normalize_cutoff(self.cutoffEdit.text().strip())
        r.min_age_alone = self.minAgeSpin.value()
        r.nonlocal_needs_residence_permit = self.residencePermitCheck.isChecked()
        r.local_region_prefixes = split_prefixes(self.localPrefixesEdit.text())
        r.proxy_needs_letter = self.letterCheck.isChecked()
        r.letter_exempt_close_family = self.familyExemptCheck.isChecked()
        r.uncollected_days = self.uncollectedSpin.value()
        r.newborn_days = self.newbornDaysSpin.value()
        r.flexible_min_age = self.flexibleMinAgeSpin.value()
        r.female_original_retirement_age = self.femaleRetirementCombo.currentData()
        r.required_contribution_years = self.contributionYearsSpin.value()
        s.receipt.guidance = self.guidance()
        s.receipt.payment_channels = [c.strip() for c in re.split(r"[、,，;；]+", self.paymentChannelsEdit.text())
                                      if c.strip()]
        s.printing.paper = self.paperCombo.currentData()
        s.printing.printer = self.printerCombo.currentData() or ""
        s.printing.preview = self.previewCheck.isChecked()
        s.printing.font_path = self.fontPathEdit.text().strip()
        s.ui.language = self.languageCombo.currentData()
        s.ui.idle_lock_minutes = self.idleLockSpin.value()
        s.sync.central_url = self.centralUrlEdit.text().strip()
        return s

    def guidance(self) -> list[dict[str, Any]]:
        """The lines as edited, each keeping where it applies (a new line applies to everyone)."""
        lines = []
        for i in range(self.guidanceList.count()):
            item = self.guidanceList.item(i)
            text = item.text().strip()
            if text:
                line = dict(item.data(Qt.ItemDataRole.UserRole) or {})
                if line.get("text") != text:
                    line.pop("en", None)  # the English text no longer says the same
                line["text"] = text
                lines.append(line)
        return lines

    # -- the guidance list -------------------------------------------------------------------------------------
    def _add_guidance_item(self, line: dict[str, Any] | str) -> QListWidgetItem:
        line = {"text": line} if isinstance(line, str) else dict(line)
        item = QListWidgetItem(str(line.get("text", "")))
        item.setData(Qt.ItemDataRole.UserRole, line)
        where = "；".join(f"{key}: {'、'.join(line[key]) if isinstance(line[key], list) else line[key]}"
                         for key in ("business", "scheme", "employment", "category", "when") if line.get(key))
        item.setToolTip(self.tr("适用：") + (where or self.tr("所有回执")))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.guidanceList.addItem(item)
        return item

    @Slot()
    def _on_add_guidance(self) -> None:
        item = self._add_guidance_item("")
        self.guidanceList.setCurrentItem(item)
        self.guidanceList.setFocus()
        self.guidanceList.editItem(item)

    @Slot()
    def _on_edit_guidance(self) -> None:
        item = self.guidanceList.currentItem()
        if item is not None:
            self.guidanceList.setFocus()
            self.guidanceList.editItem(item)

    @Slot()
    def _on_remove_guidance(self) -> None:
        row = self.guidanceList.currentRow()
        if row >= 0:
            self.guidanceList.takeItem(row)

    def _on_move_guidance(self, step: int) -> None:
        row = self.guidanceList.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.guidanceList.count():
            return
        item = self.guidanceList.takeItem(row)
        self.guidanceList.insertItem(target, item)
        self.guidanceList.setCurrentRow(target)

    @Slot()
    def _on_browse_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中文字体文件"), self.fontPathEdit.text(),
                                              self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"))
        if path:
            self.fontPathEdit.setText(path)
            self._show_field_problem("printing.font_path", "")

    # -- saving ------------------------------------------------------------------------------------------------
    def _show_field_problem(self, key: str, text: str) -> None:
        label = self.problem_labels.get(key)
        widget = self.fields.get(key)
        if label is None or widget is None:
            return
        label.setText(text)
        label.setVisible(bool(text))
        set_state(widget, "state", "error" if text else "")

    def clear_problems(self) -> None:
        for key in self.fields:
            self._show_field_problem(key, "")
        self.generalProblem.clear()
        self.generalProblem.hide()

    def _local_problems(self, new: Any) -> dict[str, str]:
        """What the settings rules allow but a working counter cannot do without."""
        t = self.ctx.t
        out: dict[str, str] = {}
        if not new.service_point.code:
            out["service_point.code"] = t("必填", "Required")
        if not new.service_point.name:
            out["service_point.name"] = t("必填", "Required")
        url = new.sync.central_url
        if url and not url.startswith("postgresql"):
            out["sync.central_url"] = t("请填写 PostgreSQL 数据库地址（postgresql+psycopg://…）",
                                        "Enter a PostgreSQL URL (postgresql+psycopg://…)")
        return out

    def show_problems(self, problems: dict[str, str], general: list[str] | None = None) -> None:
        """Each refusal beside its field; the first one's tab is shown and its field focused."""
        self.clear_problems()
        for key, text in problems.items():
            if key in self.fields:
                self._show_field_problem(key, text)
            else:
                general = [*(general or []), text]
        if general:
            self.generalProblem.setText("\n".join(general))
            self.generalProblem.show()
        bar = self.tabs.tabBar()
        refused_tabs = {self._tab_of[k] for k in problems if k in self._tab_of}
        for index in range(self.tabs.count()):  # a refusal on another tab: its title turns red
            bar.setTabTextColor(index, QColor("#c62828") if index in refused_tabs else QColor())
        first = next((k for k in self.fields if k in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            self.fields[first].setFocus()

    def problem_text(self, problem: Any) -> str:
        """A refusal as read beside the field: the settings rule's hint in the user's language."""
        lang = self.ctx.lang
        if problem.code == "settings.bad_value":
            hint = str(problem.params.get("hint", ""))
            en, _, zh = hint.partition(" / ")
            return self.ctx.t(f"无效：{zh or en}", f"Not allowed: {en}")
        return problem.message(lang)

    @Slot()
    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.busy:
            return
        new = self.collect()
        local = self._local_problems(new)
        if local:
            self.show_problems(local)
            return
        self.clear_problems()
        self.busy = True
        self.okButton.setEnabled(False)
        actor = self.ctx.actor

        def work(session: Any) -> Any:
            from clerk_desk.services.settings_service import update_settings

            return update_settings(session, actor, new)

        self.ctx.call(work, lambda changes: self._on_saved(new, changes), self._on_failed)

    def _on_saved(self, new: Any, changes: dict[str, Any]) -> None:
        self.busy = False
        self.okButton.setEnabled(True)
        self.changes = changes
        t = self.ctx.t
        if changes:
            self.ctx.settings = new
            self.ctx.settings_changed.emit()
            text = t(f"设置已保存（{len(changes)} 项更改）", f"Settings saved ({len(changes)} changed)")
            if "ui.language" in changes:
                text += t("；界面语言在重新启动程序后生效", "; the language changes when the program is restarted")
            errors.show_message("ok", text)
        else:
            errors.show_message("info", t("设置没有更改", "Nothing was changed"))
        self.saved.emit(changes)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.okButton.setEnabled(True)
        problems = getattr(exc, "problems", None)
        if problems:
            by_field: dict[str, str] = {}
            general: list[str] = []
            for p in problems:
                if p.field in self.fields:
                    by_field.setdefault(p.field, self.problem_text(p))
                else:
                    general.append(p.message(self.ctx.lang))
            self.show_problems(by_field, general)
            return
        kind, text = errors.describe(exc)
        if kind == "bug":
            errors.log.error("settings not saved", exc_info=(type(exc), exc, exc.__traceback__))
        self.show_problems({}, [text])


def available_printers() -> list[str]:
    """The printers the system knows (CUPS, Windows); none when printing support is missing."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:  # pragma: no cover - PySide6-Essentials always has it
        return []
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]
