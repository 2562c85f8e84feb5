"""What every page shares: settings, language, the logged-in actor, the database URL.

Pages never open the database on the GUI thread: they hand a function to :meth:`call`,
which runs it in a worker with a short session (one transaction) and brings the result back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from clerk_desk.gui.qt import QObject, QTimer, Signal
from clerk_desk.gui.tasks import run_task


def actor_source(actor: Any) -> Callable[[], Any]:
    """Who is acting, read at the moment of acting: ``actor`` may be an Actor (tests, a fixed
    user) or a function returning the signed-in one (``lambda: ctx.actor``). Pages keep the
    function, never the value, so a page built for one user can never act for another."""
    return actor if callable(actor) else (lambda: actor)


CHECKPOINT_AFTER_MS = 800  # after the last change: the clerk has turned to the next walk-in


class AppContext(QObject):
    """``settings`` is None only at start-up, until a worker has read them (``MainWindow.after_settings``,
    once the login is drawn: the window and the login show before pydantic loads); meanwhile
    ``first_look`` has what the start needs (``gui/first_look.py``)."""

    applications_changed = Signal()   # an application was saved, accepted, handed over, ...
    settings_changed = Signal()
    database_ready = Signal()
    actor_changed = Signal()

    def __init__(self, settings: Any, *, lang: str = "zh", actor: Any = None, url: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.first_look: Any = None
        self.lang = lang
        self.actor = actor
        self._url = url
        self.ready = False
        # a moment after a change, the SQLite log is copied into the file (services.database.checkpoint)
        self._tidy = QTimer(self, singleShot=True, interval=CHECKPOINT_AFTER_MS)
        self._tidy.timeout.connect(self._checkpoint)
        self.applications_changed.connect(self._tidy.start)

    # -- plain facts -------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._url is None and self.settings is None and self.first_look is not None:
            self._url = self.first_look.database_url  # start-up (gui/first_look.py)
        if self._url is None:
            from clerk_desk.config import database_url

            self._url = database_url(self.settings)
        return self._url

    def today(self) -> date:
        from clerk_desk.services import clock

        return clock.today()

    @property
    def point_kind(self) -> str:
        return self.settings.service_point.kind

    def allowed(self, action: str) -> bool:
        from clerk_desk.domain.roles import Action, allowed

        return self.actor is not None and allowed(self.actor.role, Action(action))

    # -- the database, off the GUI thread -------------------------------------------
    def _checkpoint(self) -> None:
        """The write-ahead log copied into the file between the counter's writes, so that no
        acceptance's commit carries the copy (SQLite; nothing on PostgreSQL).  A failure here is
        the next commit's to meet and report: this one only logs it."""
        url = self.url

        def work() -> Any:
            from clerk_desk.services.database import checkpoint

            return checkpoint(url)

        run_task(work, None, _log_checkpoint_failure)

    def session(self):  # type: ignore[no-untyped-def]
        """A session scope (worker threads only)."""
        from clerk_desk.services.uow import unit_of_work

        return unit_of_work(self.url)

    def call(self, func: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``func(session)`` in a worker inside one transaction."""

        def work() -> Any:
            with self.session() as session:
                return func(session)

        run_task(work, on_done, on_error)

    def service(self, name: str, *args: Any, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """``clerk_desk.services.applications.<name>(session, *args, **kwargs)`` in a worker."""

        def work(session: Any) -> Any:
            from clerk_desk.services import applications

            return getattr(applications, name)(session, *args, **kwargs)

        self.call(work, on_done, on_error)

    def read(self, name: str, *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """``clerk_desk.services.applications.<name>(connection, *args, **kwargs)`` in a worker, for a
        use case that only reads and records nothing (a lookup as the clerk types): on a read-only
        connection, without a Session's cost (``uow.reading``)."""

        def work() -> Any:
            from clerk_desk.services import applications
            from clerk_desk.services.uow import reading

            with reading(self.url) as connection:
                return getattr(applications, name)(connection, *args, **kwargs)

        run_task(work, on_done, on_error)


def _log_checkpoint_failure(exc: BaseException) -> None:
    import logging

    logging.getLogger("clerk_desk").warning("checkpoint after a change failed: %s", exc)
