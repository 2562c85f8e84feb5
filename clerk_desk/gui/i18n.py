"""Languages: the source strings are Simplified Chinese; English comes from Qt Linguist files.

``resources/translations/clerk_desk_en.ts`` is the source, ``.qm`` the compiled file that
:func:`install` loads.  Domain messages (problems) carry both languages themselves.
"""

from __future__ import annotations

from clerk_desk.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from clerk_desk.paths import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> None:
    """Load the translators for ``lang`` (``zh`` or ``en``), replacing earlier ones."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "clerk_desk_en.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        base = QTranslator(app)
        if base.load("qtbase_zh_CN", qt_dir):
            app.installTranslator(base)
            _installed.append(base)

