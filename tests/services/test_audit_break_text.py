"""A broken audit trail is described in one language at a time (issue 10), from the catalogue."""

from __future__ import annotations

from clerk_desk.services.audit import ChainBreak
from clerk_desk.services.audit_anchor import AnchorBreak


def test_chain_break_in_each_language() -> None:
    broken = ChainBreak("HALL-01", 7, "edited")
    assert broken.describe("zh") == "审计条目 station=HALL-01 seq=7：条目内容被改动"
    assert broken.describe("en") == "audit entry station=HALL-01 seq=7: content changed after it was written"
    assert broken.describe() == broken.describe("zh")


def test_anchor_break_in_each_language() -> None:
    broken = AnchorBreak("HALL-01", 9, "missing")
    assert broken.describe("zh") == "审计锚定 station=HALL-01 seq=9：审计记录被删除或截断"
    assert broken.describe("en") == (
        "audit anchor station=HALL-01 seq=9: entries up to the anchored one are missing (trail wiped or cut)")
