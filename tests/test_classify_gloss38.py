"""Glosses a sentence reads whole without (gloss38; rules ``region_located`` and
``examples_given``): where a place lies by its compass point, examples of what the word before
names. Real text of public pages, the category written by hand from the document, and near misses
written by hand that must stay as they are (the words a sentence lacks: objects, complements, a
place after a verb or after a people, a body or a person, a clause after "such as"), the review's
probes among them. The branch's ``measure_converted``, ``person_affiliated`` and adverb kind of
``same_kind`` were dropped on review (docs/markup.md, "Tried and not kept")."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://digitalarchive.wilsoncenter.org/document/discussion-between-mao-zedong-pham-van-dong-and-vo-nguyen-giap
PHAM_VAN_DONG = (
    "Pham Van Dong: My native village is in Quang Ngai province [in central Vietnam], where people "
    "are fighting the enemy very well."
)
# https://lyrics.az/index.php/adolf-hitler/-/hitlers-reichstag-speech-of-december-11-1941.html
KIRKENES = "From Kirkenes [in northern Norway] to the Spanish frontier stretches the most extensive front."
# https://chronicle-of-current-events.com/2016/03/29/23-3-hunger-strikes-by-political-prisoners/
PROCURACY = (
    "against the lack of any reaction to his appeals by the supervisory bodies [e.g., the "
    "procuracy]. Fyodorov did, however, turn out for work."
)
FLOWERS = "[such as the ones that occurred during the Hundred Flowers Campaign]"
# a Wilson Center summary of Mao's remarks (digitalarchive.wilsoncenter.org, topic search)
HUNDRED_FLOWERS = (
    "He particularly notes that the CCP must be prepared to face rebellions at universities [such "
    "as the ones that occurred during the Hundred Flowers Campaign]. When Mao allowed"
)
CASES = [
    (PHAM_VAN_DONG, "[in central Vietnam]", "gloss", "region_located"),
    (KIRKENES, "[in northern Norway]", "gloss", "region_located"),
    (PROCURACY, "[e.g., the procuracy]", "gloss", "examples_given"),
    (HUNDRED_FLOWERS, FLOWERS, "gloss", "examples_given"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_glosses_read_on_real_pages(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_the_glossed_words() -> None:
    assert span_of(KIRKENES, "[in northern Norway]").glossed == "Kirkenes"


@pytest.mark.parametrize(
    ("text", "inside", "rule"),
    [
        # a place after a verb or a word naming no place: where the action is, supplied
        ("The fighting [in northern Vietnam] went on all year.", "[in northern Vietnam]", "region_located"),
        ("He arrived [in central Europe] on Monday.", "[in central Europe]", "region_located"),
        ("He [in northern Vietnam] said so.", "[in northern Vietnam]", "region_located"),
        ("He was living [in Jerusalem] on Ben-Yehuda Street.", "[in Jerusalem]", "region_located"),
        # one word after "such as": the words the sentence lacks
        ("without the facts— [such as the] issue of coal quotas.", "[such as the]", "examples_given"),
        ("Take [for example] our tractor station.", "[for example]", "examples_given"),
        # the review's probes: a people, a body, a person or a state before "in" (who is where), a
        # clause after "such as"
        ("The Americans [in South Vietnam] were nervous.", "[in South Vietnam]", "region_located"),
        ("the Party Committee [in northern Vietnam] met", "[in northern Vietnam]", "region_located"),
        ("the Government [in West Berlin] fell", "[in West Berlin]", "region_located"),
        ("Comrade Le Duan [in southern Vietnam] wrote", "[in southern Vietnam]", "region_located"),
        ("the state [in northern Germany] collapsed", "[in northern Germany]", "region_located"),
        ("the weapons [such as they are] will do", "[such as they are]", "examples_given"),
        ("the prices [such as it was] rose", "[such as it was]", "examples_given"),
    ],
)
def test_near_misses_are_not_read_by_the_rules(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He informed [him] of the decision.", "[him]"),
        ("The important [thing] is to act at once.", "[thing]"),
        ("They signed a commercial [agreement], a cultural one and a third.", "[agreement]"),
        ("the quick liquidation of the [missile] bases in Cuba", "[missile]"),
        ("They experienced [economic] losses.", "[economic]"),
        ("He told Gromyko [the American position] on Berlin.", "[the American position]"),
        ("The American [air traffic control] service", "[air traffic control]"),
        ("He arrived [in central Europe] on Monday.", "[in central Europe]"),
        ("He arrived [about 2 hours] later.", "[about 2 hours]"),
        ("The Americans [in South Vietnam] were nervous.", "[in South Vietnam]"),
    ],
)
def test_supplied_objects_and_complements_stay_supplied(text: str, inside: str) -> None:
    assert span_of(text, inside).category == "supplied", (text, span_of(text, inside).because)


@pytest.mark.parametrize("rule", ["region_located", "examples_given"])
def test_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
