"""Translations after an original-language word judged by the word's letters, not by a list of
any language's words (issue 13, class ``translation``; rules ``translation_after_foreign``,
``translation_across_line``, ``quoted_title_translated``; ``[gloss.shape]``): real text of
public pages, the category written by hand from the document, and near misses that must stay
supplied (an English word missing from the lexicon, a name, a word broken at its hyphen)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off
from lacuna import Conventions
from lacuna.classify.words import _english_rendering, _foreign_shape

# https://ageofbook.com/en/read-book/online-a-writer-at-war-125200 (Vasily Grossman's notebooks,
# Stalingrad: the Russian word for the political officers kept, its English after it)
GROSSMAN = (
    "Pesochin punches commissars and divisional commissar Serafim Snitser punches his own "
    "politruks [political officers]. Each of them has his own chain of command of punching."
)
# http://epsomhistory.com/epsom/history/edwin%20sherburne%20diary%201862.htm (a soldier's diary
# of 1862: a misspelt word in a compound, the word as the editor reads it: no original-language
# word, though its letters are no English word's)
SHERBURNE = "Sunday, January 5, 1862\n\nwent on dress-perade [parade] & formed a\nhaulow [hollow] square"
# https://www.scribd.com/document/14152546/Soviet-Archival-Documents-on-Hungary-October-November-1956-Translated-by-Johanna-Granville
# (the Russian word opens the line below the English word it renders)
GRANVILLE = (
    "Union, comrade G. K. Zhukov, the troops of the Soviet Army consisting of 128 rifle\n"
    "[strelkovoi] divisions [sic!] 3 and 39 mechanized divisions began at 2:15 a.m. to cross the "
    "state\nborder into the Hungarian"
)
# https://100vampirenovels.net/pdf-novels/brothers-in-arms-by-odd-arne-westad-free/18-page
# (Westad, Brothers in Arms, a note: a Russian report's title quoted whole, then its English)
KOZLOV = (
    "see Frol Kozlov's report to the CPSU Central Committee July 1960 plenum, \"Ob itogakh "
    "soveshchaniia predstavitelei bratskikh partii v Bukhareste i ob oshibochnykh pozitsiiakh "
    "rukovodstva TsK KPK po nekotorym printsipialnym voprosam marksistskoleninskoi teorii i "
    'sovremennykh mezhdunarodnykh otnoshenii" [On the results of the conference of leaders of '
    "brotherly parties in Bucharest and on the erroneous positions of the heads of the CCP "
    "Central Committee on some main questions of Marxist-Leninist theory and contemporary "
    "international relations]"
)

# near misses, each real
# https://wilson-center-digital-archive.dvincitest.com/document/telegram-polish-embassy-washington-drozniak-30-october-1962-0
# ("disassembling" is missing from the lexicon but has an English word's letters: supplied)
DROZNIAK = (
    "K. postponed the press conference until Thursday in order to have more time to assess the "
    "process of disassembling [the missile bases] in Cuba."
)
# https://digitalarchive.wilsoncenter.org/document/aleksander-zawadzkis-notes-19-20-october-polish-soviet-talks
# (a name is capitalised: the supplied verb after it is no rendering)
ZAWADZKI = (
    "Comrade Mikoyan [says] that the [PUWP] Politburo has shown itself to be inhospitable in "
    "[its] dealings with the Soviet side."
)
# https://books.google.com.tw/books?id=jd1L9vLKorEC&pg=PA153 (Mao to a Yugoslav delegation,
# a book's columns run together: a word broken at its hyphen is of no language)
COLUMNS = "est, trying to overcome arrogance but adher- [mental] burden. might be brought to life"

# (text, span, category, rule that decides)
CASES = [
    (GROSSMAN, "[political officers]", "gloss", "translation_after_foreign"),
    (SHERBURNE, "[parade]", "gloss", None),
    (GRANVILLE, "[strelkovoi]", "gloss", "translation_across_line"),
    (KOZLOV, KOZLOV[KOZLOV.index("[On") :], "gloss", "quoted_title_translated"),
    (DROZNIAK, "[the missile bases]", "supplied", None),
    (ZAWADZKI, "[says]", "supplied", None),
    (COLUMNS, "[mental]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_translation_shapes(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(
    ("text", "inside"),
    [(DROZNIAK, "[the missile bases]"), (ZAWADZKI, "[says]"), (COLUMNS, "[mental]"), (SHERBURNE, "[parade]")],
)
def test_translation_shapes_near_misses(text: str, inside: str) -> None:
    for rule in ("translation_after_foreign", "translation_across_line", "quoted_title_translated"):
        assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize(
    "rule", ["translation_after_foreign", "translation_across_line", "quoted_title_translated"]
)
def test_translation_shapes_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)


def test_foreign_shape_is_read_from_the_lexicon() -> None:
    """The shape of a word is judged by the lexicon's letter trigrams: words of the pages above
    (transliterated Russian, a misspelt compound) have none English words share; English words
    the lexicon lacks (``disassembling``), Portuguese words whose letters English shares
    (``cargas``: ``language_change`` reads it by the lexicon) and names (capitalised) are not
    original-language words by their shape."""
    conv = Conventions.default()
    assert _foreign_shape("politruks", conv)
    assert _foreign_shape("strelkovoi", conv)
    assert _foreign_shape("otnoshenii", conv)
    assert not _foreign_shape("disassembling", conv)
    assert not _foreign_shape("cargas", conv)
    assert not _foreign_shape("Mikoyan", conv)
    assert not _foreign_shape("adher-", conv)
    assert _english_rendering("political officers".split(), conv)
    assert not _english_rendering("Political officers".split(), conv)
    assert not _english_rendering("strelkovoi divisions".split(), conv)


def test_shape_threshold_is_data(tmp_path: object) -> None:
    """``[gloss.shape] rarest_trigram`` is read from the conventions: when a trigram must be held
    by thousands of the lexicon's words to be common, even an English word has a rare one."""
    from pathlib import Path

    user = Path(str(tmp_path)) / "conv.toml"
    user.write_text("[gloss.shape]\nrarest_trigram = 5000\n", encoding="utf-8")
    conv = Conventions.load(user)
    assert _foreign_shape("disassembling", conv)
