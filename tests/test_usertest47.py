"""usertest47: real pages a user read with lacuna (short excerpts, copied by hand).

- The Wilson Center's older document page as saved from the site: under the date the funder's
  line, then the citation box (``• Citation``, ``get citation``, the summary, the quoted
  citation, ``• share document``) and ``English HTML``; no title line (Maneli's Ciphergram
  No. 3175, Hanoi, 11 March 1963). It was titled "This document was made possible …" and
  its citation box was read as the body.
- Two copies of Maneli's Ciphergram No. 12768 (3 October 1963): the Digital Archive's and a
  blog's, which wraps the gloss ``they [the North`` / ``Vietnamese]``. ``lacuna diff`` called
  that a gloss change, and showed both sides the same.
"""

from __future__ import annotations

from conftest import run_cli as run
from lacuna.collate.align import diff
from lacuna.collate.changes import changes
from lacuna.page import read

OLD_PAGE = (
    "Search in\n\n"
    "Digital Archive International History Declassified\n\n"
    "March 11, 1963\n\n\n"
    "This document was made possible with support from the Leon Levy Foundation\n\n"
    "  • Citation\n\n"
    "    get citation\n\n"
    "    Cable from Polish Ambassador in Hanoi Maneli to Warsaw, describing a conversation.\n"
    '    "Secret Telegram from Maneli (Hanoi) to Spasowski-Morski (Warsaw) [Ciphergram No. 3175],"'
    " March 11, 1963, History and Public Policy Program Digital Archive, obtained and translated"
    " by Margaret Gnoinska.\n"
    "  • share document\n\n\n"
    "English HTML\n\n\n"
    "Ciphergram No. 3175\n\n"
    "I conducted lengthy conversations with Prime Minister [Pham Van Dong] and [Soviet Ambassador]"
    " Tovmassian.\n"
)


def test_older_page_citation_box_is_no_body_and_names_the_title():
    page = read(OLD_PAGE)
    assert page.format == "archive-old"
    title = "Secret Telegram from Maneli (Hanoi) to Spasowski-Morski (Warsaw) [Ciphergram No. 3175]"
    assert page.title == title
    assert page.summary.startswith("Cable from Polish Ambassador in Hanoi Maneli to Warsaw")
    assert page.citation.startswith('"Secret Telegram from Maneli')
    assert page.body.startswith("Ciphergram No. 3175")
    assert page.region_at(OLD_PAGE.index("get citation")) == "chrome"
    assert page.region_at(OLD_PAGE.index("English HTML")) == "chrome"
    assert page.region_at(OLD_PAGE.index("This document")) == "chrome"
    assert page.region_at(OLD_PAGE.index("[Pham")) == "body"


def test_older_page_without_the_box_keeps_its_title_line():
    # near miss: a title line under the date is the title; a "Citation" label without
    # "get citation" under it is the labelled field, as before
    text = OLD_PAGE.replace(
        "This document was made possible with support from the Leon Levy Foundation",
        "Secret Telegram from Maneli",
    ).replace("    get citation\n\n", "")
    page = read(text)
    assert page.title == "Secret Telegram from Maneli"
    assert "get citation" not in text


def test_clean_body_only_of_the_older_page(tmp_path):
    f = tmp_path / "old.txt"
    f.write_text(OLD_PAGE, encoding="utf-8")
    code, out, err = run("render", f, "--body-only")
    assert code == 0, err
    assert out.decode().startswith("Ciphergram No. 3175\n")
    assert b"get citation" not in out and b"share document" not in out


WILSON = "2.   As far as South [Vietnam is concerned], they [the North Vietnamese] stated:\n"
BLOG = "2. As far as South [Vietnam is concerned], they [the North\nVietnamese] stated:\n"


def test_gloss_wrapped_on_two_lines_is_no_change(tmp_path):
    assert changes(diff(WILSON, BLOG)) == []
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(WILSON, encoding="utf-8")
    b.write_text(BLOG, encoding="utf-8")
    code, out, err = run("diff", a, b)
    assert (code, out) == (0, b""), err


def test_gloss_with_other_words_is_still_a_gloss_change():
    # near miss: white space aside, the glosses differ
    (c,) = changes(diff(WILSON, BLOG.replace("the North\nVietnamese", "the North\nKoreans")))
    assert c.kind == "gloss"


def test_quoted_day_of_a_soviet_form_is_the_date_s_day():
    # Chervonenko to Gromyko, Embassy of the USSR in the PRC: “15” January 1963 Copy No. 1
    from lacuna.dates import find_dates
    from lacuna.normalize import normalize

    line = "“15” January 1963 Copy No. 1"
    assert [(line[s:e], d.iso) for s, e, d in find_dates(line)] == [("“15” January 1963", "1963-01-15")]
    assert [d.iso for _, _, d in find_dates("« 15 » January 1963")] == ["1963-01-15"]
    assert normalize(line, steps=["dates"]).text == "1963-01-15 Copy No. 1"
    # near misses: a quoted word is no day; an unquoted day as before
    assert [d.iso for _, _, d in find_dates("he said “yes” January 1963")] == ["1963-01"]
    assert [d.iso for _, _, d in find_dates("Order “No. 15” January 1963")] == ["1963-01"]
