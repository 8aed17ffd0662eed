"""The tree is compact: a parse stores a few numbers per span, no object per node, and makes
the typed nodes on demand, once (memory counted with tracemalloc, never timed)."""

from __future__ import annotations

import gc
import sys
import tracemalloc

from hypothesis import given, settings

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Document, Gloss, Span, Text

_UNIT = "Filippov [Stalin] said [word missing] that [?the?] talks [are] [Translator's note: sic] over. "


def _retained(text: str) -> tuple[Document, int, int]:
    """Parse ``text``; the document and the bytes and blocks the parse left allocated."""
    # bounded caches filled by earlier tests could empty themselves during the measured parse
    lacuna.Conventions.default().clear_caches()
    lacuna.parse(text)  # the insides read once: the caches are not the tree
    tracemalloc.start()
    try:
        doc = lacuna.parse(text)
        gc.collect()  # empties the free lists: freed small tuples there are not retained
        snapshot = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    stats = snapshot.statistics("filename")
    return doc, sum(s.size for s in stats), sum(s.count for s in stats)


def test_a_parse_makes_no_object_per_node() -> None:
    small_doc, _, small_blocks = _retained(_UNIT * 100)  # 500 spans, 1100 nodes
    big_doc, big_bytes, big_blocks = _retained(_UNIT * 1000)  # 5000 spans
    assert small_doc.tree is not None and len(big_doc.tree) == 5000
    # the arrays grow in place: the blocks do not grow with the spans
    assert big_blocks <= small_blocks + 10
    # four numbers and a shared reading per span (4 + 4 + 4 + 8 bytes), arrays over-allocated
    assert big_bytes / 5000 <= 40


def test_nodes_are_made_on_demand_once() -> None:
    doc = lacuna.parse("a [b [c] d] Filippov [Stalin] [f]")
    tracemalloc.start()
    try:
        first = doc.children
        before = tracemalloc.take_snapshot()
        again = doc.children
        span = first[1]
        inner_first, inner_again = span.children, span.children
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert first is again and inner_first is inner_again
    assert [type(n).__name__ for n in first] == ["Text", "Supplied", "Text", "Gloss", "Text", "Supplied"]
    assert isinstance(first[3], Gloss) and first[3].glossed == "Filippov"
    assert [type(n) for n in span.children] == [Text, type(span.children[1]), Text]
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert grown < 1000  # one tuple of three nodes made, nothing made twice


@settings(max_examples=200, deadline=None)
@given(lst.markup())
def test_lazy_nodes_are_the_tree(text: str) -> None:
    doc = lacuna.parse(text)
    spans = list(doc.spans())
    tree = doc.tree
    assert tree is not None
    assert [(s.start, s.end, s.info) for s in spans] == [
        (tree.starts[i], tree.ends[i], tree.infos[i]) for i in range(len(tree))
    ]
    for span in spans:
        assert span.children is span.children
        inner = [c for c in span.children if isinstance(c, Span)]
        assert sum(1 for _ in inner) <= len(span.children)
        # the children cover the inside exactly: text runs between the child spans
        assert "".join(c.text for c in span.children) == span.inside
    assert "".join(c.text for c in doc.children) == text
    assert doc.source() == text


_WORDS = "agreement treaty railway port loan credit army navy border river".split()
#: Thirty units, each of five spans that read alike in every unit (the insides differ: the
#: translator's notes, the supplied words).
_ALIKE = "".join(
    f"Filippov [Stalin] said [word missing] that the [{w}] talks [are] over "
    f"[Translator's note: the {w} is unclear]. "
    for w in _WORDS * 3
)


def _bounded(monkeypatch, limit: int) -> None:
    """Every cache of the classifier emptied after ``limit`` entries, as a long text's are."""
    inside = sys.modules["lacuna.classify.inside.chain"]  # (which holds and reads the caches)
    context = sys.modules["lacuna.classify.context.chain"]
    words = sys.modules["lacuna.classify.words"]
    monkeypatch.setattr(inside, "_CACHE_LIMIT", limit)
    monkeypatch.setattr(inside, "_READINGS_LIMIT", limit)
    monkeypatch.setattr(inside, "_READINGS", {})
    # (patched where they are read: a patch on another module, the package, would do nothing)
    assert inside.read_inside.__globals__ is inside._shared_reading.__globals__ is vars(inside)
    monkeypatch.setattr(context, "_PLANS_LIMIT", limit)
    monkeypatch.setattr(context, "_SHARED_LIMIT", limit)
    monkeypatch.setattr(context, "_SHARED", {})
    monkeypatch.setattr(words, "_VARIANTS_LIMIT", limit)
    monkeypatch.setattr(words, "_VARIANTS", {})
    monkeypatch.setattr(words, "_variants_kept", 0)
    lacuna.Conventions.default().clear_caches()


