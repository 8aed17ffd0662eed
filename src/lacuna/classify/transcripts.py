"""What the editors of transcripts write in brackets: rules of the inside chain
(:mod:`lacuna.classify.inside`) and of the context chain (:mod:`lacuna.classify.context`).

- ``sealed_portion`` (inside): a court transcript's portion extracted and sealed, with its
  pages (the Special Court for Sierra Leone: ``[At this point in the proceedings, a portion of
  the transcript, pages 23592 to 23611, was extracted and sealed under separate cover …]``):
  a gap of that many pages.
- ``pronoun_identified`` (context): the person or thing a pronoun stands for, named after it
  (the Saddam Hussein tapes: ``if you accept it [the aerial survey]``, ``deal with them
  [British reporter Farzad Bazoft …]``, ``those [Iranians]``): a gloss of the pronoun.

The court reporter's session notes (``[Open session]``, ``[The accused entered court]``) are a
vocabulary, a data rule of the conventions table (``court_record``); a tape's recording notes
(``[Speaker already talking]``) are stage directions (``turn_direction``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _Decision
from lacuna.conventions import Conventions, fold

if TYPE_CHECKING:
    from lacuna.classify.inside import Inside

__all__: list[str] = []

#: The words of an inside that say a portion of the transcript was taken out.
SEALED_WORDS = ("sealed", "extracted")
_SEALED = regex.compile(r"\b(?:extracted|sealed)\b")
_PAGES = regex.compile(r"\bpages?\s{1,3}(\d{1,6})\s{0,3}(?:to|through|-|–|—)\s{0,3}(\d{1,6})\b")
#: At most this many pages make one sealed portion (a larger span is no page range).
_MOST_PAGES = 500


def _sealed_portion(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A portion of a transcript extracted and sealed, pages N to M: a gap of M - N + 1 pages."""
    folded = x.folded
    if "transcript" not in folded or _SEALED.search(folded) is None:
        return None
    pages = _PAGES.search(folded)
    if pages is None:
        return None
    first, last = int(pages.group(1)), int(pages.group(2))
    if not 0 <= last - first < _MOST_PAGES:
        return None
    return SpanInfo(
        "gap",
        because=f"sealed_portion: pages {first} to {last} of the transcript extracted and sealed",
        quantity=float(last - first + 1),
        unit="page",
    )


def _pronoun_identified(c: _NearestOnly) -> _Decision:
    """After a pronoun, a noun phrase with a determiner (``it [the aerial survey]``) or a name
    (``those [Iranians]``, ``he [Ekeus]``): a gloss naming what the pronoun stands for. Words
    that go on with the sentence are supplied (``them [to accept …]``, ``we [were]``,
    ``those [issues]``). A demonstrative and a word for a person point as a pronoun does
    (``[gloss] identified_phrases``: ``this man [Qaboos bin Said]``, :func:`_phrase_identified`)."""
    wf, f = c.wf, c.facts
    if wf is None or c.glued:
        return None
    # a pronoun's contraction counts as the pronoun ("if he’s [Khrushchev] changed")
    pronoun = wf.folded[:-2] if wf.folded.endswith("'s") else wf.folded
    if pronoun in c.conv.pointing_pronouns and not wf.after_boundary:
        return _phrase_after_pronoun(c, pronoun)
    if pronoun not in c.conv.identified_pronouns:
        return _phrase_identified(c)
    if f.determiner_phrase:
        return "gloss", f"names what the pronoun {c.near!r} stands for", 0
    if not f.name_start:
        return _phrase_after_pronoun(c, pronoun)
    if f.first_function or f.acronym or f.date or f.pronoun:
        return None
    if pronoun in c.conv.demonstratives and not (f.name_inside or f.listing or f.capitalised):
        return None
    return "gloss", f"names whom the pronoun {c.near!r} stands for", 0


