"""What carries to unseen sites (task cross22): features of the learned rule read from a
language's grammar and an editor's vocabulary, not from one site's house style.

Expectations are written by hand from real documents (the address in a comment), read as a
historian would.
"""

from __future__ import annotations

from conftest import features_of
from lacuna.classify.learned.inside_features import _note_words
from lacuna.classify.learned.kinds import SAME_KIND, kind_of, same_kind
from lacuna.conventions import Conventions


def test_a_word_of_the_kind_of_the_word_before_is_seen():
    # https://digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-27-october-1962
    # an adverb glossed by an adverb
    text = "because he started this process publicly [openly] and he is prepared to do it"
    assert SAME_KIND in features_of(text, "[openly]")
    # https://alphahistory.com/russianrevolution/lenins-hanging-order-kulaks-1918/
    # a Russian plural glossed by an English one
    text = "The revolt by the five kulak volosts [regions] must be suppressed without mercy."
    assert SAME_KIND in features_of(text, "[regions]")


def test_a_word_the_sentence_lacks_is_of_another_kind():
    # https://digitalarchive.wilsoncenter.org/document/stenographic-transcript-excom-central-committee-romanian-workers-party
    # "other" takes a noun: the noun is supplied (other is a function word here, no feature)
    text = "and also of some of the other [delegates], namely to include as a first issue"
    assert SAME_KIND not in features_of(text, "[delegates]")
    # https://digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-27-october-1962
    # a supplied noun after a determiner: no content word before it
    text = "He has to carry out a quick liquidation of the [missile] bases in Cuba"
    assert SAME_KIND not in features_of(text, "[missile]")


def test_kinds_are_told_by_endings_from_the_table():
    conv = Conventions.default()
    assert kind_of("publicly", conv) == "adverb"
    assert kind_of("inspection", conv) == "noun"
    assert kind_of("regions", conv) == "plural"
    assert kind_of("less", conv) is None  # (a short word: the ending is the word)
    assert kind_of("the", conv) is None
    assert not same_kind("control", "inspection", conv)  # ("control" has no listed ending)


def test_editors_words_of_several_sites_are_note_words():
    # words found in editors' notes on three sites of dev or more, in no other category
    words = _note_words(Conventions.default())
    for word in ("inserted", "faded", "translated", "transcribed", "recorded", "image"):
        assert word in words, word
    # http://www.pbs.org/georgewashington/collection/pres_1792oct1 (a letter to Washington,
    # 1792): the transcriber's note on a word written above the line
    text = "But as this is a publick [struck:\nsubject] [inserted: subject] [struck:\nI have not] it is"
    assert "a note's word inside" in features_of(text, "[inserted: subject]")
