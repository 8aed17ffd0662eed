"""Collation through a variant graph: hand-made witnesses, the table invariant, outputs, CLI."""

from __future__ import annotations

import csv
import io
import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import lacuna
from conftest import run_cli
from lacuna.collate import (
    GAP_KEY,
    align_keys,
    apparatus,
    collate,
    collatex_json,
    diff,
    dot,
    restorations,
    side_by_side,
    table_csv,
    tei,
    tokenize,
)
from lacuna.collate.align import Keys

ROOT = Path(__file__).resolve().parent.parent

# The Petrov paragraph with two gaps, and hand-typed witnesses where they are filled.
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


def grid(al):
    """The table as rows of words (as read), '-' for an empty cell."""
    return [
        [al.tokens[w][al.cells[w][k]].text if al.cells[w][k] >= 0 else "-" for w in range(len(al.sigla))]
        for k in range(al.n_columns)
    ]


def keys(tokens):
    return [t.key for t in tokens]


# -- the failing examples of issue 14 ------------------------------------------------------


def test_overlapping_differences_lose_no_word():
    al = collate(["a b c d e f", "x y z d e", "a b x y z"], sigla=["a", "b", "c"])
    assert grid(al) == [
        ["a", "-", "a"],
        ["b", "-", "b"],
        ["c", "x", "x"],
        ["-", "y", "y"],
        ["-", "z", "z"],
        ["d", "d", "-"],
        ["e", "e", "-"],
        ["f", "-", "-"],
    ]


def test_witnesses_are_aligned_with_each_other_not_only_the_base():
    al = collate(["a", "b", "a b"], sigla=["A", "B", "C"])
    assert grid(al) == [["a", "-", "a"], ["-", "b", "b"]]


def test_a_later_witness_does_not_move_an_earlier_agreement():
    al = collate(["aa bb cc dd ee ff", "aa bb ex ff", "aa bb cc ee ff"], sigla=["A", "B", "C"])
    assert grid(al) == [
        ["aa", "aa", "aa"],
        ["bb", "bb", "bb"],
        ["cc", "ex", "cc"],
        ["dd", "-", "-"],
        ["ee", "-", "ee"],
        ["ff", "ff", "ff"],
    ]


def test_a_phrase_changed_in_one_witness_keeps_the_others_agreement():
    al = collate(["the quick brown fox", "the quick brown dog", "the slow red fox"], sigla=["A", "B", "C"])
    assert grid(al) == [
        ["the", "the", "the"],
        ["quick", "quick", "slow"],
        ["brown", "brown", "red"],
        ["fox", "dog", "fox"],
    ]
    assert [al.kind(k, k + 1) for k in range(4)] == ["agree", "replace", "replace", "replace"]
    # "quick brown": A and B share one reading (the same group), C another
    assert al.patterns[1] == (0, 0, 1) and al.patterns[3] == (0, 1, 0)


def test_the_base_is_a_choice():
    al = collate(["a b c d e f", "x y z d e", "a b x y z"], sigla=["a", "b", "c"], base="b")
    assert al.base == 1
    # a's and c's "a b" are still one reading, though the graph starts from b
    rows = grid(al)
    assert ["a", "-", "a"] in rows and ["b", "-", "b"] in rows
    assert [r for r in rows if r[1] == "x"] == [["c", "x", "x"]]
    with pytest.raises(ValueError, match="no witness"):
        collate(["a", "b"], sigla=["a", "b"], base="z")


