"""Normalisation: hand-written goldens for each step, the offset map, the tables and the CLI."""

from __future__ import annotations

import json

import pytest

import lacuna
from lacuna.cli import main
from lacuna.errors import LacunaError
from lacuna.normalize import DEFAULT_STEPS, STEPS, Transliteration, normalize, parse_steps
from lacuna.normalize.offsets import OffsetMap
from lacuna.render import clean


def find_back(n: lacuna.Normalized, needle: str, nth: int = 0) -> str:
    """The original text of the nth occurrence of ``needle`` in the normalised text."""
    i = -1
    for _ in range(nth + 1):
        i = n.text.index(needle, i + 1)
    return n.original_text(i, i + len(needle))


# -- each step ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("steps", "original", "expected"),
    [
        ("brackets", "there are [no] reasons", "there are no reasons"),
        ("brackets", "Filippov [Stalin] said", "Filippov said"),
        ("brackets", "Now we [?are awaiting?] an answer", "Now we are awaiting an answer"),
        ("brackets", "held long [word off the page], going", "held long […], going"),
        (
            "brackets",
            "Soviet-Chinese [Translator's note: one word off the page in the left margin] in Xinjiang",
            "Soviet-Chinese […] in Xinjiang",  # a note that describes a gap marks the gap
        ),
        ("brackets", "the end [Translator's note: x].", "the end."),
        ("nfc", "Cafe\u0301 A\u030a \u212b", "Café Å Å"),
        ("nfc", "ﬁle № ５", "ﬁle № ５"),
        ("nfkc", "ﬁle № ５", "file No 5"),
        ("casefold", "Straße ΣΊΣΥΦΟΣ Zhang", "strasse σίσυφοσ zhang"),
        ("quotes", "“Yes,” he said, ‘no’ — «non»", '"Yes," he said, \'no\' — "non"'),
        ("dashes", "Soviet‐Chinese 1947–1950 — minus −1", "Soviet-Chinese 1947-1950 - minus -1"),
        ("whitespace", "a  b\t\tc\n\n\nd \r\n e\u00a0f", "a b c\n\nd\ne f"),
        ("whitespace", "one\ntwo\n\nthree", "one\ntwo\n\nthree"),
        (
            "transliteration",
            "Chou En-lai met Cde. Filipov in Urumchi; CHOU EN-LAI; chou en-lai; Peking's",
            "Zhou Enlai met Comrade Filippov in Urumqi; ZHOU ENLAI; zhou enlai; Beijing's",
        ),
        (
            "transliteration",
            "Filippov, Urumqi, Zhou Enlai, Urumchia",
            "Filippov, Urumqi, Zhou Enlai, Urumchia",
        ),
        (
            "dates",
            "12 [January] 1947; January 12, 1947; 12.01.1947; June 05, 1944; 1947; January 1947; Sept. 1949",
            "1947-01-12; 1947-01-12; 1947-01-12; 1944-06-05; 1947; 1947-01; 1949-09",
        ),
        ("dates", "No. 12345 of 31.02.1947", "No. 12345 of 31.02.1947"),
    ],
)
def test_step_golden(steps, original, expected):
    n = normalize(original, steps)
    assert n.text == expected
    assert n.steps == (steps,)


def test_default_steps_on_a_sentence():
    original = "On 12 [January] 1947 Cde. Filipov [Stalin] wrote to “Chou En-lai” in  Urumchi."
    n = normalize(original)
    assert n.text == 'on 1947-01-12 comrade filippov wrote to "zhou enlai" in urumqi.'
    assert find_back(n, "1947-01-12") == "12 [January] 1947"
    assert find_back(n, "comrade filippov") == "Cde. Filipov"
    assert find_back(n, "zhou enlai") == "Chou En-lai"
    assert find_back(n, '"zhou enlai"') == "“Chou En-lai”"
    assert find_back(n, "zhou") == "Chou En-lai"  # a part of a replaced name: the whole name
    assert find_back(n, "in urumqi") == "in  Urumchi"
    assert find_back(n, "wrote") == "wrote"


