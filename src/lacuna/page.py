"""The page reader, under its first name: see :mod:`lacuna.pages`."""

from lacuna.pages import (
    BOM,
    COUNTER,
    FORMATS,
    LAYOUTS,
    REGION_NAMES,
    Layout,
    Page,
    PageDate,
    Region,
    find_dates,
    read,
)

__all__ = [
    "BOM",
    "COUNTER",
    "FORMATS",
    "LAYOUTS",
    "REGION_NAMES",
    "Layout",
    "Page",
    "PageDate",
    "Region",
    "find_dates",
    "read",
]