# -- THE invariant -----------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "the",
        "USSR",
        "China",
        "[no]",
        "[word off the page]",
        "talks",
        "[?are?]",
        "of",
        "Zhang",
        "A[ndrei]",
        "Filippov [Stalin]",
        "x[1]",
        ",",
        "Mao Tse-tung",
        "Mao Zedong",
        "31 March 1956",
    ]
)
TEXTS = st.lists(WORDS, max_size=18).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4), st.integers(0, 3), st.integers(0, 20))
def test_every_witness_reads_across_the_table_exactly(texts, base, limit):
    base = base % len(texts)
    al = collate(texts, base=base, transposition_limit=limit)
    for w, toks in enumerate(al.tokens):
        cells = [al.cells[w][k] for k in range(al.n_columns) if al.cells[w][k] >= 0]
        assert cells == list(range(len(toks)))  # its tokens, in order, each in one cell
        assert keys(toks) == keys(tokenize(lacuna.parse(texts[w])))
    data = json.loads(collatex_json(al))
    for w, text in enumerate(texts):
        if al.tokens[w]:
            assert "".join(t["t"] for col in data["table"] for t in col[w]) == text
    segmented = json.loads(collatex_json(al, segmented=True))
    assert [[t["n"] for col in segmented["table"] for t in col[w]] for w in range(len(texts))] == [
        [t["n"] for col in data["table"] for t in col[w]] for w in range(len(texts))
    ]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.integers(0, 5), max_size=20), min_size=1, max_size=5))
def test_graph_paths_rise_in_rank(seqs):
    from lacuna.collate import VariantGraph

    g = VariantGraph()
    for s in seqs:
        g.add(s, transposition_limit=10)
    rank = g.ranks()
    for s, path in zip(seqs, g.paths, strict=True):
        assert [g.keys[v] for v in path] == s
        assert all(rank[a] < rank[b] for a, b in itertools.pairwise(path))
    assert sorted(g.order) == sorted({v for p in g.paths for v in p})


# -- tokens ---------------------------------------------------------------------------------


def test_tokens_carry_status_and_offsets():
    text = "there are [no] reasons [?are awaiting?] Filippov [Stalin] [word off the page] x[1] [Note: y z]"
    doc = lacuna.parse(text)
    toks = tokenize(doc)
    assert [(t.text, t.status, text[t.start : t.end]) for t in toks] == [
        ("there", "plain", "there"),
        ("are", "plain", "are"),
        ("no", "supplied", "[no]"),
        ("reasons", "plain", "reasons"),
        ("are", "uncertain", "are"),
        ("awaiting", "uncertain", "awaiting"),
        ("Filippov", "plain", "Filippov"),
        ("[word off the page]", "gap", "[word off the page]"),
        ("x", "plain", "x"),
    ]
    assert toks[6].glosses == ("Stalin",)  # a gloss annotates its word, it is no word of the text
    assert toks[7].info is not None and toks[7].info.unit == "word"
    with_notes = [(t.text, t.status) for t in tokenize(doc, notes=True)]
    assert ("1", "note") in with_notes and ("z", "note") in with_notes


def test_supplied_letters_join_their_word():
    text = "A[ndrei] assume[d] the Soviet-[Chinese] talks"
    toks = tokenize(lacuna.parse(text))
    assert [(t.text, t.key, t.status, text[t.start : t.end]) for t in toks] == [
        ("Andrei", "andrei", "partial", "A[ndrei]"),
        ("assumed", "assumed", "partial", "assume[d]"),
        ("the", "the", "plain", "the"),
        ("Soviet-Chinese", "soviet-chinese", "partial", "Soviet-[Chinese]"),
        ("talks", "talks", "plain", "talks"),
    ]
    al = collate([text, "Andrei assumed the Soviet-Chinese talks"])
    assert not any(al.is_variant(k) for k in range(al.n_columns))


def test_gloss_is_not_a_word_of_the_text():
    al = collate(["Filippov [Stalin] agreed", "Filippov agreed"])
    assert grid(al) == [["Filippov", "Filippov"], ["agreed", "agreed"]]
    assert not al.variants()


def test_multi_word_keys_and_dates_apply_across_words():
    a = "Mao Tse-tung wrote on 31 March 1956 to Cde. Filipov"
    b = "Mao Zedong wrote on March 31, 1956 to comrade Filippov"
    ta, tb = tokenize(lacuna.parse(a)), tokenize(lacuna.parse(b))
    assert keys(ta) == keys(tb) == ["mao", "zedong", "wrote", "on", "1956-03-31", "to", "comrade", "filippov"]
    assert [t.text for t in ta] == [
        "Mao",
        "Tse-tung",
        "wrote",
        "on",
        "31 March 1956",
        "to",
        "Cde.",
        "Filipov",
    ]
    al = collate([a, b])
    assert not al.variants()
    # the table shows what each witness wrote
    assert grid(al)[4] == ["31 March 1956", "March 31, 1956"]
    # without the dates step the dates differ
    al = collate([a, b], steps="casefold")
    assert [c.readings[0].text for c in al.variants()][:1] == ["Tse-tung"]


