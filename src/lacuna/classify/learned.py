"""The learned last word on a cue-less bracket: an explainable linear model (splink's way).

When no hand rule of the context chain (:mod:`lacuna.classify.context`) answers, the rule
``learned`` weighs what the rules already read of the span — the inside's shape (words,
capitals, digits, language, a name, a date), the words before it (a function word, a title or
role word, a possessive, a capitalised name, punctuation), the word after it, and how close
the inside is to the words before it (romanisation keys of :mod:`lacuna.normalize`, rapidfuzz)
— as binary features, and scores each category with a dot product of weights::

    score(category) = bias(category) + sum of weight(category, feature) over the features present

The highest score wins; its probability is the softmax of the scores, and ``because`` names the
features that pushed hardest, each with its weight for the winner minus that for the runner-up
(``learned: gloss 0.83 (a name inside after a role word +1.2, …)``).

The weights are data (``lacuna/data/classifier_model.json``, written by
``bench/train_classifier.py`` from the hand-labelled dev pages, deterministic); a conventions
table may carry its own (``[learned] weights``) or name another file (``[learned] model``), and
``[rules] disable = ["learned"]`` switches the rule off (the span stays supplied). Prediction is
pure Python: the features are read once per span window and the decision is cached with it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
from rapidfuzz import fuzz

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import (
    _INSIDES_LIMIT,
    _STRIP,
    _Decision,
    _Inside,
    _letters,
    _Word,
    _word_facts,
)
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError
from lacuna.normalize.romanization import name_score

__all__ = ["Model", "features", "model_of", "predict"]

#: The format version of a model file; a file of another version is refused.
VERSION = 1
#: How many contributions ``because`` names.
SHOWN = 3
_SIMILAR = 70.0
#: How sure the model must be of an editor's note for a positional hand rule to defer to it,
#: unless the model file says (``note_confidence``: calibrated by the trainer's inner
#: page-grouped cross-check).
NOTE_CONFIDENCE = 0.92
#: Below this probability a gloss or note of the learned rule is read as supplied words, unless
#: the model file says (``confidence``, calibrated the same way).
CONFIDENCE = 0.6
_DIGITS = frozenset("0123456789")
#: What joins a feature of the inside and a feature of its position into a crossed feature
#: (``capitalised inside & alone on its line``): the pair weighs on its own, so the model can
#: tell what an inside means in one place from what it means in another.
CROSS = " & "
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


class Model:
    """Weights per category and feature (a missing weight is 0), and a bias per category."""

    __slots__ = (
        "_bias",
        "_dense",
        "_partners",
        "_rows",
        "bias",
        "categories",
        "confidence",
        "note_confidence",
        "weights",
    )

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("version") != VERSION:
            raise LacunaError(f"classifier model: version {data.get('version')!r}, expected {VERSION}")
        self.categories: tuple[str, ...] = tuple(data["categories"])
        # the thresholds of the rules, calibrated with the weights (the defaults below if not)
        self.confidence = float(data.get("confidence", CONFIDENCE))
        self.note_confidence = float(data.get("note_confidence", NOTE_CONFIDENCE))
        self.bias: dict[str, float] = {c: float(data["bias"][c]) for c in self.categories}
        self.weights: dict[str, dict[str, float]] = {
            feature: {c: float(w) for c, w in per.items()} for feature, per in data["weights"].items()
        }
        # per feature, its non-zero weights as (category's index, weight)
        index = {c: i for i, c in enumerate(self.categories)}
        self._rows: dict[str, tuple[tuple[int, float], ...]] = {
            feature: tuple((index[c], w) for c, w in per.items() if w and c in index)
            for feature, per in self.weights.items()
        }
        # per feature, its weight for each category in the order of ``categories`` (0.0: none)
        self._dense: dict[str, tuple[float, ...]] = {
            feature: tuple(per.get(c, 0.0) for c in self.categories) for feature, per in self.weights.items()
        }
        self._bias = tuple(self.bias[c] for c in self.categories)
        # per feature of the inside, the features around it it is crossed with (weighted pairs)
        partners: dict[str, set[str]] = {}
        for feature in self._rows:
            inside, sep, around = feature.partition(CROSS)
            if sep:
                partners.setdefault(inside, set()).add(around)
        self._partners: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in partners.items()}

    def vector(self, present: Iterable[str]) -> list[float]:
        """The categories' scores for the features ``present``, in the order of ``categories``."""
        out = list(self._bias)
        rows = self._rows
        for feature in present:
            for i, w in rows.get(feature, ()):
                out[i] += w
        return out

    def scores(self, present: Iterable[str]) -> dict[str, float]:
        """Each category's score for the features ``present``."""
        return dict(zip(self.categories, self.vector(present), strict=True))


