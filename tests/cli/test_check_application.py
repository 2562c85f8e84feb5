"""``clerk-desk check-application``: forms as JSON lines in, one result a line out, exit 0/1/2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk_desk.cli import main
from clerk_desk.commands.check_application import check_text
from clerk_desk.domain.application_form import Business
from clerk_desk.domain.ruleset import Rules
from tests.domain.test_counter_cases import hong_kong_resident, newborn, renewal, stranger_as_guardian
from tests.helpers.people import make_id, self_form

KEYS = ["acceptable", "business", "scheme", "errors", "warnings", "missing_documents", "card_made", "slip",
        "waiting_period_months"]
ROOT = Path(__file__).resolve().parents[2]
ON = "2026-11-27"


def line(form) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(form.to_dict(), ensure_ascii=False)


def run(capsys, monkeypatch, *argv: str, stdin: str = ""):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(["check-application", *argv])
    out, err = capsys.readouterr()
    return code, [json.loads(x) for x in out.splitlines()] if "--json" in argv else out, err


def test_results_have_exactly_the_contract_keys_and_exit_0(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join([line(self_form(make_id(date(1980, 5, 17)), birth=date(1980, 5, 17))), line(hong_kong_resident())])
    code, rows, _ = run(capsys, monkeypatch, "--on", ON, "--json", "-", stdin=text + "\n")
    assert code == 0
    assert [list(r) for r in rows] == [KEYS, KEYS]
    assert rows[0]["acceptable"] and rows[0]["business"] == "new_enrollment" and rows[0]["scheme"] == "resident"
    assert rows[0]["card_made"] and rows[0]["slip"] and rows[0]["waiting_period_months"] == 0


def test_refused_form_exit_1_with_codes_fields_and_messages(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, rows, _ = run(capsys, monkeypatch, "--on", ON, "--json", "-", stdin=line(stranger_as_guardian()) + "\n")
    assert code == 1
    (row,) = rows
    assert row["acceptable"] is False
    assert row["errors"] == [{"code": "applicant.relation_unproven", "field": "agent.relation",
                              "message": row["errors"][0]["message"]}]
    assert "户口簿" in row["errors"][0]["message"]


def test_renewal_at_a_county_point_makes_no_card(capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "batch.jsonl"
    path.write_text(line(renewal()) + "\n", encoding="utf-8")
    code, rows, _ = run(capsys, monkeypatch, "--on", ON, "--point-kind", "county", "--json", str(path))
    assert code == 0 and rows[0]["business"] == "renewal"
    assert (rows[0]["card_made"], rows[0]["slip"], rows[0]["waiting_period_months"]) == (False, False, 0)


def test_malformed_line_named_others_still_checked_exit_2(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    good = line(newborn())
    text = "\n".join([good, "{not json", "", '{"kind": "renew"}', '{"gap_years": "3"}', good]) + "\n"
    code, rows, err = run(capsys, monkeypatch, "--on", ON, "--json", "-", stdin=text)
    assert code == 2
    assert len(rows) == 2 and all(r["acceptable"] for r in rows)        # lines 1 and 6
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("第 2 行") and "JSON" in lines[0]
    assert lines[1].startswith("第 4 行") and "kind" in lines[1] and "renewal" in lines[1]
    assert lines[2].startswith("第 5 行") and "gap_years" in lines[2]


def test_english_text_output_and_usage_errors(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    code, out, err = run(capsys, monkeypatch, "--on", ON, "-", stdin=line(stranger_as_guardian()) + "\n[]\n")
    assert code == 2
    assert out.startswith("1\tREFUSED\tnew_enrollment") and "household book" in out
    assert "line 2 is malformed" in err and "JSON object" in err
    assert run(capsys, monkeypatch, "--on", "2026-13-01", "-")[0] == 2
    assert run(capsys, monkeypatch, "--on", ON, "/nonexistent/forms.jsonl")[0] == 2


def test_through_the_installed_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    script = Path(sys.executable).parent / "clerk-desk"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "clerk_desk.cli"]
    env = dict(os.environ, CLERK_DESK_DATA_DIR=str(tmp_path))
    env.pop("CLERK_DESK_LANG", None)
    proc = subprocess.run([*cmd, "check-application", "--on", ON, "--json", "-"],
                          input=(line(hong_kong_resident()) + "\n").encode(), capture_output=True, cwd=ROOT, env=env,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["acceptable"] is True


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4), max_leaves=12)
field_names = st.sampled_from(["kind", "scheme", "insured", "hukou", "agent", "documents", "gap_years", "category",
                               "applicant", "employment", "replacement_reason", "notes", "phone"])
forms = st.dictionaries(field_names, json_values, max_size=6)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(forms.map(json.dumps), st.text(max_size=40), json_values.map(json.dumps)))
def test_any_line_gives_a_result_or_a_named_error(text: str) -> None:
    """Property: whatever a line holds, the result is one of the two, never a traceback."""
    for number, row, bad in check_text(text.replace("\n", " "), on=date(2026, 11, 27), point_kind="street",
                                       rules=Rules(), lang="zh"):
        assert number == 1
        if bad is None:
            assert row is not None and list(row) == KEYS
            json.dumps(row)
        else:
            assert row is None and bad.problem.code.startswith("form_json.") and bad.problem.message("zh")


@given(st.sampled_from([self_form(make_id(date(1980, 5, 17)), birth=date(1980, 5, 17), kind=b) for b in Business]))
def test_every_draft_is_a_well_formed_line(form) -> None:  # type: ignore[no-untyped-def]
    rows = list(check_text(line(form), on=date(2026, 11, 27), point_kind="street", rules=Rules(), lang="en"))
    assert rows[0][2] is None


@pytest.mark.parametrize("form", [newborn(), hong_kong_resident(), stranger_as_guardian(), renewal()])
def test_same_verdict_as_the_rules(form) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_rules import evaluate

    ((_, row, _),) = list(check_text(line(form), on=date(2026, 11, 27), point_kind="street", rules=Rules(),
                                     lang="zh"))
    report = evaluate(form, today=date(2026, 11, 27), point_kind="street")
    assert row is not None and row["acceptable"] is report.acceptable
    assert [e["code"] for e in row["errors"]] == [p.code for p in report.errors]


def test_the_documented_schema_is_the_one_in_force_and_the_example_is_accepted(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_schema import SCHEMA
    from clerk_desk.domain.documents import DocumentType

    doc = (ROOT / "docs" / "application-form.md").read_text(encoding="utf-8")
    schema_text = doc.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(schema_text) == json.loads(json.dumps(SCHEMA))
    for code in [*Business, *DocumentType]:
        assert f"`{code.value}`" in doc
    example = doc.split("## Example\n```\n", 1)[1].split("\n```", 1)[0]
    code, rows, _ = run(capsys, monkeypatch, "--on", ON, "--json", "-", stdin=example + "\n")
    assert code == 0 and rows[0]["business"] == "renewal" and rows[0]["waiting_period_months"] == 5  # 3 + 2 years
