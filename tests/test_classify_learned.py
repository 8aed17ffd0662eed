"""The learned rules (``learned``, ``learned_note``): a linear model with explained decisions.

Expectations are written by hand: the tiny model's scores and probability are worked out on
paper, and the sentences are the issue's typical cases, read as a historian would.
"""

from __future__ import annotations

import copy
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
import lacuna.classify.learned as learned
from conftest import cold_table, features_of
from lacuna.classify import CONTEXT_RULES
from lacuna.classify.learned import Model, model_of, predict
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError


def _table(**changes: object) -> Conventions:
    data = copy.deepcopy(Conventions.default().data)
    for key, value in changes.items():
        data[key] = value
    return Conventions(data)


def _only_learned() -> Conventions:
    """The shipped table with every context rule but ``learned`` switched off."""
    data = copy.deepcopy(Conventions.default().data)
    data["rules"]["disable"] = [n for n in CONTEXT_RULES.names() if n != "learned"]
    return Conventions(data)


def _span(text: str, conv: Conventions | None = None) -> lacuna.ast.Span:
    return next(lacuna.parse(text, conventions=conv).spans())


TINY = {
    "version": 1,
    "categories": ["gloss", "supplied"],
    "bias": {"gloss": 0.0, "supplied": 0.5},
    "weights": {"a name inside": {"gloss": 1.0, "supplied": -1.0}, "one word inside": {"supplied": 0.25}},
}


def test_a_tiny_model_scores_as_worked_out_by_hand():
    model = Model(TINY)
    # gloss: 0 + 1.0 = 1.0; supplied: 0.5 - 1.0 + 0.25 = -0.25
    category, probability, contributions = predict(model, ["a name inside", "one word inside", "unknown"])
    assert category == "gloss"
    assert probability == pytest.approx(1 / (1 + math.exp(-1.25)))
    assert contributions == [("a name inside", 2.0), ("one word inside", -0.25)]
    # without the name: gloss 0, supplied 0.75
    assert predict(model, ["one word inside"])[0] == "supplied"


def test_a_model_of_another_version_is_refused():
    with pytest.raises(LacunaError, match="version"):
        Model({**TINY, "version": 99})


def test_a_table_may_carry_its_own_weights():
    conv = _table(learned={"weights": TINY})
    model = model_of(conv)
    assert model is not None and model.categories == ("gloss", "supplied")
    assert model_of(conv) is model  # read once per table
    assert model_of(_table(learned={})) is None


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("the deputy minister [Le Duc Tho] said", "gloss", "title_names"),
        ("there are [no] reasons", "supplied", "function_word"),
        ("Ambassador [Mikhail] Zimyanin left", "supplied", "first_name"),
    ],
)
def test_the_typical_cases_are_read_by_the_hand_rules_first(text, category, rule):
    span = _span(text)
    assert (span.category, span.because.split(":")[0]) == (category, rule)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a second romanisation of the name before it
        ("Pak Seong-min [Pak Song Min] arrived", "gloss"),
        ("Choe Hyon-gon [Choe Hyon Gon] said", "gloss"),
        # words that fill the sentence
        ("there are [no] reasons", "supplied"),
        ("we met the [Soviet] delegation", "supplied"),
        # a first name before the surname after it
        ("Ambassador [Mikhail] Zimyanin left", "supplied"),
    ],
)
def test_the_model_alone_reads_the_typical_cases(text, category):
    span = _span(text, _only_learned())
    assert span.category == category
    assert re.match(rf"learned: {category} (0\.\d\d|1\.00) \(", span.because)


def test_because_names_the_strongest_features_with_their_weights():
    because = _span("Pak Seong-min [Pak Song Min] arrived", _only_learned()).because
    assert "the same name romanised as before +" in because
    shown = re.fullmatch(r"learned: gloss (?:0\.\d\d|1\.00) \((.*)\)", because)
    assert shown is not None and len(shown.group(1).split(", ")) == learned.SHOWN


