"""Properties a user of lacuna.strategies would expect and no other test checks: the clean
edition's brackets, span records' order and nesting, any bracket-heavy text through every
edition, and the word diff (``lacuna diff``) of a text with itself and around page markers."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import strategies as lst
from lacuna.collate.align import diff
from lacuna.collate.changes import changes
from lacuna.editorial import CLEAN_RULES, clean_action, clean_table
from lacuna.render import clean, to_json
from lacuna.spans import span_records

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# top-level spans only, no nesting: a span's brackets are its own two
_FLAT = st.lists(st.one_of(lst.plain_text(), lst.span()), max_size=10).map(" ".join)


@SETTINGS
@given(_FLAT)
def test_clean_shows_the_brackets_of_kept_spans_only(text):
    # with a gap mark and notes without brackets, the clean edition's brackets are those of
    # the spans it keeps as written; a dropped, unwrapped, read or marked span leaves none
    doc = lacuna.parse(text)
    table = clean_table({"footnote_ref": "drop", **CLEAN_RULES})
    kept = [s for s in doc.spans() if clean_action(s, table) == "keep"]
    out = clean(doc, gap_mark="…", notes="drop")
    assert out.count("[") == sum(s.text.count("[") for s in kept)
    assert out.count("]") == sum(s.text.count("]") for s in kept)


@SETTINGS
@given(lst.markup())
def test_span_records_are_in_order_and_nest(text):
    # records come in source order; two records are disjoint or one lies inside the other,
    # and nested_in names the innermost record around it
    records = list(span_records(lacuna.parse(text)))
    starts = [r["start"] for r in records]
    assert starts == sorted(starts)
    open_: list[dict] = []
    for r in records:
        while open_ and open_[-1]["end"] <= r["start"]:
            open_.pop()
        if open_:
            assert r["end"] <= open_[-1]["end"], (open_[-1], r)
            assert r["nested_in"] == open_[-1]["start"]
        else:
            assert r["nested_in"] is None
        open_.append(r)


_BRACKETY = st.text(
    st.one_of(
        st.sampled_from(list("[]()\"'“”‘’«»:;?!.,…-—\n\r\t  \x00\ufeff\ufffc")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=60,
) | st.lists(
    st.sampled_from(
        ["[", "]", "[?", "?]", "[sic", "[Page 3]", "[…]", "Filippov", " ", "\n\n", ":", '"', "[1]"]
    ),
    max_size=20,
).map("".join)


@SETTINGS
@given(_BRACKETY)
def test_any_text_goes_through_every_edition(text):
    # lenient parsing reads anything, and every edition renders what it read
    from lacuna.render.html import to_html
    from lacuna.render.tei import to_tei

    doc = lacuna.parse(text)
    assert doc.source() == text
    for notes in ("end", "inline", "drop"):
        clean(doc, notes=notes)
    data = json.loads(to_json(doc))
    for n in data["nodes"]:
        assert n["text"] is None or text[n["start"] : n["end"]] == n["text"]
    to_tei(doc)
    to_html(doc)
    for r in span_records(doc):
        assert text[r["start"] : r["end"]] == r["text"]
    lacuna.normalize(text)


@SETTINGS
@given(lst.markup())
def test_a_text_differs_from_itself_nowhere(text):
    assert changes(diff(text, text)) == []


@settings(SETTINGS, max_examples=50)
@given(st.lists(st.one_of(lst.plain_text(), lst.span()), min_size=1, max_size=8), st.data())
def test_diff_sides_swap(parts, data):
    # diff(b, a) finds a change exactly when diff(a, b) does: when the words or their markup
    # differ. (Not the same changes: the aligner anchors on words found once on each side, as
    # patience diff does, and which anchors it keeps depends on the side; with a word moved
    # past repeated ones, ``[Mao] Filippov [Stalin] Filippov [Stalin] […]`` against the same
    # with ``[Mao]`` last, one side keeps three words, the other one.)
    a = " ".join(parts)
    b = " ".join(data.draw(st.permutations(parts)))
    ab, ba = diff(a, b), diff(b, a)
    same = [(t.key, t.status) for t in ab.tokens_a] == [(t.key, t.status) for t in ab.tokens_b]
    assert (changes(ab) == []) == (changes(ba) == [])
    if same:
        assert changes(ab) == [] or {c.kind for c in changes(ab)} == {"gloss"}


def _readings(doc: lacuna.Document) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in doc.spans() if s.category != "page_break"]


@SETTINGS
@given(st.lists(st.one_of(lst.words(), lst.span()), min_size=1, max_size=8), st.data(), st.integers(1, 9999))
def test_a_page_marker_between_parts_is_no_change(parts, data, n):
    # a page marker is no word: put between the parts of a text, it changes nothing the diff
    # shows, as long as it changes no reading around it (``[Stalin]`` alone is supplied,
    # ``[Page 1] [Stalin]`` an editor's note)
    a = " ".join(parts)
    i = data.draw(st.integers(0, len(parts)))
    b = " ".join([*parts[:i], f"[Page {n}]", *parts[i:]])
    da, db = lacuna.parse(a), lacuna.parse(b)
    assume(_readings(da) == _readings(db))
    assert changes(diff(da, db)) == []


@SETTINGS
@given(lst.markup())
def test_every_reading_has_a_category_and_says_why(text):
    for r in span_records(lacuna.parse(text)):
        assert r["category"] in lacuna.CATEGORIES, r
        assert isinstance(r["because"], str) and r["because"].strip(), r
