"""The editions' invariants over every real page we hold (not part of ``make test``).

For each excerpt of bench/labels/dev.jsonl and bench/labels/mentions.jsonl (field
``excerpt``) and each page of corpus/ (bench/labels/holdout.jsonl is never read), it checks:

1. ``diplomatic``: ``render.diplomatic(doc) == text`` and ``doc.source() == text``.
2. ``tei``: ``to_tei`` parses with lxml; no raw control character in it (C0 but tab, LF, CR;
   DEL; C1). ``clean_in_tei``: the clean edition (``notes="inline"``) is in the TEI's
   ``<text>`` text content, in order; with the default ``notes="end"`` (footnotes moved after
   the text, where TEI leaves them) the same characters, in any order. What is compared: the
   clean edition, glosses dropped, of the regions TEI keeps (``keep=`` the TEI's zones that
   are not chrome; the whole text when TEI does not trust the page), with ``gap_mark=""``
   (TEI writes a gap as an element), as its characters with white space and square brackets
   removed (TEI writes brackets as elements), against the ``<text>``'s characters (a
   footnote's label, ``<note n>``, read before its text) with white space, square brackets
   and ``<reg>`` left out, as tests/test_lossless_editions.py compares. Each outermost gloss's
   inside is in the whole ``<text>``, in order. ``tei_escaping``: as many ``&`` and ``<`` in
   ``<text>``'s content as in the kept clean text, and no doubly escaped ``&amp;amp;`` or
   ``&amp;lt;``. ``tei_gloss_order``: a gloss keeps the text's order (the glossed words, what
   stands between them and the bracket, then the gloss: ``“opaska” [armband]`` is
   ``<choice><orig>“opaska”</orig> <reg>armband</reg></choice>``, not
   ``“<choice>…<reg>armband</reg></choice>”``): the clean edition with its glosses
   (``notes="inline"``, compared as for ``clean_in_tei``) is in the whole ``<text>``, ``<reg>``
   included, in order; and no white space is added before a stop after a gloss (as many
   ``<choice>`` holding a ``<reg>`` and ``<gloss>`` elements followed by closing punctuation,
   white space and a stop, ``” .``, as glosses so followed in the text). ``tei_notes``: every note
   :func:`lacuna.editorial.footnotes` finds has text after its label (a ``[1]`` alone between
   paragraphs is no note), and no ``<note place="foot">`` is empty.
3. ``html``: ``to_html`` parses with lxml.html; its diplomatic view
   (``tests/test_lossless_editions.diplomatic_view``) is the input.
4. ``json``: ``to_json`` loads; its ``length`` is the input's; every node's ``text[start:end]``
   is its ``text`` (a span that holds spans has ``text`` null: its bounds are checked).
5. ``normalize`` (default steps): ``to_original`` of every output offset 0..len is an input
   offset, monotone, ending at len(input); ``from_original`` the same the other way;
   ``normalize_roundtrip``: docs/normalize.md's map: between the ``changes()`` the texts
   correspond character for character (quotes, dashes, case folding aside) and map to each
   other both ways, each changed place maps onto itself both ways; ``normalize_twice``:
   normalising the result changes nothing.
6. ``collate``: the excerpt A against B (A with its middle sentence dropped, one word
   changed, one bracket pair deleted) and A, B, C (C: another word changed, another bracket
   pair deleted): every witness's tokens are in the table in order, each in one cell; its
   tokens are ``tokenize``'s; the segments give each witness's tokens exactly once, in order
   (and the apparatus's readings never overlap); joining a witness's CollateX ``t`` gives its
   text; ``collate_words``: every word character of the witness's reading (``tokens.reading``,
   the pieces that are the source's own characters) lies inside one of its tokens.
7. ``lacunae``: ``analyse(doc)`` and ``analyse(doc, witnesses=[B])`` run; every record's
   ``start:end`` lies in the text and ``text[start:end]`` is its ``text``; candidates' offsets
   lie in their witness.
8. any exception is a failure of the invariant it happened in (its type is recorded).

Run from the repository root (pure-Python sources of the tree)::

    PYTHONPATH=src nice python bench/editions_check.py [--limit N] [--show N] [--only NAME]

It prints the pages and the pass/fail counts per invariant, then the first ``--show``
failures of each with the page's source address and a short context. Exit code 1 if any
invariant fails.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

import regex
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import lacuna  # noqa: E402
from lacuna.collate import collate  # noqa: E402
from lacuna.collate.apparatus import apparatus  # noqa: E402
from lacuna.collate.tokens import reading, tokenize  # noqa: E402
from lacuna.collate.views import collatex_json  # noqa: E402
from lacuna.editorial import footnotes  # noqa: E402
from lacuna.lacunae import analyse  # noqa: E402
from lacuna.normalize.steps import DASHES, QUOTES  # noqa: E402
from lacuna.page import read  # noqa: E402
from lacuna.render import clean, diplomatic, to_html, to_json, to_tei  # noqa: E402
from lacuna.render.tei import TEI_NS  # noqa: E402
from lacuna.render.tei.zones import _zones  # noqa: E402
from test_lossless_editions import diplomatic_view  # noqa: E402

LABELS = ROOT / "bench" / "labels"
SOURCES = [LABELS / "dev.jsonl", LABELS / "mentions.jsonl"]  # never holdout.jsonl
CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
WORD_CHAR = regex.compile(r"[\w\p{M}]")
SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=\S)")
WORD = regex.compile(r"(?<![\[\w])[A-Za-z]{4,}(?![\]\w])")

INVARIANTS = [
    "diplomatic",
    "tei",
    "clean_in_tei",
    "tei_escaping",
    "tei_gloss_order",
    "tei_notes",
    "html",
    "json",
    "normalize",
    "normalize_roundtrip",
    "normalize_twice",
    "collate",
    "collate_words",
    "lacunae",
]


class Failure(Exception):
    """An invariant that does not hold, with what was seen."""


def first_difference(a: str, b: str) -> int:
    """The first offset where ``a`` and ``b`` differ (the shorter one's length if one is the
    other's start)."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def squeeze(s: str) -> str:
    return "".join(s.split())


def letters(s: str) -> str:
    """The characters compared for TEI: no white space, no square brackets."""
    return squeeze(s).replace("[", "").replace("]", "")


def subsequence_miss(needle: str, hay: str) -> int:
    """-1 when ``needle`` is a subsequence of ``hay``, else the index of its first character not found."""
    it = iter(hay)
    for i, c in enumerate(needle):
        if c not in it:
            return i
    return -1


def context(s: str, i: int, width: int = 40) -> str:
    return repr(s[max(0, i - width) : i + width])


# -- the invariants -----------------------------------------------------------------------


def check_diplomatic(text: str, doc: lacuna.Document) -> None:
    if diplomatic(doc) != text:
        raise Failure("diplomatic(doc) != input")
    src = doc.source()
    if src != text:
        i = first_difference(src, text)
        raise Failure(f"doc.source() != input at {i}: {context(text, i)} vs {context(src, i)}")


def tei_root(text: str, doc: lacuna.Document) -> tuple[str, etree._Element]:
    xml = to_tei(doc)
    return xml, etree.fromstring(xml.encode("utf-8", "surrogatepass"))


def check_tei(text: str, doc: lacuna.Document, xml: str) -> None:
    m = CONTROL.search(xml)
    if m:
        raise Failure(f"raw control character {m.group()!r} in TEI at {m.start()}: {context(xml, m.start())}")


def kept_ranges(doc: lacuna.Document) -> list[tuple[int, int]]:
    return [(z.start, z.end) for z in _zones(doc, read(doc.text)) if z.division != -1]


def tei_text(root: etree._Element, *, regs: bool = True) -> str:
    """The text content of ``<text>``, a footnote's label (its ``<note n>``) before its text;
    without ``regs``, less the content of ``<reg>`` (a gloss's reading, an alternative)."""
    out: list[str] = []
    note, reg = f"{{{TEI_NS}}}note", f"{{{TEI_NS}}}reg"
    skip = 0
    for event, el in etree.iterwalk(root.find(f"{{{TEI_NS}}}text"), events=("start", "end")):
        if event == "start":
            if el.tag == reg and not regs:
                skip += 1
            if el.tag == note and el.get("place") == "foot" and el.get("n") and not skip:
                out.append(el.get("n"))
            if not skip:
                out.append(el.text or "")
        else:
            if el.tag == reg and not regs:
                skip -= 1
            if not skip:
                out.append(el.tail or "")
    out[-1] = ""  # the tail of <text> itself
    return "".join(out)


def check_clean_in_tei(text: str, doc: lacuna.Document, root: etree._Element) -> None:
    # glosses apart (their order is tei_gloss_order's): the reading without glosses is compared in
    # order with <text> less its <reg>s; each gloss must be in <text>, in order
    hay = letters(tei_text(root, regs=False))
    keep = kept_ranges(doc)
    needle = letters(clean(doc, notes="inline", gap_mark="", keep=keep, rules={"gloss": "drop"}))
    miss = subsequence_miss(needle, hay)
    if miss >= 0:
        raise Failure(
            f"notes=inline: char {miss} {needle[miss]!r} not in <text> in order: {context(needle, miss)}"
        )
    # notes="end" moves each footnote after the text, where TEI leaves it: the same characters
    needle = letters(clean(doc, notes="end", gap_mark="", keep=keep, rules={"gloss": "drop"}))
    short = Counter(needle) - Counter(hay)
    if short:
        raise Failure(f"notes=end: clean characters not in TEI <text>: {dict(short.most_common(5))}")
    full = letters(tei_text(root))
    pos = last = 0
    for span in doc.spans():
        if (
            span.category != "gloss"
            or span.start < last
            or not any(s <= span.start and span.end <= e for s, e in keep)
        ):
            continue  # (a gloss inside a gloss, [[Abigail Adams]], is one)
        last = span.end
        inside = letters(span.inside)
        at = full.find(inside, pos)
        if at < 0:
            raise Failure(f"gloss {span.text!r} at {span.start} not in TEI <text> (in order)")
        pos = at + len(inside)


def check_tei_escaping(text: str, doc: lacuna.Document, xml: str, root: etree._Element) -> None:
    if "&amp;amp;" in xml or "&amp;lt;" in xml:
        raise Failure("doubly escaped entity in TEI")
    content = "".join(root.find(f"{{{TEI_NS}}}text").itertext())
    kept = clean(doc, notes="inline", gap_mark="", keep=kept_ranges(doc))
    for c in "&<":
        if content.count(c) < kept.count(c):
            raise Failure(f"{c!r}: {kept.count(c)} in the kept clean text, {content.count(c)} in TEI <text>")


# closing punctuation, then white space, then a stop: after a gloss, a space the text does not have
SPACED_STOP = regex.compile(r"[\p{Pe}\p{Pf}\"'_]*+\s++[.,;:!?]")


def check_tei_gloss_order(text: str, doc: lacuna.Document, root: etree._Element) -> None:
    keep = kept_ranges(doc)
    needle = letters(clean(doc, notes="inline", gap_mark="", keep=keep))
    hay = letters(tei_text(root))
    miss = subsequence_miss(needle, hay)
    if miss >= 0:
        raise Failure(
            f"with glosses: char {miss} {needle[miss]!r} not in <text> in order: {context(needle, miss)}"
        )
    tei, reg = f"{{{TEI_NS}}}", f"{{{TEI_NS}}}reg"
    written = [
        el
        for el in root.find(f"{tei}text").iter(f"{tei}choice", f"{tei}gloss")
        if el.tag == f"{tei}gloss" or el.find(reg) is not None
    ]
    spaced = [el for el in written if SPACED_STOP.match(el.tail or "")]
    source = sum(1 for s in doc.spans() if s.category == "gloss" and SPACED_STOP.match(text, s.end))
    if len(spaced) > source:
        el = spaced[0]
        raise Failure(
            f"{len(spaced)} glosses followed by a spaced stop in TEI, {source} in the text: "
            f"{etree.tostring(el, encoding='unicode', with_tail=True)[-120:]!r}"
        )


def check_tei_notes(text: str, doc: lacuna.Document, root: etree._Element) -> None:
    for note in footnotes(doc, references=False).notes:
        if not text[note.label.end : note.end].strip():
            raise Failure(f"note {note.number!r} at {note.start} has no text: {context(text, note.start)}")
    for el in root.iter(f"{{{TEI_NS}}}note"):
        if el.get("place") == "foot" and not "".join(el.itertext()).strip() and len(el) == 0:
            raise Failure(f"empty <note place=foot n={el.get('n')!r}>")


def check_html(text: str, doc: lacuna.Document) -> None:
    shown = diplomatic_view(to_html(doc))
    if shown != text:
        i = first_difference(shown, text)
        raise Failure(
            f"HTML diplomatic view != input at {i}: input {context(text, i)} shown {context(shown, i)}"
        )


def check_json(text: str, doc: lacuna.Document) -> None:
    data = json.loads(to_json(doc))
    if data["length"] != len(text):
        raise Failure(f"length {data['length']} != {len(text)}")
    for node in data["nodes"]:
        s, e = node["start"], node["end"]
        if not 0 <= s <= e <= len(text):
            raise Failure(f"node {node['id']} bounds {s}:{e} outside 0:{len(text)}")
        if node["text"] is not None and text[s:e] != node["text"]:
            raise Failure(
                f"node {node['id']} {node['category']} text {node['text']!r} != input[{s}:{e}] {text[s:e]!r}"
            )


def one_for_one(c: str) -> str:
    c = QUOTES.get(c, c)
    return DASHES.get(c, c).casefold()


def check_normalize(text: str, doc: lacuna.Document, n: lacuna.Normalized) -> None:
    to = [n.to_original(i) for i in range(len(n.text) + 1)]
    bad = next((i for i, v in enumerate(to) if not 0 <= v <= len(text)), None)
    if bad is not None:
        raise Failure(f"to_original({bad}) = {to[bad]} outside 0..{len(text)}")
    bad = next((i for i, (a, b) in enumerate(itertools.pairwise(to)) if a > b), None)
    if bad is not None:
        raise Failure(f"to_original not monotone at {bad}: {to[bad]} > {to[bad + 1]}: {context(n.text, bad)}")
    if to[-1] != len(text):
        raise Failure(f"to_original(len) = {to[-1]} != {len(text)}")
    back = [n.from_original(i) for i in range(len(text) + 1)]
    bad = next((i for i, v in enumerate(back) if not 0 <= v <= len(n.text)), None)
    if bad is not None:
        raise Failure(f"from_original({bad}) = {back[bad]} outside 0..{len(n.text)}")
    bad = next((i for i, (a, b) in enumerate(itertools.pairwise(back)) if a > b), None)
    if bad is not None:
        raise Failure(f"from_original not monotone at {bad}: {context(text, bad)}")
    if back[-1] != len(n.text):
        raise Failure(f"from_original(len) = {back[-1]} != {len(n.text)}")


def check_normalize_roundtrip(text: str, doc: lacuna.Document, n: lacuna.Normalized) -> None:
    a = b = 0
    for a0, a1, b0, b1 in [*n.changes(), (len(text), len(text), len(n.text), len(n.text))]:
        if a0 - a != b0 - b or a0 < a:
            raise Failure(f"unchanged stretch {a}:{a0} -> {b}:{b0} differs in length: {context(text, a)}")
        for i in range(a0 - a):
            if n.text[b + i] != one_for_one(n.original[a + i]):
                raise Failure(
                    f"unchanged {a + i} {n.original[a + i]!r} -> {n.text[b + i]!r}: {context(text, a + i)}"
                )
            if n.to_original(b + i) != a + i or n.from_original(a + i) != b + i:
                raise Failure(f"unchanged char {a + i} maps to {n.from_original(a + i)} (expected {b + i})")
        if b0 < b1 and n.to_original_span(b0, b1) != (a0, a1):
            raise Failure(
                f"change {a0}:{a1}->{b0}:{b1} maps back to {n.to_original_span(b0, b1)}: {context(text, a0)}"
            )
        if a0 < a1 and n.from_original_span(a0, a1) != (b0, b1):
            raise Failure(
                f"change {a0}:{a1}->{b0}:{b1} maps to {n.from_original_span(a0, a1)}: {context(text, a0)}"
            )
        a, b = a1, b1


def check_normalize_twice(text: str, doc: lacuna.Document, n: lacuna.Normalized) -> None:
    again = lacuna.normalize(n.text).text
    if again != n.text:
        i = first_difference(again, n.text)
        raise Failure(f"normalising twice changes {context(n.text, i)} -> {context(again, i)}")


# -- witnesses ----------------------------------------------------------------------------


def drop_bracket_pair(text: str, doc: lacuna.Document, which: int) -> str:
    """``text`` without the brackets of one top-level span whose inside holds no bracket."""
    spans = [
        s
        for s in doc.children
        if isinstance(s, lacuna.Span)
        and "[" not in text[s.start + 1 : s.end - 1]
        and "]" not in text[s.start + 1 : s.end - 1]
        and text[s.start] == "["
        and text[s.end - 1] == "]"
    ]
    if not spans:
        return text
    s = spans[which % len(spans)]
    return text[: s.start] + text[s.start + 1 : s.end - 1] + text[s.end :]


def change_word(text: str, which: float) -> str:
    words = list(WORD.finditer(text))
    if not words:
        return text
    m = words[min(len(words) - 1, int(len(words) * which))]
    return text[: m.start()] + m.group()[::-1].lower() + text[m.end() :]


def drop_middle_sentence(text: str) -> str:
    cuts = [m.end() for m in SENTENCE_END.finditer(text)]
    if not cuts:
        return text
    bounds = [0, *cuts, len(text)]
    k = (len(bounds) - 1) // 2
    return text[: bounds[k]] + text[bounds[k + 1] :] if k + 1 < len(bounds) - 1 or k > 0 else text


def witnesses(text: str, doc: lacuna.Document) -> tuple[str, str]:
    b = change_word(drop_middle_sentence(drop_bracket_pair(text, doc, 0)), 0.3)
    c = change_word(drop_bracket_pair(text, doc, -1), 0.7)
    return b, c


def check_alignment(texts: list[str]) -> None:
    al = collate(texts, sigla=[f"W{i}" for i in range(len(texts))])
    for w, toks in enumerate(al.tokens):
        cells = [al.cells[w][k] for k in range(al.n_columns) if al.cells[w][k] >= 0]
        if cells != list(range(len(toks))):
            raise Failure(f"witness {w}: table cells {cells[:10]}… are not its {len(toks)} tokens in order")
        if [t.key for t in toks] != [t.key for t in tokenize(lacuna.parse(texts[w]))]:
            raise Failure(f"witness {w}: tokens differ from tokenize()")
        got: list[int] = []
        for lo, hi in al.segments():
            r = al.column(lo, hi).readings[w]
            got.extend(range(r.start, r.end))
        if got != list(range(len(toks))):
            raise Failure(f"witness {w}: segments give tokens {got[:12]}… not 0..{len(toks)} once each")
    app = apparatus(al)
    for w, siglum in enumerate(al.sigla):
        rs = [
            e["lemma"]
            if e["lemma"]["witness"] == siglum
            else next(r for r in e["readings"] if r["witness"] == siglum)
            for e in app["entries"]
        ]
        ends = [tuple(r["tokens"]) for r in rs]
        if any(a[1] > b[0] for a, b in itertools.pairwise(ends)):
            raise Failure(f"witness {w}: apparatus readings overlap: {ends[:8]}")
    data = json.loads(collatex_json(al))
    for w, text in enumerate(texts):
        if al.tokens[w]:
            joined = "".join(t["t"] for col in data["table"] for t in col[w])
            if joined != text:
                i = first_difference(joined, text)
                raise Failure(
                    f"witness {w}: CollateX t joined != text at {i}: {context(text, i)}, {context(joined, i)}"
                )


def check_collate(text: str, doc: lacuna.Document, b: str, c: str) -> None:
    check_alignment([text, b])
    check_alignment([text, b, c])


def check_collate_words(text: str, doc: lacuna.Document) -> None:
    toks = tokenize(doc)
    rd = reading(doc)
    covered = bytearray(len(text) + 1)
    for t in toks:
        for i in range(t.start, t.end):
            covered[i] = 1
    ends = [*rd.r0[1:], len(rd.text)] if rd.r0 else []
    for k, (r0, r1) in enumerate(zip(rd.r0, ends, strict=True)):
        if not rd.exact[k]:
            continue
        for m in WORD_CHAR.finditer(rd.text, r0, r1):
            s = rd.s0[k] + (m.start() - r0)
            if not covered[s]:
                raise Failure(f"word character {text[s]!r} at {s} in no token: {context(text, s)}")


def check_lacunae(text: str, doc: lacuna.Document, b: str) -> None:
    wb = lacuna.parse(b)
    for report, others in ((analyse(doc), []), (analyse(doc, witnesses=[wb]), [b])):
        for lac in report.lacunae:
            if not 0 <= lac.start <= lac.end <= len(text):
                raise Failure(f"lacuna {lac.start}:{lac.end} outside 0:{len(text)}")
            if text[lac.start : lac.end] != lac.text:
                raise Failure(f"lacuna text {lac.text!r} != input[{lac.start}:{lac.end}]")
            for cand in lac.to_dict()["candidates"] or []:
                if not 0 <= cand["start"] <= cand["end"] <= len(others[0] if others else ""):
                    raise Failure(f"candidate {cand['start']}:{cand['end']} outside its witness")


# -- the run ------------------------------------------------------------------------------


def pages(limit: int | None) -> list[tuple[str, str]]:
    out = []
    for path in SOURCES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("excerpt"):
                out.append((f"{path.name}:{n} {rec.get('source', '')}", rec["excerpt"]))
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.append((f"corpus/{path.name}", path.read_text(encoding="utf-8")))
    return out[:limit] if limit else out


def run_page(text: str) -> dict[str, str | None]:
    """Each invariant's failure message (None: it holds)."""
    result: dict[str, str | None] = {}

    def attempt(name: str, fn, *args) -> None:
        try:
            fn(*args)
            result[name] = None
        except Failure as e:
            result[name] = str(e)
        except Exception as e:  # (any exception is a finding)
            tb = traceback.extract_tb(e.__traceback__)[-1]
            result[name] = f"EXCEPTION {type(e).__name__}: {e} ({Path(tb.filename).name}:{tb.lineno})"

    try:
        doc = lacuna.parse(text)
    except Exception as e:
        for name in INVARIANTS:
            result[name] = f"EXCEPTION in parse {type(e).__name__}: {e}"
        return result
    attempt("diplomatic", check_diplomatic, text, doc)
    tei: list = []
    attempt("tei", lambda: (tei.extend(tei_root(text, doc)), check_tei(text, doc, tei[0])))
    if tei:
        attempt("clean_in_tei", check_clean_in_tei, text, doc, tei[1])
        attempt("tei_escaping", check_tei_escaping, text, doc, tei[0], tei[1])
        attempt("tei_gloss_order", check_tei_gloss_order, text, doc, tei[1])
        attempt("tei_notes", check_tei_notes, text, doc, tei[1])
    else:
        for name in ("clean_in_tei", "tei_escaping", "tei_gloss_order", "tei_notes"):
            result[name] = "no TEI"
    attempt("html", check_html, text, doc)
    attempt("json", check_json, text, doc)
    norm: list = []
    attempt("normalize", lambda: (norm.append(lacuna.normalize(doc)), check_normalize(text, doc, norm[0])))
    if norm:
        attempt("normalize_roundtrip", check_normalize_roundtrip, text, doc, norm[0])
        attempt("normalize_twice", check_normalize_twice, text, doc, norm[0])
    else:
        result["normalize_roundtrip"] = result["normalize_twice"] = "no normalisation"
    wit: list = []
    attempt("collate", lambda: (wit.extend(witnesses(text, doc)), check_collate(text, doc, *wit)))
    attempt("collate_words", check_collate_words, text, doc)
    attempt("lacunae", check_lacunae, text, doc, wit[0] if wit else text)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="the first N pages only")
    ap.add_argument("--show", type=int, default=5, help="failures shown per invariant")
    ap.add_argument("--only", default=None, help="pages whose address contains this")
    args = ap.parse_args(argv)
    todo = pages(args.limit)
    if args.only:
        todo = [p for p in todo if args.only in p[0]]
    fails: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    counts: Counter[str] = Counter()
    t0 = time.process_time()
    for k, (where, text) in enumerate(todo, 1):
        for name, msg in run_page(text).items():
            counts[name] += 1
            if msg is not None:
                fails[name].append((where, msg, text))
        if k % 250 == 0:
            print(f"  … {k}/{len(todo)} pages, {time.process_time() - t0:.0f} s", file=sys.stderr)
    print(
        f"{len(todo)} pages ({', '.join(p.name for p in SOURCES)}, corpus/),",
        f"{time.process_time() - t0:.0f} s CPU",
    )
    print(f"{'invariant':<22}{'pass':>7}{'fail':>7}{'exceptions':>12}")
    for name in INVARIANTS:
        f = fails.get(name, [])
        exc = sum(1 for _, m, _ in f if m.startswith("EXCEPTION"))
        print(f"{name:<22}{counts[name] - len(f):>7}{len(f):>7}{exc:>12}")
    for name in INVARIANTS:
        f = fails.get(name, [])
        if not f:
            continue
        print(f"\n== {name}: {len(f)} failing pages")
        kinds = Counter(m.split(":")[0] if m.startswith("EXCEPTION") else m[:60] for _, m, _ in f)
        for kind, n in kinds.most_common(5):
            print(f"   {n:>4} × {kind}")
        for where, msg, _ in f[: args.show]:
            print(f" - {where}\n   {msg[:400]}")
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(main())
