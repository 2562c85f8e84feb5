"""The settings dialog's fields: which widget edits which setting, and the values between them.

The widgets come from ``ui/settings_dialog.ui``; :data:`FIELDS` maps each dotted settings key
(the ``field`` a refusal names, e.g. ``rules.cutoff_time``) to its widget's object name.
:func:`load` fills the form from a settings object, :func:`collect` writes the form into one;
both use only the settings' attributes.
"""

from __future__ import annotations

import re
from typing import Any

from clerk_desk.gui.qt import QCoreApplication, QListWidget, QListWidgetItem, Qt

#: settings key -> widget name in the form, in the order the tabs show them
FIELDS = {
    "service_point.code": "codeEdit", "service_point.name": "nameEdit", "service_point.kind": "kindCombo",
    "service_point.address": "addressEdit", "service_point.hours": "hoursEdit", "service_point.phone": "phoneEdit",
    "rules.working_days": "workingDaysSpin", "rules.cutoff_time": "cutoffEdit", "rules.min_age_alone": "minAgeSpin",
    "rules.nonlocal_needs_residence_permit": "residencePermitCheck",
    "rules.local_region_prefixes": "localPrefixesEdit", "rules.proxy_needs_letter": "letterCheck",
    "rules.letter_exempt_close_family": "familyExemptCheck", "rules.uncollected_days": "uncollectedSpin",
    "rules.newborn_days": "newbornDaysSpin", "rules.flexible_min_age": "flexibleMinAgeSpin",
    "rules.female_original_retirement_age": "femaleRetirementCombo",
    "rules.required_contribution_years": "contributionYearsSpin",
    "receipt.guidance": "guidanceList", "receipt.payment_channels": "paymentChannelsEdit",
    "printing.paper": "paperCombo", "printing.printer": "printerCombo", "printing.preview": "previewCheck",
    "printing.font_path": "fontPathEdit", "ui.language": "languageCombo", "ui.idle_lock_minutes": "idleLockSpin",
    "sync.central_url": "centralUrlEdit",
}
#: the values behind each fixed combo's items, in the form's order
COMBO_VALUES: dict[str, tuple[Any, ...]] = {
    "kindCombo": ("street", "county"), "femaleRetirementCombo": (55, 50), "paperCombo": ("A4", "80mm"),
    "languageCombo": ("zh", "en"),
}
#: plain values: settings key -> widget name, read and written the same way for each widget type
_TEXTS = ("service_point.code", "service_point.name", "service_point.address", "service_point.hours",
          "service_point.phone", "printing.font_path", "sync.central_url")
_NUMBERS = ("rules.working_days", "rules.min_age_alone", "rules.uncollected_days", "rules.newborn_days",
            "rules.flexible_min_age", "rules.required_contribution_years", "ui.idle_lock_minutes")
_CHECKS = ("rules.nonlocal_needs_residence_permit", "rules.proxy_needs_letter", "rules.letter_exempt_close_family",
           "printing.preview")
_COMBOS = ("service_point.kind", "rules.female_original_retirement_age", "printing.paper", "ui.language")


def normalize_cutoff(text: str) -> str:
    """``9:30``, ``０９：３０`` -> ``09:30``; anything else is returned as typed (the rules refuse it)."""
    from clerk_desk.domain.idnumber import normalize

    t = normalize(text)  # NFKC: full-width digits and colon become ASCII
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", t)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else t


def split_prefixes(text: str) -> list[str]:
    from clerk_desk.domain.idnumber import normalize

    return [p for p in re.split(r"[,，;；、\s]+", normalize(text.replace(" ", ","))) if p]


def _get(settings: Any, key: str) -> Any:
    section, name = key.split(".")
    return getattr(getattr(settings, section), name)


def _set(settings: Any, key: str, value: Any) -> None:
    section, name = key.split(".")
    setattr(getattr(settings, section), name, value)


