"""Drafts of the New Application page: nothing typed is lost.

Two copies, both written a moment after the clerk stops typing: a local file (``gui-draft.json``
in the data directory, which survives a power cut even when the database is out of reach) and a
draft application in the database (``save_draft``, also on Ctrl+S).  On start the local file is
offered back, and once the database is open its latest draft at this station; the clerk restores
or discards the offer.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.gui import errors
from clerk_desk.gui.qt import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from clerk_desk.gui.new_application import NewApplicationPage

DRAFT_FILE = "gui-draft.json"


class DraftKeeper(QObject):
    """Saves the page's form as it changes and offers an unfinished one back.

    It reads the page (``form()``, ``application_id``, ``busy``, the ID and name fields) and
    shows the offer in the page's ``draftLabel`` with its Restore and Discard buttons; a restore
    goes back to the page through :attr:`restore_requested`.
    """

    restore_requested = Signal(object, object)  # the ApplicationForm, its application id (or None)

    def __init__(self, page: NewApplicationPage) -> None:
        super().__init__(page)
        self.page = page
        self.saving = False
        self.dirty_since_db_save = False
        self.offered: tuple[str, ApplicationForm, str | None] | None = None
        self.timer = QTimer(self, singleShot=True, interval=1500)
        self.timer.timeout.connect(self._on_autosave)

    def touched(self) -> None:
        """The form changed: save it a moment after the clerk stops typing."""
        self.timer.start()
        self.dirty_since_db_save = True

    def stop(self) -> None:
        self.timer.stop()

    def has_content(self) -> bool:
        u = self.page.ui
        return bool(u.idNumberEdit.text().strip() or u.nameEdit.text().strip())

    @Slot()
    def _on_autosave(self) -> None:
        self.write_local()
        self.save(explicit=False)

    # -- the database draft --------------------------------------------------------------------
    def save(self, *, explicit: bool) -> None:
        page, ctx = self.page, self.page.ctx
        if not ctx.ready or page.busy or self.saving or not self.has_content():
            return
        self.saving = True
        self.dirty_since_db_save = False

        def done(app_id: Any) -> None:
            self.saving = False
            if self.has_content():
                page.application_id = app_id
            if explicit:
                errors.show_message("ok", self.tr("草稿已保存"))

        def failed(exc: BaseException) -> None:
            self.saving = False
            if explicit:
                errors.report_exception(exc)

        ctx.service("save_draft", ctx.actor, page.form(), settings=ctx.settings,
                    application_id=page.application_id, on_done=done, on_error=failed)

    # -- the local draft file: survives a power cut even when the database is out of reach ---
    def path(self) -> Any:
        from clerk_desk.config import data_dir

        return data_dir() / DRAFT_FILE

    def write_local(self) -> None:
        path = self.path()
        app_id = self.page.application_id
        try:
            if not self.has_content():
                path.unlink(missing_ok=True)
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"form": self.page.form().to_dict(), "saved_at": datetime.now().isoformat(
                timespec="seconds"), "application_id": str(app_id) if app_id else None},
                ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass

    def remove_local(self) -> None:
        self.path().unlink(missing_ok=True)

    # -- the offer -------------------------------------------------------------------------------
    def _show_offer(self, text: str) -> None:
        u = self.page.ui
        u.draftLabel.setText(text)
        u.restoreDraftButton.show()
        u.discardDraftButton.show()

    def offer_local(self) -> None:
        """On start: the local file's form, if it has one."""
        try:
            data = json.loads(self.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        form = ApplicationForm.from_dict(data.get("form"))
        if not (form.insured.id_number or form.insured.name):
            return
        self.offered = ("local", form, data.get("application_id"))
        from clerk_desk.domain.masking import mask_id as mask

        self._show_offer(self.tr("上次未完成的受理：{name} {id}（{at}），是否恢复？").format(
            name=form.insured.name, id=mask(form.insured.id_number), at=data.get("saved_at", "")))

    def offer_db(self) -> None:
        """Once the database is open: this station's latest draft, unless something is offered or typed."""
        if self.offered is not None or self.has_content():
            return
        ctx = self.page.ctx

        def work(session: Any) -> Any:
            from clerk_desk.services import applications
            from clerk_desk.services.station import station_code

            rows = applications.latest_drafts(session, station=station_code(), limit=1)
            rows = [r for r in rows if r.status.value == "draft"] if rows else []
            if not rows:
                return None
            return rows[0], applications.get_form(session, ctx.actor, rows[0].id)

        def done(found: Any) -> None:
            if found is None or self.has_content() or self.offered is not None:
                return
            row, form = found
            self.offered = ("db", form, str(row.id))
            self._show_offer(self.tr("有未完成的草稿：{name} {id}，是否恢复？").format(
                name=row.insured_name, id=row.masked_id))

        ctx.call(work, done, errors.log_only("offering the latest draft"))

    def hide_offer(self) -> None:
        u = self.page.ui
        self.offered = None
        u.draftLabel.clear()
        u.restoreDraftButton.hide()
        u.discardDraftButton.hide()

    @Slot()
    def restore(self) -> None:
        if self.offered is None:
            return
        _kind, form, app_id = self.offered
        self.hide_offer()
        self.restore_requested.emit(form, uuid.UUID(app_id) if app_id else None)

    @Slot()
    def discard(self) -> None:
        """The clerk does not want the draft: forget it here and in the database, so it is not offered again."""
        app_id = self.offered[2] if self.offered is not None else ""
        self.hide_offer()
        self.remove_local()
        if app_id:
            ctx = self.page.ctx
            ctx.service("discard_draft", ctx.actor, uuid.UUID(app_id), on_error=errors.log_only("discarding a draft"))
