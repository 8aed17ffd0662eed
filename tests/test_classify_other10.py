"""Issue 13, `other`, correction and translator_note: real examples quoted from
``bench/labels/dev.jsonl``, each with the category a historian gives it and the rule that
decides, and near misses that must read otherwise (written by hand, not by running the
classifier)."""

from __future__ import annotations

import pytest

from conftest import assert_switched_off, span_of

# FRUS, the Conferences at Cairo and Tehran 1943: a chapter page opening with its document's number
CAIRO_TEHRAN = (
    "United States Soviet Union\nPresident Roosevelt Marshal Stalin\nMr. Bohlen Mr. Pavlov\n"
    "[358] Bohlen Minutes\n\nBohlen Collection"
)
# FRUS 1872 part 2 vol. V, the appendix's list of papers: a letter's heading without its paper number
FRUS_1872 = (
    "[14] Mr. Clay to Mr. Gallatin.\n\n*No. 9.[11]\n\n\n[15] Mr. Clay to Mr. Gallatin.\n\n\n"
    "[16] Mr. Gallatin to Mr. Clay.\n\nNo. 10.\n"
)

# the World and Japan database: a record's fields
WORLDJPN = (
    "[Title] Letter from Chung Hee Park, Acting President of the Republic of Korea, to Hayato Ikeda, "
    "Prime Minister of Japan\n\n[Date] October 19, 1962\n[Source] Nihon Gaiko Shuyo Bunsyo Nenpyo (2), "
    "pp.423\n[Full text]\n\nDear Mr. Prime Minister:\n\nI have asked"
)

# (text, span, category, rule that decides)
CASES = [
    (CAIRO_TEHRAN, "[358]", "other", "numbered_paper"),
    (
        "Mr. Harriman Sir Archibald Clark Kerr\nMr. Bohlen Major Birse\n[Page 553]\n\n"
        "[368] Bohlen Minutes\n\nBohlen Collection",
        "[368]",
        "other",
        "numbered_paper",
    ),
    (FRUS_1872, "[15]", "other", "numbered_paper"),
    (FRUS_1872, "[16]", "other", "numbered_paper"),
    # a modern FRUS chapter page's titles (the site's form, no file line below)
    (
        "[15] Telegram From the Embassy in the Soviet Union to the Department of State\n\nMoscow, "
        "March 5, 1953",
        "[15]",
        "other",
        "numbered_paper",
    ),
    ("Document Numbers\n[115] Editorial Note\n\nOn March 4, the", "[115]", "other", "numbered_paper"),
    # a small number beside its neighbour in the series
    (
        "[2] Editorial Note\n\nOn March 4, the\n\n[3] Memorandum of Conversation\n",
        "[2]",
        "other",
        "numbered_paper",
    ),
    # the translator on how the translation shows the original's words in another language
    (
        "(1) Unreal! [italicized words English in original] In a talk at BG’s home he claimed that",
        "[italicized words English in original]",
        "translator_note",
        "language_in_original",
    ),
    (
        "edited by Alexander Vassiliev and John Earl Haynes (2007) [Pagination and formatting track "
        "the handwritten original notebook. Phrases in English in the original are italicized. Phrases "
        "that were transliterated from English to Russian in the original are in Arial font. Endnotes "
        "were added in translation.] ***************************************",
        "[Pagination and formatting track the handwritten original notebook. Phrases in English in the "
        "original are italicized. Phrases that were transliterated from English to Russian in the "
        "original are in Arial font. Endnotes were added in translation.]",
        "translator_note",
        "language_in_original",
    ),
    # a word replacing the word of its class before it: the editor's correction
    (
        "Those present: The Prime Minister, the President, Marshal Stalin, Sir [Mr.] Anthony Eden, "
        "Mr. Harry L. Hopkins",
        "[Mr.]",
        "correction",
        "replaced_word",
    ),
    (
        "Must point out also that Embassy no [not] been given text Shah statement, as requested",
        "[not]",
        "correction",
        "replaced_word",
    ),
    # a document database's field labels (worldjpn.net)
    (WORLDJPN, "[Title]", "other", "record_field"),
    (WORLDJPN, "[Source]", "other", "record_field"),
    (WORLDJPN, "[Full text]", "other", "record_field"),
    # a note's link back to the page citing it (Stalin's Works on a mirror of the MIA)
    (
        "      [139] See J. V. Stalin, Works, F.L.P.H., Moscow, 1954, Vol. 7, p. 149.    [p.674]",
        "[p.674]",
        "other",
        "note_backlink",
    ),
    (
        "      [137] This refers to the Cologne Democratic League, which was formed in the period of the "
        "German bourgeois revolution of 1848. The League included workers as well as bourgeois-democratic "
        "elements. Karl Marx was elected a member of the district committee of the democratic leagues of "
        "the Rhine region and Westphalia and was one of its leaders.    [p.671]\n\n      [138] The Neue",
        "[p.671]",
        "other",
        "note_backlink",
    ),
    # the transcriber's American spelling after the letter's British one: a gloss, no garble
    (
        "numbers of ladies sleep on mattresses on the parlour [parlor] floor here every night",
        "[parlor]",
        "gloss",
        "other_spelling",
    ),
    # a forum's BBCode opening tags (the closing ones are markup_tag's)
    (
        "Secretary of State Tapped Own Phone Calls\n[B][B]The Kissinger Telcons\n[/B][/B]Archive",
        "[B]",
        "other",
        "markup_open_tag",
    ),
]
MY_RULES = (
    "numbered_paper",
    "language_in_original",
    "replaced_word",
    "corrected_figure",
    "markup_open_tag",
    "record_field",
    "note_backlink",
    "other_spelling",
)


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_real_examples(text, inside, category, rule):
    span = span_of(text, inside)
    assert span.category == category
    assert span.because.startswith(rule + ":"), span.because


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # a note's label opens a sentence (connexions.org, Lenin; the Wilson Center's notes)
        ("[1] See the previous letter.—Ed.", "[1]", "footnote_ref"),
        ("[1] Official in the Polish Foreign Ministry.", "[1]", "footnote_ref"),
        ("[1] Possibly a reference to", "[1]", "footnote_ref"),
        # a FRUS note citing a telegram: a sentence, a figure, a stop
        ("[2] Telegram 1234 from Moscow, March 3; not printed.", "[2]", "footnote_ref"),
        ("[3] Telegram 45 to Tokyo.", "[3]", "footnote_ref"),
        # capitalised words naming no document
        ("[4] Official in the Polish Foreign Ministry\n", "[4]", "footnote_ref"),
        # a small number alone: a note's label may name a document (tests/test_classify_other.py)
        ("[2] Memorandum by the Secretary of State\n10:30 a.m. The Secretary said", "[2]", "footnote_ref"),
        # a note's label at the foot, its reference above it (an endnote naming a letter)
        (
            "Kim Il Sung wrote to Stalin at once.[14] The reply came\n\n"
            "[14] Letter from Kim Il Sung to Stalin",
            "[14]",
            "footnote_ref",
        ),
        # not opening a line
        ("has been attached. [2] Please ask Bohlen Minutes", "[2]", "footnote_ref"),
        # the language of the original alone, or the original's emphasis: the editor's note
        ("Stalin said [in Russian in the original] that", "[in Russian in the original]", "editor_note"),
        ("we must [emphasis in the original] go", "[emphasis in the original]", "editor_note"),
        ("he said [English words in the original] that", "[English words in the original]", "editor_note"),
        # a word of another class after an honorific or a negation, or the same word again
        ("Mr. [Harry] Hopkins", "[Harry]", "supplied"),
        ("there is no [further] news", "[further]", "supplied"),
        ("it is not [not] so", "[not]", "supplied"),
        ("at 10 [a.m.] we met", "[a.m.]", "supplied"),
        # a letter supplied in capitals, or a letter standing apart: no markup
        ("TOP\n[S]ECRET\nNo. 5", "[S]", "supplied"),
        ("\n[B] Ulbricht said", "[B]", "supplied"),
        # FBIS's "[Text]" is the editor's; a field's name inside a sentence is read as usual
        ("[Text] In 1978 the Political General Department", "[Text]", "editor_note"),
        ("the book [title] was", "[title]", "supplied"),
        # a page cited in a sentence, or a page marker
        ("as he said (see [p.45]) before", "[p.45]", "supplied"),
        ("the end of it.  [p. 45]\nThe next", "[p. 45]", "page_break"),
        # a garble corrected (FRUS), or another word after a British spelling
        (
            "British Bagh urge Iraq mollahs cable Borujerdi requesting that he call jihab [jihad] against",
            "[jihad]",
            "correction",
        ),
        ("the parlour [room] floor", "[room]", "supplied"),
        # a note reference after a cable's number: fewer digits, no hour after it (the Venona
        # cables on algerhiss.com)
        (
            "In addition to our cable No. 28 [2] as result of the conversation «[p ya]» [3] with «Ales»",
            "[2]",
            "footnote_ref",
        ),
    ],
)
def test_near_misses(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category
    assert not span.because.startswith(MY_RULES), span.because


@pytest.mark.parametrize("rule", sorted({case[3] for case in CASES}))
def test_each_new_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)


