"""What carries to unseen sites (task cross24): one consonant skeleton for names spelt with
other vowels and for words spelt by sound (``lacuna.normalize.romanization.consonant_key``).

Expectations are written by hand from real documents (the address in a comment), read as a
historian would.
"""

from __future__ import annotations

from lacuna.normalize.romanization import consonant_key


def test_romanisations_without_short_vowels_share_their_consonants():
    # http://sourcebooks.web.fordham.edu/halsall/source/1354-ibnbattuta.html (Gibb's Ibn
    # Battuta: "the city of Tilimsan [Tlemsen]", one Arabic name in two romanisations)
    assert consonant_key("Tilimsan") == consonant_key("Tlemsen")
    # marks and doubled letters are the scheme's, not the name's
    assert consonant_key("Tilimsān") == consonant_key("TLEMSEN")
    assert consonant_key("Muhammad") == consonant_key("Mohammed")


def test_a_word_spelt_by_sound_keeps_its_consonants():
    # https://www.christies.com/lot/lot-1794821 (Andrew Jackson, 30 April 1832: "a short &
    # hasty scroll [scrawl]": w a vowel, the doubled l once)
    assert consonant_key("scroll") == consonant_key("scrawl")
    # https://sethkaller.com/view-item.php?id=1702%3Ffavorite%3D1%3Ffavorite%3D1 (an orderly book
    # of 1776: "to be Read with Laudable [audible] Voice", another word, its consonants changed)
    assert consonant_key("laudable") != consonant_key("audible")
