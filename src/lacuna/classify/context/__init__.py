"""What the neighbouring text decides: supplied words or a gloss, a note reference or a correction.

A bracket whose inside carries no cue (``[Stalin]``, ``[Zedong]``, ``[soglasie]``, ``[PVO]``)
either *completes* the text (supplied) or *restates* what stands before it (a gloss). The
conventions translators follow are two ordered chains of small named rules
(:class:`lacuna.rules.Ruler`): :data:`CONTEXT_RULES` for words without a cue and
:data:`NUMBER_RULES` for note-reference forms (``[2]``, ``[iv]``, ``[a]``). The first rule that
answers decides; its name leads ``SpanInfo.because``. Both sides count: a rule may read the
words before the span and the words after it on its line. All word lists come from the
conventions table (``[gloss]``, ``[abbreviations]``); ``[rules]`` there switches rules off or adds
data rules (:class:`DataContextRule`). docs/markup.md lists every rule with a real example.

A decision is planned once per (inside facts, nearest word, glued or not) and cached: every rule
is tried on the nearest word alone (:class:`_NearestOnly`). A rule that declines there declines
for every span of that plan, so it is not called again; a rule that asks for more (it reads the
words further back, the words after the span, the inside's text) is kept in the plan and run for
each span on its line (:class:`_Before`), with the others kept, in chain order (the rules that
may fire for a span are data computed from the rules themselves, so they cannot drift from them).
"""

from lacuna.classify.context.chain import read_context
from lacuna.classify.context.data import DataContextRule
from lacuna.classify.context.data import _inside_facts as _inside_facts
from lacuna.classify.context.doubt import DOUBT_RULES, Doubt, DoubtRule, read_doubtful
from lacuna.classify.context.extents import categories_only
from lacuna.classify.context.order import CONTEXT_RULES, ContextRule

__all__ = [
    "CONTEXT_RULES",
    "DOUBT_RULES",
    "ContextRule",
    "DataContextRule",
    "Doubt",
    "DoubtRule",
    "categories_only",
    "read_context",
    "read_doubtful",
]
