"""What a word of the collation is (``lacuna.collate.tokens``): hand-written cases from the user
test of Venona 1822 (the NSA's ``‘[D% A.’s]’`` against the Haunted Wood's wording)."""

from __future__ import annotations

import lacuna
from lacuna.collate import collate, tokenize

NSA = "As a result of ‘[D% A.’s]’ chat with ‘ALES,’ the following has been ascertained:\n"
HAUNTED = "As a result of [unidentified] chat with [Alger Hiss], the following has been ascertained:\n"


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(lacuna.parse(text))]


def test_a_clitic_after_a_stop_belongs_to_its_word():
    toks = tokenize(lacuna.parse(NSA))
    (a,) = [t for t in toks if t.text.startswith("A.")]
    assert a.text == "A.’s" and a.key == "a.'s"
    assert NSA[a.start : a.end] == "[D% A.’s]"
    assert "s" not in words(NSA)
    assert words("U.S.'ll see; he'd go; don’t") == ["U", "S.'ll", "see", "he'd", "go", "don’t"]


def test_venona_collation_has_no_lone_s():
    al = collate([NSA, HAUNTED], sigla=["nsa", "hw"])
    readings = [r.text for col in al.variants() for r in col.readings]
    assert "s" not in readings and not any(r.endswith(" s") for r in readings)
    assert ("A.’s", "") in [(c.readings[0].text, c.readings[1].text) for c in al.variants()]


def test_near_misses_a_closing_quote_after_a_stop_is_not_in_the_word():
    assert words("‘Ales.’ He came.") == ["Ales", "He", "came"]
    assert words("to Moscow.’The group") == ["to", "Moscow", "The", "group"]  # no space: still two words
    assert words("the ‘Son.’ [7]") == ["the", "Son"]
    assert words("‘Ruble.’s’") == ["Ruble.’s"]  # a clitic only: s, d, ll, re, ve, m, t
    assert words("It was ‘Ales.’so he said") == ["It", "was", "Ales", "so", "he", "said"]
