"""Problems found by the rules, with stable codes and bilingual messages.

Every rule in ``clerk_desk.domain`` reports what is wrong as a :class:`Problem`: a
stable ``code`` (scripts and tests rely on it), the ``field`` it concerns, the
parameters of the message and a severity.  The text is looked up in one catalogue
(:data:`CATALOGUE`) in Chinese (the default) or English, so the GUI, the command
line and the printouts all say the same thing.

Modules define their messages next to the rules that raise them::

    define("id.checksum", zh="身份证号码校验位错误，应为 {expected}",
           en="ID number check character is wrong; expected {expected}")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from clerk_desk.domain.values import Value

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

_T = TypeVar("_T")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Message(Value):
    """A text in Chinese and English (a frozen value)."""

    _fields = ("zh", "en")
    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        self._set(zh=zh, en=en)


CATALOGUE: dict[str, Message] = {}

# Field names shown inside messages, in both languages.
FIELD_NAMES: dict[str, Message] = {}


def define(code: str, *, zh: str, en: str) -> str:
    """Register the Chinese and English text of a message code; returns the code."""
    existing = CATALOGUE.get(code)
    if existing is not None and existing != Message(zh, en):
        raise ValueError(f"message code {code!r} defined twice with different texts")
    CATALOGUE[code] = Message(zh, en)
    return code


def label(pair: tuple[_T, _T], lang: str = DEFAULT_LANGUAGE) -> _T:
    """One entry of a domain label table, ``(zh, en)`` (a status, a business, a weekday), in ``lang``:
    the one place outside the catalogue where a language is picked.  Also a per-language layout
    value (a label column's width)."""
    return pair[1] if lang == "en" else pair[0]


def define_field(name: str, *, zh: str, en: str) -> str:
    """Register a field's label; as a message code, one name has one text wherever it is defined
    (two modules disagreeing left the label to whichever was imported last)."""
    existing = FIELD_NAMES.get(name)
    if existing is not None and existing != Message(zh, en):
        raise ValueError(f"field {name!r} defined twice with different labels")
    FIELD_NAMES[name] = Message(zh, en)
    return name


def field_label(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The label of a field; a dotted path (``agent.id_number``) falls back to its parts."""
    msg = FIELD_NAMES.get(name)
    if msg is None and "." in name:
        head, _, tail = name.partition(".")
        prefix = FIELD_NAMES.get(head)
        inner = field_label(tail, lang)
        if prefix is None:
            return inner
        return (prefix.en + " " + inner) if lang == "en" else (prefix.zh + inner)
    if msg is None:
        return name
    return msg.en if lang == "en" else msg.zh


LIST_SEPARATOR = define("list.separator", zh="；", en="; ")  # between messages or items in a line
ENUMERATION_SEPARATOR = define("list.enumeration", zh="、", en=", ")  # between the names of a list


class _SafeParams(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def phrase(code: str) -> Message:
    """The catalogue's ``code`` as a parameter of another message, filled in that message's language."""
    return CATALOGUE[code]


def _in_language(value: Any, lang: str) -> Any:
    """A parameter as shown in ``lang``: a phrase (:class:`Message`) or a :class:`Problem` is put in
    the language of the message it fills; anything else as it is."""
    if isinstance(value, Message):
        return label((value.zh, value.en), lang)
    if isinstance(value, Problem):
        return value.message(lang)
    return value


def render(code: str, params: Mapping[str, Any] | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text of ``code`` in ``lang`` with ``params`` filled in (each in ``lang`` too); never raises."""
    msg = CATALOGUE.get(code)
    if msg is None:
        return code if not params else f"{code} {dict(params)}"
    template = label((msg.zh, msg.en), lang)
    values = _SafeParams({key: _in_language(value, lang) for key, value in (params or {}).items()})
    try:
        return template.format_map(values)
    except (ValueError, IndexError, AttributeError):  # a malformed template must not crash
        return template


class Problem(Value):
    """One finding of a rule: what (code), where (field), how bad (severity).  A frozen value."""

    _fields = ("code", "field", "params", "severity")
    code: str
    field: str
    params: Mapping[str, Any]
    severity: Severity

    def __init__(self, code: str, field: str, params: Mapping[str, Any] | None = None,
                 severity: Severity = Severity.ERROR) -> None:
        self._set(code=code, field=field, params={} if params is None else params, severity=severity)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        params = dict(self.params)
        params.setdefault("field", field_label(self.field, lang))
        return render(self.code, params, lang)

    def as_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
        return {"code": self.code, "field": self.field, "message": self.message(lang)}


def error(code: str, field: str, **params: Any) -> Problem:
    return Problem(code, field, params, Severity.ERROR)


def warning(code: str, field: str, **params: Any) -> Problem:
    return Problem(code, field, params, Severity.WARNING)


def relocate(problem: Problem, prefix: str) -> Problem:
    """The same problem on ``prefix.field`` (e.g. an ID check reused for the agent)."""
    return Problem(problem.code, f"{prefix}.{problem.field}", problem.params, problem.severity)


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def warnings_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.WARNING]


class Findings:
    """Mixin for results that carry ``problems``: ``valid``, ``errors`` and ``warnings``."""

    problems: tuple[Problem, ...]

    @property
    def valid(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


class RuleError(Exception):
    """A refused action, carrying the problems that refuse it."""

    def __init__(self, *problems: Problem) -> None:
        if not problems:
            raise ValueError("RuleError needs at least one problem")
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message("en") for p in problems))

    @property
    def code(self) -> str:
        return self.problems[0].code

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(LIST_SEPARATOR, lang=lang).join(p.message(lang) for p in self.problems)
