"""The twenty-fourth round's second part (translated letters, testimony and records): the
conventions its misses showed, each shared by many editions. Cases written by hand from the
real pages (address in a comment)."""

from __future__ import annotations

import lacuna
from conftest import span_of


def test_translator_note_label_closed_by_a_semicolon():
    # https://www.iwm.org.uk/collections/item/object/1030026241 (the Imperial War Museums'
    # translation of a Hungarian deportee's postcard of 1944)
    text = (
        "Demand from Eva what she promised to us [translator’s note; literally ‘from Eva demand "
        "things with force’]. Show her this postcard, and pass on my regards."
    )
    span = span_of(text, "[translator’s note; literally ‘from Eva demand things with force’]")
    assert span.category == "translator_note", span.because
    assert span.because.startswith("translator_note_opener")
    text = "My dear Pali [translator’s note; the way that this is written indicates this is her son]\nWe are"
    span = span_of(text, "[translator’s note; the way that this is written indicates this is her son]")
    assert span.category == "translator_note", span.because


def test_editor_note_label_closed_by_a_semicolon():
    # the same convention for the editor's label
    span = span_of(
        "He left [editor's note; the date is uncertain] that day.", "[editor's note; the date is uncertain]"
    )
    assert span.category == "editor_note", span.because
    assert span.because.startswith("editor_note_opener")


def test_scilicet_before_the_word_meant():
    # http://memoriaemigrazioni.it/prt_lettere_singola.asp?idSez=237 (an Italian emigrant's letter)
    text = "potevamo mandarvi i passaggi [sc. biglietti] e unirci assieme"
    span = span_of(text, "[sc. biglietti]")
    assert span.category == "gloss", span.because
    assert span.glossed == "passaggi"


def test_place_now_after_a_place():
    # https://www.pogromnovember1938.co.uk/viewer/fulltext/93854/1/eng/ (the Wiener Holocaust
    # Library's November Pogrom reports)
    text = (
        "Such events were happening e.g. even in the summer in Hülchrath (Rhineland) [now in North "
        "Rhine-Westphalia], in Selm-Beifang (Westphalia) [now a district in Selm, North "
        "Rhine-Westphalia] etc."
    )
    for inside in ("[now in North Rhine-Westphalia]", "[now a district in Selm, North Rhine-Westphalia]"):
        span = span_of(text, inside)
        assert span.category == "gloss", (inside, span.because)
        assert span.because.startswith("place_now")
    # a genealogy forum's translated record (jewishgen.org ViewMate, key 25730)
    text = "born on 1st October 1913 in Biskowice, Lwow province [today Lviv, Ukraine], occupation: printer"
    assert span_of(text, "[today Lviv, Ukraine]").category == "gloss"


def test_now_in_a_sentence_is_not_a_place():
    # after "to be" the bracket goes on with the sentence; "now" alone is no place
    span = span_of("He is [now in] prison since May.", "[now in]")
    assert not span.because.startswith("place_now"), span.because
    span = span_of("The Germans [now] came to Kassa.", "[now]")
    assert not span.because.startswith("place_now"), span.because


def test_page_tags_in_the_letters_language():
    # https://vaterland.pl/list_wyslany_z_obozu_koncentracyjnego_w_dachau_przez_jednego_z_wiezniow,skomentuj.html
    # (a Polish transcription of a Dachau prisoner's letter of 1941)
    text = (
        "Nie miej żadnych złych myśli z tego powodu.\n[druga strona]\nI bardzo wam wszystkim "
        "dziękuję\nTu, droga Czesiu\n[trzecia strona]\nstrasznie mnie to cieszy"
    )
    for inside in ("[druga strona]", "[trzecia strona]"):
        assert span_of(text, inside).category == "page_break", inside
    # a note on a page is read as usual
    span = span_of("x\n[druga strona brakuje, list urwany]\ny", "[druga strona brakuje, list urwany]")
    assert span.category != "page_break"


def test_gap_reasons_in_polish():
    # the same Polish transcription: a smudged word, a word the transcriber cannot make out
    text = "a zarobki nie takie dobre. [nie mogę się rozczytać] Poza tym wszystkim co dla mnie robicie"
    span = span_of(text, "[nie mogę się rozczytać]")
    assert span.category == "gap" and span.reason == "illegible", span.because
    text = "a jeszcze bardziej łakomy na [rozmazane]. Czesia, koledzy, muzyka"
    span = span_of(text, "[rozmazane]")
    assert span.category == "gap" and span.reason == "illegible", span.because


