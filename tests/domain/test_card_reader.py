"""What an ID-card reader hands over: parsed from a reader SDK's strings, judged by the rules."""

from __future__ import annotations

from datetime import date

from clerk_desk.domain.card_reader import (
    CardData,
    IdCardReader,
    SimulatedReader,
    demo_cards,
    parse_card_date,
    parse_validity,
)
from clerk_desk.domain.idcard import IdCard, check_id_card
from tests.helpers.people import make_id

TODAY = date(2026, 11, 27)


def test_from_raw_cleans_what_a_reader_sdk_returns() -> None:
    number = make_id(date(1990, 1, 2), seq=7)
    raw = {"name": "张三          ", "sex": "1", "ethnicity": "汉 ", "birth": "19900102",
           "address": "北京市朝阳区幸福路1号   ", "id_number": number[:-1] + number[-1].lower(),
           "authority": "北京市公安局朝阳分局  ", "validity": "20150601-20350601"}
    card = CardData.from_raw(raw)
    assert card == CardData(name="张三", id_number=number.upper(), sex="男", ethnicity="汉", birth=date(1990, 1, 2),
                            address="北京市朝阳区幸福路1号", authority="北京市公安局朝阳分局",
                            valid_from=date(2015, 6, 1), valid_until=date(2035, 6, 1))
    assert card.valid_to == date(2035, 6, 1)


def test_long_term_validity() -> None:
    assert parse_validity("2010.03.04-长期") == (date(2010, 3, 4), None, True)
    assert parse_validity("2010-03-04 至 2030-03-04") == (date(2010, 3, 4), date(2030, 3, 4), False)
    card = CardData.from_raw({"name": "李四", "id_number": "x", "sex": "女", "valid_from": "20100304",
                              "valid_until": "长期"})
    assert card.long_term and card.valid_until is None and card.sex == "女"
    info = card.to_id_card_info()
    assert info.long_term and info.valid_to is None and info.valid_from == date(2010, 3, 4)


def test_bad_dates_are_none() -> None:
    assert parse_card_date("20201301") is None
    assert parse_card_date("") is None
    assert parse_card_date("２０２０年０６月０１日") == date(2020, 6, 1)


def test_simulated_reader_hands_out_each_card_once() -> None:
    first, second = demo_cards()
    reader = SimulatedReader([first])
    assert isinstance(reader, IdCardReader)
    reader.insert(second)
    assert len(reader) == 2
    assert reader.read() == first and reader.read() == second and reader.read() is None


def test_demo_cards_pass_the_identity_rules() -> None:
    for card in demo_cards():
        info = card.to_id_card_info()
        check = check_id_card(IdCard(number=info.id_number, name=info.name, issuing_authority=info.authority,
                                     valid_from=info.valid_from, valid_until=info.valid_to,
                                     long_term=info.long_term), TODAY)
        assert check.valid, [p.code for p in check.problems]
        assert check.number.birth_date == card.birth
