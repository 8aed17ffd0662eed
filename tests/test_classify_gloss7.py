"""The gloss/supplied border (issue 13, helper gloss7): real examples of dev's pages with the
category written by hand from the document, each with a near miss the rule must not take."""

from __future__ import annotations

import json

import pytest

import lacuna
from conftest import span_of
from lacuna.conventions import Conventions


def _without(*rules: str) -> Conventions:
    """The shipped conventions with ``rules`` switched off."""
    data = json.loads(json.dumps(Conventions.default().data, default=str))
    data.setdefault("rules", {})["disable"] = sorted({*data["rules"].get("disable", []), *rules})
    return Conventions(data)


def _span(text: str, inside: str, conv: Conventions) -> lacuna.Span:
    for span in lacuna.parse(text, conventions=conv).spans():
        if span.text == inside:
            return span
    raise AssertionError(f"no span {inside!r} in {text!r}")


# (text, span, category, glossed or None): the reading a historian gives
CASES = [
    # a possessive determiner needs its noun: the capitalised word after it is supplied
    # (a family letter's transcription; Kissinger's telcon)
    ("he [illegible] our [Brother] [&] other Brazian.", "[Brother]", "supplied", None),
    ("Kissinger: The sponsors of my [Kansas City] speech included", "[Kansas City]", "supplied", None),
    # a pronoun (not a possessive) and the name it stands for stay a gloss
    ("they [the East Germans] noticed it", "[the East Germans]", "gloss", "they"),
    ("And he [Stalin] said so.", "[Stalin]", "gloss", "he"),
    # a name spelt another way, a particle of the name in both spellings (Wilson Center, the
    # Chehab papers)
    (
        "    Niqūlā al-Shāwī [Nicola al Shawi]\n\n    Short biography",
        "[Nicola al Shawi]",
        "gloss",
        "Niqūlā al-Shāwī",
    ),
    # a real name with a particle after a nom de guerre (other_name; written for this test, no
    # dev page has the shape)
    ("The group of Abu Nidal [Sabri al-Banna] claimed it", "[Sabri al-Banna]", "gloss", "Abu Nidal"),
    # an English loan word with its accent is English: FRUS 1918, supplied after "military"
    (
        "asked our American military attaché to support request through our military [attaché] London.",
        "[attaché]",
        "supplied",
        None,
    ),
    # a word broken at its hyphen (Google Books' interleaved columns) is no original-language word
    ("trying to overcome arrogance but adher- [mental] burden. might be", "[mental]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "glossed"), CASES)
def test_a_bracket_on_the_gloss_supplied_border_reads_as_meant(text, inside, category, glossed):
    span = span_of(text, inside)
    assert span.category == category, span.because
    if glossed is not None:
        assert span.glossed == glossed, span.because


def test_a_name_after_the_title_of_an_office_names_its_holder():
    """A Brazilian telegram, 1962: "the Secretary of State [Dean Rusk]" names the holder of the
    office, with or without the rule ``place_identified`` (title_names reads the title);
    before a surname the given name completes it, and one English word translates a name."""
    text = "according to information from the Secretary of State [Dean Rusk], Ambassador"
    for conv in (Conventions.default(), _without("place_identified")):
        span = _span(text, "[Dean Rusk]", conv)
        assert (span.category, span.glossed) == ("gloss", "the Secretary of State"), span.because
    conv = _without("place_identified")
    assert _span("the Secretary of State [Dean] Rusk said", "[Dean]", conv).category == "supplied"
    span = _span("the editor-in-chief of Hoy [Today] during the absence", "[Today]", conv)
    assert not span.because.startswith("title_names:"), span.because


def test_a_pronouns_contraction_is_the_pronoun():
    """FRUS's ExComm transcript: "if he’s [Khrushchev] changed" names whom "he" stands for, with
    or without the rule ``possessive`` (it reads the contraction first)."""
    text = "It’s very odd, Mr. President, if he’s [Khrushchev] changed his terms"
    for conv in (Conventions.default(), _without("possessive")):
        span = _span(text, "[Khrushchev]", conv)
        assert (span.category, span.glossed) == ("gloss", "he"), span.because
    # near miss: a name's possessive before a given name is completed by it
    span = _span("in Mao's [Zedong] reply", "[Zedong]", _without("possessive"))
    assert not span.because.startswith("pronoun_identified:"), span.because


# (text, span, rule switched off or None, category, rule that decides)
TRANSLATIONS = [
    # the APRF famine telegrams: one original-language word, then a phrase of English words
    (
        "According to your vstrechnyi plan [self-imposed extension of the quota], you volunteered",
        "[self-imposed extension of the quota]",
        None,
        "gloss",
        "translates_words",
    ),
    # near miss, the same telegram: English going on with the sentence after "poods"
    (
        "you volunteered to procure 7 million poods more than planned [by the central authorities].",
        "[by the central authorities]",
        None,
        "supplied",
        None,
    ),
    # a Wilson Center journal: a transliterated title, its translation capitalised (read by
    # translates_words when title_translated is off)
    (
        "copies of \"Zhit' v mire i druzhbe [To Live in Peace and Friendship] and asked whether",
        "[To Live in Peace and Friendship]",
        "title_translated",
        "gloss",
        "translates_words",
    ),
    # the original-language name after its English rendering (a note of Black April; a
    # Hungarian report on Yugoslavia)
    (
        "6. The People’s Army of Vietnam: The First 55 Years [Quan Doi Nhan Dan Viet Nam: 55 Nam] (Hanoi",
        "[Quan Doi Nhan Dan Viet Nam: 55 Nam]",
        None,
        "gloss",
        "original_title",
    ),
    (
        "The League of Communists of Yugoslavia (LCY) [Jugoszlávia Kommunistáinak Szövetsége, JKSZ] is of",
        "[Jugoszlávia Kommunistáinak Szövetsége, JKSZ]",
        None,
        "gloss",
        "original_title",
    ),
    # a title and a given name supplied before the surname are no original-language title
    # (Yugoslav telegrams from Havana, 1962)
    (
        "Visited [Cuban President Osvaldo] Dorticos at 1 P.M.",
        "[Cuban President Osvaldo]",
        None,
        "supplied",
        "first_name",
    ),
    (
        "Yesterday [Brazilian President João] Goulart personally phoned him",
        "[Brazilian President João]",
        None,
        "supplied",
        "first_name",
    ),
    # a title before a name (Czechoslovak and Yugoslav telegrams, 1962)
    ("After [Cuban leader] Fidel [Castro]’s 5 Points", "[Cuban leader]", None, "supplied", "first_name"),
    (
        "Comrade [Yugoslav Foreign Minister] Koča [Popović]. Talks with",
        "[Yugoslav Foreign Minister]",
        None,
        "supplied",
        "first_name",
    ),
    # a hyphenated title is a title (a Brazilian telegram from Havana, 1962)
    (
        "with the efforts of the Secretary-General [U Thant] and of numerous",
        "[U Thant]",
        None,
        "gloss",
        "title_names",
    ),
    # an inside quoted whole is read without its quotes (a Brazilian telegram, 1962)
    (
        "of Soviet leaders who advocate a “harder line” [“linha mais dura”], making them",
        "[“linha mais dura”]",
        None,
        "gloss",
        "quoted_original",
    ),
    # original-language words after a function word are no English filling the sentence (Liu
    # Shaoqi and Stalin, 1949)
    (
        "we suffered a terrible defeat and were terribly taken in [shangle hendade dang]. But",
        "[shangle hendade dang]",
        None,
        "gloss",
        "language_change",
    ),
    ("went to the [raikom secretary] and", "[raikom secretary]", None, "supplied", "function_word"),
    # the eighth round's pages: a one-word expansion spelling the abbreviation's letters (the
    # Chernyaev diary), a title's possessive (Zhou Enlai to Gao Gang), a place in a hyphenated
    # pair renamed (Zhou Enlai to Ni Zhiliang), a possessive's noun named (a Mexican telegram),
    # a title in the original language after its translation (a Mexican telegram)
    (
        "without the burden of Ligachev, the PB [Politburo], and the CC",
        "[Politburo]",
        None,
        "gloss",
        "expansion",
    ),
    ("to the CPSU CC [International] DEPARTMENT", "[International]", None, "supplied", "completes_name"),
    (
        "in accordance with the Chairman’s [Mao Zedong's] instructions",
        "[Mao Zedong's]",
        None,
        "gloss",
        "title_names",
    ),
    ("near Pyongyang and the Pyongyang-Andong [Dandong] line and", "[Dandong]", None, "gloss", "same_name"),
    (
        "Rusk took care to thank our country [Mexico] for its attitude.",
        "[Mexico]",
        None,
        "gloss",
        "restates_phrase",
    ),
    ("for purposes this message [Mobutu] remains almost", "[Mobutu]", None, "supplied", None),
    (
        "Telegram for coding [Telegrama para cifra]\n\nNumber:",
        "[Telegrama para cifra]",
        None,
        "gloss",
        "original_title",
    ),
    # (a name after an English verb: no original_title; the learned rule weighs the rest)
    ("He informed [Nguyen Duy Trinh] that", "[Nguyen Duy Trinh]", None, None, None),
    # a quotation whose clause has ended is glossed by nothing after it (a PRC MFA notice)
    (
        "has not yet completely pulled out of Vietnam”, [they said this] created obstacles",
        "[they said this]",
        None,
        "supplied",
        "after_punctuation",
    ),
    # near misses: a name after a title is title_names'; English words are no original (the
    # name restated: shares_word)
    ("and President [Ho Chi Minh] said", "[Ho Chi Minh]", None, "gloss", "title_names"),
    (
        "related to the Commission [International Control and Supervisory Commission] x",
        "[International Control and Supervisory Commission]",
        "learned",
        "gloss",
        None,
    ),
]


@pytest.mark.parametrize(("text", "inside", "off", "category", "rule"), TRANSLATIONS)
def test_a_translation_and_its_original_read_as_a_gloss(text, inside, off, category, rule):
    conv = _without(off) if off else Conventions.default()
    span = _span(text, inside, conv)
    assert category is None or span.category == category, span.because
    if rule is not None:
        assert span.because.startswith(rule + ":"), span.because
    else:
        assert not span.because.startswith(("translates_words:", "original_title:")), span.because


# (text, span, category, rule)
BORDER = [
    # a plural title introduces several people: a name after it is one of them, supplied
    # (a Puzanov journal's handwritten routing)
    (
        '[handwritten:\n"to Cdes. [[I. I. Varnov]] and Samsonov, G. Ye.\n25 February 1960"]',
        "[I. I. Varnov]",
        "supplied",
        "title_names",
    ),
    # near miss: a singular title and the name it refers to
    ("The Prime Minister [Nakasone] asked", "[Nakasone]", "gloss", "title_names"),
    # an editor's description of the quoted word is no explanation of it (Yugoslav record of
    # Stalin and Tito, 1946) ...
    (
        "Stalin (chuckling, ironically): \"How is my 'friend' [Russian word used in text] Shubashich?\"",
        "[Russian word used in text]",
        None,
        "explains_quoted",
    ),
    # the editor's words on an abbreviation expand nothing (a Puzanov journal's distribution
    # list); a lower-case expansion still does (FRUS)
    ("4th - to the USSR MFA UVPI [expansion unknown]\n5th - ", "[expansion unknown]", None, "expansion"),
    ("Approved a CA [covert action] program", "[covert action]", "gloss", "expansion"),
    # ... while words saying what a quoted term means are (Wilson Center listing)
    (
        'during the "May First" [Labour or International Workers\' Day] Holiday',
        "[Labour or International Workers' Day]",
        "gloss",
        "explains_quoted",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), BORDER)
def test_a_title_or_quotation_before_the_bracket_reads_as_meant(text, inside, category, rule):
    span = span_of(text, inside)
    if category is None:
        assert not span.because.startswith(rule + ":"), span.because
    else:
        assert span.category == category, span.because
        assert span.because.startswith(rule + ":"), span.because


# (text, span, category): a word restated by a word of the same kind (rule same_kind)
SAME_KIND = [
    # a Vietnamese Politburo cable on a blog; Brazilian telegrams of the Cuban crisis
    ("and has exacerbated the internal contradictions [divisions] within", "[divisions]", "gloss"),
    (
        "They are proposing Arinos to suggest deatomization [denuclearization] of LA and Africa",
        "[denuclearization]",
        "gloss",
    ),
    ("appears disposed to attack English [British] ships in the Caribbean", "[British]", "gloss"),
    ("of Adlai Stevenson and the Parliamentary [Congressional] leaders such as", "[Congressional]", "gloss"),
    # near misses: adjectives without a listed ending, or lower-case adjectives, stack (FRUS)
    ("the withdrawal of the special [nuclear] weapons.", "[nuclear]", "supplied"),
    ("the international [political] situation", "[political]", "supplied"),
    # a capitalised word after a lower-case one is no restatement
    ("the 52nd anniversary of the October [Revolution] at the invitation", "[Revolution]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), SAME_KIND)
def test_a_word_of_the_same_kind_restates_the_word_before(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because
    assert (category == "gloss") == span.because.startswith("same_kind:"), span.because


NEAR_MISSES = [
    # not the same name: a particle does not make two names one
    ("    Niqūlā al-Shāwī [Farid Chehab]\n", "[Farid Chehab]", "same_name"),
    # an original-language word after its translation is still a gloss
    ("It was given up [ustuplena] to us by the government", "[ustuplena]", None),
    ("the meeting was on the whole interesting [soderzhatel’nyi]. Of course", "[soderzhatel’nyi]", None),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_border_rules_keep_their_near_misses(text, inside, rule):
    span = span_of(text, inside)
    if rule is None:
        assert span.category == "gloss", span.because
    else:
        assert not span.because.startswith(rule + ":"), span.because
