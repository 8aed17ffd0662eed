"""Glosses of the thirty-third round (helper gloss33): dev's gloss misses on hosts other than the
core archives, read with the learned rule switched off, each case written by hand from the real
page (address in a comment), with the near misses the new rule must not take."""

from __future__ import annotations

import copy

import pytest

import lacuna
from lacuna.conventions import Conventions


def _unlearned() -> Conventions:
    """The shipped conventions with the learned rules switched off: what an unseen host meets."""
    data = copy.deepcopy(Conventions.default().data)
    rules = data.setdefault("rules", {})
    rules["disable"] = sorted({*rules.get("disable", []), "learned", "learned_note"})
    return Conventions(data)


_UNLEARNED = _unlearned()


def span_of(text: str, inside: str, conventions: Conventions | None = None) -> lacuna.Span:
    """The first span of ``text`` read with ``conventions`` whose text is ``inside``."""
    for span in lacuna.parse(text, conventions=conventions).spans():
        if span.text == inside:
            return span
    raise AssertionError(f"no span {inside!r} in {text!r}")


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
def test_capitalised_german_noun_after_its_english_cognate(conv):
    # http://holocaustresearchproject.org/einsatz/situationreport27.html (Operational Situation
    # Report USSR no. 27: the translator gives the German word the report used)
    text = (
        "EK 8\nLocation: Baranovichi\nWith the Vorkommando to Slutsk and Lachoviche. Special action"
        " [Sonderaktion] was carried out against 60 Communists."
    )
    span = span_of(text, "[Sonderaktion]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("capitalised_rendering"), span.because
    assert span.glossed == "action"
    # https://stalinsocietypk.wordpress.com/tag/lenin/ (a letter on Lenin quoted in translation)
    text = (
        "One thing is certain, however: men like him are the guardians and renewers [Erneuerer] of"
        " mankind’s conscience.”"
    )
    span = span_of(text, "[Erneuerer]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("capitalised_rendering"), span.because
    assert span.glossed == "renewers"


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
def test_capitalised_rendering_after_an_original_word(conv):
    # https://fritzlimbach.blogspot.com/2015/04/35-auchy-13-april-1915.html (a German soldier's
    # letters of 1915 in English: the German unit's name kept, its rendering after it)
    text = (
        "but here in Auchy. I have been transferred to the Pionierkommando [Sapper group] of our"
        " Kompanie. Why I deserved this honour I do not know."
    )
    span = span_of(text, "[Sapper group]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("capitalised_rendering"), span.because
    assert span.glossed == "Pionierkommando"
    # https://marxism.halkcephesi.net/Stalin/Letters%20to%20Molotov/1929.htm (Stalin's letters to
    # Molotov: a Russian journal's name transliterated, its English title after it)
    text = (
        "For this it is trying to turn Molodaia gvardiia [Young guard] into its own theoretical"
        " journal. For this Komsomolskaia pravda is"
    )
    span = span_of(text, "[Young guard]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("capitalised_rendering"), span.because
    assert span.glossed == "Molodaia gvardiia"


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
def test_name_the_sentence_lacks_is_no_capitalised_original(conv):
    # near misses: a name after a word it shares no letters with is the sentence's, supplied
    # https://history.state.gov/historicaldocuments/frus1964-68v23/d102 (a CIA cable on the Congo)
    text = "by view importance to ops of maintaining [Mobutu] in his present position. Recommend HQS"
    span = span_of(text, "[Mobutu]", conventions=conv)
    assert span.category == "supplied", span.because
    # https://www.scribd.com/embeds/109641406/content?start_page=1&view_mode=scroll&access_key=key-1sou7aopprkkjbzqz5of
    # (a Soviet record of Mikoyan's talks in Cuba, 1962)
    text = "A. I. Mikoyan briefly spoke about his trip out of town and, reminding [Castro] that Vilma Espín"
    span = span_of(text, "[Castro]", conventions=conv)
    assert span.category == "supplied", span.because
    # http://yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_18.htm (a letter of 1930s
    # prisoners: the scale the translator supplies)
    text = (
        "force us out to work on the steppe when the temperature is twenty five degrees below zero"
        " [Centigrade]; wouldn't any of you become a deviant"
    )
    span = span_of(text, "[Centigrade]", conventions=conv)
    assert not span.because.startswith("capitalised_rendering"), span.because


def test_capitalised_rendering_near_misses():
    # near misses, written for the shapes the rule must not take: a German word that is no
    # cognate of the English before it, a first name going on with its surname, a phrase going
    # on after the bracket, a capitalised word opening its sentence (it may be a name)
    conv = _UNLEARNED
    span = span_of(
        "Then the special action [Sonderkommando] was carried out.", "[Sonderkommando]", conventions=conv
    )
    assert not span.because.startswith("capitalised_rendering"), span.because
    span = span_of("the special action [Sonderaktion] Berlin began.", "[Sonderaktion]", conventions=conv)
    assert not span.because.startswith("capitalised_rendering"), span.because
    span = span_of(
        "Then the Szczecin [Party committee] met on Monday.", "[Party committee]", conventions=conv
    )
    assert not span.because.startswith("capitalised_rendering"), span.because
    span = span_of("Pionierkommando [Sapper group] came back at night.", "[Sapper group]", conventions=conv)
    assert not span.because.startswith("capitalised_rendering"), span.because
    # a determiner or a verb in the rendering: words the sentence lacks
    span = span_of("to turn Molodaia gvardiia [The guard] into", "[The guard]", conventions=conv)
    assert not span.because.startswith("capitalised_rendering"), span.because
    span = span_of("to turn Molodaia gvardiia [Wanted help] into", "[Wanted help]", conventions=conv)
    assert not span.because.startswith("capitalised_rendering"), span.because