def test_a_description_alone_on_its_line_is_an_editors_note():
    # (the hand rule note_phrase_line reads this shape before the model: switched off here)
    data = copy.deepcopy(Conventions.default().data)
    data["rules"]["disable"] = ["note_phrase_line"]
    span = _span("The letter ends here.\n[Envelope of the second letter]\nDear comrade,", Conventions(data))
    assert span.category == "editor_note"
    # (the probability may round to 1.00)
    assert span.because.startswith("learned_note: editor_note "), span.because


def test_position_alone_makes_no_note_of_lower_case_words():
    # by hand (hypothesis found it): after a sentence ending in a figure, lower-case words
    # without a note's word are supplied; the position is no evidence of a note
    span = _span(" Stalin 0. [friendship Stalin Stalin]")
    assert span.category == "supplied"
    assert not span.because.startswith("learned_note")


def test_switched_off_the_rules_leave_the_default():
    data = copy.deepcopy(Conventions.default().data)
    data["rules"]["disable"] = ["learned", "learned_note", "note_phrase_line"]
    span = _span("[Envelope of the second letter]", Conventions(data))
    assert (span.category, span.because) == ("supplied", "line_start: starts the line: supplies words")
    span = _span("the talks [went well] today", Conventions(data))
    assert span.because == "default: words without a cue"


@pytest.mark.pure_python
def test_the_costly_parts_of_the_features_are_read_once(monkeypatch):
    """The features of the span's inside are read once per distinct inside, those of a word
    once per distinct word, the features of a window are put together and the model scores
    them once per distinct window key (the pieces the features are a function of); per span
    only the pieces are read (issue 13 parse speed)."""
    calls: dict[str, int] = {}
    # each patched in the module that reads it (a patch on the package would not be seen)
    readers = {
        "_pieces": learned.window,
        "_assemble": learned.window,
        "_before_part": learned.window,
        "_second_part": learned.window,
        "_after_part": learned.window,
        "_inside_part": learned.inside_features,
        "predict": learned.model,
    }

    def counting(name):
        module = readers[name]
        real = getattr(module, name)

        def count(*args):
            calls[name] = calls.get(name, 0) + 1
            return real(*args)

        monkeypatch.setattr(module, name, count)

    names = ("_inside_part", "_before_part", "_second_part", "_after_part", "_assemble", "predict")
    for name in ("_pieces", *names):
        counting(name)
    unit = "The talks [went well] today, and Pak Seong-min [Pak Song Min] came. "
    counts = []
    for n in (10, 100):
        conv = _table()
        lacuna.parse(unit * n, conventions=conv)
        counts.append(dict(calls))
        calls.clear()
    assert counts[1]["_pieces"] > 8 * counts[0]["_pieces"] > 0  # read per span
    for name in names:
        assert counts[0][name] == counts[1][name] > 0, name


def test_the_features_of_an_insides_facts_are_read_once_per_facts(monkeypatch):
    """Distinct insides with equal facts (one object) share the features those facts give: they
    are read once per facts object, not once per inside (issue 13 parse speed)."""
    calls = {"facts": 0, "insides": 0}
    # (both read in the module that holds them)
    real_facts, real_inside = learned.inside_features._facts_names, learned.inside_features._inside_part

    def facts_names(*args):
        calls["facts"] += 1
        return real_facts(*args)

    def inside_part(*args):
        calls["insides"] += 1
        return real_inside(*args)

    monkeypatch.setattr(learned.inside_features, "_facts_names", facts_names)
    monkeypatch.setattr(learned.inside_features, "_inside_part", inside_part)
    words = ["talks", "went", "well", "today", "peace", "trade", "roads", "ports", "grain", "coal"]
    text = "".join(f"The {a} [{a} {b}] ended. " for a in words for b in words if a != b)
    lacuna.parse(text, conventions=_table())
    assert calls["insides"] >= 80  # a distinct inside each
    assert 0 < calls["facts"] <= 4  # lower-case pairs of English words: a facts object or two


