"""End-to-end collation (parse + align + table) of big witnesses, beside difflib and CollateX.

Cases (one run each, process CPU time; each case runs in a fresh child process so its peak
RSS is its own):

* ``3x50k``: three witnesses of ~50,000 tokens: A built from the sample document's words
  and bracket spans (see ``build_varied``), B and C each A with 2 % of its words changed,
  deleted or doubled and half its gaps filled (``mutate``), independently;
* ``2x2MB``: two witnesses of ~2 MB (B = mutated A).

"lacuna" is ``lacuna.parse`` of every witness + ``collate`` + ``collatex_json`` (the full
alignment table as CollateX JSON, made a column at a time as ``lacuna collate -f collatex``
writes it). The baselines, in the same run: ``difflib`` is
``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()`` of each non-base
witness's token keys against the base's (alignment only, so a lower bound of what a
difflib-based collation costs), with a CPU-time limit; ``collatex`` is the ``collatex``
PyPI package (``collate(..., output="json")`` on plain-text witnesses) at the largest of
``--collatex-sizes`` tokens it finishes within its limit, beside lacuna on the same texts.

Targets (issue 14): 3x50k ≤ 5 s; 2x2MB ≤ 10 s and ≤ 300 MB peak.

Usage: python bench/collate.py [--difflib-limit 60] [--collatex-limit 60] [--collatex-sizes 250,1000,4000]
"""

from __future__ import annotations

import argparse
import difflib
import multiprocessing as mp
import random
import re
import resource
import sys
import time
from pathlib import Path

import lacuna
from lacuna.collate import collate, collatex_lines, tokenize

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "document-petrov-zhang-1947.txt"
SPAN = re.compile(r"\[[^\[\]]*\]")
WORD = re.compile(r"[^\s\[\]]+")
SUFFIXES = [
    a + b
    for a in ("", "ov", "in", "sk", "ar", "el")
    for b in ("a", "o", "y", "ii", "ek", "ur", "an", "ei", "um", "is")
]


def build_varied(size: int, rng: random.Random) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    body = SPAN.sub(" ", text)
    words = WORD.findall(body)
    spans = SPAN.findall(text)
    per_word = len(spans) / len(words)
    out: list[str] = []
    total = 0
    while total < size:
        for _ in range(12):
            w = rng.choice(words)
            if rng.random() < 1 / 3:
                w += rng.choice(SUFFIXES)
            out.append(w)
            total += len(w) + 1
            if rng.random() < per_word:
                out.append(rng.choice(spans))
                total += len(out[-1]) + 1
        out.append("\n\n" if rng.random() < 0.08 else "")
    return " ".join(out)


def build_repeat(size: int, rng: random.Random) -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    return (text * (size // len(text) + 1))[:size]


def mutate(text: str, rng: random.Random) -> str:
    """Change 2 % of the words outside brackets; fill half of the gaps with a word."""
    out: list[str] = []
    pos = 0
    for m in SPAN.finditer(text):
        out.append(_mutate_words(text[pos : m.start()], rng))
        span = m.group()
        gap = "missing" in span or "off the page" in span
        out.append("restored" if gap and rng.random() < 0.5 else span)
        pos = m.end()
    out.append(_mutate_words(text[pos:], rng))
    return "".join(out)


def _mutate_words(stretch: str, rng: random.Random) -> str:
    out: list[str] = []
    for piece in re.split(r"(\s+)", stretch):
        r = rng.random() if piece and not piece.isspace() and "[" not in piece and "]" not in piece else 1.0
        if r < 0.007:
            out.append("variant")
        elif r < 0.014:
            out.append("")
        elif r < 0.02:
            out.append(piece + " " + piece)
        else:
            out.append(piece)
    return "".join(out)


def witnesses(case: str) -> list[str]:
    rng = random.Random(1947)
    if case == "3x50k":
        a = build_varied(375_000, rng)
        return [a, mutate(a, rng), mutate(a, rng)]
    if case == "2x2MB":
        a = build_varied(2_000_000, rng)
        return [a, mutate(a, rng)]
    n = int(case.split(":")[1])  # "words:N": three witnesses of about N words
    a = build_varied(n * 6, rng)
    return [a, mutate(a, rng), mutate(a, rng)]


def _lacuna_child(case: str, conn) -> None:  # type: ignore[no-untyped-def]
    texts = witnesses(case)
    t = time.process_time()
    docs = [lacuna.parse(x) for x in texts]
    t_parse = time.process_time() - t
    al = collate(docs)
    t_align = time.process_time() - t - t_parse
    out = sum(len(line) for line in collatex_lines(al))  # as the CLI writes it, a column a line
    total = time.process_time() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send(
        (
            total,
            t_parse,
            t_align,
            total - t_parse - t_align,
            [len(x) for x in al.tokens],
            al.n_columns,
            rss,
            out,
        )
    )


def _difflib_child(case: str, limit: float, conn) -> None:  # type: ignore[no-untyped-def]
    texts = witnesses(case)
    keys = [[t.key for t in tokenize(lacuna.parse(x))] for x in texts]
    cpu = int(limit) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))  # SIGXCPU ends it past the limit
    t = time.process_time()
    for other in keys[1:]:
        difflib.SequenceMatcher(None, keys[0], other, autojunk=False).get_opcodes()
    conn.send(time.process_time() - t)


