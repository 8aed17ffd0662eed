"""Linkage at scale, by counting work: candidate pairs grow near-linearly with the input, and the
blocking rules that keep them so still propose the pairs they are there for (hand-written cases)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from lacuna import listing
from lacuna.linkage import DEFAULT_MODEL, BlockingRule, Model, blocking_keys, candidates, link, prepare

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def generator():
    """bench/listings.py's synthetic listing pages (the generator the 1M figures come from)."""
    spec = importlib.util.spec_from_file_location("bench_listings", ROOT / "bench" / "listings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def _entries(generator, n: int):
    texts, truth = generator.make(n, seed=7)
    entries = [e for p, text in enumerate(texts) for e in listing.read(text, source=f"page{p:06d}")]
    assert len(entries) == len(truth)
    return entries


def test_candidate_pairs_grow_near_linearly(generator):
    """Ten times the entries, at most twelve times the candidate pairs (the issue's bound from 100k
    to 1M): every rule's blocks are capped, oversized ones compared by a bounded window."""
    small = _entries(generator, 2_000)
    big = _entries(generator, 20_000)
    n_small = len(candidates(prepare(small)))
    n_big = len(candidates(prepare(big)))
    assert n_small > len(small)  # the rules propose something: more than one pair per entry
    ratio = (n_big / len(big)) / (n_small / len(small))  # per entry, so the sizes need not be exact
    assert ratio <= 1.2, (n_small, n_big)


def test_pairs_per_entry_stay_bounded_when_every_block_is_oversized():
    """A page set where every entry has the same names and the same summary: each rule's blocks
    are all oversized, so each costs at most its cap or window per key, never the square."""
    summary = "Mao asks the Soviet leadership to support the advance of the army."
    pages = []
    for p in range(40):
        lines = []
        for i in range(10):
            lines += [
                "June 5, 1950",
                "",
                f"Cable No. {p * 10 + i} from Mao Zedong to Stalin",
                "",
                summary,
                "",
            ]
        pages.append(listing.read("\n".join(lines), source=f"p{p:02d}"))
    entries = [e for page in pages for e in page]
    prep = prepare(entries)
    n = len(prep)
    for rule in DEFAULT_MODEL.blocking:
        keys, _ = blocking_keys(rule, prep)
        per_entry = max(map(len, keys))
        found = len(candidates(prep, Model(blocking=(rule,))))
        bound = n * per_entry * max(rule.window, rule.max_block)
        assert found <= bound, rule.name
    total = len(candidates(prep))
    assert total <= 40 * n  # about 400 entries: all pairs would be 79,800


SUMMARY = "Roshchin reports to Liu Shaoqi on the Politburo meeting and the state of the harvest in Manchuria."


def _entry(title: str, summary: str | None, source: str):
    text = f"June 5, 1950\n\n{title}\n" + (f"\n{summary}\n" if summary else "")
    return listing.read(text, source=source)[0]


def test_half_of_the_summary_blocks_a_title_with_two_typos():
    a = _entry("Cable, Kim Il Sung to Comrade Filippov [Fedorenko]", SUMMARY, "a")
    b = _entry(
        "Cbale, Kim Il Sung to Comrade Filippev [Fedorenko]",
        SUMMARY.replace("harvest", "harvset"),  # a typo in the second half: the first half agrees
        "b",
    )
    rule = next(r for r in DEFAULT_MODEL.blocking if r.key == "summary_halves")
    prep = prepare([a, b])
    assert candidates(prep, Model(blocking=(rule,))).tolist() == [[0, 1]]
    keys, probes = blocking_keys(rule, prep)
    assert probes is None
    assert keys[0][0] == keys[1][0] and keys[0][1] != keys[1][1]


def test_half_of_the_summary_keeps_series_apart():
    """Two documents of a series one number apart, same summary: blocked together, never matched."""
    a = _entry("Telegram No. 5 from Mao Tse-tung to Stalin", SUMMARY, "a")
    b = _entry("Telegram No. 6 from Mao Zedong to Stalin", SUMMARY, "b")
    c = _entry("Telegram No. 5 from Mao Zedong to Stalin", SUMMARY, "c")
    matches, docs = link([a, b, c])
    assert matches.candidates == 3
    assert docs.cluster == ["a:3", "b:3", "a:3"]


def test_rare_words_skip_words_no_other_title_has():
    """A typo makes a word of one title alone; the rare-word key takes the next rarest instead."""
    titles = [
        "Letter from Gromyko to Vyshinsky Concerning Xinjiang",
        "Letter from Gromyko to Vyshinsky Concerning Xinjaing",  # the rarest word: a typo
        "Letter from Gromyko to Molotov",
        "Letter from Stalin to Molotov",
    ]
    prep = prepare([_entry(t, None, f"p{i}") for i, t in enumerate(titles)])
    rule = BlockingRule("rare", "rare_tokens", size=1)
    keys, _ = blocking_keys(rule, prep)
    # document frequencies: xinjiang 1, xinjaing 1 (skipped); concerning 2, vyshinsky 2 (rarest shared)
    assert keys[0] == keys[1] == ["concerning"]
    assert candidates(prep, Model(blocking=(rule,))).tolist()[0] == [0, 1]
