"""The read-only part of the record dialog: the number and status, then the application, insured,
agent, acceptance and pickup, documents, cancellation and corrections, in a scroll area.

It shows a :class:`~clerk_desk.gui.record_view.RecordView` (already masked); a full ID number
appears only through :meth:`RecordSheet.show_revealed`, after the audited Reveal.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.applications_model import STATUS_COLOURS
from clerk_desk.gui.qt import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from clerk_desk.gui.record_view import (
    DASH,
    RESULTS,
    RecordView,
    agent_word,
    changes_text,
    document_label,
    field_texts,
    when,
)
from clerk_desk.gui.rows_model import rows_view
from clerk_desk.gui.style import set_state


class RecordSheet(QWidget):
    """Header and body of the record: one value label per field, in :attr:`values` by name."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values: dict[str, QLabel] = {}
        self._build()

    def _value(self, name: str, *, id_like: bool = False) -> QLabel:
        label = QLabel(DASH, self)
        label.setObjectName(f"{name}Value")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(not id_like)
        if id_like:
            label.setProperty("class", "id")
        self.values[name] = label
        return label

    def _group(self, title: str, rows: list[tuple[str, str, bool]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, caption, id_like in rows:
            form.addRow(caption, self._value(name, id_like=id_like))
        return box

    def _build(self) -> None:
        t = self.ctx.t
        header = QHBoxLayout()
        header.addWidget(self._value("number"))
        header.addWidget(self._value("status"))
        header.addStretch(1)
        self.loading = QLabel(t("正在读取…", "Loading…"), self)
        header.addWidget(self.loading)

        self.application_box = self._group(t("业务", "Application"), [
            ("kind", t("业务类型", "Kind"), False), ("scheme", t("险种", "Scheme"), False),
            ("applicant", t("办理方式", "Applicant"), False)])
        self.insured_box = self._group(t("参保人", "Insured"), [
            ("insured_name", t("姓名", "Name"), False), ("insured_id", t("身份证号码", "ID number"), True),
            ("phone", t("联系电话", "Phone"), False), ("address", t("联系地址", "Address"), False)])
        self.agent_box = self._group(t("代办人", "Agent"), [
            ("agent_name", t("姓名", "Name"), False), ("agent_id", t("身份证号码", "ID number"), True),
            ("agent_relation", t("与参保人关系", "Relation"), False), ("agent_phone", t("联系电话", "Phone"), False),
            ("authorization_letter", t("授权委托书", "Authorisation letter"), False)])
        self.progress_box = self._group(t("受理与领卡", "Acceptance and pickup"), [
            ("accepted", t("受理", "Accepted"), False), ("ready_by", t("应领卡日期", "Ready by"), False),
            ("pickup_code", t("领卡码", "Pickup code"), True), ("ready_at", t("到卡时间", "Card ready"), False),
            ("collected", t("领卡", "Collected"), False), ("collector", t("领卡人", "Collector"), False)])
        self.cancel_box = self._group(t("撤销", "Cancelled"), [("cancel_reason", t("撤销原因", "Reason"), False)])
        self.documents_box = QGroupBox(t("材料核验", "Documents checked"), self)
        self.documents_grid = QGridLayout(self.documents_box)
        self.corrections_box = QGroupBox(t("更正记录", "Corrections"), self)
        self.corrections = rows_view([t("时间", "When"), t("负责人", "By"), t("原因", "Reason"),
                                      t("更正内容（更正前 → 更正后）", "Changes (before → after)")],
                                     self.corrections_box, name="correctionsTable")
        self.corrections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.corrections.setWordWrap(True)
        self.no_corrections = QLabel(t("无更正", "No corrections"), self.corrections_box)
        self.no_corrections.setProperty("class", "hint")
        box = QVBoxLayout(self.corrections_box)
        box.addWidget(self.no_corrections)
        box.addWidget(self.corrections)

        body = QWidget(self)
        grid = QGridLayout(body)
        for column, boxes in enumerate(((self.application_box, self.insured_box, self.agent_box),
                                        (self.progress_box, self.documents_box, self.cancel_box))):
            stack = QVBoxLayout()
            for box in boxes:
                stack.addWidget(box)
            stack.addStretch(1)
            grid.addLayout(stack, 0, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.corrections_box, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    # -- showing ------------------------------------------------------------------------------
    def show_view(self, view: RecordView) -> None:
        """Every value of ``view`` in its label; full numbers hidden again (masked)."""
        from clerk_desk.domain.workflow import STATUS_LABELS

        t, lang = self.ctx.t, self.ctx.lang
        row, v = view.row, self.values
        v["number"].setText(row.number or t("（未编号）", "(no number)"))
        zh, en = STATUS_LABELS.get(row.status, (view.status, view.status))
        colour = STATUS_COLOURS.get(view.status, "#000000")
        v["status"].setText(en if lang == "en" else zh)
        v["status"].setStyleSheet(f"color: white; background: {colour};")
        for name, text in field_texts(view, t, lang).items():
            v[name].setText(text or DASH)
        for name in ("insured_id", "agent_id"):
            set_state(v[name], "revealed", "")
            v[name].setToolTip("")
        word = agent_word(view, t)
        self.agent_box.setTitle(word.capitalize() if lang == "en" else word)
        self.agent_box.setVisible(row.applicant_type != "self")
        self.cancel_box.setVisible(view.status == "cancelled")
        self._show_documents(view)
        self._show_corrections(view)

    def show_revealed(self, who: str, number: str) -> None:
        """The full number after Reveal, marked as such; in this dialog only."""
        label = self.values["insured_id" if who == "insured" else "agent_id"]
        label.setText(number)
        set_state(label, "revealed", "yes")
        label.setToolTip(self.ctx.t("完整号码仅在本窗口显示，查看已记入审计日志",
                                    "Shown in this window only; the view is in the audit trail"))

    def _show_documents(self, view: RecordView) -> None:
        while self.documents_grid.count():
            item = self.documents_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lang = self.ctx.lang
        if not view.documents:
            self.documents_grid.addWidget(QLabel(DASH, self.documents_box), 0, 0)
        for i, (code, result) in enumerate(view.documents):
            name = QLabel(document_label(code, lang), self.documents_box)
            name.setWordWrap(True)
            zh, en, state = RESULTS.get(result, (result, result, ""))
            mark = QLabel(en if lang == "en" else zh, self.documents_box)
            set_state(mark, "state", state)
            self.documents_grid.addWidget(name, i, 0)
            self.documents_grid.addWidget(mark, i, 1, Qt.AlignmentFlag.AlignTop)
        self.documents_grid.setColumnStretch(0, 1)

    def _show_corrections(self, view: RecordView) -> None:
        lang = self.ctx.lang
        table = self.corrections
        table.model().set_rows([(when(line.at), line.actor, line.reason, changes_text(line, lang))
                                for line in view.corrections])
        table.resizeRowsToContents()
        table.setVisible(bool(view.corrections))
        self.no_corrections.setVisible(not view.corrections)
        if view.corrections:
            table.setFixedHeight(min(220, table.horizontalHeader().height() + table.verticalHeader().length() + 4))
