"""The context chain's own small rules: cues on the nearest word and the line (a lone query,
glued text, a line of its own, a numbered line, capitals spelled out, an abbreviation or
expansion). A date or time restated is :mod:`lacuna.classify.context.times`; the chain's order
is :mod:`lacuna.classify.context.order`."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from lacuna.classify.glossed import _initials
from lacuna.classify.learned import _note_words
from lacuna.classify.name_compare import _letters
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import (
    _ACRONYM,
    _BOUNDARY,
    _DOTTED,
    _INITIALS,
    _NAME_WORD,
    _STRIP,
    INITIALLED_NAME,
    _Decision,
    _word_facts,
)
from lacuna.conventions import fold


def _gloss_cue(c: _NearestOnly) -> _Decision:
    """A restating cue at the start (``[i.e., the embassy]``) or a translator's tail cue
    (``[district party committee--trans.]``): gloss."""
    cue = c.facts.cue
    if cue is None:
        return None
    return "gloss", cue, 0 if c.near is not None else None


def _lone_query(c: _NearestOnly) -> _Decision:
    """A lone ``[?]`` apart from the word before it (``Kim [?] said``): the reading before it is
    uncertain. Glued to a word at the end of a sentence or line (``What is to be done[?]``,
    ``from whom[?]``) it supplies the question mark; glued to a word the sentence goes on after
    (``my sons were[?] going``, ``Pepi[?] née Horowitz``, ``Keizig[?],``) it doubts that word."""
    if not c.facts.query:
        return None
    if c.glued:
        rest = c.line_after().lstrip(" \t")
        if not rest or rest[0] in _QUESTION_SUPPLIED_BEFORE:
            return None
        return "uncertain", "a question mark glued to a word the sentence goes on after doubts it", None
    return "uncertain", "a lone question mark doubts the reading before it", None


#: What may follow a glued ``[?]`` that supplies a question mark: the end of a sentence.
_QUESTION_SUPPLIED_BEFORE = frozenset(".!?\"'”’»")


def _glued(c: _NearestOnly) -> _Decision:
    """Glued to the letters before it (``A[ndrei]``, ``C[entral]``): supplied, it completes the word."""
    return ("supplied", "glued to the letters before it: completes the word", None) if c.glued else None


def _runs_on(c: _NearestOnly) -> _Decision:
    """Words of two or more ending with an article, a possessive that is no pronoun or a
    preposition, as written in lower case (``the``, ``a``, ``your``, ``at``; not the label's
    letter of ``[Tab A] for``), a word after it on its line: they run on into the text's words,
    supplied (FRUS 1918 Russia vol. III, d477: ``Department’s [telegram of July 20, answering
    your] 42.``; ``Congratulatory Remarks [Delivered at] the Bolshoi Theatre in Moscow``); an
    editor's note never ends on an open noun phrase."""
    if c.near is None or c.glued or not c.facts.open_end:
        return None
    words = c.inside().split()
    after = c.line_after()
    if not after[:1].isspace() or not after.strip()[:1].isalnum():
        return None
    return "supplied", f"ends with {words[-1]!r}: runs on into the words after it", None


def _own_line(c: _NearestOnly) -> _Decision:
    """A bracket that is a line of its own, without figures and not in capitals
    (``[Paraphrase]``, ``[Celebrations.]``, ``[probably address in Cyrillic]``): an editor's
    note on the document. With figures it is a supplied date or time (``[Received 3:56 p.m.]``,
    ``[December 1965]``); in capitals, a supplied heading (``[BRAZIL]``); a person's name
    with a middle initial, a supplied signature (FRUS: ``Very sincerely yours,``↵↵``[ George F.
    Kennan ]``). A bracket inside a bracket, or one that is the whole text, is not a line of its
    own."""
    if c.near is not None or not c.own_line():
        return None
    inside = c.inside()
    if inside.isupper() or not any(ch.isalpha() for ch in inside):
        return None
    if INITIALLED_NAME.fullmatch(inside.strip()) is not None:
        return None  # a person's name, a signature supplied ("[ George F. Kennan ]"): line_start
    if any(ch.isdigit() for ch in inside):
        # a figure in a description of the record (``[completes conversation begun on 9B8]``,
        # ``[From the forward of … Shtoib un Ash (Dust and Ashes), 1970]``) and not in a
        # supplied date or dateline (``[Received 3:56 p.m.]``, ``[ca May 1, 1866]``)
        if len(_DESCRIPTION_WORD.findall(inside)) < _DESCRIPTION_WORDS:
            return None
        return "editor_note", "a line of its own describing the record, figures and all", None
    return "editor_note", "a line of its own: the editor's words on the document", None


