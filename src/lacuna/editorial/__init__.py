"""The editorial reading shared by the editions: one reading walk, its rules, and the notes.

:data:`CLEAN_RULES` says what the reading does with each category (EVT-style conventions as
data: ``unwrap``, ``reading``, ``mark``, ``conjecture``, ``keep``, ``drop``);
:class:`Decisions` decides each span once; :func:`reading_pieces` walks the tree once and
gives the reading as pieces with their offsets in the text, which the clean edition, the
``brackets`` step of :mod:`lacuna.normalize` (its offset map), the HTML clean view (the
white space it hides, :func:`seam_cuts`), the collation's tokens and the lacunae report
(with the span that made each piece, :class:`Scope`) all consume.

A note reference ``Hungary.[2]`` points to the note whose label ``[2]`` opens a line; the
note runs from its label to the end of its paragraph (a blank line) or to the next label.
The clean edition, TEI and HTML read notes here, so they agree on which bracket is a
reference, which a label, and what text belongs to each note.

:data:`GLOSS_RELATIONS` says what a gloss is to the words before it (a translation, the
original's words, or the same thing written another way), by the rule that decided it: the
TEI edition encodes each as TEI says (:mod:`~lacuna.editorial.glosses`).

The modules: :mod:`~lacuna.editorial.rules` (the table and the decisions),
:mod:`~lacuna.editorial.walk` (the walk), :mod:`~lacuna.editorial.seams` (joining the white
space of dropped spans) and :mod:`~lacuna.editorial.notes` (the notes).
"""

from lacuna.editorial.glosses import GLOSS_RELATIONS, gloss_relation
from lacuna.editorial.notes import NOTE_PLACES, Footnote, Footnotes, footnote_id, footnotes
from lacuna.editorial.ranges import seam_ranges
from lacuna.editorial.rules import (
    CLEAN_RULES,
    DEFAULT_GAP_MARK,
    Decisions,
    clean_action,
    clean_table,
    convention,
    descend,
    info_action,
)
from lacuna.editorial.seams import seam_cuts
from lacuna.editorial.walk import SEAM, Scope, collector_paused, piece_scopes, reading_pieces

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "GLOSS_RELATIONS",
    "NOTE_PLACES",
    "SEAM",
    "Decisions",
    "Footnote",
    "Footnotes",
    "Scope",
    "clean_action",
    "clean_table",
    "collector_paused",
    "convention",
    "descend",
    "footnote_id",
    "footnotes",
    "gloss_relation",
    "info_action",
    "piece_scopes",
    "reading_pieces",
    "seam_cuts",
    "seam_ranges",
]
