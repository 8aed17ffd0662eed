"""A span's window as the learned rules read it: the pieces its features are made of (the
inside's part, the words' parts, how close the inside is to the words before it, what pairs
them), the features put together and crossed, and the model's answer for the window, cached by
what the features are a function of; :func:`span_features` reads them for training."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from lacuna.classify.inside_facts import _Inside
from lacuna.classify.learned.inside_features import (
    _CONTENT_BIT,
    _ENGLISH_BIT,
    _FOREIGN_BIT,
    _NAME_BIT,
    _ONE_LOWER_BIT,
    _InsidePart,
    _part_of,
)
from lacuna.classify.learned.kinds import SAME_KIND
from lacuna.classify.learned.model import CROSS, Model, _answer
from lacuna.classify.learned.word_features import (
    _CAPITALISED_AFTER,
    _after_part,
    _before_part,
    _ending_part,
    _english_kind,
    _second_part,
    _word_letters,
)
from lacuna.classify.name_compare import _letters
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _INSIDES_LIMIT, _STRIP, _Word, _word_facts
from lacuna.conventions import Conventions
from lacuna.normalize.romanization import name_score

_SIMILAR = 70.0
#: The features of a span's position that the inside's features are crossed with: the line's
#: start and end, punctuation and capitalised or lower-case words on either side.
POSITIONS = frozenset(
    {
        "starts the line",
        "alone on its line",
        "ends the line",
        "after punctuation",
        "punctuation after",
        "a capitalised word after",
        "after a capitalised word",
        "a lower-case word after",
        "after a function word",
    }
)


def features(c: _NearestOnly) -> tuple[str, ...]:
    """The names of the binary features present around a cue-less span (reads the nearest
    four words back, the next word and the inside: the span's window).

    What depends on the inside alone is read once per distinct inside, what depends on one
    word once per distinct word (cached in the conventions table); only the comparison of the
    inside with the words before it, and the features that pair the inside with a word, are
    read per window."""
    pieces = _pieces(c)
    present = _assemble(*pieces)
    return present + crossed(present, len(pieces[1][0]))


def crossed(present: Sequence[str], inside: int, model: Model | None = None) -> tuple[str, ...]:
    """The crossed features of the features ``present``, whose first ``inside`` are the
    inside's: each feature of the inside with each feature of the span's position
    (:data:`POSITIONS`; with ``model``, only the pairs it weighs)."""
    around = [b for b in present[inside:] if b in POSITIONS]
    if not around:
        return _NO_FEATURES
    if model is None:
        return tuple([f"{a}{CROSS}{b}" for a in present[:inside] for b in around])
    partners = model._partners
    out = []
    for a in present[:inside]:
        mine = partners.get(a)
        if mine is not None:
            out += [f"{a}{CROSS}{b}" for b in around if b in mine]
    return tuple(out)


#: What a window's features are made of (see :func:`_pieces`).
_Pieces = tuple[
    _Inside,
    _InsidePart,
    _Word | None,
    bool,
    tuple[str, ...] | None,
    str | None,
    tuple[str, ...] | None,
    bool,
    bool,
    tuple[str, ...],
]


def _pieces(c: _NearestOnly) -> _Pieces:
    """What the features of a window are made of: the inside's facts and part, the nearest
    word's facts (its features read) and gluedness, the features of the word before it (None:
    there is none), how close the inside is to the words before it, the features of the word
    after the span (None: the span ends its line) and, for a name inside, whether that word
    is in lower case; whether English words inside follow a run of original-language words; and
    the features read per window (:func:`_window_part`, :func:`_bracket_part`)."""
    f, wf, conv = c.facts, c.wf, c.conv
    raw = c.raw_inside()  # (asks for more than the nearest word while a plan is made)
    part = conv._learned.get(raw)
    if part is None:
        part = _part_of(raw, f, conv)
    if wf is None:
        glued = original = False
        second = similar = None
        window = _NO_FEATURES
    else:
        glued = c.glued
        if wf.learned_before is None:
            _before_part(wf, conv)
        word = c.word(1)
        if word is None:
            second = None
        else:
            sf = conv._word_facts.get(word) or _word_facts(word, conv)
            second = sf.learned_second
            if second is None:
                second = _second_part(sf, conv)
        similar = _similar(c, part)
        original = (
            (f.english_phrase or f.english_title or f.english_after_foreign)
            and wf.lower_word
            and not wf.english
            and _original_before(c)
        )
        window = _window_part(c, part)
    beside = _BESIDE[c.bracketed, c.bracket_after()]  # (:func:`_bracket_part`)
    if beside:
        window += beside
    following = c.after(0)
    if following is None:
        return f, part, wf, glued, second, similar, None, False, original, window
    ff = conv._word_facts.get(following) or _word_facts(following, conv)
    after = ff.learned_after
    if after is None:
        after = _after_part(ff, following)
    lower_after = f.name_inside and following[0].islower()
    return f, part, wf, glued, second, similar, after, lower_after, original, window


_NO_FEATURES: tuple[str, ...] = ()
_ORIGINAL_RUN = "original-language words before"
_SAME_ENDING = "ends like the word before"


def _window_part(c: _NearestOnly, part: _InsidePart) -> tuple[str, ...]:
    """The features that pair the inside with the words before it, read per window: a run of
    original-language words before it (two of the three words back of three letters or more
    are not English, the nearest among them: ``Litsom k litsu s Amerikoy [Face to Face…]``),
    and a one-word inside that ends as the nearest word does (``contradictions
    [divisions]``)."""
    conv, wf = c.conv, c.wf
    out = []
    # the nearest word first (its facts at hand), then the two before it if it is not English
    near = c.near
    if wf is not None and near is not None:
        kind = wf.title_english
        if kind is None:
            kind = _english_kind(near, conv)
        if kind == 0:
            foreign = 1
            for k in (1, 2):
                word = c.word(k)
                if word is None:
                    break
                foreign += _english_kind(word, conv) == 0
            if foreign >= 2:
                out.append(_ORIGINAL_RUN)
    bits = part[3]
    if wf is not None and bits & _ONE_LOWER_BIT:
        # (what is read of the inside alone, kept in its part; of the word, kept with its facts)
        ending, content, near_kind = wf.learned_ending or _ending_part(wf, conv)
        inside = part[4]
        if ending and len(inside) >= 4 and inside[-3:] == ending:
            out.append(_SAME_ENDING)
        if content and bits & _CONTENT_BIT and not wf.after_boundary:
            out.append(_CONTENT_AFTER_CONTENT)
            # (lacuna.classify.learned.kinds.same_kind of the two, their kinds read once per
            # word and per inside)
            if near_kind is not None and near_kind == part[5]:
                out.append(SAME_KIND)
    return tuple(out)


#: The feature of one content word inside after a content word: a synonym or another spelling
#: of the word before (``refused any control [inspection]``, ``this process publicly [openly]``)
#: more often than a word the sentence lacks, which is mostly a function word or a pronoun
#: (``informed [us]``, ``said [that]``).
_CONTENT_AFTER_CONTENT = "a content word inside after a content word"


_BRACKET_BEFORE = "a bracket just before"
_BRACKET_AFTER = "a bracket just after"
_BESIDE = {
    (False, False): _NO_FEATURES,
    (True, False): (_BRACKET_BEFORE,),
    (False, True): (_BRACKET_AFTER,),
    (True, True): (_BRACKET_BEFORE, _BRACKET_AFTER),
}


def _bracket_part(c: _NearestOnly) -> tuple[str, ...]:
    """Whether the span stands beside another bracket: a closing one between the nearest word
    and it, an opening one right after it (a bar of links, ``[Date Prev][Date Next]``; an
    editor's notes one after another, ``[plenary session] [declassified 2011]``)."""
    return _BESIDE[c.bracketed, c.bracket_after()]


def _assemble(
    f: _Inside,
    part: _InsidePart,
    wf: _Word | None,
    glued: bool,
    second: tuple[str, ...] | None,
    similar: str | None,
    after: tuple[str, ...] | None,
    lower_after: bool,
    original: bool,
    window: tuple[str, ...] = _NO_FEATURES,
) -> tuple[str, ...]:
    """The features of a window, from its pieces (:func:`_pieces`)."""
    out = list(part[0])
    out += window
    if wf is None:
        out.append("starts the line")
    else:
        if glued:
            out.append("glued to the word before")
        out += wf.learned_before  # type: ignore[arg-type]  # (read by _pieces)
        if second is None:
            out.append("one word before on the line")
        else:
            out += second
        if similar:
            out.append(similar)
        if f.name_inside:
            if wf.name_word and not wf.function and not wf.after_boundary:
                out.append(_NAME_AFTER_CAPITAL)
            if wf.title or wf.role:
                out.append("a name inside after a title or role word")
            if wf.lower_word and not wf.function and not wf.title:
                out.append("a name inside after a lower-case word")
        if original:
            out.append(_ORIGINAL_BEFORE)
        if f.foreign_after_english and wf.bare_english:
            out.append("original-language words after English")
        if (f.english_after_foreign or f.english_phrase) and (
            wf.folded.isalpha() and wf.folded.islower() and not wf.bare_english
        ):
            out.append("English words after an original-language word")
        if wf.quote_open or wf.quote_close:
            out.append("after a quoted word")
        if wf.lower_word and not wf.function and _LOWER_INSIDE in part[0] and _ONE_WORD in part[0]:
            out.append("a lower-case word inside after a lower-case word")
    if after is None:
        out.append("ends the line")
        if wf is None:
            out.append("alone on its line")
    else:
        out += after
        if f.name_inside:
            titled = wf is not None and (wf.title or wf.role)
            if _CAPITALISED_AFTER in after:
                out.append("a name inside before a capitalised word")
                if titled:
                    out.append("a name inside between a title and a capitalised word")
            if titled and lower_after:
                out.append("a name inside between a title and a lower-case word")
    return tuple(out)


_NAME_AFTER_CAPITAL = "a name inside after a capitalised word"
_LOWER_INSIDE = "lower-case words inside"
_ONE_WORD = "one word inside"


def _window_answer(
    c: _NearestOnly, model: Model, document: tuple[str, ...] = ()
) -> tuple[str, float, str, bool]:
    """The model's answer for the window of ``c`` (category, probability, ``because``) and
    whether a name inside follows a capitalised word.

    Cached in ``conv`` by what the features are a function of (:func:`_assemble`): the
    inside's features and the facts of it that pair with a word, the nearest word's features
    and the facts of it that pair (:func:`_word_key`), gluedness, the features of the words
    before and after, the closeness and the case of the word after. Those pieces are read per
    span; the features are put together only for a key not seen before. ``document``: the
    document features of a second look (:mod:`lacuna.classify.learned.document`), added to
    the window's (and to its key)."""
    pieces = _pieces(c)
    key = _window_key(pieces)
    if document:
        key = (key, document)
    conv = c.conv
    cache = conv._learned
    hit = cache.get(key)
    if hit is None:
        present = _assemble(*pieces)
        present += crossed(present, len(pieces[1][0]), model)
        if document:
            present += document
        category, probability, because = _answer(model, present, conv)
        hit = (category, probability, because, _NAME_AFTER_CAPITAL in present)
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[key] = hit
    return hit


def _window_key(pieces: _Pieces) -> tuple[object, ...]:
    """The key a window's answer is kept by: what :func:`_assemble` reads of its pieces."""
    _, part, wf, glued, second, similar, after, lower_after, original, window = pieces
    word_key = None
    if wf is not None:
        word_key = wf.learned_key
        if word_key is None:
            word_key = _word_key(wf)
    return (
        part[0],
        part[3] & _PAIR_BITS,
        word_key,
        glued,
        second,
        similar,
        after,
        lower_after,
        original,
        window,
    )


#: The bits of an inside's part that :func:`_assemble` reads.
_PAIR_BITS = _NAME_BIT | _FOREIGN_BIT | _ENGLISH_BIT


def _word_key(wf: _Word) -> tuple[tuple[str, ...], int]:
    """What :func:`_assemble` reads of a nearest word whose features are read: those features
    and the facts that pair with the inside's, as bits (kept with its facts)."""
    bits = 0
    for i, flag in enumerate(
        (
            wf.name_word,
            wf.function,
            wf.after_boundary,
            wf.title,
            wf.role,
            wf.lower_word,
            wf.bare_english,
            wf.folded.isalpha() and wf.folded.islower(),
            wf.quote_open,
            wf.quote_close,
        )
    ):
        if flag:
            bits |= 1 << i
    key = wf.learned_key = (wf.learned_before, bits)  # type: ignore[assignment]
    return key  # type: ignore[return-value]


def _similar(c: _NearestOnly, part: _InsidePart) -> str | None:
    """How close the inside is to the words before it: the same name romanised another way,
    similar letters, or initials that spell the words before it."""
    f, wf, conv = c.facts, c.wf, c.conv
    n = f.few_words or 1
    near = c.near
    before = [near] if n == 1 and near is not None else c.words(n)
    if not before:
        return None
    # romanisation keys cost the most: only for a capitalised inside after a capitalised word
    # (or a name whose last part is lower-case: "Soong ching-ling", "Niqūlā al-Shāwī")
    if (
        f.name_start
        and wf is not None
        and (wf.name_word or (len(before) > 1 and any(w[:1].isupper() for w in before)))
    ):
        joined = " ".join(w.strip(_STRIP) for w in before)
        if name_score(joined, part[4], score_cutoff=_SIMILAR) >= _SIMILAR:
            return "the same name romanised as before"
    # the letters of the nearest word kept with its facts, those of the words before it looked up
    if wf is not None:
        near_letters = wf.letters
        if near_letters is None:
            near_letters = wf.letters = _letters([before[-1]])
    else:
        near_letters = _word_letters(before[-1], conv)
    if len(before) == 1:
        joined = near_letters
    else:
        joined = "".join([_word_letters(w, conv) for w in before[:-1]]) + near_letters
    inside_letters = part[1]
    if _may_be_similar(len(joined), len(inside_letters)) and (
        fuzz.ratio(joined, inside_letters, score_cutoff=_SIMILAR) >= _SIMILAR
    ):
        return "letters like the words before"
    initials = part[2]
    if len(initials) >= 2 and near_letters and initials.startswith(near_letters[:2]):
        return "initials of the words before"
    return None


def _may_be_similar(a: int, b: int) -> bool:
    """Whether texts of ``a`` and ``b`` characters may have a ``fuzz.ratio`` of ``_SIMILAR`` or
    more: the ratio is at most 200 times the shorter length over the sum of the lengths."""
    return 200 * min(a, b) >= _SIMILAR * (a + b)


#: The feature of English words inside after a run of original-language words.
_ORIGINAL_BEFORE = "English words after original-language words"


def _original_before(c: _NearestOnly) -> bool:
    """Whether the two words before the nearest (an original-language word) are lower-case
    words too, one of them not English (``de ne pas laisser passer la reine [not let …]``)."""
    conv = c.conv
    found = 0
    for k in (1, 2):
        word = c.word(k)
        if word is None:
            return False
        wf = conv._word_facts.get(word) or _word_facts(word, conv)
        if not wf.lower_word:
            return False
        found += not wf.english
    return found >= 1


def span_features(text: str, start: int, end: int, conv: Conventions) -> list[str]:
    """The features of the span ``text[start:end]`` (brackets included) as the rule reads
    them (for training: the span need not reach the rule)."""
    from lacuna.classify.context import _inside_facts  # the chain imports this module
    from lacuna.classify.view import _Before
    from lacuna.classify.words import _NEAR_WORD, _WINDOW

    inside = text[start + 1 : end - 1]
    facts = _inside_facts(inside, conv)
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    if near is None:
        view = _Before(facts, None, None, False, conv, text, start, end, start)
    else:
        word = near.group(1)
        view = _Before(
            facts,
            _word_facts(word, conv),
            word,
            text[start - 1].isalpha(),
            conv,
            text,
            start,
            end,
            near.start(1),
        )
    return list(features(view))
