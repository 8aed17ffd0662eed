"""``lacuna render``: the reader's choices (rules, notes, body only, encoding), by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from lacuna.cli import main

TEXT = (
    'It was trails [sic; trials] and [word off the page, possible "close"] talks, Filippov [Stalin] said.\n'
)


def render(capsysbinary, *args: str) -> tuple[int, str, str]:
    code = main(["render", *args])
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_default_reading(capsysbinary, sample: Path) -> None:
    assert render(capsysbinary, str(sample)) == (
        0,
        "It was trails and […] talks, Filippov [Stalin] said.\n",
        "",
    )


def test_rules(capsysbinary, sample: Path) -> None:
    code, out, _ = render(
        capsysbinary, str(sample), "--rule", "sic=reading", "--rule", "gap=conjecture", "--rule", "gloss=drop"
    )
    assert (code, out) == (0, "It was trials and ⟨close⟩ talks, Filippov said.\n")


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("bogus=drop", "--rule 'bogus=drop': expected CATEGORY=ACTION"),
        ("gap", "--rule 'gap': expected CATEGORY=ACTION"),
        ("gap=zap", "unknown clean action(s): ['zap']"),
    ],
)
def test_bad_rules(capsysbinary, sample: Path, rule: str, message: str) -> None:
    code, out, err = render(capsysbinary, str(sample), "--rule", rule)
    assert (code, out) == (2, "")
    assert message in err


def test_notes(capsysbinary, tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("Hungary.[2] x.\n[2] In pencil.\n\nMore.\n", encoding="utf-8")
    assert render(capsysbinary, str(path))[1] == "Hungary.[2] x.\n\nMore.\n\n[2] In pencil.\n"
    assert render(capsysbinary, str(path), "--notes", "drop")[1] == "Hungary. x.\n\nMore.\n"


def test_body_only(capsysbinary, petrov_path: Path) -> None:
    code, out, _ = render(capsysbinary, str(petrov_path), "--body-only")
    assert code == 0
    assert out.startswith("Incoming Nº 477\n\n12 January 1947\n")
    assert out.rstrip().endswith("[…] 1947 lr")
    for chrome in ("Skip to content", "Record ID", "Document Information", "Petrov and Zhang discuss"):
        assert chrome not in out


def test_encodings(capsysbinary, tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(b"caf\xe9 [na\xefve] \x93q\x94\n")
    assert render(capsysbinary, str(path), "--encoding", "cp1252")[:2] == (0, "café naïve “q”\n")
    assert render(capsysbinary, str(path), "--encoding", "latin-1")[1] == "café naïve \x93q\x94\n"
    code, out, err = render(capsysbinary, str(path), "--encoding", "klingon")
    assert (code, out) == (2, "") and "unknown encoding 'klingon'" in err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \x81")
    code, _, err = render(capsysbinary, str(bad), "--encoding", "cp1252")
    assert code == 2 and "byte 3 (0x81) is not cp1252" in err


def test_clean_options_with_another_edition_are_named_as_ignored(capsysbinary, sample: Path) -> None:
    # a new user's report (usertest40): `-e tei --notes drop` used to ignore --notes silently
    code, out, err = render(capsysbinary, str(sample), "-e", "tei", "--notes", "drop", "--rule", "gloss=drop")
    assert code == 0 and out.startswith("<?xml")
    assert err.splitlines() == [
        "lacuna: --rule applies to the clean edition only; ignored for -e tei",
        "lacuna: --notes applies to the clean edition only; ignored for -e tei",
    ]
    # not when the options are the defaults, nor with --quiet, nor for the clean edition
    assert render(capsysbinary, str(sample), "-e", "tei", "--notes", "end")[2] == ""
    assert render(capsysbinary, str(sample), "-e", "json", "--body-only", "-q")[2] == ""
    assert render(capsysbinary, str(sample), "--notes", "drop", "--body-only")[2] == ""
