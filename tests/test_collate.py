"""Markup-aware diff and collation: hand-made witnesses and properties."""

from __future__ import annotations

import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from conftest import run_cli
from lacuna.collate import (
    GAP_KEY,
    align_keys,
    apparatus,
    collate,
    diff,
    restorations,
    side_by_side,
    tokenize,
)

# The Petrov paragraph with two gaps, and a hand-typed witness where both are filled.
PARA_A = (
    'Zhang Zhizhong reported that he had established [word off the page, possible "close"] contact '
    "with the Soviet general consul in Urumchi and that General Consul Savel'yev often holds long and "
    "serious [word off the page], going far beyond the bounds of Xinjiang problems."
)
PARA_B = (
    "Zhang Zhizhong reported that he had established close contact with the Soviet general consul in "
    "Urumchi and that General Consul Savel'yev often holds long and serious conversations, going far "
    "beyond the bounds of Xinjiang problems."
)
PARA_C = (
    "Zhang Zhizhong said that he had established good contact with the Soviet general consul in "
    "Urumchi and that General Consul Savel'yev often holds long and serious talks on matters, going far "
    "beyond the bounds of Xinjiang problems."
)


def keys(tokens):
    return [t.key for t in tokens]


def test_tokens_carry_status_and_offsets():
    text = "there are [no] reasons [?are awaiting?] Filippov [Stalin] [word off the page] x[1] [Note: y z]"
    doc = lacuna.parse(text)
    got = [(t.text, t.status) for t in tokenize(doc)]
    assert got == [
        ("there", "plain"),
        ("are", "plain"),
        ("no", "supplied"),
        ("reasons", "plain"),
        ("are", "uncertain"),
        ("awaiting", "uncertain"),
        ("Filippov", "plain"),
        ("Stalin", "gloss"),
        ("[word off the page]", "gap"),
        ("x", "plain"),
    ]
    for t in tokenize(doc):
        assert text[t.start : t.end] == t.text
    with_notes = [(t.text, t.status) for t in tokenize(doc, notes=True)]
    assert ("1", "note") in with_notes and ("z", "note") in with_notes


def test_note_describing_a_gap_is_a_gap_placeholder():
    doc = lacuna.parse(
        "Soviet-Chinese [Translator's note: one word off the page in the left margin] in Xinjiang"
    )
    toks = tokenize(doc)
    assert [t.key for t in toks] == ["soviet-chinese", GAP_KEY, "in", "xinjiang"]


def test_keys_are_normalised():
    toks = tokenize(lacuna.parse("Savel’yev URUMCHI ﬁne"))
    same = tokenize(lacuna.parse("Savel'yev urumchi fine"))
    assert keys(toks) == keys(same)
    assert toks[2].key == "fine"


def test_diff_of_paragraphs():
    d = diff(PARA_A, PARA_B)
    changed = [
        (e.op, PARA_A[slice(*e.a_offsets)], PARA_B[slice(*e.b_offsets)]) for e in d.edits if e.op != "equal"
    ]
    assert changed == [
        ("replace", '[word off the page, possible "close"]', "close"),
        ("replace", "[word off the page]", "conversations"),
    ]
    data = d.to_dict()
    assert [e["op"] for e in data["edits"]] == ["equal", "replace", "equal", "replace", "equal"]
    assert data["edits"][1]["a_status"] == ["gap"] and data["edits"][1]["b_text"] == "close"


def test_restoration_candidate_is_exactly_the_other_witness_words():
    got = [(r.text, r.words, r.alone, PARA_A[r.gap_start : r.gap_end]) for r in restorations(PARA_A, PARA_B)]
    assert got == [
        ("close", 1, True, '[word off the page, possible "close"]'),
        ("conversations", 1, True, "[word off the page]"),
    ]
    got = [(r.text, r.words) for r in restorations(PARA_A, PARA_C)]
    assert got == [("good", 1), ("talks on matters", 3)]


def test_gap_in_both_witnesses_is_no_candidate():
    assert restorations("a [word missing] b", "a [one word missing] b") == []


def test_collate_three_witnesses():
    al = collate([PARA_A, PARA_B, PARA_C], sigla=["A", "B", "C"])
    variants = [(c.kind, [r.text for r in c.readings]) for c in al.variants()]
    assert variants == [
        ("base", ["reported", "reported", "said"]),
        ("base", ['[word off the page, possible "close"]', "close", "good"]),
        ("base", ["[word off the page]", "conversations", "talks on matters"]),
    ]
    # every witness's readings, read across the columns, are its tokens in order
    for w, toks in enumerate(al.tokens):
        spans = [(c.readings[w].start, c.readings[w].end) for c in al.columns]
        assert spans[0][0] == 0 and spans[-1][1] == len(toks)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_collate_insertion_column():
    al = collate(["a b c", "a x b c", "a b y c"], sigla=["A", "B", "C"])
    got = [(c.kind, c.base, [r.text for r in c.readings]) for c in al.variants()]
    assert got == [("insertion", (1, 1), ["", "x", ""]), ("insertion", (2, 2), ["", "", "y"])]


