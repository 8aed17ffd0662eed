"""The HTML edition: one self-contained page (inline CSS and JS, nothing fetched).

The page shows the whole text with every bracket styled by category, a toggle between the
diplomatic view (the text as written) and the clean view (what :func:`lacuna.render.clean`
shows with its notes in place, ``notes="inline"``: note references are kept and link to
their notes and back), and for each span a tooltip
(``title``) and a details panel with its category, extent, quantity, unit, reason,
conjecture, label, the rule that decided it (``because``) and its source line.

Text is escaped with :func:`html.escape`. Characters HTML cannot carry (NUL, most C0
controls, lone surrogates, U+FFFE/U+FFFF) are shown as U+FFFD in a ``<span class="bad">``
whose ``title`` names the code point. Spans nested deeper than :data:`MAX_DEPTH` are shown
as plain text (brackets included), so browsers and parsers keep the whole page; the build
is iterative, so any nesting depth is safe. The output is deterministic.

The modules: :mod:`~lacuna.render.html.conventions` (each category's and each clean-view
action's rendering, as data tables), :mod:`~lacuna.render.html.reading` (the text, written in
one pass over the compact tree, with the clean view's seams from the reading walk),
:mod:`~lacuna.render.html.escape` and :mod:`~lacuna.render.html.page` (the page around it).
"""

from lacuna.render.html.page import read_page, to_html
from lacuna.render.html.reading import MAX_DEPTH

__all__ = ["MAX_DEPTH", "read_page", "to_html"]
