"""The ``brackets`` step reads the markup with the categories-only parse (issue 17): each span's
reading as the full parse makes it, the glossed words of the glosses left unread. The
normalised text and its map must be those of the step run on the full parse, on generated
pages and on the real pages of the corpus, the labelled dev pages (bench/labels/dev.jsonl)
and the bench's text.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import parse
from lacuna import strategies as lst
from lacuna.classify import categories_only
from lacuna.normalize.steps import Options, brackets

ROOT = Path(__file__).resolve().parent.parent

# words and spans that the context rules read (names and their glosses, abbreviations and
# their expansions, supplied words after function words, dates after relative times)
_WORDS = [
    "the", "Chairman", "Mao", "Zedong", "Comrade", "Kim", "Il", "Sung", "MFA", "USSR", "CC",
    "of", "early", "this", "year", "said", "that", "Filippov", "Chou", "En-lai", "he", "his",
    "successor", "Aleksandr", "Fomin", "Counselor", "air", "defence", "Ministry", "Foreign",
    "Affairs", "to", "and", "sent", "a", "cable", "Urumchi", "Soviet", "Union", "we", "avantyura",
]  # fmt: skip
_INSIDES = [
    "Stalin", "Zhou Enlai", "PVO", "Ministry of Foreign Affairs", "1967", "the Soviet Union",
    "no", "Khrushchev", "Kim Il Sung", "sic", "?", "2", "a", "illegible", "Translator's note: x",
    "adventurist actions", "the French and Italian delegations", "Mao", "CPSU", "ndrei",
]  # fmt: skip
_GAPS = [" ", " ", " ", "", ", ", ". ", "\n", "\n\n", ": ", " '", '" ']

pieces = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_INSIDES).map(lambda inside: f"[{inside}]"),
    lst.span(),
)
context_pages = st.lists(st.tuples(pieces, st.sampled_from(_GAPS)), max_size=24).map(
    lambda parts: "".join(p + g for p, g in parts)
)


def _same_step(text: str) -> None:
    """The step on its own parse (categories only) is the step on the full parse."""
    full = parse(text)
    new, blocks = brackets(text, Options())
    want, want_blocks = brackets(text, Options(document=full))
    assert new == want
    assert [tuple(b) for b in blocks] == [tuple(b) for b in want_blocks]
    fast = lacuna.normalize(text)
    slow = lacuna.normalize(full)
    assert fast.text == slow.text
    assert fast.offsets == slow.offsets


def _same_readings(text: str) -> None:
    """The categories-only parse makes each span's reading as the full parse does."""
    full = parse(text)
    with categories_only():
        light = parse(text)
    assert light.source() == text
    assert list(light.tree.starts) == list(full.tree.starts)
    assert list(light.tree.ends) == list(full.tree.ends)
    assert list(light.tree.sizes) == list(full.tree.sizes)
    assert light.tree.infos == full.tree.infos
    assert light.diagnostics == full.diagnostics


@settings(max_examples=600, deadline=None)
@given(context_pages)
def test_categories_only_parse_reads_as_the_full_parse(text):
    _same_readings(text)
    _same_step(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(lst.document(), lst.markup()))
def test_categories_only_parse_reads_generated_markup_as_the_full_parse(text):
    _same_readings(text)
    _same_step(text)


def _real_pages() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    with open(ROOT / "bench" / "labels" / "dev.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["excerpt"] for line in f if line.strip()]
    return texts


def test_categories_only_parse_on_the_real_pages():
    texts = _real_pages()
    assert len(texts) > 900
    glossed = 0
    for text in texts:
        _same_readings(text)
        _same_step(text)
        glossed += len(parse(text).tree.gloss_spans)
    assert glossed > 100  # (the pages have glosses whose glossed words the full parse reads)


def test_categories_only_parse_on_the_bench_text():
    sample = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    text = sample * 3
    _same_readings(text)
    _same_step(text)


def test_categories_only_leaves_the_glossed_words_unread():
    # (a real line: the glossed words of "[Stalin]" are "Filippov")
    text = "Cde. Filippov [Stalin] arrived in Urumchi."
    span = next(parse(text).spans())
    assert span.category == "gloss"
    assert span.glossed == "Filippov"
    with categories_only():
        light = next(parse(text).spans())
    assert light.category == "gloss"
    assert light.info == span.info
    assert light.glossed is None
    assert next(parse(text).spans()).glossed == "Filippov"  # (the switch is the block's only)


def test_categories_only_is_reset_when_the_block_raises():
    text = "Cde. Filippov [Stalin] arrived."
    try:
        with categories_only():
            raise KeyError
    except KeyError:
        pass
    assert next(parse(text).spans()).glossed == "Filippov"
