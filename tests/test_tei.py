"""The TEI P5 edition: exact elements per convention, and validity against tei_all (jing)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import lacuna
from lacuna import strategies as lst
from lacuna.render import EDITIONS
from lacuna.render.tei import MAX_DEPTH, TEI_NS, to_tei

ROOT = Path(__file__).resolve().parent.parent
# shared/ beside the repository (CI, the lead's tree), or beside the worktrees' folder
_SCHEMAS = [d / "shared" / "schemas" / "tei_all.rng" for d in (ROOT.parent, ROOT.parent.parent)]
SCHEMA = next((p for p in _SCHEMAS if p.is_file()), _SCHEMAS[0])
NS = {"t": TEI_NS}


def body_xml(text: str) -> str:
    """The serialised content of <body>, without namespace declarations."""
    root = etree.fromstring(to_tei(lacuna.parse(text)).encode("utf-8"))
    body = root.find("t:text/t:body", NS)
    assert body is not None
    out = "".join(etree.tostring(child, encoding="unicode") for child in body)
    return out.replace(f' xmlns="{TEI_NS}"', "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "there are [no] reasons",
            '<p>there are <supplied reason="omitted">no</supplied> reasons</p>',
        ),
        (
            "the public [half a line missing] by virtue",
            '<p>the public <gap reason="lost" quantity="0.5" unit="line" extent="half a line">'
            "<desc>half a line missing</desc></gap> by virtue</p>",
        ),
        (
            'established [word off the page, possible "close"] contact',
            '<p>established <supplied reason="lost" cert="low" quantity="1" unit="word" extent="word">'
            "close</supplied> contact</p>",
        ),
        (
            "[one or two words illegible]",
            '<p><gap reason="illegible" atLeast="1" atMost="2" unit="word" extent="one or two words">'
            "<desc>one or two words illegible</desc></gap></p>",
        ),
        (
            "[7 groups unrecovered]",
            '<p><gap reason="unrecovered" quantity="7" unit="group" extent="7 groups">'
            "<desc>7 groups unrecovered</desc></gap></p>",
        ),
        ("a [blank] b", '<p>a <space extent="unknown"><desc>blank</desc></space> b</p>'),
        (
            "Now we [?are awaiting?] an answer",
            '<p>Now we <unclear cert="low">are awaiting</unclear> an answer</p>',
        ),
        (
            "Soviet-Chinese [Translator's note: one word off the page] in",
            '<p>Soviet-Chinese <note type="translator" place="inline"><label>Translator\'s note</label>: '
            "one word off the page</note> in</p>",
        ),
        (
            "Filippov [Stalin] replied",
            "<p><persName><choice><orig>Filippov</orig> <reg>Stalin</reg></choice></persName> replied</p>",
        ),
        ("trails [sic; trials] ok", "<p><choice><sic>trails</sic><corr>trials</corr></choice> ok</p>"),
        ("Filipov [sic] said", "<p><sic>Filipov</sic> said</p>"),
        ("end.\n[Page 412]\nnext", '<p>end.<lb/>\n<pb n="412"/><lb/>\nnext</p>'),
        (
            "Hungary.[2] x\n[2] Written in pencil.",
            '<p>Hungary.<ref type="noteAnchor" n="2" target="#fn2">2</ref> x</p>'
            '<note place="foot" n="2" xml:id="fn2">Written in pencil.</note>',
        ),
        (
            "See[1] and[1].\n\n[1] A note,\nits second line.\n\nText again.\n[1] Same number.",
            '<p>See<ref type="noteAnchor" n="1" target="#fn1">1</ref> and'
            '<ref type="noteAnchor" n="1" target="#fn1">1</ref>.</p>'
            '<note place="foot" n="1" xml:id="fn1">A note,<lb/>\nits second line.</note>'
            '<p>Text again.</p><note place="foot" n="1">Same number.</note>',
        ),
        ("Molotov[1] said", '<p>Molotov<ref type="noteAnchor" n="1">1</ref> said</p>'),
        ("write to [email protected] now", "<p>write to [email protected] now</p>"),
        ("one\n\n\ntwo\nthree  \n", "<p>one</p><p>two<lb/>\nthree</p>"),
        (
            "a\x00b\udcffc",
            '<p>a<g type="invalid-xml-char" n="U+0000">\ufffd</g>b'
            '<g type="invalid-xml-char" n="U+DCFF">\ufffd</g>c</p>',
        ),
        ('x < y & "z"', '<p>x &lt; y &amp; "z"</p>'),
    ],
)
def test_mapping(text: str, expected: str) -> None:
    assert body_xml(text) == expected


#: A gloss as TEI says what it is to the words before it (lacuna.editorial.GLOSS_RELATIONS):
#: a translation is a term and its gloss, the original's words after their translation a
#: term and a gloss of type "original" in another language, the same name or word written
#: another way a choice of orig and reg.
GLOSS_SHAPES = [
    (  # quoted_original, a translation: "promptly" is no regularisation of "kuaisu"
        "He used the wording \u201ckuaisu [promptly]\u201d in the cable.",
        "<p>He used the wording \u201c<term>kuaisu</term> <gloss>promptly</gloss>\u201d in the cable.</p>",
    ),
    (  # language_change, the original after its translation (the Wilson Center's style)
        "they agreed to move toward reunification [pristupit k obiednineniiu] at once",
        "<p>they agreed to <term>move toward reunification</term> "
        '<gloss type="original"><foreign>pristupit k obiednineniiu</foreign></gloss> at once</p>',
    ),
    (  # language_change, one word
        "we need agreement [soglasie] now",
        "<p>we need <term>agreement</term> "
        '<gloss type="original"><foreign>soglasie</foreign></gloss> now</p>',
    ),
    (  # language_change, the other direction: a translation
        "the starets [elder] said",
        "<p>the <term>starets</term> <gloss>elder</gloss> said</p>",
    ),
    (  # quoted_original, an original after a quoted English word: its quotes stay between
        "the word \u201cagreement\u201d [soglasie] was used",
        "<p>the word \u201c<term>agreement</term>\u201d "
        '<gloss type="original"><foreign>soglasie</foreign></gloss> was used</p>',
    ),
    (  # language_change after a capitalised noun (Shtykov to Vyshinsky, 30 May 1950)
        "To VYSHINSKY (for the Politburo [instantsiya])",
        '<p>To VYSHINSKY (for the <term>Politburo</term> <gloss type="original">'
        "<foreign>instantsiya</foreign></gloss>)</p>",
    ),
    (  # translation_after_foreign
        "they acted jiji [actively] today",
        "<p>they acted <term>jiji</term> <gloss>actively</gloss> today</p>",
    ),
    (  # quoted_rendering: the closing quote stands between term and gloss
        "French-language text: \u2018Cette Copie\u2019 [this copy] here",
        "<p>French-language text: \u2018<term>Cette Copie</term>\u2019 <gloss>this copy</gloss> here</p>",
    ),
    (  # transliterated (Venona)
        "FELLOW COUNTRYMAN [ZEMLYaK] said",
        "<p>FELLOW <term>COUNTRYMAN</term> "
        '<gloss type="original"><foreign>ZEMLYaK</foreign></gloss> said</p>',
    ),
    (  # original_glued (Venona): nothing between term and gloss
        "a GYMNAST[FIZKUL'TURNITsA] since 1942",
        '<p>a <term>GYMNAST</term><gloss type="original"><foreign>FIZKUL\'TURNITsA</foreign></gloss>'
        " since 1942</p>",
    ),
    (  # translation_across_line: the line break between term and gloss is a <lb/>
        "the word used was nachal'stvo\n[the bosses] here",
        "<p>the word used was nachal'stvo<lb/>\n<gloss>the bosses</gloss> here</p>",
    ),
    (  # the original across the line, its glossed word not delimited: a gloss of type original
        "consisting of 128 rifle\n[strelkovoi] divisions",
        '<p>consisting of 128 rifle<lb/>\n<gloss type="original"><foreign>strelkovoi</foreign></gloss>'
        " divisions</p>",
    ),
    # near misses: the same name or word written another way keeps its choice
    (  # same_name
        "Comrade Pak Seong-cheol [Pak Song Chol] said",
        "<p>Comrade <choice><orig>Pak Seong-cheol</orig> <reg>Pak Song Chol</reg></choice> said</p>",
    ),
    (  # same_word
        "the chuch\u2019e [juche] idea",
        "<p>the <choice><orig>chuch\u2019e</orig> <reg>juche</reg></choice> idea</p>",
    ),
    (  # pseudonym_before, a known pseudonym
        "I met Chou En-lai [Zhou Enlai] yesterday.",
        "<p>I met <persName><choice><orig>Chou En-lai</orig> <reg>Zhou Enlai</reg></choice></persName>"
        " yesterday.</p>",
    ),
    (  # gloss_cue, the translator's signed gloss: a translation, its signature kept (leftovers43)
        "The raikom [district party committee--trans.] met on Monday.",
        "<p>The <term>raikom</term> <gloss>district party committee--trans.</gloss> met on Monday.</p>",
    ),
    (  # gloss_cue, the translator's signature after an em dash, capitalised
        "the kolkhoz [collective farm\u2014Trans.] was",
        "<p>the <term>kolkhoz</term> <gloss>collective farm\u2014Trans.</gloss> was</p>",
    ),
    (  # gloss_cue, the editor's signed identification: the same thing, a choice as before
        "He met the raikom [district committee-ed.] today.",
        "<p>He met the <choice><orig>raikom</orig> <reg>district committee-ed.</reg></choice> today.</p>",
    ),
    (  # gloss_cue, a lead cue (i.e.) restates: the same thing, not a translation
        "He went to the raikom [i.e., the district committee] at once.",
        "<p>He went to the <choice><orig>raikom</orig> <reg>i.e., the district committee</reg></choice>"
        " at once.</p>",
    ),
    (  # surname_after_surname, a pseudonym
        "Telegram from Filippov [Stalin] to Mao.",
        "<p>Telegram from <persName><choice><orig>Filippov</orig> <reg>Stalin</reg></choice></persName>"
        " to Mao.</p>",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSS_SHAPES)
def test_gloss_shapes(text: str, expected: str) -> None:
    assert body_xml(text) == expected


def test_gloss_shapes_are_valid_tei(tmp_path: Path) -> None:
    _jing()
    paths = []
    for i, (text, _) in enumerate(GLOSS_SHAPES):
        path = tmp_path / f"gloss-{i:02d}.xml"
        path.write_text(to_tei(lacuna.parse(text, source=f"gloss-{i}.txt")), encoding="utf-8")
        paths.append(path)
    validate(paths)


def test_gloss_relations_table() -> None:
    from lacuna.ast import SpanInfo
    from lacuna.classify.context import CONTEXT_RULES
    from lacuna.editorial import GLOSS_RELATIONS, gloss_relation

    rules = set(CONTEXT_RULES.names())
    for key in GLOSS_RELATIONS:  # every row names a rule of the context chain
        assert key.partition(":")[0] in rules, key

    def relation(because: str) -> str:
        return gloss_relation(SpanInfo("gloss", because))

    # a rule deciding both directions: the reading it gives decides
    assert relation("language_change: original-language words after their translation") == "original"
    assert relation("language_change: translation of the original-language word before it") == "translation"
    assert relation("language_change: the original-language word after the English 'Politburo'") == "original"
    assert relation("translation_across_line: renders 'x' ending the line above") == "translation"
    assert relation("translation_across_line: the original of 'x' ending the line above") == "original"
    # gloss_cue: the translator's signed gloss translates, the editor's and a lead cue's do not
    assert relation("gloss_cue: translator's tail cue (--trans.)") == "translation"
    assert relation("gloss_cue: editor's tail cue (--ed.)") == "same"
    assert relation("gloss_cue: restating cue at the start (i.e.)") == "same"
    # unlisted rules, readings no row starts and text without a rule's name: the same thing
    assert relation("same_name: the same name spelt another way") == "same"
    assert relation("language_change: something else") == "same"
    assert relation("translates_words") == "same"
    assert relation("") == "same"
    # a table of one's own; an unknown relation is refused
    assert gloss_relation(SpanInfo("gloss", "same_name: x"), {"same_name": "translation"}) == "translation"
    with pytest.raises(ValueError, match="unknown gloss relation"):
        gloss_relation(SpanInfo("gloss", "same_name: x"), {"same_name": "regularised"})


def test_nested_note_with_uncertain_double_brackets() -> None:
    # nested spans become nested elements; [[...]] is one reading, not two elements
    assert body_xml('x [handwritten: "to Cdes. [[N. Ivanov?]] and Orlov"] y') == (
        '<p>x <note type="editor" place="inline"><label>handwritten</label>: "to Cdes. '
        '<unclear cert="low">N. Ivanov</unclear> and Orlov"</note> y</p>'
    )


def test_supplied_inside_supplied_and_gap_inside_note() -> None:
    assert body_xml("[the [USSR] and]") == (
        '<p><supplied reason="omitted">the <supplied reason="omitted">USSR</supplied> and</supplied></p>'
    )
    assert body_xml("[Ed. note: [illegible] here]") == (
        '<p><note type="editor" place="inline"><label>Ed. note</label>: '
        '<gap reason="illegible" extent="unknown"><desc>illegible</desc></gap> here</note></p>'
    )


def test_petrov_header_and_body(petrov_path: Path) -> None:
    out = EDITIONS["tei"](lacuna.parse_file(str(petrov_path)))
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"')
    root = etree.fromstring(out.encode("utf-8"))
    title = root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS)
    assert title is not None and title.startswith("Record of a Conversation between Soviet Ambassador")
    date = root.find("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:date", NS)
    assert date is not None and date.get("when") == "1947-01-12"
    body_text = "".join(root.find("t:text/t:body", NS).itertext())
    assert "Zhang Zhizhong denied rumors" in body_text
    # site chrome is not part of the body
    assert "Skip to content" not in body_text and "Document Information" not in body_text
    assert len(root.findall(".//t:gap", NS)) == 7  # the 9 gaps less the 2 with a conjecture
    assert [s.text for s in root.findall(".//t:supplied[@cert='low']", NS)] == ["close", "the CPC"]


def test_title_falls_back_to_file_name() -> None:
    out = to_tei(lacuna.parse("plain words [no] more", source="some/dir/cable-17.txt"))
    root = etree.fromstring(out.encode("utf-8"))
    assert root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS) == "cable-17.txt"


def test_deterministic() -> None:
    text = 'Filippov [Stalin] [word off the page, possible "close"] x[1]\n[1] note'
    assert to_tei(lacuna.parse(text)) == to_tei(lacuna.parse(text))


def test_deep_nesting_is_flattened_below_max_depth() -> None:
    depth = 5000
    text = "[a " * depth + "x" + "]" * depth
    out = to_tei(lacuna.parse(text))
    root = etree.fromstring(out.encode("utf-8"))  # default parser: fails beyond 256 levels
    deepest = max(sum(1 for _ in el.iterancestors()) for el in root.iter())
    assert MAX_DEPTH <= deepest <= MAX_DEPTH + 4
    body = "".join(root.find("t:text/t:body", NS).itertext())
    assert body.replace("[", "").replace("]", "").split() == ["a"] * depth + ["x"]


# -- validity against tei_all ------------------------------------------------------------


def _jing() -> str:
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (apt-get install jing, or `make test-deps`)")
    if not SCHEMA.is_file():
        pytest.skip(f"TEI schema not found at {SCHEMA} (the shared/ directory beside the repository)")
    return jing


def validate(paths: list[Path]) -> None:
    """Validate all files in one jing call (the JVM start costs more than a document)."""
    jing = _jing()
    proc = subprocess.run(
        [jing, str(SCHEMA), *map(str, paths)], capture_output=True, text=True, timeout=600, check=False
    )
    # jing's Debian wrapper warns on stderr about optional jars; errors go to stdout
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout[:5000]


def test_corpus_is_valid_tei(corpus: Path, tmp_path: Path) -> None:
    paths = []
    for source in sorted(corpus.glob("*.txt")):
        path = tmp_path / (source.stem + ".xml")
        path.write_text(to_tei(lacuna.parse_file(str(source))), encoding="utf-8")
        paths.append(path)
    assert len(paths) >= 5
    validate(paths)


def _examples(strategy: st.SearchStrategy[str], n: int) -> list[str]:
    found: list[str] = []

    @settings(
        max_examples=n,
        database=None,
        derandomize=True,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(text: str) -> None:
        found.append(text)

    collect()
    return found


def test_generated_documents_are_valid_tei(tmp_path: Path) -> None:
    _jing()
    texts = _examples(lst.markup(), 150) + _examples(lst.document(), 100)
    texts += _examples(lst.labelled_document().map(lambda pair: pair[0]), 50)
    texts += [
        "[" * 3000 + "the USSR" + "]" * 3000,
        "[Translator's note: " * 300 + "x" + "]" * 300,
        "\x00\x01\x1f\ud800\ufffe\uffff [\x0b] <&>\"'",
    ]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"gen-{i:04d}.xml"
        path.write_text(to_tei(lacuna.parse(text, source=f"gen-{i}.txt")), encoding="utf-8")
        paths.append(path)
    validate(paths)


def test_cli_renders_tei(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"there are [no] reasons \xff [half a line missing]\r\n")
    proc = subprocess.run(
        [sys.executable, "-m", "lacuna", "render", str(path), "--edition", "tei"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    root = etree.fromstring(proc.stdout)
    assert root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", namespaces=NS) == "odd.txt"
    # the undecodable byte is read as a lone surrogate, which XML keeps as a <g> with its code point
    assert [g.get("n") for g in root.iterfind(".//t:g", NS)] == ["U+DCFF"]
    assert root.find(".//t:supplied", NS).text == "no" and root.find(".//t:gap", NS).get("unit") == "line"


def test_a_note_reference_keeps_its_words() -> None:
    # bench/editions_check.py on real pages: the Presidential Recordings' "[note 1]" and the
    # Joseph Smith Papers' "[D&C 88:119]" (read as note references) came out as <ref>1</ref>
    # and <ref>119</ref>: "note" and "D&C 88:" were in no edition but the diplomatic one
    assert body_xml("Marcy is a problem. [note 1]\nCarl M. Marcy was chief of staff.") == (
        '<p>Marcy is a problem. <ref type="noteAnchor" n="1">note 1</ref><lb/>\n'
        "Carl M. Marcy was chief of staff.</p>"
    )
    assert body_xml("See also the revelation [D&C 88:119]; and the minutes.") == (
        '<p>See also the revelation <ref type="noteAnchor" n="119">D&amp;C 88:119</ref>; and the minutes.</p>'
    )
    # near miss: a bare number stays the number, white space inside goes
    assert body_xml("Molotov[ 1 ] said") == '<p>Molotov<ref type="noteAnchor" n="1">1</ref> said</p>'
