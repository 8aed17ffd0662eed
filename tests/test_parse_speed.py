"""The parse's fast paths decide as the plain rule chains do, and do less work (issue 13's
parse-speed target; the timings are in bench/parse.py, none here).

* The inside chain skips, for an inside of words alone, the rules whose trigger (a necessary
  condition of their answer) does not hold; a rule switched off or added by a user is still
  honoured.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import lacuna
from conftest import cold_table
from lacuna.ast import SourceText, SpanInfo
from lacuna.classify import inside as inside_mod
from lacuna.classify.inside import INSIDE_RULES, Inside, _inside_data_rule, read_inside
from lacuna.classify.shape import Shape, grammar_shape, lexed_shape
from lacuna.conventions import Conventions, literal_tree


def chain_reading(inside: str, conv: Conventions) -> SpanInfo:
    """The reading of the whole inside chain, every active rule tried in order (no dispatch)."""
    x = Inside(inside)
    for rule in conv.ruler("inside", INSIDE_RULES, _inside_data_rule).active():
        info = rule.fn(x, conv)
        if info is not None:
            if not info.because.startswith(rule.name + ":"):
                info = dataclasses.replace(info, because=f"{rule.name}: {info.because}")
            return info
    raise AssertionError("the chain ends with the default rule")


def fresh_read(inside: str, conv: Conventions) -> SpanInfo:
    conv.clear_caches()
    return read_inside(inside, conv)


# Words that set off the rules of the inside chain (reasons, units, page and sic words, things
# on the paper, note references, data rules' guards) and words that set off none.
WORDS = [
    "missing", "not", "legible", "off", "the", "page", "p.", "Page", "12", "311", "iv", "XLIV",
    "x", "a", "sic", "-SIC", "sic!", "stamp", "seals", "words", "word", "two", "3", "lines",
    "etc.", "…", "...", ".", "no", "name", "given", "note", "R", "1975,", "of", "in", "his",
    "hand", "%", "C%", "--", "live", "Ə", "ß", "laughs", "He", "died", "Underlined", "by",
    "²missing", "text-missing", "(missing)", "illegible.", "Zhizhong", "developed", "friendly",
    "Stalin", "Москва", "ﬁ", "1/2", "one", "half", "line", "-3-", "fn", "4", "end", "cut",
]  # fmt: skip

plain_insides = st.lists(st.sampled_from(WORDS), min_size=0, max_size=5).map(" ".join)
padded = st.tuples(
    st.sampled_from(["", " ", "\u00a0", "\t"]), plain_insides, st.sampled_from(["", " ", "!", "."])
)


@settings(max_examples=400)
@given(padded.map("".join))
@example("He died friendly!")
@example("(missing) text")
@example("²missing")
@example("text-missing")
@example("Page XLIV")
@example("zam. predsedatelya -SIC")
def test_dispatch_reads_as_the_whole_chain(inside: str) -> None:
    conv = Conventions.default()
    assert fresh_read(inside, conv) == chain_reading(inside, conv)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_dispatch_reads_any_text_as_the_whole_chain(inside: str) -> None:
    conv = Conventions.default()
    assert fresh_read(inside, conv) == chain_reading(inside, conv)


def _load(tmp_path: Path, toml: str) -> Conventions:
    path = tmp_path / "conventions.toml"
    path.write_text(toml, encoding="utf-8")
    return Conventions.load(path)


def test_a_rule_switched_off_changes_the_decision(tmp_path: Path) -> None:
    default = Conventions.default()
    assert fresh_read("two words missing", default).category == "gap"
    assert fresh_read("iv", default).category == "footnote_ref"
    conv = _load(tmp_path, '[rules]\ndisable = ["gap_reason", "note_reference_form"]\n')
    assert fresh_read("two words missing", conv).category == "supplied"
    assert fresh_read("iv", conv).category == "supplied"
    assert fresh_read("two words missing", conv) == chain_reading("two words missing", conv)


def test_a_users_data_rule_without_a_guard_runs_on_words_alone(tmp_path: Path) -> None:
    conv = _load(
        tmp_path,
        '[[rules.inside]]\nname = "cover_name"\nmatch = "zhizhong"\ncategory = "editor_note"\n'
        'because = "a cover name"\n',
    )
    info = fresh_read("Zhizhong", conv)
    assert (info.category, info.because) == ("editor_note", "cover_name: a cover name")
    assert fresh_read("Zhizhong", Conventions.default()).category == "supplied"


def test_a_users_data_rule_with_a_guard_runs_when_the_guard_holds(tmp_path: Path) -> None:
    conv = _load(
        tmp_path,
        '[[rules.inside]]\nname = "zh"\nstarts = ["zh"]\nmatch = "zh\\\\w+"\ncategory = "editor_note"\n',
    )
    assert fresh_read("Zhizhong", conv).category == "editor_note"
    assert fresh_read("Zhang Zhizhong", conv).category == "supplied"


def test_a_python_rule_added_to_the_chain_runs(tmp_path: Path) -> None:
    conv = _load(tmp_path, "")

    def friendly(x: Inside, conv: Conventions) -> SpanInfo | None:
        return SpanInfo("editor_note", because="says friendly") if x.folded == "friendly" else None

    conv.ruler("inside", INSIDE_RULES, _inside_data_rule).before("default", "friendly", friendly)
    info = fresh_read("friendly", conv)
    assert (info.category, info.because) == ("editor_note", "friendly: says friendly")


def _chain_codes(conv: Conventions, chain: str, rules: Any, data_rule: Any, data_class: type) -> set[Any]:
    """The code objects of the active rules of ``chain`` (data rules by their ``__call__``)."""
    codes = set()
    for rule in conv.ruler(chain, rules, data_rule).active():
        fn = rule.fn
        codes.add(fn.__call__.__code__ if isinstance(fn, data_class) else fn.__code__)
    return codes


def _calls_of(codes: set[Any], run: Any) -> int:
    """How many calls of the functions of ``codes`` ``run()`` makes."""
    calls = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call" and frame.f_code in codes:
            calls += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def count_rule_calls(inside: str, conv: Conventions) -> int:
    """How many rules of the inside chain run to read ``inside`` afresh."""
    codes = _chain_codes(conv, "inside", INSIDE_RULES, _inside_data_rule, inside_mod.DataInsideRule)
    conv.clear_caches()
    read_inside("warm", conv)  # builds the chain and its dispatch
    conv.clear_caches()
    return _calls_of(codes, lambda: read_inside(inside, conv))


@pytest.mark.pure_python
def test_words_without_a_cue_run_few_rules() -> None:
    """Words that set off no trigger run only the rules without one (two dictionary look-ups
    and the default): 3 of the chain's 35 today."""
    conv = Conventions.default()
    chain = conv.ruler("inside", INSIDE_RULES, _inside_data_rule).active()
    assert len(chain) >= 30
    for inside in ("organizing Zhizhong developed", "friendly", "Chinese about", "the USSR"):
        assert count_rule_calls(inside, conv) == 3, inside
    # a trigger holds: the chain runs until a rule answers
    assert count_rule_calls("two words missing", conv) > 10


