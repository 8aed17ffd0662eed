"""Issue 13's failure classes: each example with the category, the glossed words and the clean
reading a historian gives it (expectations written by hand from the examples, not by running
the classifier)."""

from __future__ import annotations

import pytest

import lacuna
from lacuna.render import clean


def span_of(text: str, inside: str) -> lacuna.Span:
    """The span of ``text`` whose text is ``inside`` (brackets included)."""
    found = [s for s in lacuna.parse(text).spans() if s.text == inside]
    assert len(found) == 1, [s.text for s in lacuna.parse(text).spans()]
    return found[0]


def glossed(span: lacuna.Span) -> str | None:
    return getattr(span, "glossed", None)


# (text, span, category, glossed words or None)
GLOSSES = [
    # a second romanisation of the name before it
    ("Pak Seong-min [Pak Song Min] arrived", "[Pak Song Min]", "Pak Seong-min"),
    ("Choe Hyon-gon [Choe Hyon Gon] arrived", "[Choe Hyon Gon]", "Choe Hyon-gon"),
    ("Pak Geum-cheol [Pak Kum Chol] spoke", "[Pak Kum Chol]", "Pak Geum-cheol"),
    # a real name after a pseudonym, a cover name or a role
    ("comrade Tadeusz [Jan Kowalski] said", "[Jan Kowalski]", "Tadeusz"),
    ("Wang Ming [Chen Shaoyu] wrote", "[Chen Shaoyu]", "Wang Ming"),
    ("the current [Nguyen Co Thach] and previous [Ung Van Khiem] ministers", "[Nguyen Co Thach]", "current"),
    ("the current [Nguyen Co Thach] and previous [Ung Van Khiem] ministers", "[Ung Van Khiem]", "previous"),
    # a translation after a quoted original-language word
    ("the wording “kuaisu [promptly]” was used", "[promptly]", "kuaisu"),
    # a place or group identified
    ("the Hall of Qinzheng [Beijing] was full", "[Beijing]", "Hall of Qinzheng"),
    ("Playa Larga [Larga Beach, Bay of Pigs] fell", "[Larga Beach, Bay of Pigs]", "Playa Larga"),
    (
        "the partners [the French and Italian delegations] agreed",
        "[the French and Italian delegations]",
        "the partners",  # the noun phrase with its determiner, as "the five countries [China, …]"
    ),
    # a gloss of a two-word name glosses both words
    (
        "Cde. Li Kenong [the head of the intelligence department] said",
        "[the head of the intelligence department]",
        "Li Kenong",
    ),
]


@pytest.mark.parametrize(("text", "inside", "words"), GLOSSES)
def test_glosses_and_what_they_gloss(text, inside, words):
    span = span_of(text, inside)
    assert span.category == "gloss", span.because
    assert glossed(span) == words