def test_note_describing_a_gap_is_a_gap_placeholder():
    doc = lacuna.parse(
        "Soviet-Chinese [Translator's note: one word off the page in the left margin] in Xinjiang"
    )
    assert keys(tokenize(doc)) == ["soviet-chinese", GAP_KEY, "in", "xinjiang"]


def test_keys_are_normalised():
    toks = tokenize(lacuna.parse("Savel’yev URUMCHI ﬁne"))
    same = tokenize(lacuna.parse("Savel'yev urumchi fine"))
    assert keys(toks) == keys(same)
    assert toks[2].key == "fine"


def test_conventions_change_the_tokens(tmp_path):
    from lacuna.conventions import Conventions

    path = tmp_path / "conv.toml"
    path.write_text('[exact]\n"blue" = "editor_note"\n', encoding="utf-8")
    # by default [blue] is a supplied word; under these conventions a note, not a word
    # ([smudge] is a note by default: it describes a mark on the page, rule image_described)
    assert [c.kind for c in collate(["a [blue] b", "a b"]).variants()] == ["delete"]
    assert collate(["a [blue] b", "a b"], conventions=Conventions.load(path)).variants() == []


# -- diff (two witnesses) ------------------------------------------------------------------


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


@settings(max_examples=150, deadline=None)
@given(TEXTS, TEXTS)
def test_diff_applies(a, b):
    d = diff(a, b)
    rebuilt: list[str] = []
    ia = ib = 0
    for e in d.edits:
        assert (e.a_start, e.b_start) == (ia, ib)
        ia, ib = e.a_end, e.b_end
        if e.op == "equal":
            assert keys(d.tokens_a[e.a_start : e.a_end]) == keys(d.tokens_b[e.b_start : e.b_end])
        rebuilt += keys(d.tokens_b[e.b_start : e.b_end])
    assert (ia, ib) == (len(d.tokens_a), len(d.tokens_b))
    assert rebuilt == keys(d.tokens_b)


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


def _lcs_length(a, b):
    # the textbook dynamic programme, written out here as the independent check
    prev = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(prev[j] + 1 if x == y else max(prev[j + 1], row[j]))
        prev = row
    return prev[-1]


def _kept(ops):
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=30), st.lists(st.integers(0, 4), max_size=30))
def test_align_keys_is_minimal_whichever_witness_comes_first(a, b):
    # the fewest words inserted and deleted: as many kept equal as the longest common
    # subsequence, and the same number when the witnesses are swapped
    assert _kept(align_keys(a, b)) == _lcs_length(a, b) == _kept(align_keys(b, a))


@pytest.mark.parametrize(
    ("a", "b", "kept"),
    [
        # "aloud" occurs once in each and anchored alone it cost "the note" (3 kept, not 4)
        ("he read the note aloud", "he read aloud the note note", 4),
        # "met" anchored alone cost "the envoy" in both orders
        ("the minister the envoy met", "the minister met the envoy the envoy", 4),
    ],
)
def test_repeated_words_keep_the_longest_common_run(a, b, kept):
    keys = Keys()
    ka, kb = keys(a.split()), keys(b.split())
    assert _kept(align_keys(ka, kb)) == kept == _kept(align_keys(kb, ka))


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