def load(ui: Any, settings: Any) -> None:
    """Every field of the form from ``settings``."""
    for name, values in COMBO_VALUES.items():
        combo = getattr(ui, name)
        for index, value in enumerate(values):
            combo.setItemData(index, value)
    for key in _TEXTS:
        getattr(ui, FIELDS[key]).setText(_get(settings, key))
    for key in _NUMBERS:
        getattr(ui, FIELDS[key]).setValue(_get(settings, key))
    for key in _CHECKS:
        getattr(ui, FIELDS[key]).setChecked(_get(settings, key))
    for key in _COMBOS:
        combo = getattr(ui, FIELDS[key])
        combo.setCurrentIndex(max(0, combo.findData(_get(settings, key))))
    ui.cutoffEdit.setText(settings.rules.cutoff_time)
    ui.localPrefixesEdit.setText(", ".join(settings.rules.local_region_prefixes))
    ui.familyExemptCheck.setEnabled(settings.rules.proxy_needs_letter)
    ui.paymentChannelsEdit.setText(QCoreApplication.translate("SettingsDialog", "、").join(settings.receipt.payment_channels))
    ui.guidanceList.clear()
    for line in settings.receipt.guidance:
        add_guidance_item(ui.guidanceList, line)
    fill_printers(ui.printerCombo, settings.printing.printer)


def collect(ui: Any, settings: Any) -> Any:
    """``settings`` with every field of the form written into it (the caller passes a copy)."""
    for key in _TEXTS:
        _set(settings, key, getattr(ui, FIELDS[key]).text().strip())
    for key in _NUMBERS:
        _set(settings, key, getattr(ui, FIELDS[key]).value())
    for key in _CHECKS:
        _set(settings, key, getattr(ui, FIELDS[key]).isChecked())
    for key in _COMBOS:
        _set(settings, key, getattr(ui, FIELDS[key]).currentData())
    settings.rules.cutoff_time = normalize_cutoff(ui.cutoffEdit.text().strip())
    settings.rules.local_region_prefixes = split_prefixes(ui.localPrefixesEdit.text())
    settings.receipt.guidance = guidance(ui.guidanceList)
    settings.receipt.payment_channels = [c.strip() for c in re.split(r"[、,，;；]+", ui.paymentChannelsEdit.text())
                                         if c.strip()]
    settings.printing.printer = ui.printerCombo.currentData() or ""
    return settings


def fill_printers(combo: Any, current: str) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("SettingsDialog", "系统默认打印机"), "")
    for name in available_printers():
        combo.addItem(name, name)
    if current and combo.findData(current) < 0:
        combo.addItem(QCoreApplication.translate("SettingsDialog", "%1（未连接）").replace("%1", current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def guidance(view: QListWidget) -> list[dict[str, Any]]:
    """The lines as edited, each keeping where it applies (a new line applies to everyone)."""
    lines = []
    for i in range(view.count()):
        item = view.item(i)
        text = item.text().strip()
        if text:
            line = dict(item.data(Qt.ItemDataRole.UserRole) or {})
            if line.get("text") != text:
                line.pop("en", None)  # the English text no longer says the same
            line["text"] = text
            lines.append(line)
    return lines


def add_guidance_item(view: QListWidget, line: dict[str, Any] | str) -> QListWidgetItem:
    line = {"text": line} if isinstance(line, str) else dict(line)
    item = QListWidgetItem(str(line.get("text", "")))
    item.setData(Qt.ItemDataRole.UserRole, line)
    sep, items = QCoreApplication.translate("SettingsDialog", "；"), QCoreApplication.translate("SettingsDialog", "、")
    where = sep.join(f"{key}: {items.join(line[key]) if isinstance(line[key], list) else line[key]}"
                     for key in ("business", "scheme", "employment", "category", "when") if line.get(key))
    item.setToolTip(QCoreApplication.translate("SettingsDialog", "适用：") + (where or QCoreApplication.translate("SettingsDialog", "所有回执")))
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    view.addItem(item)
    return item


def available_printers() -> list[str]:
    """The printers the system knows (CUPS, Windows); none when printing support is missing."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:  # pragma: no cover - PySide6-Essentials always has it
        return []
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]