def _collatex_child(case: str, limit: float, conn) -> None:  # type: ignore[no-untyped-def]
    from collatex import Collation
    from collatex import collate as cx_collate

    texts = witnesses(case)
    cpu = int(limit) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    t = time.process_time()
    c = Collation()
    for k, x in enumerate(texts):
        c.add_plain_witness(f"W{k}", x)
    cx_collate(c, output="json")
    conn.send(time.process_time() - t)


def in_child(target, *args):  # type: ignore[no-untyped-def]
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child))
    proc.start()
    proc.join()
    return parent.recv() if parent.poll() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--difflib-limit", type=float, default=60.0, help="CPU seconds difflib may take")
    ap.add_argument("--collatex-limit", type=float, default=60.0, help="CPU seconds collatex may take")
    ap.add_argument("--collatex-sizes", default="250,1000,4000", help="words per witness tried with collatex")
    ap.add_argument("--cases", default="3x50k,2x2MB")
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}; CPU seconds, one run each, each case in a fresh process")
    print(
        f"{'case':<12} {'tokens':>22} {'columns':>8} {'parse':>6} {'align':>6} {'table':>6} "
        f"{'lacuna s':>8} {'peak MB':>8} {'difflib s':>10} {'difflib/lacuna':>15}"
    )
    for case in args.cases.split(","):
        total, tp, ta, tt, ntok, ncol, rss, _ = in_child(_lacuna_child, case)
        dl = in_child(_difflib_child, case, args.difflib_limit)
        dl_cell = f"{dl:10.2f}" if dl is not None else f">{args.difflib_limit:9.0f}"
        ratio = f"{dl / total:14.1f}x" if dl is not None else f">{args.difflib_limit / total:13.1f}x"
        toks = "/".join(str(n) for n in ntok)
        print(
            f"{case:<12} {toks:>22} {ncol:>8} {tp:>6.2f} {ta:>6.2f} {tt:>6.2f} {total:>8.2f} {rss:>8.0f} "
            f"{dl_cell} {ratio}"
        )
    try:
        import collatex  # noqa: F401
    except ImportError:
        print("collatex: not installed (pip install collatex), skipped")
        return 0
    best = None
    for words in [int(x) for x in args.collatex_sizes.split(",")]:
        case = f"words:{words}"
        cx = in_child(_collatex_child, case, args.collatex_limit)
        if cx is None:
            print(f"collatex: 3 x ~{words} words did not finish in {args.collatex_limit:.0f} CPU s")
            break
        best = (case, cx)
        lac = in_child(_lacuna_child, case)
        print(
            f"collatex 3 x ~{words} words: {cx:.2f} s; lacuna (parse+collate+table) {lac[0]:.3f} s; "
            f"collatex/lacuna {cx / lac[0]:.0f}x"
        )
    if best is None:
        print("collatex: no size finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
