"""Conventions of the twenty-first labelling round's first part (labels21): column and page
markers of printed books (``page_break.words``, a marker's pages in figures), note marks
(``note_mark``), wiki links in their own markup (``wiki_link``), a Hebrew year restated
(``[gloss] calendar_years``), a work's English title and year (``work_dated``) and a page's
empty source field (``empty_field``): real text of dev's pages, the category written by hand
from the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://www.jewishgen.org/Yizkor/Hrubieszow/hru565.html (the Hrubieszów memorial book,
# printed in two columns a page)
HRUBIESZOW = (
    "« Previous Page Table of Contents Next Page »\n\n[Columns 565-566]\n\nTranslations by Mira "
    "Rivka Blum\n\n\nEli Weiner, the Headstone Engraver\n\nHassidism, Stories,\nand Poems\n\n\n"
    "The Teacher, Isaac Fox\n\n[Columns 567-568]\n\nTable of Contents"
)
# http://www.jewishgen.org/yizkor/Czyzew/czy0781.html (the Czyżew memorial book)
CZYZEW = (
    "« Previous Page Table of Contents Next Page »\n\n[Column 781]\n\nReb Alter Wolmer\n\nby Dov "
    "Gorzalczany of Tel Aviv\n\nTranslated from Hebrew by Jerrold Landau"
)
# https://jewishgen.org/yizkor/Rokiskis/rok029.html (the Rokiškis memorial book)
ROKISKIS = (
    "«Previous Page Table of Contents Next Page »\n\n[Pages 29-42]\n\nMy Shtetl\n\nA. Noach "
    "Nachamowitz\n\nTranslated by Gloria Berkenstat Freund"
)
# https://irp.fas.org/congress/2016_cr/feinstein-church.html (the Congressional Record's header)
RECORD = (
    "[Congressional Record Volume 162, Number 64 (Tuesday, April 26, 2016)]\n"
    "[Pages S2451-S2452]\n\n\n  Mrs. FEINSTEIN. Mr. President, I wish to commemorate the 40th"
)
# https://necturus.dreamwidth.org/2012/11/07 (a translation of the Military Revolutionary
# Committee's proclamation of 25 October 1917, its note below)
NECTURUS = (
    "State power has passed into the hands of the Military Revolutionary Committee, an organ of "
    "the Petrograd Council[*] of Workers' and Soldiers' Deputies, standing at the head of the "
    "Petrograd proletariat and garrison.\n\n[*] Council = Soviet"
)
# https://wiki.niidae.com/index.php?action=edit&section=30&title=Leon_Trotsky (a wiki mirror's
# edit view of the article's section on Trotsky's exile)
TROTSKY = (
    "For his first two months, he lived with his wife and eldest son at the [[List of "
    "diplomatic missions of Russia|Soviet Consulate]] in [[Istanbul]] and then a nearby hotel.\n"
    "During his Turkish exile, Trotsky was under surveillance by [[Mustafa Kemal Atatürk|Mustafa "
    "Kemal Pasha's]] police."
)
# (the same page, further on)
BUYUKADA = (
    "In April 1929, Turkish authorities moved them to the island of [[Büyükada]] (Prinkipo), into "
    "a house called the Yanaros mansion."
)
# http://a3guo.com/en/th/sa/samguk-sagi.html (an old Wikipedia mirror's article)
SAMGUK = (
    "Samguk Sagi (삼국사기; 三國史記) or the Historical Record of the Three Kingdoms is a historical "
    "record of the three Korean kingdoms[?]: Koguryo, Paekche[?] and Silla[?], written in "
    "Classical Chinese and compiled by the Korean historian Kim Pusik[?] in 1146."
)
# http://library.fes.de/fulltext/sozmit/1942-044-3.htm (the SPD's exile reports, 1942)
SPD = "[Beilage 3 zu SM, Nr. 44, 1942]\n\n[Seite: - I - ]\n\nHITLERITE GERMANY\n\nDURING THE AUTUMN OF 1942"
# http://www.jewishgen.org/yizkor/david-gorodek/dav161.html (the David-Horodok memorial book)
HORODOK = (
    "He arrived in David-Horodok in the year 5686 [1926], through the influence of his rabbi, the "
    "Admor of Stolin"
)
# https://studylib.net/doc/8192254/four-stages-of-the-japanese-kokutai (Brownlee, Four Stages
# of the Japanese Kokutai)
KOKUTAI = (
    "Stage One: Shinron [New Theses, 1825] by Aizawa Seishisai.\n"
    "since invention and exaggeration had been practiced in Japanese political thought since "
    "Japan’s first histories Kojiki [Record of Ancient Matters, 712 ] and Nihon Shoki [Chronicles "
    "of Japan, 720] 1 Let us quickly summarize the basic traditional ideas."
)
# https://rielpolitik.com/2022/06/17/deep-state-did-the-cia-subvert-the-1968-u-s-presidential-election-part-1-by-robert-e-aldridge-flashback/
O_BRIEN = (
    "A person wearing glasses and a suit\n\nDescription automatically generated with medium "
    "confidence\nLarry O’Brien [Source:]\n\nBecause Hughes Enterprises was a major contractor"
)
# https://sajmarchives.com/ukraine
SAJM = (
    "but were competing due to the limited number of travel passes for this kind of emigration "
    "at the same. [Source:]."
)
# https://iranbahaipersecution.bic.org (a clipping's header: its fields open their lines)
CLIPPING = "[Newspaper:] Islamic Republic\n\n[Date:] 26 Khordad 1359 [16 June 1980]\n\n[Page:] 12\n"

# (text, span, category, rule that decides)
CASES = [
    (HRUBIESZOW, "[Columns 565-566]", "page_break", "page_marker"),
    (HRUBIESZOW, "[Columns 567-568]", "page_break", "page_marker"),
    (CZYZEW, "[Column 781]", "page_break", "page_marker"),
    (ROKISKIS, "[Pages 29-42]", "page_break", "page_marker"),
    (TROTSKY, "[List of diplomatic missions of Russia|Soviet Consulate]", "other", "wiki_link"),
    (TROTSKY, "[Mustafa Kemal Atatürk|Mustafa Kemal Pasha's]", "other", "wiki_link"),
    (TROTSKY, "[Istanbul]", "other", "wiki_name_link"),
    (BUYUKADA, "[Büyükada]", "other", "wiki_name_link"),
    (NECTURUS, "[*]", "footnote_ref", "note_mark"),
    (SAMGUK, "[?]", "other", "wiki_missing_link"),
    (SPD, "[Seite: - I - ]", "page_break", "page_labelled"),
    (HORODOK, "[1926]", "gloss", "calendar_converted"),
    (KOKUTAI, "[New Theses, 1825]", "gloss", "work_dated"),
    (KOKUTAI, "[Record of Ancient Matters, 712 ]", "gloss", "work_dated"),
    (KOKUTAI, "[Chronicles of Japan, 720]", "gloss", "work_dated"),
    (O_BRIEN, "[Source:]", "other", "empty_field"),
    (SAJM, "[Source:]", "other", "empty_field"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round21_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


def test_round21_column_markers_number_their_first_column() -> None:
    from lacuna.classify import read_inside
    from lacuna.conventions import Conventions

    conv = Conventions.default()
    assert read_inside("Columns 565-566", conv).number == "565"
    assert read_inside("Column 781", conv).number == "781"
    assert read_inside("Pages 29-42", conv).number == "29"


def test_round21_every_missing_link_of_the_line() -> None:
    spans = [s for s in lacuna.parse(SAMGUK).spans() if s.text == "[?]"]
    assert len(spans) == 4
    assert all(s.category == "other" for s in spans), [s.because for s in spans]


def test_round21_wiki_link_outer_brackets_take_the_link() -> None:
    outer = span_of(TROTSKY, "[[List of diplomatic missions of Russia|Soviet Consulate]]")
    assert outer.category == "other", outer.because
    assert span_of(TROTSKY, "[[Istanbul]]").category == "other"


def test_round21_note_marks_are_note_references(tmp_path: object) -> None:
    spans = [s for s in lacuna.parse(NECTURUS).spans() if s.text == "[*]"]
    assert len(spans) == 2
    assert all(s.because.startswith("note_mark:") for s in spans), [s.because for s in spans]
    # switched off, the mark is read as before (glued: supplied)
    from lacuna import Conventions

    user = tmp_path / "conv.toml"  # type: ignore[operator]
    user.write_text('[rules]\ndisable = ["note_mark"]\n', encoding="utf-8")
    conv = Conventions.load(user)
    off = [s for s in lacuna.parse(NECTURUS, conventions=conv).spans() if s.text == "[*]"]
    assert all(s.category != "footnote_ref" for s in off), [s.because for s in off]


# the glossed words: the other calendar's year, the original title (two words back)
GLOSSED = [
    (HORODOK, "[1926]", "5686"),
    (KOKUTAI, "[New Theses, 1825]", "Shinron"),
    (KOKUTAI, "[Chronicles of Japan, 720]", "Nihon Shoki"),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_round21_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # the Congressional Record's header: the pages an item spans, their section letter first
    (RECORD, "[Pages S2451-S2452]", "page_marker"),
    # a menu's links stand between spaced bars; an editor's alternatives are parted by a slash
    (
        "[Notices and Restrictions | Interview Transcript | List of Subjects Discussed]\n",
        "[Notices and Restrictions | Interview Transcript | List of Subjects Discussed]",
        "wiki_link",
    ),
    # a name in capitals inside a stamp's note (docslib's copy of a Soviet embassy journal);
    # a transcriber's doubtful reading in double brackets (the Smithsonian Transcription Center)
    (
        "[faded image of a stamp: [[TOP SECRET]] Incoming 9211-gs; 10 August 1957]",
        "[TOP SECRET]",
        "wiki_name_link",
    ),
    ("we saw [[Dr. Hayden?]] there", "[Dr. Hayden?]", "wiki_name_link"),
    # one glued question mark on its line doubts its word (a JHI testimony's "Pepi[?] née
    # Horowitz", cbj.jhi.pl)
    ("daughter of Wolf and Pepi[?] née Horowitz, born on 18th April 1914", "[?]", "wiki_missing_link"),
    # a page word as a label before words is a note's label
    ("[Seite: Bericht aus Berlin]", "[Seite: Bericht aus Berlin]", "page_labelled"),
    # a year of the Gregorian calendar before another is no converted date
    ("in the year 1926 [1927], through", "[1927]", "calendar_converted"),
    # a month and its year after a name (a folder's title); a book's imprint
    ("Memorandums of Conversations, President Reagan [June, 1981] Box: 48", "[June, 1981]", "work_dated"),
    (
        "Walt Whitman, ed. Randall H. Waldron [New York: New York University Press, 1977], 37).",
        "[New York: New York University Press, 1977]",
        "work_dated",
    ),
    # a clipping's fields open their lines before their values: the editor's labels
    (CLIPPING, "[Date:]", "empty_field"),
    (CLIPPING, "[Page:]", "empty_field"),
    ("[Source:] The Times of 3 May\n", "[Source:]", "empty_field"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_round21_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


def test_round21_gregorian_year_before_a_year_stays_supplied() -> None:
    assert span_of("in the year 1926 [1927], through", "[1927]").category != "gloss"


RULES = [
    "wiki_link",
    "wiki_name_link",
    "wiki_missing_link",
    "note_mark",
    "page_labelled",
    "work_dated",
    "empty_field",
]


@pytest.mark.parametrize("rule", RULES)
def test_round21_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