_WORDS = st.sampled_from(
    "the deputy minister Kim Il Sung said no reasons Pak Song Min . , 1953 stamp".split()
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORDS, max_size=5),
    st.lists(_WORDS, min_size=1, max_size=4),
    st.lists(_WORDS, max_size=4),
    st.sampled_from([" ", "\n"]),
)
def test_learned_decisions_are_deterministic_and_explained(before, inside, after, gap):
    text = " ".join(before) + gap + "[" + " ".join(inside) + "] " + " ".join(after)
    # (each parse on the shipped table with empty caches, as a fresh table has them)
    first = [(s.start, s.category, s.because) for s in lacuna.parse(text, conventions=cold_table()).spans()]
    again = [(s.start, s.category, s.because) for s in lacuna.parse(text, conventions=cold_table()).spans()]
    assert first == again
    model = model_of(cold_table())
    assert model is not None
    for _, category, because in first:
        rule, _, why = because.partition(": ")
        if rule not in ("learned", "learned_note"):
            continue
        m = re.fullmatch(r"(?:unsure of )?(\w+) (0\.\d\d|1\.00)(?: \((.*)\))?(?:: supplied)?", why)
        assert m is not None, because
        assert (category == m.group(1)) or why.startswith("unsure of ")
        for shown in (m.group(3) or "").split(", "):
            if shown:
                name, _, weight = shown.rpartition(" ")
                assert name in model.weights and re.fullmatch(r"[+-]\d+\.\d", weight)


# words that set off the features that pair the inside with the words around it: names, titles
# and roles, quotes, original-language and English words, punctuation, figures
_WINDOW_WORDS = st.sampled_from(
    "the deputy minister Kim Il Sung said no reasons Pak Song Min . , 1953 stamp Ambassador"
    " comrade «Pravda» “kuaisu promptly” soglasie agreement Zimyanin Mikhail his successor"
    " zaveduyushchiy otdelom head of department Beijing Qinzheng contradictions divisions Litsom"
    " litsu Amerikoy 16 hours".split()
)


_KEYS_SEEN: dict[tuple[object, ...], tuple[str, ...]] = {}


def _bracketed_spans(text: str, conv: Conventions):  # type: ignore[no-untyped-def]
    """Each bracketed span of ``text`` with words inside: its start and end, the match of the
    nearest word before it (None: none on the window) and the facts of its inside."""
    from lacuna.classify.context import _inside_facts
    from lacuna.classify.words import _NEAR_WORD, _WINDOW

    for m in re.finditer(r"\[([^\[\]]*)\]", text):
        start, end = m.span()
        if m.group(1).strip():
            near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
            yield start, end, near, _inside_facts(m.group(1), conv)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WINDOW_WORDS, max_size=4).map(" ".join), min_size=2, max_size=12))
def test_a_window_key_determines_the_features(parts):
    """The learned rule keeps its answer per window key (issue 13 parse speed): two windows
    with one key have the same features, so they have the same answer. Every span of a text
    made of the words that pair features is read with the whole view of its line."""
    from lacuna.classify.view import _Before
    from lacuna.classify.words import _word_facts

    text = " ".join(f"[{p}]" if i % 2 else p for i, p in enumerate(parts))
    conv = cold_table()
    seen = _KEYS_SEEN  # (across the examples: the keys are values, their windows many)
    for start, end, near, facts in _bracketed_spans(text, conv):
        if near is None:
            view = _Before(facts, None, None, False, conv, text, start, end, start)
        else:
            word = near.group(1)
            glued = text[start - 1].isalpha()
            view = _Before(facts, _word_facts(word, conv), word, glued, conv, text, start, end, near.start(1))
        pieces = learned._pieces(view)
        present = learned._assemble(*pieces)
        # (the crossed features are a function of the others: the key holds them too)
        assert present + learned.crossed(present, len(pieces[1][0])) == learned.features(view)
        assert seen.setdefault(learned._window_key(pieces), present) == present


def test_learned_note_needs_the_inside_to_lean_to_a_note():
    # hypothesis found it: a name and a word after a figure and a stop, at the line's end, is
    # a note only by position; the inside's own features weigh for supplied words
    (span,) = lacuna.span_records(lacuna.parse(" Stalin 0. [Stalin friendship]"))
    assert span["category"] == "supplied"
    assert not span["because"].startswith("learned_note")