def test_deputy_minister_is_glossed():
    span = span_of("the deputy minister [Le Duc Tho] came", "[Le Duc Tho]")
    assert span.category == "gloss"
    assert glossed(span) == "the deputy minister"  # the role with its determiner (dev labels)


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a first name supplied before a surname: the word after the bracket counts
        ("Ambassador [Mikhail] Zimyanin left", "[Mikhail]", "supplied"),
        # note references and labels
        ("it is attached. [2] Please ask him", "[2]", "footnote_ref"),
        ("[1] The editors thank the archive.", "[1]", "footnote_ref"),
        ("the text[a] and", "[a]", "footnote_ref"),
        ("Notes: [a] Given in Roman alphabet.", "[a]", "footnote_ref"),
        # descriptions of the physical document
        (
            "[stamp: Copy Nº 2, received 3 March 1960]",
            "[stamp: Copy Nº 2, received 3 March 1960]",
            "editor_note",
        ),
        ("[faded stamp illegible]", "[faded stamp illegible]", "editor_note"),
        ('[handwritten in the margin: "agreed"]', '[handwritten in the margin: "agreed"]', "editor_note"),
        ("[CPSU CC stamp;\n12 JUNE 1969]", "[CPSU CC stamp;\n12 JUNE 1969]", "editor_note"),
        # a quoted conjecture names no thing on the paper (found by test_properties' strategy)
        ('Stalin. [word missing, possible "stamp"]', '[word missing, possible "stamp"]', "gap"),
        ('["Top Secret" stamp]', '["Top Secret" stamp]', "editor_note"),
        # Venona
        ("in Canada [1 group unrecovered] and", "[1 group unrecovered]", "gap"),
        ("[3 groups unrecoverable]", "[3 groups unrecoverable]", "gap"),
        ("[15 groups garbled]", "[15 groups garbled]", "gap"),
        ("he [C% brought] the film", "[C% brought]", "uncertain"),
        ("the [B% COMMISSION] met", "[B% COMMISSION]", "uncertain"),
        # FRUS time corrections, doubts, page markers, counts, typed
        ("Moscow, March 5, 1953—10 [12] a.m.", "[12]", "correction"),
        ("Your 722, April 9, 8 [11] p.m.", "[11]", "correction"),
        ("Kim [?] said", "[?]", "uncertain"),
        ("end of the text [Page 3 of 5] more", "[Page 3 of 5]", "page_break"),
        ("[End of page 3]", "[End of page 3]", "page_break"),
        ("[page break]", "[page break]", "page_break"),
        ("he said [3 words] and left", "[3 words]", "gap"),
        ("[Typed]", "[Typed]", "editor_note"),
    ],
)
def test_categories_of_the_failure_classes(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


def test_frus_correction_fields():
    span = span_of("Moscow, March 5, 1953—10 [12] a.m.", "[12]")
    assert isinstance(span, lacuna.Sic)
    assert span.correction == "12"


def test_venona_partial_recovery_reading():
    span = span_of("he [C% brought] the film", "[C% brought]")
    assert span.info.conjecture == "brought"
    assert span.info.cert == "low"


def test_venona_groups_are_gap_units():
    span = span_of("[15 groups garbled]", "[15 groups garbled]")
    assert (span.quantity, span.unit) == (15, "group")
    # garbled in transmission, not left unrecovered by the decrypters
    assert span.reason == "garble"


def test_a_garble_is_not_an_unrecovered_group():
    # FRUS 1918, Russia vol. I, d360 (history.state.gov): the telegram's groups came through
    # garbled; Venona's decrypters' "[1 group unrecovered]" is the other reason
    garbled = span_of("the [garbled groups] of the message", "[garbled groups]")
    assert (garbled.category, garbled.reason) == ("gap", "garble")
    unrecovered = span_of("sent [1 group unrecovered] to", "[1 group unrecovered]")
    assert (unrecovered.category, unrecovered.reason) == ("gap", "unrecovered")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gloss stays out of the reading when the reader drops glosses ...
        ("Pak Seong-min [Pak Song Min] arrived", "Pak Seong-min arrived"),
        ("Wang Ming [Chen Shaoyu] wrote", "Wang Ming wrote"),
        ("the wording “kuaisu [promptly]” was used", "the wording “kuaisu” was used"),
        # ... and the supplied first name joins the reading
        ("Ambassador [Mikhail] Zimyanin left", "Ambassador Mikhail Zimyanin left"),
        # a note reference leaves no stray number
        ("it is attached. [2] Please ask him", "it is attached. Please ask him"),
        # the physical description is not part of the reading
        ("Copy [stamp: Copy Nº 2, received 3 March 1960] sent", "Copy sent"),
        ("he [C% brought] the film", "he brought the film"),
        ("end of the text [Page 3 of 5] more", "end of the text more"),
    ],
)
def test_clean_reading(text, expected):
    assert clean(lacuna.parse(text), rules={"gloss": "drop"}, notes="drop") == expected


def test_clean_keeps_a_note_reference_as_a_marker_not_a_number():
    # the default clean edition keeps note references as markers, brackets and all
    assert clean(lacuna.parse("it is attached. [2] Please ask him")) == "it is attached. [2] Please ask him"


def test_clean_keeps_the_gloss_marked_by_default():
    # the default table keeps glosses as written: in brackets, never run into the text
    assert (
        clean(lacuna.parse("Pak Seong-min [Pak Song Min] arrived")) == "Pak Seong-min [Pak Song Min] arrived"
    )


def test_the_remainder_of_a_telegram_is_a_gap_to_the_end():
    span = span_of(
        "[Ed. note: The remainder of this telegram has not been found]",
        "[Ed. note: The remainder of this telegram has not been found]",
    )
    assert span.unit == "rest of document"
    assert span.reason == "missing"
    assert span.quantity is None
    # the clean edition marks it as a gap, not as a silent note
    assert clean(lacuna.parse("He wrote: [Ed. note: The remainder of this telegram has not been found]")) == (
        "He wrote: […]"
    )


@pytest.mark.parametrize(
    ("inside", "quantity", "unit"),
    [
        ("[1 paragraph (8 lines) not declassified]", 8, "line"),
        ("[Numbered paragraph 5 (3-1/2 lines) not declassified]", 3.5, "line"),
        ("[2 lines not declassified]", 2, "line"),
    ],
)
def test_gap_counted_in_the_finer_unit(inside, quantity, unit):
    span = span_of(inside, inside)
    assert span.category == "gap"
    assert (span.quantity, span.unit) == (quantity, unit)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("He said [two words illegible. Then he left the room.", "unclosed-gap"),
        ("Text [Ed. note: the rest is lost\nNext line", "unclosed-note"),
    ],
)
def test_unclosed_gap_or_note_that_runs_on_is_diagnosed(text, code):
    doc = lacuna.parse(text)
    codes = [d.code for d in doc.diagnostics]
    assert "unclosed-bracket" in codes
    assert code in codes
    assert lacuna.render.diplomatic(doc) == text  # nothing lost


def test_unclosed_supplied_words_are_not_a_swallowed_gap():
    doc = lacuna.parse("there are [no reasons. Then he left.")
    assert [d.code for d in doc.diagnostics] == ["unclosed-bracket"]
