"""Hypothesis strategies that generate bracket markup, for property-based tests.

Use them in your own tests::

    from hypothesis import given
    from lacuna import parse, strategies as lst

    @given(lst.markup())
    def test_round_trip(text):
        assert parse(text).source() == text

Strategies returning ``str``:

* :func:`plain_text` – text with no brackets (any Unicode, CRLF and CR included);
* :func:`supplied`, :func:`gloss`, :func:`uncertain`, :func:`gap`, :func:`note`,
  :func:`sic`, :func:`footnote_ref`, :func:`page_break` – one well-formed span of that kind;
* :func:`span` – any one of them; :func:`nested_span` – spans inside spans, any depth;
* :func:`document` – well-formed text mixing plain text and spans;
* :func:`malformed` – text with stray ``]``, unclosed ``[``, NUL, lone surrogates;
* :func:`markup` – either of the last two.

:func:`labelled_span` returns ``(span_text, category)`` pairs for testing a classifier;
:func:`labelled_document` returns ``(text, [category, ...])`` for top-level spans.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = [
    "document",
    "footnote_ref",
    "gap",
    "gloss",
    "labelled_document",
    "labelled_span",
    "malformed",
    "markup",
    "nested_span",
    "note",
    "page_break",
    "plain_text",
    "sic",
    "span",
    "supplied",
    "uncertain",
    "words",
]

_NO_BRACKETS = st.characters(exclude_characters="[]", exclude_categories=("Cs",))
_WORD_CHARS = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd"), exclude_characters="[]", max_codepoint=0x2FFFF
)
_VOCAB = [
    "Stalin", "Mao", "Zhou", "Enlai", "Xinjiang", "Urumchi", "the", "USSR", "China", "Chinese",
    "relations", "cable", "embassy", "Petrov", "Kovalev", "friendship", "talks", "reply",
]  # fmt: skip


def words(min_size: int = 1, max_size: int = 4, *, vocabulary_only: bool = False) -> st.SearchStrategy[str]:
    """A few words (archival vocabulary, or also random letters) joined by single spaces."""
    word: st.SearchStrategy[str] = st.sampled_from(_VOCAB)
    if not vocabulary_only:
        word = st.one_of(word, st.text(_WORD_CHARS, min_size=1, max_size=8))
    return st.lists(word, min_size=min_size, max_size=max_size).map(" ".join)


def plain_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Text without brackets: any Unicode (no surrogates), with \\n, \\r\\n and \\r breaks."""
    chunk = st.one_of(
        st.text(_NO_BRACKETS, max_size=max_size),
        words(),
        st.sampled_from(["\n", "\r\n", "\r", " ", "  ", "\t", "\x00", "?", ":", '"', ","]),
    )
    return st.lists(chunk, max_size=6).map("".join)


def supplied() -> st.SearchStrategy[str]:
    """``[no]``, ``[the USSR and]``: plain words in brackets."""
    return words(vocabulary_only=True).map(lambda w: f"[{w}]")


def gloss() -> st.SearchStrategy[str]:
    """A pseudonym followed by its gloss: ``Filippov [Stalin]``."""
    return st.sampled_from(
        ["Filippov [Stalin]", "Filipov [Stalin]", "FENG XI [STALIN]", "Chou En-lai [Zhou Enlai]"]
    )


def uncertain() -> st.SearchStrategy[str]:
    """``[?are awaiting?]``: a doubtful reading."""
    return words().map(lambda w: f"[?{w}?]")


_EXTENTS = ["word", "one word", "two words", "half a line", "one line", "some text", "a few words",
            "one or two words", "3 lines", "7 groups"]  # fmt: skip
_REASONS = ["missing", "off the page", "illegible", "unclear", "missing between pages", "unrecovered"]


def gap() -> st.SearchStrategy[str]:
    """``[word off the page, possible "close"]``, ``[half a line missing]``, ``[…]``."""
    conj = st.one_of(
        st.just(""),
        words(1, 2).filter(lambda w: '"' not in w).map(lambda w: f', possible "{w}"'),
        words(1, 2).filter(lambda w: '"' not in w).map(lambda w: f', presumably "{w}"'),
    )
    phrase = st.builds(
        lambda e, r, c: f"[{e} {r}{c}]", st.sampled_from(_EXTENTS), st.sampled_from(_REASONS), conj
    )
    return st.one_of(phrase, st.sampled_from(["[…]", "[...]", "[illegible]", "[blank]"]))


