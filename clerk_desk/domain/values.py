"""Frozen value classes without :mod:`dataclasses`.

The few value types every start of ``clerk-desk check-id`` makes (a message, a problem, a region
entry, a country, an ID number's check) derive from :class:`Value` instead of being dataclasses:
importing :mod:`dataclasses` (it imports :mod:`inspect`, :mod:`ast`, :mod:`dis`, :mod:`tokenize`)
and generating their methods cost ~8 ms of every start, a tenth of check-id's.  They behave as
``@dataclass(frozen=True)`` did: equal when of the same class with equal fields, hashed by their
fields, a ``Name(field=value, ...)`` repr, and assigning or deleting a field raises
:class:`FrozenInstanceError` (an AttributeError).  Each class lists its fields in ``_fields`` and
writes its own ``__init__`` (through :meth:`Value._set`).
"""

from __future__ import annotations

from typing import Any, ClassVar


class FrozenInstanceError(AttributeError):
    """A field of a frozen value was assigned or deleted."""


class Value:
    """A frozen value: its fields are ``_fields``, set once by ``__init__``."""

    _fields: ClassVar[tuple[str, ...]] = ()

    def _set(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def _values(self) -> tuple[Any, ...]:
        return tuple(self.__dict__[name] for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined, no-any-return]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
