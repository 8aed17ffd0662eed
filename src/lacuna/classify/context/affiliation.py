"""The context chain's rule for a person's body named after the person: ``Mrs. [Bertha]
Schoolman [of Hadassah]``, the affiliation that identifies whom the text names."""

from __future__ import annotations

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision
from lacuna.conventions import fold

#: An affiliation: "of", perhaps "the", one to five capitalised words ("of the US
#: Embassy", "of Hadassah", "of the Prairie Schooner").
_AFFILIATION = regex.compile(r"of\s(?:the\s)?\p{Lu}[\p{L}.'’&-]*+(?:\s\p{Lu}[\p{L}.'’&-]*+){0,4}")
#: A name's word: capitalised letters (an apostrophe or hyphen inside); a given name the
#: editors supplied ("[Bertha]") comes without its brackets.
_NAME = regex.compile(r"\p{Lu}\p{Ll}[\p{L}'’-]*+")


def _affiliation_named(c: _NearestOnly) -> _Decision:
    """A body a person belongs to, "of" and capitalised words, after the person's given name
    and surname with nothing between (the Ben-Gurion diary: ``Mrs. [Bertha]
    Schoolman [of Hadassah] would agree``; Sharett's diary: ``[Ivan] White [of the US
    Embassy] has invited``; Cather's letters: ``To Emily Schossberger [of the Prairie
    Schooner]``): it identifies the person, gloss of the name. Not after an office's title
    (``[King] Hassan [of Morocco]``, ``the President [of Mexico]``: the title's territory
    completes it, supplied) nor after a body's name with a determiner (``joining the
    Organization [of American States]``). A sender after "from" is the text's, no affiliation
    (FRUS: ``For Polk [from Lansing]``, supplied)."""
    wf = c.wf
    if wf is None or c.glued or wf.after_boundary or not wf.name_word or not c.facts.first_function:
        return None
    if _AFFILIATION.fullmatch(c.inside().strip()) is None:
        return None
    surname, given = c.word(0), c.word(1)
    if surname is None or given is None:
        return None
    titles = c.conv.titles
    for word in (surname, given):
        if _NAME.fullmatch(word) is None or fold(word) in titles or fold(word) in c.conv.function_words:
            return None
    before = c.word(2)
    if before is not None and fold(before.rstrip(".")) in titles:
        return None  # "General Mark White [of …]": a title's holder
    return "gloss", f"the body {surname!r} belongs to", 1