def test_sign_drawn_on_the_page():
    # https://mtholyoke.com/dalbino/letters/text/richards31.html (Mount Holyoke's letters)
    text = "took me on a wonderful drive Amherst [arrow] Deerfield [arrow] Ashfield [arrow] Buckland"
    for span in lacuna.parse(text).spans():
        assert span.category == "editor_note" and span.because.startswith("sign_drawn"), span.because
    # https://germanphilately.org/visitors-forum/showmessage-vis.asp?number=169 (a Czech postmark)
    text = "it bears an oval ‘Poštovní úřad / [ornament] / Svitavy’ [= Svitavy post office] and a date"
    assert span_of(text, "[ornament]").category == "editor_note"
    # https://phdn.org/archives/www.mazal.org/archive/nmt/08/NMT08-T0358.htm (NMT, vol. 8)
    text = "Copies to:\nter Meer\nEisfeld [check marks after names]\n|"
    assert span_of(text, "[check marks after names]").category == "editor_note"


def test_a_sign_named_as_a_code_name_is_not_drawn():
    span = span_of("They spoke of the [broken arrow] policy.", "[broken arrow]")
    assert not span.because.startswith("sign_drawn"), span.because


def test_quoted_whole_after_words_is_a_gloss():
    # https://www.leonidhurwicz.org/letter-to-ala/ (Hurwicz's Polish letter of 1940)
    text = "karte polecona, lotnicza, wyslana ze Lwowa 20.7. b.r. [“bieżącego roku”] tresci nastepujacej:"
    assert span_of(text, "[“bieżącego roku”]").category == "gloss"
    # https://www.survivormitzvah.org/fima-g-kremenchug-ukraine-4/ (a survivor's letter)
    text = "about 200 grams a day of [some partially inedible remainder] of rice, [“kurmak”]. We prepared"
    span = span_of(text, "[“kurmak”]")
    assert span.category == "gloss" and span.because.startswith("quoted_whole"), span.because


def test_quoted_whole_opening_its_line_is_read_as_usual():
    span = span_of(
        "Timing\n[“The Birthright of an American Child”], November 5",
        "[“The Birthright of an American Child”]",
    )
    assert not span.because.startswith("quoted_whole"), span.because


def test_reddit_flairs_are_the_platforms():
    # https://redlib.fmhy.net/r/translator/comments/1lxwfao/polish_to_english (a Reddit mirror)
    text = "r/translator 27d ago\n\nTranslated [PL] Polish to English\n\nThis letter was postmarked 1947."
    span = span_of(text, "[PL]")
    assert span.category == "other" and span.because.startswith("post_status_flair"), span.because
    text = "5 comments sorted by\n\n3\n\nu/CharacterUse [ Polish] 26d ago edited 26d ago\n\nTranscription:"
    span = span_of(text, "[ Polish]")
    assert span.category == "other" and span.because.startswith("user_flair"), span.because
    # https://rl.huuu.biz/r/translator/comments/1gxcewy/polishenglish_what_was_my_navy_cook_grandfather
    text = "u/NimlothTheFair_ [język polski] Nov 22 '24 edited 29d ago\nJune 19, 1944, Monday 10 A.M."
    assert span_of(text, "[język polski]").category == "other"


def test_a_language_code_in_a_sentence_is_no_flair():
    span = span_of("The letter was translated [PL] by the family.", "[PL]")
    assert span.category != "other", span.because


def test_century_before_a_year_written_short():
    # https://history.avonctlibrary.info/january-31-1898/ (a transcribed letter of 1898)
    text = "January 31, 1898\n\nJan. 31, [18] ‘98\n\nDear Mamma,\nBefore I got your letter"
    span = span_of(text, "[18]")
    assert span.category == "supplied" and span.because.startswith("year_century"), span.because
    # a note reference after a word stays one
    assert span_of("as Kim said [18] in 1998", "[18]").category == "footnote_ref"


def test_article_opening_a_quoted_line():
    # http://holocaustcontroversies.blogspot.com/2011/12/belzec-sobibor-treblinka-holocaust_6356.html
    text = (
        "Rosenberg recognised this linkage when he wrote, on May 8, 1941, that the war would be:\n"
        "[a] fight for the food supply"
    )
    span = span_of(text, "[a]")
    assert span.category == "supplied" and span.because.startswith("article_opens_line"), span.because
    # a note's letter opening its line before the note's capital stays a reference
    assert span_of("Notes\n[a] The editors add this.", "[a]").category == "footnote_ref"


def test_whose_relative_the_person_named_is():
    # https://rummelsincrediblestories.blogspot.com/2023/11/this-is-fourth-letter-in-correspondence.html
    text = "It was very nice of you to send a\nwire to Lilly [Emma’s older daughter]"
    span = span_of(text, "[Emma’s older daughter]")
    assert span.category == "gloss" and span.because.startswith("kin_described"), span.because
    assert span.glossed == "Lilly"
    span = span_of("On Sunday I saw Paul [his brother] at the station.", "[his brother]")
    assert span.because.startswith("kin_described"), span.because


def test_kin_after_a_name_opening_its_sentence_is_read_as_usual():
    span = span_of("Lilly [Emma’s older daughter] came.", "[Emma’s older daughter]")
    assert not span.because.startswith("kin_described"), span.because
