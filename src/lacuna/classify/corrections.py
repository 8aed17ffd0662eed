"""Context rules for an editor's correction: of a garbled or wrong word (FRUS telegrams and
cables), of a word replaced by another of its closed class (``our [their] offer``)."""

from __future__ import annotations

import datetime

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming, JaroWinkler, Levenshtein

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import SENTENCE_STOP, _Decision, _kind_of
from lacuna.conventions import Conventions, fold
from lacuna.dates import MONTHS
from lacuna.normalize.romanization import consonant_key, same_name

__all__: list[str] = []

#: How alike (rapidfuzz ratio) a garbled word and its correction are at least: a letter or two
#: apart (``jihab [jihad]`` 80, ``Baxwnga [Bakwangam]`` 75); ``we [were]`` (67) is no correction.
_GARBLE_SIMILAR = 75.0
#: The fewest letters of a capitalised word one letter apart from the inside read as a garbled
#: name however low their ratio (``Lux [Luz]``: 67).
_SHORT_NAME = 3


def _corrected_garble(c: _NearestOnly) -> _Decision:
    """One word after a word it differs from by a letter or two (FRUS: ``call jihab [jihad]
    against communism``, ``Thysville [to] Baxwnga [Bakwangam]``): the editors' correction of a
    garble. Not another romanisation of it (``Jeong [Jong]``, ``Alexeiev [Alexeyev]``: one
    romanisation key), not the other country's spelling of it (``parlour [parlor]``), not a
    cover name in capitals (Venona's ``CARTHAGE [KARFAGEN]``), not after a function word (``the
    [then] minister`` supplies a word). Not a word of the English lexicon either: a writer's
    misspelling of a common word set right by the transcriber is a gloss (rule
    standard_spelling). Nor a name: a name or a day spelt the standard way after the writer's
    spelling of it (``Munday [Monday]``, Christ Church's vestry minutes; ``Hyram [Hyrum]``, the
    Joseph Smith Papers; ``Eyers [Ayers]``, the Adams Papers; ``Ahasverus [Ahasuerus]``: one
    vowel changed, or a letter for one that spells its sound, ``[corrections] alike_letters``,
    the word's length kept) is a gloss of it; a garble drops and changes letters (``Baxwnga
    [Bakwangam]``), or sets another consonant in a name (FRUS 1945 IX, d272: ``One of speakers,
    Blanca Lux [Luz] Brum``)."""
    fixed = _garbled_pair(c)
    if fixed is None or c.conv.is_english(fixed):
        return None
    if (
        c.inside()[:1].isupper()
        and c.wf is not None
        and Hamming.distance(c.wf.folded, fixed, score_cutoff=1) <= 1
        and _spelt_alike(c.wf.folded, fixed, c.conv)
    ):
        return None  # a name spelt the standard way after the writer's spelling (``Munday [Monday]``)
    return "correction", f"the garbled word {c.near!r} corrected", None


def _spelt_alike(word: str, other: str, conv: Conventions) -> bool:
    """Whether two (folded) words of one length differ only in vowels or in letters that spell
    one sound (``[corrections] alike_letters``: ``ahasverus``/``ahasuerus``)."""
    if consonant_key(word) == consonant_key(other):
        return True
    pairs = conv.alike_letters
    return all(a == b or (a, b) in pairs for a, b in zip(word, other, strict=False))


