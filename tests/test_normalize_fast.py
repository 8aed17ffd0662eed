"""The fast paths of the normalisation steps give what the general paths give.

Each fast path (issue 17, "Costs") is checked against the path it stands in for, on
generated input: the flat reading walk of the ``brackets`` step against the reading walk of
:mod:`lacuna.editorial`, the ASCII search for runs of capitalised words against the Unicode
pattern, the Aho-Corasick search of the variants against the trie regex.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna import parse
from lacuna import strategies as lst
from lacuna.editorial import CLEAN_RULES, reading_pieces
from lacuna.normalize import Transliteration, romanization
from lacuna.normalize.steps import BRACKET_RULES, flat_reading_pieces, forms, markup, punctuation, spacing
from lacuna.normalize.steps import edits as step_edits

ROOT = Path(__file__).resolve().parent.parent
_ACTIONS = ["unwrap", "reading", "mark", "conjecture", "keep", "drop"]
_CATEGORIES = sorted(CLEAN_RULES)
_SEPARATORS = ["", " ", "\n", "\n\n", "  ", " \t", ", ", ". ", "\r\n"]

pages = st.lists(
    st.one_of(
        lst.plain_text(40), lst.span(), lst.nested_span(3), st.sampled_from(["[", "]", "\ufe47x\ufe48"])
    ),
    max_size=10,
).flatmap(
    lambda parts: st.lists(st.sampled_from(_SEPARATORS), min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(s + p for s, p in zip(seps, parts, strict=True))
    )
)
tables = st.one_of(
    st.just(dict(BRACKET_RULES)),
    st.just(dict(CLEAN_RULES)),
    st.dictionaries(st.sampled_from(_CATEGORIES), st.sampled_from(_ACTIONS)).map(
        lambda rules: {**BRACKET_RULES, **rules}
    ),
)


@settings(max_examples=400, deadline=None)
@given(pages, tables, st.sampled_from(["[…]", "…", "[...]", "[[gap]]"]))
def test_flat_walk_is_the_reading_walk(text, table, mark):
    doc = parse(text)
    flat = flat_reading_pieces(doc, table, mark)
    if flat is None:  # spans inside spans, or [sic] read as its correction
        assert any(doc.tree.sizes) or "sic" in {info.category for info in doc.tree.infos}
        return
    assert flat == reading_pieces(parse(text), table, mark)


def test_flat_walk_on_the_corpus_pages(corpus):
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for table in (dict(BRACKET_RULES), dict(CLEAN_RULES)):
            flat = flat_reading_pieces(parse(text), table)
            assert flat is not None and flat == reading_pieces(parse(text), table)


def test_flat_walk_leaves_nested_spans_to_the_walk():
    assert flat_reading_pieces(parse("a [b [c] d] e"), dict(BRACKET_RULES)) is None
    pieces, shown = flat_reading_pieces(parse("a [b] c"), dict(BRACKET_RULES))
    # "a " kept, "[" gone, "b" kept, "]" gone, " c" kept
    assert pieces == [
        [0, 2, "a ", True],
        [2, 3, "", False],
        [3, 4, "b", True],
        [4, 5, "", False],
        [5, 7, " c", True],
    ]
    assert shown == [0, 2, 4]


_RUN_CHARS = "AaBbZz \n\r\t-'`’ʼ‐ĭÉé•…,.1\u00a0\u0301\u2028İ?_\x0b\x1c\x85"
_RUN_TEXT = st.text(alphabet=st.sampled_from(list(_RUN_CHARS)), max_size=60)


@settings(max_examples=2000, deadline=None)
@given(_RUN_TEXT)
def test_run_spans_are_the_runs_of_the_unicode_pattern(text):
    assert romanization.run_spans(text) == [m.span() for m in romanization.run_matches(text)]


def test_run_spans_examples():
    text = "Soviet Ambassador A. A. Petrov met Mao Tse-tung, Dmitriĭ Antonovich Volkogonov • Kim Il Sung"
    assert [text[s:e] for s, e in romanization.run_spans(text)] == [
        "Soviet Ambassador A",  # "A" is a capitalised word: the "." after it ends the run
        "Mao Tse-tung",
        "Dmitriĭ Antonovich Volkogonov",
        "Kim Il Sung",
    ]


_VARIANT_TEXT = st.lists(
    st.sampled_from(
        [
            "cde",
            "cde.",
            "comr.",
            "mao tse-tung",
            "mao tse",
            "chou en-lai",
            "peking",
            "kirin",
            "x",
            "_",
            "1",
            " ",
            "\n",
            ".",
            "-",
            "é",
            "\ud800",  # a lone surrogate: no UTF-8 for the automaton, the regex reads it
            "\u0301",
            "ürümchi",
            "urumchi",
            "lü-shun",
            "savel'yev",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_VARIANT_TEXT)
def test_variant_search_is_the_trie_regex(low):
    # the Aho-Corasick search of the variants (lower-cased text) finds what the trie regex finds
    table = Transliteration.default()
    assert table._literal_spans(low) == [m.span() for m in table._fast.finditer(low)]


@settings(max_examples=300, deadline=None)
@given(pages, tables)
def test_brackets_step_is_the_same_with_the_walk_of_the_editorial_module(text, table):
    # the whole step, its text and its map, through the flat walk and through the general one
    from lacuna.normalize import steps

    options = steps.Options(bracket_rules=table)
    fast_text, fast_blocks = steps.brackets(text, options)
    flat, light = markup.flat_reading_pieces, markup._flat_edits
    try:
        markup._flat_edits = lambda *args: None
        pieces_text, pieces_blocks = steps.brackets(text, options)
        steps.flat_reading_pieces = lambda *args: None
        slow_text, slow_blocks = steps.brackets(text, options)
    finally:
        markup.flat_reading_pieces, markup._flat_edits = flat, light
    assert fast_text == pieces_text == slow_text
    assert (
        [tuple(b) for b in np.asarray(fast_blocks).tolist()]
        == [tuple(b) for b in np.asarray(pieces_blocks).tolist()]
        == [tuple(b) for b in np.asarray(slow_blocks).tolist()]
    )


_MARKS = st.sampled_from(["[…]", "…", "[...]", "[[gap]]", "", " … ", "\n", "[x"])


@settings(max_examples=1000, deadline=None)
@given(pages, tables, _MARKS)
def test_brackets_step_from_the_span_arrays_is_the_step_from_the_pieces(text, table, mark):
    # the light path (edits made from the tree's arrays in one loop, the seams cut on the
    # pieces the reading shows) makes the edits the flat reading pieces make
    from lacuna.normalize import steps

    options = steps.Options(bracket_rules=table, gap_mark=mark)
    fast = steps.brackets(text, options)
    light = markup._flat_edits
    try:
        markup._flat_edits = lambda *args: None
        slow = steps.brackets(text, options)
    finally:
        markup._flat_edits = light
    assert fast[0] == slow[0]
    assert np.asarray(fast[1]).tolist() == np.asarray(slow[1]).tolist()


def test_a_table_pickles_and_finds_the_same():
    import pickle

    table = Transliteration.default().extend({"names": {"Gromyko": ["Gromyco"]}})
    again = pickle.loads(pickle.dumps(table))
    text = "Cde. Gromyco met Chou En-lai and MAO TSE TUNG in Peking."
    assert again.replacements(text) == table.replacements(text)
    assert [c for _, _, c in again.replacements(text)] == [
        "Comrade",
        "Gromyko",
        "Zhou Enlai",
        "MAO ZEDONG",
        "Beijing",
    ]


_CASED_VARIANT_TEXT = st.lists(
    st.sampled_from(
        [
            "Cde",
            "CDE.",
            "Mao Tse-Tung",
            "PEKING",
            "Peking",
            "ÜRÜMCHI",
            "Ürümchi",
            "LÜ-SHUN",
            "Chen YÜN",
            "KOVALËV",
            "x",
            "É",
            " ",
            "\n",
            "•",
            "-",
            "\u0301",
            "\u212a",  # KELVIN SIGN: its lower case is ASCII "k"
            "\u0130",  # I WITH DOT ABOVE: its lower case is two characters
            "Σ",
            "ΣΙΓΜΑ",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_CASED_VARIANT_TEXT)
def test_variant_search_in_bytes_is_the_search_of_the_lower_cased_text(text):
    # the bytes automaton (the text lower-cased as ASCII, the variants in every case of their
    # other letters) finds what the search of text.lower() finds, or steps aside
    table = Transliteration.default()
    expected = table._literal_spans(text.lower())
    in_ascii = table._ascii_spans(text, text.encode("ascii", "replace"))
    if in_ascii is None:  # a letter of a variant outside ASCII, or K, İ
        assert any(c in text for c in "üÜëË\u212a\u0130")
    else:
        assert in_ascii == expected
    found = table._byte_spans(text)
    if found is None:
        assert any(c in text for c in "\u212a\u0130")
        return
    assert found == expected


def test_variant_search_in_bytes_with_a_sigma_in_a_variant():
    table = Transliteration.default().extend({"greek": {"Sigma": ["σιγμα"]}})
    assert table._byte_spans("ΣΙΓΜΑ and σιγμα") is None  # a final sigma lower-cases by context
    assert table._byte_spans("σιγμα") == [(0, 5)]
    assert table.replacements("ΣΙΓΜΑ and σιγμα") == [(0, 5, "SIGMA"), (10, 15, "sigma")]


@pytest.mark.pure_python
def test_each_distinct_stretch_of_capitalised_words_is_keyed_once(monkeypatch):
    # the stretches of a text are cut and looked up in C: the romanisation keys are worked out
    # once per distinct stretch, however often it recurs
    table = Transliteration({"names": {"Zhou Enlai": ["Chou En-lai"]}})
    calls: list[str] = []
    keyed = table._keyed_in_chunk
    monkeypatch.setattr(table, "_keyed_in_chunk", lambda chunk: calls.append(chunk) or keyed(chunk))
    page = "Soviet Ambassador Petrov met Chou Enlai and the Central Committee. "
    edits = table.replacements(page * 500)
    assert sorted(calls) == ["Central Committee", "Chou Enlai", "Soviet Ambassador Petrov"]
    assert len(edits) == 500 and {c for _, _, c in edits} == {"Zhou Enlai"}


@pytest.mark.pure_python
def test_each_distinct_run_of_white_space_is_decided_once(monkeypatch):
    from lacuna.normalize import steps

    calls: list[str] = []
    one_run = spacing._one_run
    monkeypatch.setattr(spacing, "_RUNS_DECIDED", {})
    monkeypatch.setattr(spacing, "_one_run", lambda run: calls.append(run) or one_run(run))
    text, blocks = steps.whitespace("a  b \n c\n\n\nd\u00a0e " * 300, steps.Options())
    assert text == "a b\nc\n\nd e " * 300
    assert len(blocks) == 4 * 300
    # (runs of spaces and line feeds alone are decided by numpy: only the odd space is read)
    assert sorted(calls) == ["\u00a0"]


def test_runs_are_found_in_one_scan_of_the_class_image(monkeypatch):
    # however many letters outside ASCII the text holds, the runs of capitalised words are
    # found by one scan of its class image (no stretch read again by the Unicode pattern)
    pattern, table = romanization.running._class_runs()
    calls: list[int] = []

    class Counting:
        def finditer(self, image):
            calls.append(len(image))
            return pattern.finditer(image)

    monkeypatch.setattr(romanization.running, "_class_runs", lambda: (Counting(), table))
    text = "Dmitriĭ Antonovich Volkogonov • Kim Il Sung, Ürümchi Ōta and ÉCOLE Normale. " * 2000
    spans = romanization.run_spans(text)
    assert calls == [len(text)]
    assert spans == [m.span() for m in romanization.run_matches(text)]
    assert len(spans) == 4 * 2000


def test_the_seams_are_read_around_the_dropped_spans_only(monkeypatch):
    # the brackets step hands seam_cuts the pieces around each dropped span that its two
    # neighbours do not decide alone (from the piece before it that closes what came before to
    # the one after it that closes), not every piece of the text: a page of 2000 supplied words,
    # a gloss and a note side by side, and a note between words hands it a few pieces
    from lacuna.normalize import steps

    handed: list[list[str | None]] = []
    cuts = markup.seam_cuts
    monkeypatch.setattr(markup, "seam_cuts", lambda pieces: handed.append(list(pieces)) or cuts(pieces))
    text = (
        "Filippov [Stalin] [Translator's note: x] said: "
        + "there are [no] reasons, " * 2000
        + "as noted [Translator's note: sic] here."
    )
    new, _ = steps.brackets(text, steps.Options())
    assert new == "Filippov said: " + "there are no reasons, " * 2000 + "as noted here."
    # one window: the note between words is decided by its neighbours (steps._seam_cut)
    assert handed == [["Filippov ", None, " ", None, " said: there are ", "no"]]


def test_a_seam_between_words_is_not_handed_to_seam_cuts(monkeypatch):
    from lacuna.normalize import steps

    handed: list[list[str | None]] = []
    cuts = markup.seam_cuts
    monkeypatch.setattr(markup, "seam_cuts", lambda pieces: handed.append(list(pieces)) or cuts(pieces))
    # (real lines of the corpus: a gloss between words, at a line's end, before a comma)
    text = (
        "Cde. Filippov [Stalin] arrived.\nCable, Zhou Enlai to Filippov [Stalin]\n\n"
        "the MFA [Ministry of Foreign Affairs], too."
    )
    new, _ = steps.brackets(text, steps.Options())
    assert new == "Cde. Filippov arrived.\nCable, Zhou Enlai to Filippov\n\nthe MFA, too."
    assert handed == []


_WHITE = st.lists(st.sampled_from([" ", "\t", "\n", "\r", "\r\n", "  "]), max_size=5).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_WHITE, _WHITE, st.sampled_from(list("ax,.;)”’?")), st.sampled_from(["a", "x y", " b", "\nc"]))
def test_a_seam_between_two_pieces_of_words_is_cut_as_cuts_in_cuts_it(before, after, first, word):
    from lacuna.editorial.seams import cuts_in
    from lacuna.normalize.steps.markup import _local_seam

    left, right = word + before, after + first + word
    cuts = cuts_in([left, None, right])
    assert cuts.get(0, (0, 0))[0] == 0 and cuts.get(2, (0, 0))[1] == 0
    # (the span's line left to a stop alone, its end within the piece: read on to the next line)
    text = left + "[N]" + right
    local = _local_seam(text, 0, len(left), len(left) + 3, len(text))
    assert local is not None
    assert local == (cuts.get(0, (0, 0))[1], cuts.get(2, (0, 0))[0])


@pytest.mark.parametrize(
    ("left", "right", "local"),
    [
        ("a\n", ".\nb", (0, 2)),  # a stop alone on the span's line: it goes with the line
        ("a\n\n", "”.\r\n\r\nb", (0, 6)),
        ("a\n", ". b", (0, 0)),  # words after it on the line: it stays
        ("a ", ".\nb", (1, 0)),  # words before the span on the line: it stays
        ("a\n", "\n.\nb", (0, 1)),  # a stop on a line of its own after the span's: it stays
        ("a\n", ".", None),  # the line goes on past the piece (the end, or a span)
        ("a\n", ".\n", None),
    ],
)
def test_a_lone_stop_is_read_by_the_local_seam(left, right, local):
    from lacuna.editorial.seams import cuts_in
    from lacuna.normalize.steps.markup import _local_seam

    text = left + "[N]" + right
    assert _local_seam(text, 0, len(left), len(left) + 3, len(text)) == local
    if local is not None:
        cuts = cuts_in([left, None, right])
        assert local == (cuts.get(0, (0, 0))[1], cuts.get(2, (0, 0))[0])


class _CountingText(str):
    """A text that records each whole-text count of a character made on it."""

    counted: list[str]

    def count(self, *args):  # type: ignore[override]
        self.__dict__.setdefault("counted", []).append(args[0])
        return super().count(*args)


@pytest.mark.pure_python
def test_a_parse_with_no_diagnostic_spares_the_bracket_counts():
    # every bracket of a parse with no diagnostic pairs: the step neutralises the brackets of
    # the spans kept as written with no scan of the text for bracket characters
    from lacuna.normalize import steps

    text = _CountingText("Filippov [Stalin] said [no] more [?are?] [sic]. " * 50)
    doc = parse(text)
    assert doc.text is text and not doc.diagnostics
    text.counted = []
    new, _ = steps.brackets(text, steps.Options(document=doc))
    assert new == "Filippov said no more are. " * 50
    assert text.counted == []
    # a bracket that pairs with none (its diagnostic said so): counted, and written neutral
    stray = _CountingText("a ] b [no] c")
    doc = parse(stray)
    stray.counted = []
    assert steps.brackets(stray, steps.Options(document=doc))[0] == "a \u2046 b no c"
    assert stray.counted == ["[", "]"]


def test_run_columns_are_the_run_spans():
    text = "Dmitriĭ Antonovich Volkogonov met Kim Il Sung and MAO TSE-TUNG in Ürümchi Ōta. " * 3
    starts, ends = romanization.run_columns(text)
    assert list(zip(starts, ends, strict=True)) == romanization.run_spans(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)][:3] == [
        "Dmitriĭ Antonovich Volkogonov",
        "Kim Il Sung",
        "MAO TSE-TUNG",
    ]


@settings(max_examples=1000, deadline=None)
@given(_RUN_TEXT, st.integers(0, 3))
def test_run_spans_with_few_characters_outside_ascii_are_the_runs_of_the_unicode_pattern(text, pad):
    # a text with at most one character in 32 outside ASCII has them read where its ASCII
    # image has a "?": the same runs, with and without the call's alphabet
    from lacuna.normalize.steps import alphabet_of

    page = (text + " " + "x" * 40 * (len(text) + 1) + "\n") * (pad + 1)
    expected = [m.span() for m in romanization.run_matches(page)]
    assert romanization.run_spans(page) == expected
    assert romanization.run_spans(page, alphabet=alphabet_of(page)) == expected
    assert romanization.run_spans(text, alphabet=alphabet_of(text)) == [
        m.span() for m in romanization.run_matches(text)
    ]


def test_few_characters_outside_ascii_are_not_searched_by_pattern(monkeypatch):
    # the stretches of letters outside ASCII of a text with few of them are read where its
    # image has a "?", with no scan of the text by their pattern
    scanned: list[str] = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text):
            scanned.append(text)
            return self.pattern.finditer(text)

    monkeypatch.setattr(romanization.running, "_NON_ASCII", Counting(romanization.running._NON_ASCII))
    soft = romanization.running._soft_chars
    monkeypatch.setattr(romanization.running, "_soft_chars", lambda chars: Counting(soft(chars)))
    text = "Dmitriĭ Antonovich Volkogonov met Kim Il Sung in Ürümchi [\u2026] today, " + "x" * 3000
    expected = [m.span() for m in romanization.run_matches(text)]
    assert romanization.run_spans(text) == expected
    assert romanization.run_spans(text, alphabet=set("ĭÜü\u2026")) == expected
    assert scanned == []
    dense = "Ürümchi Ōta ĭĭ " * 10
    assert romanization.run_spans(dense) == [m.span() for m in romanization.run_matches(dense)]
    assert scanned == [dense]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list(" \n\t\u00a0\u2028\u3000\ufeffé?x\r")), max_size=40),
    st.booleans(),
)
def test_whitespace_with_few_characters_outside_ascii_is_the_plain_reference(text, pad):
    # the odd spaces outside ASCII of a text with few characters outside ASCII are found where
    # its ASCII image has a "?": the same step as on a text with many
    from lacuna.normalize import steps

    page = text + ("x" * 40 * (len(text) + 1) if pad else "")
    new, _ = steps.whitespace(page, steps.Options(alphabet=steps.alphabet_of(page)))
    runs = re.sub(r"[\s\ufeff]+", lambda m: spacing._one_run(m.group()), page)
    assert new == runs


def test_brackets_step_when_the_reading_shows_nothing_as_written():
    # found by hypothesis (6 000 examples): a text read as one note that is dropped, with a
    # bracket inside it that pairs with none, has no range shown as written to look it up in
    from lacuna.normalize import steps

    text, blocks = steps.brackets("[ [[word off the page]", steps.Options())
    assert text == ""
    assert np.asarray(blocks).tolist() == [[0, 22, 0, 0]]


_CLASS_IMAGE = st.lists(
    st.sampled_from([b"U", b"U", b"l", b"l", b"'", b"-", b" ", b"\r", b"\n", b".", b"\r\n", b" " * 40]),
    max_size=40,
).map(b"".join)


@settings(max_examples=5000, deadline=None)
@given(_CLASS_IMAGE)
def test_image_runs_are_the_matches_of_the_runs_pattern(image):
    # numpy's runs of capitalised words in a class image are the runs pattern's matches
    pattern = romanization.running._class_runs()[0]
    found = list(pattern.finditer(image))
    assert romanization.image_runs(image) == ([m.start() for m in found], [m.end() for m in found])


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"U", b"l", b"'", b"-", b" ", b"\r", b"\n", b".", b"\r\n", b"Ul Ul"]), max_size=60
    ).map(b"".join),
    st.integers(1, 8),
    st.integers(1, 5),
)
def test_image_runs_read_a_piece_at_a_time_are_the_matches_of_the_runs_pattern(image, piece, reach):
    # (issue 17, thirteenth round) the codes read a piece at a time, each cut before a
    # character of no class, at most ``reach`` characters looked at a time for one: the
    # runs pattern's matches, as reading them at once
    from unittest import mock

    pattern = romanization.running._class_runs()[0]
    found = list(pattern.finditer(image))
    with (
        mock.patch.object(romanization.running, "_CODES_PIECE", piece),
        mock.patch.object(romanization.running, "_CUT_REACH", reach),
    ):
        assert romanization.image_runs(image) == ([m.start() for m in found], [m.end() for m in found])


def test_image_runs_on_the_bench_text():
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("corpus").glob("*.txt")))
    image = romanization.running._class_image(sample, None, None)
    found = list(romanization.running._class_runs()[0].finditer(image))
    assert len(found) > 200
    assert romanization.image_runs(image) == ([m.start() for m in found], [m.end() for m in found])


_RUN_TEXT = st.lists(
    st.sampled_from(
        [
            "Mao",
            "Tse-tung",
            "Kim",
            "Il",
            "Sung",
            "ĭ",
            "Ü",
            "Ürümchi",
            "é",
            "d'Estaing",
            "O'",
            "‐",
            "’",
            "the",
            "de",
            " ",
            " ",
            "\n",
            "\r",
            "\r\n",
            "\u00a0",
            "\u2028",
            ".",
            ",",
            "-",
            "'",
            " " * 40,
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_RUN_TEXT)
def test_run_columns_are_the_run_spans_on_any_text(text):
    # the runs read on the codes of the text's ASCII image with its stand-ins written in are
    # the runs pattern's on its class image, with the call's set of characters or without
    from lacuna.normalize.steps import alphabet_of

    spans = romanization.run_spans(text)
    for alphabet in (None, alphabet_of(text)):
        starts, ends = romanization.run_columns(text, None, alphabet)
        assert list(zip(starts, ends, strict=True)) == spans


_WHITE_CHARS = list("  \n\n\t\r\x0b\x0c\x1c\x1f\x85\u00a0\u2028\u2029\u3000\ufeffab.é")
_WHITE_TEXT = st.text(alphabet=st.sampled_from(_WHITE_CHARS), max_size=60)


def _whitespace_by_runs(text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    # the general path: each maximal run of white space decided by spacing._one_run
    from lacuna.normalize import steps

    white = "[" + re.escape("".join(sorted(spacing._WHITE))) + "]+"
    edits = [(m.start(), m.end(), spacing._one_run(m.group())) for m in re.finditer(white, text)]
    edits = [(a, b, new) for a, b, new in edits if new != text[a:b]]
    new, blocks = steps.apply_edits(text, edits)
    return new, [tuple(b) for b in np.asarray(blocks).tolist()]


@settings(max_examples=1500, deadline=None)
@given(_WHITE_TEXT, st.integers(0, 2))
def test_whitespace_step_is_each_white_run_decided_by_one_run(text, copies):
    # runs of spaces and line feeds alone are decided by numpy (their count of line feeds),
    # the others by spacing._one_run: the same text and blocks as every run read by _one_run
    from lacuna.normalize import steps

    text = text * (copies + 1)
    new, blocks = steps.whitespace(text, steps.Options())
    assert (new, [tuple(b) for b in np.asarray(blocks).tolist()]) == _whitespace_by_runs(text)


#: White space, controls that are not (units below U+0020 read as candidates first), a
#: character beyond the BMP (two UTF-16 units: the Latin-1 path) and a lone surrogate.
_WHITE_OR_CONTROL_TEXT = st.text(
    alphabet=st.sampled_from([*_WHITE_CHARS, "\x00", "\x07", "\x1b", "\x7f", "\xff", "\ud800", "\U0001f600"]),
    max_size=60,
)


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(_WHITE_TEXT, _WHITE_OR_CONTROL_TEXT),
    st.integers(0, 3),
    st.integers(1, 9),
    st.integers(1, 5),
    st.booleans(),
)
def test_whitespace_read_a_piece_at_a_time_is_each_white_run_decided_by_one_run(
    text, copies, piece, reach, with_alphabet
):
    # the runs read a piece at a time (on UTF-16 code units; on the Latin-1 image in classes
    # for a text with a character beyond the BMP), each cut before a character of no class
    # (found ``reach`` characters back from its end first; a piece of white space alone
    # grows): the same text and blocks as every run read by _one_run, odd spaces beyond
    # Latin-1 and controls that are not white space included
    from lacuna.normalize import steps

    text = text * (copies + 1)
    options = steps.Options(alphabet=steps.alphabet_of(text)) if with_alphabet else steps.Options()
    saved = spacing._WS_PIECE, spacing._WS_CUT_REACH
    spacing._WS_PIECE, spacing._WS_CUT_REACH = piece, reach
    try:
        new, blocks = steps.whitespace(text, options)
    finally:
        spacing._WS_PIECE, spacing._WS_CUT_REACH = saved
    assert (new, [tuple(b) for b in np.asarray(blocks).tolist()]) == _whitespace_by_runs(text)


def test_whitespace_step_on_the_corpus_is_each_white_run_decided_by_one_run():
    from lacuna.normalize import steps

    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    for page in (text, text.replace("\n", " \n\t"), text.replace(" ", "\u00a0 ")):
        new, blocks = steps.whitespace(page, steps.Options())
        assert (new, [tuple(b) for b in np.asarray(blocks).tolist()]) == _whitespace_by_runs(page)


_DIGITS_TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789" * 3 + " a-./?é\u0663\uff11\n")), max_size=60
)


@settings(max_examples=3000, deadline=None)
@given(_DIGITS_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_four_digits_found_on_the_image_are_the_year_patterns_matches(text, lo, hi):
    # the four digits that may open a year, found by numpy on the ASCII image, are where the
    # pattern matches in the text (Arabic-Indic and full-width digits are no digits to it)
    from lacuna import dates

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    found = [m.start() for m in dates._YEAR_CANDIDATE.finditer(text, lo, hi)]
    assert dates._four_digits(text.encode("ascii", "replace"), lo, hi) == found


_DATED = st.lists(
    st.sampled_from(
        [
            "12 [January] 1947",
            "June 05, 1944",
            "12.01.1947",
            "1947-01-12",
            "19470",
            "Mao Tse-tung",
            "Urumchi",
            "Chou En-lai 1949",
            "Cde. Filipov",
            "é",
            "ĭ",
            "—",
            " ",
            "\n",
            "21 Jun 1950",
            "0000",
            "12345678",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(_DATED)
def test_dates_step_on_the_image_the_transliteration_made(text):
    # transliteration hands dates the ASCII image of its result, made from its own with its
    # edits: the image of that text, and the dates step's result with it is the one without
    from lacuna.normalize import steps

    options = steps.Options(alphabet=steps.alphabet_of(text))
    new, _ = steps.transliteration(text, options)
    kept, image = options.ascii_image
    assert kept is new and image == new.encode("ascii", "replace")
    with_image = steps.dates(new, options)
    assert not options.ascii_image  # (read once)
    without = steps.dates(new, steps.Options(alphabet=steps.alphabet_of(new)))
    assert with_image[0] == without[0]
    assert np.asarray(with_image[1]).tolist() == np.asarray(without[1]).tolist()


#: pieces of lines: starters, combining marks (in and out of canonical order), composites,
#: Hangul jamo, compatibility characters, carriage returns, plain words
_FORM_PIECES = (
    "a e \u0301 \u0302 \u0316 \u059a é e\u0301 \u1100 \u1161 Å 가 \u0344 \u0958 ﬁ ① \u059a\u0316".split()
)
_FORM_LINE = st.lists(
    st.sampled_from([*_FORM_PIECES, " ", "\r", "\u0300\u0316", "plain words of a line " * 3]), max_size=8
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_FORM_LINE, max_size=12).map("\n".join), st.sampled_from(["NFC", "NFKC"]))
def test_is_normalized_read_by_lines_is_unicodedata_s(text, form):
    # the lines with a character whose quick-check is not "yes" read apart, the others
    # together: the answer of unicodedata.is_normalized on the whole text
    import unicodedata

    assert forms._is_normalized(form, text) == unicodedata.is_normalized(form, text)


_PUNCTUATION_TEXT = st.lists(
    st.sampled_from(["’", "‘", "“", "”", "«", "»", "–", "—", "\u2212", "x", "Ab ", "•", "⁅", "ŉ", "\n", "'"]),
    max_size=40,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_PUNCTUATION_TEXT, st.booleans())
def test_one_for_one_is_the_replacements_one_by_one(text, with_alphabet):
    # what a str.replace per character of the table gives, with the call's alphabet (it asks
    # which are present) or without it
    from lacuna.normalize import steps

    for table in (steps.QUOTES, steps.DASHES):
        expected = text
        for old, new in table.items():
            expected = expected.replace(old, new)
        options = steps.Options(alphabet=steps.alphabet_of(text) if with_alphabet else None)
        assert punctuation._one_for_one(text, table, options) == (expected, [])
        if with_alphabet:
            assert options.alphabet is not None and not options.alphabet & set(table)


def test_one_for_one_with_many_places_replaces_each_character():
    from lacuna.normalize import steps

    text = "“a” ‘b’ «c»" * 50 + "plain" * 10
    expected = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    expected = expected.replace("«", '"').replace("»", '"')
    assert punctuation._one_for_one(text, steps.QUOTES, steps.Options())[0] == expected
    assert steps.quotes("It’s “here”", steps.Options()) == ('It\'s "here"', [])


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Straße", "ÉCOLE", "Ž", "AbC", "•", "⁅x⁆", " ", "\n", "Σ", "İ", "ǅ", "ﬁ", "𝐀"]),
        max_size=30,
    ).map("".join),
    st.integers(1, 9),
)
def test_casefold_lowered_by_pieces_is_str_casefold(text, piece):
    # the ASCII letters lowered a piece at a time (a piece of a few characters here), the
    # few other letters that fold replaced in each piece: str.casefold of the whole text
    from unittest import mock

    from lacuna.normalize import steps

    with mock.patch.object(forms, "_PIECE", piece):
        alphabet = steps.alphabet_of(text)
        assert steps.casefold(text, steps.Options(alphabet=alphabet))[0] == text.casefold()
        assert steps.alphabet_of(text.casefold()) <= alphabet  # (a superset of the result's)
        assert steps.casefold(text, steps.Options())[0] == text.casefold()


def test_casefold_by_pieces_with_a_lone_surrogate_is_str_casefold():
    from lacuna.normalize import steps

    text = "ABC \ud800 Ž" * 3
    assert steps.casefold(text, steps.Options())[0] == text.casefold()


# -- thirteenth round (issue 17): the ASCII letters lowered on the UTF-16 code units ----------


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.lists(
            st.sampled_from(
                ["AZ", "az", "@[`{", "ÀÉ", "Ž", "ſ", "Ａ", "𝐀", "\U0001f600", "ABC", " \n", "\x00"]
            ),
            max_size=20,
        ).map("".join),
    ),
    st.lists(st.sampled_from(["É", "Ž", "Σ", "ǅ"]), max_size=3, unique=True),
)
def test_the_ascii_letters_lowered_on_code_units_are_the_utf8_bytes_lowered(text, changing):

    expected = text.encode().lower().decode()
    for c in changing:
        expected = expected.replace(c, c.casefold())
    assert forms._lower_piece(text, changing) == expected


def test_the_code_units_of_a_lone_surrogate_are_not_lowered():

    with pytest.raises(UnicodeEncodeError):
        forms._lower_piece("AB\udc80C", [])


# -- twelfth round (issue 17): the variants' places read in windows, sifted by numpy -------

_WINDOW_TEXT = st.lists(
    st.sampled_from(
        [
            "Cde",
            "cde.",
            "CDE.x",
            "Mao Tse-Tung",
            "mao tse",
            "Chou En-lai",
            "chou en lai",
            "PEKING",
            "pekingx",
            "Kirin",
            "ab",
            "abc",
            "bcd",
            "abcd",
            "x",
            "_",
            "1",
            " ",
            "\n",
            ".",
            "?",
            "\x00",
            "-",
            "é",
            "•",
            "\u0301",
        ]
    ),
    max_size=30,
).map("".join)
#: A table whose variants overlap one another (one inside another, one after another).
_OVERLAPPING = {"letters": {"Alpha": ["ab", "abc", "bcd", "abcd", "b"], "Beta": ["cd", "d x"]}}


def _full_places(table: Transliteration, low: bytes) -> list[tuple[int, int]]:
    return sorted((s, e) for _, s, e in table._ascii_automaton.find_matches_as_indexes(low, overlapping=True))


@settings(max_examples=1500, deadline=None)
@given(_WINDOW_TEXT, st.sampled_from([1, 2, 3, 32]), st.sampled_from([0.5, 2]))
def test_variant_places_found_in_windows_are_the_places_of_the_full_search(text, group, dense):
    # the leftmost-longest automata find windows that hold every place the overlapping search
    # of the whole image finds (forced on short texts, with groups of every size; dense 2: the
    # windows joined however much of the text they hold)
    from lacuna.normalize import automata as tr

    for data in (None, _OVERLAPPING):
        table = Transliteration.default() if data is None else Transliteration(data)
        plain = sorted(v.encode() for v in table._lowered if v.isascii())
        windows = tuple(
            (
                tr.ahocorasick_rs.BytesAhoCorasick(
                    plain[i : i + group], matchkind=tr.ahocorasick_rs.MatchKind.LeftmostLongest
                ),
                max(map(len, plain[i : i + group])),
            )
            for i in range(0, len(plain), group)
        )
        low = text.encode("ascii", "replace").lower()
        old = tr._WINDOWED, tr._DENSE
        tr._WINDOWED, tr._DENSE = 0, float(dense)
        try:
            starts, ends = tr._ascii_places(table._ascii_automaton, windows, low)
        finally:
            tr._WINDOWED, tr._DENSE = old
        assert sorted(zip(starts.tolist(), ends.tolist(), strict=True)) == _full_places(table, low)


def test_the_windows_join_with_a_byte_no_variant_holds():
    from lacuna.normalize import automata as tr

    table = Transliteration({"all": {"All": [bytes(range(1, 128)).decode().replace("?", ""), "\x00x"]}})
    assert all(tr._JOIN not in v.encode() for v in table._lowered)
    low = b"\x00x"
    starts, ends = tr._ascii_places(table._ascii_automaton, tr._window_automata(table._lowered), low * 40_000)
    assert len(starts) == 40_000 and sorted(ends.tolist()) == list(range(2, 80_001, 2))


@settings(max_examples=1500, deadline=None)
@given(_WINDOW_TEXT)
def test_longest_places_read_on_the_image_are_those_read_on_the_text(text):
    from lacuna.normalize import automata as tr

    for table in (Transliteration.default(), Transliteration(_OVERLAPPING)):
        image = text.encode("ascii", "replace")
        found = table._ascii_automaton.find_matches_as_indexes(image.lower(), overlapping=True)
        starts, ends = tr._index_columns(found)
        got = tr._longest_in_image(text, image, starts, ends)
        assert list(zip(got[0].tolist(), got[1].tolist(), strict=True)) == tr._longest(text, found)


def _replacements_one_by_one(table: Transliteration, text: str) -> list[tuple[int, int, str]]:
    """The variants as the step found them before the twelfth round: one span at a time."""
    from lacuna.normalize import automata as tr

    low = text.lower()
    if len(low) == len(text):
        spans = table._literal_spans(low)
    else:
        spans = [m.span() for m in table._unicode_pattern().finditer(text)]
    out = []
    n = len(text)
    for start, end in spans:
        if (start and not text[start - 1].isascii() and tr._mark_at(text, start - 1)) or (
            end < n and not text[end].isascii() and tr._mark_at(text, end)
        ):
            continue
        canonical = table._replacement(text[start:end])
        if canonical is not None:
            out.append((start, end, canonical))
    return table._by_key(text, out) if table._keyed else out


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_WINDOW_TEXT, _CASED_VARIANT_TEXT), st.booleans())
def test_replacements_are_the_variants_found_one_by_one(text, with_alphabet):
    for table in (Transliteration.default(), Transliteration(_OVERLAPPING)):
        alphabet = {c for c in text if not c.isascii()} if with_alphabet else None
        assert table.replacements(text, alphabet) == _replacements_one_by_one(table, text)


def test_replacements_on_the_bench_text_are_the_variants_found_one_by_one():
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from normalize import build_text

    text = build_text(300_000)
    table = Transliteration.default()
    found = table.replacements(text)
    assert len(text) >= 1 << 16  # (long enough to be searched in windows)
    assert found and found == _replacements_one_by_one(table, text)


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("aB ĭºé•…\u0301Ж-"), max_size=60), st.sampled_from(["ĭº", "ĭ", "éЖ", ""])
)
def test_rare_places_found_one_by_one_are_those_read_on_the_image(text, chars):
    found = romanization.running._rare_places(text, chars)
    image = text.encode("ascii", "replace")
    assert found == [i for i, c in enumerate(text) if c in chars]
    on_image = romanization.places_outside_ascii(text, image, frozenset(chars))
    assert on_image is None or found == on_image  # (None: too many for that search)


def test_many_places_are_read_on_the_image_not_one_by_one():
    text = "Ĭvan " * 2000
    assert romanization.running._rare_places(text, "Ĭ") is None  # (more than _RARE: a search of the image)
    assert romanization.running._rare_places(text[:5000], "Ĭ") == list(range(0, 5000, 5))
    # either way the runs are the Unicode pattern's
    alphabet = {"Ĭ"}
    assert romanization.run_columns(text, None, alphabet) == tuple(
        map(list, zip(*[m.span() for m in romanization.run_matches(text)], strict=True))
    )


@pytest.mark.pure_python
def test_many_distinct_letters_outside_ascii_are_read_on_the_image(monkeypatch):
    # each distinct character is a search of the whole text: past a few, the image is read
    calls: list[str] = []
    rare = romanization.running._rare_places
    monkeypatch.setattr(
        romanization.running, "_rare_places", lambda text, chars: calls.append(chars) or rare(text, chars)
    )
    few, many = "Ĭvan Ĭvanov ", "Ĭvan Žukov Ödön Ąb Ćc "
    for text in (few, many):
        alphabet = {c for c in text if not c.isascii()}
        assert romanization.run_columns(text * 50, None, alphabet) == tuple(
            map(list, zip(*[m.span() for m in romanization.run_matches(text * 50)], strict=True))
        )
    assert calls == ["Ĭ"]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab \n\x7f\x80éĭ’…⁅\ufeff\uffff\U0001d400\udc80")), max_size=40),
    st.integers(1, 9),
)
def test_the_characters_outside_ascii_read_on_code_units_by_pieces(text, piece):
    # each piece's code units above 127, against the pattern; None for a character beyond the
    # BMP or a lone surrogate (the caller reads the text with the pattern)
    from lacuna.normalize import steps

    expected = set("".join(step_edits._NON_ASCII.findall(text)))
    found = step_edits._alphabet_by_units(text, piece)
    if any(c > "\uffff" or "\ud800" <= c <= "\udfff" for c in text):
        assert found is None
    else:
        assert found == expected
    assert steps.alphabet_of(text * (step_edits._UNITS_PIECE // max(len(text), 1) + 1)) == expected
