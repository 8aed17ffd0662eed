"""FRUS's corrections of a garbled telegram (issue 13, task core43): a finite form of "be" set
right (rule ``replaced_word``, class ``form of be``), a day's ordinal set right (data rule
``corrected_ordinal``) and a whole date set right (rule ``corrected_date``). The real texts are
dev pages (FRUS 1945 vol. V, d989; FRUS 1920 vol. III, d440; FRUS 1943 vol. IV, d103), the
categories written by hand from the pages; the near misses are written by hand."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

# https://history.state.gov/historicaldocuments/frus1945v05/d989
FRUS_1945_V5_D989 = (
    "Mr. … [in] the staff of our Embassy to Yugoslavia while that Mission was established in "
    "London, was [were] received by Assistant Secretary Holmes at 4:00 p.m. yesterday."
)
# https://history.state.gov/historicaldocuments/frus1920v03/d440
FRUS_1920_V3_D440 = (
    "appeals for guidance in conformity with the instructions given in the Department’s 54 of "
    "February 7th [5th].\n2d.\nThe British Minister is giving the Polish Government"
)
# https://history.state.gov/historicaldocuments/frus1943v04/d103
FRUS_1943_V4_D103 = (
    "This was the Department’s no. 21, dated February 3 [January 26], 5 p.m., to me, which I "
    "sent to the Minister of Foreign Affairs."
)


@pytest.mark.parametrize(
    ("text", "inside", "correction"),
    [
        (FRUS_1945_V5_D989, "[were]", "were"),
        ("The proposals was [were] rejected by the Soviet side.", "[were]", "were"),
        ("The delegates is [are] expected tomorrow.", "[are]", "are"),
        ("Was [Were] the delegates informed?", "[Were]", "Were"),
    ],
)
def test_a_form_of_be_set_right(text: str, inside: str, correction: str) -> None:
    assert_read_by(text, inside, "correction", "replaced_word")
    assert span_of(text, inside).info.correction == correction


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("he was [being] prepared for the talks", "[being]"),
        ("The plan is [being] considered.", "[being]"),
        ("It has [been] sent to Moscow.", "[been]"),
        ("The troops were [to be] withdrawn.", "[to be]"),
        ("He said that it was [not] possible.", "[not]"),
        ("The question is [whether] they will come.", "[whether]"),
        ("The army was [then] withdrawn.", "[then]"),
        ("This is [the] position of the Soviet Union.", "[the]"),
        ("The meeting was [held] in Berlin.", "[held]"),
        ("It is [is] clear.", "[is]"),
        ("He was [Were] there.", "[Were]"),
        ("The Soviet [Union] was ready.", "[Union]"),
        ("he [had] said so", "[had]"),
        ("Mr. [Harry] Hopkins was present", "[Harry]"),
        ("the [whole] army was there", "[whole]"),
        ("The Embassy has [had] no reply.", "[had]"),
    ],
)
def test_no_form_of_be_replaced(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "replaced_word")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (FRUS_1920_V3_D440, "[5th]"),
        ("the 3rd [4th] Army crossed the river", "[4th]"),
        ("on the 21st [22nd] of May he left", "[22nd]"),
    ],
)
def test_an_ordinal_set_right(text: str, inside: str) -> None:
    assert_read_by(text, inside, "correction", "corrected_ordinal")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("the 7th [Army] crossed", "[Army]"),
        ("the 7th [Fleet] sailed", "[Fleet]"),
        ("the 7th [of May] was", "[of May]"),
        ("on the 7th [May] he left", "[May]"),
        ("He came 2nd [second] in the race.", "[second]"),
        ("on the 5th [5 May 1945] he came", "[5 May 1945]"),
        ("the 1.5th [2nd] row", "[2nd]"),
        ("the 26th [instant]", "[instant]"),
        ("on May 7th [1945] he left", "[1945]"),
        ("the 7 [5th] row", "[5th]"),
        ("the 117th [5th] row", "[5th]"),
    ],
)
def test_no_ordinal_set_right(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "corrected_ordinal")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (FRUS_1943_V4_D103, "[January 26]"),
        ("Your telegram of May 7 [May 9] arrived.", "[May 9]"),
        ("Your telegram of 7 May [9 May] arrived.", "[9 May]"),
        ("Your telegram of May 7 [May 4, 1945] arrived.", "[May 4, 1945]"),
        ("in December 28 [January 3] the fleet", "[January 3]"),
        ("from 10 June [1 July] onward", "[1 July]"),
    ],
)
def test_a_date_set_right(text: str, inside: str) -> None:
    assert_read_by(text, inside, "correction", "corrected_date")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the same day in the other calendar (FRUS 1918, Russia: the new-style date supplied)
        ("telegram of January 13 [January 26], 1918", "[January 26]"),
        ("telegram of January 31 [February 13], 1918", "[February 13]"),
        ("Your telegram of May 7 [7 May] arrived.", "[7 May]"),
        ("New York - Moscow 1340 [753], 21 September [20 September] 1944", "[20 September]"),
        ("telegram of December 31 [January 1]", "[January 1]"),
        ("On February 3 [Tuesday] he left.", "[Tuesday]"),
        ("On February 3 [1943] he left.", "[1943]"),
        ("On February 3 [to February 10] he was away.", "[to February 10]"),
        ("On February 3 [the date of the meeting] he left.", "[the date of the meeting]"),
        ("He met Mr. May 3 [times] that week.", "[times]"),
        ("the March 3 [Movement] leaders", "[Movement]"),
        ("Dated February 30 [March 2].", "[March 2]"),
        ("He said that Article 5 [May 3] applies.", "[May 3]"),
        ("about 3 may [5 may] be", "[5 may]"),
        ("On February 3 [Tuesday, February 4] he left.", "[Tuesday, February 4]"),
        ("a note of February [January 26] was sent", "[January 26]"),
        ("the Soviet [Union] was ready on May 3", "[Union]"),
    ],
)
def test_no_date_set_right(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "corrected_date")


# https://history.state.gov/historicaldocuments/frus1918Russiav01/d559
FRUS_1918_RUSSIA_V1_D559 = (
    "The news that the Allies had decided to intervene, caused a wave of pro-Ally sentiment "
    "among all except the except [extreme] parties. The week closes, however, with a feeling"
)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (FRUS_1918_RUSSIA_V1_D559, "[extreme]"),
        ("the state the state [statement] said", "[statement]"),
    ],
)
def test_a_repeated_word_set_right(text: str, inside: str) -> None:
    assert_read_by(text, inside, "correction", "repeated_garble")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Semenov attempting to obviate [obstruct] shipment of supplies", "[obstruct]"),
        ("the trade [treaty] negotiations were opened", "[treaty]"),
        ("the military [mission] chief arrived", "[mission]"),
        ("the political [police] force was dissolved", "[police]"),
        ("They agreed to continue [construction] work on the dam.", "[construction]"),
        ("He wished to discuss [disarmament] questions with Gromyko.", "[disarmament]"),
        ("He agreed to present [proposals] tomorrow.", "[proposals]"),
        ("the strong [strategic] position of the Soviets", "[strategic]"),
        ("his secret [service] agents were arrested", "[service]"),
        ("a great [growth] rate", "[growth]"),
        ("authorized by Allied chiefs to provide [protest] against interdict", "[protest]"),
        ("the report, the report [itself] was read", "[itself]"),
        ("the plan the plan [prepared] by him", "[prepared]"),
        ("a war a war [warning] that", "[warning]"),
        ("the the [then] minister", "[then]"),
        ("by the by [bye] way", "[bye]"),
        ("the Soviet the Soviet [Union] delegation", "[Union]"),
        ("the plan the plan [whole] army", "[whole]"),
        ("Fogg fogg fogg [FOG, FOG, FOG] the whole day", "[FOG, FOG, FOG]"),
        ("all except the except [extreme].", "[extreme]"),
    ],
)
def test_no_repeated_word_set_right(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "repeated_garble")
