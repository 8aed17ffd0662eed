"""Diff time of two ~1 MB witnesses: lacuna's alignment against difflib on the same tokens.

Builds two witnesses from the sample document (corpus/document-petrov-zhang-1947.txt):

* varied: words drawn with the document's word frequencies, a third of them given one of
  60 suffixes so the vocabulary is that of a long text (tens of thousands of distinct words),
  with the document's bracket spans re-inserted at its density (≈ 6 spans/KB);
* repeat: the document itself repeated (a small vocabulary, every word many times: no
  word is unique, the worst case for anchoring).

Witness B is A with 2 % of its words substituted, deleted or doubled and half of its gap
brackets replaced by a word (so both witnesses have markup). Both are parsed and tokenised
once; then the same two lists of token keys (interned as ints) are aligned by
``lacuna.collate.align_keys`` and by ``difflib.SequenceMatcher(None, a, b,
autojunk=False).get_opcodes()``. autojunk is off because its popularity heuristic drops
frequent words such as "the" from matching and silently harms prose (cpython#76070).
difflib runs in a child process with a CPU-time limit (``--difflib-limit``); if it does not finish,
the ratio is reported as a lower bound. Times are process CPU time (``time.process_time``),
so other processes on a shared machine do not inflate them; best of ``--runs``.

Usage: python bench/collate.py [--size-mb 1] [--runs 3] [--corpus varied,repeat] [--difflib-limit 600]
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
from lacuna.collate import _Keys, align_keys, tokenize

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


def _difflib_child(a: list[int], b: list[int], limit: float, conn) -> None:  # type: ignore[no-untyped-def]
    cpu = int(limit) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))  # SIGXCPU ends it past the limit
    t = time.process_time()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    conn.send((time.process_time() - t, sum(1 for op in ops if op[0] != "equal")))


def time_difflib(a: list[int], b: list[int], limit: float) -> tuple[float | None, int]:
    """difflib's CPU time in a child process, or None past ``limit`` CPU seconds."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_difflib_child, args=(a, b, limit, child))
    proc.start()
    proc.join()
    if parent.poll():
        seconds, n = parent.recv()
        return seconds, n
    return None, 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default="varied,repeat")
    ap.add_argument("--difflib-limit", type=float, default=600.0, help="CPU seconds difflib may take")
    args = ap.parse_args()
    size = int(args.size_mb * 1_000_000)
    print(f"python {sys.version.split()[0]}, witnesses of ~{args.size_mb:g} MB, best of {args.runs} runs")
    print(
        f"{'corpus':<8} {'tokens A':>9} {'tokens B':>9} {'distinct':>9} {'parse+tok s':>11} "
        f"{'lacuna s':>9} {'edits':>6} {'difflib s':>10} {'edits':>6} {'difflib/lacuna':>15}"
    )
    for kind in args.corpus.split(","):
        rng = random.Random(1947)
        a_text = build_varied(size, rng) if kind == "varied" else build_repeat(size, rng)
        b_text = mutate(a_text, rng)
        t = time.process_time()
        ta = tokenize(lacuna.parse(a_text))
        tb = tokenize(lacuna.parse(b_text))
        prep = time.process_time() - t
        keys = _Keys()
        ka, kb = keys(ta), keys(tb)
        best = float("inf")
        ops: list = []
        for _ in range(args.runs):
            t = time.process_time()
            ops = align_keys(ka, kb)
            best = min(best, time.process_time() - t)
        changes = sum(1 for op in ops if op[0] != "equal")
        dl, dl_ops = time_difflib(ka, kb, args.difflib_limit)
        dl_changes = dl_ops
        dl_cell = f"{dl:10.2f}" if dl is not None else f">{args.difflib_limit:9.0f}"
        ratio = f"{dl / best:14.1f}x" if dl is not None else f">{args.difflib_limit / best:13.0f}x"
        print(
            f"{kind:<8} {len(ka):>9} {len(kb):>9} {len(keys.ids):>9} {prep:>11.2f} {best:>9.3f} "
            f"{changes:>6} {dl_cell} {dl_changes:>6} {ratio}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB (difflib ran in a child process)")
    print("edits: non-equal opcodes (difflib does not merge an adjacent replace and insert)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
