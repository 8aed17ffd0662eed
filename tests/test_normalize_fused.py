"""One :func:`lacuna.normalize` call gives what its steps give one by one, each on its own.

Within a call the steps share what one scan found (the characters outside ASCII of the
text, :attr:`Options.alphabet`, kept up to date by each step); called alone, a step looks at
its text itself. Here the two are compared on generated pages (markup, romanised names,
dates, odd Unicode), the fast paths of the character steps against plain references, and
the work of a call is counted (issue 17, "Costs"; no clock).
"""

from __future__ import annotations

import importlib
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lacuna import strategies as lst
from lacuna.normalize import DEFAULT_STEPS, STEPS, normalize, romanization
from lacuna.normalize import steps as steps_module
from lacuna.normalize.offsets import OffsetMap
from lacuna.normalize.steps import STEP_FUNCTIONS, Options, alphabet_of, edits, forms, spacing

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = [
    "Chou En-lai", "Zhou Enlai", "Cde.", "Filipov", "Urumchi", "CHOU EN-LAI", "Mao Tse tung",
    " ", "  ", "\t", "\n", "\r\n", "\n\n\n", "\u00a0", "\u2003", "\u2028", "\ufeff", "\x85", "\x1c",
    "12 [January] 1947", "January 12, 1947", "12.01.1947", "1947-01-12", "Sept. 1949",
    "“", "”", "‘", "’", "«", "—", "–", "−", "\u0149", "e\u0301", "A\u030a", "\u212b", "ﬁ", "№",
    "Straße", "ΣΊΣΥΦΟΣ", "İ", "ǰ", "ſ", "µ", "Ǆ", "ᾈ", "Ω", "Кремль", "[no]", "[?are awaiting?]",
    "[word off the page]", "Filippov [Stalin]", "[sic]", "\ufe47x\ufe48", "[", "]", ".", "the", "x",
]  # fmt: skip
PAGES = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    lst.markup(),
    st.text(max_size=40),
    st.text(alphabet=" \t\n\r\u00a0\ufeffab\u2028", max_size=30),
)


def _step_by_step(text: str, chosen: tuple[str, ...]) -> tuple[str, OffsetMap]:
    """Each step on its own (no shared alphabet), the maps composed."""
    offsets = OffsetMap.identity(len(text))
    for name in chosen:
        new, blocks = STEP_FUNCTIONS[name](text, Options())
        if len(blocks):
            offsets = offsets.then(OffsetMap(len(text), len(new), blocks))
        text = new
    return text, offsets


@SETTINGS
@given(PAGES, st.lists(st.sampled_from(STEPS), unique=True))
def test_a_call_is_its_steps_one_by_one(text, names):
    n = normalize(text, names)
    expected, offsets = _step_by_step(text, n.steps)
    assert n.text == expected
    assert n.offsets == offsets


@SETTINGS
@given(PAGES, st.lists(st.sampled_from(STEPS), unique=True))
def test_the_shared_alphabet_holds_every_character_outside_ascii(text, names):
    # (it may hold more: a step need not take out what it removed)
    alphabet = alphabet_of(text)
    options = Options(alphabet=alphabet)
    for name in STEPS:
        if name in names:
            text, _ = STEP_FUNCTIONS[name](text, options)
            assert alphabet_of(text) <= alphabet


_WHITE_RUN = re.compile("[" + re.escape("".join(sorted(spacing._WHITE))) + "]+")


@SETTINGS
@given(PAGES)
def test_whitespace_is_each_run_rewritten(text):
    # the reference: every maximal run of white space, read by a regex, rewritten on its own
    expected = _WHITE_RUN.sub(lambda m: spacing._one_run(m.group()), text)
    for alphabet in (None, alphabet_of(text)):
        new, blocks = steps_module.whitespace(text, Options(alphabet=alphabet))
        assert new == expected
        runs = [m.span() for m in _WHITE_RUN.finditer(text) if spacing._one_run(m.group()) != m.group()]
        assert [(int(a0), int(a1)) for a0, a1, _, _ in blocks] == runs


