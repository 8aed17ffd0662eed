"""Glosses read as supplied words (issue 13, helper gloss19): real text of dev's pages, read by
hand, with a near miss each convention must not take."""

from __future__ import annotations

import pytest

from conftest import assert_read_by
from lacuna.classify.learned import span_features
from lacuna.conventions import Conventions


@pytest.mark.parametrize(
    "text",
    [
        # a married woman's name at birth (Archives Hub, the London Missionary Society's North
        # China letters of 1890, https://archiveshub.jisc.ac.uk/search/archives/938794da-7729-
        # 319a-86bd-a827477c176b?component=780d89c1-c479-364b-8034-4f7f4d97c00f)
        "Mrs McFarlane [née Mary Armstrong], Hsaio Chang [Siaochang/Xiaozhang] - her work",
        "Mrs Smith [née Jessie Philips], Tientsin and Chefoo",
    ],
)
def test_a_name_at_birth_is_a_gloss_by_its_cue(text: str) -> None:
    assert_read_by(text, text[text.index("[") : text.index("]") + 1], "gloss", "gloss_cue")


def _features(text: str, span: str) -> list[str]:
    start = text.index(span)
    return span_features(text, start, start + len(span), Conventions.default())


CONTENT = "a content word inside after a content word"
CLAUSE = "a clause's word inside"


def test_a_content_word_after_a_content_word_is_a_feature() -> None:
    # a synonym of the word before (Yugoslav embassy in Havana, 1962, Wilson Center,
    # https://wilson-center-digital-archive.dvincitest.com/document/telegram-yugoslav-embassy-havana-vidakovic-yugoslav-foreign-ministry-10)
    text = "Thus, he stubbornly refused any control [inspection] showing both sides"
    assert CONTENT in _features(text, "[inspection]")
    # (Polish embassy in Washington, 27 October 1962, Wilson Center)
    text = "because he started this process publicly [openly] and he is prepared to do it"
    assert CONTENT in _features(text, "[openly]")
    # near miss: a pronoun the sentence lacks (Wilson Center, document 110961)
    text = "When Ambassador Alekseev informed [us] about the opinion of comrade Fidel Castro"
    assert CONTENT not in _features(text, "[us]")


def test_a_clause_inside_is_a_feature() -> None:
    # words the sentence lacks, with a modal verb (Shtykov to Vyshinsky, 1950, Wilson Center,
    # http://digitalarchive.wilsoncenter.org/document/112046)
    text = "From Vladivostok to Moscow [Kim and Pak can travel] by train in a special car."
    assert CLAUSE in _features(text, "[Kim and Pak can travel]")
    # near miss: a date whose month is spelt as the modal "may" (Stalin's meeting with the
    # Japanese communists, stalindigitalarchive.com)
    text = "brightly decorated for May Day and Victory Day. [May 9] One day in conversation"
    assert CLAUSE not in _features(text, "[May 9]")
