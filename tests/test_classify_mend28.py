"""The 28th round's mends: the other-script original read across a line break only where the
sentence goes on after it, and the public home of the initialled-name pattern."""

from __future__ import annotations

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


def test_a_signature_in_another_script_under_the_name_renders_no_word_above():
    # shaped after https://digitalarchive.wilsoncenter.org/document/208198 (Zhou Enlai's cable of
    # 26 July 1952: "Humbly submitted, / Zhou Enlai / July 26"), with the signature in Chinese
    # that an edition prints under the English name and describes after it: no rendering of "Enlai"
    text = (
        "Please ask the Chairmen to review it.\nHumbly submitted,\nZhou Enlai\n[周恩来] (signature)\nJuly 26"
    )
    span = span_of(text, "[周恩来]")
    assert not span.because.startswith("translation_across_line:"), span.because


def test_a_seal_text_after_the_english_line_renders_no_word_above():
    # shaped after the Wilson Center's translations of Chinese Foreign Ministry cables, whose
    # receiving seal is described under the text: the seal's words in Chinese, the line going on
    # in Chinese after a space (the seal's date)
    text = "The Ministry of Foreign Affairs requests your instructions\n[外交部办公厅] 一九五二年七月\n"
    span = span_of(text, "[外交部办公厅]")
    assert not span.because.startswith("translation_across_line:"), span.because


def test_a_title_in_another_script_under_a_heading_in_capitals_renders_no_word():
    # shaped after https://wilson-center-digital-archive.dvincitest.com/node/88997 (a record's
    # English title over its Chinese transcription): a heading in capitals, its Chinese title
    # under it, and the text going on after the bracket
    text = "RECORD OF CONVERSATION BETWEEN ZHOU ENLAI AND MAURER\n[周恩来同毛雷尔谈话记录] Beijing, 5 October"
    span = span_of(text, "[周恩来同毛雷尔谈话记录]")
    assert not span.because.startswith("translation_across_line:"), span.because


def test_the_initialled_name_pattern_has_one_public_home():
    # FRUS, Conference of Berlin 1945 vol. II, d1147: "Very sincerely yours," / "[ George F. Kennan ]"
    assert INITIALLED_NAME.fullmatch("George F. Kennan") is not None
    assert INITIALLED_NAME.fullmatch("Harry S. Truman") is not None
    assert INITIALLED_NAME.fullmatch("Report a bug") is None
    assert not hasattr(apparatus, "_INITIALLED_NAME")
    assert not hasattr(cues, "_INITIALLED_NAME")
    text = "Very sincerely yours,\n\n[ George F. Kennan ]"
    assert span_of(text, "[ George F. Kennan ]").category != "other"
