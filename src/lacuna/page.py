"""The page reader, under its first name: see :mod:`lacuna.pages` (the same names)."""

from lacuna.pages import *  # noqa: F403
from lacuna.pages import __all__ as __all__
