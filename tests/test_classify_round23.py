"""Conventions of the twenty-third labelling round's first part (labels23, translations of Asian,
Middle Eastern, ancient and medieval sources): a site's key=value tags and a database's
zero-padded identifiers as markup of the page, folio markers of manuscript editions and page
markers written ``pg`` or glued to their number, letters restored in the text's own script or
romanisation or in a syllable of a transliteration, a column label that translates no title, where
a place named stands, a word glossed after its plain-text italics, a name's vowels in another
romanisation, a forum's links and post date: real text of dev's pages, the category written by
hand from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://www.i3-mesop-oil.gwi.uni-muenchen.de/?p=2369 (the Munich Old Babylonian letters, AbB 2
# 22, Hammurapi to Sîn-iddinam: the site's entity tags after a word of the transliteration)
MUNICH = "r. 6' li-ṣe-nu-nim-ma\nr. 7' a-na ka2.dingir.raki[geogr=Bābilim]\nr. 8' li-ib-lu-nim"
# https://www.i3-mesop-oil.gwi.uni-muenchen.de/?p=2685
MUNICH_2685 = (
    "o. 3 aš-šum še-ep-den.zu[individual=Šēp-Sîn] ugula dam.gar3meš Concerning "
    "Šēp-Sîn[individual=Šēp-Sîn], the chief merchant,"
)
# http://oracc.ub.uni-muenchen.de/rinap/rinap3/Q003475 (Oracc, RINAP 3, Sennacherib 001: the
# list of exemplars with the edition's sigla)
ORACC = "Sources\n\nIMG [EX001] K 14959\n\n  [EX002] BM 099046\n\n  [EX003] BM 113203"
# https://enl.wired-humanities.org/fcbk12ch22 (the Early Nahuatl Library's Florentine Codex)
CODEX = (
    "[Transcription of the Nahuatl (right-hand column) by James Lockhart:] [f. 37r., cont.] Inic "
    "cempoalli omume capitulo: vncā mitoa in quenin machiztico in ie vitz capitan don hernādo Cortes"
)
# https://enl.uoregon.edu/fcbk12ch15
CODEX_15 = (
    "[Transcription of the Nahuatl (right-hand column) by James Lockhart:] [f. 21v., cont.] Inic "
    "caxtolli capitulo: vncan mitoa in quenin Espanoles,vmpa vallevaque in Itztapalapan"
)
# https://gdn.iib.unam.mx/diccionario/aztlan/174651 (UNAM's Gran Diccionario Náhuatl quoting
# Tezozomoc's Crónica mexicana with the editor's folio marker)
TEZOZOMOC = (
    "Hazé a uros padres que sosieguen, descansen, labren sus casas, y buestros deudos, parientes y "
    "basallos, [3r=] los aztecas, llamados, del lugar de Aztlam, los mexitin, mexicanos (f:002r.)"
)
# https://bitlit.ru/page/en/unknown/egyptian-literature-comprising-egyptian-tales-hymns-litanies-invocations-the-book-of-the-dead-and-cuneiform-writings/108
# (Wilson's Egyptian Literature, Conder's Amarna letters: the e-text's page marker)
AMARNA = (
    "the prosperous King. Baalath of [pg 212] Gebal she hath given power to the King my Lord. At "
    "the feet of the King my Lord my Sun seven times seven times I bow."
)
# http://ccat.sas.upenn.edu/gopher/other/journals/kraftpub/Papyri/Other%20Locations/Some%20Fragments%20from%20the%20John%20Rylands%20Library
# (Kraft's Rylands papyri article: the print edition's page marker in double brackets)
RYLANDS = (
    "THE JOHN RYLANDS LIBRARY, MANCHESTER, 3 MCMLXVIII [[p.137]] SOME UNCATALOGUED PAPYRI OF "
    "THEOLOGICAL AND OTHER INTEREST IN THE JOHN RYLANDS LIBRARY"
)
# https://geniza.princeton.edu/en/documents/40166/scholarship (an Arabic letter's edition: a letter
# restored at a line's start, glued to the word it begins)
GENIZA = "- [و]هلك عدوه وضده . . . . . . . يا مولاي ان ووصلني [كتاب صاحب]\n- السوار وهو يذكر لي"
# https://ub.uni-heidelberg.de/papyri/view/p_arab_89 (an Arabic papyrus, its German commentary
# quoting the line in the DMG's romanisation with a word restored)
HEIDELBERG = (
    "Die Zeile 2' iálam mawlay alšyẖ aṭāla allah baqāhu wa adāma táyīdahu wa baqāhu wa ǧaálanī "
    "[ allāh]', d. h: Du sollst wissen mein Herr al Šayẖ, Gott lasse Ihnen lange leben"
)
# https://www.i3-mesop-oil.gwi.uni-muenchen.de/?p=2369 (a sign restored in a syllable of a name)
MUNICH_SYLLABLE = "o. 2 qi2-bi2-ma say:\no. 3 um-ma ḫ[a]-am-mu-ra-pi2-ma thus (speaks) Ḫammurāpi."
# https://enl.uoregon.edu/fcbk12ch15 (a column label after the Nahuatl it does not translate)
CODEX_LABEL = (
    "in teiacac onotivitze, in te [Translation of the Nahuatl (right-hand column) by James "
    "Lockhart:] Fifteenth chapter, where it is said how the Spaniards came from Itztapalapan"
)
# http://sourcebooks.web.fordham.edu/halsall/source/1354-ibnbattuta.html (Ibn Battuta's travels
# in Gibb's translation: where the places named stand, a place's name in another romanisation)
BATTUTA = (
    "with the intention of making the Pilgrimage to the Holy House [at Mecca] and the Tomb of the "
    "Prophet [at Medina].\n\nI set out alone"
)
BATTUTA_33 = (
    "On reaching the city of Tilimsan [Tlemsen], whose sultan at that time was Abu Tashifin, I "
    "found there two ambassadors"
)
# https://persian.packhum.org/pf?ct=54&file=03601022 (Badauni's Muntakhab al-Tawarikh, Lowe)
BADAUNI = "from the extreme east of India as far west as Bakkar [on the\nIndus] came to Court."
# http://www.free-books.at/book_22340/… (Jackson's Moroccan letters in Shabeeny's Account of
# Timbuctoo, a Project Gutenberg text: italics between underscores)
SHABEENY = (
    "_Sultan of Fas, of Maroksh_ [Marocco], _of Suse, and of Draha, and\nof Tafilelt and Tuat, "
    "together with all the kabyles_ [tribes] _of\nthe West, and of the Berebbers of Atlas, &c._"
)
# https://shinsengumi-archives.github.io/SHQ/forum/96.html (a fan forum's archived thread)
FORUM = (
    "Home - Back\n\nOkita's letter\n\n- [Previous Topic] [Next Topic]\n#96 [2004-03-23 11:47:32]\n\n"
    "Okita's letter"
)

# (text, span, category, rule that decides it)
CASES = [
    (MUNICH, "[geogr=Bābilim]", "other", "key_value_tag"),
    (MUNICH_2685, "[individual=Šēp-Sîn]", "other", "key_value_tag"),
    (ORACC, "[EX001]", "other", "padded_identifier"),
    (ORACC, "[EX002]", "other", "padded_identifier"),
    (CODEX, "[f. 37r., cont.]", "page_break", "folio_marker"),
    (CODEX_15, "[f. 21v., cont.]", "page_break", "folio_marker"),
    (TEZOZOMOC, "[3r=]", "page_break", "folio_marker"),
    (AMARNA, "[pg 212]", "page_break", "page_marker"),
    (RYLANDS, "[p.137]", "page_break", "page_glued"),
    (RYLANDS, "[[p.137]]", "page_break", None),
    (GENIZA, "[و]", "supplied", None),
    (HEIDELBERG, "[ allāh]", "supplied", None),
    (MUNICH_SYLLABLE, "[a]", "supplied", "in_syllables"),
    (CODEX_LABEL, "[Translation of the Nahuatl (right-hand column) by James Lockhart:]", "editor_note", None),
    (BATTUTA, "[at Mecca]", "gloss", "place_located"),
    (BATTUTA, "[at Medina]", "gloss", "place_located"),
    (BADAUNI, "[on the\nIndus]", "gloss", "place_located"),
    (BATTUTA_33, "[Tlemsen]", "gloss", "same_name"),
    (SHABEENY, "[Marocco]", "gloss", "italic_glossed"),
    (SHABEENY, "[tribes]", "gloss", "italic_glossed"),
    (FORUM, "[Previous Topic]", "other", "catalogue_markup"),
    (FORUM, "[Next Topic]", "other", "catalogue_markup"),
    (FORUM, "[2004-03-23 11:47:32]", "other", "machine_timestamp"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round23_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# the glossed words: the name before, the italic word without its underscore
GLOSSED = [
    (BATTUTA_33, "[Tlemsen]", "Tilimsan"),
    (BADAUNI, "[on the\nIndus]", "Bakkar"),
    (SHABEENY, "[Marocco]", "Maroksh"),
    (SHABEENY, "[tribes]", "kabyles"),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_round23_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert span.glossed == glossed, span.because


def test_round23_folio_marker_gives_the_leaf_and_side() -> None:
    assert span_of(CODEX, "[f. 37r., cont.]").info.number == "37r"
    assert span_of(TEZOZOMOC, "[3r=]").info.number == "3r"


# near misses: (text, span, category or None, rule that must not decide it)
NEAR_MISSES = [
    # a blog's shortcode with quoted attributes stays markup_tag's (oldbonessearch.blogspot.com)
    (
        '[caption id="attachment_602" align="alignnone" width="273"] "Lest We Forget"',
        '[caption id="attachment_602" align="alignnone" width="273"]',
        "other",
        "key_value_tag",
    ),
    # a gloss opened by "=" is the editor's (an EHRI early testimony, early-testimony.ehri-project.eu)
    (
        "He said that they [=the police] were retreating together with the army",
        "[=the police]",
        "gloss",
        "key_value_tag",
    ),
    # a feminine form explained (a JewishGen ViewMate translation): no leaf and side
    (
        "2) Janina Matkowska [f. form of surname Matkowski], daughter of Wolf",
        "[f. form of surname Matkowski]",
        None,
        "folio_marker",
    ),
    # a page ending a note's line is the note's link back (Stalin's Works on a mirror of the
    # Marxists Internet Archive)
    (
        "[137] This refers to the Cologne Democratic League. Karl Marx was one of its leaders.    [p.671]",
        "[p.671]",
        "other",
        "page_glued",
    ),
    # a name's place "of" a country after it is supplied in the Wilson Center's records
    (
        "Meanwhile, [King] Hassan [of Morocco] has a battalion of Soviet tanks",
        "[of Morocco]",
        "supplied",
        "place_located",
    ),
    # a file name's underscore is no italics (subtitlecat.com)
    (
        "All language subtitles for Watergate.S01E05.Blowback.1080p.AMZN.WEB-DL.DDP2.0.H.264-TEPES_"
        "track3_[eng]\n\naf Afrikaans",
        "[eng]",
        None,
        "italic_glossed",
    ),
    # a recording's time code without a date is the editor's (whitehousetapes.net, Nixon 675-008)
    (
        "President Nixon:  [00:58:25a] Well, they all sound good, but are you concerned",
        "[00:58:25a]",
        "editor_note",
        "machine_timestamp",
    ),
    # a note reference glued to a name stays one
    ("with Molotov[1] and the others", "[1]", "footnote_ref", "in_syllables"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), NEAR_MISSES)
def test_round23_near_misses(text: str, inside: str, category: str | None, rule: str) -> None:
    assert_not_read_by(text, inside, rule)
    if category is not None:
        assert span_of(text, inside).category == category, span_of(text, inside).because


@pytest.mark.parametrize(
    "rule",
    [
        "key_value_tag",
        "padded_identifier",
        "folio_marker",
        "page_glued",
        "in_syllables",
        "place_located",
        "italic_glossed",
        "machine_timestamp",
    ],
)
def test_round23_rules_can_be_switched_off(rule: str, tmp_path) -> None:
    assert_switched_off(rule, CASES, tmp_path)
