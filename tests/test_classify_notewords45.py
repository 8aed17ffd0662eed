"""Words transcribers use to describe a document or a recording that lacuna did not know
(issue 13, task notewords45): rule description_word reads them alone in their brackets
(``[notes.words]``: English words that are ordinary words of a sentence too, only standing
apart; the same descriptions in the languages archives translate from, unless after or before
their English translation or after a function word), sheet_place reads ``[on reverse]``,
``[on back]``, ``[interlinear]``, and a word ``[exact]`` lists as the editor's between a
determiner and the sentence's next word is a word of the sentence.

The sentences are written by hand in the shapes of the published conventions (TEI P5, the
crowd-transcription guides, captioning styles, the archives' transcriptions in their own
languages); the near misses are glosses and supplied words that must stay."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, span_of

MUST_READ = [
    # (text, inside, rule)
    ("Eingegangen am 5. Mai [Stempel]", "[Stempel]", "description_word"),
    # the original's own words go on after it (no English word next)
    ("Kierownik [pieczęć] dnia 5 maja 1950", "[pieczęć]", "description_word"),
    ("Mit deutschem Gruß\n[Unterschrift]", "[Unterschrift]", "description_word"),
    ("Der Bürgermeister [Siegel] [Unterschrift]", "[Siegel]", "description_word"),
    ("[Briefkopf] Reichsministerium des Innern", "[Briefkopf]", "description_word"),
    ("[Rückseite] Eingegangen am 5. Mai", "[Rückseite]", "description_word"),
    ("Kierownik [pieczęć] [podpis]", "[pieczęć]", "description_word"),
    ("Kierownik [pieczęć] [podpis]", "[podpis]", "description_word"),
    ("Z poważaniem [podpis]", "[podpis]", "description_word"),
    ("Naczelnik Urzędu [pieczątka]", "[pieczątka]", "description_word"),
    ("Начальник отдела [подпись]", "[подпись]", "description_word"),
    ("Начальник отдела [печать]", "[печать]", "description_word"),
    ("[резолюция] Тов. Иванову. Разобраться.", "[резолюция]", "description_word"),
    ("Director of the Institute [podpis'] Moscow, 5 May 1950", "[podpis']", "description_word"),
    ("El alcalde [sello] Juan Pérez", "[sello]", "description_word"),
    ("O presidente [carimbo] [assinatura]", "[assinatura]", "description_word"),
    ("Le préfet [cachet] [paraphe]", "[paraphe]", "description_word"),
    ("Il sindaco [timbro] Mario Rossi", "[timbro]", "description_word"),
    ("Az elnök [pecsét] [aláírás]", "[aláírás]", "description_word"),
    ("Předseda [razítko] Jan Novák", "[razítko]", "description_word"),
    ("Dear Anna,\n[drawing]\nI miss you all.", "[drawing]", "description_word"),
    ("and so we went home. [sketch] The next day", "[sketch]", "description_word"),
    ("A. Yes. [music] Q. And then?", "[music]", "description_word"),
    ("[Music]\nGood evening and welcome.", "[Music]", "description_word"),
    ("Q. Did you see him? [silence] A. No.", "[silence]", "description_word"),
    # the description word and whose it is, or what it is like, in the same language
    (
        "Berlin, den 5. Mai 1915. [Unterschrift Bethmann Hollweg]",
        "[Unterschrift Bethmann Hollweg]",
        "description_word",
    ),
    ("Warszawa, dnia 3 maja. [podpis Jan Kowalski]", "[podpis Jan Kowalski]", "description_word"),
    ("[pieczęć okrągła] Urząd Gminy", "[pieczęć okrągła]", "description_word"),
    # a thing on the paper, a caption's sound
    ("Boston, May 5th 1862 [stylised monogram] Dear Sister", "[stylised monogram]", "physical"),
    ("Q. And the others? [ Chatter ] A. They left.", "[ Chatter ]", "description_word"),
    ("the letter [on reverse] says that he left", "[on reverse]", "sheet_place"),
    ("[interlinear] and the rest of the regiment", "[interlinear]", "sheet_place"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), MUST_READ)
def test_a_description_word_is_the_editors(text: str, inside: str, rule: str) -> None:
    assert_read_by(text, inside, "editor_note", rule)


NEAR_MISSES = [
    # (text, inside, category): an original-language word after or before its translation
    ("the seal [pechat'] of the ministry", "[pechat']", "gloss"),
    ("the state [pieczęć] seal", "[pieczęć]", None),
    ("the Soviet press [pechat’] wrote of it", "[pechat’]", "gloss"),
    ("his signature [podpis] under the order", "[podpis]", "gloss"),
    ("a large firm [firma] in Madrid", "[firma]", None),
    ("the official stamp [Stempel] of the police", "[Stempel]", None),
    ("the Party's resolution [rezolyutsiya] on the matter", "[rezolyutsiya]", "gloss"),
    ("in the margin [na polyakh] of the report", "[na polyakh]", "gloss"),
    ("the talks on the sidelines [en marge] of the summit", "[en marge]", "gloss"),
    # a function word before it: a word of the sentence
    ("the [Stempel] was missing", "[Stempel]", None),
    ("with a [sello] of the Crown", "[sello]", None),
    # an English description word inside a sentence
    ("He said [music] no.", "[music]", None),
    ("They sat in the [drawing] room.", "[drawing]", None),
    ("He made a [sketch] of the camp.", "[sketch]", None),
    ("We were [drawing] water from the well.", "[drawing]", None),
    ("the long [silence] of the night", "[silence]", None),
    ("the family [crest] was carved over the door", "[crest]", None),
    ("they met on the [reverse] slope", "[reverse]", None),
    ("He sent a [postcard] from Paris.", "[postcard]", None),
    # review47: a lower-case English word next, the English sentence goes on through it (a
    # village, a surname supplied after a first name, the press; "selo" is no seal here)
    ("He was born in the village [selo] of Kamenka in 1894.", "[selo]", "gloss"),
    ("Bugsy [Siegel] was mentioned in the FBI summary.", "[Siegel]", "supplied"),
    ("Herbert [Stempel] testified before the subcommittee.", "[Stempel]", "supplied"),
    ("The Soviet newspapers [pechat'] attacked him for a week.", "[pechat']", "gloss"),
    ("The conference issued a final document [rezolyutsiya] on Berlin.", "[rezolyutsiya]", "gloss"),
    ("He wrote [Stempel] here", "[Stempel]", None),
    # an illegible signature in another language: no description_word (a gap's reason at the end)
    ("Kierownik [podpis nieczytelny]", "[podpis nieczytelny]", None),
    # a listed word between a determiner and the sentence's next word
    ("he put his [signature] on it", "[signature]", "supplied"),
    ("the [signature] page was torn", "[signature]", "supplied"),
    ("the [stamp] collection was sold", "[stamp]", "supplied"),
    ("the [seal] ring of the king", "[seal]", "supplied"),
]


@pytest.mark.parametrize(("text", "inside", "category"), NEAR_MISSES)
def test_a_word_of_the_sentence_is_no_description(text: str, inside: str, category: str | None) -> None:
    span = span_of(text, inside)
    assert not span.because.startswith("description_word:"), span.because
    if category is not None or "nieczytelny" not in inside:
        assert span.category != "editor_note", span.because
    if category is not None:
        assert span.category == category, span.because


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a listed word alone stays the editor's: at a line's end, after a comma, before a name
        ("Yours sincerely,\n[signature]", "[signature]"),
        ("Sincerely yours, [signature] John Smith", "[signature]"),
        ("Received on 5 May [stamp]", "[stamp]"),
        ("Ministry of Justice [seal]", "[seal]"),
    ],
)
def test_a_listed_word_alone_stays_the_editors(text: str, inside: str) -> None:
    assert_read_by(text, inside, "editor_note", "listed")


def test_a_users_exact_entry_wins_inside_a_sentence(tmp_path) -> None:
    """A word a user's conventions file adds to ``[exact]`` is read as the entry says, between
    a determiner and a lower-case word too (only ``gap.ordinary_listed``'s words are read in
    the sentence there): the user's entries always win."""
    import lacuna
    from lacuna.conventions import Conventions

    path = tmp_path / "conv.toml"
    path.write_text('[exact]\n"blue" = "editor_note"\n', encoding="utf-8")
    conv = Conventions.load(path)
    span = next(iter(lacuna.parse("a [blue] b", conventions=conv).spans()))
    assert (span.info.category, span.info.because.partition(":")[0]) == ("editor_note", "listed")
    assert span_of("a [blue] b", "[blue]").category == "supplied"  # the shipped table's reading