def _phrase_after_pronoun(c: _NearestOnly, pronoun: str) -> _Decision:
    """Rule pronoun_identified's reading of a noun phrase of two words or more after a pronoun
    when the sentence is whole without it: punctuation or a function word after the bracket.
    Opened by an article (``a``, ``an``, ``the``): after a pronoun and after a demonstrative
    standing as one (``[gloss] pointing_pronouns``; the Johnson tapes, cuny.edu: ``Why in the
    living hell they want to put it [a plank supporting the reapportionment decisions] in the
    platform``; Voices of the Manhattan Project: ``I presented this [the discovery of the
    neutron] in the seminar``); lower-case English words with no function word first and a
    noun last (no participle, no -ly word), after a pronoun that is no demonstrative
    (Siegelbaum's documents: ``We used to only hear about them [collective farms], but now``).

    Not the words the sentence needs:

    * a verb's second object or complement (``_verb_takes_phrase``): after an object pronoun
      right after a word that is no function word (``[gloss] object_pronouns``: ``we sold them
      [spare parts],``), and after ``it`` or a pointing pronoun after a verb of ``[gloss]
      object_verbs``, ``complement_verbs`` or a past tense (``made it [a priority]``, ``We
      consider it [a great honour].``) or with no function word going on after the bracket;
    * a time, degree or manner phrase (``[gloss] measure_words`` or an -ly word last: ``We did
      it [a second time],``, ``I want it [done quickly].``);
    * a word of ``[gloss] object_verbs`` inside (``them [to tell him …]``), a function word
      ending the inside or a content word going on after the bracket (``them [to accept …]``)."""
    f, wf, conv = c.facts, c.wf, c.conv
    if wf is None or wf.after_boundary or f.few_words < 2 or f.name_start or f.conjunction or f.continuing:
        return None
    words = c.inside().split()
    first = fold(words[0])
    last = fold(words[-1]).strip(_TRAIL)
    if first in _PHRASE_ARTICLES:
        pass
    elif pronoun in conv.pointing_pronouns or pronoun in conv.demonstratives or not f.lower_phrase:
        return None
    elif f.first_function or not f.english_phrase or _not_noun(last, conv):
        return None
    if any(fold(w).strip(_TRAIL) in conv.object_verbs for w in words):
        return None
    if last in conv.function_words or last in conv.measure_words or _adverb(last):
        return None
    after = c.line_after().lstrip(" \t")
    nxt = c.after(0)
    goes_on = nxt is not None and fold(nxt).strip(_TRAIL) in conv.function_words
    if after and after[0] not in _AFTER_BREAK and not goes_on:
        return None
    previous = c.word(1)
    if previous is not None and _verb_takes_phrase(fold(previous).strip(_TRAIL), pronoun, goes_on, conv):
        return None
    return "gloss", f"says what the pronoun {c.near!r} stands for", 0


def _verb_takes_phrase(previous: str, pronoun: str, goes_on: bool, conv: Conventions) -> bool:
    """Whether the folded word before a pronoun is a verb whose second object or complement the
    bracket after the pronoun may be: any word that is no function word before an object
    pronoun (``[gloss] object_pronouns``: ``We wish them [a happy new year].``); before
    ``it`` or another pronoun, a verb of ``[gloss] object_verbs`` or ``complement_verbs``
    (``call him [a traitor]``, ``We consider it [a great honour]``), a past tense before
    any but a pointing pronoun (``[gloss] verb_endings``; a demonstrative receives nothing:
    ``I presented this [the discovery of the neutron]``), and any word that is no function
    word unless a function word goes on after the bracket (``put it [a plank …] in the
    platform``; a subject pronoun is read as before)."""
    if previous in conv.function_words:
        return False
    if pronoun in conv.object_pronouns:
        return True
    if previous in conv.object_verbs or previous in conv.complement_verbs:
        return True
    if pronoun not in conv.pointing_pronouns and conv.past_verb(previous):
        return True
    return not goes_on and (pronoun == "it" or pronoun in conv.pointing_pronouns)


def _not_noun(word: str, conv: Conventions) -> bool:
    """Whether a folded last word is no noun by its shape: a participle (-ed, -ing) or an -ly
    word (``I need them [ready tomorrow]``, ``[done quickly]``)."""
    return conv.past_verb(word) or word.endswith("ing") or _adverb(word)


