"""Court and tape transcripts, pronouns identified, conversions and a mail archive's navigation
(rules ``court_record``, ``sealed_portion``, ``turn_direction`` with
``[Interpretation]``, ``pronoun_identified``, ``unit_conversion``, ``catalogue_markup``): real
examples of dev's sixth-round pages, with the category written by hand from the document, and a
near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, span_of

# (text, span, category, rule that decides; None: any rule)
CASES = [
    # ICTY transcripts (Prlic, Haradinaj, Krajisnik, Seselj): the court reporter's notes
    (
        "Page 12397\n\n1 Wednesday, 17 January 2007\n\n2 [Open session]\n\n3 [The accused entered court]\n\n"
        "4 --- Upon commencing at 9.01 a.m.",
        "[The accused entered court]",
        "editor_note",
        "court_record",
    ),
    (
        "2 [Open session]\n\n3 [The accused entered court]\n\n4 [The witness entered court]\n\n5 --- Upon",
        "[The witness entered court]",
        "editor_note",
        "court_record",
    ),
    (
        "Page 6551\n\n1 [Trial Chamber and registrar confer]\n\n2 JUDGE ORIE: I think as far",
        "[Trial Chamber and registrar confer]",
        "editor_note",
        "court_record",
    ),
    (
        "19 MR. EMMERSON: I am, Your Honour. Thank you.\n\n\n20 [Witness answered through interpreter]\n\n"
        "21 Cross-examination by Mr.",
        "[Witness answered through interpreter]",
        "editor_note",
        "court_record",
    ),
    # the Special Court for Sierra Leone on SayIt (the Charles Taylor trial)
    (
        "  • [Open session]\n\n  • [The accused present]\n\n"
        "  • [Upon commencing at 9.30 a.m.]\n\n  • Good morning.",
        "[The accused present]",
        "editor_note",
        "court_record",
    ),
    (
        "  • [Open session]\n\n  • [The accused present]\n\n"
        "  • [Upon commencing at 9.30 a.m.]\n\n  • Good morning.",
        "[Upon commencing at 9.30 a.m.]",
        "editor_note",
        "court_record",
    ),
    # [Interpretation] at a speaker's turn: the words are heard through the interpreter
    (
        "5 JUDGE ANTONETTI: [Interpretation] Registrar, please call the\n\n6 case.",
        "[Interpretation]",
        "editor_note",
        "turn_direction",
    ),
    (
        "21 MR. PETROVIC: [Interpretation] Your Honour, the summaries in",
        "[Interpretation]",
        "editor_note",
        "turn_direction",
    ),
    # the Saddam Hussein tapes: where the recording starts amid the talk
    (
        "Tariq Aziz: [Audio begins with Tariq Aziz in mid-sentence]…and agreeing on ousting it.",
        "[Audio begins with Tariq Aziz in mid-sentence]",
        "editor_note",
        "recording_state",
    ),
    (
        "Saddam Hussein: [This conversation was already in progress] All of you must circulate the",
        "[This conversation was already in progress]",
        "editor_note",
        "turn_direction",
    ),
    (
        "Saddam Hussein: [Already speaking] that is what I wanted to say.",
        "[Already speaking]",
        "editor_note",
        "recording_state",
    ),
    # a pronoun identified
    (
        "the Americans say, “If you accept it [the aerial survey] it’s fine, but if you do not",
        "[the aerial survey]",
        "gloss",
        "pronoun_identified",
    ),
    (
        "Saddam Hussein: You should deal with them [British reporter Farzad Bazoft and British nurse "
        "Daphne Parish] normally.",
        "[British reporter Farzad Bazoft and British nurse Daphne Parish]",
        "gloss",
        "pronoun_identified",
    ),
    (
        "Khomeini is more than that. America has provided those [Iranians] with weapons",
        "[Iranians]",
        "gloss",
        "pronoun_identified",
    ),
    # a figure converted to another unit
    (
        "to fulfil the vstrechnyi plan of 3 million poods [49 thousand metric tons] of grain",
        "[49 thousand metric tons]",
        "gloss",
        "unit_conversion",
    ),
    (
        # (an hour in a time zone named: time_restated reads it before the data rule)
        "The plane is due to land in Mexico City at 6 pm [12 am GMT on Saturday], the embassy said.",
        "[12 am GMT on Saturday]",
        "gloss",
        "time_restated",
    ),
    # the Saddam Hussein tapes: a speaker interrupted (a stage direction in a word)
    (
        "Tariq Aziz: ... in relation with the Council, in general -- [Interrupted]\n\nSaddam: [Inaudible].",
        "[Interrupted]",
        "editor_note",
        "stage_word",
    ),
    # the Bukovsky archive: a marker for a range of pages, the translator's bracket convention
    ("[pages one to four] Secret 9 December 1986 To the", "[pages one to four]", "page_break", "page_marker"),
    (
        "[Translator’s notes are bracketed] SPECIAL FOLDER TOP SECRET 522",
        "[Translator’s notes are bracketed]",
        "translator_note",
        "bracket_convention",
    ),
    # a translator's second rendering, opened by "or"
    (
        "and revolutionary to confront the enemy and reveals Khomeini‘s deception [or reveals that Khomeini "
        "is a fraud] and leads the Iranians",
        "[or reveals that Khomeini is a fraud]",
        "gloss",
        "alternative_rendering",
    ),
    # a mail archive's navigation (MHonArc)
    (
        "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
        "[Thread Next]",
        "other",
        "catalogue_markup",
    ),
    (
        "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
        "[Date Index]",
        "other",
        "catalogue_markup",
    ),
]

# near misses: the same shapes where the rule must not fire (written for these tests)
NEAR_MISSES = [
    # a session of a party congress named in a sentence is no reporter's note
    ("at the [closing] session of the congress", "[closing]", "court_record"),
    ("Comrade Kim said the [open] session would be", "[open]", "court_record"),
    # a reading in the middle of a speaker's words is no stage direction
    ("JUDGE ORIE: the [interpretation] of the treaty was", "[interpretation]", "turn_direction"),
    # words that go on with the sentence after a pronoun are supplied
    (
        "it was very hard for them [to accept Stalin's recommendation], but",
        "[to accept Stalin's recommendation]",
        "pronoun_identified",
    ),
    ("as more in tune with the people than we [were]. Proposal is", "[were]", "pronoun_identified"),
    ("we have enough strength to resolve those [issues] by ourselves", "[issues]", "pronoun_identified"),
    ("under her [Majesty's] government", "[Majesty's]", "pronoun_identified"),
    # a date corrected, an hour corrected (FRUS): no conversion
    ("Moscow, 3 March [4 March] 1953", "[4 March]", "unit_conversion"),
    ("Washington, April 9, 1953, 10 p.m. [11 p.m.]", "[11 p.m.]", "unit_conversion"),
    # pages omitted: a gap, not a marker (Wilson Center)
    (
        "Hashimoto (recorder)\n\n\n[Pages 17 and 18 are omitted.]\n\n",
        "[Pages 17 and 18 are omitted.]",
        "page_marker",
    ),
    # a translator named, no convention stated
    ("[Translator’s notes by B. Neshkovich]", "[Translator’s notes by B. Neshkovich]", "bracket_convention"),
    # a short tail, and words after "and", go on with the sentence (the second is Wilson Center's)
    ("some 20 [or so] people came", "[or so]", "alternative_rendering"),
    (
        "Rashidov (deputy member of the CPSU Presidium [and First Secretary of the Uzbek Communist Party]).",
        "[and First Secretary of the Uzbek Communist Party]",
        "alternative_rendering",
    ),
    # a word in a sentence, not a link
    ("he was at the [date index] of the file", "[date index]", "catalogue_markup"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_a_transcript_bracket_reads_as_the_editor_meant(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_the_rule_does_not_fire_on_a_near_miss(text, inside, rule):
    assert_not_read_by(text, inside, rule)


def test_a_pronoun_gloss_glosses_the_pronoun():
    span = span_of("If you accept it [the aerial survey] it’s fine", "[the aerial survey]")
    assert span.glossed == "it"


def test_a_sealed_portion_is_a_gap_of_its_pages():
    text = (
        "  • [Upon commencing at 9.30 a.m.]\n\n  • [At this point in the proceedings, a portion of the "
        "transcript, pages 23592 to 23611, was extracted and sealed under separate cover, as the "
        "proceeding was heard in closed session.]\n\n  • [Open session]"
    )
    span = span_of(text, text[text.index("[At") : text.index("session.]") + len("session.]")])
    assert span.category == "gap", span.because
    assert span.because.startswith("sealed_portion:")
    assert (span.quantity, span.unit) == (20.0, "page")  # 23592 to 23611, both counted


def test_a_sealed_stamp_is_no_sealed_portion():
    # the document sealed, no transcript pages: the physical description stays a note
    span = span_of(
        "[The envelope was sealed with the Ministry's stamp]",
        "[The envelope was sealed with the Ministry's stamp]",
    )
    assert not span.because.startswith("sealed_portion:"), span.because