def test_a_replaced_word_carries_the_correction():
    span = span_of("Marshal Stalin, Sir [Mr.] Anthony Eden, Mr. Harry L. Hopkins", "[Mr.]")
    assert span.category == "correction"
    assert span.correction == "Mr."


def test_the_half_of_the_day_replaced_without_corrected_time(tmp_path):
    """FRUS's ``10 p.m. [a.m.]`` is the same convention: with corrected_time off, replaced_word
    reads it."""
    import lacuna
    from lacuna import Conventions

    user = tmp_path / "conv.toml"
    user.write_text('[rules]\ndisable = ["corrected_time"]\n', encoding="utf-8")
    text = "2022. Embassy’s 1513, October 2, 10 p.m. [a.m.]. The British Embassy in Moscow has"
    span = next(
        s for s in lacuna.parse(text, conventions=Conventions.load(user)).spans() if s.text == "[a.m.]"
    )
    assert span.category == "correction"
    assert span.because.startswith("replaced_word:")


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # FRUS: a figure corrected keeps its digits, an hour before a.m./p.m. may not
        ("the Department’s 596, September 18, 4 [6] p.m. The Director", "[6]"),
        ("Mr. Hull’s message from Moscow of October 26, 11 [4] p.m. instructing me", "[4]"),
        ("1385. The substance of the Department’s 999 [969], April 19, 5 p.m., was", "[969]"),
        ("3650. ReDepts 2102 and 2103, Oct 6 [5]. Foreign Office informed Embassy", "[5]"),
    ],
)
def test_corrected_figures(text, inside):
    span = span_of(text, inside)
    assert span.category == "correction"
    assert span.because.startswith("corrected_figure:")


def test_both_opening_tags_are_markup():
    import lacuna

    text = "Secretary of State Tapped Own Phone Calls\n[B][B]The Kissinger Telcons\n[/B][/B]Archive"
    spans = [s for s in lacuna.parse(text).spans() if s.text in ("[B]", "[/B]")]
    assert len(spans) == 4
    assert all(s.category == "other" for s in spans)