def _adverb(word: str) -> bool:
    """Whether a folded word is an adverb told by its -ly ending (``quickly``)."""
    return len(word) > 4 and word.endswith("ly")


_PHRASE_ARTICLES = frozenset({"a", "an", "the"})
_AFTER_BREAK = '.,;:)!?—–-"”’'
_TRAIL = ".,;:!?"


def _phrase_identified(c: _NearestOnly) -> _Decision:
    """Rule pronoun_identified's reading of a demonstrative and a word for a person before the
    span (``[gloss] identified_phrases``: ``this man [Qaboos bin Said]``): a name after them
    says whom they point at, gloss of the two words."""
    f, wf = c.facts, c.wf
    if wf is None or not (f.name_inside or f.particle_name) or f.acronym:
        return None
    if wf.folded not in c.conv.identified_heads:
        return None  # (the nearest word first: the word before it is read only for such a word)
    previous = c.word(1)
    if previous is None:
        return None
    # a word said twice across an ellipsis counts once ("this…this man")
    demonstrative = fold(previous).replace("...", "…").rsplit("…", 1)[-1]
    if f"{demonstrative} {wf.folded}" not in c.conv.identified_phrases:
        return None
    return "gloss", f"names whom {demonstrative!r} {c.near!r} points at", 1


#: The fewest words of an alternative rendering, "or" included (``[or so]`` reads on).
_ALTERNATIVE_WORDS = 3


#: The marks around a word read as another reading of the word before (quotes, a comma).
_READING_EDGE = "\"'“”‘’«»„,;:"


def _alternative_reading(c: _NearestOnly) -> _Decision:
    """Another reading of the word before, opened by "or": one word as long as that word that
    differs from it in one character, capitals as capitals (a university library's blog reading
    a Polish Christmas postcard, europeancollections.wordpress.com: ``“Najserdeczniejsze życzenia
    od N.R. [or N.B.]”``): the transcriber is unsure which it is, an uncertain reading. A word
    that differs more is a second rendering or words the sentence goes on with (``20 [or so]
    people``, ``[or more]``). The word before is a name, initials or a word outside the English
    lexicon, and neither word is a function word (``if now [or not] was the time``, ``that [or
    what] he meant`` go on with the sentence)."""
    f = c.facts
    if not f.conjunction or c.near is None or c.glued:
        return None
    head, _, word = c.inside().partition(" ")
    if fold(head) != "or" or not word or " " in word:
        return None
    near, word = c.near.strip(_READING_EDGE), word.strip(_READING_EDGE)
    if len(word) < 3 or len(near) != len(word) or not any(ch.isalpha() for ch in word):
        return None
    if sum(1 for a, b in zip(near, word, strict=True) if a != b) != 1:
        return None
    if any(a.isupper() != b.isupper() for a, b in zip(near, word, strict=True)):
        return None
    conv = c.conv
    if fold(near) in conv.function_words or fold(word) in conv.function_words:
        return None  # "if now [or not] was the time", "that [or what] he meant": words go on
    if not (near[0].isupper() or "." in near or not conv.is_english(near)):
        return None  # a word of the lexicon in lower case: no name nor initials misread
    return "uncertain", f"another reading of {c.near!r}, opened by 'or'", None


def _alternative_rendering(c: _NearestOnly) -> _Decision:
    """A translator's second rendering of the words before, opened by "or" (the Saddam Hussein
    tapes: ``reveals Khomeini‘s deception [or reveals that Khomeini is a fraud] and leads``):
    a gloss. Short tails go on with the sentence (``20 [or so] people``, ``[or more]``)."""
    f = c.facts
    if not f.conjunction or f.few_words < _ALTERNATIVE_WORDS or c.near is None or c.glued:
        return None
    if not c.inside().lower().startswith("or "):
        return None  # "[and First Secretary of …]" continues the sentence: supplied
    return "gloss", "a second rendering of the words before, opened by 'or'", 0
