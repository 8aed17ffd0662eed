"""A historian's day on real pages (usertest45): what went wrong, written by hand from the pages
(FRUS 1958–60 vol. X part 1 doc. 33, "Some Informal Remarks by Kadar", copied from two renderings
of history.state.gov; FRUS 1961–63 vol. XV doc. 136, Rusk–Gromyko)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from lacuna.page import read

# history.state.gov sets the source note's number (0, or 1 in older volumes) as a superscript
# after the heading; a copied page glues it to the title or leaves it after a space
KADAR_BODY = (
    "A friendly and reliable source has recently had an opportunity for an informal discussion "
    "with Kadar during his visit to New York to attend the UNGA session. I would use the German "
    "word [Page 127] ‘Realpolitik’ to describe the way this matter should be treated.\n"
)
KADAR_A = "33. Instruction From the Department of State to the Legation in Hungary 0\n\n" + KADAR_BODY
KADAR_B = "33. Instruction From the Department of State to the Legation in Hungary0\nSUBJECT\n" + KADAR_BODY
TITLE = "33. Instruction From the Department of State to the Legation in Hungary"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("33. Instruction From the Department of State to the Legation in Hungary 0", TITLE),
        ("33. Instruction From the Department of State to the Legation in Hungary0", TITLE),
        ("136. Memorandum of Conversation0", "136. Memorandum of Conversation"),
        ("290. Memorandum of Conversation1", "290. Memorandum of Conversation"),
    ],
)
def test_a_frus_headings_note_number_is_no_part_of_its_title(heading: str, title: str) -> None:
    text = heading + "\n\n" + KADAR_BODY
    page = read(text)
    assert page.title == title
    assert text[page.title_start : page.title_end] == title


@pytest.mark.parametrize(
    "heading",
    [
        "12. Annex 1",  # a number after a space that is not 0: the title's own
        "3. National Security Council Report NSC 68",
        "4. Memorandum From the Director of Central Intelligence (Dulles) to President Eisenhower",
    ],
)
def test_near_misses_keep_their_numbers(heading: str) -> None:
    assert read(heading + "\n\n" + KADAR_BODY).title == heading


def test_a_title_that_is_not_a_frus_heading_keeps_a_trailing_digit() -> None:
    text = "Report on Soviet Tank T34\n\nMay 5, 1961\n\n" + KADAR_BODY
    assert read(text).title == "Report on Soviet Tank T34"


def test_two_copies_of_one_frus_document_are_collated_on_the_site(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kadar-a.txt").write_text(KADAR_A, encoding="utf-8")
    (corpus / "kadar-b.txt").write_text(KADAR_B, encoding="utf-8")
    code, _, err = run_cli("site", "corpus", "-o", "out", cwd=tmp_path, text=True)
    assert code == 0, err
    collations = sorted(p.name for p in (tmp_path / "out" / "collations").iterdir())
    assert collations == ["kadar-a.html"]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f"{TITLE} (2 witnesses)" in index


# the Wilson Center page of Moskovsky's memorandum of 29 December 1962, copied from its first
# line (no "Skip to content", so the plain layout reads it): the site's furniture under the
# text was read as the document's body, and --body-only kept it
MOSKOVSKY = (
    "December 29, 1962\n"
    "Memorandum of Conversation between Soviet Ambassador to North Korea Vasily Moskovsky and "
    "North Korean Foreign Minister Pak Seongcheol\n"
    "29 December 1962\n"
    "[…] Tonight [I] visited a reception hosted by the Romanian ambassador. During the "
    "reception [I] had brief exchanges with the Minister of Foreign Affairs, comrade Pak "
    "Seong-cheol [Pak Song Chol]. […]\n"
    "Associated People & Organizations\n"
    "Associated Places\n"
    "Associated Topics\n"
    "Document Information\n"
    "Source\n"
    "Original Archive\n"
    "Rights\n"
    "The History and Public Policy Program welcomes reuse of Digital Archive materials for "
    "research and educational purposes.\n"
)


def test_the_wilson_furniture_under_a_plain_page_is_no_body() -> None:
    page = read(MOSKOVSKY)
    body = MOSKOVSKY[page.body_start : page.body_end]
    assert body.startswith("29 December 1962\n[…] Tonight")
    assert body.endswith("[Pak Song Chol]. […]")
    assert page.region_at(MOSKOVSKY.index("Associated Places")) == "chrome"
    assert page.region_at(MOSKOVSKY.index("welcomes reuse")) == "chrome"


def test_body_only_leaves_the_furniture_out(tmp_path: Path) -> None:
    (tmp_path / "moskovsky.txt").write_text(MOSKOVSKY, encoding="utf-8")
    code, out, err = run_cli("render", "moskovsky.txt", "--body-only", cwd=tmp_path, text=True)
    assert code == 0, err
    assert out.rstrip("\n").endswith("comrade Pak Seong-cheol [Pak Song Chol]. […]")
    assert "Associated" not in out and "welcomes reuse" not in out


@pytest.mark.parametrize(
    "line",
    [
        "Source",  # a label alone: a document's words may be such a line
        "Rights",
        "The associated places were not named.",  # a sentence, not the heading
    ],
)
def test_near_misses_stay_in_the_body(line: str) -> None:
    text = "December 29, 1962\nMemorandum of Conversation\n\nThe text begins.\n" + line + "\nThe text ends.\n"
    page = read(text)
    assert text[page.body_start : page.body_end].endswith("The text ends.")


def test_the_furnitures_rights_go_to_the_tei_header() -> None:
    import lacuna
    from lacuna.render import to_tei

    tei = to_tei(lacuna.parse(MOSKOVSKY))
    header, text = tei.split("</teiHeader>")
    assert '<note type="rights">The History and Public Policy Program welcomes reuse' in header
    assert "Associated Places" not in text and "welcomes reuse" not in text
    assert "[Pak Song Chol]" not in text and "Pak Song Chol" in text  # the body is still there
    assert read(MOSKOVSKY).source is None  # "Source" above "Original Archive": no value


def test_a_plain_wilson_page_is_not_a_listing() -> None:
    from lacuna import listing

    read_listing = listing.read(MOSKOVSKY, source="moskovsky.txt")
    assert list(read_listing) == []
    assert [d.code for d in read_listing.diagnostics] == ["not-a-listing"]
    assert "page format 'plain': a title, rights" in read_listing.diagnostics[0].message


def test_a_short_listing_without_the_furniture_is_still_read() -> None:
    from lacuna import listing

    page = (
        "Conversations with Kim Il Sung\n\n"
        "October 30, 1973\n\nMemorandum on the Conversation between Kim Il Sung and Todor Zhivkov\n\n"
        "December 21, 1974\n\nRecord of a Meeting between Kim Il Sung and L. Rinchin\n"
    )
    read_listing = listing.read(page, source="kim.txt")
    assert [e.title for e in read_listing] == [
        "Memorandum on the Conversation between Kim Il Sung and Todor Zhivkov",
        "Record of a Meeting between Kim Il Sung and L. Rinchin",
    ]
    assert "not-a-listing" not in [d.code for d in read_listing.diagnostics]
