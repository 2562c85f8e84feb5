"""Masking of personal information for lists, screens and printouts (PIPL).

Pure functions, no state.  Everything that shows an ID number, a phone number or an
address to someone who does not need the whole value goes through here:

>>> mask_id("11010519491231002X")
'110105********002X'
>>> mask_phone("13812345678")
'138****5678'
>>> mask_address("黑龙江省大庆市让胡路区西宾路12号3单元")
'黑龙江省大庆市让胡路区****'

A value that is already masked (contains ``*``) is returned unchanged, so masking twice
is harmless.  Empty input gives empty output.
"""

from __future__ import annotations

import re
import unicodedata

MASK = "*"

__all__ = ["MASK", "is_masked", "looks_like_full_id", "mask_address", "mask_id", "mask_phone"]

_FULL_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")


def _clean(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII) and no surrounding space."""
    return unicodedata.normalize("NFKC", text or "").strip()


def is_masked(text: str) -> bool:
    return MASK in (text or "")


def looks_like_full_id(text: str) -> bool:
    """True when ``text`` contains an unmasked 15- or 18-character ID number."""
    return bool(_FULL_ID.search(_clean(text).replace(" ", "")))


def mask_id(number: str) -> str:
    """``110105********123X``: the first 6 and the last 4 characters stay visible.

    Spaces and full-width digits are normalised and a lowercase ``x`` is upper-cased first.
    Numbers shorter than 11 characters (passports, permits) keep only their last quarter
    visible, so at least half of any number is hidden.
    """
    if is_masked(number):
        return _clean(number)
    text = re.sub(r"\s+", "", _clean(number)).upper()
    n = len(text)
    if n == 0:
        return ""
    if n >= 11:
        head, tail = 6, 4
    else:
        head, tail = 0, n // 4
    return text[:head] + MASK * (n - head - tail) + text[n - tail:]


_FULL_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z*])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z*])")


def mask_ids_in_text(text: str) -> str:
    """``text`` with every full 15- or 18-character ID number in it masked by :func:`mask_id`
    (audit targets and details, free texts on printouts); other numbers are left alone."""
    return _FULL_ID_IN_TEXT.sub(lambda m: mask_id(m.group(0)), text)


_AREA_CODE = re.compile(r"\(?(0\d{2,3})\)?[-\s]")


def mask_phone(phone: str) -> str:
    """``138****5678``: four digits in the middle are hidden, separators are kept.

    Mobile numbers (11 digits) keep 3 + 4, landlines with area code (``0451-87654321``)
    keep the area code and the last 4 (``0451-****4321``), a local number of 7–10 digits
    keeps only the last 4, and a shorter one only its last 2.
    """
    if is_masked(phone):
        return _clean(phone)
    text = _clean(phone)
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    n = len(positions)
    if n == 0:
        return text
    area = _AREA_CODE.match(text)
    if area is not None and n - len(area.group(1)) >= 5:  # 0459-4612345: keep the area code
        tail = 4
        head = len(area.group(1))
    elif n >= 7:
        tail = 4
        head = max(0, n - 8)
    else:
        tail = min(2, n)
        head = 0
    hidden = set(positions[head:n - tail])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(text))


_COUNTY_END = re.compile(r"(?<!自治)[区县旗]")
_CITY_END = re.compile(r"[市州盟]")
_KEEP_MAX = 14  # a district is never further in than this
_KEEP_FALLBACK = 6


def mask_address(address: str) -> str:
    """Keep the administrative part up to the district or county (``…区``, ``…县``), else up
    to the city (``…市``), else the first 6 characters; the rest becomes ``****``."""
    if is_masked(address):
        return _clean(address)
    text = _clean(address)
    if not text:
        return ""
    keep = 0
    match = _COUNTY_END.search(text, 0, _KEEP_MAX)
    if match is None:
        match = _CITY_END.search(text, 0, _KEEP_MAX)
    if match is not None:
        keep = match.end()
    else:
        keep = min(_KEEP_FALLBACK, len(text))
        if keep >= len(text):  # a short address without a district: keep half of it
            keep = len(text) // 2
    if keep >= len(text):
        return text
    return text[:keep] + MASK * 4
