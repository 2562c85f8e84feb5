"""Account management for supervisors (their clerks) and administrators (every account).

The page lists the accounts and offers: new account, set password, disable, enable and
unlock.  Everything goes through :mod:`clerk_desk.services.accounts`, which checks the
permissions again; a refusal is shown on the page.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Action, Actor, Role, allowed
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.forms.ui_users_page import Ui_UsersPage
from clerk_desk.gui.login_dialog import ui_language
from clerk_desk.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.rows_model import show_rows
from clerk_desk.gui.style import show_message
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


class _AccountDialog(QDialog):
    """A dialog that stays open until the page has done its work: a refused password (or name)
    is shown beside its field with everything typed kept (issue 14).  Its widgets come from a
    Designer form whose field ``xEdit`` has its problem label ``keyProblem`` under it."""

    submitted = Signal()
    FIELDS: dict[str, str] = {}   # problem key -> the form's field

    def __init__(self, ui: Any, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self._lang = lang
        self.ui = ui
        ui.setupUi(self)
        self._fields: dict[str, QWidget] = {key: getattr(ui, name) for key, name in self.FIELDS.items()}
        self._problems: dict[str, QLabel] = {key: getattr(ui, f"{key}Problem") for key in self.FIELDS}
        self.problem_label = ui.problemLabel
        for edit in (getattr(ui, "passwordEdit", None), getattr(ui, "repeatEdit", None)):
            if edit is not None:
                edit.setMaxLength(128)
        self.buttons = ui.buttons
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_ok(self) -> None:
        self.clear_problems()
        self.ok_button.setEnabled(False)   # the page answers with done() or show_problem()
        self.submitted.emit()

    def clear_problems(self) -> None:
        for label in (*self._problems.values(), self.problem_label):
            label.clear()
            label.hide()

    def show_problem(self, exc: BaseException) -> None:
        """Each problem beside its field (the rest at the bottom); the dialog stays open, nothing is cleared."""
        from clerk_desk.gui.login_dialog import refusal_text

        self.ok_button.setEnabled(True)
        problems = exc.problems if isinstance(exc, RuleError) else ()
        placed: dict[QLabel, list[str]] = {}
        for p in problems:
            label = self._problems.get(p.field.split(".")[0], self.problem_label)
            placed.setdefault(label, []).append(p.message(self._lang))
        if not problems:
            placed[self.problem_label] = [refusal_text(exc, self._lang)]
        first: QWidget | None = None
        for label, texts in placed.items():
            label.setText(QCoreApplication.translate("_AccountDialog", "；").join(texts))
            label.show()
            if first is None:
                first = next((w for k, w in self._fields.items() if self._problems[k] is label), None)
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def done_ok(self) -> None:
        self.ok_button.setEnabled(True)
        self.accept()


class NewUserDialog(_AccountDialog):
    FIELDS = {"username": "usernameEdit", "display_name": "displayEdit", "role": "roleCombo",
              "password": "passwordEdit", "repeat": "repeatEdit"}

    def __init__(self, roles: list[Role], parent: QWidget | None = None, *, lang: str | None = None) -> None:
        from clerk_desk.gui.forms.ui_new_user_dialog import Ui_NewUserDialog

        super().__init__(Ui_NewUserDialog(), parent, ui_language(lang))
        self.setObjectName("newUserDialog")
        u = self.ui
        self.username_edit, self.display_edit, self.role_combo = u.usernameEdit, u.displayEdit, u.roleCombo
        self.password_edit, self.repeat_edit = u.passwordEdit, u.repeatEdit
        for role in roles:
            self.role_combo.addItem(role_label(role), role)

    def values(self) -> dict[str, object]:
        return {"username": self.username_edit.text().strip(), "display_name": self.display_edit.text().strip(),
                "role": self.role_combo.currentData(), "password": self.password_edit.text(),
                "repeat": self.repeat_edit.text()}


class SetPasswordDialog(_AccountDialog):
    FIELDS = {"password": "passwordEdit", "repeat": "repeatEdit"}

    def __init__(self, username: str, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        from clerk_desk.gui.forms.ui_set_password_dialog import Ui_SetPasswordDialog

        super().__init__(Ui_SetPasswordDialog(), parent, ui_language(lang))
        self.username = username
        self.setWindowTitle(self.tr("重设 {user} 的密码").format(user=username))
        self.setObjectName("setPasswordDialog")
        self.password_edit, self.repeat_edit = self.ui.passwordEdit, self.ui.repeatEdit


def role_label(role: Role) -> str:
    names = {Role.CLERK: QCoreApplication.translate("UsersPage", "窗口经办人员"),
             Role.SUPERVISOR: QCoreApplication.translate("UsersPage", "负责人"),
             Role.ADMIN: QCoreApplication.translate("UsersPage", "系统管理员")}
    return names.get(role, str(role))


class UsersPage(QWidget):
    """The accounts table with its actions."""

    changed = Signal()
    finished = Signal(bool)  # an action done (True) or refused (False); the work runs in a worker
    loaded = Signal()  # the table was (re)read

    def __init__(self, actor: Actor, engine: Any = None, parent: QWidget | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self._actor_of = actor_source(actor)
        self._engine = engine
        self._lang = ui_language(lang)   # the language domain problems are rendered in
        self._users: list[AccountInfo] = []
        self.dialog: _AccountDialog | None = None   # the account dialog open now, if any
        self.ui = u = Ui_UsersPage()
        u.setupUi(self)
        columns = [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"), self.tr("最近登录")]
        self.table = show_rows(u.usersTable, columns, rows=True)
        self.table.horizontalHeader().setStretchLastSection(True)   # the header spans the page
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
        if u.disabled:
            return self.tr("已停用")
        if u.is_locked(clock.now()):
            return self.tr("已锁定")
        if u.must_change_password:
            return self.tr("待改密码")
        return self.tr("正常")

    def _fill(self) -> None:
        self.table.model().set_rows([
            (u.username, u.display_name, role_label(u.role), self._status(u),
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
        if self.dialog is not None:
            self.dialog.done_ok()
        self.message_label.setStyleSheet("")
        show_message(self.message_label, what)
        self.refresh()
        self.changed.emit()
        self.finished.emit(True)

    def _on_refused(self, exc: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_problem(exc)   # kept open with what was typed, the problem beside its field
        else:
            self._show_error(exc)
        self.finished.emit(False)

    def create_account(self, *, username: str, role: Role, password: str, repeat: str,
                       display_name: str = "") -> None:
        try:
            accounts.check_password(password, username=username, repeat=repeat)
        except RuleError as exc:
            self._on_refused(exc)
            return
        self._run(self.tr("已新建账户 {user}").format(user=username), accounts.create_user, username=username,
                  role=role, password=password, display_name=display_name)

    def set_password(self, username: str, password: str, repeat: str) -> None:
        self._run(self.tr("已重设 {user} 的密码").format(user=username), accounts.set_password, username, password,
                  repeat=repeat)

    def disable(self, username: str) -> None:
        self._run(self.tr("已停用 {user}").format(user=username), accounts.disable_user, username)

    def enable(self, username: str) -> None:
        self._run(self.tr("已启用 {user}").format(user=username), accounts.enable_user, username)

    def unlock(self, username: str) -> None:
        self._run(self.tr("已解除 {user} 的锁定").format(user=username), accounts.unlock_user, username)

    def _show_error(self, exc: BaseException) -> None:
        from clerk_desk.gui.login_dialog import refusal_text

        self.message_label.setStyleSheet("color: #b00020;")
        show_message(self.message_label, refusal_text(exc, self._lang))

    # -- slots -------------------------------------------------------------------------------
    def _open(self, dialog: _AccountDialog) -> _AccountDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: _AccountDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    @Slot()
    def _on_add_clicked(self) -> None:
        dialog = NewUserDialog(creatable_roles(self._actor), self, lang=self._lang)

        def submit() -> None:
            v = dialog.values()
            self.create_account(username=str(v["username"]), role=Role(str(v["role"])),
                                password=str(v["password"]), repeat=str(v["repeat"]),
                                display_name=str(v["display_name"]))

        dialog.submitted.connect(submit)
        self._open(dialog)

    @Slot()
    def _on_password_clicked(self) -> None:
        name = self.selected_username()
        if name is None:
            return
        dialog = SetPasswordDialog(name, self, lang=self._lang)
        dialog.submitted.connect(lambda: self.set_password(name, dialog.password_edit.text(),
                                                           dialog.repeat_edit.text()))
        self._open(dialog)

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