def predict(model: Model, present: Sequence[str]) -> tuple[str, float, list[tuple[str, float]]]:
    """The winning category, its probability and the contributions of the features present
    (weight for the winner minus weight for the runner-up), largest first."""
    vector = model.vector(present)
    categories = model.categories
    # the highest score first, ties by name (the two first of that order)
    b = s = -1
    for i, score in enumerate(vector):
        if b < 0 or score > vector[b] or (score == vector[b] and categories[i] < categories[b]):
            b, s = i, b
        elif s < 0 or score > vector[s] or (score == vector[s] and categories[i] < categories[s]):
            s = i
    top = vector[b]
    best = categories[b]
    probability = 1.0 / sum(math.exp(score - top) for score in vector)
    if s < 0:
        return best, probability, []
    contributions = []
    dense = model._dense
    for feature in present:
        row = dense.get(feature)
        if row is None:
            continue
        delta = row[b] - row[s]
        if delta:
            contributions.append((feature, delta))
    if len(contributions) > 1:
        contributions.sort(key=_by_weight)
    return best, probability, contributions


def _by_weight(fc: tuple[str, float]) -> tuple[float, str]:
    """The order of contributions: largest first, ties by name."""
    return -abs(fc[1]), fc[0]


#: What the model answers for one set of features: category, probability, ``because``.
_Answer = tuple[str, float, str]


def _answer(model: Model, present: tuple[str, ...], conv: Conventions) -> _Answer:
    """The model's answer for the features ``present`` (cached in ``conv``: many windows have
    the same features)."""
    cache = conv._learned
    hit = cache.get(present)
    if hit is None:
        category, probability, contributions = predict(model, present)
        hit = (category, probability, _because(category, probability, contributions))
        if len(cache) >= _INSIDES_LIMIT:
            cache.clear()
        cache[present] = hit
    return hit


@cache
def _packaged(name: str) -> Model:
    text = resources.files("lacuna.data").joinpath(name).read_text("utf-8")
    return Model(json.loads(text))


@cache
def _from_file(path: str) -> Model:
    try:
        return Model(json.loads(Path(path).read_text("utf-8")))
    except (OSError, ValueError) as exc:
        raise LacunaError(f"{path}: cannot read the classifier model: {exc}") from exc


_MODELS: dict[int, tuple[Conventions, Model | None]] = {}


def model_of(conv: Conventions) -> Model | None:
    """The model of a conventions table (``[learned]``): inline ``weights``, else the file
    ``model`` (a name in ``lacuna/data`` or a path), else None (the rule does not answer)."""
    hit = _MODELS.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    section = conv.data.get("learned") or {}
    model: Model | None = None
    if isinstance(section.get("weights"), dict):
        model = Model(section["weights"])
    elif section.get("model"):
        name = str(section["model"])
        model = _packaged(name) if "/" not in name and "\\" not in name else _from_file(name)
    if len(_MODELS) > 64:
        _MODELS.clear()
    _MODELS[id(conv)] = (conv, model)
    return model


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


