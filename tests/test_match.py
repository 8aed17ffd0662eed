"""Matching listing entries: hand-written truth on the sample pages, the model's parts, properties."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna import listing
from lacuna.cluster import documents
from lacuna.dates import PartialDate
from lacuna.listing import Entry
from lacuna.match import (
    DEFAULT_MODEL,
    BlockingRule,
    Model,
    candidates,
    comparison_values,
    cut_ambiguity,
    explain,
    match,
    normalise,
    numbers_of,
    prepare,
    substitutions,
)

TRUTH = json.loads((Path(__file__).parent / "truth" / "listings.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_entries(corpus) -> list[Entry]:
    out: list[Entry] = []
    for name in sorted(TRUTH["pages"]):
        out += listing.read_file(corpus / name, source=name)
    return out


def _pairs_of(docs) -> set[frozenset[str]]:
    out = set()
    for members in docs.groups().values():
        out |= {frozenset((a.id, b.id)) for a, b in combinations(members, 2)}
    return out


def test_sample_pages_precision_and_recall_are_one(sample_entries):
    docs = documents(match(sample_entries))
    found = _pairs_of(docs)
    truth = {frozenset(p[:2]) for p in TRUTH["same"]}
    tp = len(found & truth)
    precision = tp / len(found)
    recall = tp / len(truth)
    assert (precision, recall) == (1.0, 1.0), (found - truth, truth - found)
    assert len(docs.entries) == TRUTH["entries"]
    assert docs.count == TRUTH["documents"]
    assert docs.duplicates == len(truth)
    for a, b, why in TRUTH["different"]:
        assert frozenset((a, b)) not in found, why


def test_look_alikes_are_kept_apart_for_the_right_reason(sample_entries):
    by_id = {e.id: e for e in sample_entries}
    roshchin = explain(
        by_id["listing-collection-sino-soviet-alliance.txt:50"], by_id["listing-search-b.txt:41"]
    )
    assert roshchin.decision == "veto: numbers differ"
    title = next(c for c in roshchin.contributions if c.comparison == "title")
    assert title.value >= 95  # the titles alone would match
    soong = explain(by_id["listing-search-a.txt:9"], by_id["listing-search-a.txt:37"])
    parts = {c.comparison: c for c in soong.contributions}
    assert parts["title"].value == 100 and parts["summary"].level == "different"
    assert soong.decision == "veto: same page"


def test_explanation_adds_up(sample_entries):
    by_id = {e.id: e for e in sample_entries}
    e = explain(by_id["listing-collection-sino-soviet-alliance.txt:38"], by_id["listing-search-b.txt:29"])
    assert e.decision == "match"
    assert e.weight == sum(c.weight for c in e.contributions)
    parts = {c.comparison: (c.value, c.level, c.weight) for c in e.contributions}
    assert parts["title"] == (100.0, "exact", 8.0)
    assert parts["summary"] == (100.0, "same", 4.0)
    assert parts["date"] == (14.0, "within a month", 0.5)  # listed November 07 vs October 24
    assert parts["numbers"] == (1.0, "agree", 2.0)
    d = e.to_dict()
    assert d["title_level"] == "exact" and d["page_weight"] == 0.0


def test_normalise_and_numbers():
    assert normalise("Cable No. 825/826 from Petrov") == "cable no 825 826 from petrov"
    assert normalise("T.V. Soong") == normalise("T. V. Soong") == "t v soong"
    assert normalise("Charge d’Affaires, ２４ October") == "charge d affaires 24 october"
    assert numbers_of(normalise("Roshchin with Zhu De on 24 October 1949")) == ("24", "m10", "1949")
    # a month next to a number is part of a date, one typo in its name or not; "May" alone is not
    assert numbers_of(normalise("Remarks, 9 Ocotber 1965")) == ("9", "m10", "1965")
    assert numbers_of(normalise("Letter of Sept. 3, 1950")) == ("m9", "3", "1950")
    assert numbers_of(normalise("What May Be Done in 1950")) == ("1950",)
    assert numbers_of(normalise("On May 9 1950")) == ("m5", "9", "1950")
    assert numbers_of(normalise("Record of a Meeting in October")) == ()
    assert numbers_of(normalise("Cable No. 20278from Petrov")) == ("20278",)


def test_cut_off_title_matches_its_full_form_when_the_summary_agrees():
    title = "Memorandum of Conversation with Chairman Mao Zedong on 16 October 1949"
    summary = "Roshchin congratulates Mao on the successes of the People's Liberation Army."
    full = listing.read(f"June 5, 1944\n\n{title}\n\n{summary}\n", source="a")[0]
    cut = listing.read(f"June 5, 1944\n\n{title[:44]}…\n\n{summary}\n", source="b")[0]
    bare = listing.read(f"June 5, 1944\n\n{title[:44]}…\n", source="c")[0]
    other = listing.read(f"June 5, 1944\n\n{title[:38]}Liu…\n\n{summary}\n", source="d")[0]
    assert cut.truncated and cut.title == "Memorandum of Conversation with Chairman Mao…"
    e = explain(full, cut)
    assert e.decision == "match", e.format()
    parts = {c.comparison: (c.value, c.level, c.weight) for c in e.contributions}
    assert parts["title"] == (100.0, "exact", 8.0)  # the cut title against the other's start
    assert parts["cut"] == (0.6286, "part", -4.0)
    assert parts["numbers"][1] == "none"  # the cut took the numbers: no evidence either way
    assert explain(full, bare).decision == "no match"  # a cut title alone is not enough
    assert explain(full, other).decision == "no match"


def test_replaced_words_are_counted_and_typos_are_not():
    def replaced(a: str, b: str, cut_a: bool = False, cut_b: bool = False) -> float:
        return substitutions([normalise(a)], [normalise(b)], np.array([cut_a]), np.array([cut_b]))[0]

    assert replaced("Mikoyan with Zhou Enlai", "Mikoyan with Mao Zedong") == 1
    assert (
        replaced("From the Diary of N.V. Bierut: Memorandum", "From the Diary of N.V. Tito: Memorandum") == 1
    )
    assert replaced("Telegram, Mao Zedong to the CC", "Cable, Mao Zedong to the CC") == 1
    assert replaced("Ciphered telegram, Filipov to Kovalev", "Ciphered telegram, Kovalev to Filippov") == 2
    # typos, split and joined words, and additions are not replacements
    assert replaced("Cable,B ulganin to Molotov", "Cable, Bulganin to Molotov") == 0
    assert replaced("the CC PolitburoDiscussion", "the CC Politburo Discussion") == 0
    assert replaced("Cable, Filippov to Mao", "Cable, Filipov to Mao") == 0
    assert replaced("Cable, Mao to Stalin", "Cable, Mao Zedong to Stalin") == 0
    assert replaced("Cable No. 825 from Petrov", "Cable No. 832 from Petrov") == 0  # numbers: own comparison
    # a cut-off title against the other's start; its last, cut word does not count
    assert (
        replaced(
            "Record of a Meeting Between Soong and St…", "Record of a Meeting Between Soong and Molotov", True
        )
        == 0
    )
    assert (
        replaced(
            "Record of a Meeting Between Mao and St…", "Record of a Meeting Between Soong and Stalin", True
        )
        == 1
    )


def test_cut_ambiguity_counts_the_complete_titles_a_cut_title_could_be():
    titles = [
        "cable mao zedong to stalin 1 may 1949",
        "cable mao zedong to stalin 2 may 1949",
        "cable mao zedong to stalin",
        "cable mao zedong to stalinist",  # not "stalin" followed by more words
        "cable mao zedong to stali",  # the cut-off ones: their complete words are what counts
        "cable mao zedong to stalin 1 m",
        "cable mao zedo",
        "telegram",
    ]
    cut = np.array([False, False, False, False, True, True, True, True])
    got = cut_ambiguity(titles, cut)
    assert np.isnan(got[:4]).all()
    assert got[4:].tolist() == [4.0, 1.0, 4.0, 4.0]  # "telegram": no complete words, any title


def test_a_cut_title_shared_by_many_documents_says_less():
    full = "Record of a Meeting Between Soong and Stalin, {} July 1945"
    pages = [f"June 5, 1944\n\n{full.format(day)}\n" for day in (1, 2, 3, 4, 5, 6)]
    entries = [listing.read(text, source=f"p{i}")[0] for i, text in enumerate(pages)]
    cut = listing.read("June 5, 1944\n\nRecord of a Meeting Between Soong and Stalin, 1…\n", source="c")[0]
    e = explain(entries[0], cut)
    parts = {c.comparison: (c.value, c.level) for c in e.contributions}
    assert parts["cut_ambiguity"] == (1.0, "one document")
    matches = match([*entries, cut])
    levels = {
        c.level
        for pair in matches
        if "c:3" in (pair.a, pair.b)
        for c in pair.contributions
        if c.comparison == "cut_ambiguity"
    }
    assert levels == {"many"}  # six complete titles begin with the cut one's words
    # the six are vetoed against each other (their days differ), so the cut title joins one
    docs = documents(matches)
    assert docs.count == 6


def test_candidates_are_blocked_not_all_pairs(sample_entries):
    prep = prepare(sample_entries)
    pairs = candidates(prep)
    n = len(prep)
    assert 0 < len(pairs) <= 10 * n  # a bounded number per entry, not n * (n - 1) / 2
    assert (pairs[:, 0] < pairs[:, 1]).all()
    truth = {frozenset(p[:2]) for p in TRUTH["same"]}
    got = {frozenset((prep.entries[a].id, prep.entries[b].id)) for a, b in pairs}
    assert truth <= got


def test_oversized_blocks_fall_back_to_sorted_neighbourhood():
    text = "\n\n".join(f"June 5, 1944\n\nCable, Mao Zedong to Stalin\n\nSummary {i}" for i in range(30))
    entries = [e for p in range(3) for e in listing.read(text, source=f"p{p}")]
    model = Model(blocking=(BlockingRule("same title", "title", max_block=10, window=3),))
    prep = prepare(entries)
    pairs = candidates(prep, model)
    assert len(pairs) <= len(prep) * 3
    # identical entries sort next to each other, so their pairs survive
    ids = {(prep.entries[a].id, prep.entries[b].id) for a, b in pairs}
    assert ("p0:3", "p1:3") in ids and ("p1:3", "p2:3") in ids


def test_unknown_blocking_key_is_a_lacuna_error(sample_entries):
    from lacuna.errors import LacunaError

    with pytest.raises(LacunaError, match="unknown key"):
        candidates(prepare(sample_entries), Model(blocking=(BlockingRule("x", "soundex"),)))


# ----------------------------------------------------------------------------- properties

WORDS = ["Cable", "No.", "Mao", "Zedong", "Stalin", "Filippov", "[Stalin]", "to", "from", "Kovalev", "on"]
_titles = st.lists(
    st.one_of(st.sampled_from(WORDS), st.integers(1, 99999).map(str), st.sampled_from(["October", "May"])),
    min_size=1,
    max_size=8,
).map(" ".join)
_entry = st.builds(
    lambda t, s, cut, day, page: (t + ("…" if cut else ""), s, day, page),
    _titles,
    st.one_of(st.none(), _titles),
    st.booleans(),
    st.one_of(st.none(), st.integers(1, 28)),
    st.integers(0, 2),
)


def _entries(specs) -> list[Entry]:
    out = []
    for i, (title, summary, day, page) in enumerate(specs):
        date = PartialDate(1949, 6, day) if day else PartialDate(1949)
        out.append(
            Entry(
                id=f"p{page}:{i}",
                source=f"p{page}",
                line=i,
                date=date,
                date_text=date.iso,
                title=title,
                summary=summary,
                truncated=title.endswith("…"),
            )
        )
    return out


@settings(max_examples=60, deadline=None)
@given(st.lists(_entry, min_size=2, max_size=12))
def test_every_comparison_is_symmetric(specs):
    prep = prepare(_entries(specs))
    ia, ib = np.triu_indices(len(prep), 1)
    for c in DEFAULT_MODEL.comparisons:
        forward = comparison_values(c, prep, ia, ib)
        backward = comparison_values(c, prep, ib, ia)
        np.testing.assert_array_equal(forward, backward, err_msg=c.name)


@settings(max_examples=40, deadline=None)
@given(st.lists(_entry, min_size=2, max_size=12), st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_input_order(specs, rnd):
    entries = _entries(specs)
    shuffled = entries[:]
    rnd.shuffle(shuffled)
    a = documents(match(entries))
    b = documents(match(shuffled))
    assert dict(zip((e.id for e in a.entries), a.cluster, strict=True)) == dict(
        zip((e.id for e in b.entries), b.cluster, strict=True)
    )


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(sorted(TRUTH["pages"])), st.randoms(use_true_random=False))
def test_a_duplicated_page_adds_no_new_documents(corpus, name, rnd):
    entries: list[Entry] = []
    for page in sorted(TRUTH["pages"]):
        entries += listing.read_file(corpus / page, source=page)
    copy = list(listing.read_file(corpus / name, source="copy-of-" + name))
    rnd.shuffle(copy)
    before = documents(match(entries))
    after = documents(match(entries + copy))
    assert after.count == before.count
    cluster_of = dict(zip((e.id for e in after.entries), after.cluster, strict=True))
    for e in copy:
        assert cluster_of[e.id] == cluster_of[f"{name}:{e.line}"]
