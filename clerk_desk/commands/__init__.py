"""Handlers of the command-line subcommands, imported one at a time by clerk_desk.cli."""
