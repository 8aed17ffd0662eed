"""Glosses read as supplied words (issue 13, helper gloss8): real examples of dev's pages with
the category and glossed words written by hand from the document, each class with a near miss
the rule must not take."""

from __future__ import annotations

import pytest

import lacuna
from conftest import span_of

# (text, span, category, glossed or None): the reading a historian gives
CASES = [
    # time_restated: a time on the other clock (Brazilian embassy telegram, Cuban missile crisis)
    (
        "it is necessary to have a solution even today preferably, before 16 hours [4 p.m.] when the UN"
        " Security Council will meet",
        "[4 p.m.]",
        "gloss",
        "16 hours",
    ),
    ("770 – MONDAY – 19hs00 [7 p.m.] – Since yesterday", "[7 p.m.]", "gloss", "19hs00"),
    # ... or in a time zone named (a news agency, 2020)
    (
        'meet them at the airport. They will arrive at approximately 6 pm [12 am GMT on Saturday],"'
        "  Troyanovsky said.",
        "[12 am GMT on Saturday]",
        "gloss",
        "6 pm",
    ),
    # near miss: the same clock, FRUS's editors correct the hour (not a gloss of this rule)
    ("Washington, April 9, 1953, 10 p.m. [11 p.m.]", "[11 p.m.]", "supplied", None),
    # date_restated: a date after the day of the week it pins down ([gloss] relative_times)
    (
        "770 – MONDAY – 19hs00 – Since yesterday, Sunday [21 October], [the mood has been] large",
        "[21 October]",
        "gloss",
        "Sunday",
    ),
    # near miss: a year after a month's day completes the date
    ("It was on September 1st [1859] that", "[1859]", "supplied", None),
    # abbreviation: acronyms joined by function words after the words that spell them
    (
        "INFORMATION\nabout the Plenum of the Central Committee of the Bulgarian Communist Party "
        "[CC of the BCP], held on 16 November 1989",
        "[CC of the BCP]",
        "gloss",
        "Central Committee of the Bulgarian Communist Party",
    ),
    # near miss: words before that spell something else ("the Politburo of the Party")
    (
        "The meeting of the Politburo of the Party [CC of the BCP] was long.",
        "[CC of the BCP]",
        None,
        None,
    ),
    # expansion: lower-case words after the dotted initials they spell (Polish strikes, 1980)
    (
        "Not only the opponents hide behind the slogan of F.T.U. [free trade unions]—it is also supported",
        "[free trade unions]",
        "gloss",
        "F.T.U.",
    ),
    # near miss: a name's initials are completed, not expanded (capitalised words)
    ("the Soviet ambassador N.V. [Nikolai Vasilevich] Roshchin", "[Nikolai Vasilevich]", None, None),
    # first_name: a possessive name after a title's possessive names its holder, it is no first
    # name before the word after it (Kohl–Mitterrand breakfast, 1990)
    (
        "November 22, 1990\n\nThe Chancellor's [Helmut Kohl's] Breakfast Meeting with President Mitterrand",
        "[Helmut Kohl's]",
        "gloss",
        "The Chancellor's",
    ),
    # near miss: a first name before the surname after a title stays supplied
    ("Ambassador [Mikhail] Zimyanin left for Hanoi.", "[Mikhail]", "supplied", None),
    # other_script: a bracket in the script of the word before it is the text's own language,
    # supplied (Sharett's diary, in Hebrew)
    ("יום ג',  12.7.1955\n\nהלילה ראיתי בחלום את דב [הוז]. בחלומי והנה", "[הוז]", "supplied", None),
    # near miss: Chinese characters, then their pinyin: another script, the original's reading
    (
        "Terms to note:\n\n  • 俾路支解放军? [bǐ lù zhī jiě fàng jūn]? Balochistan Liberation Army",
        "[bǐ lù zhī jiě fàng jūn]",
        "gloss",
        None,
    ),
    # doubtful_identification: a name with a question mark after what it identifies (Nixon
    # tape log; Brazilian embassy telegram, 1962)
    (
        "The President talked with an unknown person [H.R. (“Bob”) Haldeman?] at an unknown time",
        "[H.R. (“Bob”) Haldeman?]",
        "gloss",
        "an unknown person",
    ),
    (
        "Before receiving the day before yesterday the High Military School [National War College?] [Escola",
        "[National War College?]",
        "gloss",
        "the High Military School",
    ),
    # near misses: lower-case words, one word after a function word: uncertain readings
    (
        "began while the conversation\nwas in progress.\nUnknown issue [abortion?]\n-Public opinion",
        "[abortion?]",
        "uncertain",
        None,
    ),
    ("the Poles from the time of the [October?] [R]evolution and", "[October?]", "uncertain", None),
    # names_thing: a party's newspaper ([gloss] named_things "organ"); the glossed words stop at
    # the supplied "[The]" before them (Czechoslovak telegram, 1962)
    (
        "blockade. [The] Communist Party organ [Rudé Právo] today conceptualized [the] determination",
        "[Rudé Právo]",
        "gloss",
        "Communist Party organ",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "glossed"), CASES)
def test_gloss8_cases(text: str, inside: str, category: str | None, glossed: str | None) -> None:
    span = span_of(text, inside)
    if category is None:  # a near miss of another rule's making: only not this class's gloss
        assert not span.info.because.startswith(("abbreviation", "expansion"))
        return
    assert span.info.category == category, span.info.because
    if glossed is not None:
        assert isinstance(span, lacuna.Gloss)
        assert span.glossed == glossed
