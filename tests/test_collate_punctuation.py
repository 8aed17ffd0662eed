"""TEI apparatus: words that differ only in punctuation are ``<app type="punctuation">``, not
``orthographic`` (a user test of Venona 1822: ``since 1935.`` in the NSA's text, ``since 1935`` in
another translation, each number an app of its own)."""

from __future__ import annotations

from lxml import etree

from lacuna.collate import collate, tei

NS = {"t": "http://www.tei-c.org/ns/1.0"}
NSA = (
    "1. ‘ALES’ has been working with the NEIGHBORS continuously since 1935.\n"
    "2. For some years past [he] has been the leader of a small group of the NEIGHBORS’ probationers\n"
)
VERBATIM = (
    "1. Ales since 1935 has been continuously working with the neighbors\n"
    "2. For some years past he has been the leader, of a small group of the neighbors’ probationers\n"
)


def apps(a: str, b: str) -> list[tuple[str | None, list[str]]]:
    root = etree.fromstring(tei(collate([a, b], sigla=["A", "B"])).encode())
    return [
        (app.get("type"), ["".join(el.itertext()) for el in app]) for app in root.iterfind(".//t:app", NS)
    ]


def test_trailing_stop_is_a_punctuation_app():
    got = apps("continuously since 1935.\n2. For", "continuously since 1935\n2. For")
    assert got == [("punctuation", ["1935.\n", "1935\n"])]


def test_quotes_and_commas_only_are_punctuation_markup_and_case_are_not():
    got = apps(
        NSA, VERBATIM.replace("Ales since 1935 has been continuously working", "ALES has been working")
    )
    kinds = {tuple(texts): kind for kind, texts in got}
    assert kinds[("‘ALES’ ", "ALES ")] == "punctuation"
    assert kinds[("leader ", "leader, ")] == "punctuation"
    assert kinds[("[he] ", "he ")] == "orthographic"  # a supplied word against a plain one: markup
    assert kinds[("NEIGHBORS ", "neighbors\n")] == "orthographic"  # case


def test_a_word_change_is_no_punctuation_app():
    got = apps(NSA, VERBATIM)
    assert all(kind != "punctuation" or len({t.strip(".,’‘ \n") for t in texts}) == 1 for kind, texts in got)
