"""Bracket forms from the conventions note, each with the reading a scholar would give it."""

from __future__ import annotations

import pytest
import regex

import lacuna


def only_span(text: str) -> lacuna.Span:
    spans = list(lacuna.parse(text).spans())
    assert len(spans) >= 1
    return spans[-1]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("there are [no] reasons", "supplied"),
        ("[the Soviet and] Polish", "supplied"),
        ("12 [March] 1951", "supplied"),
        ("6 May [1950]", "supplied"),
        ("Nº [311]", "supplied"),
        ("A[ndrei] Gromyko", "supplied"),
        ("Cable, Zhou Enlai to Filippov [Stalin]", "gloss"),
        ("FENG XI [STALIN] replied", "gloss"),
        ("agreement [i.e., the treaty]", "gloss"),
        ("raikom [district party committee--trans.]", "gloss"),
        ("we [?are awaiting?] an answer", "uncertain"),
        ("on [the 5th?] of May", "uncertain"),
        ("[our?] proposal", "uncertain"),
        ("[word off the page]", "gap"),
        ("[half a line missing]", "gap"),
        ("[one or two words unclear]", "gap"),
        ("[One line missing]", "gap"),
        ("[illegible]", "gap"),
        ("[blank]", "gap"),
        ("text [...] more", "gap"),
        ("text […] more", "gap"),
        ("[7 groups unrecovered]", "gap"),
        ("[1 group unrecoverable]", "gap"),
        ("[illegible signature]", "gap"),
        ("[see original, unclear]", "gap"),
        ("[omission in transcript—months?]", "gap"),
        ("[Translator's note: one word off the page]", "translator_note"),
        ("[signature]", "editor_note"),
        ('[Stamp: "Declassified 3 May 1994"]', "editor_note"),
        ('[handwritten: "to Cde. Ivanov"]', "editor_note"),
        ("[Ed. note: the date is wrong]", "editor_note"),
        ("[expansion unknown]", "editor_note"),
        ("[sic]", "sic"),
        ("[SIC]", "sic"),
        ("[sic! probably Soviet-Korean]", "sic"),
        ("[sic; trials]", "sic"),
        ("Molotov[1] said", "footnote_ref"),
        ("Hungary.[2]", "footnote_ref"),
        ("[3] Written in pencil.", "footnote_ref"),
        ("as agreed[iv]", "footnote_ref"),
        ("[Page 412]", "page_break"),
        ("[email protected]", "other"),
    ],
)
def test_category(text, category):
    assert only_span(text).category == category


def test_gap_fields_range_and_reason():
    span = only_span("[one or two words unclear]")
    assert (span.quantity, span.unit, span.reason, span.extent) == (
        (1.0, 2.0),
        "word",
        "unclear",
        "one or two words",
    )


def test_cipher_groups():
    span = only_span("[7 groups unrecovered]")
    assert (span.quantity, span.unit, span.reason) == (7.0, "group", "unrecovered")


def test_elision_reason():
    assert only_span("[…]").reason == "elided by editor"


def test_dash_conjecture():
    span = only_span("[omission in transcript—months?]")
    assert span.conjecture == "months"
    assert span.reason == "omitted"


def test_sic_correction():
    assert only_span("[sic; trials]").info.correction == "trials"
    assert only_span("[sic! probably Soviet-Korean]").info.correction == "Soviet-Korean"


def test_gloss_knows_what_it_glosses():
    doc = lacuna.parse("Cable, Zhou Enlai to Filippov [Stalin]")
    span = next(doc.spans())
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == "Filippov"


def test_double_brackets_read_as_their_inner_span():
    doc = lacuna.parse('[handwritten: "to Cdes. [[N. Ivanov?]] and Orlov"]')
    outer, double, inner = list(doc.spans())
    assert outer.category == "editor_note"
    assert inner.category == "uncertain"
    assert double.category == "uncertain"
    assert double.info.conjecture == "N. Ivanov"


