"""Every edition is well-formed for any input: markup characters, controls, NUL, lone surrogates."""

from __future__ import annotations

import json

import lxml.html
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

import lacuna
from lacuna import strategies as lst
from lacuna.render import to_html, to_json, to_tei
from lacuna.render.tei import TEI_NS
from test_html import assert_balanced

NS = {"t": TEI_NS}

# Characters that stress escaping: XML/HTML specials, C0/C1 controls, NUL, lone surrogates,
# non-characters, line separators, brackets.
HOSTILE = st.text(
    st.one_of(
        st.sampled_from(
            list("<>&\"'[]]]>-!\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\r\n\t\u2028\ufeff\ufffe\uffff")
        ),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.characters(),
    ),
    max_size=60,
)
ANY_TEXT = st.one_of(lst.markup(), HOSTILE, st.lists(st.one_of(lst.span(), HOSTILE), max_size=6).map("".join))


def _xml_char(c: str) -> bool:
    n = ord(c)
    return n in (0x9, 0xA, 0xD) or 0x20 <= n <= 0xD7FF or 0xE000 <= n <= 0xFFFD or n >= 0x10000


def _join_pairs(s: str) -> str:
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def check_tei(doc: lacuna.Document) -> etree._Element:
    out = to_tei(doc)
    out.encode("utf-8")  # no lone surrogates
    root = etree.fromstring(out.encode("utf-8"))  # well-formed, or this raises
    assert root.tag == f"{{{TEI_NS}}}TEI"
    return root


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
@example("\ud800\udc00 [<&>] \x00")
@example("]]></p><!-- [\x0c] -->")
def test_every_edition_is_well_formed(text: str) -> None:
    doc = lacuna.parse(text)

    root = check_tei(doc)
    # each character XML cannot carry is kept as a <g> naming its code point
    for g in root.iterfind(".//t:g", NS):
        assert g.get("type") == "invalid-xml-char" and g.text == "\ufffd"
        assert not _xml_char(chr(int(g.get("n")[2:], 16)))

    html = to_html(doc)
    html.encode("utf-8")
    assert_balanced(html)
    page = lxml.html.document_fromstring(html)
    assert len(page.xpath('//div[@id="text"]')) == 1
    assert len(page.xpath("//script")) == 2  # nothing in the text opened or closed a script

    data = json.loads(to_json(doc))
    # A lone high surrogate followed by a lone low one is written "\ud800\udc00", which JSON
    # reads back as one astral character: compare with such pairs joined (JSON edition's limit).
    assert [n["text"] for n in data["nodes"] if n["parent"] is None and n["type"] == "text"] == [
        _join_pairs(node.text) for node in doc.children if not isinstance(node, lacuna.Span)
    ]


def test_impossible_characters_in_tei_are_kept_as_code_points() -> None:
    text = "a\x00b\x01c\ud800d\uffffe"
    root = check_tei(lacuna.parse(text))
    assert [g.get("n") for g in root.iterfind(".//t:g", NS)] == ["U+0000", "U+0001", "U+D800", "U+FFFF"]
    body = "".join(root.find("t:text/t:body", NS).itertext())
    assert body == "a\ufffdb\ufffdc\ufffdd\ufffde"


def test_impossible_characters_in_attributes_become_replacement_characters() -> None:
    # the extent of this gap carries a NUL into an attribute value
    root = check_tei(lacuna.parse("x [one\x00word missing] y"))
    for el in root.iter():
        for value in el.attrib.values():
            assert all(_xml_char(c) for c in value)


def test_very_deep_nesting_all_editions() -> None:
    depth = 20_000
    text = "[" * depth + "the USSR" + "]" * depth
    doc = lacuna.parse(text)
    assert "the USSR" in "".join(check_tei(doc).itertext())
    page = lxml.html.document_fromstring(to_html(doc))
    assert "the USSR" in page.xpath('string(//div[@id="text"])')
    assert len(json.loads(to_json(doc, indent=None))["nodes"]) == depth + 1
