"""The twenty-fifth round's misses and the `correction` category (issue 13): conventions shared
by many pages, each case written by hand from the real page (address in a comment)."""

from __future__ import annotations

from conftest import span_of


def test_year_after_an_ordinal_day_completes_the_date():
    # https://founders.archives.gov/API/docdata/Franklin/01-24-02-0057 (Le Roy to Franklin, 1777:
    # the editors supply the year of the writer's dateline)
    span = span_of("Paris may the 26th [1777]\nM. Le Roy pays his best Compliments to Dr. Franklin", "[1777]")
    assert span.category == "supplied", span.because
    assert not span.because.startswith("date_restated"), span.because
    # a day and month after an ordinal still pin it down
    # https://digitalarchive.wilsoncenter.org/document/155255 (a Chinese Embassy cable of 1961)
    span = span_of("after class on the 23rd [23 December] visited our student", "[23 December]")
    assert span.category == "gloss", span.because
    # a year after words of relative time restates them
    # https://wilson-center-digital-archive.dvincitest.com/node/92570
    span = span_of("Early this year [1967] the Korean side asked", "[1967]")
    assert span.category == "gloss", span.because


def test_date_with_a_queried_part():
    # https://founders.archives.gov/API/docdata/Franklin/01-39-02-0020 (the Franklin Papers' title
    # of an undated letter: the month is doubted)
    text = "Title: To Benjamin Franklin from Jean-Baptiste Le Roy, [25 January? 1783]\nFrom: Le Roy"
    span = span_of(text, "[25 January? 1783]")
    assert span.category == "uncertain", span.because
    assert span.conjecture == "25 January 1783"
    assert span.because.startswith("queried_date")
    # the same letter's dateline, the year queried (rule question_edge)
    assert span_of("[January 25, 1783?]\nTout le monde", "[January 25, 1783?]").category == "uncertain"
    # an abbreviated month queried (the Franklin Papers' form of the same titles)
    span = span_of("To Benjamin Franklin from Jean-Baptiste Le Roy, [Sept.? 5, 1783]", "[Sept.? 5, 1783]")
    assert (span.category, span.conjecture) == ("uncertain", "Sept. 5, 1783"), span.because
    # no date once the mark is gone, or no date at all: not this rule
    for inside in ("[what? no]", "[31? February 1783]", "[1783 25? January]"):
        span = span_of(f"To Benjamin Franklin from Jean-Baptiste Le Roy, {inside}", inside)
        assert not span.because.startswith("queried_date"), (inside, span.because)


def test_full_name_after_a_quoted_short_name():
    # https://wilson-center-digital-archive.dvincitest.com/node/94386 (the Wilson Center's
    # staging mirror: a DPRK record of 1965 translated from the Chinese)
    text = (
        "When discussing the “Korea-Japan Treaty” [the Treaty on Basic Relations between Japan "
        "and the Republic of Korea], Pak said: Japanese militarism has already been revived"
    )
    span = span_of(text, "[the Treaty on Basic Relations between Japan and the Republic of Korea]")
    assert span.category == "gloss", span.because
    assert span.because.startswith("explains_quoted")
    # https://archivesearch.lib.cam.ac.uk/repositories/9/archival_objects/1416364 (an archive
    # catalogue's summary: a conference's code name)
    text = 'Subjects: arrangements for "Terminal" [the Potsdam Conference, Berlin, Germany]; relations'
    assert span_of(text, "[the Potsdam Conference, Berlin, Germany]").category == "gloss"
    # a clause after a quoted word is no name: it fills the sentence
    span = span_of('he said "fine" [the Chairman nodded] and left', "[the Chairman nodded]")
    assert not span.because.startswith("explains_quoted"), span.because


def test_source_site_field_of_a_clipping():
    # https://iranbahaipersecution.bic.org/index.php/archive/general-prosecutor-bahai-activities-are-illegal
    text = "[Adapted from website:] Fars News Agency\n\n[Date:] 27 Bahman 1387 [15 February 2009]"
    span = span_of(text, "[Adapted from website:]")
    assert span.category == "editor_note", span.because
    assert span.because.startswith("clipping_field")