def test_conventions_file_adds_a_reason_without_code(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[gap.reasons]\n"mouse-eaten" = "damaged"\n', encoding="utf-8")
    conv = lacuna.Conventions.load(extra)
    doc = lacuna.parse("[two lines mouse-eaten]", conventions=conv)
    span = next(doc.spans())
    assert (span.category, span.reason, span.quantity, span.unit) == ("gap", "damaged", 2.0, "line")
    # the shipped table is untouched
    assert next(lacuna.parse("[two lines mouse-eaten]").spans()).category == "supplied"


# -- every convention of the conventions note, in context (expectations written by hand) ----


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # supplied: the bracket completes the text
        ("[Deputy Premier] Kim Il Sung arrived", "supplied"),
        ("[Georgy] Malenkov spoke", "supplied"),
        ("as Zhou [Enlai] said", "supplied"),
        ("C[entral] C[ommittee]", "supplied"),
        ("What is to be done[?]", "supplied"),
        ("[Cable No. 4411]\nFrom Moscow", "supplied"),
        ("Mao's [Zedong] reply", "supplied"),
        ("Liu [Shaoqi] agreed", "supplied"),
        ("relations with [the USSR] improved", "supplied"),
        ("in the [international] relations of China", "supplied"),
        ("The meeting ended. [Kovalev] left.", "supplied"),
        # gloss: the bracket restates or identifies what stands before it
        ("Cde. Tomas [Bierut] said", "gloss"),
        ("Chou En-lai [Zhou Enlai] arrived", "gloss"),
        ("the agreement [soglasie] was signed", "gloss"),
        ("we must jiji [actively] support", "gloss"),
        ("the MFA [Ministry of Foreign Affairs] replied", "gloss"),
        ("the air defence [PVO] units", "gloss"),
        ("the embassy [i.e., the Soviet embassy] asked", "gloss"),
        ("the Chairman [Mao Zedong] said", "gloss"),
        ("then he [Stalin] added", "gloss"),
        ("Gao Gang [Kao Kang] reported", "gloss"),
        ("the Politburo [Political Bureau] decided", "gloss"),
        ("then Stalin [Filippov] replied", "gloss"),
        ("Dixon and Sharkey [then President of the Communist Party of Australia] met", "gloss"),
        ("the proposal to move toward reunification [pristupit k obiednineniiu] was", "gloss"),
        ("operations assume[d] an important role", "supplied"),
        ("F[ranklin] D. R[oosevelt]", "supplied"),
        # gaps with FRUS and cipher wording
        ("[less than 1 line not declassified]", "gap"),
        ("the [less than 1 line of source text not declassified] and", "gap"),
        ("and [less than 1 line of source text not declassified] reported", "gap"),
        ("[text not declassified]", "gap"),
        ("[2-3 words illegible]", "gap"),
        ("[the rest of the page is missing]", "gap"),
        ("[Illegible]", "gap"),
        # notes and descriptions
        ('[Handwritten notation in margin: "Agreed"]', "editor_note"),
        ("[Underlined by hand]", "editor_note"),
        ("[Document continues on next page]", "editor_note"),
        ("[Comment by translator: the word is obscure]", "translator_note"),
        ("[Tr.: the word is obscure]", "translator_note"),
        ("[NB: this was never sent]", "editor_note"),
        # FRUS silent correction of a number (issue 13: its own category)
        ("at 10 [12] a.m. the delegation", "correction"),
        ("March 5, 1953—10 [12] a.m.", "correction"),
        ("[Tran Van Do][2]Minister", "footnote_ref"),
        ("text [Page 412] more", "page_break"),
        ("see [p. 3] below", "page_break"),
        ("[blocks in formation]", "other"),
        # Google Books' text view (bench/labels: a 1928 report's scan)
        ("the resolution [merged small] of 1928", "other"),
        ("[ocr errors]", "other"),
    ],
)
def test_category_in_context(text, category):
    assert only_span(text).category == category


@pytest.mark.parametrize(
    ("text", "glossed"),
    [
        ("the agreement [soglasie] was signed", "agreement"),
        ("we must jiji [actively] support", "jiji"),
        ("the air defence [PVO] units", "air defence"),
        ("the CCP CC [Chinese Communist Party Central Committee] met", "CCP CC"),
        ("Gao Gang [Kao Kang] reported", "Gao Gang"),
        ("raikom [district party committee--trans.]", "raikom"),
        ("the Chairman [Mao Zedong] said", "the Chairman"),  # the determiner with the role (dev labels)
    ],
)
def test_glossed_words(text, glossed):
    span = only_span(text)
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == glossed