def test_brackets_map_supplied_words_exactly():
    n = normalize("there are [no] reasons", "brackets")
    assert find_back(n, "no") == "no"
    assert find_back(n, "are no reasons") == "are [no] reasons"
    assert n.to_original(n.text.index("no")) == 11
    assert n.from_original(10) == 10  # the "[" goes where "no" goes
    assert n.from_original_span(10, 14) == (10, 12)  # "[no]" became "no"
    assert n.changes() == [(10, 11, 10, 10), (13, 14, 12, 12)]


def test_brackets_gap_mark_maps_to_the_whole_gap():
    original = "held long [word off the page], going"
    n = normalize(original, "brackets")
    assert find_back(n, "[…]") == "[word off the page]"
    assert find_back(n, "…") == "[word off the page]"
    assert normalize(original, "brackets", gap_mark="_").text == "held long _, going"
    assert normalize(original, "brackets", bracket_rules={"gap": "drop"}).text == "held long, going"


def test_brackets_step_is_the_clean_edition(petrov_path):
    # but for the brackets the reading keeps as text, written ⁅ ⁆ (no parse reads them):
    # "[email protected]" on the saved page is no editorial bracket
    doc = lacuna.parse_file(petrov_path)
    once = normalize(doc, "brackets").text
    assert "at \u2045email\xa0protected\u2046." in once
    assert once.replace("\u2045", "[").replace("\u2046", "]") == clean(doc, rules={"gloss": "drop"})
    kept = normalize(doc.text, "brackets", bracket_rules={"gloss": "keep"}).text
    assert kept.replace("\u2045", "[").replace("\u2046", "]") == clean(doc)


def test_unicode_steps_map_per_character():
    n = normalize("Cafe\u0301 noir", "nfc")
    assert n.text == "Café noir"
    assert n.changes() == [(3, 5, 3, 4)]
    assert find_back(n, "é") == "e\u0301"
    assert find_back(n, "noir") == "noir"
    n = normalize("ﬁne ﬂow", "nfkc")
    assert n.text == "fine flow"
    assert find_back(n, "i") == "ﬁ"
    assert find_back(n, "flow") == "ﬂow"
    assert n.to_original(n.text.index("flow")) == 4


def test_casefold_maps_expansions():
    n = normalize("Straße Strasse", "casefold")
    assert n.text == "strasse strasse"
    assert n.changes() == [(4, 5, 4, 6)]
    assert find_back(n, "ss") == "ß"
    assert find_back(n, "strasse", 1) == "Strasse"


def test_whitespace_map():
    n = normalize("a   b", "whitespace")
    assert n.text == "a b"
    assert find_back(n, "b") == "b"
    assert find_back(n, " ") == "   "
    assert n.to_original_span(0, 3) == (0, 5)


def test_dates_map_to_the_whole_date():
    original = "Sent June 05, 1944, received 12 [January] 1947."
    n = normalize(original, "dates")
    assert n.text == "Sent 1944-06-05, received 1947-01-12."
    assert find_back(n, "1944-06-05") == "June 05, 1944"
    assert find_back(n, "06") == "June 05, 1944"  # part of a date: the whole date
    assert find_back(n, "1947-01-12") == "12 [January] 1947"
    assert n.text[slice(*n.from_original_span(original.index("January"), original.index("January") + 7))] == (
        "1947-01-12"
    )


def test_every_occurrence_in_the_corpus_document_maps_back(petrov_path):
    doc = lacuna.parse_file(petrov_path)
    n = normalize(doc)
    assert n.text.count("urumqi") == doc.text.count("Urumchi") == 3
    for k in range(3):
        assert find_back(n, "urumqi", k) == "Urumchi"
    assert find_back(n, "comrade savelyev") == "Cde. Savel'yev"
    assert find_back(n, "1947-01-12", 1) == "12 [January] 1947"
    assert find_back(n, "are awaiting") == "are awaiting"
    # a span starts where its first character came from: after the deleted "["
    assert find_back(n, "the ussr and china") == "the USSR and] China"
    assert find_back(n, "between the ussr") == "between [the USSR"
    assert "translator's note" not in n.text
    assert "1947-01-07" in n.text  # "7 January 1947"


# -- the step list ----------------------------------------------------------------------


