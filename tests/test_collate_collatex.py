"""Acceptance: CollateX's own alignment tests, as data.

Each case is transcribed from CollateX's test suite (interedition/collatex: the Java core's
AlignmentTableTest, AlignmentTest, SpencerHoweTest and the python port's tests): its
witnesses and, per witness, the expected row of the alignment table in CollateX's notation
(``|the| |cat|``: one cell per column, a blank for an empty cell; words as normalised).
Cases where lacuna deliberately aligns otherwise are in DIFFERENT with lacuna's table and
the reason; docs/collate.md lists them too.
"""

from __future__ import annotations

import pytest

from lacuna.collate import collate

SAME = {
    # AlignmentTableTest
    "firstWitness": (["the black cat"], ["|the|black|cat|"]),
    "everythingMatches": (["the black cat"] * 3, ["|the|black|cat|"] * 3),
    "variant": (
        ["the black cat", "the white cat", "the green cat", "the red cat", "the yellow cat"],
        ["|the|black|cat|", "|the|white|cat|", "|the|green|cat|", "|the|red|cat|", "|the|yellow|cat|"],
    ),
    "omission": (
        ["the black cat", "the cat", "the black cat"],
        ["|the|black|cat|", "|the| |cat|", "|the|black|cat|"],
    ),
    "addition1": (
        ["the black cat", "the white and black cat"],
        ["|the| | |black|cat|", "|the|white|and|black|cat|"],
    ),
    "addition2": (
        ["the cat", "before the cat", "the black cat", "the cat walks"],
        ["| |the| |cat| |", "|before|the| |cat| |", "| |the|black|cat| |", "| |the| |cat|walks|"],
    ),
    "addition3": (
        ["the cat", "before the cat", "the black cat", "just before midnight the cat walks"],
        [
            "| | | |the| |cat| |",
            "| |before| |the| |cat| |",
            "| | | |the|black|cat| |",
            "|just|before|midnight|the| |cat|walks|",
        ],
    ),
    "witnessReorder": (
        [
            "the black cat",
            "the black and white cat",
            "the black not very special cat",
            "the black very special cat",
        ],
        [
            "|the|black| | | |cat|",
            "|the|black|and|white| |cat|",
            "|the|black|not|very|special|cat|",
            "|the|black| |very|special|cat|",
        ],
    ),
    "testSimpleSpencerHowe": (["a", "b", "a b"], ["|a| |", "| |b|", "|a|b|"]),
    "stringOutputTwoWitnesses": (["the black cat", "the black cat"], ["|the|black|cat|"] * 2),
    "stringOutputEmptyCells": (["the black cat", "the"], ["|the|black|cat|", "|the| | |"]),
    # AlignmentTest
    "simpleTransposition": (
        ["A black cat in a white basket", "A white cat in a black basket"],
        ["|a|black|cat|in|a|white|basket|", "|a|white|cat|in|a|black|basket|"],
    ),
    # SpencerHoweTest
    "alignmentTable": (
        ["a b c d e f", "x y z d e", "a b x y z"],
        ["|a|b|c| | |d|e|f|", "| | |x|y|z|d|e| |", "|a|b|x|y|z| | | |"],
    ),
    # python port: test_alignment_table_rendering (no segmentation)
    "testPlainTableRenderingNoParallelSegmentation": (
        [
            "This very quick very quick brown wombat",
            "That very quick brown koala",
            "That very quick brown kangaroo",
        ],
        [
            "|this|very|quick|very|quick|brown|wombat|",
            "|that| | |very|quick|brown|koala|",
            "|that| | |very|quick|brown|kangaroo|",
        ],
    ),
}

TIE = "a tie between equally long in-order matches: the diff's choice, the other word reported as moved"
LONGEST = "lacuna aligns the longest in-order run of words, the rest reported as moved (CollateX: shorter)"

