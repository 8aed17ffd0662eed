"""Glosses against supplied words after a name (rules ``abbreviation``, ``completes_name`` and the
learned rule's features): real examples of dev's pages with the category written by hand."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, span_of

# (text, span, category)
ABBREVIATIONS = [
    # FRUS, CIA cables from the Congo: the Chief of Station supplied where a name was withheld
    # (rule acronym_without_name)
    ("all arms and ammo under lock. However [COS] has seen 50 to 100 armed troops", "[COS]", "supplied"),
    ("Ref Leop 0646 (In 32132). Supdata [COS] from [Identity 1] and [Identity 2].", "[COS]", "supplied"),
    ("2. Re [cryptonym not declassified] [COS] telcon with [Mobutu].", "[COS]", "supplied"),
    # an abbreviation after the name it abbreviates (initials do not end a sentence)
    ("W. Ulbricht and W. Stoph [GDR], W. Gomulka", "[GDR]", "gloss"),
    ("L. Brezhnev and A. Kosygin [USSR].", "[USSR]", "gloss"),
    ("drawn from the Ministry of State Security [MSS], the Ministry", "[MSS]", "gloss"),
    # a sentence's first word that shares the acronym's first letter
    ("Department of State briefings\n    -Television [TV] coverage", "[TV]", "gloss"),
]


@pytest.mark.parametrize(("text", "inside", "category"), ABBREVIATIONS)
def test_an_acronym_glosses_a_name_before_it_only(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


# (text, span, category, rule)
NAMES = [
    # a name after a full name (initial and surname): what the person stands for
    (
        "Participating: T. Zhivkov [Bu], A. Novotny and J. Lenart [Cz], W. Ulbricht",
        "[Bu]",
        "gloss",
        "full_name_before",
    ),
    (
        "Cde. Gh. Gheorghiu-Dej and Cde. I. G. Maurer [Ro], J. Kádár [Hu], L. Brezhnev",
        "[Hu]",
        "gloss",
        "full_name_before",
    ),
    # an initial opening the line labels an item of a list
    (
        "[COS] in contact [Mobutu] to:\n\nA. Reassure [Mobutu] on continuity policy.",
        "[Mobutu]",
        "supplied",
        None,
    ),
    # a surname after a surname: the other name
    (
        "Cable, Stalin [Kuznetsov] to Mao Zedong [via Terebin]",
        "[Kuznetsov]",
        "gloss",
        "surname_after_surname",
    ),
    # surname_after_surname runs before the list of known pseudonyms: a cover name ending as a
    # surname does is read by its ending (Wilson Center listings, Stalin's telegrams of 1949-50)
    (
        "Ciphered Telegram No. 4159 from Filipov [Stalin] to Kovalev",
        "[Stalin]",
        "gloss",
        "surname_after_surname",
    ),
    (
        "With greetings. FILIPPOV [Stalin].\u201d",
        "[Stalin]",
        "gloss",
        "surname_after_surname",
    ),
    (
        "the USSR\u2019s ambassador to Cuba, comrade [Alexander] Alexeiev [Alexeyev], who told me",
        "[Alexeyev]",
        "gloss",
        "surname_after_surname",
    ),
    # near miss: after a full stop the bracket starts a phrase (after_punctuation)
    ("Ciphered Telegram No. 4159 from Filipov. [Stalin] agrees", "[Stalin]", "supplied", "after_punctuation"),
    # a known pseudonym that does not end as a surname is still the list's (pseudonym_before)
    (
        "Mikoyan - 1, Kaganovich - 1, Bulganin - 1.\n\nFENG XI [STALIN]\n\nIn accordance with",
        "[STALIN]",
        "gloss",
        "pseudonym_before",
    ),
    # a surname after a given name and patronymic completes the name
    (
        "He sent him warm greetings from Leonid Ilych [Brezhnev] and all members",
        "[Brezhnev]",
        "supplied",
        None,
    ),
    (
        "with [KGB Chairman] Viktor Mikhailovich [Chebrikov]. He instructed me",
        "[Chebrikov]",
        "supplied",
        None,
    ),
    ("to Chairman Mao [Zedong], Chairman Liu [Shaoqi], Chairman Zhu [De]", "[Shaoqi]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), NAMES)
def test_a_name_after_a_complete_name_is_a_gloss(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


def test_a_name_after_a_pronouns_contraction_names_whom_it_stands_for():
    # Kennedy tapes (McGeorge Bundy): "he's" is "he is", no possessive
    span = span_of("It’s very odd, Mr. President, if he’s [Khrushchev] changed his terms", "[Khrushchev]")
    assert span.category == "gloss", span.because
    assert span.glossed == "he"
    # a possessive's name is completed
    assert span_of("Mao's [Zedong] reply came", "[Zedong]").category == "supplied"


def test_an_expansion_after_a_quoted_acronym():
    # Secrecy News (FAS): the opening quote is no part of the acronym
    span = span_of("“CA [covert action] programs are not officially declassified", "[covert action]")
    assert span.category == "gloss", span.because
    assert span.because.startswith("expansion:"), span.because


@pytest.mark.parametrize(
    ("text", "inside", "feature"),
    [
        # a name whose last part is lower-case: the romanisation keys still compare it
        (
            "Lebanese Communist leader\n    Niqūlā al-Shāwī [Nicola al Shawi]\n",
            "[Nicola al Shawi]",
            "the same name romanised as before",
        ),
        (
            "Vice-Chairman Soong ching-ling [Song Qingling] (Madame Sun Yat-Sen)",
            "[Song Qingling]",
            "the same name romanised as before",
        ),
        # English words after a run of original-language words (Marx's letters, French)
        (
            "to the Queen, and de ne pas laisser passer la reine [not let the Queen pass].",
            "[not let the Queen pass]",
            "English words after original-language words",
        ),
    ],
)
def test_learned_features_of_real_glosses(text, inside, feature):
    from lacuna.classify.learned import span_features
    from lacuna.conventions import Conventions

    start = text.index(inside)
    assert feature in span_features(text, start, start + len(inside), Conventions.default())


def test_no_original_language_run_before_english_words():
    from lacuna.classify.learned import span_features
    from lacuna.conventions import Conventions

    text = "the delegation will not let the Queen [pass] through"
    start = text.index("[pass]")
    assert "English words after original-language words" not in span_features(
        text, start, start + 6, Conventions.default()
    )


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # Darwin's letters: the year completes a date of month and day
        ("CHARLES DARWIN TO J.D. HOOKER. Down, September 1st [1859].\n\n...I am not", "[1859]", "supplied"),
        # a date after an ordinal day alone pins it down
        ("after class on the 23rd [23 December] visited our student", "[23 December]", "gloss"),
    ],
)
def test_a_year_after_a_month_and_day_completes_the_date(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # corpus/ (Petrov to Zhang, 1947) and a Wilson Center record of conversation
        ("Moscow, 12 [January] 1947", "[January]"),
        ("On the afternoon of 22 [November], the Vice Foreign Minister Kim Tae-hui", "[November]"),
    ],
)
def test_a_month_after_the_days_figure_completes_the_date(text, inside):
    span = span_of(text, inside)
    assert span.category == "supplied", span.because


def test_one_name_after_punctuation_is_no_note_by_its_position():
    # hypothesis found it: the learned rule read a lone name after a full stop as a note (0.90)
    assert span_of(" Stalin 0. [Stalin]", "[Stalin]").category == "supplied"
    # a note's word still makes one ("[Signature]" after a full stop, at the end of a letter)
    assert span_of("With greetings. [Signature]", "[Signature]").category == "editor_note"


# (text, span, category): rule verb_object, real dev pages (Zhou Enlai's talks with Sihanouk;
# Chernyaev's notes), and the near miss after a determiner
VERB_OBJECTS = [
    ("1. The Issue of Laos. The Premier informed [Norodom] SIHANOUK that yesterday", "[Norodom]", "supplied"),
    (
        "The selector buzzed, we recognized [Aleksey Nikolaevich] Kosygins voice.",
        "[Aleksey Nikolaevich]",
        "supplied",
    ),
    ("He informed [Nguyen Duy Trinh] that the talks would go on.", "[Nguyen Duy Trinh]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), VERB_OBJECTS)
def test_a_name_after_a_verb_in_the_past_tense_is_its_object(text, inside, category):
    span = span_of(text, inside)
    assert span.category == category, span.because


def test_verb_object_declines_after_a_determiner():
    # "the aforementioned [Kim Il Sung]": an adjective the name may gloss, not a verb's object
    span = span_of("We spoke with the aforementioned [Kim Il Sung] about it.", "[Kim Il Sung]")
    assert not span.because.startswith("verb_object"), span.because
    span = span_of("He informed [Nguyen Duy Trinh] that the talks would go on.", "[Nguyen Duy Trinh]")
    assert span.because.startswith("verb_object"), span.because


def test_a_name_after_a_common_verb_in_a_form_its_ending_does_not_tell_is_its_object():
    # corpus/document-petrov-zhang-1947.txt (Wilson Center): "Zhang [Zhizhong], in his words,
    # suggested that Cde. Savel'yev turn [Xinjiang] into a model province"
    text = "Zhang [Zhizhong], in his words, suggested that Cde. Savel'yev turn [Xinjiang] into a model"
    span = span_of(text, "[Xinjiang]")
    assert (span.category, span.because) == ("supplied", "verb_object: the object of the verb 'turn'")
    # "told" is an irregular past: no "-ed" ending
    span = span_of("Kosygin told [Zhou Enlai] that the talks would go on.", "[Zhou Enlai]")
    assert span.category == "supplied", span.because
    # the noun "turn" after a determiner is not a verb: the rule declines
    span = span_of("It was then the turn [Kim Il Sung] had expected.", "[Kim Il Sung]")
    assert not span.because.startswith("verb_object"), span.because
