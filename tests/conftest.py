"""Shared fixtures live in tests/helpers/fixtures.py."""

from tests.helpers.fixtures import *  # noqa: F401,F403
