"""The white space the reading cuts, read in windows around the dropped spans
(:func:`lacuna.editorial.seam_ranges`): the same ranges as the cuts of the whole reading, on
generated documents under several tables, and a walk of the spans near a dropped span only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Document
from lacuna.editorial import CLEAN_RULES, DEFAULT_GAP_MARK, clean_table, ranges, seam_ranges
from lacuna.render.html.conventions import VIEW_RULES


def _whole(doc: Document, table: Mapping[str, str]) -> list[tuple[int, int]]:
    """The reference: the cuts of the whole reading (one walk of the whole text)."""
    return ranges._whole(doc, table, DEFAULT_GAP_MARK)


_TABLES = [
    CLEAN_RULES,
    VIEW_RULES,
    clean_table({"sic": "reading", "gap": "conjecture"}),
    clean_table({"supplied": "drop", "gloss": "drop"}),
    clean_table({"translator_note": "keep", "uncertain": "drop"}),
    clean_table({"gap_note": "drop", "gap": "drop"}),
]

#: Pieces of text that close a window or not: white space, line breaks, punctuation, spans
#: whose reading is empty or white space, notes on lines of their own.
_PARTS = st.sampled_from(
    [
        " ",
        "\n",
        "\r\n",
        "  \n  ",
        "word",
        "word ",
        " word",
        ",",
        ".",
        "\n\n",
        "[ ]",
        "[a ]",
        "[?b ?]",
        "[sic]",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.one_of(lst.markup(), lst.nested_span(), _PARTS), max_size=24).map("".join),
    st.sampled_from(_TABLES),
)
def test_seam_ranges_are_the_cuts_of_the_whole_reading(text: str, table: Mapping[str, str]) -> None:
    doc = lacuna.parse(text)
    assert seam_ranges(doc, table) == _whole(doc, table)


@settings(max_examples=200, deadline=None)
@given(lst.document(), st.sampled_from(_TABLES))
def test_seam_ranges_of_documents(text: str, table: Mapping[str, str]) -> None:
    doc = lacuna.parse(text)
    assert seam_ranges(doc, table) == _whole(doc, table)


@pytest.mark.parametrize(
    "text",
    [
        "a\n" + "  [Note: x]\n" * 30 + "b",  # one window: no word between the notes
        "[Note: x] " + "[a ] " * 40 + "[Note: y] " + "[b ] " * 40 + "[Note: z], c",  # windows grown
        ("word [Note: x] word. " + "[a] " * 7) * 20,  # many small windows
        "[Note: x]" * 5 + " end",
        "start " + "[?a [Note: b] c?] " * 10,
    ],
)
def test_seam_ranges_on_windows_that_must_grow(text: str) -> None:
    doc = lacuna.parse(text)
    for table in _TABLES:
        assert seam_ranges(doc, table) == _whole(doc, table)


def test_only_the_spans_near_a_dropped_span_are_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    import lacuna.editorial.ranges as ranges

    walked: list[int] = []
    real = ranges._walk

    def spy(*args: Any) -> Any:
        window = args[4]
        walked.append(window[1] - window[0] if window is not None else -1)
        return real(*args)

    monkeypatch.setattr(ranges, "_walk", spy)
    unit = "The [Soviet] side [word missing] agreed to [?meet?] the [Soviet] team. "
    for copies in (100, 1000):
        walked.clear()
        text = unit * copies + "One [Translator's note: x] more. " + unit * copies
        doc = lacuna.parse(text)
        after = len(unit * copies) + len("One [Translator's note: x]")
        assert seam_ranges(doc, VIEW_RULES) == [(after, after + 1)]  # "One  more" reads "One more"
        # one window of the note and two top-level spans on each side, whatever the length
        assert walked == [5]
