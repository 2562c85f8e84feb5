"""Phone numbers as the counter takes them.

* a mobile number: 11 digits starting with 1 (second digit 3–9), optionally after +86 / 86;
* a landline: the area code (0 and 2–3 more digits, e.g. 010, 0571) then a 7- or 8-digit
  number (not starting with 0), optionally "-" or a space between, the area code
  optionally in brackets, and an extension after "-", "转" or "ext";
* spaces and dashes between digit groups are ignored (138 1234 5678).

A number without an area code cannot be dialled from another city, so it is refused, as are
letters and anything else.
"""

from __future__ import annotations

import re

from clerk_desk.domain.problems import Problem, define, error

PHONE_ZH = "{field}“{phone}”格式不正确：手机号为1开头的11位数字，固定电话须带区号（如 010-12345678）"
PHONE_EN = ("The {field} “{phone}” is not valid: a mobile number is 11 digits starting with 1, a landline "
            "needs its area code (e.g. 010-12345678)")
E_PHONE_INVALID = define("phone.invalid", zh=PHONE_ZH, en=PHONE_EN)

_MOBILE = re.compile(r"(?:\+?86)?1[3-9]\d{9}")
_LANDLINE = re.compile(r"(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[- ]?[1-9]\d{6,7}(?:(?:-|转|ext\.?|x)\d{1,6})?",
                       re.IGNORECASE)


def is_valid_phone(text: str) -> bool:
    """A mobile number or a landline with its area code (see the module's rules)."""
    raw = (text or "").strip()
    if _LANDLINE.fullmatch(raw):
        return True
    compact = re.sub(r"[\s-]", "", raw)
    return bool(_MOBILE.fullmatch(compact))


def phone_problems(text: str, field: str) -> list[Problem]:
    """No problem for an empty or valid number; otherwise ``phone.invalid`` on ``field``."""
    if not (text or "").strip() or is_valid_phone(text):
        return []
    return [error(E_PHONE_INVALID, field, phone=text.strip())]