def test_the_documents_read_as_the_whole_chain() -> None:
    """Every distinct inside of the sample document, and of the texts of the hand-labelled
    pages, reads as the whole chain reads it."""
    from test_parse_guard import texts

    conv = Conventions.default()
    for text in texts().values():
        for span in lacuna.parse(text).spans():
            inside = text[span.start + 1 : span.end - 1]
            if "[" in inside:
                continue
            assert fresh_read(inside, conv) == chain_reading(inside, conv), inside


# -- the shape of an inside without the parser ----------------------------------------------


def _summary(shape: Shape) -> tuple[Any, ...]:
    return (
        (shape.label.type, shape.label.value, shape.label.start_pos, shape.label.end_pos)
        if shape.label
        else None,
        shape.body_start,
        [
            (c.start, c.end, [(t.type, t.value, t.start_pos, t.end_pos) for t in c.tokens])
            for c in shape.clauses
        ],
        [(t.type, t.value, t.start_pos, t.end_pos) for t in shape.tokens],
    )


_SHAPE_CHARS = st.sampled_from([*"ab Z\t\n\u00a0?:,;\"“”„«»\ufffc'.1", "Note", "word", "  "])


@settings(max_examples=1000)
@given(st.lists(_SHAPE_CHARS, max_size=14).map("".join))
@example('word off the page, possible "close"')
@example("Translator's note: one word, “two” ; «x» ?y?")
@example("Note:, a")
@example(" Stamp : a")
@example("a: b: c")
@example('“a„ b” "c')
def test_lexed_shape_equals_the_grammars_parse(inside: str) -> None:
    shape = lexed_shape(inside)
    if shape is not None:
        assert _summary(shape) == _summary(grammar_shape(inside))