def test_learned_note_after_a_sentence_needs_a_note_word_or_a_sentence():
    # hypothesis again: three words with no note's word after a stop are supplied words
    (span,) = lacuna.span_records(lacuna.parse(" Stalin 0. [Stalin Stalin friendship]"))
    assert span["category"] == "supplied"


def test_a_translation_after_a_run_of_original_language_words_is_seen():
    # dev (a Wilson Center record, node 92191): a book title in Russian, its translation after it
    text = 'copies of "Litsom k litsu s Amerikoy [Face to Face With America]" which had been sent'
    assert "original-language words before" in features_of(text, "[Face to Face With America]")
    # near miss: the same words after English ones
    text = "copies of the new book [Face to Face With America] which had been sent"
    assert "original-language words before" not in features_of(text, "[Face to Face With America]")


def test_a_word_that_ends_as_the_one_before_it_is_seen():
    # dev (a North Vietnam Politburo cable of 8 April 1968): a lower-case word glossed by a synonym
    text = "has exacerbated the internal contradictions [divisions] within the enemy"
    found = features_of(text, "[divisions]")
    assert "ends like the word before" in found
    assert "a lower-case word inside after a lower-case word" in found
    # near miss: a supplied preposition ends otherwise
    assert "ends like the word before" not in features_of(
        "has exacerbated the internal contradictions [within] the enemy", "[within]"
    )


def test_the_shape_of_the_inside_and_the_words_around_it_is_read():
    # shapes, not words (a made-up number: hyphen, slash, a figure last)
    found = features_of("Maneli to Spasowski, [Ciphergram No. 5295/a-b] sent", "[Ciphergram No. 5295/a-b]")
    for name in ("a hyphenated word inside", "a slash inside", "a figure last inside", "after a comma"):
        assert name in found, name
    assert "a figure two back" in features_of("before 16 hours [4 p.m.] when", "[4 p.m.]")
    assert "a figure two back" not in features_of("before the meeting [4 p.m.] when", "[4 p.m.]")


def test_a_bracket_beside_another_is_seen():
    # dev (margaretthatcher.org, document 113943): two editor's notes one after the other
    text = "10 note of conversation (Reagan-Thatcher meeting) [plenary session] [declassified 2011]\n"
    first = features_of(text, "[plenary session]")
    assert "a bracket just after" in first and "a bracket just before" not in first
    second = features_of(text, "[declassified 2011]")
    assert "a bracket just before" in second and "a bracket just after" not in second
    # dev (a mailing list's archive): a bar of links glued to each other
    bar = "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]"
    found = features_of(bar, "[Thread Prev]")
    assert "a bracket just before" in found and "a bracket just after" in found
    # near miss: a word between the brackets
    text = "(Reagan-Thatcher meeting) [plenary session] declassified [in 2011]"
    assert not {"a bracket just before", "a bracket just after"} & set(
        features_of(text, "[plenary session]") + features_of(text, "[in 2011]")
    )


def test_the_thresholds_are_read_from_the_model_file():
    # TINY gives "Pak Seong-min [Pak Song Min]" gloss with 1 / (1 + e^-1.25) = 0.78 by hand
    sure = _table(learned={"weights": {**TINY, "confidence": 0.7}})
    unsure = _table(learned={"weights": {**TINY, "confidence": 0.8}})
    for conv in (sure, unsure):
        conv.data["rules"]["disable"] = [n for n in CONTEXT_RULES.names() if n != "learned"]
    assert Model(TINY).confidence == learned.CONFIDENCE  # no threshold in the file: the default
    assert Model({**TINY, "note_confidence": 0.5}).note_confidence == 0.5
    assert _span("met [Kim] today", Conventions(sure.data)).category == "gloss"
    assert _span("met [Kim] today", Conventions(unsure.data)).because.startswith(
        "learned: unsure of gloss 0.78"
    )