def _signature_supplied(c: _NearestOnly) -> _Decision:
    """A bracket alone on its line holding one or two capitalised words, none of them English
    (the lexicon), under a line that ends a sentence: the sender's surname, supplied by the
    editors where the file copy bears no signature (FRUS 1945 V, d247, Harriman to Truman:
    ``… make some helpful gesture in this connection.``↵↵``[Harriman]``), not an editor's note
    (rule own_line). A heading's name stands under a heading (``[PRELIMINARY MEMORANDA]``↵↵
    ``[Clark]``), a description is English (``… in the DRPK.``↵↵``[Celebrations.]``). A
    surname after its initials (``[V. Molotov]``) names a person: it signs a question of an
    exchange that the reply goes on under (Stalin's letters to Molotov on
    marxism.halkcephesi.net, 1930: ``… doesn't have a special line?``↵↵``[V. Molotov]``↵↵``Of
    course, …``; under any other sentence the text below must be notes or none), and the
    sentence above may end before its note's number after a word (``deviationists.2``; not a
    figure, ``was 4.2``). One initial of a point of the compass (``[N. Korea]``, ``[W.
    Germany]``: a place's) makes no initialled name.
    """
    if c.near is not None or not c.facts.name_inside or not c.own_line():
        return None
    inside = c.inside()
    # (one initial of a point of the compass may be a place's: "[N. Korea]", "[W. Germany]")
    initialled = _INITIALLED_SURNAME.fullmatch(inside) is not None and not _COMPASS_INITIAL.match(inside)
    words = inside.split()[-1:] if initialled else inside.split()
    if not 1 <= len(words) <= 2:
        return None
    if any(not w.isalpha() or c.conv.is_english(w.lower()) for w in words):
        return None
    above = c.text_line_above().rstrip()
    if initialled:
        above = _NOTE_NUMBER_AFTER.sub("", above)  # ("deviationists.2"; not "was 4.2")
    if above[-1:] not in _SENTENCE_ENDS:
        return None
    below = c.text_line_below()
    if below and not _NOTE_LINE.match(below) and not (initialled and above.endswith("?")):
        return None  # the text goes on: a heading or a place (``[Moscow]``), not a signature
    if any(fold(w) in c.conv.demonyms for w in words):
        return None  # a language or people named (``[Korean]``)
    return "supplied", "a surname alone under the text's last sentence: the signature supplied", None


