"""Reading our PDFs back: text, fonts, page sizes (pypdf)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

ROLL_WIDTH_PT = 80 / 25.4 * 72
A4_WIDTH_PT = 210 / 25.4 * 72


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(text: str) -> str:
    """Text without any whitespace: wrapped lines compare equal to the input."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class FontInfo:
    base: str
    subtype: str
    embedded: bool  # FontFile2 (TrueType outlines) present


def _font_infos(resources: DictionaryObject, seen: set[int], out: list[FontInfo]) -> None:
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            out.append(FontInfo(str(font.get("/BaseFont")), str(font.get("/Subtype")), embedded))
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            if id(obj) in seen or "/Resources" not in obj:
                continue
            seen.add(id(obj))
            _font_infos(obj["/Resources"].get_object(), seen, out)


def fonts_of(pdf: bytes) -> list[FontInfo]:
    out: list[FontInfo] = []
    seen: set[int] = set()
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is not None:
            _font_infos(resources.get_object(), seen, out)
    return out


def page_widths(pdf: bytes) -> list[float]:
    return [float(page.mediabox.width) for page in reader(pdf).pages]


def page_heights(pdf: bytes) -> list[float]:
    return [float(page.mediabox.height) for page in reader(pdf).pages]


def assert_fonts_embedded(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts, "no fonts at all"
    for font in fonts:
        assert font.embedded, f"{font.base} is not embedded with TrueType outlines"
        assert "STSong" not in font.base and "Helvetica" not in font.base, font.base
        assert "WenQuanYi" in font.base or "+" in font.base, font.base


def placed_texts(pdf: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """Every text run of a page with where it starts (x, y in points, from the bottom left)."""
    out: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, _font, _size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            out.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return out


def figure_above(placed: list[tuple[float, float, str]], label: str) -> str:
    """The figure printed in the cell just above ``label`` (the nearest run on the row above it)."""
    lx, ly = next((x, y) for x, y, t in placed if t == label)
    above = [(x, y, t) for x, y, t in placed if y > ly]
    row_y = min(y for _, y, _ in above)
    return min(((abs(x - lx), t) for x, y, t in above if y == row_y))[1]
