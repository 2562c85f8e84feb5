"""The counter locks itself after a few idle minutes, without touching the form underneath.

* :class:`IdleWatcher` — an application-wide event filter; emits ``idle`` after N minutes
  without keyboard, mouse or touch input.
* :class:`LockScreen` — an opaque overlay over the main window.  The widgets underneath
  keep their contents (they are only disabled and covered, so nobody walking up sees the
  personal data on them).  The same user unlocks with their password; another user may
  take over (switch user), which logs the first one out — an account whose password must
  be changed changes it right there.  Quitting the program from the lock takes a password
  too.  Wrong passwords count toward the account's lockout like at the login.  The password
  checks run in a worker (``gui/tasks.py``), never on the GUI thread.
* :class:`CounterLock` — the two wired together for a main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QWidget,
)
from shiboken6 import isValid

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor
from clerk_desk.gui import errors
from clerk_desk.gui.context import actor_source
from clerk_desk.gui.forms.ui_lock_screen import Ui_LockScreen
from clerk_desk.gui.login_dialog import ChangePasswordForm, ui_language
from clerk_desk.gui.tasks import run_task
from clerk_desk.services import accounts, signin

Engine = Any  # an engine handed over by the window (the GUI never imports the store)
QUIT_KEYS = QKeySequence("Ctrl+Q")

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


def idle_minutes_setting() -> int:
    from clerk_desk.config import load_settings

    return load_settings()[0].ui.idle_lock_minutes


class IdleWatcher(QObject):
    """Emits :attr:`idle` once after ``minutes`` (setting ``ui.idle_lock_minutes``) without input.

    ``interval_ms`` overrides the minutes (tests).  After ``idle`` the watcher stays quiet
    until :meth:`start` is called again (the lock screen restarts it on unlock).
    """

    idle = Signal()

    def __init__(self, minutes: int | None = None, parent: QObject | None = None, *,
                 interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._installed = False
        self.set_interval(interval_ms if interval_ms is not None
                          else (minutes or idle_minutes_setting()) * 60_000)

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return int(self._timer.interval())

    def is_active(self) -> bool:
        return bool(self._timer.isActive())

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    @Slot()
    def _on_timeout(self) -> None:
        self.idle.emit()


class LockScreen(QFrame):
    """An opaque overlay covering ``window``; unlock with the password or switch user."""

    unlocked = Signal(object)  # Actor: the same user again
    user_switched = Signal(object, object)  # old Actor, new Actor
    locked = Signal()
    refused = Signal(str)  # a password was refused: the message shown
    quit_requested = Signal()  # a password was given to quit the program

    def __init__(self, window: QWidget, actor: Actor | Callable[[], Actor], engine: Engine | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._fixed: Actor | None = None if callable(actor) else actor
        self._actor_of = actor_source(actor)
        self._engine = engine
        self._busy = False
        self._pending: Actor | None = None  # switching to an account that must change its password first
        self.change_form: ChangePasswordForm | None = None
        self._lang = ui_language(lang)
        self._disabled: list[QWidget] = []
        self._focus: QWidget | None = None
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        u = self.ui
        self.title_label, self.user_label, self.message_label = u.lockTitle, u.userLabel, u.messageLabel
        self.username_edit, self.password_edit = u.lockUsernameEdit, u.lockPasswordEdit
        self.unlock_button, self.switch_button, self.quit_button = u.unlockButton, u.switchUserButton, u.lockQuitButton
        self._panel, self._inner = u.panel, u.panelLayout
        font = self.title_label.font()
        font.setPointSize(font.pointSize() + 6)
        self.title_label.setFont(font)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.password_edit.returnPressed.connect(self._on_unlock_clicked)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        window.installEventFilter(self)
        self.hide()

    @property
    def _actor(self) -> Actor:
        return self._actor_of()

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        """A lock given a fixed actor follows a switch itself; the window's reads ``ctx.actor``."""
        if self._fixed is not None:
            self._fixed = actor
            self._actor_of = actor_source(actor)

    @property
    def is_locked(self) -> bool:
        return self.isVisible()

    def lock(self, reason: str = "idle") -> None:
        """Cover the window; the widgets underneath keep their state."""
        if self.is_locked or self._actor is None:
            return
        self._focus = QApplication.focusWidget()
        self._disabled = []
        for child in self._window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self and child.isEnabled() and not child.isWindow():
                child.setEnabled(False)
                self._disabled.append(child)
        engine, actor = self._engine, self._actor
        run_task(lambda: signin.record_lock(engine, actor, reason=reason), None,  # the lock itself never fails
                 lambda exc: errors.log.warning("lock not recorded: %s", exc))
        self.user_label.setText(self.tr("当前用户：{user}，请输入密码解锁").format(user=self._actor.label))
        self.username_edit.setText(self._actor.username)
        self.username_edit.setReadOnly(True)
        self.password_edit.clear()
        self.message_label.clear()
        self.setGeometry(self._window.rect())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.show()
        self.raise_()
        self.password_edit.setFocus()
        self.locked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.isVisible():
            return False
        if event.type() == QEvent.Type.KeyPress and QKeySequence(event.keyCombination()) == QUIT_KEYS:  # type: ignore[attr-defined]
            self._on_quit_clicked()
            return True
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
        elif event.type() == QEvent.Type.Shortcut:
            # the window's shortcuts (menus, page keys) stay dead while the counter is locked;
            # Ctrl+Q asks for a password to quit
            if event.key() == QUIT_KEYS:  # type: ignore[attr-defined]
                self._on_quit_clicked()
                return True
            return not (isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched)))
        return False

    def _check(self, purpose: str, on_done: Callable[[Any], None]) -> None:
        """The typed user name and password checked in a worker; ``on_done(LoginResult)``."""
        if self._busy:
            return
        username = self.username_edit.text().strip() or self._actor.username
        password = self.password_edit.text()
        self.password_edit.clear()
        self._set_busy(True)
        engine, old = self._engine, self._actor

        def work() -> Any:
            result = signin.sign_in(engine, username, password, purpose=purpose)
            if (purpose == accounts.A_UNLOCK and result.actor.username != old.username
                    and not result.must_change_password):
                signin.sign_out(engine, old)  # the one taking over logs the other out
            return result, password

        def done(value: Any) -> None:
            self._set_busy(False)
            on_done(value)

        run_task(work, done, self._on_refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.unlock_button, self.switch_button, self.quit_button):
            button.setEnabled(not busy)

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = exc.message(self._lang) if isinstance(exc, RuleError) else errors.describe(exc)[1]
        self.message_label.setText(text)
        self.password_edit.setFocus()
        self.refused.emit(text)

    @Slot()
    def _on_unlock_clicked(self) -> None:
        self._check(accounts.A_UNLOCK, self._on_checked)

    def _on_checked(self, value: Any) -> None:
        result, password = value
        if result.actor.username == self._actor.username:
            self._release()
            self.unlocked.emit(self._actor)
            return
        if result.must_change_password:  # first login of this account: its own password first
            self._pending = result.actor
            self._show_change_form(result.actor.username, password)
            return
        self._switch_to(result.actor)

    def _switch_to(self, actor: Actor) -> None:
        old = self._actor
        self.set_actor(actor)
        self._release()
        self.user_switched.emit(old, actor)

    def _show_change_form(self, username: str, old_password: str) -> None:
        form = self.change_form = ChangePasswordForm(username, self._engine, old_password=old_password,
                                                     lang=self._lang, parent=self._panel)
        form.set_note(self.tr("账户“{user}”的密码由他人设置，请先设置自己的新密码。").format(user=username))
        self._inner.insertWidget(self._inner.count() - 1, form)
        for w in (self.username_edit, self.password_edit, self.unlock_button):  # switch user: give up
            w.setEnabled(False)
        form.changed.connect(self._on_password_changed)
        form.show()
        form.new_edit.setFocus()

    def _drop_change_form(self) -> None:
        if self.change_form is not None:
            self.change_form.hide()
            self.change_form.deleteLater()
            self.change_form = None
        for w in (self.username_edit, self.password_edit, self.unlock_button):
            w.setEnabled(True)

    @Slot()
    def _on_password_changed(self) -> None:
        pending, old, engine = self._pending, self._actor, self._engine
        self._pending = None
        self._drop_change_form()
        assert pending is not None
        run_task(lambda: signin.sign_out(engine, old), None, lambda exc: errors.log.warning("logout: %s", exc))
        self._switch_to(pending)

    def cancel_change(self) -> None:
        """The account taking over did not change its password: it is logged out, the lock stays."""
        pending, engine = self._pending, self._engine
        self._pending = None
        self._drop_change_form()
        if pending is not None:
            run_task(lambda: signin.sign_out(engine, pending), None,
                     lambda exc: errors.log.warning("logout: %s", exc))

    @Slot()
    def _on_quit_clicked(self) -> None:
        """Quit the program from the lock: only after a valid password (any active account's)."""
        if not self.password_edit.text():
            self.message_label.setText(self.tr("退出程序前请输入密码"))
            self.password_edit.setFocus()
            return
        self._check(signin.A_QUIT, lambda _value: self.quit_requested.emit())

    @Slot()
    def _on_switch_clicked(self) -> None:
        self.cancel_change()
        self.username_edit.setReadOnly(False)
        self.username_edit.clear()
        self.password_edit.clear()
        self.message_label.clear()
        self.username_edit.setFocus()

    def _release(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for child in self._disabled:
            if isValid(child):  # a widget deleted while the counter was locked
                child.setEnabled(True)
        self._disabled = []
        self.hide()
        self.message_label.clear()
        if self._focus is not None and isValid(self._focus):
            self._focus.setFocus()
        self._focus = None


class CounterLock(QObject):
    """Idle watcher + lock screen for a main window: ``CounterLock(window, actor).start()``."""

    def __init__(self, window: QWidget, actor: Actor | Callable[[], Actor], engine: Engine | None = None, *,
                 minutes: int | None = None,
                 interval_ms: int | None = None, lang: str | None = None) -> None:
        super().__init__(window)
        self.watcher = IdleWatcher(minutes, self, interval_ms=interval_ms)
        self.screen = LockScreen(window, actor, engine, lang=lang)
        self.watcher.idle.connect(self._on_idle)
        self.screen.unlocked.connect(self._on_unlocked)
        self.screen.user_switched.connect(self._on_unlocked)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def lock_now(self) -> None:
        """Lock at once (a menu item or shortcut when the clerk steps away)."""
        self.watcher.stop()
        self.screen.lock("manual")

    @Slot()
    def _on_idle(self) -> None:
        self.watcher.stop()
        self.screen.lock("idle")

    @Slot()
    def _on_unlocked(self) -> None:
        self.watcher.start()
