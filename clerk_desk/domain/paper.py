"""Which paper a document is laid out on (``[printing] paper`` and ``[printing] slip_paper``)."""

from __future__ import annotations


def slip_paper(choice: str, point_kind: str, *, hall: bool) -> str:
    """The pickup slip's paper: ``choice`` unless it is "auto", which is the 80 mm roll at a street
    point's own counter and A4 in a hall (several counters on one shared database) or a county center."""
    if choice in ("A4", "80mm"):
        return choice
    return "80mm" if point_kind == "street" and not hall else "A4"
