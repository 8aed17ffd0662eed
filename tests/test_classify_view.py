"""The span's view reads the words around a span with ``re`` on the text reversed
(lacuna.classify.words.near_word, view._Before): the same words, at the same offsets, as the
``regex`` searches backwards (``(?r)``) and forwards that it replaces."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna.ast import SpanInfo
from lacuna.classify.context.data import _inside_facts
from lacuna.classify.numbers import Number
from lacuna.classify.view import _Before, _last_word
from lacuna.classify.words import _LOOKBACK, _NEAR_REVERSED, _NEAR_WORD, _WINDOW, near_word
from lacuna.conventions import Conventions

# the separators as regex reads them (every White_Space character, brackets), the four
# characters re's \s holds and regex's does not, line breaks, letters, a surrogate
_CHARS = (
    "\t\x0b\x0c \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000[]"
    "\x1c\x1d\x1e\x1f\r\nab.,’é\u0301Ж\udce9"
)
_TEXTS = st.one_of(
    st.text(alphabet=_CHARS, max_size=80),
    # long words (more than 60 characters) and long runs of separators
    st.lists(
        st.sampled_from(["a" * 70, "b" * 61, " " * 30, "x", "\n", "\r\n", "] [", "\u3000"]), max_size=12
    ).map("".join),
)

_PREV_WORDS_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
_NEXT_WORDS = regex.compile(r"[^\s\[\]]{1,60}")


def _words_back(text: str, start: int, word_start: int) -> list[tuple[str, int]]:
    """The words before ``word_start`` back to the line's start, as the regex search finds them."""
    lo = max(0, start - _WINDOW)
    line = max(text.rfind("\n", lo, start), text.rfind("\r", lo, start))
    line_start = line + 1 if line >= 0 else lo
    out, at = [], word_start
    while len(out) < _LOOKBACK - 1:
        m = _PREV_WORDS_BACK.search(text, line_start, at)
        if m is None:
            break
        out.append((m.group(), m.start()))
        at = m.start()
    return out


def _words_after(text: str, end: int) -> list[str]:
    hi = min(len(text), end + _WINDOW)
    n = text.find("\n", end, hi)
    r = text.find("\r", end, hi if n < 0 else n)
    line_end = r if r >= 0 else n if n >= 0 else hi
    out, at = [], end
    while len(out) < _LOOKBACK:
        m = _NEXT_WORDS.search(text, at, line_end)
        if m is None:
            break
        out.append(m.group())
        at = m.end()
    return out


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS, st.text(alphabet="ab ", min_size=1, max_size=5))
def test_the_view_reads_the_words_the_regex_searches_find(before: str, after: str, inside: str) -> None:
    text = f"{before}[{inside}]{after}"
    start, end = len(before), len(before) + len(inside) + 2
    m = _NEAR_WORD.match(text, max(0, start - _WINDOW), start)
    near = near_word(text, start)
    assert near == (None if m is None else (m.group(1), m.start(1)))
    conv = Conventions.default()
    word, word_start = near if near is not None else (None, start)
    # (the facts of the inside, as read_context hands them: compiled, the view checks their type)
    facts = _inside_facts(inside, conv)
    view = _Before(facts, None, word, False, conv, text, start, end, word_start)
    if word is not None:
        expected = [(word, word_start), *_words_back(text, start, word_start)]
        got = [(view.word(k), view.start_of(k)) for k in range(len(expected))]
        assert got == expected
        assert view.word(len(expected)) is None
    assert [view.after(k) for k in range(len(_words_after(text, end)))] == _words_after(text, end)
    assert view.after(len(_words_after(text, end))) is None
    # read_context reads the nearest word on the window before the span reversed and hands
    # that window and whether a bracket stands between them on to the view: the same words
    back = text[max(0, start - _WINDOW) : start][::-1]
    m_back = _NEAR_REVERSED.match(back)
    assert near == (None if m_back is None else (m_back.group(1)[::-1], start - m_back.end(1)))
    bracketed = word is not None and "]" in text[word_start + len(word) : start]
    handed = _Before(facts, None, word, False, conv, text, start, end, word_start, None, back, bracketed)
    assert handed.bracketed == view.bracketed
    if word is not None:
        assert [(handed.word(k), handed.start_of(k)) for k in range(len(expected))] == expected
        assert handed.word(len(expected)) is None
    # the number chain's words either side (lacuna.classify.numbers)
    m = _PREV_WORDS_BACK.search(text, max(0, start - _WINDOW), start)
    if m is not None and regex.search(r"[\r\n]", text[m.end() : start]):
        m = None
    assert _last_word(text, start) == (None if m is None else (m.group(), m.start()))
    number = Number(SpanInfo("footnote_ref"), text, start, end, inside, conv)
    assert number.next_word() == (_words_after(text, end) or [None])[0]


def test_the_view_on_a_real_line() -> None:
    """``Cable, Zhou Enlai to Filippov [Stalin] (excerpt)`` (a Wilson Center listing)."""
    text = "March 7, 1952\n\nCable, Zhou Enlai to Filippov [Stalin] (excerpt)\nnext"
    start = text.index("[")
    end = text.index("]") + 1
    assert near_word(text, start) == ("Filippov", text.index("Filippov"))
    conv = Conventions.default()
    facts = _inside_facts("Stalin", conv)
    view = _Before(facts, None, "Filippov", False, conv, text, start, end, text.index("Filippov"))
    assert view.words(6) == ["Cable,", "Zhou", "Enlai", "to", "Filippov"]
    assert view.start_of(4) == text.index("Cable,")
    assert [view.after(0), view.after(1)] == ["(excerpt)", None]
