"""The hand-label files of bench/labels/ are well formed (bench/labels/check.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parent.parent / "bench" / "labels"
_spec = importlib.util.spec_from_file_location("labels_check", LABELS / "check.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
_spec = importlib.util.spec_from_file_location("labels_coverage", LABELS / "coverage.py")
assert _spec is not None and _spec.loader is not None
coverage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(coverage)


def test_the_label_files_are_well_formed():
    assert check.problems() == []


def test_the_parts_are_not_empty():
    for part in check.PARTS:
        lines = (LABELS / part).read_text(encoding="utf-8").splitlines()
        assert len([x for x in lines if x.strip()]) > 50, part


@pytest.mark.parametrize(
    ("excerpt", "pairs"),
    [
        ("a [b] c [d [e] f] g", ["[b]", "[d [e] f]", "[e]"]),
        ("Filippov [Stalin] and [[N. P. Varnov?]]", ["[Stalin]", "[[N. P. Varnov?]]", "[N. P. Varnov?]"]),
        ("no brackets", []),
        ("an open [bracket and] a close] only", ["[bracket and]"]),
    ],
)
def test_bracket_pairs(excerpt, pairs):
    assert check.bracket_pairs(excerpt) == pairs


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"source": "s", "excerpt": "x [y] z", "spans": [["[y]", "bogus", {}]]}, "unknown category"),
        ({"source": "s", "excerpt": "x [y] z", "spans": [["[y]", "gloss", {"colour": 1}]]}, "unknown fields"),
        (
            {"source": "s", "excerpt": "x [y] z", "spans": [["[y]", "gloss", {"class": "nope"}]]},
            "unknown class",
        ),
        ({"source": "s", "excerpt": "x [y] z", "spans": [["[w]", "gloss", {}]]}, "not in the excerpt"),
        ({"source": "s", "excerpt": "x [y] z [w]", "spans": [["[y]", "gloss", {}]]}, "bracketed pairs"),
        (
            {"source": "s", "excerpt": "x [y] z [w]", "spans": [["[w]", "gloss", {}], ["[y]", "gloss", {}]]},
            "not in",
        ),
        ({"source": "s", "spans": []}, "no 'excerpt'"),
    ],
)
def test_entry_problems_are_found(entry, problem):
    assert any(problem in p for p in check.entry_problems(entry))


def test_a_well_formed_entry_has_no_problem():
    entry = {"source": "s", "excerpt": "Ambassador [Mikhail] Zimyanin [1] left", "spans": []}
    entry["spans"] = [["[Mikhail]", "supplied", {"class": "first_name"}], ["[1]", "footnote_ref", {}]]
    assert list(check.entry_problems(entry)) == []


def test_a_page_in_both_parts_is_found(tmp_path):
    line = json.dumps({"source": "s", "excerpt": "x", "spans": []})
    for part in check.PARTS:
        (tmp_path / part).write_text(line + "\n", encoding="utf-8")
    assert any("both parts" in p for p in check.problems(tmp_path))


def test_the_coverage_block_of_the_readme_is_current():
    # (a merge of two labelling rounds conflicts in the block: python bench/labels/coverage.py --write)
    assert coverage.main(["--check"]) == 0


def test_the_coverage_block_is_counted_from_the_label_files(tmp_path):
    dev, holdout = tmp_path / "dev.jsonl", tmp_path / "holdout.jsonl"
    dev.write_text(
        json.dumps(
            {
                "source": "a",
                "excerpt": "x [y] [1]",
                "spans": [["[y]", "supplied", {}], ["[1]", "footnote_ref", {"class": "footnote"}]],
            }
        )
        + "\n"
        + json.dumps(
            {"source": "a", "excerpt": "z [w]", "spans": [["[w]", "gloss", {"class": "translation"}]]}
        )
        + "\n",
        encoding="utf-8",
    )
    holdout.write_text(
        json.dumps({"source": "b", "excerpt": "[?]", "spans": [["[?]", "uncertain", {}]]}) + "\n",
        encoding="utf-8",
    )
    old = "\n".join(
        [
            "",
            "9 + 9 pages, 99 + 99 labelled spans (dev + holdout); more words.",
            "| note reference: `[1]` | `footnote` | 7 | 7 |",
            "| a translation | `translation` | 7 | 7 |",
            "| `[3 words]` | `word_count` | 7 | 7 |",
            "| `gloss` | 5 | 5 |",
            "| `uncertain` | 5 | 5 |",
            "| all | 55 | 55 |",
            "",
        ]
    )
    expected = "\n".join(
        [
            "",
            "1 + 1 pages, 3 + 1 labelled spans (dev + holdout); more words.",
            "| note reference: `[1]` | `footnote` | 1 | 0 |",
            "| a translation | `translation` | 1 | 0 |",
            "| `[3 words]` | `word_count` | 0 | 0 |",
            "| `gloss` | 1 | 0 |",
            "| `uncertain` | 0 | 1 |",
            "| all | 3 | 1 |",
            "",
        ]
    )
    assert coverage.block(old, coverage.Part(dev), coverage.Part(holdout)) == expected
