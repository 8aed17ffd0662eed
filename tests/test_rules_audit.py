"""Rules narrowed after bench/rules_audit.py found them deciding wrong at least as often as
right on dev (hand-written cases from real dev pages, and near misses), and the audit itself."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import lacuna

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def span_of(text: str, inside: str) -> lacuna.Span:
    return next(s for s in lacuna.parse(text).spans() if s.text == inside)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # Nixon tape subject logs: a name opening an item of the log's list of subjects
        (
            "-Secretary of Navy\n-Secretary of Army\n-[Robert F. Froehlke]\n-Jesse Unruh",
            "[Robert F. Froehlke]",
        ),
        ("-Kissinger’s schedule\n\n-[Camp David]\n\n-Speech\n\n-William Rogers", "[Camp David]"),
    ],
)
def test_a_name_after_a_list_mark_is_no_note(text, inside):
    span = span_of(text, inside)
    assert not span.because.startswith("numbered_line"), span.because
    assert span.category != "editor_note", span.because


def test_a_note_after_a_list_mark_stays_a_note():
    # near miss: the Taylor trial's bulleted lines, the editor's words (not a name); the data
    # rule court_record reads them first, so it is off here
    data = lacuna.Conventions.default().data
    rules = {**data["rules"], "disable": [*data["rules"].get("disable", []), "court_record"]}
    conv = lacuna.Conventions({**data, "rules": rules})
    text = "  • [Open session]\n\n  • [The accused present]\n\n  • Good morning."
    span = next(s for s in lacuna.parse(text, conventions=conv).spans() if s.text == "[The accused present]")
    assert (span.category, span.because.partition(":")[0]) == ("editor_note", "numbered_line")


def test_sites_of_pages():
    from rules_audit import site_of

    assert site_of("https://www.nixonfoundation.org/artifact/x") == site_of(
        "https://nixonfoundation.org/?p=1"
    )
    assert site_of("https://history.state.gov./historicaldocuments/x") == "state.gov"
    assert site_of("https://test.history.state.gov/x") == "state.gov"
    assert site_of("https://wilson-center-digital-archive.dvincitest.com/document/x") == "wilsoncenter.org"
    assert site_of("https://digitalarchive.wilsoncenter.org/document/114951") == "wilsoncenter.org"
    assert site_of("https://books.google.com.tw/books?id=x") == "google.com.tw"
    assert site_of("https://wdsharett.blogspot.com/x") != site_of("https://bachvietnhan.blogspot.com/x")
    assert site_of("corpus/document-petrov-zhang-1947.txt") == "wilsoncenter.org"


def test_audit_counts_and_flags():
    from classify import Pair
    from rules_audit import audit, table

    def pair(text, want, got, because, page):
        record = {"category": got, "because": because, "text": text}
        return Pair({"text": text, "category": want}, record, f"{page}@0", page)

    pairs = [
        pair("[a]", "supplied", "supplied", "glued: x", "https://a.org/1"),
        pair("[b]", "supplied", "supplied", "glued: x", "https://b.org/2"),
        pair("[c]", "gloss", "supplied", "glued: x", "https://b.org/3"),
        pair("[d]", "supplied", "editor_note", "own_line: x", "https://a.org/1"),
        pair("[e]", "editor_note", "editor_note", "double brackets around: own_line: x", "https://a.org/4"),
    ]
    records = audit(pairs, {"glued": "context", "own_line": "context"})
    assert [(r.rule, len(r.right), len(r.wrong)) for r in records] == [("own_line", 1, 1), ("glued", 2, 1)]
    own_line, glued = records
    assert own_line.flags == ["wrong>=right", "one site (one page)"]
    assert (len(glued.pages), len(glued.sites), glued.flags) == (2, 2, [])
    assert glued.labels_of_wrong() == "gloss 1"
    assert "wrong>=right" in table(records)[1]


def test_site_kinds_of_pages():
    from classify import site_kind

    # issue 13's core archives: the Wilson Center and its staging mirror, FRUS, the NSA's
    # briefing books, and a CWIHP Bulletin's copy on another host
    for page in (
        "https://digitalarchive.wilsoncenter.org/document/114951",
        "https://wilson-center-digital-archive.dvincitest.com/document/x",
        "https://history.state.gov./historicaldocuments/frus1964-68v23/d59",
        "https://nsarchive2.gwu.edu/NSAEBB/NSAEBB193/",
        "http://www.gwu.edu/~nsarchiv/news/20040925/docs.htm",
        "http://littlewoman.keep.pl/cwihp+bulletin+nr+6+7+part+2+new+ev.php",
        "corpus/document-petrov-zhang-1947.txt",
    ):
        assert site_kind(page) == "core", page
    for page in (
        "https://millercenter.org/the-presidency/secret-white-house-tapes/x",
        "https://lanic.utexas.edu/project/castro/db/1985/19850101.html",
        "https://2001-2009.state.gov/r/pa/x",  # the State Department's press pages: no FRUS
    ):
        assert site_kind(page) == "other", page


def test_accuracy_by_kind_of_site():
    from classify import Pair, by_kind

    def pair(want, got, page):
        record = {"category": got, "because": "x", "text": "[a]"}
        return Pair({"text": "[a]", "category": want}, record, f"{page}@0", page)

    frus = "https://history.state.gov/historicaldocuments/frus1950v07/d8"
    other = "https://millercenter.org/x"
    pairs = [
        pair("gloss", "gloss", frus),
        pair("gloss", "supplied", frus),
        pair("gloss", "gloss", frus),
        pair("supplied", "supplied", frus),
        pair("gap", "gap", other),
        pair("gap", "editor_note", other),
    ]
    # three of four right on the core page, gloss two of three; one of two on the other site;
    # a category of fewer than ``least`` spans is left out of its kind's line
    assert by_kind(pairs, least=2) == [
        "  core pages 0.750 (3/4): gloss 0.667 (2/3)",
        "  other pages 0.500 (1/2): gap 0.500 (1/2)",
    ]
    assert by_kind([]) == []


def test_site_folds_keep_a_site_together():
    from collections import Counter

    from classify import fold_of_pages

    pages = [
        "https://history.state.gov/historicaldocuments/frus1951-54Iran/d285",
        "https://www.history.state.gov/historicaldocuments/frus1969-76v17/d1",
        "https://test.history.state.gov/historicaldocuments/frus1945v07/d2",
        "https://digitalarchive.wilsoncenter.org/document/114951",
        "https://wilson-center.drivingcreative.com/document/1",
        "https://millercenter.org/x",
        "https://lanic.utexas.edu/y",
    ]
    weight = Counter({p: 10 for p in pages})
    folds = fold_of_pages(pages, 3, "site", weight)
    assert len({folds[p] for p in pages[:3]}) == 1
    assert folds[pages[3]] == folds[pages[4]]
    # the two largest sites go to different folds
    assert folds[pages[0]] != folds[pages[3]]
    # by page, each address has its own fold (a hash of it)
    assert set(fold_of_pages(pages, 3)) == set(pages)
