"""The message catalogue's field labels: one name, one label, wherever it is defined."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import clerk_desk
from clerk_desk.domain.problems import FIELD_NAMES, define_field


def test_a_field_has_one_label_wherever_it_is_defined() -> None:
    """Every module of the program imported (all their fields defined): none was refused for a second,
    different label; and defining one again with other words is refused."""
    for module in pkgutil.walk_packages(clerk_desk.__path__, "clerk_desk."):
        if not module.name.startswith("clerk_desk.gui"):
            importlib.import_module(module.name)
    assert FIELD_NAMES["collector"].en == "collector's"  # a prefix: "collector's ID number"
    with pytest.raises(ValueError, match="collector"):
        define_field("collector", zh="领卡人", en="collector")
