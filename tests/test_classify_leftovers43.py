"""leftovers43, a user test on real pages: Venona's partial readings. Real examples quoted from
``bench/labels/dev.jsonl`` with the category a historian gives them and the rule that decides,
and near misses that must read otherwise (written by hand, not by running the classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_switched_off, span_of

# Chervonnaya's verbatim translation of the released Russian text of Venona Washington 1822
# (algerhiss.com), then the NSA's translation of the same sentence
VENONA_1822 = (
    "In addition to our cable No. 28 [2] as result of the conversation «[p ya]» [3] with «Ales» it "
    "was ascertained: “Further to our telegram No. 283. As a result of ‘[D% A.’s]’ chat with ‘ALES,’ "
    "the following has been ascertained:"
)

# (text, span, category, rule that decides)
CASES = [
    (VENONA_1822, "[p ya]", "uncertain", "venona_fragment"),
    # the same shape elsewhere: a lone letter that is no word and a piece of a syllable
    ("the conversation with [d yo] was reported", "[d yo]", "uncertain", "venona_fragment"),
    # the NSA's own partial reading, read as before
    (VENONA_1822, "[D% A.’s]", "uncertain", "venona_partial"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_cases(text, inside, category, rule):
    span = span_of(text, inside)
    assert (span.category, span.because.partition(":")[0]) == (category, rule)


def test_the_fragment_is_the_uncertain_reading():
    span = span_of(VENONA_1822, "[p ya]")
    assert (span.conjecture, span.cert) == ("p ya", "low")


# brackets the new rule must not read: words, a Russian word after a one-letter preposition,
# syllables without a lone letter, a lone letter that is a word
NEAR_MISSES = [
    ("they said it [to me] yesterday", "[to me]"),
    ("he is [in a] room", "[in a]"),
    ("Do you have it «[u nas]» here", "[u nas]"),
    ("he went [v dom] at once", "[v dom]"),
    ("she wrote [ti ho] to him", "[ti ho]"),
    ("items [a b] and c", "[a b]"),
    ("he said [k ne] then", "[k ne]"),
    ("the group [p yat] was", "[p yat]"),
]


@pytest.mark.parametrize(("text", "inside"), NEAR_MISSES)
def test_near_misses(text, inside):
    span = span_of(text, inside)
    assert not span.because.startswith("venona_fragment:"), span.because


@pytest.mark.parametrize("rule", ["venona_fragment"])
def test_each_new_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)
