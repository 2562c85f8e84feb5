"""Pinyin keys of a name, for a clerk who types with the input method off.

``name_keys("张秀英") == ("zhangxiuying", "zxy")``: the whole pinyin without tones and the
initials, lowercase ASCII, so ``zhang`` and ``zxy`` find 张秀英 by an indexed prefix.
Characters that are not Chinese (Latin letters of a foreign name, digits) are kept as
lowercase letters and digits; separators (·, spaces, hyphens) are dropped.  The readings
come from pypinyin's dictionary (the common reading of a polyphonic character).
"""

from __future__ import annotations

import re
from functools import lru_cache

PINYIN_MAX = 200
INITIALS_MAX = 60
_KEEP = re.compile(r"[^0-9a-z]")


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[str, str]:
    """``(full pinyin, initials)`` of a name; both empty for an empty name."""
    from pypinyin import Style, lazy_pinyin

    chunks = lazy_pinyin((name or "").strip(), style=Style.NORMAL, errors="default", v_to_u=False)
    words = [w for chunk in chunks for w in re.split(r"[\s·・.\-]+", chunk)]
    parts = [k for k in (_KEEP.sub("", w.lower()) for w in words) if k]
    full = "".join(parts)[:PINYIN_MAX]
    initials = "".join(p[0] for p in parts)[:INITIALS_MAX]
    return full, initials


def looks_like_pinyin(text: str) -> bool:
    """Latin letters only (what a clerk types for a name with the input method off)."""
    return bool(re.fullmatch(rf"[A-Za-z]{{1,{PINYIN_MAX}}}", text))
