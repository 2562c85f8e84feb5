"""What an ID-card reader hands over, as one plain value (no Qt, no device code).

A desktop ID-card reader (居民身份证阅读器) reads the card's chip and returns the printed
fields: name, sex, ethnicity, birth date, address, ID number, issuing authority and the
validity period.  :class:`CardData` holds them; :meth:`CardData.from_raw` turns the strings a
reader's SDK gives (fixed-width fields padded with spaces, dates as ``YYYYMMDD``, the validity
as ``20200601-20400601`` or ``20200601-长期``, sex as ``男``/``女`` or the GB/T 2261 code
``1``/``2``) into it.

Public API::

    CardData, IdCardReader (the adapter protocol: read() -> CardData | None),
    SimulatedReader (a queue of cards, for tests and demos), demo_cards(), parse_card_date(),
    parse_validity()

The GUI polls a reader in a worker (``clerk_desk.gui.id_reader``) and fills the New
Application form from the card; the rules then judge it like a typed card.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from clerk_desk.domain.application_form import IdCardInfo
from clerk_desk.domain.idnumber import check_character, normalize

LONG_TERM_WORDS = ("长期", "長期", "long-term", "longterm")
_DATE = re.compile(r"(\d{4})[.\-/年]?(\d{2})[.\-/月]?(\d{2})日?")
_SEX = {"男": "男", "女": "女", "1": "男", "2": "女", "m": "男", "f": "女", "male": "男", "female": "女"}


@dataclass(frozen=True)
class CardData:
    """The fields printed on (and stored in the chip of) a resident ID card."""

    name: str
    id_number: str
    sex: str = ""                    # 男 / 女 as printed
    ethnicity: str = ""              # 民族, e.g. 汉
    birth: date | None = None
    address: str = ""
    authority: str = ""              # 签发机关
    valid_from: date | None = None
    valid_until: date | None = None  # None with long_term: 长期
    long_term: bool = False

    @property
    def valid_to(self) -> date | None:
        """The form's name for :attr:`valid_until`."""
        return self.valid_until

    def to_id_card_info(self) -> IdCardInfo:
        """The card as the application form holds it."""
        return IdCardInfo(id_number=self.id_number, name=self.name, authority=self.authority,
                          valid_from=self.valid_from, valid_to=None if self.long_term else self.valid_until,
                          long_term=self.long_term)

    @classmethod
    def from_raw(cls, raw: Mapping[str, str | None]) -> CardData:
        """A card from a reader SDK's strings (keys as the fields; ``validity`` may replace the two dates)."""

        def text(key: str) -> str:
            return re.sub(r"\s+", " ", str(raw.get(key) or "")).strip()

        valid_from, valid_until, long_term = parse_card_date(text("valid_from")), None, False
        until_text = text("valid_until")
        if until_text:
            long_term = _is_long_term(until_text)
            valid_until = None if long_term else parse_card_date(until_text)
        if text("validity"):
            valid_from, valid_until, long_term = parse_validity(text("validity"))
        return cls(name=text("name").replace(" ", ""), id_number=normalize(text("id_number")),
                   sex=_SEX.get(text("sex").lower(), text("sex")), ethnicity=text("ethnicity"),
                   birth=parse_card_date(text("birth")), address=text("address"),
                   authority=text("authority"), valid_from=valid_from, valid_until=valid_until,
                   long_term=long_term)


def _is_long_term(text: str) -> bool:
    return text.strip().lower().replace(" ", "") in LONG_TERM_WORDS


def parse_card_date(text: str) -> date | None:
    """``20200601``, ``2020.06.01``, ``2020-06-01`` or ``2020年06月01日``; None when it is not a date."""
    digits = re.sub(r"\D", "", normalize(text or ""))
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def parse_validity(text: str) -> tuple[date | None, date | None, bool]:
    """``(valid_from, valid_until, long_term)`` from ``20200601-20400601``, ``2020.06.01-2040.06.01``
    or ``2020-06-01 至 长期``."""
    cleaned = normalize(text or "")
    found = [parse_card_date("".join(m)) for m in _DATE.findall(cleaned)]
    start = found[0] if found else None
    if any(word in cleaned.lower() for word in LONG_TERM_WORDS):
        return start, None, True
    return start, found[1] if len(found) > 1 else None, False


@runtime_checkable
class IdCardReader(Protocol):
    """An ID-card reader adapter: ``read()`` returns the card on the reader, or None (no card)."""

    def read(self) -> CardData | None: ...


class SimulatedReader:
    """A reader that hands out queued cards, one per :meth:`read` (tests, demos, training)."""

    def __init__(self, cards: Iterable[CardData] = ()) -> None:
        self._queue: deque[CardData] = deque(cards)
        self._lock = threading.Lock()

    def insert(self, card: CardData) -> None:
        """Put ``card`` on the reader (it is read once)."""
        with self._lock:
            self._queue.append(card)

    def read(self) -> CardData | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def __len__(self) -> int:
        with self._lock:
            return len(self._queue)


def _demo_id(region: str, birth: date, seq: int) -> str:
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def demo_cards() -> list[CardData]:
    """Two made-up adults with valid numbers and validity periods (an insured and an agent)."""
    return [
        CardData(name="王建国", id_number=_demo_id("110105", date(1985, 3, 12), 123), sex="男", ethnicity="汉",
                 birth=date(1985, 3, 12), address="北京市朝阳区幸福路1号院3号楼2单元101",
                 authority="北京市公安局朝阳分局", valid_from=date(2015, 8, 20), valid_until=date(2035, 8, 20)),
        CardData(name="李秀英", id_number=_demo_id("110105", date(1987, 11, 2), 246), sex="女", ethnicity="汉",
                 birth=date(1987, 11, 2), address="北京市朝阳区幸福路1号院3号楼2单元101",
                 authority="北京市公安局朝阳分局", valid_from=date(2018, 4, 10), valid_until=date(2038, 4, 10)),
    ]