def test_apparatus_json():
    al = collate([PARA_A, PARA_B], sigla=["A", "B"])
    data = json.loads(json.dumps(apparatus(al)))
    assert list(data) == ["format", "version", "base", "witnesses", "entries", "restorations"]
    entry = data["entries"][0]
    assert entry["lemma"]["source"] == '[word off the page, possible "close"]'
    assert entry["lemma"]["statuses"] == ["gap"]
    assert entry["readings"] == [
        {
            "witness": "B",
            "text": "close",
            "source": "close",
            "tokens": [7, 8],
            "offsets": [PARA_B.index("close"), PARA_B.index("close") + 5],
            "statuses": ["plain"],
        }
    ]
    assert [r["text"] for r in data["restorations"]] == ["close", "conversations"]


def test_side_by_side_columns_read_down_to_the_witness():
    al = collate([PARA_A, PARA_C], sigla=["A", "C"])
    table = side_by_side(al, width=40)
    lines = table.splitlines()
    assert lines[0].split("│")[0].strip() == "A"
    assert sum(1 for line in lines if line.startswith("≠")) == 3
    for w, text in enumerate([PARA_A, PARA_C]):
        cells = [line[2:].split(" │ ")[w].strip() for line in lines[2:]]
        assert " ".join(c for c in cells if c).split() == text.split()


# -- properties -------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["the", "USSR", "China", "[no]", "[word off the page]", "talks", "[?are?]", "of", "Zhang"]
)
TEXTS = st.lists(WORDS, max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_diff_with_itself_is_all_equal(text):
    d = diff(text, text)
    assert all(e.op == "equal" for e in d.edits)
    assert len(d.edits) <= 1


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_diff_offsets_and_application(a, b):
    d = diff(a, b)
    ta, tb = d.tokens_a, d.tokens_b
    rebuilt: list[str] = []
    ia = ib = 0
    for e in d.edits:
        assert (e.a_start, e.b_start) == (ia, ib)
        ia, ib = e.a_end, e.b_end
        for side, toks, s, t, (cs, ce) in (
            (a, ta, e.a_start, e.a_end, e.a_offsets),
            (b, tb, e.b_start, e.b_end, e.b_offsets),
        ):
            inside = [k for k, tok in enumerate(toks) if cs <= tok.start and tok.end <= ce and tok.end > cs]
            assert inside == list(range(s, t))
            if s < t:
                assert side[cs : cs + len(toks[s].text)] == toks[s].text
                assert side[ce - len(toks[t - 1].text) : ce] == toks[t - 1].text
        if e.op == "equal":
            assert keys(ta[e.a_start : e.a_end]) == keys(tb[e.b_start : e.b_end])
            rebuilt += keys(ta[e.a_start : e.a_end])
        else:
            rebuilt += keys(tb[e.b_start : e.b_end])
    assert (ia, ib) == (len(ta), len(tb))
    assert rebuilt == keys(tb)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=40), st.lists(st.integers(0, 4), max_size=40))
def test_align_keys_covers_both_and_alternates(a, b):
    ops = align_keys(a, b)
    i = j = 0
    prev = None
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        assert (prev == "equal") != (tag == "equal") or prev is None
        prev = tag
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.lists(TEXTS, min_size=2, max_size=3), st.randoms(use_true_random=False))
def test_collate_independent_of_the_order_of_other_witnesses(base, others, rnd):
    order = list(range(len(others)))
    rnd.shuffle(order)
    sigla = [f"W{k}" for k in range(len(others))]
    al1 = collate([base, *others], sigla=["base", *sigla])
    al2 = collate([base, *[others[k] for k in order]], sigla=["base", *[sigla[k] for k in order]])

    def table(al):
        rows = []
        for c in al.columns:
            by_siglum = dict(zip(al.sigla, c.readings, strict=True))
            rows.append((c.kind, c.base, c.variant, tuple(sorted((s, r.text) for s, r in by_siglum.items()))))
        return rows

    assert table(al1) == table(al2)


def test_long_witnesses_stay_linear():
    # 60,000 tokens with scattered edits: aligns, and memory stays small (Hirschberg).
    import random
    import tracemalloc

    rnd = random.Random(7)
    a = [rnd.randrange(5000) for _ in range(60_000)]
    b = list(a)
    for _ in range(300):
        b[rnd.randrange(len(b))] = rnd.randrange(5000)
    tracemalloc.start()
    ops = align_keys(a, b)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") >= 60_000 - 300
    assert peak < 60_000 * 200  # bytes: linear, nowhere near 60,000² bits


def run(*args):
    return run_cli(*args, text=True)


def test_cli(tmp_path):
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(PARA_A, encoding="utf-8")
    pb.write_text(PARA_B, encoding="utf-8")
    code, out, err = run("collate", str(pa), str(pb))
    assert code == 0, err
    assert sum(1 for line in out.splitlines() if line.startswith("≠")) == 2
    code, out, err = run("collate", str(pa), str(pb), "--format", "json")
    assert code == 0, err
    assert [r["text"] for r in json.loads(out)["restorations"]] == ["close", "conversations"]
    code, _, err = run("collate", str(pa))
    assert code == 2 and "at least two" in err
