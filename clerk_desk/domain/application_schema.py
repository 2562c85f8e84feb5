"""The application form as JSON: its JSON Schema, and a strict reader that names what is wrong.

The drafts keep ``ApplicationForm.to_dict()``; ``clerk-desk check-application`` reads the same
objects, one a line (``docs/application-form.md`` lists every field and code).  The drafts'
own reader (``ApplicationForm.from_dict``) forgives; this one does not: a value of the wrong
type, an unknown code, an unknown key or a bad date is a :class:`FormSyntaxError` naming the
field (``hukou.members_seen[1].id_number``) so a batch of forms typed elsewhere is fixed, not
silently changed.

Public API::

    SCHEMA                                    # JSON Schema (draft 2020-12) of one form
    parse_form(text) -> ApplicationForm       # one JSON text; raises FormSyntaxError
    form_from_json(data) -> ApplicationForm   # a decoded object; raises FormSyntaxError
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from clerk_desk.domain.applicant import Relation
from clerk_desk.domain.application_form import (
    ApplicantType,
    ApplicationForm,
    Business,
    Employment,
    HukouStatus,
    PersonCategory,
    ReplacementReason,
    Scheme,
)
from clerk_desk.domain.documents import DocumentStatus, DocumentType
from clerk_desk.domain.household import HouseholdType
from clerk_desk.domain.problems import Message, Problem, define, error

E_JSON = define("form_json.not_json", zh="第 {line} 行不是有效的 JSON：{reason}",
                en="Line {line} is not valid JSON: {reason}")
E_OBJECT = define("form_json.not_object", zh="{path} 应为 JSON 对象", en="{path} must be a JSON object")
E_TYPE = define("form_json.wrong_type", zh="{path} 应为{expected}", en="{path} must be {expected}")
E_ENUM = define("form_json.unknown_code", zh="{path} 的取值“{value}”无效，可选：{allowed}",
                en="{path}: {value!r} is not one of {allowed}")
E_UNKNOWN = define("form_json.unknown_field", zh="未知字段 {path}（检查拼写）",
                   en="Unknown field {path} (check the spelling)")
E_DATE = define("form_json.bad_date", zh="{path} 的日期“{value}”无效，应为 YYYY-MM-DD",
                en="{path}: {value!r} is not a date (YYYY-MM-DD)")
E_RANGE = define("form_json.out_of_range", zh="{path} 应为 0 到 {maximum} 的整数",
                 en="{path} must be a whole number from 0 to {maximum}")

_STR = {"type": "string"}
_BOOL = {"type": "boolean"}
_DATE = {"type": ["string", "null"], "format": "date"}
_YEARS = {"type": "integer", "minimum": 0, "maximum": 80}


def _enum(values: Any, nullable: bool = False) -> dict[str, Any]:
    out: list[Any] = [getattr(v, "value", v) for v in values]
    return {"enum": out + [None]} if nullable else {"enum": out}


def _object(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "properties": props}


_CARD = _object({"id_number": _STR, "name": _STR, "authority": _STR, "valid_from": _DATE, "valid_to": _DATE,
                 "long_term": _BOOL, "temporary": _BOOL})
_MEMBER = _object({"name": _STR, "id_number": _STR, "relation": _STR})
_HUKOU = _object({
    "present": _BOOL, "household_no": _STR, "household_type": _enum(["", *HouseholdType]), "address": _STR,
    "page_name": _STR, "page_id_number": _STR, "relation_to_head": _STR, "residence_permit_no": _STR,
    "birth_certificate_no": _STR, "status": _enum(HukouStatus), "birth_date": _DATE,
    "registration_region": {"type": "string", "pattern": "^(\\d{6})?$"},
    "residence_permit_valid_to": _DATE, "members_seen": {"type": "array", "items": _MEMBER},
})
_AGENT = _object({"card": _CARD, "phone": _STR, "relation": _enum(["", *Relation]),
                  "authorization_letter": _BOOL})

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Clerk Desk application form",
    **_object({
        "kind": _enum(Business), "scheme": _enum(Scheme, nullable=True), "insured": _CARD, "phone": _STR,
        "address": _STR, "employment": _enum(Employment), "social_security_card_no": _STR, "hukou": _HUKOU,
        "applicant": _enum(ApplicantType), "agent": {"anyOf": [_AGENT, {"type": "null"}]},
        "documents": {"type": "object", "propertyNames": _enum(DocumentType),
                      "additionalProperties": _enum(DocumentStatus)},
        "notes": _STR, "replacement_reason": _enum(ReplacementReason, nullable=True),
        "category": _enum(PersonCategory), "gap_years": _YEARS, "years_paid_back": _YEARS,
        "contribution_years": _YEARS,
    }),
}

_TYPE_NAMES = {"string": ("文字", "a string"), "boolean": ("true 或 false", "true or false"),
               "integer": ("整数", "a whole number"), "object": ("JSON 对象", "a JSON object"),
               "array": ("JSON 数组", "a JSON array"), "null": ("null", "null")}


class FormSyntaxError(ValueError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message("en"))
        self.problem = problem


def _fail(code: str, where: str, **params: Any) -> FormSyntaxError:
    return FormSyntaxError(error(code, where or "form", path=where or "form", **params))


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, {"string": str, "boolean": bool, "object": dict, "array": list,
                              "null": type(None)}[name])


def _check(value: Any, schema: dict[str, Any], where: str) -> None:
    """Walk ``value`` against the subset of JSON Schema :data:`SCHEMA` uses."""
    if "anyOf" in schema:
        if value is None:
            return
        _check(value, schema["anyOf"][0], where)
        return
    if "enum" in schema:
        if value not in schema["enum"] or isinstance(value, bool):
            allowed = ", ".join("null" if v is None else f"{v!r}" if v == "" else str(v) for v in schema["enum"])
            raise _fail(E_ENUM, where, value=value, allowed=allowed)
        return
    types = schema.get("type")
    names = types if isinstance(types, list) else [types] if types else []
    if names and not any(_is_type(value, n) for n in names):
        zh = "或".join(_TYPE_NAMES[n][0] for n in names)
        raise _fail(E_TYPE, where, expected=Message(zh, " or ".join(_TYPE_NAMES[n][1] for n in names)))
    if isinstance(value, int) and not isinstance(value, bool) and "maximum" in schema:
        if not schema.get("minimum", 0) <= value <= schema["maximum"]:
            raise _fail(E_RANGE, where, maximum=schema["maximum"])
    if schema.get("format") == "date" and isinstance(value, str) and value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _fail(E_DATE, where, value=value) from None
        if len(value) != 10:
            raise _fail(E_DATE, where, value=value)
    if "pattern" in schema and isinstance(value, str):
        import re

        if not re.fullmatch(schema["pattern"].strip("^$"), value):
            raise _fail(E_TYPE, where, expected=Message("6 位行政区划代码", "a 6-digit region code"))
    if isinstance(value, dict):
        _check_object(value, schema, where)
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{where}[{i}]")


def _check_object(value: dict[str, Any], schema: dict[str, Any], where: str) -> None:
    props = schema.get("properties")
    names = schema.get("propertyNames")
    for key, item in value.items():
        path = f"{where}.{key}" if where else str(key)
        if names is not None:
            _check(key, names, path)
            _check(item, schema["additionalProperties"], path)
        elif props is not None and key not in props:
            raise _fail(E_UNKNOWN, path)
        elif props is not None:
            _check(item, props[key], path)


def form_from_json(data: Any) -> ApplicationForm:
    if not isinstance(data, dict):
        raise _fail(E_OBJECT, "")
    _check(data, SCHEMA, "")
    return ApplicationForm.from_dict(data)


def parse_form(text: str, line: int = 1) -> ApplicationForm:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FormSyntaxError(error(E_JSON, "form", line=line, reason=str(exc)[:120])) from None
    return form_from_json(data)
