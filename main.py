"""Launcher: ``python main.py`` does the same as ``clerk-desk``."""

import sys

from clerk_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
