"""``python -m lacuna``: the command line."""

from lacuna.cli import entry_point

entry_point()
