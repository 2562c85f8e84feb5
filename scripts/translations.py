"""The GUI's English: extract (pyside6-lupdate), fill from ``resources/translations/en/*.txt``, compile.

The GUI's source strings are Chinese, written as ``self.tr("…")`` or
``QCoreApplication.translate("Context", "…")`` in ``clerk_desk/gui`` and as texts in ``ui/*.ui``.
Their English lives in ``resources/translations/en/<module>.txt``, one ``中文 => English`` a line
(``\\n`` for a line break), so that helpers working on different screens never edit the same file.
Where one Chinese text needs two Englishes (a title, and a word inside a sentence), the line for
the exception names its lupdate context: ``ApplicationExtras::姓名 => name``.
``clerk_desk_en.ts`` and ``clerk_desk_en.qm`` are generated from those; both are committed.

    python scripts/translations.py          # regenerate the .ts and .qm; exit 1 if a string has no English
    python scripts/translations.py --check  # change nothing; exit 1 if they are stale or English is missing
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
ENGLISH_DIR = TRANSLATIONS / "en"
TS = TRANSLATIONS / "clerk_desk_en.ts"
QM = TRANSLATIONS / "clerk_desk_en.qm"


def sources() -> list[Path]:
    gui = ROOT / "clerk_desk" / "gui"
    code = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return code + sorted((ROOT / "ui").glob("*.ui"))


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: run this with the project's .venv/bin/python")
    return found


def english() -> dict[str, str]:
    """Every ``中文 => English`` pair of the ``en/*.txt`` files; the same source twice must agree."""
    pairs: dict[str, str] = {}
    clashes = []
    for path in sorted(ENGLISH_DIR.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if " => " not in line:
                clashes.append(f"{path.name}:{number}: no ' => ' in {line!r}")
                continue
            zh, en = (part.replace("\\n", "\n") for part in line.split(" => ", 1))
            if "::" in zh and zh.split("::", 1)[0].isidentifier():
                zh = zh.replace("::", "\0", 1)  # context NUL source: the exception for one context
            if pairs.get(zh, en) != en:
                clashes.append(f"{path.name}:{number}: {zh!r} is {pairs[zh]!r} elsewhere, {en!r} here")
            pairs[zh] = en
    if clashes:
        sys.exit("\n".join(clashes))
    return pairs


def extract(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none",
                    "-target-language", "en_US", "-silent", "-ts", str(ts)], check=True)


def fill(ts: Path, pairs: dict[str, str]) -> list[str]:
    """Write the English into ``ts``; the sources that have none (ASCII-only ones stand for themselves)."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        missing += _fill_context(context, pairs)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_context(context: ET.Element, pairs: dict[str, str]) -> list[str]:
    name = context.findtext("name") or ""
    missing = []
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = pairs.get(f"{name}\0{source}", pairs.get(source, source if source.isascii() else None))
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    return missing


def messages(ts: Path) -> set[tuple[str, str, str]]:
    return {(context.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or "")
            for context in ET.parse(ts).iter("context") for m in context.iter("message")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail if stale or incomplete")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        extract(ts)
        missing = fill(ts, english())
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        for source in missing:
            print(f"no English for {source!r}: add '{source} => …' to resources/translations/en/<module>.txt")
        if args.check:
            stale = not TS.exists() or messages(ts) != messages(TS) or not QM.exists() \
                or QM.read_bytes() != qm.read_bytes()
            if stale:
                print(f"{TS.name} / {QM.name} are not current: run python scripts/translations.py")
            return 1 if missing or stale else 0
        shutil.copyfile(ts, TS)
        shutil.copyfile(qm, QM)
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings, {len(missing)} without English")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