def test_steps_parse_and_run_in_canonical_order():
    assert parse_steps(None) == DEFAULT_STEPS
    assert parse_steps("casefold, nfc") == ("nfc", "casefold")
    assert parse_steps(["dates", "brackets"]) == ("brackets", "dates")
    assert parse_steps("all,nfkc") == tuple(s for s in STEPS)
    assert parse_steps("") == ()
    assert normalize("Ab", []).text == "Ab"
    assert "nfkc" not in DEFAULT_STEPS
    with pytest.raises(LacunaError, match="unknown normalisation step"):
        parse_steps("nfc,shout")
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


def test_identity_normalisation():
    n = normalize("nothing to do", ["nfc", "casefold"])
    assert n.text == "nothing to do"
    assert n.changes() == []
    assert [n.to_original(i) for i in range(14)] == list(range(14))


# -- offset map -------------------------------------------------------------------------


def test_offset_map_lookups():
    # "ab[c]de" -> "abcDDe": delete "[" (2,3), delete "]" (4,5), "d" -> "DD" (5,6)
    m = OffsetMap(7, 6, [(2, 3, 2, 2), (4, 5, 3, 3), (5, 6, 3, 5)])
    assert [m.to_source(i) for i in range(7)] == [0, 1, 3, 5, 5, 6, 7]
    assert [m.from_source(i) for i in range(8)] == [0, 1, 2, 2, 3, 3, 5, 6]
    assert m.to_source_span(2, 3) == (3, 4)  # "c" came from "c", not "[c]"
    assert m.to_source_span(3, 4) == (5, 6)  # half of "DD" came from "d"
    assert m.to_source_span(0, 6) == (0, 7)
    assert m.to_source_span(4, 4) == (5, 5)
    assert m.from_source_span(2, 5) == (2, 3)
    assert m.from_source_span(5, 6) == (3, 5)
    with pytest.raises(IndexError):
        m.to_source(7)
    with pytest.raises(IndexError):
        m.from_source_span(3, 2)


def test_offset_map_rejects_inconsistent_blocks():
    with pytest.raises(ValueError):
        OffsetMap(5, 5, [(2, 3, 1, 2)])  # the gap before it differs in length
    with pytest.raises(ValueError):
        OffsetMap(5, 5, [(2, 3, 2, 2)])  # lengths do not add up
    with pytest.raises(ValueError):
        OffsetMap(5, 4, [(3, 4, 3, 3), (1, 2, 1, 1)])  # out of order


def test_offset_map_composition():
    first = OffsetMap(7, 5, [(2, 3, 2, 2), (4, 5, 3, 3)])  # "ab[c]de" -> "abcde"
    second = OffsetMap(5, 6, [(3, 4, 3, 5)])  # "abcde" -> "abcDDe"
    both = first.then(second)
    assert list(both.blocks()) == [(2, 3, 2, 2), (4, 5, 3, 3), (5, 6, 3, 5)]
    overlapping = OffsetMap(5, 4, [(2, 4, 2, 3)])  # "abcde" -> "abXe" ("cd" -> "X")
    assert list(first.then(overlapping).blocks()) == [(2, 3, 2, 2), (3, 6, 2, 3)]
    assert both.source_length == 7 and both.target_length == 6
    assert first.then(OffsetMap.identity(5)) is first
    with pytest.raises(ValueError):
        first.then(OffsetMap.identity(6))


# -- transliteration table --------------------------------------------------------------


def test_transliteration_table_load_and_extend(tmp_path):
    table = Transliteration.default()
    assert table.canonical("FILIPOV") == "Filippov"
    assert table.canonical("Cde.") == "Comrade"
    assert table.canonical("Filippov") is None
    extra = tmp_path / "names.toml"
    extra.write_text('[russian]\n"Gromyko" = ["Gromyco"]\n[wade_giles]\n"Zhou Enlai" = ["Chou Ngen-lai"]\n')
    bigger = Transliteration.load(extra)
    assert bigger.canonical("Gromyco") == "Gromyko"
    assert bigger.canonical("Chou Ngen-lai") == bigger.canonical("Chou En-lai") == "Zhou Enlai"
    assert len(bigger) == len(table) + 2
    n = normalize("Gromyco and Chou Ngen-lai", "transliteration", transliteration=extra)
    assert n.text == "Gromyko and Zhou Enlai"
    n = normalize("Gromyco", "transliteration", transliteration={"russian": {"Gromyko": ["Gromyco"]}})
    assert n.text == "Gromyko"
    assert Transliteration.default().canonical("Gromyco") is None  # the default is unchanged


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"a": {"Filippov": ["Filipov"]}, "b": {"Philip": ["filipov"]}}, "belongs to both"),
        ({"a": {"Chou En-lai Zhou": ["Chou En-lai"]}}, "contains the variant"),
        ({"a": {"X": "not a list"}}, "non-empty variant"),
        ({"a": {"X": [""]}}, "non-empty variant"),
        ({"a": ["X"]}, "must be a table"),
    ],
)
def test_transliteration_table_errors(data, message):
    with pytest.raises(LacunaError, match=message):
        Transliteration(data)


