"""Document pages: find the document inside a saved archive page (one page reader).

:func:`read` recognises the page formats described in ``docs/markup.md`` ("Page formats"):

* ``archive``: the current Wilson Center Digital Archive page ("Skip to content", date,
  title, "This document was made possible with support from …", text, summary,
  "Document Information", source, rights, "Record ID");
* ``archive-old``: the older page, starting "Search in" / "Digital Archive International
  History Declassified", with labelled "Citation", "Summary", "Contents" fields and the
  notes under a "Translator's Notes" heading;
* ``staging``: a staging mirror of the current page: single newlines, labelled fields
  ("Source", "Rights", "Record ID 113636");
* ``pdf``: a PDF export flattened to one line ("Digital Archive … <date> <title>
  Citation: … Summary: … Contents: … <text>");
* ``plain``: other publishers' plain text (FRUS, the National Security Archive, Venona
  releases, or any text that opens with a title and a date);
* ``listing``: a listing or search-results page (``1 - 10 of 18``, dated entries): chrome
  lines apart, the rest is body (``lacuna.listing`` reads the entries);
* ``unknown``: anything else; the whole text is the body (never an error).

The result holds offsets into the input, so the body can be parsed in place and each
span placed in a region (``title``, ``body``, ``summary``, ``notes``, ``chrome``).

The layouts are data: :data:`LAYOUTS`, an ordered list of named checks (``pdf``, ``listing``,
``archive-old``, ``archive``, ``staging``, ``plain``); the first that accepts the page reads it.
Dates are found by :func:`lacuna.dates.find_dates` (:func:`find_dates` keeps those with a
month), a results counter by :data:`COUNTER` (the listing reader's too), and a region by
:meth:`Page.region_at`.

The modules: :mod:`~lacuna.pages.model` (what is found: :class:`Page`, :class:`Region`,
:class:`PageDate`), :mod:`~lacuna.pages.lines` (the page as lines, date lines),
:mod:`~lacuna.pages.fields` (the archive pages' vocabulary and labelled fields),
:mod:`~lacuna.pages.regions` (regions as found), one module per layout family
(:mod:`~lacuna.pages.archive`, :mod:`~lacuna.pages.pdf`, :mod:`~lacuna.pages.listing`,
:mod:`~lacuna.pages.plain` with :mod:`~lacuna.pages.frus`), and :mod:`~lacuna.pages.checks`,
the ordered list of layouts and :func:`read`.
"""

from lacuna.pages.checks import LAYOUTS, Layout, read
from lacuna.pages.lines import BOM, find_dates
from lacuna.pages.listing import COUNTER
from lacuna.pages.model import FORMATS, REGION_NAMES, Page, PageDate, Region

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
