"""Editor's notes, gaps and doubts of kinds the eleventh round's pages brought (issue 13, tenth
round of notes): Hansard's interjections from the benches, a withdrawn item's category in the
Nixon tape logs, a transcriber's doubt of a heard name's spelling, a release's own word for
what it kept back as a gap's reason, a database record's field labels and a picture's credit
line (the page's, not the editor's). Real text of dev's pages, the reading written by hand from
the document, and a near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, assert_switched_off, features_of, span_of

# (text, span, category, rule that decides; None: any rule)
CASES = [
    # Hansard, Commons, 5 March 1968: the members' call, without the usual colon
    (
        'how even his devious mind can possibly reconcile—[HON. MEMBERS: "Oh."]—how even his '
        'devious mind—[HON. MEMBERS "Withdraw."]\n\nMr. Speaker',
        '[HON. MEMBERS "Withdraw."]',
        "editor_note",
        "interjection",
    ),
    (
        'how even his devious mind can possibly reconcile—[HON. MEMBERS: "Oh."]—how even his',
        '[HON. MEMBERS: "Oh."]',
        "editor_note",
        "interjection",
    ),
    # Hansard, Commons, 3 November 1956: a space before the colon
    (
        'Australia and New Zealand. [HON. MEMBERS : "And Canada?"] I am coming to that.',
        '[HON. MEMBERS : "And Canada?"]',
        "editor_note",
        "interjection",
    ),
    # the Thatcher Foundation's copy of a Commons speech: title case and curly quotes
    (
        "we shall not be deterred. [Hon. Members: “Hear, hear.” ] The Government",
        "[Hon. Members: “Hear, hear.” ]",
        "editor_note",
        "interjection",
    ),
    # the Nixon Library's subject log of conversation 521-13 (easynixon.org): a withdrawn item's
    # category after its heading, on one line
    (
        "Greetings ********** BEGIN WITHDRAWN ITEM NO. 1 [National Security] [Duration: 23s ] INDIA "
        "END WITHDRAWN ITEM NO. 1 **********",
        "[National Security]",
        "editor_note",
        "withdrawal_category",
    ),
    (
        "BEGIN WITHDRAWN ITEM NO. 5 [Privacy] [Duration: 9s ] END WITHDRAWN ITEM NO. 5",
        "[Privacy]",
        "editor_note",
        "withdrawal_category",
    ),
    # the Sahifeh-ye Imam (emam.com): a document's kind, then the editors' summary of its subject
    (
        "Speech [The crimes of the Pahlavi regime]\n\nShaykh Ansari Mosque, Najaf, Iraq",
        "[The crimes of the Pahlavi regime]",
        "editor_note",
        "document_subject",
    ),
    (
        "Message [Evaluating the condition of Iran, Islamic Revolution, war and social issues on the fifth "
        "victory anniversary of revolution]\n\nJamaran, Tehran",
        "[Evaluating the condition of Iran, Islamic Revolution, war and social issues on the fifth victory"
        " anniversary of revolution]",
        "editor_note",
        "document_subject",
    ),
    # the Jonestown Institute's summary of tape Q144: a name only heard
    (
        "Linda Dunn, aka Linda Swaney\nElresia Gray [phonetic]\nMrs. Birdie Marable",
        "[phonetic]",
        "uncertain",
        "phonetic_spelling",
    ),
    # the Wilson Center, Zhou Enlai's fourth conversation with Guinea's Minister of Posts and
    # Communications (3 September 1965): a Guinean name read back from the Chinese record
    # https://wilson-center-digital-archive.dvincitest.com/document/record-premier-zhou-enlais-fourth-conversation-guineas-minister-posts-and-communications
    (
        "Guinean side in attendance: Boubacar Bah [transliterated], director, Office of Industrial "
        "Coordination",
        "[transliterated]",
        "uncertain",
        "phonetic_spelling",
    ),
    # the GRIPS "World and Japan" database (worldjpn.net, Park Chung Hee to Ikeda, 1962): its
    # field labels opening the record's lines
    (
        "[Title] Letter from Chung Hee Park, Acting President of the Republic of Korea, to Hayato Ikeda",
        "[Title]",
        "other",
        "record_field",
    ),
    (
        "[Date] October 19, 1962\n[Source] Nihon Gaiko Shuyo Bunsyo Nenpyo (2), pp.423\n[Full text]\n\n"
        "Dear Mr. Prime Minister:",
        "[Source]",
        "other",
        "record_field",
    ),
    (
        "[Source] Nihon Gaiko Shuyo Bunsyo Nenpyo (2), pp.423\n[Full text]\n\nDear Mr. Prime Minister:",
        "[Full text]",
        "other",
        "record_field",
    ),
    # the National Security Archive's briefing book 193: a photograph's credit under its caption
    (
        "Kissinger reports to Nixon on his recent talks with the Soviets (September 16, 1972) "
        "[Source: National Archives, Still Pictures Branch, Nixon Presidential Materials Project "
        "Photo Collection]\n\nNational Security Archive Publishes",
        "[Source: National Archives, Still Pictures Branch, Nixon Presidential Materials Project"
        " Photo Collection]",
        "other",
        "picture_source",
    ),
]

# (text, span, rule that must not fire)
NEAR_MISSES = [
    # members in a sentence, no call quoted after them
    ("the [members] voted against it", "[members]", "interjection"),
    ("the list of [members' names] follows", "[members' names]", "interjection"),
    # the same category's words supplied in a sentence, no withdrawn item before them
    (
        "the Assistant to the President for [National Security] Affairs",
        "[National Security]",
        "withdrawal_category",
    ),
    # words that go on with the kind, or a kind in a sentence
    (
        "Speech [By the Chairman of the Council]\nat the plenum",
        "[By the Chairman of the Council]",
        "document_subject",
    ),
    ("He read the Speech [The crimes of the regime] aloud", "[The crimes of the regime]", "document_subject"),
    # a word supplied after "phonetic": not the whole inside
    ("a [phonetic] transcription of the name", "[phonetic]", "phonetic_spelling"),
    # a word supplied after a lower-case word, not a doubt of a name
    ("the text was [transliterated] into Latin letters", "[transliterated]", "phonetic_spelling"),
    # a field's word supplied in a sentence, or opening a line before lower-case words
    ("he gave the [source] of the report", "[source]", "record_field"),
    ("[Source] of the leak was never found", "[Source]", "record_field"),
    # a document's source note names no picture (the editor's note, Wilson Center)
    ("[Source: Yeltsin Documents, US National Archives and Records Administration.]", None, "picture_source"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_a_bracket_reads_as_the_page_meant(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_rule_does_not_fire_on_a_near_miss(text, inside, rule):
    span = span_of(text, inside or text)
    assert not span.because.startswith(rule + ":"), span.because


def test_a_document_source_note_stays_the_editors():
    span = span_of(
        "[Source: Yeltsin Documents, US National Archives and Records Administration.]",
        "[Source: Yeltsin Documents, US National Archives and Records Administration.]",
    )
    assert span.category == "editor_note", span.because


@pytest.mark.parametrize(
    ("text", "inside", "reason"),
    [
        # the Wilson Center's people pages and search results: the release's own word is the reason
        ("Meyer, Cord 1. [document not released] 2. Memo", "[document not released]", "not released"),
        ("Soviet Report on the Hungarian Crisis [withheld]", "[withheld]", "withheld"),
        ("Radio Free Europe guidance [redacted] for the broadcasts", "[redacted]", "redacted"),
        # FRUS's own phrase keeps its reason
        (
            "adding [dollar amount not declassified] to",
            "[dollar amount not declassified]",
            "not declassified",
        ),
    ],
)
def test_a_gap_takes_the_releases_word_as_its_reason(text, inside, reason):
    span = span_of(text, inside)
    assert (span.category, span.info.reason) == ("gap", reason), span.because


def test_a_withheld_name_keeps_its_unit():
    # a withheld item named by its unit, as "[name not declassified]" is
    span = span_of("the station chief [name withheld] reported", "[name withheld]")
    assert (span.category, span.info.unit, span.info.reason) == ("gap", "name", "withheld")


def test_released_in_a_sentence_is_no_gap():
    # near miss: "released" without "not" supplies a word
    span = span_of("the prisoners were [released] on Monday", "[released]")
    assert span.category != "gap", span.because


@pytest.mark.parametrize(
    "rule",
    [
        "interjection",
        "withdrawal_category",
        "document_subject",
        "phonetic_spelling",
        "record_field",
        "picture_source",
    ],
)
def test_each_rule_can_be_switched_off(rule, tmp_path):
    assert_switched_off(rule, CASES, tmp_path)


def test_a_bracket_after_a_year_is_seen():
    # dev: the Bukovsky archive's listing ("7 February 1974* [Andropov-Brezhnev] Solzhenitsyn"),
    # Bowdoin's guide to its papers ("March 3, 1871 [Oliver Otis Howard Papers].")
    assert "after a year" in features_of(
        "7 February 1974* [Andropov-Brezhnev] Solzhenitsyn", "[Andropov-Brezhnev]"
    )
    text = "autograph letter signed, Washington, D.C., March 3, 1871 [Oliver Otis Howard Papers]."
    assert "after a year" in features_of(text, "[Oliver Otis Howard Papers]")
    # near misses: a figure that is no year (a count, a telegram's number)
    assert "after a year" not in features_of("there were 1200 [Soviet] troops", "[Soviet]")
    assert "after a year" not in features_of("Ciphergram No. 7237 [from Saigon]", "[from Saigon]")


def test_a_title_with_its_own_colon_is_no_labelled_note():
    # dev (an endnote of a book on Reza Shah, whosread.com): a Persian title and its translation
    text = (
        "61. Suleiman Behboudi, Reza Shah: Khaterat-e Suleiman Behboudi [Reza Shah: Memoirs of Suleiman "
        "Behboudi], edited by Gholam Hussein Mirza Saleh (Tehran, 1372/1983),"
    )
    span = span_of(text, "[Reza Shah: Memoirs of Suleiman Behboudi]")
    assert span.category == "gloss", span.because
    # near misses: an unlisted label with a figure or lower-case words after it stays a note
    # (the Nixon Library's tape logs; the Bukovsky archive; the Castro speech database)
    for text, inside in [
        ("BEGIN WITHDRAWN ITEM NO. 1 [Personal returnable] [Duration: 2m 51s ] END", "[Duration: 2m 51s ]"),
        ("July 1992* [RF Presidential Archive] Poland [Russian: Jul 92]", "[Russian: Jul 92]"),
        ("the imperialists? [crowd shouts: ``No''] Then", "[crowd shouts: ``No'']"),
    ]:
        span = span_of(text, inside)
        assert (span.category, span.because.split(":")[0]) == ("editor_note", "labelled_note"), span.because


def test_a_letters_dateline_opening_its_line_is_supplied():
    # dev (the MECW, vol. 40, letter 231): the editors' place and date at the letter's head
    text = "MARX TO ENGELS\nIN MANCHESTER\n[London, 22 March 1859]\nDear Engels,\nHerewith Eccarius' letter."
    span = span_of(text, "[London, 22 March 1859]")
    assert span.category == "supplied", span.because
    # near miss: a release's date after words is the archive's note (the Wilson Center)
    text = "Hungarian Revolution, 24 October-4 November 1956\n[Approved for Release, March 2007]\n"
    span = span_of(text, "[Approved for Release, March 2007]")
    assert span.category == "editor_note", span.because