def test_graph_work_grows_linearly():
    import random

    from lacuna.collate import VariantGraph

    def work(n):
        rnd = random.Random(3)
        base = [rnd.randrange(3000) for _ in range(n)]
        g = VariantGraph()
        g.add(base)
        for _ in range(2):
            w = list(base)
            for _ in range(n // 100):
                k = rnd.randrange(len(w))
                w[k : k + 3] = [rnd.randrange(3000)]
            g.add(w)
        return g.work

    small, big = work(5_000), work(20_000)
    assert big < 4 * small * 1.5


# -- restorations ---------------------------------------------------------------------------


def test_restoration_candidate_is_exactly_the_other_witness_words():
    got = [
        (r.text, r.words, r.alone, r.fit, PARA_A[r.gap_start : r.gap_end])
        for r in restorations(PARA_A, PARA_B)
    ]
    assert got == [
        ("close", 1, True, "agrees", '[word off the page, possible "close"]'),
        ("conversations", 1, True, "agrees", "[word off the page]"),
    ]
    got = [(r.text, r.words, r.conflicting) for r in restorations(PARA_A, PARA_C)]
    assert got == [("good", 1, False), ("talks on matters", 3, True)]


def test_every_witness_gaps_get_candidates_naming_both_witnesses():
    al = collate(
        [
            "he met [2 words missing] in Urumchi",
            "he met the consul in [word missing]",
            "he met Savel'yev in Urumchi",
        ],
        sigla=["A", "B", "C"],
    )
    got = [(r.gap_witness, r.witness, r.text, r.fit, r.conflicting) for r in al.restorations]
    assert got == [
        ("A", "B", "the consul", "agrees", False),
        ("A", "C", "Savel'yev", "conflicts", True),
        ("B", "A", "Urumchi", "agrees", False),
        ("B", "C", "Urumchi", "agrees", False),
    ]


def test_gap_in_both_witnesses_is_no_candidate():
    assert restorations("a [word missing] b", "a [one word missing] b") == []


# -- transpositions -------------------------------------------------------------------------


def test_a_moved_phrase_is_one_transposition():
    al = collate(["the quick brown fox jumps", "the fox jumps quick brown"], sigla=["A", "B"])
    (t,) = al.transpositions
    assert (al.sigla[t.witness], t.start, t.end) == ("B", 3, 5)
    here, there = al.transposition_columns(t)
    assert [grid(al)[k][1] for k in range(*here)] == ["quick", "brown"]
    assert [grid(al)[k][0] for k in range(*there)] == ["quick", "brown"]
    data = apparatus(al)
    assert [(x["witness"], x["text"]) for x in data["transpositions"]] == [("B", "quick brown")]
    assert {e["kind"] for e in data["entries"]} == {"transposition"}


def test_transposition_limit():
    far = " ".join(f"w{k}" for k in range(30))
    a = f"alpha beta {far} omega"
    b = f"{far} alpha beta omega"
    assert len(collate([a, b], transposition_limit=50).transpositions) == 1
    assert collate([a, b], transposition_limit=10).transpositions == ()
    assert collate([a, b], transposition_limit=0).transpositions == ()


# -- outputs ----------------------------------------------------------------------------------


def test_apparatus_json_kinds():
    al = collate(["a b c d", "a x c d e", "a c d"], sigla=["A", "B", "C"])
    data = apparatus(al)
    assert list(data) == [
        "format",
        "version",
        "base",
        "witnesses",
        "entries",
        "transpositions",
        "restorations",
    ]
    got = [
        (e["kind"], e["lemma"]["text"], [(r["witness"], r["kind"], r["text"]) for r in e["readings"]])
        for e in data["entries"]
    ]
    assert got == [
        ("replace", "b", [("B", "replace", "x"), ("C", "delete", "")]),
        ("insert", "", [("B", "insert", "e"), ("C", "agree", "")]),
    ]


def test_apparatus_of_gaps_and_sources():
    al = collate([PARA_A, PARA_B], sigla=["A", "B"])
    data = json.loads(json.dumps(apparatus(al)))
    entry = data["entries"][0]
    assert entry["lemma"]["source"] == '[word off the page, possible "close"]'
    assert entry["lemma"]["statuses"] == ["gap"]
    assert entry["readings"] == [
        {
            "witness": "B",
            "kind": "replace",
            "text": "close",
            "source": "close",
            "tokens": [7, 8],
            "offsets": [PARA_B.index("close"), PARA_B.index("close") + 5],
            "statuses": ["plain"],
        }
    ]
    assert [(r["gap_witness"], r["text"]) for r in data["restorations"]] == [
        ("A", "close"),
        ("A", "conversations"),
    ]


def test_collatex_table_shape():
    al = collate(["The cat, sat.", "The dog sat."], sigla=["A", "B"])
    data = json.loads(collatex_json(al))
    assert data == {
        "witnesses": ["A", "B"],
        "table": [
            [[{"t": "The ", "n": "the"}], [{"t": "The ", "n": "the"}]],
            [[{"t": "cat, ", "n": "cat"}], [{"t": "dog ", "n": "dog"}]],
            [[{"t": "sat.", "n": "sat"}], [{"t": "sat.", "n": "sat"}]],
        ],
    }


def test_side_by_side_reads_down_to_each_witness_and_keeps_sigla_whole():
    long = "a-very-long-siglum-that-is-longer-than-the-column.txt"
    al = collate([PARA_A, PARA_C], sigla=[long, "C"])
    table = side_by_side(al, width=20)
    lines = table.splitlines()
    head = [line for line in lines if "│" in line and not line.startswith(("≠", "+", "↔"))][:3]
    assert "".join(line[2:].split("│")[0].strip() for line in head) == long
    assert sum(1 for line in lines if line.startswith("≠")) == 3
    body = lines[lines.index(next(line for line in lines if line.startswith("──"))) + 1 :]
    for w, text in enumerate([PARA_A, PARA_C]):
        cells = [([*line[2:].split("│"), ""])[w].strip() for line in body]
        assert " ".join(c for c in cells if c).split() == text.split()


def test_side_by_side_keeps_a_gloss_in_the_row_of_its_word():
    # The Wilson Center's two printings of Vyshinsky's cable No. 8600 (14 May 1950): one
    # adds the signature VYSHINSKY after a glossed phrase both have. The gloss belongs to
    # "fulfillment" in both columns, not to the words the second printing adds.
    a = "Telegraph the fulfillment [ispolneniie telegraf’te].\n5 copies\n"
    b = "Telegraph the fulfillment [ispolneniie telegraf’te].\nVYSHINSKY\n5 copies\n"
    rows = side_by_side(collate([a, b], sigla=["A", "B"]), width=60).splitlines()[2:]
    cells = [[c.strip() for c in row[2:].split("│")] for row in rows]
    assert cells == [
        [
            "Telegraph the fulfillment [ispolneniie telegraf’te].",
            "Telegraph the fulfillment [ispolneniie telegraf’te].",
        ],
        ["", "VYSHINSKY"],
        ["5 copies", "5 copies"],
    ]
    assert rows[1].startswith("+")
    # a note reference after the last word of a differing row stays with that word
    rows = side_by_side(collate(["his relatives [4] 3. The group", "his relations. 3. The group"]), width=30)
    assert "≠ relatives [4]" in rows


def test_csv_rows():
    al = collate(["a b", "a c"], sigla=["A", "B"])
    rows = list(csv.reader(io.StringIO(table_csv(al))))
    assert rows == [["column", "kind", "A", "B"], ["0", "agree", "a", "a"], ["1", "replace", "b", "c"]]


def test_dot_graph():
    out = dot(collate(["a b", "a c"], sigla=["A", "B"]))
    assert out.startswith("digraph variants {") and out.rstrip().endswith("}")
    assert 'start -> n0 [label="A, B"];' in out
    assert out.count('[label="b"]') == 1 and out.count('[label="c"]') == 1


def test_tei_parallel_segmentation():
    al = collate(["a b [c] d.", "a x c d.", "a b c d!"], sigla=["A", "B", "C"])
    root = etree.fromstring(tei(al).encode())
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    apps = root.findall(".//t:app", ns)
    got = [[(el.tag.split("}")[1], el.get("wit"), el.text) for el in app] for app in apps]
    assert got == [
        [("lem", "#w1 #w3", "b "), ("rdg", "#w2", "x ")],
        [("lem", "#w1", "[c] "), ("rdg", "#w2 #w3", "c ")],
        [("lem", "#w1 #w2", "d."), ("rdg", "#w3", "d!")],
    ]
    assert [a.get("type") for a in apps] == [None, "orthographic", "punctuation"]


TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _tei_text(root, wit: str) -> str:
    """One witness's text read from a parallel-segmentation TEI: the text outside the apps
    and its own reading inside each (line breaks are <lb/> + a newline in the tail)."""
    out: list[str] = []

    def walk(el):
        tag = etree.QName(el).localname
        if tag == "app":
            for rdg in el:
                if wit in rdg.get("wit", "").split():
                    walk_inner(rdg)
        elif tag == "g":
            out.append("?")
        elif tag != "lb":
            walk_inner(el)
        if el.tail:
            out.append(el.tail)

    def walk_inner(el):
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)

    walk_inner(root.find(".//t:body/t:p", TEI_NS))
    return "".join(out)


