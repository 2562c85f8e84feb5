"""Who may take a card (DOMAIN.md "Proxies and guardians", last rule).

The slip (or its code) plus the collector's own valid ID card; a collector who is not the
insured nor the agent recorded at acceptance also shows the insured's ID card, as the slip
says, and the clerk records both. The collector's card validity is required and checked.

Public API::

    collector_problems(*, collector_id, insured_id, recorded_agent_id, valid_to, long_term, on,
                       insured_card_shown) -> list[Problem]
    collector_type(collector_id, recorded_agent_id) -> str     # "agent" (as recorded) or "other"
"""

from __future__ import annotations

from datetime import date

from clerk_desk.domain.idnumber import normalize
from clerk_desk.domain.problems import Problem, define, define_field, error

define_field("collector", zh="领卡人", en="collector's")
define_field("collector.valid_to", zh="领卡人身份证有效期", en="collector's ID card validity")
define_field("collector.insured_id_number", zh="参保人身份证号码", en="insured's ID number")

E_VALIDITY = define("handover.validity_required", zh="请填写领卡人身份证有效期截止日期，或选择“长期”",
                    en="Enter the end of validity of the collector's ID card, or choose long-term")
E_EXPIRED = define("handover.id_expired", zh="领卡人身份证已于 {until} 过期，请持有效证件",
                   en="The collector's ID card expired on {until}; a valid card is needed")
E_INSURED_ID = define("handover.insured_id_required",
                      zh="领卡人不是参保人，也不是受理时登记的代办人：须同时出示参保人身份证（凭条上已注明），"
                         "请录入参保人身份证号码核对",
                      en="The collector is neither the insured nor the agent recorded at acceptance: the "
                         "insured's ID card must be shown too (as the slip says); enter its number to check it")


def collector_type(collector_id: str, recorded_agent_id: str) -> str:
    number = normalize(collector_id)
    return "agent" if recorded_agent_id and number == normalize(recorded_agent_id) else "other"


def collector_problems(*, collector_id: str, insured_id: str, recorded_agent_id: str, valid_to: date | None,
                       long_term: bool, on: date, insured_card_shown: str, agent: bool) -> list[Problem]:
    """Problems with the collector's own card and, for someone not recorded, the insured's card."""
    problems: list[Problem] = []
    if valid_to is None and not long_term:
        problems.append(error(E_VALIDITY, "collector.valid_to"))
    elif valid_to is not None and valid_to < on:
        problems.append(error(E_EXPIRED, "collector.valid_to", until=valid_to.isoformat()))
    if agent and collector_type(collector_id, recorded_agent_id) == "other":
        if normalize(insured_card_shown) != normalize(insured_id):
            problems.append(error(E_INSURED_ID, "collector.insured_id_number"))
    return problems
