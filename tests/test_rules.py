"""The classifier's rule chains: named, ordered, switchable, extensible with data."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from conftest import cold_table
from lacuna.classify import (
    CONTEXT_RULES,
    DOUBT_RULES,
    INSIDE_RULES,
    NOTE_RULES,
    NUMBER_RULES,
    RULE_CHAINS,
    read_context,
    read_inside,
)
from lacuna.classify.inside import _DEFAULT_BECAUSE
from lacuna.errors import LacunaError
from lacuna.rules import Rule, Ruler


def first_span(text: str, conv: lacuna.Conventions | None = None) -> lacuna.Span:
    return next(lacuna.parse(text, conventions=conv).spans())


def test_ruler_orders_adds_replaces_and_switches_off():
    ruler: Ruler = Ruler([("a", len), ("c", len)])
    ruler.before("c", "b", len)
    ruler.after("c", "d", len)
    ruler.push("e", len)
    assert ruler.names() == ["a", "b", "c", "d", "e"]
    ruler.disable(["b", "d"])
    assert [r.name for r in ruler.active()] == ["a", "c", "e"]
    ruler.enable("b")
    assert [r.name for r in ruler.active()] == ["a", "b", "c", "e"]
    ruler.at("a", str)
    assert ruler.rules[0].fn is str
    with pytest.raises(LacunaError, match="no rule named 'zz'"):
        ruler.disable("zz")
    with pytest.raises(LacunaError, match="already"):
        ruler.push("a", len)


def test_copy_is_independent():
    ruler: Ruler = Ruler([("a", len)])
    other = ruler.copy()
    other.push("b", len)
    assert ruler.names() == ["a"]


def test_every_shipped_rule_has_a_name_and_a_docstring():
    for chain in RULE_CHAINS.values():
        names = chain.names()
        assert len(names) == len(set(names))
        for rule in chain.rules:
            assert rule.doc, rule.name


def test_a_data_rule_instance_has_its_class_docstring():
    # a callable instance (a data rule: a compiled class on the compiled build, whose instances
    # keep no __doc__) is read by its class's docstring, on both builds
    from lacuna.classify.context.data import DataContextRule
    from lacuna.rules import docstring

    rule = DataContextRule({"name": "probe", "category": "gap", "inside": "x"})
    assert docstring(rule).startswith("A context rule written as data ")
    assert Rule("probe", rule).doc.startswith("A context rule written as data ")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("as authorized by the Center [Moscow], outlined the", "pseudonym_before"),
        ("Filippov [Stalin] said", "surname_after_surname"),
        ("there are [no] reasons", "function_word"),
        ("[word off the page]", "gap_reason"),
        ("[sic]", "sic"),
        ("Molotov[1] said", "glued_reference"),
        ("at 10 [12] a.m. the", "corrected_figure"),
        ("[Page 3 of 5]", "page_of"),  # a data rule of the shipped table
    ],
)
def test_because_starts_with_the_rule_name(text, rule):
    assert first_span(text).because.startswith(rule + ": ")


def test_spans_explain_shows_the_rule(capsys, petrov_path):
    from lacuna.cli import main

    assert main(["spans", str(petrov_path), "--format", "table", "--explain"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    known = {name for chain in RULE_CHAINS.values() for name in chain.names()}
    # and the shipped rules written as data in conventions.toml
    shipped = lacuna.Conventions.default().section("rules")
    known |= {spec["name"] for chain in ("inside", "context") for spec in shipped.get(chain, [])}
    for row in rows:
        because = row[-1]
        if because.startswith("double brackets around: "):
            because = because.removeprefix("double brackets around: ")
        assert because.split(":", 1)[0] in known, row


def test_the_chains_deciding_a_reading_are_listed_in_one_place():
    assert list(RULE_CHAINS) == ["inside", "context", "number", "doubt", "note"]
    assert [RULE_CHAINS[c] for c in RULE_CHAINS] == [
        INSIDE_RULES,
        CONTEXT_RULES,
        NUMBER_RULES,
        DOUBT_RULES,
        NOTE_RULES,
    ]
    assert DOUBT_RULES.names() == ["doubtful_identification", "doubtful_spelling", "queried_rendering"]
    names = [name for chain in RULE_CHAINS.values() for name in chain.names()]
    assert len(names) == len(set(names))  # a name switches one rule off, in one chain


# the Nixon Library's tape subject log (dev: nixonfoundation.org/?p=12222)
_DOUBTFUL = "The President talked with an unknown person [H.R. (“Bob”) Haldeman?] at an unknown time"


def test_doubtful_identification_is_a_rule_of_the_doubt_chain(tmp_path):
    span = first_span(_DOUBTFUL)
    assert (span.category, span.because.partition(":")[0]) == ("gloss", "doubtful_identification")
    assert span.info.conjecture == "H.R. (“Bob”) Haldeman"  # the reading's fields kept
    user = tmp_path / "conv.toml"
    user.write_text('[rules]\ndisable = ["doubtful_identification"]\n', encoding="utf-8")
    conv = lacuna.Conventions.load(user)
    off = first_span(_DOUBTFUL, conv)
    assert (off.category, off.because.partition(":")[0]) == ("uncertain", "question_edge")
    assert [r.name for r in conv.ruler("doubt", DOUBT_RULES, None).active()] == [
        "doubtful_spelling",
        "queried_rendering",
    ]
    # a near miss: one lower-case word after a noun stays uncertain (Nixon tape log, Miller Center)
    near = first_span("Unknown issue [abortion?]\n-Public opinion")
    assert (near.category, near.because.partition(":")[0]) == ("uncertain", "question_edge")


def test_doubtful_identification_is_explained(capsys, tmp_path):
    from lacuna.cli import main

    page = tmp_path / "log.txt"
    page.write_text(_DOUBTFUL + "\n", encoding="utf-8")
    assert main(["spans", str(page), "--format", "table", "--explain"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    assert [row[-1].partition(":")[0] for row in rows] == ["doubtful_identification"]


def test_a_rule_switched_off_in_the_conventions_file(tmp_path):
    user = tmp_path / "conv.toml"
    user.write_text('[rules]\ndisable = ["first_name"]\n', encoding="utf-8")
    conv = lacuna.Conventions.load(user)
    # without the rule, the name after the title is read as the title's gloss again
    assert first_span("Ambassador [Mikhail] Zimyanin left").category == "supplied"
    assert first_span("Ambassador [Mikhail] Zimyanin left", conv).category == "gloss"


def test_data_rules_inside_and_context(tmp_path):
    user = tmp_path / "conv.toml"
    user.write_text(
        "[[rules.inside]]\n"
        'name = "folio"\n'
        "match = 'leaf\\s?(?P<number>\\d{1,4})[ab]'\n"
        'category = "page_break"\n'
        'because = "a folio side"\n'
        "[[rules.context]]\n"
        'name = "cover_name"\n'
        'before_rule = "gloss_cue"\n'
        "inside = '\\A\\p{Lu}{3,}\\Z'\n"
        "after = '(?:was|is) (?:his|her) cover name'\n"
        'category = "gloss"\n',
        encoding="utf-8",
    )
    conv = lacuna.Conventions.load(user)
    # (a leaf and its column, a or b: the shipped folio_marker reads a leaf's side, r or v)
    folio = first_span("[leaf 12b]", conv)
    assert (folio.category, folio.info.number, folio.because) == ("page_break", "12", "folio: a folio side")
    assert first_span("[leaf 12b]").category != "page_break"
    span = first_span("Rosenberg [LIBERAL] was his cover name", conv)
    assert (span.category, span.because) == ("gloss", "cover_name: data rule")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[rules]\ndisable = "first_name"\n', "rules.disable must be an array of rule names"),
        ('[[rules.inside]]\nname = "x"\nmatch = "a"\ncategory = "bogus"\n', "unknown category 'bogus'"),
        (
            '[[rules.inside]]\nname = "x"\ncategory = "gap"\n',
            "rules.inside[0].match (or search) must be a string",
        ),
        ('[[rules.context]]\nname = "x"\ninside = "("\ncategory = "gap"\n', "not a regular expression"),
    ],
)
def test_unusable_rules_are_a_clean_error(tmp_path, toml, message):
    user = tmp_path / "conv.toml"
    user.write_text(toml, encoding="utf-8")
    with pytest.raises(LacunaError, match="invalid conventions file") as caught:
        lacuna.Conventions.load(user)
    assert message in str(caught.value)


@pytest.mark.pure_python
def test_plans_are_reused_across_spans(monkeypatch):
    """The context chain runs once per (inside, nearest word, gluedness), not once per span."""
    import lacuna.classify.context.chain as context

    conv = lacuna.Conventions(lacuna.Conventions.default().data)  # a fresh table: empty caches
    calls = 0
    real = context._decide

    def counting(c, further=None):
        nonlocal calls
        calls += further is None  # planning calls; a plan's further reading is per span
        return real(c, further)

    monkeypatch.setattr(context, "_decide", counting)
    lacuna.parse("there are [no] reasons. " * 200, conventions=conv)
    assert calls == 1


# words around cue-less spans whose rules read more than the nearest word (names of several
# words, titles of two words, noun phrases, shared words, places joined by "of")
_LINE_WORDS = [
    "the", "partners", "the French and Italian delegations", "Playa Larga", "Larga Beach, Bay of Pigs",
    "the former", "deputy minister", "current", "Nguyen Co Thach", "Hall", "of", "Qinzheng", "Beijing",
    "Cde.", "Li Kenong", "the head of the delegation", "his", "successor", "Aleksandr", "Wang Ming",
    "Chen Shaoyu", "Pak Seong-min", "Pak Song Min", "air defence", "PVO", "General", "Assembly",
    "UN", "Ambassador", "Mikhail", "Zimyanin", "two sides", "Mao", "Zedong", "said", ".", ",", "\n",
]  # fmt: skip
_LINES = st.lists(
    st.one_of(
        st.sampled_from(_LINE_WORDS),
        st.sampled_from(_LINE_WORDS).map(lambda w: f"[{w}]"),
    ),
    max_size=25,
).map(" ".join)
_BRACKET = regex.compile(r"\[([^\[\]]*)\]")


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_cached_context_decisions_equal_uncached(text):
    """The plans cached per (inside, nearest word) and per window of words decide as the
    chain run for the span alone does, cold and warm."""
    conv = cold_table()  # the shipped table, its caches empty
    for _ in range(2):  # cold, then warm
        for m in _BRACKET.finditer(text):
            info = read_inside(m.group(1), conv)
            if info.because != _DEFAULT_BECAUSE:
                continue
            cached = read_context(info, text, m.start(), m.end(), conv)
            alone = read_context(info, text, m.start(), m.end(), conv, cached=False)
            assert cached == alone, m.group()


@pytest.mark.pure_python
def test_a_span_whose_rules_read_its_line_is_planned_once(monkeypatch):
    """``the partners [the French and Italian delegations]``: restates_phrase reads the word
    before the nearest; the chain is planned once for the inside and nearest word, then each
    span runs the rules the plan kept (tests/test_parse_speed.py counts those)."""
    import lacuna.classify.context.chain as context

    conv = lacuna.Conventions(lacuna.Conventions.default().data)
    plans = spans = 0
    real = context._decide

    def counting(c, further=None):
        nonlocal plans, spans
        if further is None:
            plans += 1
        else:
            spans += 1
        return real(c, further)

    monkeypatch.setattr(context, "_decide", counting)
    doc = lacuna.parse(
        "We met the partners [the French and Italian delegations] today.\n" * 50, conventions=conv
    )
    assert {s.info.category for s in doc.spans()} == {"gloss"}
    assert (plans, spans) == (1, 50)