@settings(max_examples=60, deadline=None)
@given(st.lists(TEXTS.filter(lambda t: t.strip()), min_size=2, max_size=3), st.integers(0, 2))
def test_tei_gives_each_witness_back(texts, base):
    base = base % len(texts)
    al = collate(texts, base=base)
    root = etree.fromstring(tei(al).encode())
    for w, text in enumerate(texts):
        if al.tokens[w]:
            assert _tei_text(root, f"#w{w + 1}").split() == text.split()


@settings(max_examples=80, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=4))
def test_restorations_are_the_other_witness_words(texts):
    al = collate(texts, sigla=[f"W{k}" for k in range(len(texts))])
    for r in al.restorations:
        w, o = int(r.gap_witness[1:]), int(r.witness[1:])
        assert al.witnesses[w].text[r.gap_start : r.gap_end].startswith("[")
        words = [t for t in al.tokens[o] if r.start <= t.start and t.end <= r.end and t.status != "gap"]
        assert " ".join(t.text for t in words) == r.text and len(words) == r.words
        assert r.conflicting == (r.fit == "conflicts")


def _schema() -> Path | None:
    for base in (ROOT.parent / "shared", Path("/work/shared")):
        path = base / "schemas" / "tei_all.rng"
        if path.is_file():
            return path
    return None


