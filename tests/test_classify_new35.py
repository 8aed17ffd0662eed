"""The 35th labelling round's dev misses that a convention reads (task new35): a page marker
with its ordinal in figures, a private person's data a publisher removed, and a Gregorian date
after a day of another calendar's month (the French Republican calendar). Real text of dev's
pages (each address in a comment), the reading written by hand from the document, and near
misses each rule must not take."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from conftest import assert_not_read_by, assert_read_by, span_of

# https://kolekcje.polin.pl/en/letter-maria-lotysz-18 (POLIN Museum's translation of Wisia
# Kwaśnińska's letter of 29 October 1942 to Maria Łotysz: the translator's page markers)
POLIN = (
    "Don't be disgusted with me because I come with such a straightforward request, but I "
    "really like you a lot, even though... [2nd page] I don't know you. Baśka was really in love "
    "with you and I was infected by it too."
)
POLIN_3 = (
    "During the rehearsal I noticed a new girl who I liked v. much at first sight. And that was "
    "Baśka. [3rd page] And"
)
# https://www.hamzashad.com/forgotten-partition-era-letter/ (a family blog: Diwan C. Khanna's
# postcard of 17 October 1947 to Mohammad Ali Mirza, the addresses withheld by the blogger)
KHANNA = (
    "Mirza Mohd. Ali Sb.\n[address removed]\n\n[address removed]\nNew Delhi\n\nMy dear Mirzasahib\n\n"
    "I arrived here safely this morning."
)
# https://africanamericancollection.com/portfolio/toussant-louverture-revolutionary-haitian-
# general-writes-to-future-king-henri-christophe-2/toussaint-to-cristophe-collage-261kb (a
# dealer's page on Toussaint Louverture's autograph letter of 1798 to Henri Christophe)
TOUSSAINT = (
    "Dated the 23rd of Brumaire [November 14, 1798] in the seventh year of the French "
    "Revolution, this signed letter between two great revolutionary leaders is doubly scarce"
)

# (text, span, category, rule that decides)
CASES = [
    (POLIN, "[2nd page]", "page_break", "page_side"),
    (POLIN_3, "[3rd page]", "page_break", "page_side"),
    (KHANNA, "[address removed]", "gap", "gap_reason"),
    (TOUSSAINT, "[November 14, 1798]", "gloss", "calendar_converted"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_new35_conventions(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_address_removed_is_a_redaction() -> None:
    # both brackets of the postcard's heading; no unit (an address is none of gap.units)
    spans = [s for s in lacuna.parse(KHANNA).spans() if s.text == "[address removed]"]
    assert len(spans) == 2
    for span in spans:
        assert isinstance(span, lacuna.ast.Gap), span.because
        assert span.reason == "redacted", span.because
        assert span.unit is None


def test_name_removed_counts_its_names() -> None:
    # constructed variants of the real case above (KHANNA's "[address removed]", hamzashad.com):
    # the same phrase with another noun of gap.noun_reasons, a count, a modifier, a tail
    span = span_of("Yours sincerely,\n[name removed]\n", "[name removed]")
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert (span.quantity, span.unit, span.reason) == (1, "name", "redacted")
    span = span_of("signed by [2 names removed] and the mayor", "[2 names removed]")
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert (span.quantity, span.unit, span.reason) == (2, "name", "redacted")
    span = span_of("Call me at [telephone number removed] after six.", "[telephone number removed]")
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert span.reason == "redacted"
    span = span_of("Write to me at [home address removed] soon.", "[home address removed]")
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert span.reason == "redacted"
    span = span_of("Yours sincerely,\n[name removed for privacy]\n", "[name removed for privacy]")
    assert isinstance(span, lacuna.ast.Gap), span.because
    assert (span.unit, span.reason) == ("name", "redacted")


def test_removed_is_no_reason_outside_the_gap_rule() -> None:
    # "removed" is read only by the gap rule, after its nouns: an allusion note ending with it
    # keeps its reading. A constructed variant of the real note of Siegelbaum and Sokolov's
    # Stalinism as a Way of Life, doc. 70
    # (http://yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_70.htm:
    # '... on the canal."[Reference to the White Sea-Baltic Canal project.] For my part'),
    # whose reading (gloss) is written by hand, as the variant's
    conv = lacuna.Conventions.default()
    assert not conv.reason_ends("reference to the statue being removed.")
    text = (
        "all we need is a scrap of paper and you'll find yourself on the canal.\"[Reference to the "
        "{}.] For my part, political prisoners need an amnesty."
    )
    for note in ("White Sea-Baltic Canal project", "statue being removed"):
        span = span_of(text.format(note), f"[Reference to the {note}.]")
        assert span.category == "gloss", span.because


def test_republican_date_glossed_back_to_its_article() -> None:
    span = span_of(TOUSSAINT, "[November 14, 1798]")
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == "the 23rd of Brumaire"
    # a constructed variant of TOUSSAINT: a day's figure before a Persian solar month (Tir, 22
    # June to 22 July), no year: the same conversion
    span = span_of("On 13 Tir [4 July 1944] the police reported", "[4 July 1944]")
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == "13 Tir"


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # "removed" an ordinary verb: no private datum named before it, or a sentence
    ("The [troops removed] from the border", "[troops removed]", "gap_reason"),
    ("and then [he was removed] from office", "[he was removed]", "gap_reason"),
    ("the [name of the man removed] from the list", "[name of the man removed]", "gap_reason"),
    ("it was [removed] later", "[removed]", "gap_reason"),
    # a modifier of gap.noun_modifiers is no noun of its own
    ("He wrote to us from [home removed] last spring.", "[home removed]", "gap_reason"),
    # a page said to be missing is no marker
    ("the letter ends here [2nd page missing] and", "[2nd page missing]", "page_side"),
    # a month of another calendar with no day before it, or a date without its year
    ("after Thermidor [July 1794] the Terror ended", "[July 1794]", "calendar_converted"),
    ("On 13 Tir [July] the police reported", "[July]", "calendar_converted"),
    ("the 9 Thermidor [Robespierre] fell", "[Robespierre]", "calendar_converted"),
    # words after "removed": a sentence's verb, not a publisher's redaction
    (
        "The clerk struck out [the name removed from the list] yesterday.",
        "[the name removed from the list]",
        "gap_reason",
    ),
    ("the list of [names removed from the ballot] grew", "[names removed from the ballot]", "gap_reason"),
    # a Gregorian date outside the months the other calendar's month falls in
    ("On 13 Tir [4 December 1944] the police reported", "[4 December 1944]", "calendar_converted"),
    ("Dated the 23rd of Brumaire [May 14, 1798] in the seventh year", "[May 14, 1798]", "calendar_converted"),
    # a month of a calendar whose months drift through the Gregorian year (gloss.calendar_month_spans)
    ("On 5 Nisan [5 December 1915] the", "[5 December 1915]", "calendar_converted"),
    # a year the French Republican calendar was not in use
    ("the 9 Thermidor [27 July 1994] fell", "[27 July 1994]", "calendar_converted"),
    # "of" after a plain number: a part of something else; a day past 31
    ("part 5 of Germinal [March 2, 1885] was", "[March 2, 1885]", "calendar_converted"),
    ("chapter 3 of Germinal [2 March 1885] was", "[2 March 1885]", "calendar_converted"),
    ("Lot 12 of Messidor [June 3, 1990] was", "[June 3, 1990]", "calendar_converted"),
    ("the 45th of Brumaire [November 14, 1798] was", "[November 14, 1798]", "calendar_converted"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_new35_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


#: Nouns of things, not of a private person's data: before "removed" they say no gap.
_THINGS = ["troops", "statue", "bandage", "tree", "furniture", "officials", "cargo", "roof", "wall", "ban"]


@settings(max_examples=30, deadline=None)
@given(
    noun=st.sampled_from(lacuna.Conventions.default().section("gap")["noun_reasons"]["removed"]),
    thing=st.sampled_from(_THINGS),
)
def test_removed_reads_a_gap_after_a_listed_noun_only(noun: str, thing: str) -> None:
    # the invariant of gap.noun_reasons: the same sentence, the listed noun a redaction, any
    # other noun an ordinary verb's subject; with words after "removed", a sentence's verb
    # whatever the noun, the words the editor supplied
    text = "He wrote to us from [{}] last spring."
    listed = span_of(text.format(f"{noun} removed"), f"[{noun} removed]")
    assert isinstance(listed, lacuna.ast.Gap), listed.because
    assert listed.reason == "redacted"
    other = span_of(text.format(f"{thing} removed"), f"[{thing} removed]")
    assert not isinstance(other, lacuna.ast.Gap), other.because
    sentence = "The clerk struck out [the {} removed from the list] yesterday."
    for word in (noun, thing):
        inside = f"[the {word} removed from the list]"
        span = span_of(sentence.format(word), inside)
        assert span.category == "supplied", span.because
