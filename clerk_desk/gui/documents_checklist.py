"""The documents checklist of the New Application page: one combo box per requirement the rules
list (``report.checklist``), in the page's ``documentsForm``.

The clerk's choice is recorded on the document type that decides the requirement, so a result
survives the checklist changing as the clerk types (another scheme, an agent, no household book).
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.form_fields import fill_translated, set_combo_value
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import QT_TRANSLATE_NOOP, QComboBox, QLabel, QObject, QWidget, Signal
from clerk_desk.gui.style import set_state

# A document's result (stored value) and its label, shown through Qt's translation.
DOC_RESULTS = [("", QT_TRANSLATE_NOOP("DocumentsChecklist", "未核验")),
               ("verified", QT_TRANSLATE_NOOP("DocumentsChecklist", "已核验")),
               ("missing", QT_TRANSLATE_NOOP("DocumentsChecklist", "缺少")),
               ("expired", QT_TRANSLATE_NOOP("DocumentsChecklist", "已过期")),
               ("mismatch", QT_TRANSLATE_NOOP("DocumentsChecklist", "不一致"))]


def doc_key(item: Any) -> str:
    """The document type a checklist row records (older rules: the row's own code)."""
    return getattr(item, "document", "") or item.code


class DocumentsChecklist(QObject):
    """The rows (``combos`` by requirement code) and the results (``results`` by document type)."""

    changed = Signal()  # the clerk chose a result

    def __init__(self, ctx: Any, ui: Ui_NewApplicationPage, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self._page = page
        self.combos: dict[str, QComboBox] = {}
        self.items: dict[str, Any] = {}
        self.results: dict[str, str] = {}
        self.tab_after: QWidget = ui.birthCertificateEdit   # the last widget of the household section

    def documents(self) -> dict[str, str]:
        """The results chosen, for the form."""
        return {k: v for k, v in self.results.items() if v}

    def set_results(self, documents: dict[str, str]) -> None:
        """A loaded form's results; the rows are rebuilt at the next :meth:`show`."""
        self.results = dict(documents)
        self.clear_rows()

    def clear_rows(self) -> None:
        form = self.ui.documentsForm
        while form.rowCount():
            form.removeRow(0)
        self.combos.clear()

    def show(self, report: Any) -> None:
        """One row per requirement; the clerk's choice is recorded on the document type that decides it."""
        lang = self.ctx.lang
        self.items = {item.code: item for item in report.checklist}
        codes = list(self.items)
        if codes != list(self.combos):
            self.clear_rows()
            for item in report.checklist:
                combo = QComboBox(self._page)
                combo.setObjectName(f"doc_{item.code}")
                fill_translated(combo, "DocumentsChecklist", {value: text for value, text in DOC_RESULTS})
                combo.currentIndexChanged.connect(lambda _i, code=item.code, c=combo: self._on_doc(code, c))
                label = QLabel(item.label(lang) + ("" if item.required else self.tr("（如有）")))
                label.setToolTip(label.text())   # one line: a wrapped label in a form row is cut short
                label.setBuddy(combo)
                self.ui.documentsForm.addRow(label, combo)
                self.combos[item.code] = combo
            self._fix_tab_order()
        for item in report.checklist:
            combo = self.combos[item.code]
            chosen = self.results.get(doc_key(item), "")
            if combo.currentData() != chosen:
                combo.blockSignals(True)
                set_combo_value(combo, chosen)
                combo.blockSignals(False)
            state = "ok" if item.result == "verified" else ("error" if chosen or not item.required else "")
            if item.result in ("expired", "mismatch"):
                state = "error"
            set_state(combo, "state", state)

    def _fix_tab_order(self) -> None:
        """The checklist rows come after the household book, as on the screen, then Accept."""
        prev: QWidget = self.tab_after
        for combo in self.combos.values():
            QWidget.setTabOrder(prev, combo)
            prev = combo
        QWidget.setTabOrder(prev, self.ui.acceptButton)

    def _on_doc(self, code: str, combo: QComboBox) -> None:
        item = self.items.get(code)
        if item is None:
            return
        value = combo.currentData() or ""
        if value:
            self.results[doc_key(item)] = value
        else:
            self.results.pop(doc_key(item), None)
        self.changed.emit()

    def mark_all_verified(self) -> None:
        """Every document on the checklist seen and verified."""
        for combo in self.combos.values():
            set_combo_value(combo, "verified")

    def set_document(self, code: str, result: str) -> bool:
        """Set a row (by requirement key or document type); False when there is no such row."""
        if code not in self.combos:
            code = next((k for k, i in self.items.items() if doc_key(i) == code), code)
        combo = self.combos.get(code)
        if combo is None:
            return False
        set_combo_value(combo, result)
        return True