#: What the inside alone gives: its features, its letters, the initials of its words, the
#: facts that pair it with the words around it (bits: a name inside, original-language words,
#: English words; and a note's word, a lower-case first letter) and the inside, stripped.
_InsidePart = tuple[tuple[str, ...], str, str, int, str]

_NAME_BIT, _FOREIGN_BIT, _ENGLISH_BIT, _NOTE_WORD_BIT, _LOWER_FIRST_BIT = 1, 2, 4, 8, 16

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
    inside = part[4]
    if wf is not None and " " not in inside and inside.isalpha() and inside.islower():
        near = wf.folded.strip(_STRIP)
        if len(near) >= 4 and len(inside) >= 4 and near.isalpha() and near[-3:] == inside[-3:]:
            out.append(_SAME_ENDING)
        if _content_word(near, conv) and _content_word(fold(inside), conv) and not wf.after_boundary:
            out.append(_CONTENT_AFTER_CONTENT)
    return tuple(out)


#: The feature of one content word inside after a content word: a synonym or another spelling
#: of the word before (``refused any control [inspection]``, ``this process publicly [openly]``)
#: more often than a word the sentence lacks, which is mostly a function word or a pronoun
#: (``informed [us]``, ``said [that]``).
_CONTENT_AFTER_CONTENT = "a content word inside after a content word"


