"""Marks of English-language record transcriptions of the twenty-second round's second part
(rules ``illegible_dashes``, ``page_colon``, ``page_number_bracketed``, ``issue_cited`` and
``page_cited``): real text of dev's pages, the category written by hand from the document,
and near misses the rules must not read."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://files.lib.byu.edu/transcriptions/VMSS792_S6-Elizabeth_Wood_Kane_Papers.txt ("Dashes
# in square brackets indicate unclear words or letters.")
KANE = "Fallon Mallery Fallon Mieler. Ashmead [-] Ingersoll. ----- new page"
KANE_LETTERS = "[page cut in half, obscuring some text] Report of Canl a[--] mag[--]s ----- new page"
# https://www.fromthepage.com/ehl-longislandcollection/whaling-logs/whaling-log-of-the-iris-1844-1846-vol-i/display/1767607
IRIS = "Tuesday July 29th This twenty[-]four hours we have the wind from the S & W in strong gales."
# http://www.heicshipslogs.co.uk/logs/h033.htm (the True Briton's log, 1805)
HEIC = (
    "In company with the Fleet. Lat 10.3S Long 11.8W.\n[Page 185:]\nTuesday 16th July 1805.\n"
    "C&D N39W 164. Fresh SE Trade"
)
# https://beta.josephsmithpapers.org/transcript/minutes-21-may-1841-draft?print=true
SMITH = (
    "Moved <& seconded> that this council adjourn Sine die— carried —\n, Clerk, pro tem [p. [1]]\n"
    "Minuts of the meeting of the City Council"
)
# https://patintheworld.com/category/chronicle/page/2 (the London Missionary Society's
# Chronicle cited by issue after each fact of Edward Coode Hore's life)
HORE = (
    "Mr. E.C. Hore departed England for Zanzibar on April 14, 1877 [May 1877] and arrived on "
    "August 1. He arrived at Ujiji a year later on August 23, 1878 [Dec 1878]. He explored the "
    "southern end of Lake Tanganyika in the Calabash in February 1879 [Jan 1880] and March 1880."
)
HORE_JACK = (
    "On January 4, 1882 the couple had a son, John Edward, nicknamed Jack [Mar 1882]. They "
    "departed England on May 17, 1882 [Jul 1882], reaching Zanzibar"
)
# https://bitlit.ru/chapter/en/henry-childs-merwin/thomas-jefferson/transcribers-note
MERWIN = (
    "The following changes have been made to the text:\n\n[page 65], “Charlotteville” changed to "
    "“Charlottesville”\n[page 73], “goverment” changed to “government”"
)

# http://www.actonmemoriallibrary.org/earlytownrecords/page044.html (Acton's town accounts)
ACTON = (
    "Said Report was as follows Town Treasurer [?] 47-08-09 Dn [Deacon] Joseph Joseph Fletcher [?] 17-02-1"
)
# https://forums.collectors.com/discussion/1091792/1842-dies-canceled-in-1843 (the Mint's die record)
DIES = (
    "the following dies for 1842, by cutting a cross upon the face -\n1 head 1/2 Eagle\n& pr. [pair] "
    "of eagles, one of them reserved from 1841.\nDies received in 1842, reserved.\n1/2 dimes 6 "
    "tails\ndimes 3 -- do. [ditto]\n1/4 dollars 2 -- do."
)
# http://epsomhistory.com/epsom/history/edwin%20sherburne%20diary%201862.htm (a soldier's diary)
SHERBURNE = "made a prayer in Washington D.C.\n10 cts [cents] for ginger cakes"
# https://actonmemoriallibrary.org/earlytownrecords/page033.html (a word of the clerk's supplied)
ACTON_RATES = "to se if ye town will agree to pay their town [Rates] in Land\nBank money ---"

# https://lightnovelsonl.com/series-1088899736/chapter-11 (a Civil War mock court-martial reprinted)
COURT = (
    "as soon thereafter as may be practicable, for the Trial of Captain [I omit from the record "
    "the name of the accused], 104th N. Y. Vols.\nThe Court then proceeded to the trial of Capt. "
    "[we again omit the name of the accused], 104th N. Y. Vols."
)

# https://api.parliament.uk/historic-hansard/commons/1971/jul/08/business-of-the-house
HANSARD_LORDS = (
    "Second Reading of the Diplomatic and Other Privileges Bill and of the Statute Law (Repeals) "
    "Bill [Lords.]\n\nRemaining stages of the Land Registration and Land Charges Bill [Lords]"
)
# https://documents.pub/document/legislative-assembly-tuesday-august-gress-that-has-been-achieved-in-these-.html
QUEENSLAND = (
    "Queensland\n\nParliamentary Debates [Hansard]\n\nLegislative Assembly\n\nTUESDAY, 10 AUGUST 1937"
)
# https://www.gpo.gov/fdsys/pkg/CFR-2011-title1-vol1/html/CFR-2011-title1-vol1.htm
CFR = (
    "[Title 1 CFR ]\n[Code of Federal Regulations (annual edition) - January 1, 2011 Edition]\n"
    "[From the U.S. Government Printing Office]\n\n\n[[Page i]]"
)

# http://www.philageohistory.org/rdic-images/view-book.cfm/ChristChurch.MinuteBooks_v1 (Christ
# Church's vestry minutes) and http://www.masshist.org/publications/apde2/view?mode=p&id=AFC01p15
# (the Adams Papers): a name or day spelt the standard way after the writer's spelling, a gloss
VESTRY = "Munday [Monday] the 22 of April 1717 being Easter Monday the congregation"
ADAMS = "I shall send them by Mr. Eyers [Ayers] that you may have opportunity to see"

# http://digitalmaine.net/mediawiki3/index.php?diff=prev&oldid=32010&title=.MTUxOA.MTEwMjc (a
# petition transcribed on Digital Maine's wiki)
PETITION = "Line 24: Line 24:\n  \n \n[3 columns of signatures]\n     Males           "

# https://www.catalogue.wyjs.org.uk/CalmView/Record.aspx?src=CalmView.Catalog&id=CC00001%2F7%2F9%2F6%2F26%2F2%2F2
# (Anne Lister's diary: her symbol for Mariana)
LISTER = "Tuesday 20 - wrote π [Mariana] a circular for her friens"

# (text, span, category, rule that decides)
CASES = [
    (KANE, "[-]", "gap", "illegible_dashes"),
    (KANE_LETTERS, "[--]", "gap", "illegible_dashes"),
    (IRIS, "[-]", "supplied", "illegible_dashes"),
    (HEIC, "[Page 185:]", "page_break", "page_colon"),
    (SMITH, "[p. [1]]", "page_break", "page_number_bracketed"),
    (HORE, "[May 1877]", "editor_note", "issue_cited"),
    (HORE, "[Dec 1878]", "editor_note", "issue_cited"),
    (HORE, "[Jan 1880]", "editor_note", "issue_cited"),
    (HORE_JACK, "[Mar 1882]", "editor_note", "issue_cited"),
    (HORE_JACK, "[Jul 1882]", "editor_note", "issue_cited"),
    (MERWIN, "[page 65]", "editor_note", "page_cited"),
    (MERWIN, "[page 73]", "editor_note", "page_cited"),
    (ACTON, "[Deacon]", "gloss", "contraction_expanded"),
    (DIES, "[pair]", "gloss", "contraction_expanded"),
    (DIES, "[ditto]", "gloss", "contraction_expanded"),
    (SHERBURNE, "[cents]", "gloss", "contraction_expanded"),
    (COURT, "[I omit from the record the name of the accused]", "gap", "omits_first_person"),
    (COURT, "[we again omit the name of the accused]", "gap", "omits_first_person"),
    (HANSARD_LORDS, "[Lords.]", "other", "bill_origin"),
    (HANSARD_LORDS, "[Lords]", "other", "bill_origin"),
    (QUEENSLAND, "[Hansard]", "other", "hansard_title"),
    (CFR, "[Title 1 CFR ]", "editor_note", "cfr_title_header"),
    (CFR, "[From the U.S. Government Printing Office]", "other", "listed"),
    (PETITION, "[3 columns of signatures]", "editor_note", "physical"),
    (LISTER, "[Mariana]", "gloss", "symbol_named"),
    (VESTRY, "[Monday]", "gloss", None),
    (ADAMS, "[Ayers]", "gloss", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_records_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


def test_fields() -> None:
    assert span_of(KANE, "[-]").reason == "illegible"
    omitted = span_of(COURT, "[we again omit the name of the accused]")
    assert (omitted.unit, omitted.reason) == ("name", "omitted")
    assert span_of(ACTON, "[Deacon]").glossed == "Dn"
    assert span_of(DIES, "[ditto]").glossed == "do."


# https://studfile.net/preview/2452907/page:19/ (the Rumi calendar converted: a gloss)
RUMI = "during the fifth hearing on May 14, 1919, Cevat stated that, ‘on 2.10.1331 [April 1915], there were"
# an Old Style date and its New Style month (a conversion moves a date by 13 days at most)
STYLE = "The Tsar abdicated on February 28, 1917 [March 1917] at Pskov"
# a page break between words, no comma after it (the Congressional Record)
RECORD = "the gentleman from Ohio\n[page 4123]\nis recognized"

# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    (RUMI, "[April 1915]", "issue_cited"),
    (STYLE, "[March 1917]", "issue_cited"),
    (RECORD, "[page 4123]", "page_cited"),
    # a word of its own before the word supplied: nothing contracted
    (ACTON_RATES, "[Rates]", "contraction_expanded"),
    # one letter of a name changed, its length kept: the writer's spelling, no garble
    (VESTRY, "[Monday]", "corrected_garble"),
    (ADAMS, "[Ayers]", "corrected_garble"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_records_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize(
    "rule",
    [
        "illegible_dashes",
        "page_colon",
        "page_number_bracketed",
        "issue_cited",
        "contraction_expanded",
        "omits_first_person",
    ],
)
def test_records_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