@pytest.mark.parametrize(
    ("text", "extent", "quantity", "unit", "reason"),
    [
        ("[less than 1 line not declassified]", "less than 1 line", None, "line", "not declassified"),
        # FRUS 1964-68 vol. XXXII, doc. 433 (bench/labels): "of source text" in the extent
        (
            "[less than 1 line of source text not declassified]",
            "less than 1 line of source text",
            None,
            "line",
            "not declassified",
        ),
        # FRUS omissions naming what follows (FRUS 1945 vol. VII; the JFK Library's ExComm transcript)
        ("[Here follows text as printed above.]", None, None, "text", "omitted"),
        (
            "[Here follows 7-1/2 pages of the transcript, which narrate the analysis of the U-2 photos.]",
            "7-1/2 pages",
            7.5,
            "page",
            "omitted",
        ),
        ("[Three lines of deletion follow.]", "Three lines", 3.0, "line", "deleted"),
        (
            "[1½ lines of source text not declassified]",
            "1½ lines of source text",
            1.5,
            "line",
            "not declassified",
        ),
        (
            "[1 paragraph (3 lines) of source text not declassified]",
            "1 paragraph (3 lines) of source text",
            3.0,
            "line",
            "not declassified",
        ),
        (
            # two units: the finer one estimates the gap (issue 13)
            "[1 paragraph (5 lines) not declassified]",
            "1 paragraph (5 lines)",
            5.0,
            "line",
            "not declassified",
        ),
        ("[2–3 words missing]", "2–3 words", (2.0, 3.0), "word", "missing"),
        ("[the rest of the page is missing]", "the rest of the page", None, "page", "missing"),
        ("[illegible signature]", None, 1.0, "signature", "illegible"),
        ("[name not declassified]", "name", 1.0, "name", "not declassified"),
        ("[three lines torn]", "three lines", 3.0, "line", "damaged"),
    ],
)
def test_gap_fields(text, extent, quantity, unit, reason):
    span = only_span(text)
    assert span.category == "gap"
    assert (span.extent, span.quantity, span.unit, span.reason) == (extent, quantity, unit, reason)


def test_frus_correction_keeps_the_corrected_number():
    span = only_span("at 10 [12] a.m. the delegation")
    assert isinstance(span, lacuna.Sic)
    assert span.correction == "12"


def test_labels_kept_apart():
    span = only_span('[Handwritten notation in margin: "Agreed"]')
    assert span.info.label == "Handwritten notation in margin"
    assert span.body == '"Agreed"'


def test_every_span_says_why():
    doc = lacuna.parse("Filippov [Stalin] and Liu [Shaoqi] [word off the page] [sic] x[1] [Page 2] [?a?]")
    for span in doc.spans():
        assert span.because, span


def test_conventions_file_adds_a_pseudonym_without_code(tmp_path):
    # Lenin's party name "Starik" is no known pseudonym, nor does it end as a surname (a surname
    # after a surname, "Ulyanov [Lenin]", is read by its endings before the pseudonyms)
    text = "a telegram from Druzhkov to Starik [Lenin]"
    assert "pseudonym" not in only_span(text).because
    extra = tmp_path / "extra.toml"
    extra.write_text('[gloss.pseudonyms]\n"starik" = "Lenin"\n', encoding="utf-8")
    conv = lacuna.Conventions.load(extra)
    span = next(lacuna.parse(text, conventions=conv).spans())
    assert span.category == "gloss"
    assert span.glossed == "Starik"
    assert "starik" in span.because
    # a pseudonym that ends as a surname is read by its ending first, still a gloss of the name
    ulyanov = only_span("a telegram from Druzhkov to Ulyanov [Lenin]")
    assert ulyanov.because.startswith("surname_after_surname:"), ulyanov.because
    assert ulyanov.glossed == "Ulyanov"


def test_conventions_file_adds_a_title_and_a_description(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[gloss]\ntitles = ["hetman"]\n[notes.descriptions]\nstarts = ["pasted in"]\n', encoding="utf-8"
    )
    conv = lacuna.Conventions.load(extra)
    assert next(lacuna.parse("the Hetman [Khmelnytsky] wrote", conventions=conv).spans()).category == "gloss"
    assert next(lacuna.parse("[pasted in by hand]", conventions=conv).spans()).category == "editor_note"
    # without the entry only the learned rule reads it as a note (alone on its line, "hand")
    unlearned = tmp_path / "unlearned.toml"
    unlearned.write_text('[rules]\ndisable = ["learned_note", "learned"]\n', encoding="utf-8")
    plain = lacuna.Conventions.load(unlearned)
    assert next(lacuna.parse("[pasted in by hand]", conventions=plain).spans()).category == "supplied"
    assert next(lacuna.parse("[pasted in by hand]").spans()).because.startswith("learned_note: editor_note")


