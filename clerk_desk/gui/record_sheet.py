"""The read-only part of the record dialog (``ui/record_sheet.ui``): the number and status, then the
application, insured, agent, acceptance and pickup, documents, cancellation and corrections.

It shows a :class:`~clerk_desk.gui.record_view.RecordView` (already masked); a full ID number
appears only through :meth:`RecordSheet.show_revealed`, after the audited Reveal.
"""

from __future__ import annotations

from clerk_desk.domain.problems import label
from clerk_desk.gui.applications_model import STATUS_COLOURS
from clerk_desk.gui.forms.ui_record_sheet import Ui_RecordSheet
from clerk_desk.gui.qt import QHeaderView, QLabel, Qt, QWidget
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
from clerk_desk.gui.rows_model import show_rows
from clerk_desk.gui.style import set_state

#: the value labels by field name; each is ``<camelName>Value`` in the form
FIELDS = ("number", "status", "kind", "scheme", "applicant", "insured_name", "insured_id", "phone", "address",
          "agent_name", "agent_id", "agent_relation", "agent_phone", "authorization_letter", "accepted", "ready_by",
          "pickup_code", "ready_at", "collected", "collector", "cancel_reason")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


class RecordSheet(QWidget):
    """Header and body of the record: one value label per field, in :attr:`values` by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_RecordSheet()
        u.setupUi(self)
        self.lang = "zh"  # the language of the domain's labels (kinds, schemes, documents): set by the dialog
        self.values: dict[str, QLabel] = {name: getattr(u, _camel(name) + "Value") for name in FIELDS}
        self.loading, self.agent_box, self.cancel_box = u.loading, u.agentBox, u.cancelBox
        self.documents_box, self.documents_grid = u.documentsBox, u.documentsGrid
        self.corrections, self.no_corrections = u.correctionsTable, u.noCorrections
        show_rows(self.corrections, [self.tr("时间"), self.tr("负责人"), self.tr("原因"),
                                     self.tr("更正内容（更正前 → 更正后）")])
        self.corrections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- showing ------------------------------------------------------------------------------
    def show_view(self, view: RecordView) -> None:
        """Every value of ``view`` in its label; full numbers hidden again (masked)."""
        from clerk_desk.domain.workflow import STATUS_LABELS

        lang, row, v = self.lang, view.row, self.values
        v["number"].setText(row.number or self.tr("（未编号）"))
        colour = STATUS_COLOURS.get(view.status, "#000000")
        v["status"].setText(label(STATUS_LABELS.get(row.status, (view.status, view.status)), lang))
        v["status"].setStyleSheet(f"color: white; background: {colour};")
        for name, text in field_texts(view, lang).items():
            v[name].setText(text or DASH)
        for name in ("insured_id", "agent_id"):
            set_state(v[name], "revealed", "")
            v[name].setToolTip("")
        self.agent_box.setTitle(agent_word(view).capitalize())
        self.agent_box.setVisible(row.applicant_type != "self")
        self.cancel_box.setVisible(view.status == "cancelled")
        self._show_documents(view)
        self._show_corrections(view)

    def show_revealed(self, who: str, number: str) -> None:
        """The full number after Reveal, marked as such; in this dialog only."""
        label = self.values["insured_id" if who == "insured" else "agent_id"]
        label.setText(number)
        set_state(label, "revealed", "yes")
        label.setToolTip(self.tr("完整号码仅在本窗口显示，查看已记入审计日志"))

    def _show_documents(self, view: RecordView) -> None:
        while self.documents_grid.count():
            item = self.documents_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lang = self.lang
        if not view.documents:
            self.documents_grid.addWidget(QLabel(DASH, self.documents_box), 0, 0)
        for i, (code, result) in enumerate(view.documents):
            name = QLabel(document_label(code, lang), self.documents_box)
            name.setWordWrap(True)
            zh, en, state = RESULTS.get(result, (result, result, ""))
            mark = QLabel(label((zh, en), lang), self.documents_box)
            set_state(mark, "state", state)
            self.documents_grid.addWidget(name, i, 0)
            self.documents_grid.addWidget(mark, i, 1, Qt.AlignmentFlag.AlignTop)

    def _show_corrections(self, view: RecordView) -> None:
        table = self.corrections
        table.model().set_rows([(when(line.at), line.actor, line.reason, changes_text(line, self.lang))
                                for line in view.corrections])
        table.resizeRowsToContents()
        table.setVisible(bool(view.corrections))
        self.no_corrections.setVisible(not view.corrections)
        if view.corrections:
            table.setFixedHeight(min(220, table.horizontalHeader().height() + table.verticalHeader().length() + 4))