@given(st.text(max_size=40))
def test_lexed_shape_equals_the_grammars_parse_on_any_text(inside: str) -> None:
    shape = lexed_shape(inside)
    if shape is not None:
        assert _summary(shape) == _summary(grammar_shape(inside))


def test_lexed_shape_leaves_a_colon_in_the_body_and_nested_spans_to_the_grammar() -> None:
    assert lexed_shape("received, at 11:20 p.m.") is None
    assert lexed_shape("Note: at 11:20") is None
    assert lexed_shape("the \ufffc, presumably") is None
    shape = lexed_shape('one word missing, presumably "the CPC"')
    assert shape is not None and [t.type for t in shape.tokens] == ["TEXT", "TEXT", "QUOTED"]


def test_the_parser_reads_few_insides(monkeypatch: Any) -> None:
    """The grammar's parser runs only for the insides the one-pass lexer leaves to it (a colon
    in the body, a nested span): none of the bench corpus's 1200 spans, and few of the pages'."""
    from test_parse_guard import synthetic, texts

    calls: list[str] = []

    def counting(inside: str) -> Shape | None:
        calls.append(inside)
        return grammar_shape(inside)

    monkeypatch.setattr(inside_mod.text, "grammar_shape", counting)  # (where Inside reads it)
    conv = Conventions.default()
    conv.clear_caches()
    text = synthetic()["bench:real"][:200_000]
    spans = sum(1 for _ in lacuna.parse(text).spans())
    assert spans > 1000
    assert calls == []
    conv.clear_caches()
    pages = texts().values()
    spans = sum(1 for text in pages for _ in lacuna.parse(text).spans())
    assert spans > 1500
    assert 0 < len(calls) <= spans // 20
    assert all(":" in inside or "\ufffc" in inside for inside in calls)


# -- the facts of a cue-less inside ---------------------------------------------------------

_DATE_LIKE = st.lists(
    st.sampled_from(["1967", "23", "Dec.", "DECEMBER", "ſept.", "May", "mAy", " ", ",", "١٩٦٧", "Jan", "x"]),
    max_size=4,
).map("".join)


@given(st.one_of(_DATE_LIKE, st.text(max_size=12)))
@example("ſeptember 3")
@example("١٩٦٧")
@example("N.V.")
@example("PVO")
def test_the_patterns_are_tried_whenever_they_could_match(raw: str) -> None:
    """The first-letter guards of the facts' patterns hold for every text a pattern matches."""
    from lacuna.classify import inside_facts, words

    if inside_facts._DATE.fullmatch(raw) is not None:
        assert raw[:1].isdecimal() or raw[:3].casefold()[:3] in inside_facts._MONTH_HEADS
    if words._ACRONYM.fullmatch(raw) is not None:
        assert "A" <= raw[:1] <= "Z"


# -- pairing and building in one pass ------------------------------------------------------

_parse_mod = importlib.import_module("lacuna.parse")


def _tree_rows(doc: lacuna.Document) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.info.category, s.info.because) for s in doc.spans()]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["[", "]", "a", "b ", " ", "\n", "\n\n", "Stamp: ", "[[", "]]"]), max_size=20)
)
def test_one_pass_builds_the_tree_that_pairing_first_builds(parts: list[str]) -> None:
    """The build that pairs as it goes gives up on the first bracket problem; when it does
    not, its tree is the one of pairing first (``lacuna.pairing.unpaired``) and building after."""
    text = "".join(parts)
    conv = Conventions.default()
    src = SourceText(text, None)
    fast = _parse_mod._build(src, _parse_mod.positions_by_block(text), None, conv, check=True)
    positions = _parse_mod.position_array(text)
    stray, unclosed = _parse_mod.unpaired(text, positions, conv) if len(positions) else ([], [])
    if stray or unclosed:
        assert fast is None
        return
    if fast is None:  # a pair across a paragraph break, kept by the pairing (a labelled note)
        return
    slow = _parse_mod._build(src, iter(positions.tolist()), None, conv)
    assert slow is not None
    assert _arrays(fast) == _arrays(slow)
    flat = _parse_mod._build_flat(src, conv)
    if flat is not None:
        assert _arrays(flat) == _arrays(slow)
    else:  # a span inside another
        assert any(slow.sizes)


