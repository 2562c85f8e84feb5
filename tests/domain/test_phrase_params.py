"""A message parameter shown in either language is one parameter, filled in the message's language
(issue 10: no ``status_zh`` / ``status_en`` pairs).  Expected texts written out by hand."""

from __future__ import annotations

import pytest

from clerk_desk.config import settings_from_dict
from clerk_desk.domain.application_schema import FormSyntaxError, parse_form
from clerk_desk.domain.problems import Message, define, error, render
from clerk_desk.domain.roles import Action, Actor, Role, denial
from clerk_desk.domain.workflow import Status, Transition, check

define("test.phrase_param", zh="状态：{status}", en="Status: {status}")
define("test.inner_problem", zh="{field}缺少材料", en="{field}: documents missing")


def test_a_phrase_parameter_is_filled_in_the_language_of_the_message() -> None:
    status = Message("已受理", "accepted")
    assert render("test.phrase_param", {"status": status}, "zh") == "状态：已受理"
    assert render("test.phrase_param", {"status": status}, "en") == "Status: accepted"


def test_a_problem_parameter_is_its_message_in_that_language() -> None:
    inner = error("test.inner_problem", "unknown_field")
    assert render("test.phrase_param", {"status": inner}, "zh") == "状态：unknown_field缺少材料"
    assert render("test.phrase_param", {"status": inner}, "en") == "Status: unknown_field: documents missing"


def test_workflow_refusal_in_each_language() -> None:
    problem = check(Transition.ACCEPT, Status.COLLECTED)
    assert problem is not None
    assert problem.message("zh") == "当前状态为“已领卡”，不能受理"
    assert problem.message("en") == "The application is collected; it cannot be accepted"


def test_permission_refusal_in_each_language() -> None:
    problem = denial(Actor("li", Role.CLERK, "李四"), Action.CLOSE_DAY)
    assert problem is not None
    assert problem.message("zh") == "窗口经办人员“李四”无权日结，请由负责人办理"
    assert problem.message("en") == "李四 (clerk) may not close the day; ask a supervisor"


def test_form_type_refusal_in_each_language() -> None:
    with pytest.raises(FormSyntaxError) as info:
        parse_form('{"insured": {"name": 5}}')
    assert info.value.problem.message("zh").endswith(" 应为文字")
    assert info.value.problem.message("en").endswith(" must be a string")


def test_settings_refusal_in_each_language() -> None:
    _, problems = settings_from_dict({"printing": {"paper": "A5"}})
    [problem] = problems
    assert "应为：A4 或 80mm；" in problem.message("zh")
    assert "it should be A4 or 80mm;" in problem.message("en")
