"""The frozen value classes behave as the ``@dataclass(frozen=True)`` they replaced (the reference
here: the same fields as a real dataclass)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from clerk_desk.domain.idnumber import IdKind, IdNumberCheck, Sex, check_id_number
from clerk_desk.domain.problems import Message, Problem, Severity, error, warning
from clerk_desk.domain.regions import Country, RegionEntry
from clerk_desk.domain.values import FrozenInstanceError


@dataclasses.dataclass(frozen=True)
class Problem_:
    code: str
    field: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.ERROR


@dataclasses.dataclass(frozen=True)
class RegionEntry_:
    code: str
    name: str
    start_year: int | None = None
    end_year: int | None = None


def _as_reference(value: Any, reference: type) -> Any:
    return reference(*(getattr(value, f.name) for f in dataclasses.fields(reference)))


VALUES = [
    (Problem("id.checksum", "id_number", {"expected": "X"}), Problem_),
    (Problem("id.empty", "id_number"), Problem_),
    (warning("id.county_unknown", "id_number", region_code="110199"), Problem_),
    (RegionEntry("130123", "栾城县", 1986, 1992), RegionEntry_),
    (RegionEntry("110000", "北京市"), RegionEntry_),
]


@pytest.mark.parametrize(("value", "reference"), VALUES)
def test_repr_equality_and_hash_as_the_dataclass(value, reference) -> None:  # type: ignore[no-untyped-def]
    ref = _as_reference(value, reference)
    assert repr(value) == repr(ref).replace(reference.__name__, type(value).__name__, 1)
    twin = copy.copy(value)
    assert twin == value and not (twin != value) and twin is not value
    if reference is RegionEntry_:
        assert hash(twin) == hash(value) == hash(dataclasses.astuple(ref))
    assert value != ref  # another class is never equal, as with dataclasses
    assert (value == 1) is False


def test_fields_are_frozen() -> None:
    p = error("id.empty", "id_number")
    for name in ("code", "new_attribute"):
        with pytest.raises(FrozenInstanceError):
            setattr(p, name, "x")
    with pytest.raises(AttributeError):
        del p.code
    assert p.code == "id.empty"


def test_defaults_are_the_dataclasses() -> None:
    a, b = Problem("c", "f"), Problem("c", "f")
    assert a.params == {} and a.params is not b.params and a.severity is Severity.ERROR
    r = IdNumberCheck("x", "x")
    assert (r.kind, r.normalized, r.problems, r.on) == (None, None, (), None)
    assert Message("中", "en") == Message("中", "en") != Message("中", "EN")
    assert Country("156", "CHN", "中国", "China").alpha3 == "CHN"


def test_copies_and_pickles_are_equal() -> None:
    result = check_id_number("11010519491231002Y", date(2025, 6, 1))
    for twin in (copy.deepcopy(result), pickle.loads(pickle.dumps(result))):
        assert twin == result and twin.problems == result.problems and twin.problems[0].message("en")
    ok = check_id_number("11010519491231002X", date(2025, 6, 1))
    assert (ok.kind, ok.sex, ok.valid) == (IdKind.RESIDENT, Sex.FEMALE, True)
    assert ok != result and len({ok, copy.copy(ok)}) == 1  # hashable: no dict among its fields
