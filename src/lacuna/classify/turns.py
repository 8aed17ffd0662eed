"""Stage directions at a speaker's turn (``John Kennedy: [Reading] Premier Khrushchev told …``,
``[in a good mood] [That's] all right``): a context rule of :mod:`lacuna.classify.context`.

A transcript's editor puts how a speaker speaks between the speaker's label (or the start of the
line) and the words spoken, which start with a capital letter. What the bracket says is a verb
form or a manner: a word of the ``[notes.stage] words`` vocabulary (``laughs``, ``interrupting``,
``puzzled``), a participle (a word ending with one of ``[notes.stage] suffixes``, ``reading``),
or a phrase ending with a word of ``[notes.stage] manner`` (``in a good mood``, ``in a low
voice``), in at most six words and with no capitalised word but the first (``THE ACCUSED
TALIC: [Interpretation] Good afternoon``, ICTY; ``UM: [Speaker already talking]…controls``).
Supplied words at the same place fill the sentence instead (``[I] have received``, ``[To] the
Ministry``, ``[Chinese] Embassy``): names, pronouns, function words.
"""

from __future__ import annotations

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _OPEN_QUOTES, _STRIP, _Decision, _participle, _stage, _word_facts
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: A stage direction has at most this many words.
_MOST_WORDS = 6
#: The fewest words of an editor's description (``participle_note``, ``note_phrase_line``): one
#: capitalised word alone is a name or a heading (``[Castro]``, ``[Machine]``, ``[Regarding]``).
_FEWEST_WORDS = 2

#: Dashes standing between a bracket and the words after it (``[Chinese side] - agreed``).
_DASHES = "-—–"


def _goes_on(c: _NearestOnly) -> bool:
    """Whether the words after the span go on with it, as a sentence's words do: a lower-case
    word next (after dashes too: ``[Chinese side] - agreed``), on its line or, where the line
    ends with the span, opening the line below (``[Soviet side]`` / ``explained our
    position``); a comma or a speaker's colon next (``[Recalling the meeting], Mao said``,
    ``[Speaking to reporters]: "No comment."``); or a name or a title
    next that is no speaker's label (``[Soviet ambassador] Dobrynin said``, ``[Dear comrade]
    Kim,``): the span is then a sentence's supplied words, no note of the editor's."""
    following = c.after(0)
    if following is None:
        return c.line_below().lstrip()[:1].islower()
    k = 0
    while following is not None and not following.strip(_DASHES):
        k += 1
        following = c.after(k)
    if following is None:
        return False
    if following.startswith((",", ":")):
        return True
    head = following.lstrip(_DASHES + _OPEN_QUOTES + "(")[:1]  # (a dash glued: "—and here")
    if head.islower():
        return True
    word = following.strip(_STRIP)
    if not word or following[-1:] in _SPEAKS_OR_ENDS:
        return False  # a speaker's label ("Nixon:") or a sentence of its own ("Oops!")
    f = _word_facts(word, c.conv)
    return f.title or (f.name_word and not f.function and not c.conv.is_english(word.lower()))


#: A word after the span ending with one of these is a speaker's label or a cry, no name the
#: sentence goes on with.
_SPEAKS_OR_ENDS = ":!?"


def _says_how(inside: str, conv: Conventions) -> str | None:
    """What makes ``inside`` (stripped) a stage direction, or None."""
    words = [w.strip(_STRIP) for w in fold(inside).split()]
    if not words or len(words) > _MOST_WORDS or any(ch.isdigit() for ch in inside):
        return None
    split = inside.split()
    # a capitalised last word after "in" is the language spoken ("[answers in Vietnamese]")
    language = len(split) >= 3 and fold(split[-2]) == "in" and split[-1][1:].islower()
    if any(w[:1].isupper() for w in split[1 : len(split) - language]):
        return None  # a name inside: words supplied ("[Director General Jerzy] MICHALOWSKI")
    vocabulary, _, manner, _, _ = _stage(conv)
    stage = next((w for w in words if w in vocabulary), None)
    if stage is not None:
        return f"the stage word {stage!r}"
    if words[-1] in manner and len(words) >= 2:
        return f"says the manner ({words[-1]!r})"
    participle = next((w for w in words if _participle(w, conv)), None)
    if participle is not None:
        return f"a participle ({participle!r})"
    return None