def test_the_inside_is_crossed_with_its_position():
    # dev (the Presidential Recordings Digital Edition, LBJ tapes): a source note ends its line
    text = "the daily introduction for 1964-02-01 [from the Norton edition]\n\nNot long after lunch"
    found = features_of(text, "[from the Norton edition]")
    assert "a function word first inside & ends the line" in found
    assert "three words or more inside & ends the line" in found
    # near miss (dev, a Wilson Center telegram): supplied words before a stop cross with the stop
    text = "circumstances for relaying the message [from the DPRK].\n"
    found = features_of(text, "[from the DPRK]")
    assert "a function word first inside & punctuation after" in found
    assert not any(name.endswith("& ends the line") for name in found)
    # only the position is crossed: not the words' kind ("after an English word")
    assert not any(name.endswith("& after an English word") for name in found)


#: A tiny model with one crossed weight (worked out by hand below).
CROSSED = {
    "version": 1,
    "categories": ["editor_note", "supplied"],
    "bias": {"editor_note": 0.0, "supplied": 1.0},
    "weights": {"capitalised inside & a capitalised word after": {"editor_note": 2.0}},
}


def test_a_crossed_weight_counts_where_both_features_are_present():
    # dev (the Bukovsky archive's listing): the archive a document is kept in, then its title
    data = copy.deepcopy(_table(learned={"weights": CROSSED}).data)
    data["rules"]["disable"] = [n for n in CONTEXT_RULES.names() if n != "learned"]
    conv = Conventions(data)
    # a capitalised word after: 0 + 2 against 1, 1 / (1 + e^-1) = 0.73 by hand
    span = _span("7 July 1992* [RF Presidential Archive] Poland\n", conv)
    assert span.category == "editor_note"
    assert span.because == "learned: editor_note 0.73 (capitalised inside & a capitalised word after +2.0)"
    # near miss: the same inside before a lower-case word weighs only the bias (supplied 0.73)
    span = _span("7 July 1992* [RF Presidential Archive] files\n", conv)
    assert span.category == "supplied"
    present = ("capitalised inside", "after a figure", "a lower-case word after")
    assert learned.crossed(present, 1, Model(CROSSED)) == ()


# -- the pieces as read before the thirteenth round of issue 17 (the reference of the test below:
# the nearest word's letters and English kind read off its facts now, its word list not made)


def _similar_before(c, part):  # type: ignore[no-untyped-def]
    from rapidfuzz import fuzz

    from lacuna.classify.learned import _SIMILAR, _may_be_similar, _word_letters
    from lacuna.classify.words import _STRIP
    from lacuna.normalize.romanization import name_score

    before = c.words(c.facts.few_words or 1)
    if not before:
        return None
    wf, conv = c.wf, c.conv
    if (
        c.facts.name_start
        and wf is not None
        and (wf.name_word or (len(before) > 1 and any(w[:1].isupper() for w in before)))
    ):
        joined = " ".join(w.strip(_STRIP) for w in before)
        if name_score(joined, part[4], score_cutoff=_SIMILAR) >= _SIMILAR:
            return "the same name romanised as before"
    letters = [_word_letters(w, conv) for w in before]
    joined, inside_letters = "".join(letters), part[1]
    if _may_be_similar(len(joined), len(inside_letters)) and (
        fuzz.ratio(joined, inside_letters, score_cutoff=_SIMILAR) >= _SIMILAR
    ):
        return "letters like the words before"
    initials = part[2]
    near = letters[-1]
    if len(initials) >= 2 and near and initials.startswith(near[:2]):
        return "initials of the words before"
    return None


