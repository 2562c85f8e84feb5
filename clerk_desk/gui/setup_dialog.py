"""First-run setup: the service point (code, name, kind, address, hours), saved to the settings."""

from __future__ import annotations

import copy
from typing import Any

from clerk_desk.gui.forms.ui_setup_dialog import Ui_SetupDialog
from clerk_desk.gui.qt import QDialog, QDialogButtonBox, QLabel, QWidget, Slot

KINDS = ("street", "county")
LANGS = ("zh", "en")


def check_service_point(settings: Any) -> dict[str, str]:
    """Field name -> refusal (what the settings schema expects, as the settings file is checked, in
    the language chosen)."""
    from clerk_desk.config import settings_from_dict
    from clerk_desk.domain.problems import label

    out: dict[str, str] = {}
    sp = settings.service_point
    for name in ("code", "name"):
        value = getattr(sp, name)
        _, problems = settings_from_dict({"service_point": {name: value}})
        if not value.strip():
            out[name] = "required"
        elif problems:
            expected = problems[0].params["expected"]
            out[name] = label((expected.zh, expected.en), settings.ui.language)
    return out


class SetupDialog(QDialog):
    """Asks for the service point; ``accept`` saves the settings (``config.save_settings``)."""

    def __init__(self, settings: Any, parent: QWidget | None = None, *, save: bool = True,
                 create_account: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.settings = copy.deepcopy(settings)
        self._save = save
        self.create_account = create_account
        self.actor: Any = None
        self.ui.accountGroup.setVisible(create_account)
        sp = self.settings.service_point
        self.ui.codeEdit.setText(sp.code)
        self.ui.nameEdit.setText(sp.name)
        self.ui.kindCombo.setCurrentIndex(KINDS.index(sp.kind) if sp.kind in KINDS else 0)
        self.ui.addressEdit.setText(sp.address)
        self.ui.hoursEdit.setText(sp.hours)
        self.ui.phoneEdit.setText(sp.phone)
        self.ui.languageCombo.setCurrentIndex(LANGS.index(self.settings.ui.language))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.codeEdit.setFocus()

    def _collect(self) -> None:
        sp = self.settings.service_point
        sp.code = self.ui.codeEdit.text().strip()
        sp.name = self.ui.nameEdit.text().strip()
        sp.kind = KINDS[self.ui.kindCombo.currentIndex()]
        sp.address = self.ui.addressEdit.text().strip()
        sp.hours = self.ui.hoursEdit.text().strip()
        sp.phone = self.ui.phoneEdit.text().strip()
        self.settings.ui.language = LANGS[self.ui.languageCombo.currentIndex()]

    def _show_problem(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    @Slot()
    def accept(self) -> None:  # noqa: D401 - Qt override
        self._collect()
        problems = check_service_point(self.settings)
        messages = {"required": self.tr("必填")}
        self._show_problem(self.ui.codeProblem, messages.get(problems.get("code", ""), problems.get("code", "")))
        self._show_problem(self.ui.nameProblem, messages.get(problems.get("name", ""), problems.get("name", "")))
        if problems:
            (self.ui.codeEdit if "code" in problems else self.ui.nameEdit).setFocus()
            return
        if self.create_account:
            self._create_account()  # in a worker; the dialog closes once the account exists
            return
        self._finish()

    def _finish(self) -> None:
        if self._save:
            from clerk_desk.config import save_settings

            save_settings(self.settings)
        super().accept()

    def _create_account(self) -> None:
        """The first supervisor (no account exists yet), with the service point, in one transaction
        in a worker; the dialog accepts when it is made."""
        from clerk_desk.gui.tasks import run_task
        from clerk_desk.services import accounts
        from clerk_desk.services.uow import run

        u = self.ui
        if u.passwordEdit.text() != u.repeatEdit.text():
            self._show_problem(u.accountProblem, self.tr("两次输入的密码不一致"))
            u.repeatEdit.setFocus()
            return
        sp = self.settings.service_point
        point = accounts.PointInfo(code=sp.code, name=sp.name, kind=sp.kind, address=sp.address, hours=sp.hours,
                                   phone=sp.phone)
        username, password = u.usernameEdit.text().strip(), u.passwordEdit.text()
        display_name = u.displayNameEdit.text().strip()
        u.buttonBox.setEnabled(False)
        run_task(lambda: run(None, accounts.create_first_supervisor, username=username, password=password,
                             display_name=display_name, point=point, save_settings=False),
                 self._on_account_made, self._on_account_refused)

    def _on_account_made(self, actor: Any) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.actor = actor
        self._show_problem(self.ui.accountProblem, "")
        self._finish()

    def _on_account_refused(self, exc: BaseException) -> None:
        from clerk_desk.gui.login_dialog import refusal_text

        self.ui.buttonBox.setEnabled(True)
        self._show_problem(self.ui.accountProblem, refusal_text(exc, self.settings.ui.language))
