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
from lacuna.classify.words import _STRIP, _Decision
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: A participle is at least this long (``being``, ``thing`` are not stage directions).
_PARTICIPLE = 6
#: A stage direction has at most this many words.
_MOST_WORDS = 6

_Stage = tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]
_STAGE: dict[int, tuple[Conventions, _Stage]] = {}


def _stage(conv: Conventions) -> _Stage:
    """``[notes.stage]``: its words, participle suffixes, manner words and the words with a
    participle's ending that are none (folded)."""
    hit = _STAGE.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    section = (conv.data.get("notes") or {}).get("stage") or {}
    stage = (
        frozenset(fold(str(w)) for w in section.get("words") or ()),
        tuple(fold(str(s)) for s in section.get("suffixes") or ()),
        frozenset(fold(str(w)) for w in section.get("manner") or ()),
        frozenset(fold(str(w)) for w in section.get("not_participles") or ()),
    )
    if len(_STAGE) > 64:
        _STAGE.clear()
    _STAGE[id(conv)] = (conv, stage)
    return stage


def _says_how(inside: str, conv: Conventions) -> str | None:
    """What makes ``inside`` (stripped) a stage direction, or None."""
    words = [w.strip(_STRIP) for w in fold(inside).split()]
    if not words or len(words) > _MOST_WORDS or any(ch.isdigit() for ch in inside):
        return None
    if any(w[:1].isupper() for w in inside.split()[1:]):
        return None  # a name inside: words supplied ("[Director General Jerzy] MICHALOWSKI")
    vocabulary, suffixes, manner, others = _stage(conv)
    stage = next((w for w in words if w in vocabulary), None)
    if stage is not None:
        return f"the stage word {stage!r}"
    if words[-1] in manner and len(words) >= 2:
        return f"says the manner ({words[-1]!r})"
    participle = next(
        (
            w
            for w in words
            if len(w) >= _PARTICIPLE
            and w.endswith(suffixes)
            and w not in conv.function_words
            and w not in others
        ),
        None,
    )
    if suffixes and participle is not None:
        return f"a participle ({participle!r})"
    return None


def _stage_direction(c: _NearestOnly) -> _Decision:
    """At a speaker's turn (the start of the line, or after a capitalised label ending with a
    colon) and before the spoken words (a capital letter) or another bracket: a verb form or a
    manner is the editor's stage direction (``McGeorge Bundy: [interrupting] It's very odd``,
    ``[speaking aside][unclear] if I can``)."""
    if c.glued or c.facts.few_words > _MOST_WORDS:
        return None
    wf, near = c.wf, c.near
    if wf is not None and not (near and near.endswith(":") and near[:1].isupper() and not wf.function):
        return None  # after words that are no speaker's label
    following = c.after(0)
    if following is None:
        return None
    first = following.lstrip(_STRIP)[:1]
    if not first.isupper() and not following.startswith(("…", "...")) and not c.bracket_after():
        # (the spoken words may go on from before the recording: "…controls the"; or the
        # editor's next bracket follows: "[speaking aside][unclear] if I can", PRDE)
        return None
    why = _says_how(c.inside(), c.conv)
    if why is None:
        return None
    return "editor_note", f"{why} at a speaker's turn: the editor's stage direction", None


#: Marks after which a bracket opens a phrase of its own, not the middle of a sentence: a
#: sentence's end, a speaker's label or a list's colon, a semicolon, a dash.
_OPENS_AFTER = ".!?:;—–-"


def _participle_note(c: _NearestOnly) -> _Decision:
    """A bracket that opens with a capitalised participle followed by lower-case words
    (``[Showing a slide of Mrs. Reagan and Don Regan] -- -- Oops!``, the Reagan Library;
    ``[Seating arrangements, press photos, introductions, small talk] Nixon: …``, a Nixon tape
    transcript; ``[Referring to the disparity of attendees on the two sides]``, FRUS; ``I
    [Switching to Vietnamese]: Now …``, an oral history): the editor's description of what is
    done or heard, where no sentence runs on, so not a supplied sentence's first words. It stands
    at the start of its line, after another bracket or after a sentence's end or a label, and
    the words after it do not go on with it (the line ends there, or a capital, a mark or a
    bracket follows). The participle is an English word of six letters or more ending with one
    of ``[notes.stage] suffixes``, not one of its ``not_participles`` (``[Regarding] armies
    moving …``, ``[Following] the meeting``, ``[Having] received``) nor a name (``[Xiaoping]``,
    ``Kipling``); its next word is lower-case (``[Recalling Chairman Mao]``, a title's
    translation, is no note)."""
    if c.glued:
        return None
    near = c.near
    if near is not None and not c.bracketed and near[-1:] not in _OPENS_AFTER:
        return None
    words = c.inside().split()
    if len(words) < 2:
        return None
    first, second = words[0].strip(_STRIP), words[1].strip(_STRIP)
    if not (first[:1].isupper() and first[1:].islower() and second[:1].islower()):
        return None
    _, suffixes, _, others = _stage(c.conv)
    folded = fold(first)
    if (
        len(folded) < _PARTICIPLE
        or not folded.endswith(suffixes)
        or folded in others
        or folded in c.conv.function_words
        or not c.conv.is_english(folded)
    ):
        return None
    following = c.after(0)
    if following is not None and following.lstrip(_STRIP)[:1].islower():
        return None  # the words go on with it: a supplied phrase ("[Bearing in mind] that …")
    return "editor_note", f"opens with the participle {folded!r}: the editor's description", None
