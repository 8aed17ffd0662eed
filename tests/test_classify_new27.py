"""The twenty-seventh round's misses (issue 13): the glossed words after a supplied name, each
case written by hand from the real page (address in a comment), and the invariant that a gloss's
glossed words hold no part of another span's markup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from conftest import span_of
from lacuna.classify import whole_spans_only


def test_glossed_words_after_a_supplied_first_name_leave_its_bracket_out():
    # https://bengurionarchive.bgu.ac.il/en/node/9792 (Ben-Gurion's diary, the translators'
    # identification of the district commissioner after a supplied first name)
    text = (
        "A few days ago [William] Fuller [commissioner for the Lod (Lydda) district, which "
        "included Jaffa and Tel Aviv] and Flanagan [Lod district police superintendent] told "
        "Rokach that the [people's] guard will consist of guards"
    )
    span = span_of(text, "[commissioner for the Lod (Lydda) district, which included Jaffa and Tel Aviv]")
    assert span.category == "gloss", span.because
    assert span.glossed == "Fuller"
    assert span_of(text, "[Lod district police superintendent]").glossed == "Flanagan"


def test_whole_spans_only_trims_a_stray_bracket_and_keeps_a_whole_span():
    text = "[William] Fuller [x]"
    assert whole_spans_only(text, text.index("William"), text.index(" [x]")) == (10, 16)
    text = "the [South] Vietnamese government [x]"
    first, last = whole_spans_only(text, 0, text.index(" [x]"))
    assert text[first:last] == "the [South] Vietnamese government"
    # nothing but markup left: no glossed words
    assert whole_spans_only("a] [b", 1, 4) == (None, None)


_PIECE = st.sampled_from(
    [
        "[William]",
        "Fuller",
        "the",
        "[people's]",
        "Minister",
        "[",
        "]",
        "of",
        "Rokach",
        "[Yosef]",
        "noter",
        ",",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PIECE, min_size=0, max_size=14),
    st.sampled_from(
        [
            "commissioner for the Lod district",
            "Lod district police superintendent",
            "the head of the ministry",
        ]
    ),
)
def test_glossed_words_hold_no_part_of_another_spans_markup(pieces: list[str], inside: str) -> None:
    text = " ".join(pieces) + f" [{inside}] told him"
    for span in lacuna.parse(text).spans():
        if isinstance(span, lacuna.Gloss) and span.glossed is not None:
            glossed = span.glossed
            depth = 0
            for ch in glossed:
                depth += {"[": 1, "]": -1}.get(ch, 0)
                assert depth >= 0, (text, glossed)
            assert depth == 0, (text, glossed)
