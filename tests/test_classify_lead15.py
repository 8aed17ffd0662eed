"""Issue 13, the fifteenth labelling round read before any tuning: a signature nobody could
identify and a labelled thing on the document that cannot be read are gaps. Real examples quoted
from ``bench/labels/dev.jsonl`` (the Wilson Center's Hungarian cipher telegrams from Pyongyang, a
Czechoslovak record of 1960), each with the category a historian gives it and the rule that
decides, and near misses that must read otherwise (written by hand, not by running the
classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off

# the Wilson Center, a Hungarian cipher telegram from Pyongyang, 23 October 1980
HUNGARIAN_TELEGRAM = (
    "PYONGYANG, 80. 10. 23.\n\nTOP SECRET!\n\nCreated by Ko 10.20\n\nChecked by [unknown signature]"
    "\n\n \n\nCIPHER TELEGRAM\n\n \n\nSubject: KWP’s 6th Congress"
)
# the Wilson Center, a record of a conversation of the Czechoslovak ambassador in the DPRK, 1960
CZECH_RECORD = (
    "The record contains details about the dealings of the Korean delegation with c. Khrushchev in "
    "Moscow.\n\n[Note in left margin: illegible]\n\nWith comradely greetings\n\n[Signature: illegible]"
    "\nEsteemed Comrade\n\nJiri H e n d r y c h\nDeputy of the Central Committee"
)

CASES = [
    (HUNGARIAN_TELEGRAM, "[unknown signature]", "gap", "unknown_signature"),
    (CZECH_RECORD, "[Note in left margin: illegible]", "gap", "illegible_labelled"),
    (CZECH_RECORD, "[Signature: illegible]", "gap", "illegible_labelled"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_real_dev_spans(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, rule)


def test_the_gaps_say_what_is_missing() -> None:
    import lacuna

    records = {
        r["text"]: r for r in lacuna.span_records(lacuna.parse(HUNGARIAN_TELEGRAM + "\n" + CZECH_RECORD))
    }
    assert (records["[unknown signature]"]["quantity"], records["[unknown signature]"]["unit"]) == (
        1,
        "signature",
    )
    assert records["[Signature: illegible]"]["reason"] == "illegible"


@pytest.mark.parametrize(
    ("text", "inside", "category", "rule"),
    [
        # a signature said to stand there, no doubt of whose: the editor's note
        (
            "With comradely greetings\n\n[signature]\nEsteemed Comrade",
            "[signature]",
            "editor_note",
            "unknown_signature",
        ),
        # a labelled note whose words are given: the editor's note, not a gap
        (
            "in Moscow.\n\n[Handwritten note: To Cde. Novotny, for information]\n\nWith comradely greetings",
            "[Handwritten note: To Cde. Novotny, for information]",
            "editor_note",
            "illegible_labelled",
        ),
        # "illegible" inside a longer description: not the labelled thing's whole reading
        (
            "[Signature: illegible signature of the ambassador]\nEsteemed Comrade",
            "[Signature: illegible signature of the ambassador]",
            "editor_note",
            "illegible_labelled",
        ),
    ],
)
def test_near_misses(text: str, inside: str, category: str, rule: str) -> None:
    assert_read_by(text, inside, category, None)
    assert_not_read_by(text, inside, rule)


@pytest.mark.parametrize("rule", ["unknown_signature", "illegible_labelled"])
def test_each_rule_can_be_switched_off(rule: str, tmp_path) -> None:
    assert_switched_off(rule, CASES, tmp_path)
