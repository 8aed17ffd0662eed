"""The editions agree on real pages (tei44): a gloss keeps the text's order in TEI, and a ``[1]``
alone between paragraphs is no empty note. Written by hand from the pages of
bench/labels/dev.jsonl that bench/editions_check.py reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import lacuna
from lacuna.editorial import footnotes
from lacuna.render import clean, to_html, to_tei
from lacuna.render.tei import TEI_NS
from test_tei import _jing, body_xml, validate

# -- a gloss after a closing quote or other characters: the text's order ------------------

GLOSS_ORDER = [
    (  # Shmuel Zygelbojm's family letters (NYPL, "transak110"): described_by_kind
        "Write whether you received the \u201copaska\u201d [required armband for Jews]. Write more.",
        "<p>Write whether you received the <choice><orig>\u201copaska\u201d</orig> "
        "<reg>required armband for Jews</reg></choice>. Write more.</p>",
    ),
    (  # Bernard L. Boutin's oral history (JFK Library): a stray "s" before the bracket
        "a staff member of John F. Kennedy s [JFK] 1960 presidential campaign;",
        "<p>a staff member of <choice><orig>John F. Kennedy s</orig> <reg>JFK</reg></choice>"
        " 1960 presidential campaign;</p>",
    ),
    (  # Alger Hiss, new evidence: a cover name in single quotes, a note reference after
        "Then in 1939, when \u2018Ales\u2019 [Hiss] [20] met him",
        "<p>Then in 1939, when <choice><orig>\u2018Ales\u2019</orig> <reg>Hiss</reg></choice> "
        '<ref type="noteAnchor" n="20">20</ref> met him</p>',
    ),
    (  # Kennedy's tapes: the contraction's ending stays with the pronoun
        "I don\u2019t know, Mr. President, if he\u2019s [Khrushchev] changing his mind.",
        "<p>I don\u2019t know, Mr. President, if <choice><orig>he\u2019s</orig> <reg>Khrushchev</reg>"
        "</choice> changing his mind.</p>",
    ),
    (  # Pogrom November 1938: a place in parentheses, the comma after the bracket stays after it
        "Otto Gerson, born in H\u00fclchrath (Rhineland) [now in North Rhine-Westphalia], in 1880",
        "<p>Otto Gerson, born in H\u00fclchrath <choice><orig>(Rhineland)</orig> "
        "<reg>now in North Rhine-Westphalia</reg></choice>, in 1880</p>",
    ),
    (  # a possessive apostrophe: no opening quote to take
        "Party, now the Vietnam Workers' [Lao Dong] Party, was founded.",
        "<p>Party, now the <choice><orig>Vietnam Workers'</orig> <reg>Lao Dong</reg></choice>"
        " Party, was founded.</p>",
    ),
    # near misses: nothing but white space between, or a translation (term and gloss)
    (  # same_name: the white space stays between orig and reg
        "Comrade Pak Seong-cheol [Pak Song Chol] said",
        "<p>Comrade <choice><orig>Pak Seong-cheol</orig> <reg>Pak Song Chol</reg></choice> said</p>",
    ),
    (  # quoted_rendering: the quote stays outside the <term>, between term and gloss
        "French-language text: \u2018Cette Copie\u2019 [this copy] here",
        "<p>French-language text: \u2018<term>Cette Copie</term>\u2019 <gloss>this copy</gloss> here</p>",
    ),
    (  # Facing History, a German word quoted in an English letter: a translation
        "we should be \u201cvernichtet\u201d [annihilated] in the end",
        "<p>we should be \u201c<term>vernichtet</term>\u201d <gloss>annihilated</gloss> in the end</p>",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSS_ORDER)
def test_gloss_keeps_the_text_order(text: str, expected: str) -> None:
    assert body_xml(text) == expected


def _tei_chars(text: str) -> str:
    root = etree.fromstring(to_tei(lacuna.parse(text)).encode("utf-8"))
    return "".join("".join(root.find(f"{{{TEI_NS}}}text").itertext()).split())


@pytest.mark.parametrize(("text", "expected"), GLOSS_ORDER)
def test_tei_reads_as_the_clean_edition(text: str, expected: str) -> None:
    """The clean edition (glosses kept, brackets aside) is TEI's text, character for character."""
    assert _tei_chars(text) == "".join(clean(lacuna.parse(text)).split()).replace("[", "").replace("]", "")


