"""Glosses a sentence reads whole without (gloss38; rules ``region_located``, ``measure_converted``,
``examples_given``, ``person_affiliated`` and the adverb kind of ``same_kind``): where a place lies
by its compass point, an amount converted to another unit, examples of what the word before names,
where a person named in full belongs, an adverb restating the adverb before. Real text of public
pages, the category written by hand from the document, and near misses written by hand that must
stay as they are (the words a sentence lacks: objects, complements, a place after a verb, a time, a
date, the rest of a body's or a ruler's name)."""

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
# https://www.discovernikkei.org/en/journal/2015/6/22/5802/ (a Japanese internee's diary)
KIKKOMAN = (
    "and each person was given a pint [about 2 cups], so we received one gallon and one pint "
    "[about 4 liters]. Even now, I feel deeply grateful for my homeland."
)
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
# https://digitalarchive.wilsoncenter.org/document/telegram-polish-embassy-washington-drozniak-27-october-1962
OPENLY = (
    "the quick liquidation of the [missile] bases in Cuba, because he started this process publicly "
    "[openly] and he is prepared to do it"
)

# http://wdsharett.blogspot.com/2016/08/114-additional-notes-regarding-meeting.html (Sharett's diary)
WHITE = "(5) [Ivan] White [of the US Embassy] has invited himself to my place for lunch today."
# https://bengurionarchive.bgu.ac.il/en/node/10411 (Ben-Gurion's diary)
FEIGIN = (
    "He sent Mark Feigin [of the engineering unit], and Feigin didn't give consent. I suggested that "
    "Yosef clarify whether Mrs. [Bertha] Schoolman [of Hadassah] would agree to receive the northern camp."
)
# https://cather.unl.edu/letters.html?_name=Prairie%20Schooner (the Willa Cather archive)
SCHOSSBERGER = "To Emily Schossberger [of the Prairie Schooner]September 10, 1943"

CASES = [
    (WHITE, "[of the US Embassy]", "gloss", "person_affiliated"),
    (FEIGIN, "[of the engineering unit]", "gloss", "person_affiliated"),
    (FEIGIN, "[of Hadassah]", "gloss", "person_affiliated"),
    (SCHOSSBERGER, "[of the Prairie Schooner]", "gloss", "person_affiliated"),
    (PHAM_VAN_DONG, "[in central Vietnam]", "gloss", "region_located"),
    (KIRKENES, "[in northern Norway]", "gloss", "region_located"),
    (KIKKOMAN, "[about 2 cups]", "gloss", "measure_converted"),
    (KIKKOMAN, "[about 4 liters]", "gloss", "measure_converted"),
    (PROCURACY, "[e.g., the procuracy]", "gloss", "examples_given"),
    (HUNDRED_FLOWERS, FLOWERS, "gloss", "examples_given"),
    (OPENLY, "[openly]", "gloss", "same_kind"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_glosses_read_on_real_pages(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_the_glossed_words() -> None:
    assert span_of(KIKKOMAN, "[about 2 cups]").glossed == "a pint"
    assert span_of(KIRKENES, "[in northern Norway]").glossed == "Kirkenes"
    assert span_of(FEIGIN, "[of the engineering unit]").glossed == "Mark Feigin"


@pytest.mark.parametrize(
    ("text", "inside", "rule"),
    [
        # a place after a verb or a word naming no place: where the action is, supplied
        ("The fighting [in northern Vietnam] went on all year.", "[in northern Vietnam]", "region_located"),
        ("He arrived [in central Europe] on Monday.", "[in central Europe]", "region_located"),
        ("He [in northern Vietnam] said so.", "[in northern Vietnam]", "region_located"),
        ("He was living [in Jerusalem] on Ben-Yehuda Street.", "[in Jerusalem]", "region_located"),
        # a time, a date, another amount
        ("He arrived [about 2 hours] later.", "[about 2 hours]", "measure_converted"),
        ("To Jefferson from Lafayette, [ca. 1 November 1802]", "[ca. 1 November 1802]", "measure_converted"),
        ("We waited three days [2 weeks] in all.", "[2 weeks]", "measure_converted"),
        # one word after "such as": the words the sentence lacks
        ("without the facts— [such as the] issue of coal quotas.", "[such as the]", "examples_given"),
        ("Take [for example] our tractor station.", "[for example]", "examples_given"),
        # an adverb after a function word or a short one, and the words a sentence lacks
        ("It was only [recently] known.", "[recently]", "same_kind"),
        ("He spoke very [slowly] and quietly.", "[slowly]", "same_kind"),
        # a title, a body's word, one capitalised word, a verb taking "of", a pronoun
        ("Meanwhile, [King] Hassan [of Morocco] has a battalion.", "[of Morocco]", "person_affiliated"),
        ("King Hassan [of Morocco] has a battalion.", "[of Morocco]", "person_affiliated"),
        ("You are instructed to inform the President [of Mexico] of it.", "[of Mexico]", "person_affiliated"),
        (
            "the Second Asia Department [of the Ministry of Foreign Affairs] study",
            "[of the Ministry of Foreign Affairs]",
            "person_affiliated",
        ),
        (
            "the Central Committee [of the All-Union Communist party] proposes",
            "[of the All-Union Communist party]",
            "person_affiliated",
        ),
        (
            "in Kraków. Minister [of art and culture] Rzymowski presides.",
            "[of art and culture]",
            "person_affiliated",
        ),
        ("He informed Ivan Petrov [of the decision] at once.", "[of the decision]", "person_affiliated"),
        ("I told Ivan Petrov [of our plans] yesterday.", "[of our plans]", "person_affiliated"),
        ("We met in New York [of all places] that spring.", "[of all places]", "person_affiliated"),
        # an adjective in -ly the sentence lacks after an adverb ([gloss.kinds] none)
        ("He was received by a recently [friendly] government.", "[friendly]", "same_kind"),
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
        ("He informed Ivan Petrov [of the decision] at once.", "[of the decision]"),
        ("King Hassan [of Morocco] has a battalion.", "[of Morocco]"),
    ],
)
def test_supplied_objects_and_complements_stay_supplied(text: str, inside: str) -> None:
    assert span_of(text, inside).category == "supplied", (text, span_of(text, inside).because)


@pytest.mark.parametrize(
    "rule", ["region_located", "measure_converted", "examples_given", "person_affiliated"]
)
def test_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
