"""Valid synthetic ID numbers and ready-made forms for tests."""

from __future__ import annotations

from datetime import date

from clerk_desk.domain.application_form import (
    AgentInfo,
    ApplicantType,
    ApplicationForm,
    HukouInfo,
    IdCardInfo,
    Kind,
    Scheme,
)
from clerk_desk.domain.idnumber import check_character


def make_id(birth: date, *, region: str = "110105", seq: int = 1, female: bool = False) -> str:
    """A valid 18-character resident ID number."""
    s = seq * 2 if female else seq * 2 + 1
    body = f"{region}{birth:%Y%m%d}{s % 1000:03d}"
    return body + check_character(body)


def card(number: str, name: str, *, birth: date, issued: date | None = None) -> IdCardInfo:
    """A card whose validity fits the age-at-issue rule, issued ``issued`` (default 2020-06-01)."""
    issued = issued or date(2020, 6, 1)
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    if age >= 46:
        return IdCardInfo(number, name, "北京市公安局朝阳分局", issued, None, long_term=True)
    years = 5 if age < 16 else 10 if age <= 25 else 20
    return IdCardInfo(number, name, "北京市公安局朝阳分局", issued, issued.replace(year=issued.year + years))


def self_form(number: str, name: str = "张三", *, birth: date, kind: Kind = Kind.NEW_ENROLLMENT,
              documents: dict[str, str] | None = None, **kw) -> ApplicationForm:  # type: ignore[no-untyped-def]
    hukou = HukouInfo(household_no="110105001234", household_type="family", address="北京市朝阳区幸福路1号",
                      page_name=name, page_id_number=number, relation_to_head="户主")
    docs = documents if documents is not None else {"insured_id_card": "verified", "household_book": "verified",
                                                     "social_security_card": "verified"}
    return ApplicationForm(kind=kind, scheme=kw.pop("scheme", Scheme.RESIDENT), insured=card(number, name, birth=birth),
                           phone="13812345678", address="北京市朝阳区幸福路1号", hukou=hukou, documents=docs, **kw)


def proxy_form(number: str, agent_number: str, *, birth: date, agent_birth: date, **kw) -> ApplicationForm:  # type: ignore[no-untyped-def]
    base = self_form(number, birth=birth, **kw)
    agent = AgentInfo(card=card(agent_number, "李四", birth=agent_birth), phone="13900000000", relation="spouse",
                      authorization_letter=True)
    docs = dict(base.documents)
    docs.update({"agent_id_card": "verified", "authorisation_letter": "verified"})
    from dataclasses import replace

    return replace(base, applicant=ApplicantType.PROXY, agent=agent, documents=docs)
