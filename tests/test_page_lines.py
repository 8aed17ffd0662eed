"""The page reader's line checks are cheap and decide as before: lines are split by one regex
pass (checked against the plain loop it replaced), a line is case-folded only when it may be
one of the page's words (checked against folding every line), and the work is counted."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import lacuna.pages.fields as fields_module
from lacuna.pages import read
from lacuna.pages.fields import CHROME_LINES, END_OF_BODY, FIELDS, NOTES_HEADINGS, SUPPORT, line_key
from lacuna.pages.lines import BOM, Line, fold, split_lines

_BREAK = re.compile(r"\r\n|\r|\n")


def _reference_lines(text: str) -> list[Line]:
    """The line splitter as it was written before (a search for each line break)."""
    out: list[Line] = []
    pos = 1 if text.startswith(BOM) else 0
    blank = True
    n = len(text)
    while pos <= n:
        m = _BREAK.search(text, pos)
        end = m.start() if m else n
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            out.append(Line(pos, end, stripped, len(raw) - len(raw.lstrip()), blank))
            blank = False
        else:
            blank = True
        if m is None:
            break
        pos = m.end()
    return out


# every kind of white space str.strip knows, the three line breaks, and a few letters
_PIECES = ["a", "Source", " ", "\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\xa0"]
_PIECES += [BOM, ":"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example("")
@example("\ufeff")
@example("a\r\n\r\n  b  \n\n")
@example(" \u2028 x \x85\ry")
def test_lines_are_split_as_by_the_plain_loop(text: str) -> None:
    assert split_lines(text) == _reference_lines(text)


def test_lines_by_hand() -> None:
    text = "\ufeffTitle\r\n\r\n  Body line  \nnext\r\rlast"
    assert split_lines(text) == [
        Line(1, 6, "Title", 0, True),
        Line(10, 23, "Body line", 2, True),
        Line(24, 28, "next", 0, False),
        Line(30, 34, "last", 0, True),
    ]


_WORDS = sorted({*CHROME_LINES, *END_OF_BODY, *NOTES_HEADINGS, *FIELDS})
_PREFIXES = (SUPPORT, "record id", "digital archive")


def _lines() -> st.SearchStrategy[str]:
    word = st.sampled_from([*_WORDS, *_PREFIXES])
    # case changes, characters that fold to two (ß, ﬁ) or to ASCII (ſ, K), colons, long tails
    cased = word.flatmap(
        lambda w: st.lists(st.booleans(), min_size=len(w), max_size=len(w)).map(
            lambda ups: "".join(c.upper() if u else c for c, u in zip(w, ups, strict=True))
        )
    )
    odd = st.sampled_from(["ß", "ﬁ", "ſ", "\u212a", "’", ":", " ", "x", "İ"])
    tail = st.lists(odd, max_size=60).map("".join)
    return st.tuples(cased, tail, st.sampled_from(["", ":", "::::", " :"])).map(
        lambda t: (t[0] + t[1] + t[2]).strip()
    )


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_lines(), st.text(max_size=80).map(str.strip)))
@example("Source" + ":" * 80)
@example("Record ID " + "1" * 80)
@example("aßociated collections")
def test_a_line_key_answers_as_the_folded_line(line: str) -> None:
    key, folded = line_key(line), fold(line)
    for words in (CHROME_LINES, END_OF_BODY, NOTES_HEADINGS, FIELDS):
        assert (key in words) == (folded in words)
    for prefix in _PREFIXES:
        assert key.startswith(prefix) == folded.startswith(prefix)
    assert fields_module.field_label(line) == _reference_field_label(line)


def _reference_field_label(line_text: str) -> str | None:
    key = fold(line_text)
    m = fields_module.LABELLED.fullmatch(line_text)
    label = fold(m.group("label")) if m is not None else key
    return label if label in FIELDS and (m is not None or key in FIELDS) else None


def test_reading_a_page_folds_its_short_lines_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folded: list[str] = []
    real = fields_module.fold

    def spy(text: str) -> str:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(fields_module, "fold", spy)
    sentence = "The Soviet side agreed to the proposal of the Chinese delegation without delay."
    head = "Skip to content\n\nMarch 5, 1953\nA record\n\n"
    tail = "\n\nDocument Information\n\nSource\n\nAn archive\n\nRecord ID\n\n113636\n"
    for paragraphs in (100, 1000):
        folded.clear()
        page = read(head + "\n\n".join([sentence] * paragraphs) + tail)
        assert page.format == "archive" and page.record_id == "113636"
        assert len(folded) <= 40  # the heading and the metadata's lines, not the sentences