def test_spans_explain_table(capsys, petrov_path):
    from lacuna.cli import main

    assert main(["spans", str(petrov_path), "--format", "table", "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[-3:] == ["region", "text", "because"]
    first = lines[1].split("\t")
    assert first[-3:-1] == ["body", "[January]"]
    # a date's missing month: the data rule's name, then why
    assert first[-1].startswith("date_part: a month's name between a day and a year")
    friendly = next(line for line in lines if "\t[friendly]\t" in line).split("\t")
    # no hand rule answers: the learned rule's category, probability and strongest features
    assert friendly[-1].startswith("learned: supplied 0.")
    # the three strongest contributions, each a feature with its signed weight
    contributions = friendly[-1].split("(", 1)[1].rstrip(")").split(", ")
    assert len(contributions) == 3
    assert all(regex.fullmatch(r"[a-z0-9–+' -]+ [+-]\d+\.\d", c) for c in contributions), contributions
    note = next(line for line in lines if "Translator's note" in line).split("\t")
    # the rule's name, then what it saw (the table cuts long cells)
    assert note[-1].startswith('labelled_note: note label "Translator\'s note", describing a gap')


@pytest.mark.parametrize(
    ("markup", "correction", "cert"),
    [
        ("the [sic: the CPC] x", "the CPC", None),  # labelled form, as [sic, the CPC]
        ("the [sic, the CPC] x", "the CPC", None),
        ("x [Sic: probably Soviet-Korean] y", "Soviet-Korean", "medium"),
        ("x [sic:] y", None, None),
        ("x [SIC: the CPC] y", "the CPC", None),
    ],
)
def test_sic_with_a_colon_is_sic(markup, correction, cert):
    span = next(lacuna.parse(markup).spans())
    assert (span.category, span.info.correction, span.info.cert) == ("sic", correction, cert)


@pytest.mark.parametrize(
    ("markup", "field", "value"),
    [
        ('x [one word missing, presumably "the [CPC]"] y', "conjecture", "the [CPC]"),
        ('[word off the page, possible "clo[se]"]', "conjecture", "clo[se]"),
        ("a [sic, [the] CPC] b", "correction", "[the] CPC"),
        ("a [?the [Note: x] thing?] b", "conjecture", "the [Note: x] thing"),
        # each mark gets its own span, even where an earlier span could be mistaken for it
        ('x [one word off the page [x], possible "[y]"] y', "conjecture", "[y]"),
        # a U+FFFC of the input's own stays; the nested span is quoted
        ("a [sic: \ufffc [x]] b", "correction", "\ufffc [x]"),
    ],
)
def test_a_nested_span_in_a_field_is_quoted_as_written(markup, field, value):
    outer = next(lacuna.parse(markup).spans())
    assert getattr(outer.info, field) == value


@pytest.mark.parametrize(
    ("markup", "gap"),
    [
        (
            "[Translator's note: one word off the page in the left margin]",
            ("one word", 1, "word", "off the page"),
        ),
        ("[Editor's note: two lines illegible]", ("two lines", 2, "line", "illegible")),
        ("[Translator's note: a word is missing here]", ("a word", 1, "word", "missing")),
        # notes that mention a reason word but describe no gap
        ('[Translator\'s note: literally, "the missing link"]', None),
        ("[Translator's note: Missing in action is a military term]", None),
        ("[Translator's note: the original is damaged but the text is legible]", None),
        ("[Translator's note: one of the missing documents]", None),  # a number, but no unit
        ("[Translator's note: two missing documents are in file 5]", None),
    ],
)
def test_a_note_describes_a_gap_only_when_it_opens_with_one(markup, gap):
    span = next(lacuna.parse(markup).spans())
    assert span.category in ("translator_note", "editor_note")
    info = span.info
    got = (info.extent, info.quantity, info.unit, info.reason)
    assert got == (gap if gap is not None else (None, None, None, None))


@pytest.mark.parametrize("markup", ["x [SIC: Soviet Information Committee] y", "x [Sic transit: gloria] y"])
def test_a_label_that_only_starts_like_sic_is_not_sic(markup):
    assert next(lacuna.parse(markup).spans()).category != "sic"


def test_an_acronym_with_its_expansion_is_an_editors_note():
    span = next(lacuna.parse("the [SIC: Soviet Information Committee] said").spans())
    assert (span.category, span.label, span.body) == ("editor_note", "SIC", "Soviet Information Committee")


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a bracket that is a line of its own: the editor's words on the document (real pages:
        # Wilson Center, a Reddit transcription of a Polish letter, an FBI memo)
        ("the Working Masses in the DRPK.\n\n[Celebrations.]\n", "[Celebrations.]", "editor_note"),
        (
            "[probably address in Cyrillic]\nOn the 20th of December, 1913.",
            "[probably address in Cyrillic]",
            "editor_note",
        ),
        (
            "TOP SECRET\n[Federal Bureau of Investigation]\nOffice Memorandum",
            "[Federal Bureau of Investigation]",
            "editor_note",
        ),
        # with figures: a supplied date or time (FRUS); in capitals: a supplied heading
        (
            "to the Secretary of State\n[Received 10:40 a.m.]\n1807. Reference",
            "[Received 10:40 a.m.]",
            "supplied",
        ),
        ("Letter 45\n[1 September 1929]\nHello, Com. Molotov,", "[1 September 1929]", "supplied"),
        ("under the same message number.\n\n[BRAZIL]\n\n4. During", "[BRAZIL]", "supplied"),
        # near misses: one word in capitals that a note's vocabulary holds stays the editor's
        ("to the Ministry.\n\n[STAMP]\n\nNo. 4", "[STAMP]", "editor_note"),
        ("signed.\n\n[SIGNATURE]\n\nCopy", "[SIGNATURE]", "editor_note"),
        # words after it on its line: it starts the line's sentence (Marx's letters, a cable)
        ("[London,] 24 February 1869\n\nDear Fred,", "[London,]", "supplied"),
        ("Chai [Junwu]:\n[I] have received the November 6 telegram.", "[I]", "supplied"),
    ],
)
def test_a_bracket_on_a_line_of_its_own(text, inside, category):
    spans = [s for s in lacuna.parse(text).spans() if s.text == inside]
    assert len(spans) == 1
    assert spans[0].category == category


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # letters glued to the letters after them complete a word (real pages: Sudoplatov's
        # memoir quoted in a review; a Soviet ambassador's journal, Wilson Center)
        ('Sudoplatov recounts that as early as April, "[p]rior to the May Day celebration', "[p]"),
        ("However, he and the deputy chairm[e]n [zam. predsedatelya -SIC] of the KWP", "[e]"),
    ],
)
def test_letters_glued_to_the_word_after_them_are_supplied(text, inside):
    spans = [s for s in lacuna.parse(text).spans() if s.text == inside]
    assert [s.category for s in spans] == ["supplied"]


