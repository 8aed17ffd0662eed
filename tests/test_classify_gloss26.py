"""gloss26: a feature of the learned rule that reads whether the sentence reads whole without the
span (``lacuna.classify.learned.whole``). Excerpts of real pages, with their addresses."""

from __future__ import annotations

from conftest import features_of
from lacuna.classify.learned import POSITIONS
from lacuna.classify.learned.whole import READS_WHOLE, reads_whole


def test_a_gloss_between_words_that_join_as_the_text_stands():
    # the Wilson Center, a cable of Le Duan of 1975 (digitalarchive.wilsoncenter.org/document/176058)
    text = (
        "I have sent a number of ideas to Brothers Bay Cuong [Pham Hung], Tuan [Van Tien Dung], "
        "and Tu Nguyen [Tran Van Tra] so that they would"
    )
    assert READS_WHOLE in features_of(text, "[Pham Hung]")
    assert READS_WHOLE in features_of(text, "[Tran Van Tra]")  # (a function word after)
    # archivesearch.lib.cam.ac.uk/repositories/9/archival_objects/1416364
    text = "Foreign Secretary [Anthony Eden, later 1st Lord Avon]; the Chief Whip [James Stuart]; senior"
    assert READS_WHOLE in features_of(text, "[Anthony Eden, later 1st Lord Avon]")
    # Venona, genderi.org/venona-special-studies-doc.html?page=52 (the span ends the sentence)
    assert READS_WHOLE in features_of("He is a fellow countryman [U.S. Communist]. ", "[U.S. Communist]")


def test_supplied_words_fill_a_slot_the_words_around_them_leave_open():
    # docslib.org/doc/12366347 (Qiao Xiaoguang on a conversation with Kim Il Sung, 1959):
    # the word after goes on with the inside
    text = "Chairman Liu [Shaoqi] to discuss [North] Korea’s economic development over the past year."
    assert READS_WHOLE not in features_of(text, "[North]")
    # the Wilson Center: "The Soviet Union experienced [economic] losses no smaller than Poland"
    text = "The Soviet Union experienced [economic] losses no smaller than Poland"
    assert READS_WHOLE not in features_of(text, "[economic]")
    # after a word that needs what follows it (a pronoun; punctuation: a new clause)
    assert READS_WHOLE not in features_of("everything [he] saw, saying that", "[he]")
    assert READS_WHOLE not in features_of("Moscow 12. [Stalin] said", "[Stalin]")  # (after punctuation)


def test_the_feature_is_a_position_the_inside_is_crossed_with():
    assert READS_WHOLE in POSITIONS
    # the Wilson Center (node/90261): "ask Gao [Gang] to think this over and inform [me]."
    text = "like Meihekou or Benxi, ask Gao [Gang] to think this over and inform [me].\nPremier Kim"
    found = features_of(text, "[Gang]")
    assert READS_WHOLE in found
    assert f"one word inside & {READS_WHOLE}" in found
    # a pronoun the sentence lacks where it reads whole: the crossing lets the model tell it
    assert f"a pronoun inside & {READS_WHOLE}" in features_of(text, "[me]")


def test_reads_whole_from_the_features_of_the_words_around():
    assert reads_whole(("after a capitalised word",), None)
    assert reads_whole(("after an English word",), ("punctuation after", "a comma after"))
    assert not reads_whole(("after an English word",), ("a lower-case word after",))
    assert not reads_whole(("after a function word", "after an English word"), None)
    assert not reads_whole(("after a figure",), ("punctuation after",))
    assert not reads_whole((), None)