def _garbled_neighbour(c: _NearestOnly) -> _Decision:
    """One lower-case word of the English lexicon after a word of the lexicon it could not
    stand beside: the editors' correction of a garbled code group, decoded as its neighbour in
    an alphabetical code book (FRUS 1918, Russia: ``This is elegant [eloquent] proof``,
    ``Semenov attempting to obviate [obstruct] shipment``; a Jonestown Institute transcript:
    ``Baghdad summon [summit] conference``). The neighbour: the same two opening letters, alike
    by rapidfuzz's Jaro-Winkler score (:data:`_NEIGHBOUR_SIMILAR`), neither the other's stem
    (``wand [wanted]``). Side by side the two words do not read: both of one kind by their
    endings (``[gloss.kinds]``; a noun after a noun restates it, rule same_kind) and of one
    form (a plural, ``-ing``, ``-ed``, ``-ly``: ``to present [proposals]``, ``affairs
    [affirming]`` are words added), the word before no function word and not after an article,
    a determiner or a modal (``[corrections] neighbour_blockers``: ``the trade [treaty]
    negotiations``, ``we should reach [real] agreement`` supply a word) unless it repeats the
    word before that (the garble again: ``all except the except [extreme] parties``), and a
    lower-case content word right after the bracket (``to provide [protest] against``,
    ``copper [cotton], oil``: a list or a word added). Also a word split in two by the garble,
    the bracket's word opening as the first and ending as the second, letters lost between them
    (FRUS 1919, Russia: ``a theoretical mobilization able [mobilizable] maximum``)."""
    wf = c.wf
    if wf is None or c.glued or c.facts.few_words != 1 or not c.facts.lower_phrase:
        return None
    if wf.function or not wf.lower_word or len(wf.folded) < _SLIP_LETTERS or not wf.folded.isalpha():
        return None
    inside = c.inside()
    fixed, word = fold(inside), wf.folded
    if not inside.isalpha() or not inside.islower() or len(fixed) < _SLIP_LETTERS or fixed == word:
        return None
    if not _content_after(c):
        return None
    split = _split_garble(c, word, fixed)
    if split is not None:
        return "correction", f"the garbled words {split!r} set right as one word", None
    if min(len(word), len(fixed)) < c.conv.word_kinds[0]:
        return None  # ("made [major] advances": too short for the ending to tell the kind)
    if word[:2] != fixed[:2] or _stem_of(word, fixed) or _stem_of(fixed, word):
        return None
    if JaroWinkler.similarity(word, fixed, score_cutoff=_NEIGHBOUR_SIMILAR) < _NEIGHBOUR_SIMILAR:
        return None
    if not (c.conv.is_english(word) and c.conv.is_english(fixed)):
        return None  # ("the shtab [staff]": an original word glossed)
    kind = _kind_of(word, c.conv)
    if kind != _kind_of(fixed, c.conv) or kind in ("noun", "nouns") or _form(word) != _form(fixed):
        return None  # another kind or form: a word added beside it, or a synonym (same_kind)
    before = c.word(1)
    if before is not None:
        if before[-1:] in _LIST_MARKS:
            return None  # ("oil, copper [cotton] wool": an item of a list)
        if fold(before) in c.conv.neighbour_blockers and fold(c.word(2) or "") != word:
            return None  # ("the trade [treaty] negotiations": a word supplied)
    return "correction", f"the garbled word {c.near!r} set right as its neighbour", None


#: How alike (rapidfuzz's Jaro-Winkler similarity, which weighs the opening letters) a garbled
#: code group's word and its neighbour in the code book are at least (``obviate``/``obstruct``
#: 0.60, ``elegant``/``eloquent`` 0.82).
_NEIGHBOUR_SIMILAR = 0.6
#: What ends the word before the nearest one when it is an item of a list or a clause.
_LIST_MARKS = ",;:"
#: The endings of a word's form (a plural, a participle, an adverb), compared as a whole.
_FORMS = ("ing", "ed", "ly")


def _form(word: str) -> str:
    """A (folded) word's form told by its ending: ``ing``, ``ed``, ``ly``, ``s`` (a plural or
    a verb's third person; not ``ss``, ``us``, ``is``), else ``""``."""
    for end in _FORMS:
        if word.endswith(end):
            return end
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return "s"
    return ""


def _stem_of(word: str, other: str) -> bool:
    """Whether ``other`` opens with ``word`` (a final ``e`` dropped): another form of it
    (``continue``/``continued``, ``great``/``greater``)."""
    return other.startswith(word[:-1] if word.endswith("e") else word)


def _content_after(c: _NearestOnly) -> bool:
    """Whether a lower-case content word (no function word) follows the bracket after a space,
    no punctuation between: the sentence reads on with the bracket's word in place."""
    m = _WORD_AFTER.match(c.line_after())
    return m is not None and m[1] not in c.conv.function_words


