"""Accept and Return of the New Application page, in a worker: the messages after them, the
provisional slip when the calendar year is missing, the link to a refused duplicate's record,
and the printouts (the main window's ``print_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk_desk.gui import errors
from clerk_desk.gui.qt import QMessageBox, QObject, Slot

if TYPE_CHECKING:
    from clerk_desk.gui.new_application import NewApplicationPage


class Submitter(QObject):
    def __init__(self, page: NewApplicationPage) -> None:
        super().__init__(page)
        self.page = page
        self.pending_duplicate: str | None = None

    def accept(self, *, provisional: bool = False) -> None:
        page = self.page
        page.drafts.stop()
        page.set_busy(True)
        page.ctx.service("accept", page.ctx.actor, page.form(), settings=page.ctx.settings,
                         application_id=page.application_id, allow_provisional=provisional,
                         on_done=self._on_accepted,
                         on_error=self.failed if provisional else self._on_accept_failed)

    def return_with_notice(self) -> None:
        page = self.page
        page.drafts.stop()
        page.set_busy(True)
        page.ctx.service("return_with_notice", page.ctx.actor, page.form(), settings=page.ctx.settings,
                         application_id=page.application_id, on_done=self._on_returned, on_error=self.failed)

    @Slot(object)
    def _on_accept_failed(self, exc: BaseException) -> None:
        """The ready-by date runs into a year without a calendar: offer a provisional (暂定) slip."""
        year = next((p.params.get("year") for p in getattr(exc, "problems", ())
                     if p.code == "calendar_year_missing"), None)
        if year is None or not self._ask_provisional(year):
            self.failed(exc)
            return
        self.accept(provisional=True)

    def _ask_provisional(self, year: Any) -> bool:
        answer = QMessageBox.question(
            self.page, self.tr("领卡日期暂定"),
            self.tr("{year}年的工作日历尚未导入，无法确定准确的领卡日期。").format(year=year) + "\n\n"
            + self.tr("是否按周一至周五估算，出具标明“暂定”的领卡凭条？") + "\n"
            + self.tr("请同时通知负责人尽快导入{year}年工作日历。").format(year=year),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _accepted_text(self, result: Any) -> str:
        if result.slip is not None:
            text = self.tr("已受理：业务编号 {number}，领卡码 {code}，请于 {day} 后凭领卡凭条领卡。").format(
                number=result.number, code=result.slip.pickup_code, day=result.slip.ready_by.isoformat())
            if result.slip.provisional:
                years = self.tr("、").join(str(y) for y in result.slip.provisional_years)
                text += self.tr("（领卡日期为暂定，请通知负责人导入{years}年工作日历）").format(years=years)
            return text
        if result.report is not None and not result.report.card_made:
            return self.tr("已受理：业务编号 {number}，本业务不制卡，已办结。").format(number=result.number)
        return self.tr("已受理：业务编号 {number}，已当场发卡。").format(number=result.number)

    @Slot(object)
    def _on_accepted(self, result: Any) -> None:
        page = self.page
        page.set_busy(False)
        page.last_result = result
        errors.show_message("ok", self._accepted_text(result))
        self._print(result.application_id, ["receipt"] + (["slip"] if result.slip is not None else []))
        page.accepted_result.emit(result)
        page.ctx.applications_changed.emit()
        page.clear()

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        """The form stays as typed (a stopped database server loses nothing); the clerk can retry."""
        page = self.page
        page.set_busy(False)
        page.drafts.write_local()
        problems = getattr(exc, "problems", ())
        existing = next((p.params.get("number") for p in problems if p.params.get("existing_id")), None)
        self.pending_duplicate = existing
        if existing:
            page.duplicateButton.setText(self.tr("查看已有业务 {number}").format(number=existing))
            page.duplicateButton.show()
        errors.report_exception(exc)

    @Slot()
    def show_duplicate(self) -> None:
        """The link to the existing record of a refused duplicate."""
        if self.pending_duplicate:
            self.page.search_requested.emit(self.pending_duplicate)

    @Slot(object)
    def _on_returned(self, result: Any) -> None:
        page = self.page
        page.set_busy(False)
        page.last_result = result
        sep = self.tr("、")
        errors.show_message("info", self.tr(
            "已出具一次性告知书，请补齐：{missing}。草稿已保存，下次来办时查询身份证号码即可继续。").format(
            missing=sep.join(result.missing)))
        self._print(result.application_id, ["notice"])
        page.returned_result.emit(result)
        page.ctx.applications_changed.emit()
        page.clear()

    def _print(self, application_id: Any, documents: list[str]) -> None:
        printer = getattr(self.page.window(), "print_documents", None)
        if printer is not None:
            printer(application_id, documents)
