"""Conventions of the twenty-second labelling round's first part (labels22, translated
documents): a form's field left empty (``[not completed]``), the translator's remarks on the
original's wording and on the translation (``notes.translator_remarks``), a note signed by the
translator (``translator_signed``), a title's translation glossing the whole title, a gloss with
the sentence's comma inside its bracket, the close of a note on a passage (``[/note]``), initials
and a torn corner as what a gap lacks, a letter's side as a page, ``Ie,`` opening a restatement:
real text of dev's pages, the category written by hand from the document, and a near miss for
each rule that must not fire."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://docslib.org/doc/11178127/record-of-witness-testimony-314 (the Lund testimonies of
# Ravensbrück survivors, 1946, translated from the Polish: a printed form's fields)
LUND = (
    "hereby declares as follows: I was interned at the concentration [note written above "
    "crossing-out] labour [/note] camp in Pionki from [not completed] to 19 October 1944 as a "
    "political prisoner bearing the number [not completed] and wearing a [not completed] "
    "-coloured triangle with the letter [not completed] I was later interned in Oranienburg"
)
# https://dokumen.tips/documents/record-of-witness-testimony-447-alvin-bloms-boktryckeri-lund-1946-handwritten.html
LUND_447 = (
    "nationality Polish parents’ forenames Józef Wanda proof of identity provided [not "
    "completed] last place of residence in Poland Radom current place of residence Malmö"
)
# https://xn--skuggorfrndetfrflutna-02b01b.se/?p=3266 (another of the Lund testimonies)
LUND_NOTE = (
    "whereas another was living in Poznań [note written above text] and the third was working "
    "as a policeman in the Cracow area [/note]. At this, the policemen retorted"
)
# https://483days.net/new-page-1, new-page-4, new-page-77 (Leon's letters from Pithiviers,
# translated from the Polish; the translator's notes in brackets)
PITHIVIERS_1 = (
    "I am writing a few words to you because I’m sure I can manage to include this letter into "
    "someone’s. [This sentence is a little unclear – perhaps the letter was to be put into "
    "someone else’s package and this is how it would leave the camp; is it possible that they "
    "couldn’t just send letters as such?] I will also send you a package tomorrow"
)
PITHIVIERS_4 = (
    "I understand your heart when you found out that a group of people left and you didn’t have "
    "a letter from me. [This expression “I understand your heart” may be a borrowing from another "
    "language – it sounds strange in Polish.] I did everything to write to you"
)
PITHIVIERS_77 = (
    "Now, at 3 pm, as I was taking/washing a few pieces of underwear, gendarmes came and chased "
    "everybody into the barracks. [I am unsure about the verb in this sentence – it says "
    "“brałem”, I was taking, but it doesn’t really fit the context. Perhaps Leon meant “prałem” – "
    "a difference of just one letter – which would mean “I was washing”.]\nThe whole camp"
)
PITHIVIERS_77B = (
    "Szlomek is adding 600 francs for his Marysia. Tell her to ??? a bit. [Unsure about the verb "
    "here, since a part of the word is missing – it could be “wyjechała” – travel in the sense of "
    "vacationing.]"
)
# https://julius-erasmus.de/?lang=en&p=2438 (a Stalingrad letter cited in translation)
STALINGRAD = (
    "a trapped, burning Russian soldier after a tank battle (source: Letzte Briefe aus Stalingrad "
    "[“Last Letters from Stalingrad”], letter no. 35, p. 58 ff. [translation from German "
    "language]):"
)
# https://www.julius-erasmus.de/feldpostbriefe-stalingrad-10/?lang=en
STALINGRAD_10 = (
    "In a letter on the situation, he writes (source: Letzte Briefe aus Stalingrad [»Last Letters "
    "from Stalingrad«], letter no. 10, p. 19 f. [translation from German language]):"
)
# https://marxists.incn.su/archive/lenin/works/1918/aug/11c.htm (Lenin's hanging order)
LENIN = (
    "RTsKhIDNI, F.2, Op. 1, d. 6898. L. 1-1 ob.\n\n \n\n[Note: In the top right corner of the "
    "document there is a three-word hand-written note that is not legible—Trans.]"
)
# http://www.korolevperevody.co.uk/kichilin.html (a Kichilin translation signed "- FK")
KICHILIN = (
    "beforehand we used to pay just the obrok [quitrent, tax in kind, formerly paid to landowners "
    "- FK] and nothing else"
)
# https://www.strategic-culture.org/news/2015/06/09/wola-massacre-that-how-it-was-ii.html
WOLA = (
    "I moved forward together with everyone else, singing «Jeszcze Polska nie zginela...» [Polish "
    "anthem - translator's note]. Hearing the shots, I fell down"
)
# https://docslib.org/doc/9278053/witness-family-given-names-jastrz%C4%99bski-zygmunt (a Lund
# testimony's summary, Swedish quotation marks ”…” both sides)
BETRIEBEN = (
    "4. Reception, stay in the quarantine block. Labour in ”Betrieben” [workshops,] sadist Maass, "
    "manager of the camp sewing shop."
)
# https://hornygo.com/Nazi_Conspiracy_and_Aggression%2C_Volume_03_%28of_11%29/Chapter_43.html
GROSS_ROSEN = "The Camp Commandant of the Concentration Camp Gross Rosen\n[initials illegible]SS Lt Colonel"
# https://historyoftotalitarianism.com/postcard-letter-from-frysztak-ghetto
FRYSZTAK = (
    "There is a real shortage.\nOur goal is lost, and we are supposed to… [corner of letter torn]\n"
    "Josef Fränkel\nFrysztak near Jasło"
)
# https://extrayad.blogspot.com/2021/11/letter-from-sara-lederman-14-january.html (a letter
# translated from the Yiddish, written on both sides)
LEDERMAN = (
    "For ease of reading, I have added paragraph breaks in the translation.]\n\n[side 1]\n\n"
    "8 January [январь] 1912, Sunday [1]\n\nDearest brother!"
)
# http://www.geocities.ws/sa73122a/amshtl2a.zip:AMP19295 (the Amdur memorial book in a
# volunteer's translation)
AMDUR = (
    "Eternal paupers, they busied themselves with hard work\nl2\n[Ie, Manual laborers - TR]\nl1\n"
    "I will memorate"
)

# (text, span, category, rule that decides)
CASES = [
    (LUND, "[not completed]", "gap", "gap_reason"),
    (LUND_447, "[not completed]", "gap", "gap_reason"),
    (LUND_NOTE, "[/note]", "editor_note", "transcription_tag"),
    (
        PITHIVIERS_1,
        "[This sentence is a little unclear – perhaps the letter was to be put into someone else’s "
        "package and this is how it would leave the camp; is it possible that they couldn’t just "
        "send letters as such?]",
        "translator_note",
        "translator_remark",
    ),
    (
        PITHIVIERS_4,
        "[This expression “I understand your heart” may be a borrowing from another language – it "
        "sounds strange in Polish.]",
        "translator_note",
        "translator_remark",
    ),
    (
        PITHIVIERS_77,
        "[I am unsure about the verb in this sentence – it says “brałem”, I was taking, but it "
        "doesn’t really fit the context. Perhaps Leon meant “prałem” – a difference of just one "
        "letter – which would mean “I was washing”.]",
        "translator_note",
        "translator_remark",
    ),
    (
        PITHIVIERS_77B,
        "[Unsure about the verb here, since a part of the word is missing – it could be “wyjechała” "
        "– travel in the sense of vacationing.]",
        "translator_note",
        "translator_remark",
    ),
    (STALINGRAD, "[translation from German language]", "translator_note", "translator_remark"),
    (STALINGRAD_10, "[translation from German language]", "translator_note", "translator_remark"),
    (
        LENIN,
        "[Note: In the top right corner of the document there is a three-word hand-written note "
        "that is not legible—Trans.]",
        "translator_note",
        "translator_signed",
    ),
    (BETRIEBEN, "[workshops,]", "gloss", "quoted_original"),
    (GROSS_ROSEN, "[initials illegible]", "gap", "gap_reason"),
    (FRYSZTAK, "[corner of letter torn]", "gap", "gap_reason"),
    (LEDERMAN, "[side 1]", "page_break", "page_marker"),
    (AMDUR, "[Ie, Manual laborers - TR]", "gloss", "gloss_cue"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round22_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


def test_round22_form_fields_left_empty_are_blank_gaps() -> None:
    spans = [s for s in lacuna.parse(LUND).spans() if s.text == "[not completed]"]
    assert len(spans) == 4
    assert all(s.category == "gap" and s.reason == "blank" for s in spans), [s.because for s in spans]


def test_round22_initials_illegible_is_an_illegible_signature() -> None:
    span = span_of(GROSS_ROSEN, "[initials illegible]")
    assert span.reason == "illegible" and span.unit == "signature", span.because


# the glossed words: a quoted title's translation glosses the whole title before it; the
# translation with the sentence's comma glosses the quoted word
GLOSSED = [
    (STALINGRAD, "[“Last Letters from Stalingrad”]", "Letzte Briefe aus Stalingrad"),
    (STALINGRAD_10, "[»Last Letters from Stalingrad«]", "Letzte Briefe aus Stalingrad"),
    (BETRIEBEN, "[workshops,]", "Betrieben"),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_round22_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


# near misses: (text, span, category or None, rule that must not decide it)
NEAR_MISSES = [
    # a translator's signed gloss names without a verb: a gloss by its content
    (KICHILIN, "[quitrent, tax in kind, formerly paid to landowners - FK]", "gloss", "translator_signed"),
    (WOLA, "[Polish anthem - translator's note]", "gloss", "translator_signed"),
    ("the kolkhoz [collective farm—Trans.] was", "[collective farm—Trans.]", "gloss", "translator_signed"),
    # the editor's signed sentence is the editor's
    (
        "He said [Ben Bella had just visited Washington, where he met with President Kennedy—ed.] so",
        "[Ben Bella had just visited Washington, where he met with President Kennedy—ed.]",
        "editor_note",
        "translator_signed",
    ),
    # "[Translation]" heads a translated text (FRUS); a word or sentence unclear is a gap
    (
        "[Translation]\n\nThe Minister of Foreign Affairs to",
        "[Translation]",
        "editor_note",
        "translator_remark",
    ),
    ("he said that [sentence unclear] and left", "[sentence unclear]", "gap", "translator_remark"),
    ("he said that [word unclear] and left", "[word unclear]", "gap", "translator_remark"),
    # a note on a passage not closed by "/note"; a field filled in
    ("the number [completed later] and", "[completed later]", None, "gap_reason"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), NEAR_MISSES)
def test_round22_near_misses(text: str, inside: str, category: str | None, rule: str) -> None:
    assert_not_read_by(text, inside, rule)
    if category is not None:
        assert span_of(text, inside).category == category, span_of(text, inside).because


def test_round22_signed_note_rule_can_be_switched_off(tmp_path) -> None:
    assert_switched_off("translator_signed", CASES, tmp_path)
