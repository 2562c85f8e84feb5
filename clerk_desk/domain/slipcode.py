"""The pickup slip's QR payload, written by the printer and read back by the scanner.

Format, version 1 (ASCII, fields separated by ``|``)::

    CDSLIP1|<application_number>|<pickup_code>

* ``application_number``: 1–64 of ``A–Z a–z 0–9 . _ -``
* ``pickup_code``: 1–16 letters or digits

Decoding forgives what a keyboard-wedge scanner does with a Chinese input method on:
full-width characters (``ＣＤＳＬＩＰ１｜…``) are folded to ASCII, surrounding whitespace
and line ends are dropped, and the prefix is case-insensitive.  The values themselves
are returned as they were printed.  A later format gets a new version number
(``CDSLIP2|…``); version 1 readers refuse it with ``slipcode.unknown_version``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from clerk_desk.domain.problems import Problem, RuleError, define, define_field, error

PREFIX = "CDSLIP"
VERSION = 1
SEPARATOR = "|"

_APPLICATION_NUMBER = re.compile(r"[A-Za-z0-9._-]{1,64}")
_PICKUP_CODE = re.compile(r"[A-Za-z0-9]{1,16}")
_HEAD = re.compile(r"CDSLIP(\d+)", re.IGNORECASE)

define_field("slip_code", zh="凭条二维码", en="slip QR code")
define("slipcode.empty", zh="未读到凭条二维码内容", en="The slip QR code is empty")
define("slipcode.not_a_slip", zh="扫描的不是领卡凭条的二维码", en="The scanned code is not a pickup slip's QR code")
define("slipcode.unknown_version", zh="凭条二维码版本 {version} 不受支持，请升级程序或手工输入受理编号",
       en="Slip QR code version {version} is not supported; update the program or type the application number")
define("slipcode.malformed", zh="凭条二维码内容不完整或有误，请手工输入受理编号",
       en="The slip QR code is incomplete or damaged; type the application number")
define("slipcode.bad_application_number", zh="受理编号 {value!r} 含有不允许的字符或过长",
       en="Application number {value!r} contains characters that are not allowed or is too long")
define("slipcode.bad_pickup_code", zh="取件码 {value!r} 只能是1–16位字母或数字",
       en="Pickup code {value!r} must be 1–16 letters or digits")


@dataclass(frozen=True)
class SlipCode:
    application_number: str
    pickup_code: str
    version: int = VERSION


def _check_fields(application_number: str, pickup_code: str) -> list[Problem]:
    problems: list[Problem] = []
    if not _APPLICATION_NUMBER.fullmatch(application_number):
        problems.append(error("slipcode.bad_application_number", "slip_code", value=application_number))
    if not _PICKUP_CODE.fullmatch(pickup_code):
        problems.append(error("slipcode.bad_pickup_code", "slip_code", value=pickup_code))
    return problems


def encode_slip(application_number: str, pickup_code: str) -> str:
    """``CDSLIP1|<application_number>|<pickup_code>``; raises :class:`RuleError` on bad values."""
    problems = _check_fields(application_number, pickup_code)
    if problems:
        raise RuleError(*problems)
    return SEPARATOR.join((f"{PREFIX}{VERSION}", application_number, pickup_code))


def parse_slip(text: str) -> tuple[SlipCode | None, list[Problem]]:
    """The slip code read from ``text`` and no problems, or ``None`` and why not."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip()
    if not cleaned:
        return None, [error("slipcode.empty", "slip_code")]
    parts = [p.strip() for p in cleaned.split(SEPARATOR)]
    head = _HEAD.fullmatch(parts[0])
    if head is None:
        return None, [error("slipcode.not_a_slip", "slip_code")]
    version = int(head.group(1))
    if version != VERSION:
        return None, [error("slipcode.unknown_version", "slip_code", version=version)]
    if len(parts) != 3:
        return None, [error("slipcode.malformed", "slip_code")]
    problems = _check_fields(parts[1], parts[2])
    if problems:
        return None, problems
    return SlipCode(parts[1], parts[2], version), []


def decode_slip(text: str) -> SlipCode:
    """Like :func:`parse_slip` but raises :class:`RuleError` when the text is refused."""
    code, problems = parse_slip(text)
    if code is None:
        raise RuleError(*problems)
    return code