def note() -> st.SearchStrategy[str]:
    """``[Translator's note: ...]``, ``[Stamp: "..."]``, ``[handwritten: "..."]``."""
    label = st.sampled_from(["Translator's note", "Ed. note", "Stamp", "handwritten", "Source"])
    # (a body with text in it: ``[Source: ]`` with nothing after the label is an empty field
    # of a page's apparatus, ``other``, not a note)
    body = st.text(st.characters(exclude_characters="[]", exclude_categories=("Cs",)), max_size=40)
    return st.builds(lambda lab, b: f"[{lab}: {b}]", label, body.filter(str.strip))


def sic() -> st.SearchStrategy[str]:
    """``[sic]``, ``[sic! probably ...]``."""
    return st.one_of(st.sampled_from(["[sic]", "[SIC]", "[sic!]"]), words(1, 2).map(lambda w: f"[sic; {w}]"))


def footnote_ref() -> st.SearchStrategy[str]:
    """A note reference glued to the word before it: ``Molotov[1]``."""
    return st.builds(
        lambda w, n: f"{w}[{n}]",
        st.sampled_from(["Molotov", "Hungary.", "Su Yu:"]),
        st.one_of(st.integers(1, 999).map(str), st.sampled_from(["iv", "b"])),
    )


def page_break() -> st.SearchStrategy[str]:
    """``[Page 412]``."""
    return st.integers(1, 9999).map(lambda n: f"[Page {n}]")


_KINDS = {
    "supplied": supplied,
    "gloss": gloss,
    "uncertain": uncertain,
    "gap": gap,
    "note": note,
    "sic": sic,
    "footnote_ref": footnote_ref,
    "page_break": page_break,
}


def span() -> st.SearchStrategy[str]:
    """Any one well-formed span (with its lead word for glosses and note references)."""
    return st.one_of([make() for make in _KINDS.values()])


def labelled_span() -> st.SearchStrategy[tuple[str, str]]:
    """``(text, category)``: a span and the category a reader would give its last bracket.

    For notes the category is ``translator_note`` or ``editor_note`` by label.
    """

    def note_category(text: str) -> str:
        return "translator_note" if text.startswith("[Translator") else "editor_note"

    # supplied words a reader tells without a doubt: function words that fill the sentence
    # they stand in (``there are [no] reasons``); a capitalised word alone in brackets after
    # a sentence's end may as well be a note or a gloss.
    kinds = {**_KINDS, "supplied": _filling_words}
    return st.one_of(
        [
            make().map(lambda t, k=kind: (t, note_category(t) if k == "note" else k))
            for kind, make in kinds.items()
        ]
    )


def _filling_words() -> st.SearchStrategy[str]:
    """``[no] reasons``: function words in brackets, then the words of the sentence they fill."""
    return st.builds(
        lambda f, w: f"[{f}] {w}",
        st.sampled_from(["no", "the", "and", "not", "of the", "in the", "with", "to"]),
        words(1, 3, vocabulary_only=True),
    )


def nested_span(max_leaves: int = 6) -> st.SearchStrategy[str]:
    """Spans inside spans, to any depth: ``[handwritten: "to [[V. Petrov?]] and Orlov"]``."""
    leaf = st.one_of(span(), words())
    return st.recursive(
        leaf,
        lambda inner: st.lists(st.one_of(inner, words()), min_size=1, max_size=3).map(
            lambda parts: "[" + " ".join(parts) + "]"
        ),
        max_leaves=max_leaves,
    )


def document(max_parts: int = 12) -> st.SearchStrategy[str]:
    """Well-formed markup: plain text with spans (some nested) between."""
    part = st.one_of(plain_text(), span(), nested_span())
    return st.lists(part, max_size=max_parts).map(" ".join)


def labelled_document(max_parts: int = 8) -> st.SearchStrategy[tuple[str, list[str]]]:
    """``(text, categories)``: spans separated by plain sentences, with the expected
    category of each top-level span in order."""
    sentence = words(2, 5).map(lambda w: f" {w}. ")
    pair = st.tuples(sentence, labelled_span())
    return st.lists(pair, max_size=max_parts).map(
        lambda items: ("".join(s + t for s, (t, _) in items), [k for _, (_, k) in items])
    )


def malformed(max_parts: int = 12) -> st.SearchStrategy[str]:
    """Markup with faults: stray ``]``, unclosed ``[``, nesting cut short, NUL, lone
    surrogates, any Unicode, CRLF and CR line breaks."""
    fault = st.sampled_from(["[", "]", "[[", "]]", "[\n", "\r\n]", "\x00", "\ud800", "\udfff", "[supervis"])
    part = st.one_of(plain_text(), span(), nested_span(), fault, st.text(max_size=20))
    return st.lists(part, min_size=1, max_size=max_parts).map("".join)


def markup() -> st.SearchStrategy[str]:
    """Any markup, well-formed or not."""
    return st.one_of(document(), malformed())
