"""Small helpers the form pages share: dates typed as text, combo boxes filled from label tables,
problem labels beside fields, and in-place normalisation of ID numbers."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from clerk_desk.gui.qt import QComboBox, QCoreApplication, QLabel, QLineEdit, Qt
from clerk_desk.gui.style import set_state


def parse_date(text: str) -> date | None:
    """``2020-01-31``, ``2020.01.31``, ``2020/1/31`` or ``20200131`` (full-width digits allowed)."""
    from clerk_desk.domain.idnumber import normalize

    t = normalize(text)  # NFKC: full-width digits, ． and － become ASCII
    m = re.fullmatch(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?", t) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def fill_combo(combo: QComboBox, labels: dict[Any, tuple[str, str]], lang: str, *, first: tuple[str, Any] | None = None) -> None:
    """Choices from a domain label table ``{value: (zh, en)}``, shown in ``lang``."""
    from clerk_desk.domain.problems import label

    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for key, pair in labels.items():
        combo.addItem(label(pair, lang), getattr(key, "value", key))


def fill_translated(combo: QComboBox, context: str, sources: dict[Any, str], *,
                    first: tuple[str, Any] | None = None) -> None:
    """Choices ``{value: Chinese source}`` marked with ``QT_TRANSLATE_NOOP(context, …)``, shown translated."""
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for value, source in sources.items():
        combo.addItem(QCoreApplication.translate(context, source), value)


def combo_value(combo: QComboBox) -> Any:
    data = combo.currentData()
    if data is None and combo.isEditable():
        return combo.currentText().strip()
    return data


_KEPT = int(Qt.ItemDataRole.UserRole) + 1  # marks an item added by set_combo_value(keep_unknown=True)


def set_combo_value(combo: QComboBox, value: Any, *, keep_unknown: bool = False) -> None:
    """Choose ``value``.  ``keep_unknown``: a saved text that is none of the choices (an old draft's
    free text) is shown as it was, as an extra item holding it, instead of silently choosing the
    first; the rules then say it is not a choice, and nothing is changed behind the clerk's back."""
    value = getattr(value, "value", value)
    if keep_unknown:
        for i in reversed(range(combo.count())):
            if combo.itemData(i, _KEPT):
                combo.removeItem(i)
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable() and isinstance(value, str):
        combo.setEditText(value)
    elif keep_unknown and isinstance(value, str) and value.strip():
        combo.addItem(QCoreApplication.translate("FormFields", "{value}（原填写，请重新选择）").format(value=value),
                      value)
        combo.setItemData(combo.count() - 1, True, _KEPT)
        combo.setCurrentIndex(combo.count() - 1)
    else:
        combo.setCurrentIndex(0)


def show_problems(label: QLabel, problems: list[Any], lang: str) -> None:
    """Errors first; red for errors, orange for warnings only; hidden when there is none."""
    if not problems:
        label.clear()
        label.hide()
        return
    ordered = sorted(problems, key=lambda p: 0 if p.is_error else 1)
    lines = dict.fromkeys(("✖ " if p.is_error else "⚠ ") + p.message(lang) for p in ordered)  # each said once
    label.setText("\n".join(lines))
    set_state(label, "severity", "error" if ordered[0].is_error else "warning")
    label.show()


def normalize_in_place(edit: QLineEdit) -> str:
    """Full-width digits to ASCII, ``x`` to ``X``, spaces removed — in the field, cursor kept."""
    from clerk_desk.domain.idnumber import normalize

    text = edit.text()
    cleaned = normalize(text)
    if cleaned != text:
        pos = len(normalize(text[: edit.cursorPosition()]))
        edit.setText(cleaned)
        edit.setCursorPosition(pos)
    return cleaned


def mark(edit: QLineEdit, problems: list[Any], ok: bool) -> None:
    if any(p.is_error for p in problems):
        set_state(edit, "state", "error")
    elif problems:
        set_state(edit, "state", "warning")
    else:
        set_state(edit, "state", "ok" if ok else "")