def _stage_direction(c: _NearestOnly) -> _Decision:
    """At a speaker's turn (the start of the line, or after a capitalised label ending with a
    colon) and before the spoken words (a capital letter) or another bracket, or filling the
    speaker's turn to the line's end: a verb form or a manner is the editor's stage direction
    (``McGeorge Bundy: [interrupting] It's very odd``, ``[speaking aside][unclear] if I can``,
    ``NN: [answers in Vietnamese]``)."""
    if c.glued or c.facts.few_words > _MOST_WORDS:
        return None
    wf, near = c.wf, c.near
    if wf is not None and not (near and near.endswith(":") and near[:1].isupper() and not wf.function):
        return None  # after words that are no speaker's label
    following = c.after(0)
    if following is None:
        if wf is None:
            return None  # (alone on its line: a heading as often as a direction)
        # the turn holds nothing but the direction, the line ending with it: the speaker's
        # answer is not transcribed (Rice University's oral histories: "NN: [answers in
        # Vietnamese]")
        why = _says_how(c.inside(), c.conv)
        if why is None:
            return None
        return "editor_note", f"{why}, the whole of a speaker's turn: the editor's stage direction", None
    first = following.lstrip(_STRIP)[:1]
    if not first.isupper() and not following.startswith(("…", "...")) and not c.bracket_after():
        # (the spoken words may go on from before the recording: "…controls the"; or the
        # editor's next bracket follows: "[speaking aside][unclear] if I can", PRDE)
        return None
    why = _says_how(c.inside(), c.conv)
    if why is None:
        return None
    return "editor_note", f"{why} at a speaker's turn: the editor's stage direction", None


def _participle_note(c: _NearestOnly) -> _Decision:
    """A bracket that opens with a capitalised participle followed by lower-case words
    (``[Showing a slide of Mrs. Reagan and Don Regan] -- -- Oops!``, the Reagan Library;
    ``[Seating arrangements, press photos, introductions, small talk] Nixon: …``, a Nixon tape
    transcript): the editor's description of what is done or heard, where no sentence runs on,
    so not a supplied sentence's first words. It stands at the start of its line, after another
    bracket or after a sentence's end, a label's colon or a dash (``wf.after_boundary`` but a
    comma: not after a title's or an abbreviation's stop, ``Mr. [Showing the map] Yes``, ``The
    U.S. [Shooting incident]``, nor after a list's number, ``2. [Training of cadres]``), and the
    words after it do not go on with it (:func:`_goes_on`). The participle is an English word
    (:func:`_participle`; not ``[Regarding the matter] Kim said``, ``[Having heard the report]``) and no name
    (``[Xiaoping]``); its next word is lower-case (``[Recalling Chairman Mao]``, a title's
    translation, is no note)."""
    if c.glued:
        return None
    wf, near = c.wf, c.near
    if near is None:
        if c.line_before().strip():
            return None  # far from the words before it on its line (spaces): no line's start
    elif not c.bracketed:
        if (
            wf is None
            or not wf.after_boundary
            or wf.digit_initial
            or near.endswith(",")
            or fold(near.lstrip(_OPEN_QUOTES)) in _stage(c.conv)[4]
        ):
            return None  # mid-sentence, after a title's or an abbreviation's stop or a list's number
    words = c.inside().split()
    if len(words) < _FEWEST_WORDS:
        return None
    first, second = words[0].strip(_STRIP), words[1].strip(_STRIP)
    if not (first[:1].isupper() and first[1:].islower() and second[:1].islower()):
        return None
    folded = fold(first)
    if not _participle(folded, c.conv) or not c.conv.is_english(folded) or _goes_on(c):
        return None
    return "editor_note", f"opens with the participle {folded!r}: the editor's description", None