def test_a_reference_letter_apart_from_the_word_after_it_stays_a_reference():
    # Venona: "MAJ[v]" at a line end, "[a] Given in Roman alphabet." opening a footnote line
    spans = list(lacuna.parse("No. 594 MAJ[v]\n26 July\nNotes: [a] Given in Roman alphabet.").spans())
    assert [s.category for s in spans] == ["footnote_ref", "footnote_ref"]


@pytest.mark.parametrize(
    ("text", "inside", "reason"),
    [
        # a Russian diary's transcription (raisa-diary-1942.org): "illegible" in the original's language
        (
            "Дорогая, как всегда, на своей дорогой, а Расю, [неразборчиво] издалека на фронт",
            "[неразборчиво]",
            "illegible",
        ),
        # its abbreviation in Russian editions, and the word in German and French editions
        ("письмо [нрзб.] пришло", "[нрзб.]", "illegible"),
        ("der Brief [unleserlich] kam", "[unleserlich]", "illegible"),
        ("la lettre [illisible] est", "[illisible]", "illegible"),
    ],
)
def test_a_gap_reason_in_the_originals_language(text, inside, reason):
    span = next(s for s in lacuna.parse(text).spans() if s.text == inside)
    assert (span.category, span.info.reason) == ("gap", reason), span.because


def test_a_supplied_word_in_another_language_is_no_gap():
    # near miss: a Russian word supplied by the transcriber is no reason of a gap
    span = next(iter(lacuna.parse("он [сказал] нам").spans()))
    assert span.category == "supplied", span.because


def test_a_word_ending_in_a_hyphen_before_a_name_is_read_without_error():
    """A word that ends in a hyphen before a bracketed name (an OCR join of two headings,
    ``Tse-tungSoviet-[Chinese]``) leaves an empty last part: the same-name rule skips it and the
    span is read by the rules after it (a traceback here once stopped the whole parse)."""
    for text in ("Tse-tungSoviet-[Chinese]", "the Soviet- [Chinese] border"):
        doc = lacuna.parse(text)
        assert lacuna.render.diplomatic(doc) == text
        assert [r["category"] for r in lacuna.span_records(doc)] == ["supplied"]
    # the rule still reads the last part of a hyphenated pair when there is one
    doc = lacuna.parse("the Pyongyang-Andong [Dandong] line")
    assert [r["category"] for r in lacuna.span_records(doc)] == ["gloss"]
