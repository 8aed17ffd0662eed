"""One reading walk: the collation's tokens and the lacunae report read the text as the clean
edition does (lacuna.editorial.reading_pieces), checked by hand and over generated documents."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import strategies as lst
from lacuna.collate.tokens import NOTES_RULES, READING_RULES, tokenize
from lacuna.editorial import (
    CLEAN_RULES,
    DEFAULT_GAP_MARK,
    clean_action,
    descend,
    piece_scopes,
    reading_pieces,
)
from lacuna.lacunae import analyse
from lacuna.normalize import normalize
from lacuna.render.clean import clean

#: A word of a reading, or the gap mark.
WORD = regex.compile(r"\[…\]|[\w\p{M}]+")


def reading_words(text: str) -> list[str]:
    return WORD.findall(text)


def token_words(tokens) -> list[str]:
    return reading_words(" ".join(DEFAULT_GAP_MARK if t.status == "gap" else t.text for t in tokens))


# -- the walk's scopes, by hand -----------------------------------------------------------


def test_each_piece_knows_the_span_that_made_it():
    # a=0 ' '=1 [=2 no=3,4 ]=5 ' b '=6..8 [=9 ?=10 c=11 ?=12 ]=13 ' d'=14,15
    doc = lacuna.parse("a [no] b [?c?] d")
    changes = []
    pieces, shown = reading_pieces(doc, CLEAN_RULES, scopes=changes)
    scopes = piece_scopes(len(pieces), changes)
    got = [
        (a0, a1, out, s.span.category if s else None)
        for (a0, a1, out, _), s in zip(pieces, scopes, strict=True)
    ]
    assert got == [
        (0, 2, "a ", None),
        (2, 3, "", "supplied"),  # its bracket
        (3, 5, "no", "supplied"),
        (5, 6, "", "supplied"),
        (6, 9, " b ", None),
        (9, 11, "", "uncertain"),  # the bracket and question mark
        (11, 12, "c", "uncertain"),
        (12, 14, "", "uncertain"),
        (14, 16, " d", None),
    ]
    assert [s.action if s else None for s in scopes] == [None, *["unwrap"] * 3, None, *["reading"] * 3, None]
    assert scopes[6].reading == (11, 12)  # where the reading "c" is in the text
    assert shown == [0, 2, 4, 6, 8]
    # the scopes cost nothing to a walk that does not ask for them
    assert reading_pieces(doc, CLEAN_RULES) == (pieces, shown)


def test_a_scope_inside_a_span_read_through_knows_its_parent():
    doc = lacuna.parse("[the [?USSR?]] and")
    changes = []
    pieces, _ = reading_pieces(doc, CLEAN_RULES, scopes=changes)
    scopes = piece_scopes(len(pieces), changes)
    uncertain = next(s for (_, _, out, _), s in zip(pieces, scopes, strict=True) if out == "USSR")
    assert uncertain.span.category == "uncertain" and uncertain.parent.span.text == "[the [?USSR?]]"
    assert uncertain.parent.parent is None


# -- collation tokens read as the clean edition reads ---------------------------------------


def test_a_note_inside_a_word_leaves_one_word_as_in_the_clean_edition():
    text = "Hun[Translator's note: born 1902]gary"
    doc = lacuna.parse(text)
    assert clean(doc) == "Hungary"
    (tok,) = tokenize(doc)
    assert (tok.text, tok.key, tok.status, text[tok.start : tok.end]) == ("Hungary", "hungary", "plain", text)
    with_notes = [(t.text, t.status) for t in tokenize(doc, notes=True)]
    assert with_notes == [
        ("Hun", "plain"),
        ("Translator's", "note"),
        ("note", "note"),
        ("born", "note"),
        ("1902", "note"),
        ("gary", "plain"),
    ]


def test_the_reading_rules_are_the_clean_rules_but_glosses_and_other_brackets():
    assert {k: v for k, v in READING_RULES.items() if CLEAN_RULES.get(k) != v} == {
        "gloss": "drop",
        "other": "unwrap",
    }


@settings(max_examples=300)
@given(st.one_of(lst.document(), lst.markup()))
def test_tokens_are_the_words_of_the_clean_reading(text):
    doc = lacuna.parse(text)
    reading = clean(doc, rules=READING_RULES, notes="inline")
    # key steps that keep each word a word: the tokens are the reading's words, one for one
    assert token_words(tokenize(doc, steps="casefold")) == reading_words(reading)
    # the default steps may key a written word as two (NFKC: "Ŀ0" → "L·0"): the same characters
    assert "".join(token_words(tokenize(doc))) == "".join(reading_words(reading))


@settings(max_examples=200)
@given(lst.markup())
def test_tokens_with_notes_hold_the_characters_of_the_reading_with_notes(text):
    doc = lacuna.parse(text)
    with_notes = clean(doc, rules=NOTES_RULES, notes="inline")
    assert "".join(token_words(tokenize(doc, notes=True, steps="casefold"))) == "".join(
        reading_words(with_notes)
    )


# -- the lacunae report and the clean edition ---------------------------------------------


def test_a_gap_in_a_dropped_note_is_reported_but_not_in_the_reading():
    text = "x [Note: the [illegible] word] y [one word missing] z"
    doc = lacuna.parse(text)
    report = analyse(doc)
    assert [(lac.kind, lac.text, lac.before, lac.after) for lac in report.lacunae] == [
        ("gap", "[illegible]", "x", "y […] z"),
        ("gap", "[one word missing]", "x y", "z"),
    ]
    assert clean(doc) == "x y […] z"


def test_shares_count_the_innermost_span():
    report = analyse(lacuna.parse("[the [?USSR?]] and Filippov [Stalin]."))
    t = report.totals
    assert t["clean_chars"] == len("the USSR and Filippov [Stalin].")
    # "the " is supplied, "USSR" the uncertain reading inside it, "[Stalin]" the gloss
    assert (t["supplied_chars"], t["uncertain_chars"], t["glossed_chars"]) == (4, 4, 8)


def _rendered_whole(doc, start: int, end: int) -> str | None:
    """The action of the outermost span around ``[start, end)`` that READING_RULES renders
    whole (not reading through its children), or None."""
    for s in doc.spans():  # outermost first
        if s.start <= start and end <= s.end and (s.start, s.end) != (start, end):
            if descend(s, READING_RULES) is None:
                return clean_action(s, READING_RULES)
    return None


@settings(max_examples=300)
@given(st.one_of(lst.document(), lst.markup()), st.booleans())
def test_each_lacuna_is_where_the_reading_shows_its_gap_mark(text, crlf):
    if crlf:
        text = text.replace("\n", "\r\n")
    doc = lacuna.parse(text)
    read = normalize(doc, "brackets", bracket_rules=READING_RULES)
    # the clean reading, but that the step writes the brackets it keeps as text as ⁅ ⁆
    assert reading_words(read.text) == reading_words(clean(doc, rules=READING_RULES, notes="inline"))
    for lac in analyse(doc).lacunae:
        a, b = read.from_original_span(lac.start, lac.end)
        whole = _rendered_whole(doc, lac.start, lac.end)
        if whole == "drop":
            assert a == b  # inside a span the reading drops: nothing of it is read
            continue
        if whole == "mark":  # inside a gap: [[…]]
            assert read.text[a:b] == DEFAULT_GAP_MARK
            continue
        assert whole is None
        if lac.kind == "uncertain":  # the reading shows its words, as it reads the span alone
            alone = clean(lacuna.parse(lac.text), rules=READING_RULES, notes="inline")
            assert reading_words(read.text[a:b]) == reading_words(alone)
            continue
        assert read.text[a:b] == DEFAULT_GAP_MARK
        # its context is the reading's words on each side of the mark
        before = "".join(reading_words(lac.before))
        after = "".join(reading_words(lac.after))
        assert "".join(reading_words(read.text[:a])).endswith(before)
        assert "".join(reading_words(read.text[b:])).startswith(after)
        assert bool(before) == bool(reading_words(read.text[:a]))
        assert bool(after) == bool(reading_words(read.text[b:]))


def test_the_editorial_package_keeps_its_public_names():
    import lacuna.editorial

    names = ["CLEAN_RULES", "DEFAULT_GAP_MARK", "NOTE_PLACES", "SEAM", "Decisions", "Footnote"]
    names += ["Footnotes", "Scope", "clean_action", "clean_table", "collector_paused", "convention"]
    names += ["descend"]
    names += ["footnote_id", "footnotes", "info_action", "piece_scopes", "reading_pieces", "seam_cuts"]
    names += ["seam_ranges"]
    names += ["GLOSS_RELATIONS", "gloss_relation"]  # what a gloss says of the words before it (TEI)
    assert sorted(lacuna.editorial.__all__) == sorted(names)
    assert all(getattr(lacuna.editorial, name) is not None for name in lacuna.editorial.__all__)
    assert lacuna.editorial.reading_pieces.__module__ == "lacuna.editorial.walk"
