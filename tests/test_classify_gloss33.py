"""Glosses of the thirty-third round (helper gloss33, narrowed by mend_gloss33 after review): dev's
gloss misses on hosts other than the core archives, read with the learned rule switched off, each
case written by hand from the real page (address in a comment), with the near misses the widened
pronoun_identified must not take and the reviewer's probes."""

from __future__ import annotations

import pytest

from conftest import span_of, unlearned

_UNLEARNED = unlearned()


# The reviewer's probes of gloss33's capitalised_rendering (review_gloss33, finding 3; the rule
# was removed, docs/markup.md "Tried and not kept"): a name after an English word it looks a
# little like is the sentence's, no original after its translation.
_NAMES_AFTER_WORDS = [
    ("He sent a letter urging [Kosygin] to accept the proposal.", "[Kosygin]"),
    ("He was seen after visiting [Kiesinger] in Bonn.", "[Kiesinger]"),
    ("It was arranged by contacting [Konstantinov] through the embassy.", "[Konstantinov]"),
    ("He was accused of thanking [Bulganin] too warmly.", "[Bulganin]"),
    ("The paper went on describing [Beijing] as a paper tiger.", "[Beijing]"),
    ("He met the visiting [Stalingrad] delegation.", "[Stalingrad]"),
    ("Among the survivors [Saburov] was the general.", "[Saburov]"),
]


@pytest.mark.parametrize(("text", "inside"), _NAMES_AFTER_WORDS)
def test_name_after_a_word_it_resembles_is_no_gloss(text, inside):
    span = span_of(text, inside, conventions=_UNLEARNED)
    assert span.category != "gloss", (text, span.because)


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
def test_noun_phrase_after_a_pronoun_says_what_it_stands_for(conv):
    # http://academic.brooklyn.cuny.edu/history/johnson/743-transcripts.htm (the Johnson tapes,
    # 21 August 1964, with Bill Moyers: an article opens the phrase after "it")
    text = (
        "President Johnson: Why in the living hell they want to put it [a plank supporting the"
        " reapportionment decisions] in the platform, notify every little state."
    )
    span = span_of(text, "[a plank supporting the reapportionment decisions]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("pronoun_identified"), span.because
    assert span.glossed == "it"
    # http://manhattanprojectvoices.org/tags/lewis-strauss (Robert Bacher's interview: "this"
    # standing as a pronoun)
    text = "Robert Bacher: I presented this [the discovery of the neutron] in the seminar and there were"
    span = span_of(text, "[the discovery of the neutron]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("pronoun_identified"), span.because
    assert span.glossed == "this"
    # http://yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_12.htm (a peasant letter on
    # collectivization in Kaluga okrug, 1930: lower-case words, a comma after the bracket)
    text = "We used to only hear about them [collective farms], but now we know them all too well."
    span = span_of(text, "[collective farms]", conventions=conv)
    assert span.category == "gloss", span.because
    assert span.because.startswith("pronoun_identified"), span.because
    # https://ageofbook.com/en/read-book/online-a-writer-at-war-125200 (Grossman's notebooks: a
    # function word after the bracket)
    text = "‘I began making them when he [a German aircraft] was diving down at us."
    span = span_of(text, "[a German aircraft]", conventions=conv)
    assert span.category == "gloss", span.because


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
def test_words_the_sentence_needs_after_a_pronoun_stay_supplied(conv):
    # near misses, written for the supplied shapes the widened rule must not take: a
    # complement or second object of a verb (gloss.object_verbs), "that" as a conjunction, a
    # content word going on after the bracket, one word, a function word ending the inside
    for text, inside in [
        ("We call him [a traitor] and we mean it.", "[a traitor]"),
        ("In the end they made it [a priority].", "[a priority]"),
        ("We gave them [more money], and they left.", "[more money]"),
        ("He showed us [a map of the Soviet zone] and left.", "[a map of the Soviet zone]"),
        ("He said that [the Soviets] would agree.", "[the Soviets]"),
        ("I liked this [the second] meeting best.", "[the second]"),
        ("They asked them [to accept it].", "[to accept it]"),
        ("We met them [in the] hall.", "[in the]"),
        ("I like this [new] car.", "[new]"),
    ]:
        span = span_of(text, inside, conventions=conv)
        assert not span.because.startswith("pronoun_identified"), (text, span.because)


# The reviewer's probes of gloss33's widened pronoun_identified (review_gloss33, findings 1 and
# 2): hand-written sentences of the shapes a transcript or a translation writes, where the
# phrase after the pronoun is the verb's second object or complement, or a time, degree or
# manner phrase: the words the sentence needs, never what the pronoun stands for.
_SECOND_OBJECTS = [
    ("Last year we sold them [spare parts], and they paid late.", "[spare parts]"),
    ("They bought us [a new car] and left.", "[a new car]"),
    ("The factory paid them [a small bonus], but nobody was pleased.", "[a small bonus]"),
    ("The committee owes them [an apology] for this.", "[an apology]"),
    ("We wish them [a happy new year].", "[a happy new year]"),
    ("They offer us [a better deal] than before.", "[a better deal]"),
    ("It cost them [a great deal of money].", "[a great deal of money]"),
    ("The regiment lent us [two field guns] for the attack.", "[two field guns]"),
    ("We threw them [a lifeline].", "[a lifeline]"),
    ("We paid them [double wages], as agreed.", "[double wages]"),
    ("We consider it [a great honour].", "[a great honour]"),
    ("They thought it [a good idea].", "[a good idea]"),
]
_MEASURES = [
    ("We did it [a second time], and it worked.", "[a second time]"),
    ("He wrote it [a year later].", "[a year later]"),
    ("We bought it [a month ago] in Moscow.", "[a month ago]"),
    ("I like it [a little], but not much.", "[a little]"),
    ("They hit them [a few times] with sticks.", "[a few times]"),
    ("We read it [a few days later].", "[a few days later]"),
    ("They beat him [a second time] in the cellar.", "[a second time]"),
    ("I will do it [a bit later].", "[a bit later]"),
    ("They spoke of it [a great deal], of course.", "[a great deal]"),
    ("I want it [done quickly].", "[done quickly]"),
    ("I need them [ready tomorrow].", "[ready tomorrow]"),
    ("Do this [the same way] every time.", "[the same way]"),
]


@pytest.mark.parametrize("conv", [None, _UNLEARNED], ids=["learned", "unlearned"])
@pytest.mark.parametrize(("text", "inside"), _SECOND_OBJECTS + _MEASURES)
def test_second_objects_and_measures_after_a_pronoun_are_no_gloss(text, inside, conv):
    span = span_of(text, inside, conventions=conv)
    assert not span.because.startswith("pronoun_identified"), (text, span.because)
