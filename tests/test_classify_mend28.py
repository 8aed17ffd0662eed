"""The 28th round's mends: the other-script original read across a line break whatever follows
it on its line, but not where the line goes on in its script or a signature is described after
it; and the public home of the initialled-name pattern."""

from __future__ import annotations

import pytest

from conftest import span_of
from lacuna.classify import apparatus
from lacuna.classify.context import cues
from lacuna.classify.words import INITIALLED_NAME


def test_the_chinese_of_a_name_under_its_line_is_still_its_original():
    # https://digital.library.pitt.edu/islandora/object/pitt%3A7198659/transcript (CR/10: the
    # sentence goes on after the bracket, "Museum.")
    text = (
        "8\n00:00:40.680 --> 00:00:52.140 align:center line:-1\n"
        "OK. Um...In the 1980s, I went to Amsterdam, to visit the\nAnne Frank\n[安妮·法兰克] Museum.\n"
    )
    span = span_of(text, "[安妮·法兰克]")
    assert span.category == "gloss", span.because
    assert span.because.startswith("translation_across_line:")


@pytest.mark.parametrize(
    "text",
    [
        # the review's probes of the 28th round (the shapes its finding 5 names): the line goes
        # on after the bracket with a dash, a figure, a parenthesis or another bracket, or the
        # bracket ends its line under a word of the line above (a subtitle's broken sentence)
        "we all lived through the\nCultural Revolution\n[文化大革命] — it was hard.",
        "we all lived through the\nCultural Revolution\n[文化大革命] 1966 to 1976.",
        "we all lived through the\nCultural Revolution\n[文化大革命] (1966-76) and after",
        "we called him\nChairman Mao\n[毛主席] [Mao Zedong], and",
        "we called him\nChairman Mao\n[毛主席] …",
        # under a heading in capitals: the heading's original
        "KOREAN WORKERS PARTY\n[조선로동당] was founded",
    ],
)
def test_the_original_under_its_line_whatever_goes_on_after_it(text: str) -> None:
    inside = text[text.index("\n[") + 1 : text.index("]", text.index("\n[")) + 1]
    span = span_of(text, inside)
    assert span.category == "gloss", span.because
    assert span.because.startswith("translation_across_line:")


def test_the_line_going_on_in_the_brackets_script_is_the_texts_own():
    # https://wilson-center-digital-archive.dvincitest.com/node/88997 (the Chinese text of
    # Zhou Enlai's talk with Maurer, 1966: the dev label is supplied, the date of the text's
    # own sentence), glued to the bracket as on the page and after a space (the shape the
    # review names): no original of "Beijing" above
    for gap in ("", " "):
        text = (
            "October 5, 1966\nSummary of Zhou Enlai's Talk with Ion Gheorghe Maurer, Chairman of the"
            f" Council of Ministers of Romania, in Beijing\n[10 月 5 日]{gap}下午 4 时 30 分,在钓鱼台宾馆 18"
            " 号楼同罗马尼亚部长会议主席毛雷尔进行会谈。"
        )
        span = span_of(text, "[10 月 5 日]")
        assert span.category == "supplied", span.because


def test_a_signature_described_after_the_bracket_renders_no_word_above():
    # the review's probe (finding 5: "a described signature or seal"): the bracket gives the
    # signature the document bears, described after it; read as a signature supplied at its
    # line's start (as the dev label reads FRUS's "[ George F. Kennan ]" alone on its line),
    # not as the original of "Enlai" above
    text = "Humbly submitted,\nZhou Enlai\n[周恩来] (signature)\nJuly 26"
    span = span_of(text, "[周恩来]")
    assert span.category == "supplied", span.because
    assert not span.because.startswith("translation_across_line:")


def test_the_initialled_name_pattern_has_one_public_home():
    # FRUS, Conference of Berlin 1945 vol. II, d1147: "Very sincerely yours," / "[ George F. Kennan ]"
    assert INITIALLED_NAME.fullmatch("George F. Kennan") is not None
    assert INITIALLED_NAME.fullmatch("Harry S. Truman") is not None
    assert INITIALLED_NAME.fullmatch("Report a bug") is None
    assert not hasattr(apparatus, "_INITIALLED_NAME")
    assert not hasattr(cues, "_INITIALLED_NAME")
    text = "Very sincerely yours,\n\n[ George F. Kennan ]"
    assert span_of(text, "[ George F. Kennan ]").category != "other"