def test_tei_is_valid_under_tei_all(tmp_path):
    jing, schema = shutil.which("jing"), _schema()
    if jing is None or schema is None:
        pytest.skip("jing or the tei_all schema is not available")
    sample = (ROOT / "corpus" / "document-petrov-zhang-1947.txt").read_text(encoding="utf-8")
    other = sample.replace("reported", "said").replace("[word off the page]", "talks", 1) + "\x01"
    moved = "Xinjiang problems. " + PARA_A.replace("Xinjiang problems.", "")
    paths = []
    for k, ws in enumerate([(sample, other), (PARA_A, PARA_B, PARA_C), (PARA_A, moved)]):
        path = tmp_path / f"c{k}.xml"
        path.write_text(tei(collate(list(ws))), encoding="utf-8")
        paths.append(path)
    proc = subprocess.run([jing, str(schema), *map(str, paths)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout[:3000]


# -- CLI --------------------------------------------------------------------------------------


def run(*args):
    return run_cli(*args, text=True)


def test_cli(tmp_path):
    pa, pb, pc = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    pa.write_text(PARA_A, encoding="utf-8")
    pb.write_text(PARA_B, encoding="utf-8")
    pc.write_text(PARA_C, encoding="utf-8")
    code, out, err = run("collate", str(pa), str(pb))
    assert code == 0, err
    assert err == ""  # no progress bar when stderr is not a terminal
    assert sum(1 for line in out.splitlines() if line.startswith("≠")) == 2
    code, out, err = run("collate", str(pa), str(pb), "--progress", "-f", "csv")
    assert code == 0 and "/6 [" in err and out.startswith("column,kind,")  # a bar on demand, on stderr
    code, out, err = run("collate", str(pa), str(pb), "--format", "json")
    assert code == 0, err
    assert [r["text"] for r in json.loads(out)["restorations"]] == ["close", "conversations"]
    code, out, err = run("collate", str(pa), str(pb), str(pc), "-f", "collatex", "--base", str(pc))
    assert code == 0, err
    data = json.loads(out)
    assert data["witnesses"] == [str(pa), str(pb), str(pc)]
    assert "".join(t["t"] for col in data["table"] for t in col[2]) == PARA_C
    for fmt in ("tei", "dot", "csv", "jsonl"):
        code, out, err = run("collate", str(pa), str(pb), "-f", fmt)
        assert code == 0 and out, (fmt, err)
    out_path = tmp_path / "table.csv"
    code, out, err = run("collate", str(pa), str(pb), "-f", "csv", "-o", str(out_path))
    assert code == 0 and out == "", err
    rows = list(csv.reader(io.StringIO(out_path.read_text(encoding="utf-8"))))
    assert rows[0] == ["column", "kind", str(pa), str(pb)]
    assert rows[8] == ["7", "replace", '[word off the page, possible "close"]', "close"]
    code, _, err = run("collate", str(pa))
    assert code == 2 and "at least two" in err
    code, _, err = run("collate", str(pa), str(pb), "--base", "nope")
    assert code == 2 and "--base" in err
    code, _, err = run("collate", str(pa), str(pb), "--steps", "nope")
    assert code == 2 and "unknown normalisation step" in err


def test_names_step_keys_each_name_by_its_romanisation():
    a = "Cde. Khrushchev met Chou En-lai and Kim Il Sung in Moscow."
    b = "Comrade Khrushchov met Zhou Enlai and Kim Il-song in Moscow."
    assert [c.readings[0].text for c in collate([a, b]).variants()] == ["Il", "Sung"]
    steps = "nfkc,quotes,dashes,transliteration,dates,casefold,names"
    al = collate([a, b], steps=steps)
    assert not al.variants()
    assert [t.text for t in al.tokens[0]][3:4] == ["Chou En-lai"]  # one token, as written
    with pytest.raises(lacuna.LacunaError if hasattr(lacuna, "LacunaError") else Exception, match="unknown"):
        collate([a, b], steps="casefold,nope")


# -- linear work on hostile and large inputs (counted, not timed) ---------------------------

_HOSTILE = {
    "same": lambda n: ["the cat sat on the mat. " * n] * 2,
    "line-breaks": lambda n: ["a\n" * n, "a\n" * n + "b"],
    "notes": lambda n: ["[Note: x] y " * n, "y " * n],
    "repeated-moves": lambda n: ["a b c d " * n, "b a d c " * n],
    "supplied-letters": lambda n: ["A[ndrei] " * n, "Andrei " * n],
}


@pytest.mark.pure_python
@pytest.mark.parametrize("make", list(_HOSTILE.values()), ids=list(_HOSTILE))
def test_collation_and_its_outputs_do_linear_work(make):
    from conftest import assert_linear

    def everything(texts):
        al = collate(texts)
        return [side_by_side(al), tei(al), dot(al), collatex_json(al), table_csv(al), apparatus(al)]

    assert_linear(everything, make, 200)


def test_a_long_stretch_without_anchors_keeps_memory_linear():
    # Review47: 60,000 words a side drawn from 60 keys, so no key occurs once in each and the
    # whole middle is one stretch between no anchors. Indel.opcodes keeps its n·m/64-word bit
    # matrix (some 450 MB here, out of tracemalloc's sight: rapidfuzz allocates in C++); the
    # stretch must go to Hirschberg instead. Peak RSS of a fresh process, before and after.
    import subprocess
    import sys

    script = (
        "import random, resource\n"
        "from lacuna.collate.align import align_keys\n"
        "rnd = random.Random(47)\n"
        "a = [rnd.randrange(60) for _ in range(60_000)]\n"
        "b = [rnd.randrange(60) for _ in range(60_000)]\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "ops = align_keys(a, b)\n"
        "assert ops[0][1] == 0 and ops[-1][2] == len(a) and ops[-1][4] == len(b)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    src = str(ROOT / "src")
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "PYTHONPATH": src},
    )
    grown_kb = int(out.stdout.split()[-1])
    assert grown_kb < 100_000, f"peak grew by {grown_kb} KB"
