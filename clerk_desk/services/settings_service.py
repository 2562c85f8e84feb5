"""Changing the settings: a supervisor's use case, validated, saved atomically and audited.

The settings dialog hands the whole edited :class:`~clerk_desk.config.Settings`; every
value is checked by the same rules as the settings file (``config.settings_from_dict``),
a bad one refused naming its key, and what changed is recorded (before and after) in the
audit trail.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from clerk_desk.config import Settings, load_settings, save_settings, settings_from_dict
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit
from clerk_desk.services.permissions import require


def _flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in d.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def validate(settings: Settings) -> list:  # type: ignore[type-arg]
    """The problems of an edited settings value (empty when every value is allowed)."""
    _, problems = settings_from_dict(settings.to_dict())
    return problems


def diff(before: Settings, after: Settings) -> dict[str, tuple[Any, Any]]:
    a, b = _flatten(before.to_dict()), _flatten(after.to_dict())
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}


def update_settings(session: Session, actor: Actor, new: Settings) -> dict[str, tuple[Any, Any]]:
    """Save ``new`` if every value is valid; returns what changed. Raises RuleError naming bad keys."""
    require(session, actor, Action.EDIT_SETTINGS, target="settings")
    problems = validate(new)
    if problems:
        raise RuleError(*problems)
    before, _ = load_settings()
    changes = diff(before, new)
    if not changes:
        return {}
    # the station's identity is not the dialog's to change
    new.station.code = before.station.code or new.station.code
    save_settings(new)
    audit.record(session, actor=actor.username, action="settings.change", target="settings",
                 details={"changes": {k: {"before": _short(v[0]), "after": _short(v[1])} for k, v in changes.items()
                                      if k != "station.code"}})
    return changes


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "…"
    if isinstance(value, list):
        return [_short(v) for v in value[:20]]
    return value