@SETTINGS
@given(PAGES)
def test_casefold_is_str_casefold(text):
    for alphabet in (None, alphabet_of(text)):
        new, _ = steps_module.casefold(text, Options(alphabet=alphabet))
        assert new == text.casefold()


@SETTINGS
@given(PAGES)
def test_nfc_is_unicodedata(text):
    new, _ = steps_module.nfc(text, Options(alphabet=alphabet_of(text)))
    assert new == unicodedata.normalize("NFC", text)


def test_casefold_examples():
    # the letters outside ASCII that fold one for one are replaced after the ASCII ones; a
    # letter that folds longer (ß), or too many distinct ones, go to str.casefold
    for text in ("Straße ΣΊΣΥΦΟΣ", "ǄEMAL Ω ſ µ", "КРЕМЛЬ и Москва", "İstanbul", "plain ASCII", "x\ud800"):
        new, _ = steps_module.casefold(text, Options(alphabet=alphabet_of(text)))
        assert new == text.casefold()


def test_whitespace_examples():
    cases = {
        "a  b": "a b",
        "a \n b": "a\nb",
        "a\n\nb": "a\n\nb",
        "a\n\n\nb": "a\n\nb",
        "\ufeffTitle": "Title",
        "a\u00a0b\tc": "a b c",
        "a\r\nb": "a\nb",
        "a\u2028b": "a\nb",
        " ": " ",
        "\n": "\n",
        "  ": " ",
        "x\ufeff\ufeff": "x",
    }
    for text, expected in cases.items():
        assert steps_module.whitespace(text, Options())[0] == expected, text


def test_a_call_reads_the_text_for_its_characters_once(monkeypatch):
    # the characters outside ASCII of the whole text are found by one scan per call; the
    # steps after it scan only the new pieces they write (never the whole text again)
    page = "Cde. Filipov [Stalin] arrived in Urumchi on 12 [January] 1947 • “quoted” — ok.\n\n\n" * 200
    scans: list[int] = []
    real = steps_module.alphabet_of

    def counting(text: str) -> set[str]:
        scans.append(len(text))
        return real(text)

    for module in (steps_module, edits, forms):  # (each module that calls it holds a name for it)
        monkeypatch.setattr(module, "alphabet_of", counting)
    monkeypatch.setattr(importlib.import_module("lacuna.normalize"), "alphabet_of", counting)
    n = normalize(page)
    assert n.steps == DEFAULT_STEPS
    assert scans[0] == len(page)
    assert sum(scans[1:]) <= sum(b1 - b0 for _, _, b0, b1 in n.changes()) < len(page) // 2


def test_a_call_composes_one_map_per_step_that_changed_something(monkeypatch):
    composed: list[int] = []
    real = OffsetMap.then

    def counting(self: OffsetMap, other: OffsetMap) -> OffsetMap:
        composed.append(len(other))
        return real(self, other)

    monkeypatch.setattr(OffsetMap, "then", counting)
    page = "Cde. Filipov  arrived on 12 [January] 1947 “quoted”.\n" * 100
    normalize(page)
    # brackets, whitespace, transliteration and dates change places; nfc, quotes, dashes and
    # casefold change none (one for one) and build no map
    assert len(composed) == 4


@SETTINGS
@given(PAGES, st.sets(st.sampled_from("ÉéĭºÜ•…’\u00a0\u0301ʼ‐")))
def test_runs_of_capitalised_words_with_the_alphabet_are_those_without(text, more):
    # the characters outside ASCII written into the class image: those of the text's
    # alphabet that have a class, found by their own pattern (a superset changes nothing)
    expected = romanization.run_spans(text)
    assert romanization.run_spans(text, None, alphabet_of(text)) == expected
    assert romanization.run_spans(text, None, alphabet_of(text) | more) == expected