#: A lower-case word right after the bracket, a space or two between.
_WORD_AFTER = regex.compile(r"[ \t\u00a0]{1,2}+(\p{Ll}++)")


def _split_garble(c: _NearestOnly, word: str, fixed: str) -> str | None:
    """The two words a garble split one word into (``mobilization able [mobilizable]``): the
    bracket's word opens as the first (:data:`_SPLIT_OPENING` letters) and ends as the second
    (at least three letters), shorter than both together by two letters or more (not their
    spelling run together, ``to day [today]``, a gloss), else None."""
    first = c.word(1)
    if first is None or not first.isalpha() or not first.islower() or len(word) < 3:
        return None
    first = fold(first)
    if len(first) < _SPLIT_OPENING or first in c.conv.function_words:
        return None
    if not (fixed.startswith(first[:_SPLIT_OPENING]) and fixed.endswith(word)):
        return None
    if len(first) + len(word) - len(fixed) < 2:
        return None
    return f"{c.word(1)} {c.near}"


#: The letters a word split by a garble shares with the word set right at its opening.
_SPLIT_OPENING = 4


def _name_replaced(c: _NearestOnly) -> _Decision:
    """An honorific and a name after the same honorific and another name, each a possessive
    if the other is (FRUS 1920 II, d589, the British Ambassador's note: ``the contents of Mr.
    Colby’s [Mr. Adee’s] note``): the editors' correction of the person named, who signed the
    note; the honorific repeated says the bracket stands for the words before it, not for more
    words (``Mr. [Harry] Hopkins``). Not the same name spelt another way (``Mr. Eyers
    [Mr. Ayers]``: rules corrected_garble, same_name read one name)."""
    wf = c.wf
    if wf is None or c.glued or not 2 <= c.facts.few_words <= 3 or not wf.name_word:
        return None
    words = c.inside().split()
    honorific = fold(words[0])
    if c.conv.replaced_words.get(honorific) != "honorific" or len(words) > 3:
        return None
    before = c.word(1)
    if before is None or fold(before) != honorific:
        return None
    name, near = words[-1], c.near or ""
    if not name[:1].isupper() or name.endswith(_POSSESSIVE) != near.endswith(_POSSESSIVE):
        return None
    bare, bare_near = _bare_name(name), _bare_name(near)
    if not bare.isalpha() or not bare_near.isalpha() or bare == bare_near:
        return None
    if same_name(bare_near, bare) or fuzz.ratio(bare_near, bare) >= _GARBLE_SIMILAR:
        return None  # the same name spelt another way
    return "correction", f"another person named after {before!r} in place of {near!r}", None


#: The endings of a possessive (``Colby’s``).
_POSSESSIVE = ("'s", "’s")


def _bare_name(word: str) -> str:
    """A name word folded, its possessive ending and punctuation off."""
    out = fold(word).strip(".,;:")
    for end in _POSSESSIVE:
        if out.endswith(end):
            return out[: -len(end)]
    return out