#: A note's number after a sentence's end and a word (``deviationists.2``), not a figure's part.
_NOTE_NUMBER_AFTER = regex.compile(r"(?<=\p{L}[.!?])\d{1,3}\Z")
#: One initial that is a point of the compass (``N. Korea``, ``W. Germany``).
_COMPASS_INITIAL = regex.compile(r"[NSEW]\.\s?\p{Lu}\p{Ll}+\Z")
#: A surname after one or two initials (``V. Molotov``, ``J. V. Stalin``).
_INITIALLED_SURNAME = regex.compile(r"(?:\p{Lu}\.\s?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
#: What ends the sentence above a supplied signature.
_SENTENCE_ENDS = frozenset(".!?")
#: A line that may follow a signature: the text's notes (``  1. For the telegram …``).
_NOTE_LINE = regex.compile(r"\s*(?:\d{1,3}[.)]?|[*†‡])\s")


#: A lower-case word of three letters or more (a description's words, not a date's ``ca``
#: or ``p.m.``), and how many of them make a line of its own with figures a description.
_DESCRIPTION_WORD = regex.compile(r"(?<![\p{L}\p{N}.])\p{Ll}{3,}(?![\p{L}\p{N}.])")
_DESCRIPTION_WORDS = 3


#: What may open a line before a bracket that is otherwise a line of its own: a transcript's
#: line number ("4 [The accused entered court]", ICTY) or a bullet ("• [Open session]").
_LINE_MARKS = frozenset("•·*-–—")


def _numbered_line(c: _NearestOnly) -> _Decision:
    """A bracket alone on its line after the line's number or bullet, without figures and not
    in capitals (a transcript's ``4 [The accused entered court]``, ``• [The accused
    present]``): an editor's note, as a line of its own is (``own_line``). A name alone is
    no note: it is the item of a list (a Nixon tape subject log's ``-[Camp David]``, ``-[Robert
    F. Froehlke]``), words supplied."""
    near = c.near
    if near is None or c.glued or not ((near.isdigit() and len(near) <= 4) or near in _LINE_MARKS):
        return None
    if c.facts.name_inside:
        return None
    if c.word(1) is not None or c.after(0) is not None:
        return None
    inside = c.inside()
    if inside.isupper() or not any(ch.isalpha() for ch in inside) or any(ch.isdigit() for ch in inside):
        return None
    return "editor_note", f"a line of its own after its mark {near!r}: the editor's words", None


def _line_start(c: _NearestOnly) -> _Decision:
    """At the start of a text or line (or apart from the words before it): supplied, it
    starts a sentence (``[To] Ambassador``, ``[and] we wish``). Not where the inside reads
    as something other than a sentence's first words (the rules after this one read it):
    a sentence or an item's number of its own opening a paragraph, ending with a full stop
    (``[The date was added in pencil.]``, ``[1.] first, two of our …``; an abbreviation,
    ``[No.] 1426``, starts a sentence; lower-case words are no note by their position
    alone); capitals or a figure that closes its line apart from a sentence that ends
    before it (a note's page, ``… its leaders.    [p.671]``: it tags the sentence, as after
    punctuation)."""
    if c.near is not None:
        return None
    f, raw = c.facts, c.raw_inside()
    if _TAG.search(raw) is not None and _closes_line_apart(c):
        return None
    if (
        not (f.name_inside or f.lower_phrase or f.english_phrase)
        and _LOWER_START.match(raw) is None
        and _OWN_SENTENCE.search(raw) is not None
    ):
        # (a name opening the line is supplied: "[Castro]", "[Norodom]"; an item's number
        # opens a paragraph: alone on its line, "[12.]", it is read as usual)
        if not c.inside()[:1].isdigit() or c.line_after().strip(" \t"):
            return None
    return "supplied", "starts the line: supplies words", None


#: An inside that opens with a lower-case letter.
_LOWER_START = regex.compile(r"\s*\p{Ll}")
#: An inside that is a sentence or an item's number of its own: a word of four letters or
#: more, or a number, then a full stop at its end (``Teanslation.``, ``1.``).
_OWN_SENTENCE = regex.compile(r"(?:\p{L}{4}|(?<!\d)\d{1,3})\.\s*$")


def _closes_line_apart(c: _NearestOnly) -> bool:
    """Whether the span closes its line, apart from a sentence that ends before it."""
    before = c.line_before().rstrip()
    return bool(before) and _SENTENCE_END.search(before) is not None and not c.line_after().strip(" \t")


#: An inside in capitals: one to four words of capital letters (``WIND``, ``LATITUDE BY
#: OBSERVATION``).
_CAPITALS = regex.compile(r"\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}")
#: How alike (rapidfuzz ratio) a misspelt word and its spelling in capitals are at least
#: (``boath [BOTH]`` 89, ``chace [CHASE]`` 80).
_CAPITALS_SIMILAR = 75.0


def _capitals_spelled_out(c: _NearestOnly) -> _Decision:
    """An inside in capitals that spells out the word or words before it, abbreviated or
    misspelt, in full and in standard spelling: their letters, in order, are the inside's from
    its first (a whaling log's transcription on FromThePage: ``Strong win [WIND] from WSW``,
    ``so goes Lat by Obs [LATITUDE BY OBSERVATION]``, ``to the SW ward [SOUTHWESTWARD]``,
    ``once more by Chro. [CHRONOMETER]``), or the one word before is a letter or two apart
    (``boath [BOTH]``): a gloss of those words, also after a full stop (an abbreviation's).
    Not after a word in capitals (Venona's cover name ``CARTHAGE [KARFAGEN]``, an acronym's
    expansion), a function word (``went to [TOKYO]`` supplies the name) or a single letter."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.capitals or wf.upper or wf.function:
        return None
    inside = c.inside()
    if _CAPITALS.fullmatch(inside) is None:
        return None
    target = "".join(ch for ch in fold(inside) if ch.isalpha())
    back = ""
    for k in range(len(inside.split()) + 1):
        word = c.word(k)
        if word is None or (k and _word_facts(word, c.conv).after_boundary):
            return None
        back = "".join(ch for ch in fold(word) if ch.isalpha()) + back
        if len(back) < 2 or back[0] != target[0] or fold(word).strip(".") in c.conv.function_words:
            continue
        # (``back``'s letters all in ``target``, in order: their longest common subsequence)
        if LCSseq.similarity(back, target) == len(back) or (
            not k and fuzz.ratio(back, target, score_cutoff=_CAPITALS_SIMILAR) >= _CAPITALS_SIMILAR
        ):
            spelled = " ".join(c.words(k + 1))
            return "gloss", f"spells out {spelled!r} in capitals", k
    return None


def _after_punctuation(c: _NearestOnly) -> _Decision:
    """After punctuation (``. [Kovalev] left``): supplied, it starts a phrase. Not after a
    sentence's end when nothing but a full stop follows on its line and the inside holds a
    figure or capitals only (``… in 1988. [MN/SS]``, ``… closing remark” [MTP].``, ``…
    Papers]. [M91s15f3i1]``, ``… the scourge of war' " [1013th meeting, para. 94].``): no
    phrase starts there, the bracket tags the sentence before it (an editor's initials, a
    siglum, a reference) and the rules after this one read it. Words there are no note by
    their position alone (a signature, ``… their approval. [Hull.]``, is supplied)."""
    wf = c.wf
    if wf is None or not wf.after_boundary:
        return None
    if _TAG.search(c.raw_inside()) is not None and _tags_sentence(c):
        return None
    return "supplied", "after punctuation: supplies words", None


#: What a tag on a sentence holds: a figure, or capitals and no lower-case letter (initials,
#: a siglum: ``MN/SS``, ``MTP``).
_TAG = regex.compile(r"\d|\A[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\Z")
#: A word that ends a sentence: a full stop, a question or exclamation mark, a closing quote.
_SENTENCE_END = regex.compile(r"[.!?][\"'”’»)]?$|[\"”’»]$")


def _tags_sentence(c: _NearestOnly) -> bool:
    """Whether the span follows a sentence's end and closes its line (nothing but a full stop
    after it): it tags the sentence before it (``… in 1988. [MN/SS]``, ``… remark” [MTP].``)."""
    near = c.near or ""
    if _SENTENCE_END.search(near) is None or _ABBREVIATED.search(near) is not None:
        return False
    return c.line_after().strip(" \t") in ("", ".")


#: A word whose full stop is an abbreviation's (``p.m.``, ``d.C.``, an initial ``A.``), not
#: a sentence's end.
_ABBREVIATED = regex.compile(r"(?:\A\p{Lu}|\.\p{L}{1,3})\.[\"'”’»)]?\Z")


def _acronym_without_name(c: _NearestOnly) -> _Decision:
    """An acronym with no name before it to abbreviate: after a bracket (``Re [cryptonym not
    declassified] [COS] telcon``) or after the first word of a sentence that does not share its
    first letter (``lock. However [COS] has seen``; ``-Television [TV] coverage`` is a gloss):
    supplied, it names someone."""
    f, wf = c.facts, c.wf
    if wf is None or not f.acronym or wf.upper or wf.function or wf.digit_initial:
        return None
    if c.line_before().rstrip().endswith("]"):
        return "supplied", "an acronym after a bracket: no name before it to abbreviate", None
    if not _starts_sentence(c):
        return None
    first = next((ch for ch in wf.folded if ch.isalpha()), "")
    if first == fold(c.inside())[:1]:
        return None
    return "supplied", f"an acronym after {c.near!r} opening the sentence: it names someone", None


def _abbreviation(c: _NearestOnly) -> _Decision:
    """An abbreviation after the words it abbreviates (``air defence [PVO]``, ``the Central
    Committee of the Bulgarian Communist Party [CC of the BCP]``), or a capitalised word written
    another way (``CORA [KORA]``): gloss. Not after a sentence's end when it closes its line
    (a siglum tagging the sentence, Mark Twain Project's ``… closing remark” [MTP].``)."""
    f, wf = c.facts, c.wf
    if wf is None:
        return None
    if not f.acronym:
        return _acronym_phrase(c)
    if wf.after_boundary and _tags_sentence(c):
        return None  # "… closing remark” [MTP].": a siglum tagging the sentence, no abbreviation
    if wf.upper and f.few_words == 1:
        return "gloss", "the same name written another way", 0
    if wf.function or wf.digit_initial:
        return None
    k, most = 0, len(_letters([c.inside()]))
    while k + 1 < most and (previous := c.word(k + 1)) is not None:
        w = fold(previous)
        if w in c.conv.function_words or w[-1:] in _BOUNDARY:
            break
        k += 1
    return "gloss", "abbreviation of the words before it", k


#: How well the initials of the words before must spell an abbreviation of several words
#: (rapidfuzz ratio): ``Central Committee of the Bulgarian Communist Party [CC of the BCP]``.
_PHRASE_SPELT = 80.0


def _acronym_phrase(c: _NearestOnly) -> _Decision:
    """Acronyms joined by function words (``CC of the BCP``) after the capitalised words whose
    initials spell them: gloss of those words (``abbreviation``)."""
    f, wf = c.facts, c.wf
    if wf is None or not f.capitalised or not f.name_start or f.name_inside or f.first_function:
        return None
    if not wf.name_word or wf.acronym or wf.after_boundary:
        return None
    conv = c.conv
    words = c.inside().split()
    kinds = [_word_facts(w, conv) for w in words]
    if not any(k.acronym for k in kinds) or not all(k.acronym or k.exact_function for k in kinds):
        return None
    letters = _initials(words, conv)
    back: list[str] = []
    for k in range(len(letters) * 2 + 2):
        word = c.word(k)
        if word is None or (k and _word_facts(word, conv).after_boundary):
            break
        back.insert(0, word)
        if word[:1].isupper() and fuzz.ratio(_initials(back, conv), letters) >= _PHRASE_SPELT:
            return "gloss", f"the words before spell the abbreviation {c.inside()!r}", k
    return None


def _starts_sentence(c: _NearestOnly) -> bool:
    """Whether the nearest word starts its line or follows punctuation (a sentence's first word)."""
    previous = c.word(1)
    if previous is None:
        return True
    # an initial ("W. Stoph") ends no sentence
    return _word_facts(previous, c.conv).after_boundary and _INITIALS.fullmatch(previous) is None


def _expansion(c: _NearestOnly) -> _Decision:
    """An expansion after an abbreviation (``MFA [Ministry of Foreign Affairs]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is not None and not wf.acronym and f.lower_phrase and _DOTTED.fullmatch(c.near or "") is not None:
        # initials of lower-case words ("the slogan of F.T.U. [free trade unions]"), not a name's
        initials = "".join(w[0] for w in fold(c.inside()).split())
        if initials == "".join(ch for ch in fold(c.near or "") if ch.isalpha()):
            return "gloss", f"expands the abbreviation {c.near!r}", 0
        return None
    if wf is None or not wf.acronym or (f.first_function and not f.determiner_phrase):
        return None
    if f.few_words < 2:
        # one word spelling the abbreviation's letters in order from its first ("the PB
        # [Politburo]"): the word it stands for
        letters = [ch for ch in fold(c.near or "") if ch.isalpha()]
        word = fold(c.inside())
        if len(letters) < 2 or not f.name_start or not word.startswith(letters[0]):
            return None
        rest = iter(word[1:])
        if not all(ch in rest for ch in letters[1:]):
            return None
        return "gloss", f"the word the abbreviation {c.near!r} stands for", 0
    if not f.capitalised and _note_words(c.conv).intersection(fold(c.inside()).split()):
        return None  # "UVPI [expansion unknown]": the editor's words on the abbreviation
    k = 0
    while (previous := c.word(k + 1)) is not None and _ACRONYM.fullmatch(previous.rstrip(".")):
        k += 1
    letters = {ch for ch in fold(c.near or "") if ch.isalpha()}
    initials = {w[0] for w in fold(c.inside()).split() if w[:1].isalpha()}
    if not letters & initials:
        return None  # "UN [General Assembly]": it completes the name, it expands nothing
    return "gloss", f"expands the abbreviation {c.near!r}", k


def _restates_phrase(c: _NearestOnly) -> _Decision:
    """A noun phrase restated (``the partners [the French and Italian delegations]``): gloss.
    Not a possessive (``one that expressed [the Soviet leader’s] concern``, a Polish ciphergram):
    it belongs to the noun after it, words supplied; nor after a noun a clause follows without
    ``that`` (``[gloss] clause_nouns``: way, manner, extent) after ``the``, a lower-case word
    after the bracket: the clause's subject, supplied (the Wilson Center's Ceausescu and Zhou
    Enlai, 20 June 1971: ``the way [the money] is distributed``). Nouns of time and ``reason``
    are none (``that day [the 14th of July] was hot``: a restatement)."""
    f, wf = c.facts, c.wf
    if (
        wf is None
        or not (f.determiner_phrase or f.name_inside or f.listing)
        or f.possessive_name
        or not wf.lower_word
        or wf.function
    ):
        return None
    if f.name_inside and not wf.english:
        return None
    determiners = c.conv.determiners
    previous = c.word(1)
    if previous is not None and fold(previous) in c.conv.quantities:  # "the two sides [...]"
        previous = c.word(2)
    if previous is None or fold(previous) not in determiners:
        return None
    if not (f.name_inside or f.listing) and _no_noun(c.inside(), c.conv.function_words):
        return None  # "the assurance [that it] will obtain": a clause's start, words supplied
    if wf.folded in c.conv.clause_nouns and fold(previous) == "the":
        then = c.after(0)
        if then is not None and then[:1].isalpha() and then[:1].islower():
            return None  # "the way [the money] is distributed": the clause's subject, supplied
    if f.name_inside and f.few_words < 2 and fold(previous) not in c.conv.possessive_determiners:
        return None  # one name after "the", "this" reads on ("this message [Mobutu] remains", FRUS)
    # (one name after a possessive's noun names it, "our country [Mexico] for"; before a name it
    # completes that name, "his successor [Aleksandr] Alekseyev": the test below)
    following = c.after(0) if f.name_inside else None
    if following is not None and _NAME_WORD.fullmatch(following.strip(_STRIP)) is not None:
        return None  # "the last [General] Assembly": part of the name after it
    return "gloss", f"names what {c.near!r} refers to", 0


def _no_noun(inside: str, function_words: frozenset[str]) -> bool:
    """Whether the words after the inside's first are all function words, so that it holds no
    noun phrase to restate (the Wilson Center's Chilean telegram from Rio de Janeiro, 1 November
    1962: ``[with] the assurance [that it] will obtain approval``: ``that`` opens a clause)."""
    words = fold(inside).split()[1:]
    return bool(words) and all(w.strip(_STRIP) in function_words for w in words)


def _function_word(c: _NearestOnly) -> _Decision:
    """After a function word (``there are [no]``, ``the [USSR]``): supplied, it fills the sentence
    (a capitalised ``May`` after a day is a month, not a modal)."""
    wf, f = c.wf, c.facts
    if wf is not None and wf.function and (wf.lower_initial or c.word(1) is None):
        if f.foreign_after_english and f.few_words >= 2 and wf.english:
            return None  # "terribly taken in [shangle hendade dang]": no English fills it
        return "supplied", f"after the function word {c.near!r}: fills the sentence", None
    return None
