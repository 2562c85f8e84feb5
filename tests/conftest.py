"""Shared fixtures live in tests/helpers/fixtures.py."""

import os

# Qt tests never need a screen: without one, Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.fixtures import *  # noqa: E402,F401,F403
