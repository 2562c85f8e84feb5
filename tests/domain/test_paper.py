"""The slip's paper: [printing] slip_paper, "auto" by the kind of place (issue 14)."""

from __future__ import annotations

import pytest

from clerk_desk.domain.paper import slip_paper


@pytest.mark.parametrize(("choice", "kind", "hall", "paper"), [
    ("auto", "street", False, "80mm"),   # a street point's own counter: the roll
    ("auto", "street", True, "A4"),      # a hall: several counters on one shared database
    ("auto", "county", False, "A4"),
    ("A4", "street", False, "A4"),
    ("80mm", "street", True, "80mm"),
    ("80mm", "county", False, "80mm"),
])
def test_slip_paper(choice: str, kind: str, hall: bool, paper: str) -> None:
    assert slip_paper(choice, kind, hall=hall) == paper