def _arrays(tree: Any) -> tuple[Any, ...]:
    return (
        list(tree.starts),
        list(tree.ends),
        list(tree.sizes),
        tree.infos,
        list(tree.gloss_spans),
        list(tree.gloss_offsets),
    )


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["[", "]", "[no]", "[Stalin]", "Filippov ", "the ", "[2]", ". ", "\n", "\n\n", "[a\nb]"]
        ),
        max_size=12,
    )
)
def test_the_flat_pass_builds_the_tree_of_the_bracket_pass(parts: list[str]) -> None:
    """The pass of the flat-span pattern makes the tree the pass over the brackets makes,
    glosses included, or gives up (a span inside another, an unpaired bracket, a paragraph
    break inside a span)."""
    text = "".join(parts)
    conv = Conventions.default()
    src = SourceText(text, None)
    flat = _parse_mod._build_flat(src, conv)
    checked = _parse_mod._build(src, _parse_mod.positions_by_block(text), None, conv, check=True)
    if flat is not None:
        assert checked is not None and _arrays(flat) == _arrays(checked)
    elif checked is not None:
        assert any(checked.sizes)


@pytest.mark.pure_python
def test_a_balanced_text_is_paired_in_the_build(monkeypatch: Any) -> None:
    """A text of flat spans is read by one pass of the flat-span pattern; the pass over the
    brackets (``_build``) runs for a text with nested spans, and pairing first (``unpaired``)
    only for a text with a bracket problem."""
    calls: list[str] = []

    def counting(name: str) -> Any:
        real = getattr(_parse_mod, name)

        def count(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return count

    for name in ("unpaired", "_build"):
        monkeypatch.setattr(_parse_mod, name, counting(name))
    doc = lacuna.parse("there are [no] reasons [?are awaiting?]\n\nFilippov [Stalin] said")
    assert len(list(doc.spans())) == 3 and calls == []
    doc = lacuna.parse("there are [no [2]] reasons")
    assert len(list(doc.spans())) == 2 and calls == ["_build"]
    calls.clear()
    doc = lacuna.parse("there are [no reasons\n\nFilippov [Stalin] said]")
    assert calls == ["_build", "unpaired", "_build"] and doc.diagnostics


def test_a_data_rule_guarded_by_a_list_of_substrings(tmp_path: Path) -> None:
    """``contains`` may list substrings, one of which the folded inside must hold."""
    conv = _load(
        tmp_path,
        '[[rules.inside]]\nname = "zq"\ncontains = ["zh", "QX"]\nsearch = "zhi|qxa"\n'
        'category = "editor_note"\n',
    )
    assert fresh_read("Zhizhong", conv).category == "editor_note"
    assert fresh_read("qxa", conv).category == "editor_note"
    assert fresh_read("Xinjiang", conv).category == "supplied"
    assert fresh_read("He laughs", Conventions.default()).because.startswith("stage_direction:")


# -- the context chain's plans ---------------------------------------------------------------

_chain = importlib.import_module("lacuna.classify.context.chain")
_data = importlib.import_module("lacuna.classify.context.data")
_extents = importlib.import_module("lacuna.classify.context.extents")
_order = importlib.import_module("lacuna.classify.context.order")


def context_chain_reading(text: str, start: int, end: int, conv: Conventions) -> tuple[Any, ...]:
    """The reading of a cue-less span by the whole context chain: every active rule tried in
    order on the span's line (no plan, no cache), as (category, because, glossed offsets)."""
    from lacuna.classify.glossed import glossed_extent
    from lacuna.classify.view import _Before
    from lacuna.classify.words import _NEAR_WORD, _WINDOW, _word_facts

    facts = _data._inside_facts(text[start + 1 : end - 1], conv)
    near = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    if near is None:
        view = _Before(facts, None, None, False, conv, text, start, end, start)
    else:
        # (an elision glued before the nearest word is no part of it, as read_context reads it)
        word, word_start = _chain._after_elision(near.group(1), near.start(1))
        wf = _word_facts(word, conv)
        view = _Before(facts, wf, word, text[start - 1].isalpha(), conv, text, start, end, word_start)
    for rule in conv.ruler("context", _order.CONTEXT_RULES, _data._context_data_rule).active():
        decision = rule.fn(view)
        if decision is None:
            continue
        category, because, k = decision
        glossed = None
        if k is not None and near is not None:
            first = word_start if k == 0 else view.start_of(k)
            _, first, last = _extents._glossed(None, text, first, near.end(1), conv)  # type: ignore[arg-type]
            # then the glossed-extent step (lacuna.classify.glossed), as read_context does
            extent = glossed_extent(text, first, last, start, end, rule.name, conv)
            glossed = None if extent[0] is None else tuple(extent)
        return category, f"{rule.name}: {because}", glossed
    return "supplied", _DEFAULT_BECAUSE, None


def context_reading(text: str, start: int, end: int, conv: Conventions) -> tuple[Any, ...]:
    info = read_inside(text[start + 1 : end - 1], conv)
    assert info.because == _DEFAULT_BECAUSE
    got, glossed_start, glossed_end = _chain.read_context(info, text, start, end, conv)
    glossed = None if glossed_start is None else (glossed_start, glossed_end)
    return got.category, got.because, glossed


def _cueless_spans(text: str, conv: Conventions) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _BRACKET.finditer(text)
        if read_inside(m.group(1), conv).because == _DEFAULT_BECAUSE
    ]


