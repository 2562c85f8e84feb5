"""Account management for supervisors (their clerks) and administrators (every account).

The page lists the accounts and offers: new account, set password, disable, enable and
unlock.  Everything goes through :mod:`clerk_desk.services.accounts`, which checks the
permissions again; a refusal is shown on the page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.engine import Engine

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import ROLE_LABELS, Action, Actor, Role, allowed
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.forms.ui_users_page import Ui_UsersPage
from clerk_desk.gui.login_dialog import tr, ui_language
from clerk_desk.gui.rows_model import show_rows
from clerk_desk.gui.tasks import run_task
from clerk_desk.services import accounts, clock
from clerk_desk.services.accounts import AccountInfo
from clerk_desk.services.uow import run


def creatable_roles(actor: Actor) -> list[Role]:
    """The roles ``actor`` may give a new account."""
    roles = [Role.CLERK] if allowed(actor.role, Action.MANAGE_CLERKS) else []
    if allowed(actor.role, Action.MANAGE_ACCOUNTS):
        roles += [Role.SUPERVISOR, Role.ADMIN]
    return roles


def _password(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewUserDialog(QDialog):
    def __init__(self, roles: list[Role], parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        t = ui_language(lang)
        self.setWindowTitle(tr(t, "新建账户", "New account"))
        self.username_edit = QLineEdit(self)
        self.display_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        for role in roles:
            zh, en = ROLE_LABELS[role]
            self.role_combo.addItem(tr(t, zh, en), role)
        self.password_edit = _password(self)
        self.repeat_edit = _password(self)
        form = QFormLayout(self)
        form.addRow(tr(t, "用户名", "User name"), self.username_edit)
        form.addRow(tr(t, "姓名", "Name"), self.display_edit)
        form.addRow(tr(t, "角色", "Role"), self.role_combo)
        form.addRow(tr(t, "初始密码", "Initial password"), self.password_edit)
        form.addRow(tr(t, "再次输入", "Repeat"), self.repeat_edit)
        form.addRow(QLabel(tr(t, "首次登录时须修改密码", "The password must be changed at the first login"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        return {"username": self.username_edit.text().strip(), "display_name": self.display_edit.text().strip(),
                "role": self.role_combo.currentData(), "password": self.password_edit.text(),
                "repeat": self.repeat_edit.text()}


class SetPasswordDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        super().__init__(parent)
        t = ui_language(lang)
        self.setWindowTitle(tr(t, f"重设 {username} 的密码", f"Set the password of {username}"))
        self.password_edit = _password(self)
        self.repeat_edit = _password(self)
        form = QFormLayout(self)
        form.addRow(tr(t, "新密码", "New password"), self.password_edit)
        form.addRow(tr(t, "再次输入", "Repeat"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersPage(QWidget):
    """The accounts table with its actions."""

    changed = Signal()
    finished = Signal(bool)  # an action done (True) or refused (False); the work runs in a worker
    loaded = Signal()  # the table was (re)read

    COLUMNS = (("用户名", "User name"), ("姓名", "Name"), ("角色", "Role"), ("状态", "Status"),
               ("最近登录", "Last login"))

    def __init__(self, actor: Actor, engine: Engine | None = None, parent: QWidget | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self._actor_of = actor_source(actor)
        self._engine = engine
        self._lang = t = ui_language(lang)
        self._users: list[AccountInfo] = []
        self.ui = u = Ui_UsersPage()
        u.setupUi(self)
        self.table = show_rows(u.usersTable, [tr(t, zh, en) for zh, en in self.COLUMNS], rows=True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.message_label = u.messageLabel
        self.add_button, self.password_button, self.refresh_button = u.addButton, u.passwordButton, u.refreshButton
        self.disable_button, self.enable_button, self.unlock_button = u.disableButton, u.enableButton, u.unlockButton
        self.add_button.clicked.connect(self._on_add_clicked)
        self.password_button.clicked.connect(self._on_password_clicked)
        self.disable_button.clicked.connect(self._on_disable_clicked)
        self.enable_button.clicked.connect(self._on_enable_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.add_button.setEnabled(bool(creatable_roles(self._actor)))
        self.refresh()

    @property
    def _actor(self) -> Actor:
        return self._actor_of()

    # -- data --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        engine, actor = self._engine, self._actor
        run_task(lambda: run(engine, accounts.list_users, actor), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, users: list[AccountInfo]) -> None:
        self._users = users
        self._fill()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._users = []
        self._show_error(exc)
        self._fill()
        self.loaded.emit()

    def _status(self, u: AccountInfo) -> str:
        t = self._lang
        if u.disabled:
            return tr(t, "已停用", "disabled")
        if u.is_locked(clock.now()):
            return tr(t, "已锁定", "locked")
        if u.must_change_password:
            return tr(t, "待改密码", "must change password")
        return tr(t, "正常", "active")

    def _fill(self) -> None:
        self.table.model().set_rows([
            (u.username, u.display_name, tr(self._lang, *ROLE_LABELS[u.role]), self._status(u),
             u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "") for u in self._users])
        self.table.resizeColumnsToContents()

    def selected_username(self) -> str | None:
        row = self.table.currentIndex().row()
        return self._users[row].username if 0 <= row < len(self._users) else None

    def select(self, username: str) -> None:
        for row, u in enumerate(self._users):
            if u.username == username:
                self.table.selectRow(row)
                return

    # -- actions (callable without dialogs) ----------------------------------------------
    def _run(self, what: str, func, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """``func(session, <the user signed in now>, ...)`` in a worker; then :attr:`finished`."""
        engine, actor = self._engine, self._actor
        run_task(lambda: run(engine, func, actor, *args, **kwargs), lambda _r: self._on_done(what), self._on_refused)

    def _on_done(self, what: str) -> None:
        self.message_label.setStyleSheet("")
        self.message_label.setText(what)
        self.refresh()
        self.changed.emit()
        self.finished.emit(True)

    def _on_refused(self, exc: BaseException) -> None:
        self._show_error(exc)
        self.finished.emit(False)

    def create_account(self, *, username: str, role: Role, password: str, repeat: str,
                       display_name: str = "") -> None:
        try:
            accounts.check_password(password, username=username, repeat=repeat)
        except RuleError as exc:
            self._on_refused(exc)
            return
        self._run(tr(self._lang, f"已新建账户 {username}", f"Account {username} created"),
                         accounts.create_user, username=username, role=role, password=password,
                         display_name=display_name)

    def set_password(self, username: str, password: str, repeat: str) -> None:
        self._run(tr(self._lang, f"已重设 {username} 的密码", f"Password of {username} set"),
                         accounts.set_password, username, password, repeat=repeat)

    def disable(self, username: str) -> None:
        self._run(tr(self._lang, f"已停用 {username}", f"{username} disabled"), accounts.disable_user, username)

    def enable(self, username: str) -> None:
        self._run(tr(self._lang, f"已启用 {username}", f"{username} enabled"), accounts.enable_user, username)

    def unlock(self, username: str) -> None:
        self._run(tr(self._lang, f"已解除 {username} 的锁定", f"{username} unlocked"), accounts.unlock_user,
                         username)

    def _show_error(self, exc: BaseException) -> None:
        from clerk_desk.gui.login_dialog import refusal_text

        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(refusal_text(exc, self._lang))

    # -- slots -------------------------------------------------------------------------------
    @Slot()
    def _on_add_clicked(self) -> None:
        dialog = NewUserDialog(creatable_roles(self._actor), self, lang=self._lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.create_account(username=str(v["username"]), role=Role(str(v["role"])),
                                password=str(v["password"]), repeat=str(v["repeat"]),
                                display_name=str(v["display_name"]))

    @Slot()
    def _on_password_clicked(self) -> None:
        name = self.selected_username()
        if name is None:
            return
        dialog = SetPasswordDialog(name, self, lang=self._lang)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_password(name, dialog.password_edit.text(), dialog.repeat_edit.text())

    @Slot()
    def _on_disable_clicked(self) -> None:
        name = self.selected_username()
        if name is not None:
            self.disable(name)

    @Slot()
    def _on_enable_clicked(self) -> None:
        name = self.selected_username()
        if name is not None:
            self.enable(name)

    @Slot()
    def _on_unlock_clicked(self) -> None:
        name = self.selected_username()
        if name is not None:
            self.unlock(name)
