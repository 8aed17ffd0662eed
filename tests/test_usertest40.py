"""A new user's day on real archive pages (usertest40): what went wrong, written by hand from
the pages (Wilson Center Digital Archive: Mielke's meeting with Nguyen Minh Tien, 10 February
1966; Puzanov's journal for 18 May 1958)."""

from __future__ import annotations

import pytest

import lacuna
from lacuna.editorial import footnotes
from lacuna.lacunae import analyse
from lacuna.render import clean, to_tei

# the participants list of the Mielke note: the page wrapped the first reference onto a line of
# its own; it was read as the label of a note running to the blank line, which took four
# participants out of the reading text (moved to the end; gone with notes="drop")
MIELKE = (
    "Participants:\n\n"
    "Comrade Minister [Mielke]\n"
    "Comrade Lieutenant General BEATER\n"
    "[1]\n"
    "Comrade Lieutenant General WOLF[2]\n"
    "Comrade Captain HANEWALD[4]\n\n"
    "Comrade TIEN:\n"
)


def test_a_wrapped_reference_is_no_note_label() -> None:
    doc = lacuna.parse(MIELKE)
    assert footnotes(doc).notes == ()
    dropped = clean(doc, notes="drop")
    assert "WOLF\nComrade Captain HANEWALD\n\nComrade TIEN:" in dropped
    assert "BEATER\nComrade Lieutenant General WOLF" in dropped
    assert clean(doc) == clean(doc, notes="inline")  # nothing moved to the end
    assert '<note place="foot"' not in to_tei(doc)


def test_a_wrapped_reference_with_crlf() -> None:
    text = MIELKE.replace("\n", "\r\n")
    doc = lacuna.parse(text)
    assert footnotes(doc).notes == ()
    assert "HANEWALD" in clean(doc, notes="drop")


@pytest.mark.parametrize(
    "text",
    [
        "Hungary.[2] x.\n[2] Written in pencil.\n",  # the label with its note on its line
        "Hungary.[2] x.\n\n[2]\nWritten in pencil.\n",  # alone on its line after a blank line
        "[2]\nWritten in pencil.\n",  # at the start of the text
        "Hungary.[2] x.\n  \n[2]\nWritten in pencil.\n",  # after a line of spaces only
    ],
)
def test_note_labels_still_read(text: str) -> None:
    """Near misses: a label with words after it, or alone after a blank line, stays a label."""
    notes = footnotes(lacuna.parse(text)).notes
    assert [n.number for n in notes] == ["2"]
    assert "pencil" not in clean(lacuna.parse(text), notes="drop")


# Puzanov's journal: "[handwriting: "To Cdes. [[two names illegible]] …": the doubled brackets
# were two gaps of two names each, "about 8 words missing" for one gap of two names
PUZANOV = "To Cdes. [[two names illegible]] arrange the crew.\n"


def test_doubled_brackets_are_one_lacuna() -> None:
    report = analyse(lacuna.parse(PUZANOV))
    assert [(r.kind, r.extent, r.column) for r in report.lacunae] == [("gap", "two names", 10)]
    assert report.totals["gaps"] == 1
    assert report.totals["missing_words"] == 4


def test_doubled_brackets_keep_their_restoration() -> None:
    witness = lacuna.parse("To Cdes. Ivanov and Petrov arrange the crew.\n")
    (record,) = analyse(lacuna.parse(PUZANOV), witnesses=[witness]).lacunae
    assert [r.text for r, _ in record.candidates] == ["Ivanov and Petrov"]


def test_trebled_brackets_are_one_lacuna() -> None:
    report = analyse(lacuna.parse("To Cdes. [[[two names illegible]]] arrange.\n"))
    assert report.totals["gaps"] == 1


@pytest.mark.parametrize(
    ("text", "gaps"),
    [
        ("a [one word illegible] [one word illegible] b\n", 2),  # two gaps side by side
        ("a [[one word illegible] and [two words illegible]] b\n", 2),  # two inside: not doubled
    ],
)
def test_single_brackets_still_count_each(text: str, gaps: int) -> None:
    assert analyse(lacuna.parse(text)).totals["gaps"] == gaps


def test_the_strategies_example_of_api_md_runs_as_written() -> None:
    """docs/api.md's property tests, copied into a fresh process, failed Hypothesis's 200 ms
    deadline on their first example (the conventions table loads then: a FlakyFailure). The
    example now says ``deadline=None``; here it runs as written."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    start = text.index("```python\nfrom hypothesis import given")
    code = text[start + len("```python\n") : text.index("```", start + 3)]
    names: dict[str, object] = {}
    exec(compile(code, "docs/api.md", "exec"), names)
    tests = [f for name, f in names.items() if name.startswith("test_")]
    assert len(tests) == 2
    for test in tests:
        assert test._hypothesis_internal_use_settings.deadline is None  # type: ignore[attr-defined]
        test()  # type: ignore[operator]


def test_an_unknown_clean_action_names_the_actions() -> None:
    message = r"unknown clean action\(s\): \['zap'\] \(actions: unwrap, reading, mark, conjecture, keep, drop"
    with pytest.raises(ValueError, match=message):
        clean(lacuna.parse("a [b] c"), rules={"gap": "zap"})


def test_collate_says_how_many_witnesses_it_got(tmp_path, capsys) -> None:
    """``collate a.txt ./a.txt``: one witness (a file named twice is read once); the message
    said only "needs at least two witnesses", which a user who named two read as a bug."""
    from lacuna.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Filippov [Stalin] said.\n", encoding="utf-8")
    assert main(["collate", str(path), f"{tmp_path}/./a.txt"]) == 2
    err = capsys.readouterr().err
    assert "read once" in err
    assert "collate needs at least two witnesses, got 1" in err
