"""The login dialog and the password-change form (forced after a first login).

``LoginDialog(engine).exec()`` returns Accepted with :attr:`LoginDialog.actor` set.  When
the password was set by someone else, the dialog turns to its change-password page before
it accepts; cancelling there logs the user out again.  Password checks (argon2) and the
database run in a worker (``gui/tasks.py``): a stalled hall server never freezes the dialog.
The services (and with them SQLAlchemy) are imported there too, so the dialog draws at start-up
before the database stack has loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor
from clerk_desk.gui.forms.ui_change_password import Ui_ChangePasswordForm
from clerk_desk.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from clerk_desk.gui.forms.ui_login_dialog import Ui_LoginDialog
from clerk_desk.gui.tasks import run_task

Engine = Any  # an engine or a database URL handed over by the window (the GUI never imports the store)


def _signin() -> Any:
    """``clerk_desk.services.signin``, imported when first used (in a worker)."""
    from clerk_desk.services import signin

    return signin


def ui_language(lang: str | None = None) -> str:
    if lang in ("zh", "en"):
        return lang
    from clerk_desk.config import language

    return language()


def refusal_text(exc: BaseException, lang: str) -> str:
    """A refused password's own message, or what went wrong with the database."""
    if isinstance(exc, RuleError):
        return exc.message(lang)
    from clerk_desk.gui import errors

    return errors.describe(exc)[1]


class ChangePasswordForm(QWidget):
    """New password twice (and the current one, unless the caller already checked it); ``ui/change_password.ui``."""

    changed = Signal()

    def __init__(self, username: str, engine: Engine | None = None, *, old_password: str | None = None,
                 lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._username = username
        self._engine = engine
        self._old = old_password
        self._lang = ui_language(lang)  # the language of the services' refusals
        self.ui = u = Ui_ChangePasswordForm()
        u.setupUi(self)
        self.note_label, self.message_label, self.ok_button = u.noteLabel, u.messageLabel, u.changePasswordButton
        self.old_edit, self.new_edit, self.repeat_edit = u.oldPasswordEdit, u.newPasswordEdit, u.repeatPasswordEdit
        if old_password is not None:
            u.oldPasswordLabel.hide()
            self.old_edit.hide()
        from clerk_desk.services import accounts

        hint = accounts.security_settings().min_password_length
        self.new_edit.setPlaceholderText(self.tr("至少 {n} 位，含字母和数字").format(n=hint))
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.repeat_edit.returnPressed.connect(self._on_ok_clicked)

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)

    @Slot()
    def _on_ok_clicked(self) -> None:
        if not self.ok_button.isEnabled():
            return
        old = self._old if self._old is not None else self.old_edit.text()
        engine, username, new, repeat = self._engine, self._username, self.new_edit.text(), self.repeat_edit.text()
        self.ok_button.setEnabled(False)
        run_task(lambda: _signin().change_password(engine, username, old, new, repeat=repeat),
                 self._on_changed, self._on_refused)

    def _on_refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message_label.setText(refusal_text(exc, self._lang))
        self.new_edit.clear()
        self.repeat_edit.clear()
        self.new_edit.setFocus()

    def _on_changed(self, _none: Any) -> None:
        self.ok_button.setEnabled(True)
        self.message_label.clear()
        self._old = None
        self.changed.emit()


class ChangePasswordDialog(QDialog):
    """A user changes their own password (from the main window's menu)."""

    def __init__(self, username: str, engine: Engine | None = None, *, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.form = ChangePasswordForm(username, engine, lang=lang, parent=self)
        self.ui.dialogLayout.insertWidget(0, self.form)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.form.changed.connect(self.accept)


class LoginDialog(QDialog):
    """User name and password (``ui/login_dialog.ui``); then, if required, the first-login password change."""

    logged_in = Signal(object)  # Actor

    LOGIN_PAGE, CHANGE_PAGE = 0, 1

    def __init__(self, engine: Engine | None = None, parent: QWidget | None = None, *, username: str = "",
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = ui_language(lang)  # the language of the services' refusals
        self._actor: Actor | None = None
        self._pending: Actor | None = None
        self.ui = u = Ui_LoginDialog()
        u.setupUi(self)
        self.stack, self.message_label = u.stack, u.messageLabel
        self.username_edit, self.password_edit = u.usernameEdit, u.passwordEdit
        self.login_button, self.cancel_button = u.loginButton, u.cancelButton
        self.username_edit.setText(username)
        self.change_form: ChangePasswordForm | None = None
        self.login_button.clicked.connect(self._on_login_clicked)
        self.password_edit.returnPressed.connect(self._on_login_clicked)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.cancel_button.clicked.connect(self.reject)
        (self.password_edit if username else self.username_edit).setFocus()

    @property
    def actor(self) -> Actor | None:
        """The logged-in user once the dialog is accepted."""
        return self._actor

    @Slot()
    def _on_login_clicked(self) -> None:
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username:
            self.username_edit.setFocus()
            return
        if not self.login_button.isEnabled():
            return
        self.login_button.setEnabled(False)
        engine = self._engine
        run_task(lambda: (_signin().sign_in(engine, username, password), password), self._on_checked, self._on_refused)

    def _on_refused(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.message_label.setText(refusal_text(exc, self._lang))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _on_checked(self, value: Any) -> None:
        result, password = value
        self.login_button.setEnabled(True)
        self.message_label.clear()
        if result.must_change_password:
            self._pending = result.actor
            self._show_change_page(result.actor.username, password)
            return
        self._finish(result.actor)

    def _show_change_page(self, username: str, old_password: str) -> None:
        self.change_form = ChangePasswordForm(username, self._engine, old_password=old_password, lang=self._lang,
                                              parent=self.stack)
        self.change_form.set_note(self.tr("您的密码由他人设置，首次登录请设置自己的新密码。"))
        self.change_form.changed.connect(self._on_password_changed)
        self.stack.addWidget(self.change_form)
        self.stack.setCurrentIndex(self.CHANGE_PAGE)
        self.password_edit.clear()
        self.change_form.new_edit.setFocus()

    @Slot()
    def _on_password_changed(self) -> None:
        assert self._pending is not None
        self._finish(self._pending)

    def _finish(self, actor: Actor) -> None:
        self._actor = actor
        self._pending = None
        self.logged_in.emit(actor)
        self.accept()

    def reject(self) -> None:
        if self._pending is not None:  # logged in but refused to change the password: log out again
            pending, engine = self._pending, self._engine
            run_task(lambda: _signin().sign_out(engine, pending))
            self._pending = None
        super().reject()