#: name -> (witnesses, CollateX's rows, lacuna's rows, why they differ)
DIFFERENT: dict[str, tuple[list[str], list[str], list[str], str]] = {
    # AlignmentTest
    "transposeInOnePair": (
        ["y", "x y z", "z y"],
        ["| |y| |", "|x|y|z|", "|z|y| |"],
        ["| |y| | |", "|x|y|z| |", "| | |z|y|"],
        TIE,
    ),
    "transposeInTwoPairs": (
        ["y x", "x y z", "z y"],
        ["| |y|x|", "|x|y|z|", "|z|y| |"],
        ["|y|x| | | |", "| |x|y|z| |", "| | | |z|y|"],
        TIE,
    ),
    "doubleTransposition2": (["a b", "b a"], ["| |a|b|", "|b|a| |"], ["|a|b| |", "| |b|a|"], TIE),
    "doubleTransposition3": (["a b c", "b a c"], ["| |a|b|c|", "|b|a| |c|"], ["|a|b| |c|", "| |b|a|c|"], TIE),
    "doubleTransposition1": (
        ["the cat is black", "black is the cat"],
        ["|the|cat|is|black| |", "|black| |is|the|cat|"],
        ["| | |the|cat|is|black|", "|black|is|the|cat| | |"],
        LONGEST,
    ),
    "additionInCombinationWithTransposition": (
        ["the cat is very happy", "very happy is the cat", "very delitied and happy is the cat"],
        [
            "|the|cat| | |is|very|happy|",
            "|very| | |happy|is|the|cat|",
            "|very|delitied|and|happy|is|the|cat|",
        ],
        [
            "|the|cat|is|very| | |happy| | | |",
            "| | | |very| | |happy|is|the|cat|",
            "| | | |very|delitied|and|happy|is|the|cat|",
        ],
        LONGEST,
    ),
    # AlignmentTableTest
    "transpositionAndReplacement": (
        [
            "the black dog chases a red cat",
            "a red cat chases the black dog",
            "a red cat chases the yellow dog",
        ],
        [
            "|the|black|dog|chases|a|red|cat|",
            "|a|red|cat|chases|the|black|dog|",
            "|a|red|cat|chases|the|yellow|dog|",
        ],
        [
            "|the|black|dog|chases|a|red|cat| | | | |",
            "| | | | |a|red|cat|chases|the|black|dog|",
            "| | | | |a|red|cat|chases|the|yellow|dog|",
        ],
        LONGEST,
    ),
}


def rows(al):
    out = []
    for w in range(len(al.sigla)):
        cells = []
        for k in range(al.n_columns):
            i = al.cells[w][k]
            cells.append(al.tokens[w][i].key if i >= 0 else " ")
        out.append("|" + "|".join(cells) + "|")
    return out


@pytest.mark.parametrize("name", sorted(SAME))
def test_collatex_case(name):
    witnesses, expected = SAME[name]
    assert rows(collate(witnesses)) == expected
    assert rows(collate(witnesses, transposition_limit=0)) == expected


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_collatex_case_where_lacuna_differs(name):
    witnesses, collatex, lacuna_rows, _why = DIFFERENT[name]
    al = collate(witnesses)
    assert rows(al) == lacuna_rows
    assert rows(al) != collatex
    assert al.transpositions  # the words CollateX aligns elsewhere are reported as moved


def test_column_status():
    # python port, testColumnStatusInAlignmentTable: which segments vary
    al = collate(["The quick brown fox jumps over the dog.", "The brown fox jumps over the lazy dog."])
    assert [al.is_variant(lo) for lo, _ in al.segments()] == [False, True, False, True, False]
    al = collate(
        [
            "The quick brown fox jumps over the dog.",
            "The brown fox jumps over the lazy dog.",
            "The brown fox walks around the lazy dog.",
        ]
    )
    assert [al.is_variant(lo) for lo, _ in al.segments()] == [False, True, False, True, False, True, False]
