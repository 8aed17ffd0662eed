"""FRUS's corrections of a garbled telegram's word by its neighbour in the code book (issue 13,
task garble45, rule ``garbled_neighbour``): the editors print the garbled word and their
correction in brackets, a word of the same opening letters and kind that could not stand beside
it. The real texts are dev pages (FRUS 1918, Russia, vols. I and II; FRUS 1919, Russia; a
Jonestown Institute transcript), the categories written by hand from the pages; the other
sentences, and the near misses (words supplied, glosses, lists, a doubt, [sic]), are written by
hand, the supplied words of the same FRUS pages among them."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

RULE = "garbled_neighbour"

# https://history.state.gov/historicaldocuments/frus1918Russiav02/d545
FRUS_1918_RUSSIA_2_D545 = (
    "the provisional government in Omsk grew stronger. This is elegant [eloquent] proof of the active support"
)
# https://history.state.gov/historicaldocuments/frus1918Russiav01/d559
FRUS_1918_RUSSIA_1_D559 = (
    "a wave of pro-Ally sentiment among all except the except [extreme] parties. The week closes"
)
# https://history.state.gov/historicaldocuments/frus1918Russiav02/d509
FRUS_1918_RUSSIA_2_D509 = (
    "157. Situation Chita: Semenov attempting to obviate [obstruct] shipment of supplies"
)
# https://history.state.gov/historicaldocuments/frus1919Russia/d667
FRUS_1919_RUSSIA_D667 = (
    "batteries now under arms out of a theoretical mobilization able [mobilizable] maximum of "
    "15,000 in this district"
)
# https://jonestown.sdsu.edu/?page_id=27356 (a transcript of a news broadcast read on tape)
JONESTOWN_27356 = "The Shah’s days may be short. At the Baghdad summon [summit] conference of Arab leaders,"


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (FRUS_1918_RUSSIA_2_D545, "[eloquent]"),
        (FRUS_1918_RUSSIA_1_D559, "[extreme]"),
        (FRUS_1918_RUSSIA_2_D509, "[obstruct]"),
        (FRUS_1919_RUSSIA_D667, "[mobilizable]"),
        (JONESTOWN_27356, "[summit]"),
        ("Kolchak forces continue to retrieve [retreat] eastward along the railway.", "[retreat]"),
        ("The Japanese claim this is abundant [absolute] evidence of German control.", "[absolute]"),
        ("Bolsheviks attempting to distribute [disrupt] traffic on the Amur line.", "[disrupt]"),
        ("The population is strongly [strictly] opposed to the Soviets.", "[strictly]"),
        ("out of a total disposition able [disposable] reserve of 4,000 men", "[disposable]"),
    ],
)
def test_a_garbled_word_set_right_as_its_neighbour(text: str, inside: str) -> None:
    assert_read_by(text, inside, "correction", RULE)
    assert span_of(text, inside).info.correction == inside[1:-1]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # supplied words of the same FRUS pages (1918, Russia, vols. I and II)
        ("the Czechs would be [resented] by Russians as interference", "[resented]"),
        ("in their internal affairs [affirming] their continued adhesion", "[affirming]"),
        ("the whole of that [government] and its agents", "[government]"),
        ("a counter-Bolshevik or [temporary] Siberian government", "[temporary]"),
        ("Consuls [received] local official communication today", "[received]"),
        ("if we are [to] alleviate to any degree suffering", "[to]"),
        ("I have [instructed] Stevens to proceed", "[instructed]"),
        ("I am authorized by Allied chiefs to provide [protest] against interdict", "[protest]"),
        ("Britain relaxing [restrictions] on exports", "[restrictions]"),
        # a word supplied after an article, a determiner, a modal or a pronoun
        ("the trade [treaty] negotiations will resume", "[treaty]"),
        ("the economic [ecological] situation is grave", "[ecological]"),
        ("his secret [service] agents were arrested", "[service]"),
        ("a great [growth] rate was recorded", "[growth]"),
        ("we should reach [real] agreement soon", "[real]"),
        ("They request [recent] figures from Moscow", "[recent]"),
        # a word of another kind or form added
        ("the military [mission] chief arrived today", "[mission]"),
        ("the political [police] force was disbanded", "[police]"),
        ("the strong [strategic] position of Japan", "[strategic]"),
        ("to continue [construction] work on the railway", "[construction]"),
        ("to discuss [disarmament] questions with them", "[disarmament]"),
        ("to present [proposals] tomorrow at noon", "[proposals]"),
        ("the Government has decided [definitely] against it", "[definitely]"),
        ("The committee reported [reports] progress on the matter", "[reports]"),
        ("The Soviets proposed [prompt] withdrawal of troops", "[prompt]"),
        ("We demand [democratic] elections in Poland", "[democratic]"),
        ("The Ambassador expressed [extreme] concern over events", "[extreme]"),
        ("The British consider [considerable] forces necessary", "[considerable]"),
        ("the state the state [statement] said yesterday", "[statement]"),
        # words too short for their ending to tell their kind
        ("Japanese troops made [major] advances in the north", "[major]"),
        ("The army took [tough] measures against them", "[tough]"),
        # another form of the word, a synonym of the same kind, a gloss of an original word
        ("The Japanese continue [continued] operations near Harbin", "[continued]"),
        ("the consolidation [concentration] of forces continues", "[concentration]"),
        ("Russian peasants [peasantry] refuse grain to the towns", "[peasantry]"),
        ("the shtab [staff] of the army moved", "[staff]"),
        # a list, a doubt, [sic]
        ("exports of coal, copper [cotton], oil and grain", "[cotton]"),
        ("exports of coal, copper [cotton] and oil", "[cotton]"),
        ("enable future construction [obstruction?] of the line", "[obstruction?]"),
        ("the treaty was signed [sic] by both parties", "[sic]"),
        # words run together, not split by a garble
        ("He will come to day [today] at noon.", "[today]"),
        ("some times [sometimes] they come", "[sometimes]"),
        ("the regiment mobilization able [mobilization] reserve", "[mobilization]"),
    ],
)
def test_near_misses_are_not_garbled_neighbours(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, RULE)