def test_no_space_before_the_stop() -> None:
    xml = to_tei(lacuna.parse(GLOSS_ORDER[0][0]))
    assert "</choice>." in xml
    assert "\u201d ." not in xml and "\u201c<choice>" not in xml


def test_html_keeps_the_gloss_after_the_quote() -> None:
    """The HTML edition writes each bracket where it stands: the fault was TEI's alone."""
    html = to_html(lacuna.parse(GLOSS_ORDER[0][0]))
    assert '\u201copaska\u201d <span class="lc c-gloss' in html
    assert 'required armband for Jews<span class="br">]</span></span>. Write more.' in html


def test_gloss_order_is_valid_tei(tmp_path: Path) -> None:
    _jing()
    paths = []
    for i, (text, _) in enumerate(GLOSS_ORDER):
        path = tmp_path / f"order-{i:02d}.xml"
        path.write_text(to_tei(lacuna.parse(text, source=f"order-{i}.txt")), encoding="utf-8")
        paths.append(path)
    validate(paths)


# -- a [1] alone between paragraphs -----------------------------------------------------------

# Truman Library, oral history interview with Joseph Fuchs (J.T. Curry and P.D. Lagerquist): the
# transcript's page numbers stand alone between paragraphs
FUCHS = (
    "Oral History Interview with\nJoseph Fuchs\n\nby J.T. Curry and P.D. Lagerquist\n\nVolume 1\n\n"
    "[1]\n\nCURRY: To start, what is oral history?\n\n"
    "FUCHS: Well, it is history told by those who were there.\n\n \n\n[2]\n\n"
    "CURRY: And who told it first?\n"
)
# Gerhard Sch\u00fcrer's notes of the SED Politburo, 10/11 October 1989 (chronik-der-mauer.de): the
# edition's reference to a note on the title, on a line of its own
SCHUERER = (
    "Gerhard Sch\u00fcrer\nPers\u00f6nliche Aufzeichnungen \u00fcber die Sitzung des SED-Politb\u00fcros"
    " am 10./11. Oktober 1989\n\n[1]\n\n- 1 [2] -\n\nErich Honecker:\n  1. Einsch\u00e4tzung 40. Jahrestag\n"
)


@pytest.mark.parametrize("text", [FUCHS, SCHUERER])
def test_a_reference_alone_in_its_paragraph_is_no_note(text: str) -> None:
    doc = lacuna.parse(text)
    assert footnotes(doc).notes == ()
    xml = to_tei(doc)
    assert '<note place="foot"' not in xml
    assert '<p><ref type="noteAnchor" n="1">1</ref></p>' in xml
    # the clean edition leaves it where it stands, as TEI does
    assert clean(doc) == clean(doc, notes="inline")
    assert "\n\n[1]\n\n" in clean(doc)
    assert "[1]" not in clean(doc, notes="drop")


def test_fuchs_second_page_number_too() -> None:
    xml = to_tei(lacuna.parse(FUCHS))
    assert '<p><ref type="noteAnchor" n="2">2</ref></p><p>CURRY: And who told it first?</p>' in xml


@pytest.mark.parametrize(
    "text",
    [
        "Hungary.[2] x.\n\n[2] Written in pencil.\n",  # the label with its note on its line
        "Hungary.[2] x.\n\n[2]\nWritten in pencil.\n",  # its note on the next line
        "Hungary.[2] x.\n\n[2]   Written in pencil.\n\n[3] Typed.",  # two notes, the last at the end
    ],
)
def test_labels_with_their_notes_stay_notes(text: str) -> None:
    """Near misses: a label whose note follows it in its paragraph is still a label."""
    doc = lacuna.parse(text)
    notes = footnotes(doc).notes
    assert notes and notes[0].number == "2"
    assert '<note place="foot" n="2" xml:id="fn2">' in to_tei(doc)
    assert "pencil" not in clean(doc, notes="drop")


def test_an_empty_label_at_the_end_is_no_note() -> None:
    doc = lacuna.parse("Hungary.[2] x.\n\n[2]\n")
    assert footnotes(doc).notes == ()
    assert '<note place="foot"' not in to_tei(doc)


def test_notes_alone_are_valid_tei(tmp_path: Path) -> None:
    _jing()
    paths = []
    for i, text in enumerate([FUCHS, SCHUERER, "Hungary.[2] x.\n\n[2]\n"]):
        path = tmp_path / f"alone-{i}.xml"
        path.write_text(to_tei(lacuna.parse(text, source=f"alone-{i}.txt")), encoding="utf-8")
        paths.append(path)
    validate(paths)
