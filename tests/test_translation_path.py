"""One translation path for everything the program says (issue 10).

Walks the syntax tree of every module of ``clerk_desk``.  A string constant holding Chinese
characters (the source language) is allowed only where a translation path picks it up:

* in ``gui``: as the text of ``self.tr(...)`` or ``QCoreApplication.translate(...)`` (what
  pyside6-lupdate extracts for Qt Linguist), or marked with ``QT_TRANSLATE_NOOP``/``QT_TR_NOOP``
  (also extracted; translated where shown); the generated ``gui/forms`` translate themselves;
* elsewhere: in the one message catalogue, ``define(...)``/``define_field(...)`` calls and the
  catalogue tables listed in :data:`CATALOGUE_TABLES` (checked to be in the catalogue, same texts);
* in docstrings, and in regular expressions (``re.compile(...)``: they recognise input);
* in the domain-data modules of :data:`DOMAIN_DATA`, each with its reason (names of regions,
  holidays, documents, demo people: data, not wording).

In ``gui``, every string literal with a letter in it passed to a Qt text setter must be a
translation call too, Chinese or not.  Outside ``gui``, a language is picked in one place only
(``problems.label``/``render``): no ``lang == "en"`` elsewhere.

:data:`PENDING` lists the GUI files still converting (other branches replace ``ctx.t``, ``_t``,
``_tr``, ``tr(lang, ...)`` by ``self.tr``); the lead empties it at merge.  An entry that no longer
bypasses fails the test, so the list only shrinks.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "clerk_desk"

CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")

# The catalogue's tables: {code: (zh, en)} dicts registered with define() in a loop.
CATALOGUE_TABLES = {
    "clerk_desk/commands/texts.py": "_TEXTS",
    "clerk_desk/printing/texts.py": "_TEXTS",
    "clerk_desk/services/printout_content.py": "_MESSAGES",
    "clerk_desk/services/audit_query.py": "_MESSAGES",
}

# Modules whose Chinese is data, not wording; each with the reason.
DOMAIN_DATA = {
    "clerk_desk/domain/regions.py": "administrative division names (GB/T 2260), looked up by code",
    "clerk_desk/domain/statutory_holidays.py": "the State Council's holiday names, as published",
    "clerk_desk/domain/calendar_file.py": "holiday names and the keywords of the calendar file format",
    "clerk_desk/domain/documents.py": "the documents' official names (zh, en) as printed on the checklist",
    "clerk_desk/domain/application_form.py": "label tables (zh, en) of the form's enumerations",
    "clerk_desk/domain/application_parts.py": "label tables (zh, en) of the form's parts",
    "clerk_desk/domain/application_schema.py": "the form's Chinese field aliases accepted in JSON input",
    "clerk_desk/domain/categories.py": "person categories' official names (zh, en)",
    "clerk_desk/domain/workflow.py": "status and transition label tables (zh, en)",
    "clerk_desk/domain/roles.py": "role and action label tables (zh, en)",
    "clerk_desk/domain/applicant.py": "relation names (zh, en) a clerk picks from",
    "clerk_desk/domain/household.py": "household-book relation words recognised in input",
    "clerk_desk/domain/card_reader.py": "the ID card chip's fields: nation names (GB 3304) and sex as stored",
    "clerk_desk/domain/idcard.py": "issuing-authority and nation words recognised on cards",
    "clerk_desk/domain/idnumber.py": "the ID number's kinds and their printed names",
    "clerk_desk/domain/receipt_guidance.py": "the default 温馨提示 lines: settings data the point edits",
    "clerk_desk/domain/eligibility.py": "label tables (zh, en) of eligibility rules",
    "clerk_desk/domain/workdays.py": "weekday names used in the opening-hours text the point writes",
    "clerk_desk/domain/slipcode.py": "the slip's QR payload prefix",
    "clerk_desk/domain/masking.py": "the masking character (＊) of Chinese names",
    "clerk_desk/domain/phone.py": "full-width digits and separators recognised in phone input",
    "clerk_desk/domain/handover.py": "handover note words recognised in input",
    "clerk_desk/commands/demo.py": "synthetic people, streets and the demo point (demo data)",
    "clerk_desk/printing/samples.py": "the sample application the printouts are previewed with",
    "clerk_desk/printing/fonts.py": "font family names (文泉驿, Noto Sans CJK SC) searched on the system",
    "clerk_desk/config.py": "the settings' defaults (point name, opening hours, guidance) and TOML keys",
}

# GUI files still bypassing (being converted on other branches): the lead empties this at merge.
PENDING: set[str] = set()

# Outside gui, files still bypassing, each with what is left to do: none any more (issue-10b converted
# the last ones into catalogue codes); a file that needs an entry here again must say why.
PENDING_OUTSIDE_GUI_NOTES: dict[str, str] = {}
PENDING_OUTSIDE_GUI = set(PENDING_OUTSIDE_GUI_NOTES)

PICKS_LANGUAGE = {"clerk_desk/domain/problems.py"}  # label() and render(): the one place

TEXT_SETTERS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "addAction",
                "addMenu", "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
                "setTitle", "setWhatsThis", "addTab", "setTabText", "showMessage", "setHeaderLabels"}
REGEX_CALLS = {"compile", "match", "fullmatch", "search", "sub", "split", "findall", "finditer"}
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.relative_to(PACKAGE).parts[:2])


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


NOOP_MARKS = {"QT_TRANSLATE_NOOP", "QT_TR_NOOP"}  # lupdate extracts them; translated where shown


def _is_mark(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in NOOP_MARKS


def _is_translation(node: ast.expr, *, marks: bool = False) -> bool:
    """``self.tr("…")``, ``QCoreApplication.translate("Ctx", "…")``, either followed by ``.format(…)``;
    with ``marks``, also a text marked for lupdate with ``QT_TRANSLATE_NOOP("Ctx", "…")``/``QT_TR_NOOP("…")``
    (a table's entry, translated where it is shown with ``QCoreApplication.translate(ctx, text)``)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_translation(node.func.value, marks=marks)
    if _is_mark(node):
        return marks
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    owner = node.func.value
    if node.func.attr == "tr":
        return isinstance(owner, ast.Name) and owner.id == "self"
    return node.func.attr == "translate" and isinstance(owner, ast.Name) and owner.id == "QCoreApplication"


def _allowed_nodes(tree: ast.AST, path: str) -> set[int]:
    """The string constants a translation path picks up."""
    allowed = _docstrings(tree)
    table = CATALOGUE_TABLES.get(path)
    for node in ast.walk(tree):
        inside = None
        if isinstance(node, ast.Call) and _name(node.func) in ("define", "define_field"):
            inside = node
        elif isinstance(node, ast.Call) and _is_translation(node, marks=True):
            inside = node
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in REGEX_CALLS \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re":
            inside = node.args[0] if node.args else None  # a pattern recognising input, never shown
        elif table and isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == table for t in targets):
                inside = node.value
        if inside is not None:
            allowed.update(id(n) for n in ast.walk(inside))
    return allowed


