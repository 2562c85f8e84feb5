"""The font of every printout: a CJK TrueType font, embedded and subset in each PDF.

By default the bundled WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``, Apache
2.0); ``settings.printing.font_path`` may name another TrueType font (``.ttf``, or
``.ttc`` whose first face is used).  Fonts with PostScript (CFF) outlines, such as most
``.otf`` files, cannot be embedded by ReportLab and are refused with
``print.font_unusable``, as is a font without Chinese characters.  Unembedded CID fonts
(``STSong-Light``) are never used: a printer without them prints boxes.

Registration happens once per file, lazily, under a lock, so it is safe from a worker
thread; the name returned can be used with any ReportLab canvas or style.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clerk_desk.domain.problems import RuleError, error
from clerk_desk.paths import RESOURCES

DEFAULT_FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"

_PROBE = "受理回执领卡凭条"  # characters every usable font must have

_lock = threading.Lock()
_registered: dict[Path, str] = {}


def _unusable(path: Path, reason: str) -> RuleError:
    return RuleError(error("print.font_unusable", "font_path", path=str(path), reason=reason))


def font_name(font_path: str | os.PathLike[str] | None = None) -> str:
    """Register the font (once) and return its ReportLab name.

    ``font_path`` empty or ``None`` means the bundled font.  Raises :class:`RuleError`
    (``print.font_unusable``) when the file is missing, unreadable, not TrueType, or has
    no Chinese characters.
    """
    path = Path(font_path).expanduser() if font_path else DEFAULT_FONT_FILE
    try:
        path = path.resolve(strict=True)
    except OSError as exc:
        raise _unusable(path, exc.strerror or type(exc).__name__) from exc
    name = _registered.get(path)
    if name is not None:
        return name
    with _lock:
        name = _registered.get(path)
        if name is not None:
            return name
        digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:8]
        name = f"ClerkDesk-{digest}"
        try:
            kwargs = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
            font = TTFont(name, str(path), **kwargs)
        except Exception as exc:  # TTFError, struct errors, OSError: all mean "cannot use"
            raise _unusable(path, str(exc) or type(exc).__name__) from exc
        char_to_glyph = font.face.charToGlyph
        if not all(ord(ch) in char_to_glyph for ch in _PROBE):
            raise _unusable(path, "no Chinese characters / 不含中文字符")
        pdfmetrics.registerFont(font)
        # <b> and <i> in paragraphs map to the same face (the font has no bold).
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        _registered[path] = name
        return name