def _garbled_pair(c: _NearestOnly, *, capital_before: bool = False) -> str | None:
    """The (folded) one-word inside if it differs from the word before by a letter or two (and
    is not another romanisation nor the other country's spelling of it), else None. Both words
    capitalised alike, or with ``capital_before`` the writer's word capitalised and the inside
    not (an old hand's capitalised noun: ``Deer Reefes [reeves]``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or f.few_words != 1 or f.acronym or wf.function or wf.upper or wf.acronym:
        return None
    if not (f.lower_phrase or f.name_inside) or len(wf.folded) < 2:
        return None
    inside = c.inside()
    if not inside.isalpha():
        return None
    upper, upper_before = inside[0].isupper(), (c.near or " ")[0].isupper()
    if upper != upper_before and not (capital_before and upper_before):
        return None
    word, fixed = wf.folded, fold(inside)
    if word == fixed:
        return None
    if fuzz.ratio(word, fixed, score_cutoff=_GARBLE_SIMILAR) < _GARBLE_SIMILAR and not (
        upper and len(word) == len(fixed) >= _SHORT_NAME and Hamming.distance(word, fixed) == 1
    ):
        return None  # (a short name one letter apart is alike however short: ``Lux [Luz]``)
    if same_name(word, fixed) or _other_spelling(word, fixed, c.conv):
        return None
    return fixed


def _standard_spelling(c: _NearestOnly) -> _Decision:
    """One lower-case word of the English lexicon after a word it differs from by a letter or
    two (as rule corrected_garble reads them): the transcriber's standard spelling of a word the
    writer misspelt, a gloss of it (a soldier's letter on the Smithsonian Transcription Center:
    ``this vilige [village]``, ``passing soulders [soldiers]``, ``they eate [ate] berekfast
    [breakfast]``; a Civil War diary: ``on gard [guard]``), also after the writer's capital
    (Acton's town records: ``was Choosen Deer Reefes [reeves]``). A name or a word outside the
    lexicon (FRUS's ``call jihab [jihad]``) stays the editor's correction of a garble."""
    if not c.facts.lower_phrase:
        return None
    fixed = _garbled_pair(c, capital_before=True)
    if fixed is None or not c.conv.is_english(fixed):
        return None
    return "gloss", f"the standard spelling of {c.near!r}", 0


def _word_pair(c: _NearestOnly) -> tuple[str, str] | None:
    """The writer's word and the bracket's, folded, when the bracket holds one lower-case word of
    letters after a word of letters (not a function word, in capitals or an acronym, at least
    :data:`_SLIP_LETTERS` letters) that it differs from: the pair rules wrong_word and
    spelt_by_sound compare."""
    wf = c.wf
    if wf is None or c.glued or c.facts.few_words != 1:
        return None
    if wf.function or wf.upper or wf.acronym or len(wf.folded) < _SLIP_LETTERS:
        return None
    inside = c.inside()
    word, fixed = wf.folded, fold(inside)
    if not (inside.isalpha() and word.isalpha()) or word == fixed:
        return None
    if not c.facts.lower_phrase and not _sentence_capitals(c, inside, word, fixed):
        return None
    return word, fixed


def _sentence_capitals(c: _NearestOnly, inside: str, word: str, fixed: str) -> bool:
    """Whether the writer's word and the bracket's are capitalised only as a sentence's first
    word: both capitalised, both words of the English lexicon in lower case, the writer's word
    after a sentence's stop (not an abbreviation's: ``Mr.``, ``Dr.``, ``[abbreviations]``) or at
    its line's start (the Jonestown Institute's transcript of a news tape: ``the nationalities
    problem has been fully solved. Equally [Equality] of citizens``)."""
    near = c.near or ""
    if not (inside[:1].isupper() and near[:1].isupper() and inside[1:].islower() and near[1:].islower()):
        return False
    if word not in c.conv.english or fixed not in c.conv.english:
        return False
    previous = c.word(1)
    if previous is None:
        return True
    if fold(previous) in c.conv.stopped_words:
        return False  # ("Mr. Reading [Redding]": an abbreviation's stop ends no sentence)
    return SENTENCE_STOP.search(previous) is not None


def _wrong_word(c: _NearestOnly) -> _Decision:
    """One lower-case English word after an English word of the lexicon (not a function word) a
    letter or two apart from it (three for words of :data:`_LONG_WORD` letters: the Jonestown
    Institute's transcript of tape Q175, ``to prevent the construction [destruction] of the
    country``; both capitalised as a sentence's first word too, ``fully solved. Equally
    [Equality] of citizens``) (as rule corrected_garble reads them) and no shorter than it,
    its consonants changed (:func:`lacuna.normalize.romanization.consonant_key`): the writer's
    slip of the pen, another word, set right by the transcriber or dealer, a correction (Seth
    Kaller's orderly book of 1776: ``to be Read with Laudable [audible] Voice``). Not a spelling
    by sound, where only vowels change (``to [too]``, ``scroll [scrawl]``: rules
    standard_spelling, spelt_by_sound), nor a word outside the lexicon (``vilige [village]``,
    ``Reefes [reeves]``, ``jihab [jihad]``: rules standard_spelling, corrected_garble), nor
    letters the writer left out (``I wand [wanted] to look clean``), nor a function word or
    after one, the words most often supplied (``where [there] was no wood``)."""
    pair = _word_pair(c)
    if pair is None or pair[1] in c.conv.function_words:
        return None
    word, fixed = pair
    edits = _LONG_EDITS if min(len(word), len(fixed)) >= _LONG_WORD else 2
    if Levenshtein.distance(word, fixed, score_cutoff=edits) > edits:
        return None
    if fuzz.ratio(word, fixed) < _GARBLE_SIMILAR:
        return None
    if consonant_key(word) == consonant_key(fixed) or _other_spelling(word, fixed, c.conv):
        return None
    if word not in c.conv.english or not c.conv.is_english(fixed):
        return None  # (the writer's word as the lexicon has it, not an inflection of it)
    if _left_out(word, fixed):
        return None  # letters the writer left out
    return "correction", f"the wrong word {c.near!r} set right", None


def _left_out(word: str, fixed: str) -> bool:
    """Whether ``fixed`` is ``word`` with letters added, the writer's letters all in it in their
    order (``wand``/``wanted``); ``equally``/``equality`` changes a letter."""
    if len(fixed) <= len(word):
        return False
    letters = iter(fixed)
    return all(ch in letters for ch in word)


#: A long word (both the writer's and the bracket's this long at least) is another word set
#: right three letters apart too (a tape transcript's ``the construction [destruction] of the
#: country``); shorter words two at most.
_LONG_WORD = 8
_LONG_EDITS = 3


#: The fewest letters of a writer's word read as a slip for another word (``Laudable``).
_SLIP_LETTERS = 4


def _spelt_by_sound(c: _NearestOnly) -> _Decision:
    """One lower-case English word (or both words capitalised as a sentence's first, after its
    stop: ``I wrote you. Scroll [Scrawl]``) after a word (not a function word) of the same first
    letter and the same consonants, only the vowels (``w`` and ``y`` among them) changed, too far apart
    for rule standard_spelling (rapidfuzz ratio ≥ 60): the transcriber's or cataloguer's
    standard spelling of the word the writer spelt by sound, a gloss of it (Christie's, Andrew
    Jackson's letter of 1832: ``I wrote you this morning a short & hasty scroll [scrawl]``).
    Other consonants are another word (``Laudable [audible]``: rule wrong_word)."""
    pair = _word_pair(c)
    if pair is None or pair[0][0] != pair[1][0]:
        return None
    word, fixed = pair
    if fuzz.ratio(word, fixed) < _SOUND_SIMILAR or consonant_key(word) != consonant_key(fixed):
        return None
    if not c.conv.is_english(fixed):
        return None
    return "gloss", f"the standard spelling of {c.near!r}, spelt by sound", 0


#: How alike (rapidfuzz ratio) a word spelt by sound and its standard spelling are at least
#: (``scroll``/``scrawl`` 67).
_SOUND_SIMILAR = 60.0


def _other_spelling(word: str, fixed: str, conv: Conventions) -> bool:
    """Whether two (folded) words are one word in British and American spelling
    (``parlour``/``parlor``, ``organise``/``organize``: ``[corrections.spellings]``)."""
    for gb, us in conv.spelling_pairs:
        if word.replace(gb, us) == fixed or fixed.replace(gb, us) == word:
            return True
    return False


def _replaced_word(c: _NearestOnly) -> _Decision:
    """One word of a closed class (``[corrections.replaced]``: an honorific, a negation, a half
    of the day, a month, a form of one irregular verb, a preposition) right after another word
    of its class, not the same nor its abbreviation, capitalised as it is: it replaces that
    word, the editor's correction (FRUS: ``Sir [Mr.] Anthony Eden``, ``Embassy no [not] been
    given``, ``October 2, 10 p.m. [a.m.]``, ``instructions of May [March] 10``, ``has just took
    [taken] place``, ``through Chinese sources at [on] January 29``). Glued to the word, after
    a word of another class (``Mr. [Harry] Hopkins``, ``there is no [further] news``) or after
    its own abbreviation (``Sept. [September]``), it is read as usual; so is a preposition a
    verb takes after its particle (``taken over [by] the Communists``, ``to go on [with]``:
    ``[corrections] particle_words``, ``after_particle``), and one after a word read only as
    the bracketed word (``[corrections] bracket_only``: ``as [for] the treaty``)."""
    wf = c.wf
    if wf is None or c.glued or c.facts.few_words > 2:
        return None
    classes = c.conv.replaced_words
    word = wf.folded.replace(" ", "")
    kind = classes.get(word)
    if kind is None or word in c.conv.bracket_only:
        return None  # ("as [for] the treaty": after "as" a preposition is supplied)
    inside = c.inside()
    fixed = fold(inside).replace(" ", "")
    if fixed == word or classes.get(fixed) != kind or _shortened(word, fixed):
        return None
    if inside[:1].isupper() != (c.near or " ")[:1].isupper():
        return None  # ("in May [june]": no word set right keeps another case)
    if word in c.conv.particle_words and fixed in c.conv.after_particle:
        return None  # ("taken over [by] the Communists": the verb's preposition, supplied)
    if kind in c.conv.tense_classes and _tense_beside(c):
        return None  # ("It was [is] and remains": another tense given beside the writer's)
    return "correction", f"replaces the {kind.replace('_', ' ')} {c.near!r} before it", None


def _tense_beside(c: _NearestOnly) -> bool:
    """Whether a verb's bracketed form may be another tense given beside the writer's, no
    correction: a word joining another verb follows it (``It was [is] and remains our firm
    position``: ``[corrections] tense_joiners``) or a wh-word opens the clause before it
    (``What he meant was [is] not clear``, ``Whoever the author was [is] unknown``:
    ``[corrections] clause_openers``)."""
    after = c.after(0)
    if after is not None and fold(after) in c.conv.tense_joiners:
        return True
    before = c.line_before()
    start = max(before.rfind(ch) for ch in _CLAUSE_BREAKS) + 1
    first = _FIRST_WORD.match(before, start)
    return first is not None and fold(first[1]) in c.conv.clause_openers


#: What ends a clause before a bracket: a sentence's stop, a comma, a colon, a dash, a quote.
_CLAUSE_BREAKS = '.;:!?,()\u2013\u2014"\u201c\u201d'
#: The first word of a clause (spaces and quotes before it skipped).
_FIRST_WORD = regex.compile(r"[^\p{L}]{0,8}+(\p{L}+)")


def _shortened(word: str, other: str) -> bool:
    """Whether one of two (folded) words of a class is the other's abbreviation, cut short with
    a full stop (``mr``/``mr.``, ``sept.``/``september``); ``no``/``not`` and ``take``/``taken``
    are two words."""
    if not (word.endswith(".") or other.endswith(".")):
        return False
    a, b = word.rstrip("."), other.rstrip(".")
    short, full = sorted((a, b), key=len)
    return full.startswith(short)


def _other_spelling_of(c: _NearestOnly) -> _Decision:
    """One lower-case word after the same word in the other country's spelling (a Civil War
    letter's transcriber: ``on the parlour [parlor] floor``; ``[corrections.spellings]``): a
    gloss of it, no garble corrected (``jihab [jihad]``, rule corrected_garble)."""
    wf = c.wf
    if wf is None or c.glued or c.facts.few_words != 1 or not c.facts.lower_phrase or wf.function:
        return None
    if len(wf.folded) < _SPELLING_LETTERS or not wf.folded.isalpha():
        return None
    fixed = fold(c.inside())
    if fixed == wf.folded or not _other_spelling(wf.folded, fixed, c.conv):
        return None
    return "gloss", f"the other country's spelling of {c.near!r}", 0


#: The fewest letters of a word whose spelling differs between countries (``parlour``).
_SPELLING_LETTERS = 4


#: A month's name (English, or its abbreviation) and a day, either way round: ``February 3``,
#: ``Feb. 3rd``, ``3 February`` (the letters and digits possessive: no backtracking).
_MONTH_DAY = (
    r"(?:(?P<m>\p{L}{3,9}+)\.?[ \t\u00a0]{1,2}(?P<d>\d{1,2}+)(?:st|nd|rd|th)?"
    r"|(?P<d>\d{1,2}+)(?:st|nd|rd|th)?[ \t\u00a0]{1,2}(?P<m>\p{L}{3,9}+)\.?)"
)
#: The writer's date ending the line before the bracket (a comma after it allowed).
_DATE_BEFORE = regex.compile(r"(?<![\p{L}\d])" + _MONTH_DAY + r",?[ \t\u00a0]{0,2}\Z")
#: The bracket's date: a month and day, perhaps a year after a comma.
_DATE_INSIDE = regex.compile(r"\A" + _MONTH_DAY + r"(?:,?[ \t\u00a0]{1,2}\d{4})?\Z")
#: What joins the next item of a list to the bracket: a comma, ``and`` or both (``May 10 [May
#: 17] and May 24``, ``the 2nd [3rd], 4th``).
_LIST_JOIN = r"\A(?:,[ \t\u00a0]{0,2}(?:and[ \t\u00a0]{1,2})?|[ \t\u00a0]{1,2}and[ \t\u00a0]{1,2})"
#: A date after the bracket, the next item of a list (its month checked by ``_month_day``).
_DATE_LISTED = regex.compile(_LIST_JOIN + _MONTH_DAY + r"(?![\p{L}\d])")
#: An ordinal of one or two digits (a day's, a unit's: ``5th``, ``22nd``).
_ORDINAL = r"(?P<d>\d{1,2}+)(?:st|nd|rd|th)"
#: The bracket's ordinal, and the writer's, ending the line before the bracket, not glued to a
#: letter, a figure or a point before it (``the 117th``, ``1.5th``).
_ORDINAL_INSIDE = regex.compile(r"\A" + _ORDINAL + r"\Z", regex.IGNORECASE)
_ORDINAL_BEFORE = regex.compile(r"(?<![\p{L}\d.,])" + _ORDINAL + r"[ \t\u00a0]{0,2}\Z", regex.IGNORECASE)
#: An ordinal after the bracket, the next item of a list (``the 2nd [3rd] and 4th battalions``).
_ORDINAL_LISTED = regex.compile(_LIST_JOIN + _ORDINAL + r"(?![\p{L}\d])", regex.IGNORECASE)
#: The days the Julian calendar ran behind the Gregorian in the project's documents (twelve in
#: the nineteenth century, thirteen from 1900 to 2100): a date this many days later or earlier
#: is the same day in the other calendar, no correction; ten days apart is a digit set right
#: (FRUS: ``Your telegram of March 5 [March 15] received today``).
_CALENDAR_SHIFT = range(12, 14)
#: The days a month may have: an ordinal's day counted across the month's end (``the 25th
#: [7th] of October``, Old Style and New, 13 days apart when October has 31 days).
_MONTH_LENGTHS = range(28, 32)
#: A year to compare dates in: not a leap year (``23 February [8 March]`` is 13 days apart),
#: unless a date is February 29.
_COMMON_YEAR, _LEAP_YEAR = 2001, 2000


def _month_day(m: regex.Match[str] | None) -> tuple[int, int] | None:
    """The month's number and the day of a match of ``_MONTH_DAY``, or None (no month)."""
    if m is None:
        return None
    if not m.group("m")[:1].isupper():
        return None  # ("3 may [5 may] be": a month's name is capitalised)
    month = MONTHS.get(fold(m.group("m")))
    day = int(m.group("d"))
    if month is None or not 1 <= day <= 31:
        return None
    return month, day


def _other_calendar(apart: int, period: range) -> bool:
    """Whether two days ``apart`` days apart (later or earlier) may be one day in the Julian and
    the Gregorian calendars, counted across the end of a year or a month of one of the lengths
    ``period`` (a date's year; an ordinal's month, which is not known)."""
    apart = abs(apart)
    return apart in _CALENDAR_SHIFT or any(n - apart in _CALENDAR_SHIFT for n in period)


def _listed(pattern: regex.Pattern[str], after: str, dated: bool) -> bool:
    """Whether another item of the bracket's shape (a date when ``dated``, else an ordinal)
    follows it after a comma or ``and``: a list (``May 10 [May 17] and May 24``), where the
    bracket may add an item, not set one right."""
    m = pattern.search(after)
    return m is not None and (not dated or _month_day(m) is not None)


def _corrected_date(c: _NearestOnly) -> _Decision:
    """A month and a day (a year after them allowed) after another month and day (FRUS 1943 vol.
    IV, d103: ``This was the Department’s no. 21, dated February 3 [January 26], 5 p.m., to
    me``; FRUS: ``Your telegram of March 5 [March 15] received today``): the editors' correction
    of the date, as ``of May [March] 10`` (rule replaced_word) and ``April 16 [17]``
    (corrected_figure) correct a part of it. Not the same day written another way (``May 7 [7
    May]``), nor the same day in the other calendar, twelve or thirteen days later or earlier
    (FRUS 1918, Russia: ``January 13 [January 26]``, the Old Style date and the New; ``23
    February [8 March] 1917``, compared in a year that is no leap year), nor the day before or
    after, perhaps the same moment where the reader is (the Venona translations' headers give
    the date of a cable where it was sent and where it was received: ``New York - Moscow 1340
    [753], 21 September [20 September] 1944``), nor an item of a list (``May 3 [May 10] and May
    17``)."""
    if c.glued or c.wf is None or not c.facts.date:
        return None
    fixed = _month_day(_DATE_INSIDE.search(c.inside().strip()))
    if fixed is None:
        return None
    before = _DATE_BEFORE.search(c.line_before())
    written = _month_day(before)
    if before is None or written is None or written == fixed:
        return None
    year = _LEAP_YEAR if (2, 29) in (fixed, written) else _COMMON_YEAR
    try:
        apart = (datetime.date(year, *fixed) - datetime.date(year, *written)).days
    except ValueError:
        return None  # no such day ("February 30")
    days = (datetime.date(year + 1, 1, 1) - datetime.date(year, 1, 1)).days
    if _other_calendar(apart, range(days, days + 1)):
        return None  # the same day in the other calendar
    if abs(apart) == 1 or abs(apart) == days - 1:
        return None  # the day before or after: perhaps the same moment in another time zone
    if _listed(_DATE_LISTED, c.line_after(), dated=True):
        return None  # ("May 3 [May 10] and May 17": an item of a list)
    return "correction", f"another date in place of {before[0].strip(', ')!r}", None


def _corrected_ordinal(c: _NearestOnly) -> _Decision:
    """An ordinal of one or two digits after another (FRUS 1920 vol. III, d440: ``in conformity
    with the instructions given in the Department’s 54 of February 7th [5th]``): the editors'
    correction of the figure, as corrected_figure reads ``April 16 [17]``, not a unit converted
    (unit_conversion would read ``th`` as a unit). Not the same day in the other calendar,
    twelve or thirteen days apart counted across the month's end (``on January 13th [26th]``,
    ``on the 25th [7th] of October Old Style``), nor an item of a list (``the 2nd [3rd] and 4th
    battalions``), nor after an ordinal glued to a letter, a figure or a point (``the 117th
    [5th]``, ``1.5th``)."""
    if c.glued or c.near is None or _ORDINAL_INSIDE.match(c.near) is None:
        return None
    inside = _ORDINAL_INSIDE.match(c.inside())
    before = _ORDINAL_BEFORE.search(c.line_before())
    if inside is None or before is None:
        return None
    apart = int(inside.group("d")) - int(before.group("d"))
    if _other_calendar(apart, _MONTH_LENGTHS):
        return None  # ("the 25th [7th] of October": the same day in the other calendar)
    if _listed(_ORDINAL_LISTED, c.line_after(), dated=False):
        return None  # ("the 2nd [3rd] and 4th battalions": an item of a list)
    return "correction", f"another ordinal in place of {before[0].strip()!r}", None
