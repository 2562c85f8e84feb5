"""The login dialog and the password-change form (forced after a first login).

``LoginDialog(engine).exec()`` returns Accepted with :attr:`LoginDialog.actor` set.  When
the password was set by someone else, the dialog turns to its change-password page before
it accepts; cancelling there logs the user out again.  Password checks (argon2) and the
database run in a worker (``gui/tasks.py``): a stalled hall server never freezes the dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor
from clerk_desk.gui.tasks import run_task
from clerk_desk.services import accounts, signin

Engine = Any  # an engine handed over by the window (the GUI never imports the store)


def ui_language(lang: str | None = None) -> str:
    if lang in ("zh", "en"):
        return lang
    from clerk_desk.config import language

    return language()


def tr(lang: str, zh: str, en: str) -> str:
    return en if lang == "en" else zh


def refusal_text(exc: BaseException, lang: str) -> str:
    """A refused password's own message, or what went wrong with the database."""
    if isinstance(exc, RuleError):
        return exc.message(lang)
    from clerk_desk.gui import errors

    return errors.describe(exc)[1]


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("messageLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ChangePasswordForm(QWidget):
    """New password twice (and the current one, unless the caller already checked it)."""

    changed = Signal()

    def __init__(self, username: str, engine: Engine | None = None, *, old_password: str | None = None,
                 lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._username = username
        self._engine = engine
        self._old = old_password
        self._lang = ui_language(lang)
        t = self._lang
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.old_edit = _password_edit(self, "oldPasswordEdit")
        self.new_edit = _password_edit(self, "newPasswordEdit")
        self.repeat_edit = _password_edit(self, "repeatPasswordEdit")
        self.message_label = _message_label(self)
        self.ok_button = QPushButton(tr(t, "修改密码", "Change password"), self)
        self.ok_button.setObjectName("changePasswordButton")
        self.ok_button.setDefault(True)
        form = QFormLayout()
        if old_password is None:
            form.addRow(tr(t, "原密码", "Current password"), self.old_edit)
        else:
            self.old_edit.hide()
        form.addRow(tr(t, "新密码", "New password"), self.new_edit)
        form.addRow(tr(t, "再次输入", "Repeat"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.ok_button)
        hint = accounts.security_settings().min_password_length
        self.new_edit.setPlaceholderText(tr(t, f"至少 {hint} 位，含字母和数字", f"{hint}+ characters, letters and digits"))
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
        run_task(lambda: signin.change_password(engine, username, old, new, repeat=repeat),
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
        t = ui_language(lang)
        self.setWindowTitle(tr(t, "修改密码", "Change password"))
        self.form = ChangePasswordForm(username, engine, lang=t, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.changed.connect(self.accept)


class LoginDialog(QDialog):
    """User name and password; then, if required, the first-login password change."""

    logged_in = Signal(object)  # Actor

    LOGIN_PAGE, CHANGE_PAGE = 0, 1

    def __init__(self, engine: Engine | None = None, parent: QWidget | None = None, *, username: str = "",
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = t = ui_language(lang)
        self._actor: Actor | None = None
        self._pending: Actor | None = None
        self.setWindowTitle(tr(t, "Clerk Desk 登录", "Clerk Desk login"))
        self.stack = QStackedWidget(self)
        page = QWidget(self.stack)
        self.username_edit = QLineEdit(username, page)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setMaxLength(64)
        self.password_edit = _password_edit(page, "passwordEdit")
        self.message_label = _message_label(page)
        self.login_button = QPushButton(tr(t, "登录", "Log in"), page)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.cancel_button = QPushButton(tr(t, "退出", "Quit"), page)
        form = QFormLayout()
        form.addRow(tr(t, "用户名", "User name"), self.username_edit)
        form.addRow(tr(t, "密码", "Password"), self.password_edit)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.message_label)
        box.addWidget(self.login_button)
        box.addWidget(self.cancel_button)
        self.stack.addWidget(page)
        self.change_form: ChangePasswordForm | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
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
        run_task(lambda: (signin.sign_in(engine, username, password), password), self._on_checked, self._on_refused)

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
        t = self._lang
        self.change_form = ChangePasswordForm(username, self._engine, old_password=old_password, lang=t,
                                              parent=self.stack)
        self.change_form.set_note(tr(t, "您的密码由他人设置，首次登录请设置自己的新密码。",
                                     "Your password was set by someone else; choose your own now."))
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
            run_task(lambda: signin.sign_out(engine, pending))
            self._pending = None
        super().reject()
