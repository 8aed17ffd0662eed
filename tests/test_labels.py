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