_BRACKET = importlib.import_module("regex").compile(r"\[([^\[\]]*)\]")
_DEFAULT_BECAUSE = inside_mod._DEFAULT_BECAUSE

# words around cue-less spans that set off the context rules (names, titles, roles, quotes,
# abbreviations, dates, other scripts, original-language words, punctuation, line breaks)
_CONTEXT_WORDS = [
    "the", "partners", "the French and Italian delegations", "Playa Larga", "Larga Beach, Bay of Pigs",
    "the former", "deputy minister", "current", "Nguyen Co Thach", "Hall", "of", "Qinzheng",
    "Beijing", "Cde.", "Li Kenong", "the head of the delegation", "his", "successor", "Aleksandr",
    "Wang Ming", "Chen Shaoyu", "Pak Seong-min", "Pak Song Min", "air defence", "PVO", "UN",
    "Ambassador", "Mikhail", "Zimyanin", "Mao's", "Zedong", "said", "“kuaisu", "promptly”",
    "agreement", "soglasie", "early this year", "1967", "Москва", "Filippov", "Stalin", "MFA",
    "Ministry of Foreign Affairs", "he", "Letter fragment 2", "He laughs.", "2", ".", ",", "\n",
]  # fmt: skip
_CONTEXT_TEXTS = st.lists(
    st.one_of(st.sampled_from(_CONTEXT_WORDS), st.sampled_from(_CONTEXT_WORDS).map(lambda w: f"[{w}]")),
    max_size=25,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_CONTEXT_TEXTS)
@example("We met the partners [the French and Italian delegations] today.")
@example("Pak Seong-min [Pak Song Min] said. [He laughs.] Ambassador [Mikhail] Zimyanin left")
def test_context_plans_read_as_the_whole_chain(text: str) -> None:
    """A plan keeps the rules that may answer for its spans: each cue-less span reads as the
    whole context chain run on its line reads it, cold and warm."""
    conv = cold_table()  # the shipped table, its caches empty
    for _ in range(2):
        for start, end in _cueless_spans(text, conv):
            assert context_reading(text, start, end, conv) == context_chain_reading(text, start, end, conv)


def test_the_pages_read_as_the_whole_context_chain() -> None:
    """Every cue-less span of the sample documents and of the hand-labelled pages reads as the
    whole context chain reads it."""
    from test_parse_guard import texts

    conv = Conventions(Conventions.default().data)
    spans = 0
    for text in texts().values():
        for start, end in _cueless_spans(text, conv):
            spans += 1
            assert context_reading(text, start, end, conv) == context_chain_reading(text, start, end, conv)
    assert spans > 500