def test_spans_that_read_alike_share_one_reading_and_one_because(monkeypatch) -> None:
    _bounded(monkeypatch, 16)  # the insides' and plans' caches are emptied during the parse
    infos = lacuna.parse(_ALIKE).tree.infos
    assert len(infos) == 150
    assert len(set(infos)) <= 10  # (five, as the rules read it today)
    # one object per reading and per ``because``, not one per span or per cache entry
    assert len({id(i) for i in infos}) == len(set(infos))
    assert len({id(i.because) for i in infos}) == len({i.because for i in infos})
    lacuna.Conventions.default().clear_caches()


def test_the_readings_caches_stay_within_their_bounds_and_decide_alike(monkeypatch) -> None:
    text = (_UNIT * 20) + _ALIKE
    lacuna.Conventions.default().clear_caches()
    expected = [(s.start, s.end, s.info) for s in lacuna.parse(text).spans()]
    _bounded(monkeypatch, 4)
    assert [(s.start, s.end, s.info) for s in lacuna.parse(text).spans()] == expected
    inside = sys.modules["lacuna.classify.inside.chain"]  # (which holds and reads the caches)
    context = sys.modules["lacuna.classify.context.chain"]
    words = sys.modules["lacuna.classify.words"]
    assert 0 < len(inside._READINGS) <= 4
    assert 0 < len(lacuna.Conventions.default()._cache) <= 4  # (the insides' cache, 25 unbounded)
    assert 0 < len(context._SHARED) <= 4
    kept = sum(len(variants) for _, variants in words._VARIANTS.values())
    assert 0 < kept == words._variants_kept <= 4
    lacuna.Conventions.default().clear_caches()


def _preimages_one_character_at_a_time() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000 or code == 0x130:
            continue
        lower = chr(code).lower()
        if lower != chr(code) and ord(lower) >= 0x80:
            out[lower] = out.get(lower, lower) + chr(code)
    return out


def test_the_lower_case_preimages_are_built_in_small_blocks() -> None:
    from lacuna.normalize import automata

    build = automata._lower_preimages.__wrapped__
    tracemalloc.start()
    try:
        preimages = build()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # (all code points at once: 26 MB)
    # the same characters in the same order as one character at a time (and as the build of
    # all code points at once, whose only context-dependent lower case, the capital sigma's,
    # has no cased letter before it: U+03A2 is unassigned)
    assert list(preimages.items()) == list(_preimages_one_character_at_a_time().items())
    assert preimages["\u03c3"] == "\u03c3\u03a3"  # sigma: the capital, alone, lowers to it
    assert preimages["\u03c9"] == "\u03c9\u03a9\u2126"  # omega: the capital and the ohm sign
    assert "k" not in preimages  # (the Kelvin sign lowers to ASCII: left out)


def test_a_variant_is_one_object_per_reading_category_and_because() -> None:
    from lacuna.ast import SpanInfo
    from lacuna.classify.words import _variant

    info = SpanInfo("supplied", because="default: words without a cue")
    gloss = _variant(info, "gloss", "a rule: its reason")
    supplied = _variant(info, "supplied", "a rule: its reason")
    assert (gloss.category, supplied.category) == ("gloss", "supplied")
    assert gloss.because == supplied.because == "a rule: its reason"
    assert _variant(info, "gloss", "a rule: its reason") is gloss
    assert _variant(info, "supplied", "a rule: " + "its reason") is supplied


def test_clear_caches_empties_the_classifiers_stores() -> None:
    """``Conventions.clear_caches`` leaves no reading of an earlier parse in the modules' bounded
    stores, so a parse after it starts from the same state whatever ran before (a store that
    filled up and emptied itself during a measured parse made its counts vary)."""
    from lacuna.classify import glossed, inside, words
    from lacuna.classify.context import chain as context

    lacuna.parse(_UNIT * 20 + "the Central Committee [CC] met. Ambassador [Mikhail] Zimyanin left.")
    stores = {
        "words._VARIANTS": lambda: len(words._VARIANTS),
        "inside._READINGS": lambda: len(inside._READINGS),
        "context._SHARED": lambda: len(context._SHARED),
        "glossed insides": lambda: sum(len(d.insides) for _, d in glossed._DATA.values()),
    }
    assert all(size() > 0 for size in stores.values()), {k: v() for k, v in stores.items()}
    lacuna.Conventions.default().clear_caches()
    assert {k: v() for k, v in stores.items()} == dict.fromkeys(stores, 0)