def _literal_text(node: ast.expr) -> Iterator[ast.expr]:
    """The string literals inside an argument that a reader would see (through + and f-strings)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield node
                break
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _literal_text(node.left)
        yield from _literal_text(node.right)


def _wording(node: ast.expr) -> bool:
    """Whether a literal holds words (not empty, punctuation, digits or an object name)."""
    if isinstance(node, ast.JoinedStr):
        text = "".join(p.value for p in node.values if isinstance(p, ast.Constant))
    else:
        text = node.value  # type: ignore[attr-defined]
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return not re.fullmatch(r"[a-z][A-Za-z0-9_]*", text)  # an object name: okButton, page_daily


def _setter_bypasses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        box = name in MESSAGE_BOX and isinstance(owner, ast.Name) and owner.id == "QMessageBox"
        if name not in TEXT_SETTERS and not box:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]:
            if _is_mark(arg):  # marked for lupdate, but shown as the source text
                yield node.lineno, f"{name}({ast.unparse(arg)[:60]}) is only marked, not translated"
            if _is_translation(arg):
                continue
            for lit in _literal_text(arg):
                if _wording(lit):
                    yield node.lineno, f"{name}({ast.unparse(arg)[:60]}) is not translated"


def _language_picks(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value in ("en", "zh")
                                                 for c in [node.left, *node.comparators]):
            yield node.lineno, f"picks a language inline: {ast.unparse(node)[:60]}"


def bypasses(path: Path) -> list[str]:
    return bypasses_in(path.read_text(encoding="utf-8"), rel(path))


def bypasses_in(source: str, name: str) -> list[str]:
    """Every place of module ``name`` where user-visible text does not go through a translation path."""
    tree = ast.parse(source, filename=name)
    in_gui = name.startswith("clerk_desk/gui/")
    found: list[tuple[int, str]] = []
    if name not in DOMAIN_DATA:
        allowed = _allowed_nodes(tree, name)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)
                    and id(node) not in allowed):
                found.append((node.lineno, f"Chinese text outside a translation path: {node.value[:40]!r}"))
    if in_gui:
        found.extend(_setter_bypasses(tree))
    elif name not in PICKS_LANGUAGE and name not in DOMAIN_DATA:
        found.extend(_language_picks(tree))
    return [f"{name}:{line}: {what}" for line, what in sorted(set(found))]


def test_no_user_visible_string_bypasses_the_translation_path() -> None:
    found = [b for p in modules() if rel(p) not in PENDING | PENDING_OUTSIDE_GUI for b in bypasses(p)]
    assert found == [], "\n".join(found)


def test_pending_lists_only_files_that_still_bypass() -> None:
    """A file converted on its branch leaves PENDING at merge (the list only shrinks)."""
    stale = sorted(name for name in PENDING | PENDING_OUTSIDE_GUI if not bypasses(ROOT / name))
    assert stale == [], f"remove from PENDING: {stale}"
    assert all(name.startswith("clerk_desk/gui/") for name in PENDING)
    assert not any(name.startswith("clerk_desk/gui/") for name in PENDING_OUTSIDE_GUI)


def test_allow_lists_name_existing_files() -> None:
    for name in [*DOMAIN_DATA, *CATALOGUE_TABLES, *PENDING, *PENDING_OUTSIDE_GUI, *PICKS_LANGUAGE]:
        assert (ROOT / name).is_file(), name
    assert all(reason.strip() for reason in DOMAIN_DATA.values())


@pytest.mark.parametrize("planted, expected", [
    ('print("数据库已升级")\n', "Chinese text outside a translation path"),
    ('def f(self):\n    self.label.setText("Saved")\n', "setText"),
    ('def f(self, n):\n    self.label.setText(f"共 {n} 条")\n', "Chinese text outside"),
    ('def f(self):\n    QMessageBox.warning(self, self.tr("提示"), "Not saved")\n', "warning"),
    ('def f(lang):\n    return "Saved" if lang == "en" else "好"\n', "picks a language inline"),
    ('TITLES = {"number": QT_TRANSLATE_NOOP("Model", "业务编号"), "status": "状态"}\n', "'状态'"),
    ('def f(self):\n    self.label.setText(QT_TRANSLATE_NOOP("Page", "保存"))\n', "only marked, not translated"),
])
def test_a_planted_bypass_is_found(planted: str, expected: str) -> None:
    """The walk finds what it is meant to find (in gui for setters, outside gui for picks)."""
    where = "clerk_desk/services/planted.py" if "lang ==" in planted else "clerk_desk/gui/planted.py"
    found = bypasses_in(planted, where)
    assert any(expected in b for b in found), found


@pytest.mark.parametrize("good", [
    'def f(self, n):\n    self.label.setText(self.tr("共 {n} 条").format(n=n))\n',
    'def f():\n    QCoreApplication.translate("Page", "日结")\n',
    'def f(self):\n    self.label.setText("")\n    self.sep.setText(" / ")\n    self.b.setText(name)\n',
    'def f():\n    """一个文档字符串。"""\n',
    'TITLES = {"number": QT_TRANSLATE_NOOP("Model", "业务编号"), "status": QT_TR_NOOP("状态")}\n',
])
def test_translated_text_passes(good: str) -> None:
    assert bypasses_in(good, "clerk_desk/gui/good.py") == []


# --- the catalogue itself ---------------------------------------------------------------------------

def _catalogue():  # type: ignore[no-untyped-def]
    """Every module imported, so that every definition has run."""
    import importlib
    import pkgutil

    import clerk_desk
    from clerk_desk.domain import problems

    for info in pkgutil.walk_packages(clerk_desk.__path__, "clerk_desk."):
        if not info.name.startswith("clerk_desk.gui") and info.name != "clerk_desk.__main__":
            importlib.import_module(info.name)
    return problems


def _fields(template: str) -> set[str]:
    return {re.split(r"[.\[!:]", f)[0] for _, f, _, _ in string.Formatter().parse(template) if f is not None}


# Messages whose callers pass each language its own parameter (status_zh / status_en): none any more;
# a parameter shown in either language is a phrase (problems.Message / phrase(code)) or a Problem.
PLACEHOLDERS_PENDING: dict[str, str] = {}


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    problems = _catalogue()
    assert len(problems.CATALOGUE) > 300
    bad, mixed = [], set()
    for code, msg in [*problems.CATALOGUE.items(), *problems.FIELD_NAMES.items()]:
        if not msg.zh.strip() or not msg.en.strip():
            bad.append(f"{code}: a language is empty")
        elif _fields(msg.zh) != _fields(msg.en):
            mixed.add(code)
            if code not in PLACEHOLDERS_PENDING:
                bad.append(f"{code}: {sorted(_fields(msg.zh))} in Chinese, {sorted(_fields(msg.en))} in English")
    assert bad == [], "\n".join(bad)
    assert set(PLACEHOLDERS_PENDING) <= mixed, f"fixed, remove: {sorted(set(PLACEHOLDERS_PENDING) - mixed)}"


def test_catalogue_tables_are_in_the_catalogue() -> None:
    """The tables the walk allows are really registered (same texts), not just named so."""
    problems = _catalogue()
    for name, table in CATALOGUE_TABLES.items():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        value = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                     and any(isinstance(t, ast.Name) and t.id == table for t in n.targets))
        entries = ast.literal_eval(value)
        assert entries, name
        for code, (zh, en) in entries.items():
            assert problems.CATALOGUE[code] == problems.Message(zh, en), (name, code)
