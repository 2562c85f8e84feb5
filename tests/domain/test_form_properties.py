"""Properties of the whole form's rules over generated forms: never a traceback, and the
business decides the card, the slip and the waiting period (DOMAIN.md)."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from enum import Enum

from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_desk.domain.application_form import (
    AgentInfo,
    ApplicantType,
    ApplicationForm,
    Business,
    Employment,
    HukouInfo,
    HukouStatus,
    IdCardInfo,
    MemberSeen,
    PersonCategory,
    ReplacementReason,
    Scheme,
)
from clerk_desk.domain.application_rules import evaluate
from clerk_desk.domain.documents import DocumentStatus, DocumentType
from tests.helpers.people import make_id

TODAY = date(2026, 11, 27)
births = st.dates(date(1940, 1, 1), date(2026, 11, 1))
numbers = st.one_of(st.builds(lambda b, s: make_id(b, seq=s), births, st.integers(1, 400)),
                    st.builds(lambda b, s: make_id(b, region="810000", seq=s), births, st.integers(1, 400)),
                    st.text(max_size=19), st.just(""))
optional_dates = st.none() | st.dates(date(2000, 1, 1), date(2045, 12, 31))
cards = st.builds(IdCardInfo, id_number=numbers, name=st.sampled_from(["", "张三", "李四"]),
                  authority=st.sampled_from(["", "北京市公安局"]), valid_from=optional_dates, valid_to=optional_dates,
                  long_term=st.booleans(), temporary=st.booleans())
hukous = st.builds(HukouInfo, present=st.booleans(), household_no=st.sampled_from(["", "000123"]),
                   page_name=st.sampled_from(["", "张三"]), page_id_number=numbers,
                   relation_to_head=st.sampled_from(["", "户主"]), status=st.sampled_from(list(HukouStatus)),
                   birth_date=optional_dates, registration_region=st.sampled_from(["", "110105", "230602"]),
                   residence_permit_no=st.sampled_from(["", "JZ1"]), residence_permit_valid_to=optional_dates,
                   members_seen=st.lists(st.builds(MemberSeen, st.sampled_from(["李四", "张三"]), numbers),
                                         max_size=3).map(tuple))
forms = st.builds(
    ApplicationForm, kind=st.sampled_from(list(Business)), scheme=st.none() | st.sampled_from(list(Scheme)),
    insured=cards, employment=st.sampled_from(list(Employment)), hukou=hukous,
    applicant=st.sampled_from(list(ApplicantType)),
    agent=st.none() | st.builds(AgentInfo, card=cards, phone=st.sampled_from(["", "13900000000"]),
                                relation=st.sampled_from(["", "parent", "spouse", "other", "bogus"]),
                                authorization_letter=st.booleans()),
    documents=st.dictionaries(st.sampled_from([d.value for d in DocumentType]),
                              st.sampled_from([s.value for s in DocumentStatus]), max_size=5),
    replacement_reason=st.none() | st.sampled_from(list(ReplacementReason)),
    category=st.sampled_from(list(PersonCategory)), gap_years=st.integers(0, 12), years_paid_back=st.integers(0, 12),
    contribution_years=st.integers(0, 40), social_security_card_no=st.sampled_from(["", "A123"]))


@settings(max_examples=300, deadline=None)
@given(form=forms, point=st.sampled_from(["street", "county"]))
def test_rules_hold_for_any_form(form: ApplicationForm, point: str) -> None:
    report = evaluate(form, today=TODAY, point_kind=point)
    assert report.acceptable == (not report.errors and not report.missing)
    if form.kind is Business.RENEWAL:
        assert not report.card_made and not report.slip
    if report.slip:
        assert report.card_made and point == "street"
    if form.kind in (Business.FIRST_CARD, Business.CARD_REPLACEMENT):
        assert report.waiting is None
        assert not any(p.code.startswith("eligibility.") for p in report.problems)   # a card is anyone's
    if form.hukou.effective_status in (HukouStatus.HK_MACAO_TW, HukouStatus.FOREIGNER):
        assert not any(p.code.startswith("household.") for p in report.problems)
        assert "hukou" not in [i.code for i in report.checklist]
    if form.kind is Business.CARD_REPLACEMENT and form.replacement_reason is None:
        assert not report.acceptable
    for p in report.problems:
        # every placeholder filled: no "{name}" left (a typed "{" is the clerk's text, not a placeholder)
        assert p.message("zh") and p.message("en") and not re.search(r"\{[a-z_]+\}", p.message("en"))


def _json_values(value: object) -> object:
    """The standard library's view: what ``json.loads(json.dumps(asdict(form), default=...))`` gives."""
    if isinstance(value, dict):
        return {k: _json_values(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_values(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value.value if isinstance(value, Enum) else value


@settings(max_examples=200, deadline=None)
@given(form=forms)
def test_to_dict_is_asdict_in_json_values(form: ApplicationForm) -> None:
    """The saved form is ``dataclasses.asdict`` in JSON values, and restores to the same form."""
    kept = form.to_dict()
    assert kept == _json_values(dataclasses.asdict(form))
    assert json.loads(json.dumps(kept, ensure_ascii=False)) == kept
    assert ApplicationForm.from_dict(kept) == form