def count_context_rule_calls(text: str, conv: Conventions) -> int:
    """How many calls of the context chain's rules a parse of ``text`` makes (cold caches)."""
    codes = _chain_codes(
        conv,
        "context",
        _order.CONTEXT_RULES,
        _data._context_data_rule,
        _data.DataContextRule,
    )
    conv.clear_caches()
    return _calls_of(codes, lambda: lacuna.parse(text, conventions=conv))


@pytest.mark.pure_python
@pytest.mark.parametrize(
    ("line", "most"),
    [
        ("We met the partners [the French and Italian delegations] today.\n", 1),  # restates_phrase
        ("The talks [went well] today.\n", 1),  # learned (translates_words declines at the nearest word)
        ("and Pak Seong-min [Pak Song Min] came.\n", 4),  # same_name … other_name
        ("Ambassador [Mikhail] Zimyanin left.\n", 1),  # first_name
    ],
)
def test_a_span_runs_only_the_rules_its_plan_kept(line: str, most: int) -> None:
    """The chain is tried once per (inside, nearest word, gluedness); each further span with
    that plan calls only the rules that read more than the nearest word (at most ``most``
    here), not the chain's 30-odd rules."""
    conv = Conventions(Conventions.default().data)
    chain = conv.ruler("context", _order.CONTEXT_RULES, _data._context_data_rule).active()
    assert len(chain) >= 30
    once = count_context_rule_calls(line, conv)
    many = count_context_rule_calls(line * 101, conv)
    assert 0 < (many - once) <= 100 * most
    assert once > most


def test_a_context_rule_switched_off_or_added_by_a_user(tmp_path: Path) -> None:
    """``[rules] disable`` and ``[[rules.context]]`` in the conventions file act on the plans:
    the rule switched off is not called, the added one is (it reads the line: run per span)."""
    line = "We met the partners [the French and Italian delegations] today.\n"
    default = Conventions(Conventions.default().data)
    assert context_reading(line, 20, 56, default)[1].startswith("restates_phrase:")
    off = _load(tmp_path, '[rules]\ndisable = ["restates_phrase"]\n')
    got = context_reading(line, 20, 56, off)
    assert not got[1].startswith("restates_phrase:")
    assert got == context_chain_reading(line, 20, 56, off)
    added = _load(
        tmp_path,
        '[[rules.context]]\nname = "met_whom"\nbefore_rule = "restates_phrase"\n'
        'before = \'met the partners\'\ncategory = "gloss"\nbecause = "whom they met"\n',
    )
    text = line + "We saw the partners [the French and Italian delegations] today.\n"
    second = text.index("[", len(line))
    assert context_reading(text, 20, 56, added)[1] == "met_whom: whom they met"
    assert context_reading(text, second, second + 36, added)[1].startswith("restates_phrase:")
    for start in (20, second):
        end = start + 36
        assert context_reading(text, start, end, added) == context_chain_reading(text, start, end, added)


# -- the patterns of the data rules, tried together ------------------------------------------

_DATA_INSIDES = st.one_of(
    st.lists(
        st.sampled_from(
            [
                "noon", "p.m.", "a. m.", "May", "sept.", "born", "1917", "1917-1991", "d.", "about",
                "3", "million", "hours", "GMT", "photo", "by", "courtesy", "of", "Getty", "Images",
                "TASS", "PHOTO", "print", "this", "page", "back", "to", "top", "the", "Stalin", "|", "km",
            ]
        ),
        max_size=5,
    ).map(" ".join),
    st.text(max_size=20),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_DATA_INSIDES)
@example("noon")
@example("1917-1991")
@example("photo by TASS")
@example("about 3 million")
@example("TASS PHOTO")
@example("Tass photo")
def test_the_data_rules_patterns_tried_together_find_what_each_finds(inside: str) -> None:
    """The inside patterns of the context chain's data rules, tried as one alternation first,
    name the rules each pattern alone finds."""
    conv = Conventions.default()
    conv.ruler("context", _order.CONTEXT_RULES, _data._context_data_rule)
    rules = conv.data_rules("context")
    alone = frozenset(r.name for r in rules if r.inside is not None and r.inside.search(inside))
    assert _data._data_hits(inside, conv) == alone