def _content_word(word: str, conv: Conventions) -> bool:
    """Whether a folded word is a lower-case word of four letters or more that is no function
    word, pronoun or determiner (``[gloss]`` lists)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.islower()
        and word not in conv.function_words
        and word not in conv.pronouns
        and word not in conv.determiners
    )


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


def _english_kind(word: str, conv: Conventions) -> int:
    """-1: shorter than three letters; 1: an English word; 0: not (kept with the word's facts)."""
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    kind = wf.title_english
    if kind is None:
        bare = word.strip(_STRIP)
        kind = wf.title_english = (
            -1 if len(bare) < 3 else int(bare.isalpha() and conv.is_english(bare.lower()))
        )
    return kind


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


def _window_answer(c: _NearestOnly, model: Model) -> tuple[str, float, str, bool]:
    """The model's answer for the window of ``c`` (category, probability, ``because``) and
    whether a name inside follows a capitalised word.

    Cached in ``conv`` by what the features are a function of (:func:`_assemble`): the
    inside's features and the facts of it that pair with a word, the nearest word's features
    and the facts of it that pair (:func:`_word_key`), gluedness, the features of the words
    before and after, the closeness and the case of the word after. Those pieces are read per
    span; the features are put together only for a key not seen before."""
    pieces = _pieces(c)
    key = _window_key(pieces)
    conv = c.conv
    cache = conv._learned
    hit = cache.get(key)
    if hit is None:
        present = _assemble(*pieces)
        present += crossed(present, len(pieces[1][0]), model)
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


def _part_of(raw: str, f: _Inside, conv: Conventions) -> _InsidePart:
    """The part of an inside as written (kept under the inside as written too: the parse
    passes the same string object, whose hash is kept)."""
    inside = raw.strip()
    learned = conv._learned
    part = learned.get(inside)
    if part is None:
        part = _inside_part(inside, f, conv)
    if len(learned) >= _INSIDES_LIMIT:
        learned.clear()
    learned[raw] = part
    return part


def _facts_part(f: _Inside, conv: Conventions) -> tuple[str, tuple[str, ...]]:
    """The features an inside's facts give (its count of words; the others), once per facts
    object (equal facts are one object: most insides share theirs)."""
    key = ("facts", id(f))
    cache = conv._learned
    hit = cache.get(key)
    if hit is not None and hit[0] is f:
        return hit[1], hit[2]
    label, names = _facts_names(f)
    if len(cache) >= _INSIDES_LIMIT:
        cache.clear()
    cache[key] = (f, label, names)  # (the entry holds f: its id is not reused while it lives)
    return label, names


def _facts_names(f: _Inside) -> tuple[str, tuple[str, ...]]:
    """The features of an inside's facts: its count of words, then the others."""
    label = ("one word", "two words", "three words or more")[max(f.few_words, 1) - 1] + " inside"
    names = tuple(
        name
        for flag, name in (
            (f.name_start, "capitalised inside"),
            (f.name_inside, "a name inside"),
            (f.acronym, "an acronym inside"),
            (f.lower_phrase, "lower-case words inside"),
            (f.english_phrase, "an English phrase inside"),
            (f.foreign_after_english, "original-language words inside"),
            (f.english_after_foreign, "a few English words inside"),
            (f.first_function, "a function word first inside"),
            (f.determiner_phrase, "a determiner first inside"),
            (f.syllables, "short syllables inside"),
            (f.describes, "a title inside"),
            (f.date, "a date inside"),  # (the facts read the same pattern of the same text)
            (f.listing, "a listing inside"),
            (f.other_script or f.translit, "original script inside"),
            (f.conjunction, "a conjunction first inside"),
            (f.pronoun, "a pronoun inside"),
        )
        if flag
    )
    return label, names


def _inside_part(inside: str, f: _Inside, conv: Conventions) -> _InsidePart:
    """The features of a stripped inside, its letters and its initials (cached in ``conv``)."""
    words = fold(inside).split()  # (folding keeps the word breaks: one split serves all)
    label, of_facts = _facts_part(f, conv)
    out: list[str] = [label]
    if len(words) > 6:
        out.append("more than six words inside")
    out += of_facts
    vocabulary = _note_words(conv)
    for flag, name in (
        (not _DIGITS.isdisjoint(inside), "digits inside"),
        (inside[-1:] in ".!?", "ends with a stop inside"),
        (":" in inside, "a colon inside"),
        (len(words) >= 2 and words[-1] in conv.function_words, "a function word last inside"),
        (not vocabulary.isdisjoint([w.strip(_STRIP) for w in words]), _NOTE_WORD),
        (_clause_inside(words, conv), _CLAUSE_WORD),
        *_shape_of_inside(inside, words),
    ):
        if flag:
            out.append(name)
    initials = "".join([w[0] for w in words if w[:1].isalpha()])
    bits = (
        (_NAME_BIT if f.name_inside else 0)
        | (_FOREIGN_BIT if f.foreign_after_english else 0)
        | (_ENGLISH_BIT if f.english_after_foreign or f.english_phrase else 0)
        | (_NOTE_WORD_BIT if _NOTE_WORD in out else 0)
        | (_LOWER_FIRST_BIT if _lower_first(inside) else 0)
    )
    part = (tuple(out), "".join(filter(str.isalnum, "".join(words))), initials, bits, inside)
    cache = conv._learned
    if len(cache) >= _INSIDES_LIMIT:
        cache.clear()
    cache[inside] = part
    return part


def _lower_first(text: str) -> bool:
    """Whether the first letter of ``text`` is a lower-case one (False: no letter)."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return False


_DASHES = frozenset({"-", "--", "—", "–", "---"})


def _shape_of_inside(inside: str, words: list[str]) -> tuple[tuple[bool, str], ...]:
    """The shape of a stripped inside and its folded words: its length, hyphens, commas,
    slashes, quotes, capitals, and the shape of its last word (features that read no page's
    words, only how they are written)."""
    parts = inside.split()
    last = parts[-1] if parts else ""
    return (
        (len(inside) <= 4, "four characters or fewer inside"),
        (len(inside) > 40, "more than forty characters inside"),
        # (folding makes no hyphen: a hyphenated folded word has one in the inside)
        ("-" in inside and any("-" in w.strip(_STRIP).strip("-") for w in words), "a hyphenated word inside"),
        ("," in inside, "a comma inside"),
        ("/" in inside, "a slash inside"),
        (not _QUOTE_MARKS.isdisjoint(inside), "a quote inside"),
        (inside.isupper() and sum(ch.isalpha() for ch in inside) >= 2, "capitals only inside"),
        (len(words) >= 2 and last[:1].isupper(), "a capitalised word last inside"),
        (len(words) >= 2 and last[:1].isdigit(), "a figure last inside"),
    )


_QUOTE_MARKS = frozenset("\"'“”‘’«»„")


def _before_part(wf: _Word, conv: Conventions) -> tuple[str, ...]:
    """The features of the nearest word (kept with its facts)."""
    part = tuple(
        name
        for flag, name in (
            (wf.after_boundary, "after punctuation"),
            (wf.function, "after a function word"),
            (wf.title, "after a title word"),
            (wf.role, "after a role word"),
            (wf.possessive, "after a possessive"),
            (wf.name_word, "after a capitalised word"),
            (wf.upper, "after a word in capitals"),
            (wf.acronym, "after an acronym"),
            (wf.english, "after an English word"),
            (wf.lower_word and not wf.english, "after an original-language word"),
            (wf.digit_initial, "after a figure"),
            (wf.digit_initial and _is_year(wf.folded), _AFTER_YEAR),
            (wf.quote_close, "after a closing quote"),
            (wf.folded in conv.pronouns, "after a pronoun"),
            (wf.folded in conv.determiners, "after a determiner"),
            (wf.folded.endswith(","), "after a comma"),
            (wf.folded.endswith(":"), "after a colon"),
            (wf.folded.endswith(".") and not wf.folded.endswith(".."), "after a full stop"),
            (wf.folded in _DASHES, "after a dash"),
            ("-" in wf.folded.strip(_STRIP + "-"), "after a hyphenated word"),
            (len(wf.folded.strip(_STRIP)) >= 9, "after a long word"),
        )
        if flag
    )
    wf.learned_before = part
    return part


#: The feature of a span after a year: a listing's or a catalogue's entry dated, then the
#: archivist's note on it ("7 February 1974* [Andropov-Brezhnev]", "March 3, 1871 [Oliver Otis
#: Howard Papers]", "CIVIL ESTIMATES, 1940 [Progress]").
_AFTER_YEAR = "after a year"
_YEAR_TAIL = _STRIP + "*"


def _is_year(folded: str) -> bool:
    """Whether a folded word is a year from 1600 to 2099 (punctuation or an asterisk around it)."""
    bare = folded.strip(_YEAR_TAIL)
    return len(bare) == 4 and bare.isdigit() and "1600" <= bare <= "2099"


def _second_part(sf: _Word, conv: Conventions) -> tuple[str, ...]:
    """The features of the word before the nearest (kept with its facts)."""
    part = tuple(
        name
        for flag, name in (
            (sf.name_word and not sf.function, "a capitalised word two back"),
            (sf.title, "a title word two back"),
            (sf.folded in conv.determiners, "a determiner two back"),
            (sf.after_boundary, "punctuation two back"),
            (sf.digit_initial, "a figure two back"),
        )
        if flag
    )
    sf.learned_second = part
    return part


_PUNCTUATION_AFTER = "punctuation after"
_CAPITALISED_AFTER = "a capitalised word after"


def _after_part(ff: _Word, word: str) -> tuple[str, ...]:
    """The features of the word after the span (kept with its facts)."""
    out = []
    if word[0] in ",.;:)!?":
        out.append(_PUNCTUATION_AFTER)
        if word[0] in ",;":
            out.append("a comma after")
        elif word[0] in ".!?":
            out.append("a full stop after")
    elif ff.name_word and not ff.function:
        out.append(_CAPITALISED_AFTER)
    elif ff.function:
        out.append("a function word after")
    elif ff.lower_word:
        out.append("a lower-case word after")
        if ff.english:
            out.append("an English word after")
    if ff.digit_initial:
        out.append("a figure after")
    if ff.quote_open:
        out.append("a quote after")
    part = tuple(out)
    ff.learned_after = part
    return part


_VOCABULARY: dict[int, tuple[Conventions, frozenset[str]]] = {}


def _note_words(conv: Conventions) -> frozenset[str]:
    """The words editors describe a document or a recording with: ``[learned] note_words``,
    and the last word of each ``[notes.heads]`` and ``[notes.descriptions]`` entry (those that
    open with a function word, such as ``in russian``, name no note)."""
    hit = _VOCABULARY.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    learned = conv.data.get("learned") or {}
    found = {fold(str(w)) for w in learned.get("note_words") or ()}
    notes = conv.data.get("notes") or {}
    function = conv.function_words
    for phrase in [*(notes.get("heads") or {}), *(notes.get("descriptions") or {}).get("starts", [])]:
        words = [w.strip(_STRIP) for w in fold(str(phrase)).split()]
        if not words or words[0] in function:  # "in russian" names a language, not a note
            continue
        head = next((w for w in reversed(words) if w not in function), "")
        if len(head) >= 4:
            found.add(head)
    words = frozenset(found)
    if len(_VOCABULARY) > 64:
        _VOCABULARY.clear()
    _VOCABULARY[id(conv)] = (conv, words)
    return words


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


def _word_letters(word: str, conv: Conventions) -> str:
    """The letters and digits of ``word``, folded (kept with its facts)."""
    wf = conv._word_facts.get(word) or _word_facts(word, conv)
    letters = wf.letters
    if letters is None:
        letters = wf.letters = _letters([word])
    return letters


def _glossed_words(c: _NearestOnly, name_after_capital: bool) -> int:
    """How many words back a learned gloss glosses, less one: the capitalised words of a name
    (up to the inside's own length) when a name inside follows a capitalised word, else the
    nearest word."""
    if not name_after_capital:
        return 0
    k = 0
    most = min(max(c.facts.few_words, 1), 3)
    while k + 1 < most:
        previous = c.word(k + 1)
        if previous is None:
            break
        pf = _word_facts(previous, c.conv)
        if not pf.name_word or pf.function or pf.title or pf.after_boundary:
            break
        k += 1
    return k


#: The feature of an inside with a word editors describe documents with.
_NOTE_WORD = "a note's word inside"
#: The feature of an inside that reads as part of a clause: an auxiliary or a modal verb
#: (``[Kim and Pak can travel]``), or a first word that opens a clause (``[to intensify its
#: fight]``, ``[which proposes that …]``): words the sentence lacks, seldom a gloss, which names
#: or describes (``[learned] clause_words``, ``clause_openers``).
_CLAUSE_WORD = "a clause's word inside"


@lru_cache(maxsize=16)
def _clause_words(conv: Conventions) -> tuple[frozenset[str], frozenset[str]]:
    """``[learned] clause_words`` and ``clause_openers``, folded."""
    learned = conv.section("learned")
    return (
        frozenset(fold(str(w)) for w in learned.get("clause_words") or ()),
        frozenset(fold(str(w)) for w in learned.get("clause_openers") or ()),
    )


def _clause_inside(words: list[str], conv: Conventions) -> bool:
    """Whether the folded words of an inside hold a word of ``[learned] clause_words`` or,
    with a word after it, open with one of ``clause_openers``."""
    within, openers = _clause_words(conv)
    bare = [w.strip(_STRIP) for w in words]
    if not within.isdisjoint(bare):
        return True
    return len(bare) >= 2 and bare[0] in openers


def _learned_note(c: _NearestOnly) -> _Decision:
    """Where the hand rules go by position only (at the start of a line, after punctuation),
    an editor's note when the learned rule is sure of it (``[Letter fragment 2]``,
    ``. [He laughs.]``): the same model, answering only ``editor_note`` with probability
    at least ``NOTE_CONFIDENCE``."""
    if c.glued or not (c.wf is None or c.wf.after_boundary):
        return None
    model = model_of(c.conv)
    if model is None or "editor_note" not in model.categories:
        return None
    raw = c.raw_inside()
    if c.wf is None and _DATELINE.fullmatch(raw.strip()) is not None:
        return None  # a letter's dateline opening its line ("[London, 22 March 1859]"): supplied
    part = c.conv._learned.get(raw) or _part_of(raw, c.facts, c.conv)
    if part[3] & (_LOWER_FIRST_BIT | _NOTE_WORD_BIT) == _LOWER_FIRST_BIT:
        return None  # the position alone: lower-case words without a note's word read on
    if (
        c.facts.few_words == 1
        and not part[3] & _NOTE_WORD_BIT
        and (c.facts.name_inside or _capitals_word(raw))
    ):
        # one name alone ("Moscow 12. [Stalin]"), or one word in capitals that no note's
        # vocabulary holds (a heading: "[BRAZIL]" on its own line): the position says nothing more
        return None
    category, probability, because, _ = _window_answer(c, model)
    if category != "editor_note" or probability < model.note_confidence:
        return None
    if not _inside_leans_to_note(model, part[0]):
        return None  # the position alone ("Moscow 12. [Stalin friendship]"): read on
    if c.wf is not None and not part[3] & _NOTE_WORD_BIT and not raw.rstrip().endswith((".", "?", "!", ":")):
        return None  # after a sentence, words without a note's word or a sentence of their own
    return category, because, None


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
#: A letter's dateline the editors supplied at its head: a place (capitalised words, a comma)
#: and a date, or a date alone ("[London, 22 March 1859]", the MECW; "[1 September 1929]",
#: Stalin's letters to Molotov; "[July 17th 1945]").
_DATELINE = regex.compile(
    r"(?:(?-i:\p{Lu})[\p{L}.\x27’-]{1,30}(?:\s(?-i:\p{Lu})[\p{L}.\x27’-]{1,30}){0,2},\s{1,3})?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}" + _MONTH + r"|" + _MONTH + r"\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s{1,3}\d{4}|" + _MONTH + r"\s{1,3}\d{4})\.?",
    regex.IGNORECASE,
)


def _capitals_word(raw: str) -> bool:
    """One word of five letters or more, all in capitals (longer than most acronyms)."""
    word = raw.strip()
    return word.isupper() and word.isalpha() and len(word) >= 5


def _inside_leans_to_note(model: Model, inside_features: tuple[str, ...]) -> bool:
    """Whether the features of the inside alone weigh for an editor's note over supplied
    words (the window's position may not make a note on its own)."""
    weights = model.weights
    lean = 0.0
    for feature in inside_features:
        per = weights.get(feature)
        if per is not None:
            lean += per.get("editor_note", 0.0) - per.get("supplied", 0.0)
    return lean > 0.0


def _because(category: str, probability: float, contributions: list[tuple[str, float]]) -> str:
    shown = ", ".join([f"{name} {w:+.1f}" for name, w in contributions[:SHOWN]])
    return f"{category} {probability:.2f}" + (f" ({shown})" if shown else "")


def _learned(c: _NearestOnly) -> _Decision:
    """The learned last word (``[learned]`` weights, trained on the hand-labelled dev pages):
    a linear score of the features around the span; ``because`` names the strongest."""
    model = model_of(c.conv)
    if model is None:
        return None
    category, probability, because, name_after_capital = _window_answer(c, model)
    if category != "supplied" and probability < model.confidence and "supplied" in model.categories:
        # not sure: the words stay in the text (supplied), the reading says why
        return "supplied", f"unsure of {because}: supplied", None
    k = None
    if category == "gloss" and c.near is not None:
        k = _glossed_words(c, name_after_capital)
    return category, because, k


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
