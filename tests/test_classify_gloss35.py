"""Identifications and descriptions of the thirty-fifth round (helper gloss35): on hosts other
than the core archives, a person named in full and described after a comma, set after a shorter
reference to them (``named_and_described``), a noun phrase without an article saying what
the name or quoted word before it is (``described_by_kind``). Each case is written by hand
from the real page (address in a comment), read with the learned rule on and off; the near misses are
ordinary sentences with bracketed words the sentence takes in the same place, which must stay
the rules' business of no one here."""

from __future__ import annotations

import pytest

from conftest import assert_switched_off, span_of, unlearned

_UNLEARNED = unlearned()


def _not_read_by(rule: str, text: str, inside: str, conv, *, supplied_unlearned: bool) -> None:
    """``rule`` does not decide the span; with ``supplied_unlearned``, read with the learned
    rule off it is supplied."""
    span = span_of(text, inside, conventions=conv)
    assert not span.because.startswith(f"{rule}:"), span.because
    if supplied_unlearned and conv is _UNLEARNED:
        assert span.category == "supplied", span.because


# https://archivesearch.lib.cam.ac.uk/repositories/9/archival_objects/1416364 (the Churchill
# Archive's catalogue: the Prime Minister's personal minutes, June and July 1945)
CHURCHILL = (
    "Includes texts of minutes from WSC (annotated with additional printed information) to: "
    "members of the Cabinet and other government ministers, particularly Foreign Secretary "
    "[Anthony Eden, later 1st Lord Avon]; the Chief Whip [James Stuart]; senior civil servants"
)
# http://web-static.nypl.org/exhibitions/sala/translations/transak69.html (the NYPL's Sala
# Garncarz letters in translation)
SALA_69 = (
    "Please say whether Chaim [Kaufman, Sala’s friend and suitor]\nis writing to you—take pity "
    "on us, we don’t have anything\nelse."
)
# https://jonestown.sdsu.edu/?page_id=118717 (a transcript on the Jonestown site: a misheard
# name, then the name in full and the person's trade)
JONESTOWN = (
    "Any appreciator of old photographs would have to admit they’re viewing [film director] "
    "Louis Malle’s Pretty Baby, the Seven Nykovist [Sven Nykvist, cinematographer] camera who– "
    "the Seven Nykovist– [pronounces phonetically] Se-ven Ni-krst camera work captures"
)
# http://www.jewishgen.org/viewmate/responselist.asp?key=25730 (a family's Polish letter of
# 1958 and a list of persons, translated on JewishGen's ViewMate)
ROMEK = (
    "For the letter, which I received in a very short time - thank you very much. I am very "
    "glad, dear Romek [deminutive of Roman], that you want to be so accommodating and take the "
    "task of arranging a passport for me"
)
MATKOWSKA = (
    "occupation: printer (manual typesetter), secondary education (high school), 1.67 m tall, "
    "green eyes, chestnut hair.\n2) Janina Matkowska [f. form of surname Matkowski], daughter of "
    "Wolf and Pepi[?] née Horowitz, born on 18th April 1914 in Sambor"
)
# http://web-static.nypl.org/exhibitions/sala/translations/transak110.html (Sala Garncarz
# letters: a Polish word quoted, then what it is)
SALA_110 = (
    "In closing, many kisses from our dear parents and all of us sisters and brothers-in-law and "
    "children. Write whether you received the “opaska” [required armband for Jews]. Write more."
)
# http://rwandafile.com/rtlm/rtlm0012.html (an RTLM broadcast's transcript in English)
KANYANGA = (
    "…they carried on their heads bottles of Kanyanga [local alcohol made from dirty green banana "
    "leaves] ; they carried bottles of gasoline they must drink before they shout"
)
# (text, span, category, rule that decides)
CASES = [
    (CHURCHILL, "[Anthony Eden, later 1st Lord Avon]", "gloss", "named_and_described"),
    (SALA_69, "[Kaufman, Sala’s friend and suitor]", "gloss", "named_and_described"),
    (JONESTOWN, "[Sven Nykvist, cinematographer]", "gloss", "named_and_described"),
    (ROMEK, "[deminutive of Roman]", "gloss", "described_by_kind"),
    (MATKOWSKA, "[f. form of surname Matkowski]", "gloss", "described_by_kind"),
    (SALA_110, "[required armband for Jews]", "gloss", "described_by_kind"),
    (KANYANGA, "[local alcohol made from dirty green banana leaves]", "gloss", "described_by_kind"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_identified_and_described(text: str, inside: str, category: str, rule: str, conv) -> None:
    span = span_of(text, inside, conventions=conv)
    assert span.category == category, span.because
    assert span.because.startswith(rule + ":"), span.because


def test_the_glossed_words_are_the_reference_before() -> None:
    span = span_of(SALA_69, "[Kaufman, Sala’s friend and suitor]")
    assert span.glossed == "Chaim"
    span = span_of(ROMEK, "[deminutive of Roman]")
    assert span.glossed == "Romek"


# near misses of named_and_described: a name and words after a comma that a sentence, a date
# line or a cable's routine supplies, and a full name after a verb's object
NAMED_NEAR = [
    ("He met Ambassador Ivanov [Moscow Centre, however,] and left.", "[Moscow Centre, however,]"),
    (
        "To Michele Besso [Berlin, between 27 April and 12 May 1929] Dear Michele",
        "[Berlin, between 27 April and 12 May 1929]",
    ),
    ("Letter to Besso [Berlin Wall, late May 1929] Dear Michele", "[Berlin Wall, late May 1929]"),
    ("He wrote to Petrov [Moscow, 12 May] about it.", "[Moscow, 12 May]"),
    ("From: Foreign Ministry [Warsaw Centre, urgent]", "[Warsaw Centre, urgent]"),
    ("the square in Moscow [Red Square, morning] was full", "[Red Square, morning]"),
    ("Tell [John Smith, my brother] to come.", "[John Smith, my brother]"),
    ("He met Kim [Il Sung, and others] at noon.", "[Il Sung, and others]"),
    ("the letter from Kim [Il Sung, dated 5 May] arrived", "[Il Sung, dated 5 May]"),
    ("We asked Comrade Ivanov [Moscow Centre, please advise].", "[Moscow Centre, please advise]"),
    ("The cable. [Andrei Gromyko, the minister] left at noon.", "[Andrei Gromyko, the minister]"),
    ("He sent it to Moscow [Soviet Union, via Berlin].", "[Soviet Union, via Berlin]"),
    ("met [with] Smith and Jones, the delegates", "[with]"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside"), NAMED_NEAR)
def test_named_and_described_near_misses(text: str, inside: str, conv) -> None:
    _not_read_by("named_and_described", text, inside, conv, supplied_unlearned=True)


# the review's probes (mend_gloss35) that named_and_described took before its narrowing: an
# adverb after the comma ("too", "then", "-ly"), an editor's word of the copy ("handwritten",
# "excerpt", "verbatim"), a meeting's session, "May" as a month after "early"
NAMED_PROBES = [
    ("Comrade Kim [Il Sung, too] agreed.", "[Il Sung, too]"),
    ("the talks with Kim [Il Sung, then] went badly.", "[Il Sung, then]"),
    ("He flew to Moscow [Vnukovo Airport, presumably] on Monday.", "[Vnukovo Airport, presumably]"),
    ("The telegram from Hanoi [Le Duan, personally] arrived.", "[Le Duan, personally]"),
    ("He went to Beijing [Tiananmen Square, namely] to see it.", "[Tiananmen Square, namely]"),
    ("He wired Hanoi [Central Committee, urgently] for orders.", "[Central Committee, urgently]"),
    ("The ship left Odessa [Black Sea, eventually] for Cuba.", "[Black Sea, eventually]"),
    ("The Chairman [Mao Zedong, again] raised the question.", "[Mao Zedong, again]"),
    ("He sent it to Petrov [Petr Petrovich, personally] today.", "[Petr Petrovich, personally]"),
    ("Memo to Rusk [State Department, handwritten] on the talks.", "[State Department, handwritten]"),
    ("Report by Smith [Saigon Station, excerpt] follows.", "[Saigon Station, excerpt]"),
    ("Telegram from Bonn [West Germany, abridged] on talks", "[West Germany, abridged]"),
    (
        "the note from Moscow [Soviet Foreign Ministry, verbatim] reads",
        "[Soviet Foreign Ministry, verbatim]",
    ),
    ("We asked Comrade Ivanov [Moscow Centre, kindly reply] soon.", "[Moscow Centre, kindly reply]"),
    ("Then Gromyko [Andrei Andreevich, continuing] said", "[Andrei Andreevich, continuing]"),
    ("At Yalta [Crimean Conference, plenary session] Stalin said", "[Crimean Conference, plenary session]"),
    ("the parade in Moscow [Red Square, early May] was cancelled.", "[Red Square, early May]"),
    ("the parade in Moscow [Red Square, 1 May] was cancelled.", "[Red Square, 1 May]"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside"), NAMED_PROBES)
def test_named_and_described_review_probes(text: str, inside: str, conv) -> None:
    _not_read_by("named_and_described", text, inside, conv, supplied_unlearned=False)


# near misses of described_by_kind: words a sentence takes after a name (a preposition's
# phrase, a quantity, a participle, a verb's second object), or a phrase opening its sentence
KIND_NEAR = [
    ("He asked Ivanov [instead of Petrov].", "[instead of Petrov]"),
    ("He returned to Moscow [because of illness].", "[because of illness]"),
    ("He met Kim [together with members of the delegation].", "[together with members of the delegation]"),
    ("He saw Ivanov [both of them].", "[both of them]"),
    ("He spoke to Zhou [speaking for Mao].", "[speaking for Mao]"),
    ("He went to Moscow [ahead of the others].", "[ahead of the others]"),
    ("He wrote to the CC [of the CPSU].", "[of the CPSU]"),
    ("He thanked Ivanov [for the letter].", "[for the letter]"),
    ("We discussed it with Smith [regardless of cost].", "[regardless of cost]"),
    ("She said goodbye to Mary [out of courtesy].", "[out of courtesy]"),
    ("He gave Molotov [news of the decision].", "[news of the decision]"),
    ("He sent Ivanov [word of the decision].", "[word of the decision]"),
    ("He drank it. Kanyanga [local alcohol made from leaves].", "[local alcohol made from leaves]"),
    ("Then [members of the delegation] came.", "[members of the delegation]"),
    ("He left Berlin [early in the morning].", "[early in the morning]"),
    ("He spoke with Ivanov [most of the time], then left.", "[most of the time]"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside"), KIND_NEAR)
def test_described_by_kind_near_misses(text: str, inside: str, conv) -> None:
    _not_read_by("described_by_kind", text, inside, conv, supplied_unlearned=True)


# the review's probes (mend_gloss35) that described_by_kind took before its narrowing: a noun
# after a nationality adjective ("the Chinese [members of …]"), a verb's object after "to",
# "with" or "about", a verb after a name ("Ivanov [asked for …]"), a compass or time noun
# ("Berlin [east of the city]", "Ivanov [night of 12 May]"), an ordinal ("[first of all]")
KIND_PROBES = [
    ("He conferred with the Chinese [members of the delegation].", "[members of the delegation]"),
    ("We received the Korean [comrades from the north], who spoke.", "[comrades from the north]"),
    ("He met the Polish [representatives of the government].", "[representatives of the government]"),
    ("We discussed it with the American [side of the question].", "[side of the question]"),
    ("Then, Ivanov [asked for more time].", "[asked for more time]"),
    ("Gromyko and Ivanov [left for Moscow].", "[left for Moscow]"),
    ("In reply, Gromyko [spoke of the treaty].", "[spoke of the treaty]"),
    ("After that, Zhou [waited for an answer].", "[waited for an answer]"),
    ("He handed over to Ivanov [copies of the documents].", "[copies of the documents]"),
    ("He showed to Gromyko [drafts of the treaty], and left.", "[drafts of the treaty]"),
    ("He passed on to Zhou [greetings from Mao].", "[greetings from Mao]"),
    ("He wrote to Kim [letter of thanks].", "[letter of thanks]"),
    ("He asked about Ivanov [state of health].", "[state of health]"),
    ("the meeting with Ivanov [night of 12 May], was long.", "[night of 12 May]"),
    ("He stayed in Moscow [week of 5 May], then left.", "[week of 5 May]"),
    ("They lived in Moscow [outskirts of the city].", "[outskirts of the city]"),
    ("The camp was in Berlin [east of the city].", "[east of the city]"),
    ("The line ran at Panmunjom [south of the border],", "[south of the border]"),
    ("This was said to Kim Il Sung [first of all], then to Pak.", "[first of all]"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside"), KIND_PROBES)
def test_described_by_kind_review_probes(text: str, inside: str, conv) -> None:
    _not_read_by("described_by_kind", text, inside, conv, supplied_unlearned=False)


@pytest.mark.parametrize("rule", ["named_and_described", "described_by_kind"])
def test_gloss35_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