def _window_part_before(c, part):  # type: ignore[no-untyped-def]
    from lacuna.classify.learned import _ORIGINAL_RUN, _SAME_ENDING, _english_kind
    from lacuna.classify.learned.kinds import SAME_KIND, same_kind
    from lacuna.classify.words import _STRIP

    conv = c.conv
    out = []
    foreign = 0
    for k in range(3):
        word = c.word(k)
        if word is None:
            break
        kind = _english_kind(word, conv)
        if k == 0 and kind != 0:
            break
        foreign += kind == 0
    if foreign >= 2:
        out.append(_ORIGINAL_RUN)
    inside = part[4]
    wf = c.wf
    if wf is not None and " " not in inside and inside.isalpha() and inside.islower():
        near = wf.folded.strip(_STRIP)
        if len(near) >= 4 and len(inside) >= 4 and near.isalpha() and near[-3:] == inside[-3:]:
            out.append(_SAME_ENDING)
        # (gloss19: one content word after a content word, not across punctuation)
        lists = conv.function_words | conv.pronouns | conv.determiners
        pair = (near, fold(inside))
        if not wf.after_boundary and all(
            len(w) >= 4 and w.isalpha() and w.islower() and w not in lists for w in pair
        ):
            out.append("a content word inside after a content word")
            # (cross22's feature, read by kinds.same_kind on the two words)
            if same_kind(near, fold(inside), conv):
                out.append(SAME_KIND)
    return tuple(out)


def _pieces_before(c):  # type: ignore[no-untyped-def]
    from lacuna.classify.learned import (
        _NO_FEATURES,
        _after_part,
        _before_part,
        _bracket_part,
        _original_before,
        _part_of,
        _second_part,
    )
    from lacuna.classify.words import _word_facts

    f, wf, conv = c.facts, c.wf, c.conv
    raw = c.raw_inside()
    part = conv._learned.get(raw)
    if part is None:
        part = _part_of(raw, f, conv)
    if wf is None:
        glued = False
        second = similar = None
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
        similar = _similar_before(c, part)
    original = (
        wf is not None
        and (f.english_phrase or f.english_title or f.english_after_foreign)
        and wf.lower_word
        and not wf.english
        and _original_before(c)
    )
    window = _NO_FEATURES if wf is None else _window_part_before(c, part)
    beside = _bracket_part(c)
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


# (with words whose letters or initials are like those of the words before them)
_LIKE_WORDS = st.sampled_from(
    "Gao Gang Kao Kang KGB Komitet Gosudarstvennoy Bezopasnosti Kim Il-song Zhou Enlai Chou En-lai"
    " [Home] [Order Form] ] [ Zhivkov T. Zhivkov».".split()
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(_WINDOW_WORDS, _LIKE_WORDS), max_size=5).map(" ".join), min_size=2, max_size=12
    ),
    st.sampled_from(["", " ", "\n", "  "]),
)
def test_the_pieces_are_those_read_before(parts, glue):
    """The learned rule's pieces of a window (issue 17, thirteenth round: the nearest word's
    letters and kind read off its facts) are those the reading before the round made: every
    span of texts of words that pair features, read from fresh views and with the window
    before the span and the bracket between handed on as read_context hands them."""
    from lacuna.classify.view import _Before
    from lacuna.classify.words import _WINDOW, _word_facts

    text = glue.join(f"[{p}]" if i % 2 else p for i, p in enumerate(parts))
    conv = cold_table()
    for start, end, near, facts in _bracketed_spans(text, conv):
        back = text[max(0, start - _WINDOW) : start][::-1]
        if near is None:
            views = [_Before(facts, None, None, False, conv, text, start, end, start) for _ in range(2)]
            views.append(_Before(facts, None, None, False, conv, text, start, end, start, None, back, False))
        else:
            word = near.group(1)
            glued = text[start - 1].isalpha()
            wf = _word_facts(word, conv)
            at = near.start(1)
            bracketed = not glued and "]" in text[at + len(word) : start]
            views = [_Before(facts, wf, word, glued, conv, text, start, end, at) for _ in range(2)]
            views.append(_Before(facts, wf, word, glued, conv, text, start, end, at, None, back, bracketed))
        # (the new reading first on every other span: each reads the word facts' caches unfilled)
        if start % 2:
            got = learned._pieces(views[1])
            assert got == _pieces_before(views[0])
        else:
            got = _pieces_before(views[0])
            assert learned._pieces(views[1]) == got
        assert learned._pieces(views[2]) == got