def test_transliteration_file_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[a\n")
    with pytest.raises(LacunaError, match="not valid TOML"):
        Transliteration.load(bad)
    with pytest.raises(LacunaError, match="cannot read"):
        Transliteration.load(tmp_path / "missing.toml")


def test_shipped_table_is_stable():
    # every canonical spelling survives the step unchanged, so normalising twice changes nothing
    table = Transliteration.default()
    for entries in table.table.values():
        for canonical, variants in entries.items():
            assert normalize(canonical, "transliteration").text == canonical
            for variant in variants:
                assert normalize(variant, "transliteration").text == canonical


# -- CLI --------------------------------------------------------------------------------


def test_cli_normalize_text(petrov_path, capsysbinary):
    assert main(["normalize", str(petrov_path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out == normalize(lacuna.parse_file(petrov_path)).text
    assert main(["normalize", str(petrov_path), "--steps", "transliteration"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Comrade Savelyev" in out and "Urumqi" in out and "[January]" in out


def test_cli_normalize_map(petrov_path, capsysbinary):
    assert main(["normalize", str(petrov_path), "--map", "-s", "brackets,dates"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    original = petrov_path.read_text(encoding="utf-8")
    assert data["steps"] == ["brackets", "dates"]
    assert data["original_length"] == len(original)
    assert data["changes"]
    for change in data["changes"]:
        a0, a1 = change["original"]
        b0, b1 = change["normalized"]
        assert original[a0:a1] == change["from"]
        assert data["text"][b0:b1] == change["to"]
    assert {"from": "12 [January] 1947", "to": "1947-01-12"}.items() <= next(
        c for c in data["changes"] if c["to"] == "1947-01-12" and "[" in c["from"]
    ).items()


def test_cli_normalize_errors(tmp_path, capsys):
    assert main(["normalize", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.startswith("lacuna: ")
    assert main(["normalize", "-", "--steps", "nfc,loud"]) == 2
    assert "unknown normalisation step(s): loud" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text('[a]\n"X" = [1]\n')
    assert main(["normalize", "-", "--transliteration", str(bad)]) == 2
    assert "lacuna: " in capsys.readouterr().err


def test_a_combining_mark_is_part_of_the_word_before_a_variant():
    # "İ" casefolds to "i" + U+0307: the dot belongs to the word, so "chou en-lai" after it is
    # not a separate name, and normalising twice changes nothing (found by hypothesis)
    steps = ["casefold", "brackets", "nfc", "nfkc", "transliteration"]
    once = lacuna.normalize("İChou En-lai", steps=steps).text
    assert once == "i\u0307chou en-lai"
    assert lacuna.normalize(once, steps=steps).text == once


def test_transliteration_file_that_is_not_utf8_is_a_clean_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe[russian]\n")
    with pytest.raises(lacuna.LacunaError, match=r"bad.toml: not valid TOML: byte 0xff is not UTF-8$"):
        Transliteration.load(bad)


def test_quotes_spell_out_the_apostrophe_in_n_with_apostrophe():
    # found by hypothesis: "ŉ" casefolds to "ʼn", whose apostrophe the quotes step then changed
    # on a second pass; the quotes step spells it out first, with a map back
    n = normalize("ŉ x", ["nfc", "quotes", "casefold"])
    assert n.text == "'n x"
    assert normalize(n.text, ["nfc", "quotes", "casefold"]).text == n.text
    assert (n.to_original(0), n.to_original(2), n.to_original(3)) == (0, 1, 2)