class _Counted:
    """A pattern whose calls are counted."""

    def __init__(self, pattern: Any, calls: list[int]) -> None:
        self.pattern, self.calls = pattern, calls

    def search(self, text: str) -> Any:
        self.calls[0] += 1
        return self.pattern.search(text)

    def match(self, text: str) -> Any:
        self.calls[0] += 1
        return self.pattern.match(text)


def test_an_inside_no_data_rule_matches_costs_few_pattern_calls() -> None:
    """Most insides match no data rule's pattern: the patterns' alternatives anchored at the
    start are tried in one call and the others in another, so such an inside costs two
    calls, not one per rule (six in the shipped table)."""
    conv = Conventions(Conventions.default().data)
    conv.ruler("context", _order.CONTEXT_RULES, _data._context_data_rule)
    rules = conv.data_rules("context")
    assert sum(r.inside is not None for r in rules) >= 5
    hits = _data._DataHits(rules)
    calls = [0]
    hits.anchors = _Counted(hits.anchors, calls)
    hits.loose = _Counted(hits.loose, calls)
    for rule in rules:
        if rule.inside is not None:
            rule.inside = _Counted(rule.inside, calls)
    assert hits("the Soviet delegation") == frozenset()
    assert calls[0] == 2
    assert hits("noon") == {"corrected_time"}


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"\A(?:noon|midnight)\Z", [(r"\A(?:noon|midnight)\Z", True)]),
        (r"\A\d+\s?(?:km|miles)", [(r"\A\d+\s?(?:km|miles)", True)]),
        (r"\A(?:a)|b", [(r"\A(?:a)", True), ("b", False)]),  # "b" anywhere
        (r"\Aa|[|(]b\|", [(r"\Aa", True), (r"[|(]b\|", False)]),  # in a class or escaped: characters
        (r"\bphoto\b|(?-i:\A[A-Z]+ PRESS\Z)", [(r"\bphoto\b", False), (r"(?-i:\A[A-Z]+ PRESS\Z)", True)]),
        (r"(?-i:\Aa)b(c)", [(r"(?-i:\Aa)b(c)", False)]),  # the scoped group ends early
        (r"(?:\Aa)", [(r"(?:\Aa)", True)]),
        (r"(?=\Aa)a", [(r"(?=\Aa)a", False)]),  # (anchored, but not seen as such: searched)
        (r"\A(a)\1", None),  # a reference to a group, which an alternation would renumber
        (r"\A(?x)a b", None),  # a flag for the whole pattern
        (r"\A(a", None),
    ],
)
def test_which_alternatives_are_anchored_at_the_start(
    pattern: str, parts: list[tuple[str, bool]] | None
) -> None:
    got = _data._alternatives(pattern)
    if parts is None:
        assert got is None
    else:
        assert [(part, _data._anchored(part)) for part in got] == parts


