"""A refactoring guard for the parse-speed work (issue 13): the category and fields of every
span are the same as those read by the code of ``main`` when the work began.

This is NOT a golden test: ``tests/fixtures/parse_guard.json`` was computed by running
``lacuna.parse`` of the code of the last commit that meant to change decisions (the learned
rules and the inside vocabularies merged with the speed work, the merge of rules4; the
speed work began at 3e14b0c), not written by hand, so it asserts only
that a change made for speed left every decision as it was. Correctness is checked by the
hand-written tests elsewhere.

The texts: every file of ``corpus/``, the excerpt (named by its SHA-256) of every page of
``bench/labels/dev.jsonl`` and ``bench/labels/holdout.jsonl`` (their texts only: the labels are
not read), and the synthetic 1 MB corpora of ``bench/parse.py`` (real density and five times
it; kept as a digest and counts, the full readings would weigh megabytes).

Pages labelled after the fixture was computed are not guarded; to guard them, compute the
fixture again with the code of that commit, its ``src`` first on the path::

    mkdir /tmp/guard && git archive 3e14b0c src grammars | tar -x -C /tmp/guard
    PYTHONPATH=/tmp/guard/src .venv/bin/python tests/test_parse_guard.py --write

When a change is *meant* to change decisions (a new rule, a tuned one), use the commit that
change is made on instead (the guard then checks the speed work done after it).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import lacuna
from lacuna.conventions import Conventions

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "parse_guard.json"
LABELS = ROOT / "bench" / "labels"

_FIELDS = (
    "category",
    "because",
    "extent",
    "quantity",
    "unit",
    "reason",
    "conjecture",
    "cert",
    "label",
    "body_start",
    "correction",
    "number",
)


def texts() -> dict[str, str]:
    """The guarded texts, by name (corpus files, then page excerpts)."""
    out: dict[str, str] = {}
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out[f"corpus/{path.name}"] = path.read_text(encoding="utf-8")
    for part in ("dev", "holdout"):
        with (LABELS / f"{part}.jsonl").open(encoding="utf-8") as f:
            for line in f:
                excerpt = json.loads(line)["excerpt"]  # the text only, never the labels
                out[f"{part}:{hashlib.sha256(excerpt.encode('utf-8')).hexdigest()[:16]}"] = excerpt
    return out


def synthetic() -> dict[str, str]:
    """The 1 MB corpora of bench/parse.py (real density, five times it)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import parse as bench_parse  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return {f"bench:{kind}": bench_parse.build_corpus(kind, 1_000_000) for kind in ("real", "x5")}


def readings(text: str) -> list[list[Any]]:
    """Each span's offsets, reading fields and glossed offsets, in document order (cold caches)."""
    Conventions.default().clear_caches()
    doc = lacuna.parse(text)
    out = []
    for span in doc.spans():
        info = span.info
        row: list[Any] = [span.start, span.end]
        row.extend(getattr(info, name) for name in _FIELDS)
        row.append(getattr(span, "glossed_start", None))
        row.append(getattr(span, "glossed_end", None))
        out.append(row)
    # through JSON, as the fixture is (tuples become lists)
    return json.loads(json.dumps(out))


def digest(rows: list[list[Any]]) -> dict[str, Any]:
    """A digest of many readings: their hash, and the spans per category and per rule."""
    blob = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    rules = Counter(row[3].split(":", 1)[0] for row in rows)
    return {
        "sha256": hashlib.sha256(blob).hexdigest(),
        "spans": len(rows),
        "categories": dict(sorted(Counter(row[2] for row in rows).items())),
        "rules": dict(sorted(rules.items())),
    }


def compute() -> dict[str, Any]:
    return {
        "pages": {name: readings(text) for name, text in texts().items()},
        "synthetic": {name: digest(readings(text)) for name, text in synthetic().items()},
    }


def _fixture() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_pages_read_as_before() -> None:
    expected = _fixture()["pages"]
    pages = texts()
    # pages are named by their text's hash: pages labelled since the fixture was computed are
    # not guarded (their readings were never recorded), and every recorded page must still exist
    assert set(expected) <= set(pages)
    changed = []
    for name in expected:
        text = pages[name]
        got = readings(text)
        if got != expected[name]:
            diffs = [(a, b) for a, b in zip(expected[name], got, strict=False) if a != b]
            if name.startswith("holdout:"):
                # held-out pages are never read while tuning: their key and counts only
                diffs = [(a[0], a[1], b[0], b[1]) for a, b in diffs]
            changed.append((name, len(got), len(expected[name]), diffs[:3]))
    assert not changed, changed[:5]


def test_synthetic_corpora_read_as_before() -> None:
    expected = _fixture()["synthetic"]
    for name, text in synthetic().items():
        got = digest(readings(text))
        # the counts first: they say what changed when the hash differs
        assert got["categories"] == expected[name]["categories"], name
        assert got["rules"] == expected[name]["rules"], name
        assert got == expected[name], name


def test_guard_covers_many_spans_and_rules() -> None:
    """The fixture is not trivially small: it holds thousands of spans across the rules."""
    fixture = _fixture()
    rows = [row for rows in fixture["pages"].values() for row in rows]
    assert len(rows) > 1500
    assert len({row[3].split(":", 1)[0] for row in rows}) > 30
    assert fixture["synthetic"]["bench:real"]["spans"] > 5000


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python tests/test_parse_guard.py --write")
    print(f"computing the guard with lacuna from {lacuna.__file__}")
    data = compute()
    FIXTURE.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size} bytes)")