@settings(max_examples=500)
@given(
    st.sets(st.text(alphabet="ab .()|?\\", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="ab .()|?\\", max_size=10),
)
def test_the_tree_of_literals_finds_what_the_literals_find(literals: set[str], text: str) -> None:
    """The inside chain's substring guards, as one tree of common beginnings, find a literal
    wherever one of them occurs (and nowhere else)."""
    import re

    tree = re.compile(literal_tree(literals))
    assert (tree.search(text) is not None) == any(literal in text for literal in literals)


@settings(max_examples=500)
@given(
    st.sets(st.text(alphabet="ab '.-", min_size=1, max_size=5), min_size=1, max_size=6),
    st.text(alphabet="ab '.-c", max_size=12),
)
def test_the_phrase_alternation_finds_what_the_longest_first_one_finds(phrases: set[str], text: str) -> None:
    """The conventions' whole-word phrase patterns (gap reasons, things on the paper), written
    as a tree, find the same matches as the longest-first alternation of the phrases."""
    import regex

    from lacuna.conventions import _alternation

    ordered = sorted(phrases, key=len, reverse=True)
    plain = regex.compile(r"(?<![\w'])(?:" + "|".join(map(regex.escape, ordered)) + r")(?![\w'])")
    tree = _alternation(list(phrases))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


# -- the shortcuts of the word facts and the learned rule (issue 14) ------------------------


@settings(max_examples=2000)
@example("PVO")
@example("PPSh")
@example("ZEMLYaK")
@example("U.S.")
@example("CA B")
@example("Stalin")
@example("Émile")
@given(st.text(alphabet="AZPaby. -'’ÉéЖж", max_size=8))
def test_the_word_shortcuts_answer_as_the_patterns(word: str) -> None:
    """A word's first letters, tested before the name, lower-case, acronym and transliterated
    capitals patterns, never turn away a word the pattern matches whole."""
    from lacuna.classify import words as w

    assert w._acronym(word) == (w._ACRONYM.fullmatch(word) is not None)
    assert w._mixed_acronym(word) == (w._MIXED_ACRONYM.fullmatch(word) is not None)
    assert w._translit_caps(word) == (w._TRANSLIT_CAPS.fullmatch(word) is not None)
    assert w._name_word(word) == (w._NAME_WORD.fullmatch(word) is not None)
    assert w._lower_word(word) == (w._LOWER_WORD.fullmatch(word) is not None)


@settings(max_examples=2000)
@given(st.text(alphabet="ab", max_size=14), st.text(alphabet="ab", max_size=14))
def test_similar_letters_need_lengths_that_allow_the_ratio(a: str, b: str) -> None:
    """``fuzz.ratio`` reaches the learned rule's threshold only where the lengths allow it."""
    from rapidfuzz import fuzz

    from lacuna.classify.learned import _SIMILAR, _may_be_similar

    if fuzz.ratio(a, b, score_cutoff=_SIMILAR) >= _SIMILAR:
        assert _may_be_similar(len(a), len(b))


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=4, unique=True),
    st.data(),
)
def test_the_learned_prediction_ranks_as_a_sort_would(categories: list[str], data: st.DataObject) -> None:
    """The winner and runner-up of ``predict`` (one pass) are the first two of the categories
    sorted by score, highest first, ties by name; the contributions are those two's weights'
    difference per feature, largest first."""
    import math

    from lacuna.classify.learned import Model, predict

    values = st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.5, 2.0])
    features = [f"f{i}" for i in range(5)]
    weights = {
        f: {c: data.draw(values) for c in data.draw(st.lists(st.sampled_from(categories), unique=True))}
        for f in features
    }
    model = Model(
        {
            "version": 1,
            "categories": categories,
            "bias": {c: data.draw(values) for c in categories},
            "weights": weights,
        }
    )
    present = data.draw(st.lists(st.sampled_from([*features, "unknown"]), unique=True))
    scores = model.vector(present)
    ranked = sorted(range(len(categories)), key=lambda i: (-scores[i], categories[i]))
    best, probability, contributions = predict(model, present)
    assert best == categories[ranked[0]]
    assert probability == 1.0 / sum(math.exp(s - scores[ranked[0]]) for s in scores)
    if len(categories) == 1:
        assert contributions == []
        return
    second = categories[ranked[1]]
    expected = [
        (f, weights[f].get(best, 0.0) - weights[f].get(second, 0.0))
        for f in present
        if f in weights and weights[f].get(best, 0.0) - weights[f].get(second, 0.0)
    ]
    assert contributions == sorted(expected, key=lambda fc: (-abs(fc[1]), fc[0]))


@settings(max_examples=500)
@given(
    st.sets(st.text(alphabet="aB .", min_size=1, max_size=6), min_size=1, max_size=5),
    st.text(alphabet="aAbB .\t", max_size=10),
)
def test_a_vocabulary_tree_matches_the_phrases_alternation(words: set[str], inside: str) -> None:
    """A data context rule's ``words``, written as a tree of the phrases' beginnings, match the
    whole insides their plain alternation matches (case and white space as before)."""
    import regex

    phrases = {r"\s+".join(map(regex.escape, w.split())) for w in words}
    plain = regex.compile(
        r"\A(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + r")\Z", regex.IGNORECASE
    )
    tree = regex.compile(_data._vocabulary(sorted(words)), regex.IGNORECASE)
    assert (tree.search(inside) is not None) == (plain.search(inside) is not None)
