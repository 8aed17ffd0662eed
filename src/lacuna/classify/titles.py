"""The context rules about titles of works in translation: an English title after the
original's (``Kolokol [The Bell]``), a work's title and its year (``New Theses, 1825``), an
original title after its English (quoted or capitalised). See :mod:`lacuna.classify.context`."""

from __future__ import annotations

import regex

from lacuna.classify.language import _CONTENT_LETTERS
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _CLOSE_QUOTES, _NAME_WORD, _STRIP, _Decision, _word_facts
from lacuna.conventions import fold

__all__: list[str] = []


def _title_translated(c: _NearestOnly) -> _Decision:
    """A capitalised English title after the original-language title it translates: after its
    last word (``Zhit' v mire i druzhbe [To Live in Peace and Friendship]``), after the year
    that ends both (``Convorbirile de la Moscova din iulie 1964 [A Hot Summer in
    Romanian-Soviet Relations: Conversations in Moscow during July 1964]``), or opening the line
    below it, where a book's layout broke a note's title off (``Mao Zedong guoji jiaowang lu`` /
    ``[A record of Mao Zedong's international social contacts]``): its translation, gloss. The
    word before must be a lower-case word of the original: markup (``RecordingNote">[Recorded
    by Electronic Apparatus]``), a marked figure (``July 1992* [RF Presidential Archive]``), an
    English word, or one quoted (``explains_quoted``) or ending a clause is none; a question's
    mark may end both (``Mozhno li delat’ dobra iz zla? [Can one make good from evil?]``), and
    a range of years (``kereszttüzében 1945–1990 [… Conflicts, 1945–1990]``), the years ending
    both telling a title, whatever share of its words are names (``1945–1990 [From Europe to
    Europe: Hungary in the Crossfire of Conflicts, 1945–1990]``). A German title ends on a
    capitalised noun after a lower-case word of the original (the German Historical Institute's
    ``Eine Dokumentation ihrer Beziehungen [SED and Church. A Documentation of their
    Relations]``)."""
    f = c.facts
    if not (f.english_title or f.titled_english) and not _years_echoed(c):
        return None
    if c.inside().rstrip().endswith(":"):
        # a heading closed by its colon introduces what follows; no title's translation ends so
        # (the Early Nahuatl Library: "in te [Translation of the Nahuatl (right-hand column) by
        # James Lockhart:] Fifteenth chapter")
        return None
    if c.near is None:
        above = c.line_above().split()
        if not above or not _original_word(above[-1], c):
            return None
        return "gloss", f"translates the original-language title above it, ending {above[-1]!r}", None
    if c.glued:
        return None
    k = 0
    near = c.near
    bare = near.strip(_STRIP)
    if near == bare and _YEARS.fullmatch(bare) is not None:
        # the year (or years) ends the original and its translation: the word before it
        previous = c.word(1)
        if previous is None or bare not in c.inside() or not _original_word(previous, c):
            return None
        k = 1
    elif near.endswith("?") and c.inside().rstrip().endswith("?"):
        # a question's title, its mark in both ("Mozhno li delat’ dobra iz zla? [Can one make
        # good from evil?]"): the word before the mark
        if not _original_word(near[:-1], c):
            return None
    elif not _original_word(near, c) and not _quoted_title(c) and not _original_noun(near, c):
        return None
    return "gloss", "translates the original-language title before it", k


def _years_echoed(c: _NearestOnly) -> bool:
    """Whether the word before is a year or a range of years (no punctuation) that the inside,
    three words or more and capitalised, ends with: a title's translation ending as its
    original does (``kereszttüzében 1945–1990 [From Europe to Europe: … Conflicts, 1945–1990]``),
    with a lower-case word among its words: an imprint's place, publisher and year (``1990
    [Budapest, Gondolat, 1990]``) is no title."""
    near = c.near or ""
    if _YEARS.fullmatch(near) is None:
        return False
    inside = c.inside()
    words = inside.split()
    return (
        inside[:1].isupper()
        and len(words) >= _TITLE_WORDS
        and inside.endswith(near)
        and any(w[:1].islower() for w in words)
    )


#: The fewest words of a title translated that ``_years_echoed`` reads.
_TITLE_WORDS = 3


def _original_noun(near: str, c: _NearestOnly) -> bool:
    """Whether ``near`` is a capitalised word of letters, no English nor function word, with no
    punctuation after it, after a lower-case word of the original (``_original_word``): a German
    title's last noun (``ihrer Beziehungen``). Not when the inside opens with a title (``con el
    presidente Dorticós [President of the Republic of Cuba]``: a person described, whose name
    the noun is)."""
    wf = _word_facts(near, c.conv)
    if not wf.name_word or wf.bare_english or wf.function or wf.after_boundary or wf.quote_close:
        return False
    first = c.inside().split(maxsplit=1)
    if first and fold(first[0]).rstrip(".,:;") in c.conv.titles:
        return False
    previous = c.word(1)
    return _LETTERS.fullmatch(near) is not None and previous is not None and _original_word(previous, c)


def _capitalised_title_translated(c: _NearestOnly) -> _Decision:
    """A capitalised English title (three words or more, as rule title_translated reads them)
    after two capitalised words or more of no English, the original title it translates as the
    Wilson Center's and historians' citations write it, each word capitalised (``Dai Thang Mua
    Xuan, 1975: Van Kien Dang [Great Spring Victory, 1975: Party Documents]``; ``Le Duan, Thu
    Vao Nam [Letters to the South]``; ``Gosudarstvennyi arkhiv Rossiiskoi Federatsii [State
    Archive of the Russian Federation]``): its translation, gloss. Read late, when no rule
    before has decided the span (a person's description, ``Ambassador Liu Xiao [Chinese
    Ambassador to the Soviet Union]``, is rule describes_person's: a gloss too, of the title
    and the name). Not a heading in capitals (``[KOREAN CENTRAL NEWS AGENCY]``), nor a letter's
    place and date after its addressee (``To Michele Besso [Berlin, between 27 April and 12 May
    1929]``: a month named)."""
    f = c.facts
    if not (f.english_title or f.titled_english) or c.glued or c.near is None:
        return None
    if f.capitals or c.inside().isupper() or c.inside().rstrip().endswith(":") or _names_month(c):
        return None
    run = _capitalised_original(c)
    if run == 0 and _lower_last(c):
        # a title of the languages that capitalise its first words only, its last lower-case
        # (Vietnamese "Van Kien Dang Toan tap [Party Documents Complete Series]")
        run = _capitalised_original(c, 1)
        if run >= _CAPITALISED_TITLE:
            return "gloss", f"translates the capitalised original title before it, ending {c.near!r}", run
        return None
    if run < _CAPITALISED_TITLE:
        return None
    return "gloss", f"translates the capitalised original title before it, ending {c.near!r}", run - 1


def _lower_last(c: _NearestOnly) -> bool:
    """Whether the word before is a lower-case word of letters, no function word, with no
    punctuation after it (the last word of a title capitalised in its first words only), and
    either no English word or the bracket followed by a citation's punctuation (``Toan tap
    [Party Documents Complete Series], vol. 36``): an English verb after a name (``Le Duan
    wrote [Letters to the South] in 1960``) ends no title."""
    wf = c.wf
    if (
        wf is None
        or not wf.lower_word
        or wf.function
        or wf.after_boundary
        or _LETTERS.fullmatch(c.near or "") is None
    ):
        return False
    return not wf.bare_english or c.line_after().lstrip()[:1] in _CITATION_MARKS


#: What follows a title's translation in a citation: its comma, full stop, or an imprint's bracket.
_CITATION_MARKS = frozenset({",", ".", ";", "("})


def _capitalised_original(c: _NearestOnly, start: int = 0) -> int:
    """How many capitalised words of letters, none English nor a function word, run back from
    the ``start``-th word before the bracket (``Dai Thang Mua Xuan, 1975: Van Kien Dang``:
    ``Van`` is an English word, so two; ``Le Duan, Thu Vao Nam``: three)."""
    n = 0
    while n < _ORIGINAL_BACK:
        word = c.word(start + n)
        if word is None or _LETTERS.fullmatch(word) is None or not word[:1].isupper():
            break
        folded = fold(word)
        if folded in c.conv.function_words or c.conv.is_english(folded):
            break
        n += 1
    return n


def _names_month(c: _NearestOnly) -> bool:
    """Whether the inside names a month (``[corrections.replaced]``'s months): a date, no title."""
    replaced = c.conv.replaced_words
    return any(replaced.get(fold(w.strip(",.;:"))) == "month" for w in c.inside().split())


#: The fewest capitalised original words a title translated after them ends with (``Kien
#: Dang``), and the most read back.
_CAPITALISED_TITLE = 2
_ORIGINAL_BACK = 6


def _work_dated(c: _NearestOnly) -> _Decision:
    """The English title of a work and its year, after the work's original title, capitalised
    and not English (``Shinron [New Theses, 1825]``, ``Kojiki [Record of Ancient Matters, 712]``
    and ``Nihon Shoki [Chronicles of Japan, 720]``: Brownlee's paper on the kokutai, on
    studylib): scholarship on Asian texts gives a work's name in romanisation, its title in
    English and its date in brackets; a gloss. The title is two capitalised words or more
    (function words lower-case), an English one among them; a month with its year
    (``Reagan [June, 1981]``) or a book's imprint (``[New York: … Press, 1977]``) is none."""
    wf, f = c.wf, c.facts
    if wf is None or c.glued or not wf.name_word or wf.after_boundary or wf.quote_close or wf.function:
        return None
    if not f.name_start or f.name_inside or f.date or f.few_words < 2:
        return None  # (read on the plan: a name alone, "Pak Seong-min [Pak Song Min]", is none)
    if c.conv.is_english(wf.folded) or _LETTERS.fullmatch(c.near or "") is None:
        return None
    m = _WORK_DATED.fullmatch(c.inside())
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    conv = c.conv
    english = False
    for word in words:
        folded = fold(word)
        if folded in conv.function_words:
            continue
        if not word[:1].isupper():
            return None  # a phrase, not a title
        english = english or conv.is_english(folded)
    if not english:
        return None
    # back over the original title's other capitalised words ("Nihon Shoki")
    k = 0
    while k < _WORK_BACK:
        word = c.word(k + 1)
        if word is None or _LETTERS.fullmatch(word) is None or not word[:1].isupper():
            break
        if fold(word) in conv.function_words or conv.is_english(fold(word)):
            break
        k += 1
    return "gloss", f"a work's English title and year after its original title ({c.near!r})", k


#: How many words back an original title may run (``Nihon Shoki``: one).
_WORK_BACK = 3
#: An English title, a comma and a year (three or four figures): ``New Theses, 1825``.
_WORK_DATED = regex.compile(r"(\p{Lu}[^\[\]\d,:;()]{2,80}?),\s{0,2}(\d{3,4})\s*")


#: A year or a range of years ending a title and its translation (``1964``, ``1945–1990``).
_YEARS = regex.compile(r"\d{4}(?:[–-]\d{4})?")


def _quoted_title(c: _NearestOnly) -> bool:
    """Whether the bracket stands inside the quotation of a title whose last word is capitalised
    and not English, the quote closing right after the bracket (``copies of "Litsom k litsu s
    Amerikoy [Face to Face With America]"``; a name in quotes, ``"Kim Il Sung [Premier of the
    DPRK]"``, ends with an English syllable and is ``describes_person``'s)."""
    wf = c.wf
    if wf is None or not wf.name_word or wf.title or wf.after_boundary or wf.quote_close:
        return False
    if c.conv.is_english(wf.folded) or not c.line_after().startswith(_CLOSE_QUOTES):
        return False
    if wf.quote_open:
        return True  # the title one word: "Pravda [The Truth of the Day]"
    for k in range(1, _TITLE_BACK + 1):
        word = c.word(k)
        if word is None or _word_facts(word, c.conv).after_boundary:
            return False
        if _word_facts(word, c.conv).quote_open:
            return True
    return False


#: How many words back the opening quote of a title translated inside its quotation may stand.
_TITLE_BACK = 8


def _original_word(word: str, c: _NearestOnly) -> bool:
    """Whether ``word`` is a lower-case word of letters that is no English or function word,
    with no punctuation or quote after it."""
    wf = _word_facts(word, c.conv)
    if not wf.lower_word or wf.bare_english or wf.function or wf.after_boundary or wf.quote_close:
        return False
    return _LETTERS.fullmatch(word) is not None


#: A word of letters (an apostrophe or hyphen inside): ``Zhit'``, ``druzhbe``, ``româno-sovietice``.
_LETTERS = regex.compile(r"\p{L}[\p{L}'’-]{0,40}")


def _original_title(c: _NearestOnly) -> _Decision:
    """Capitalised original-language words after the English name or title they render (``The
    First 55 Years [Quan Doi Nhan Dan Viet Nam: 55 Nam]``, ``League of Communists of Yugoslavia
    (LCY) [Jugoszlávia Kommunistáinak Szövetsége, JKSZ]``): the original, gloss. Supplied words
    are the translation's own language; a name of three words after a title is ``title_names``'."""
    wf = c.wf
    if (
        not c.facts.foreign_title
        or c.facts.describes
        or wf is None
        or c.glued
        or wf.title
        or wf.after_boundary
    ):
        return None  # "Visited [Cuban President Osvaldo] Dorticós": a title holds English words
    following = c.after(0)
    if following is not None and _NAME_WORD.fullmatch(following.rstrip(_STRIP)) is not None:
        return None  # "[Brazilian … João] Goulart": the name goes on after it, supplied
    bare = c.near.strip(_STRIP)  # type: ignore[union-attr]
    if wf.acronym or (bare.isupper() and 2 <= len(bare) <= _ACRONYM_MOST):
        return "gloss", f"the original-language name of {bare!r}", 0
    if len(bare) < 3 or not c.conv.is_english(bare.lower()) or wf.function:
        return None
    if not wf.name_word and (c.facts.name_inside or c.facts.particle_name):
        return None  # "informed [Nguyen Duy Trinh]": a name after an English verb, supplied
    return "gloss", f"the original-language words of the English before {bare!r}", 0


#: The longest acronym in parentheses read as the English name's (``(LCY)``).
_ACRONYM_MOST = 6


def _quoted_title_translated(c: _NearestOnly) -> _Decision:
    """A capitalised English title after a quoted title of the original language, however long
    (a note's citation: ``"Ob itogakh soveshchaniia … i sovremennykh mezhdunarodnykh
    otnoshenii" [On the results of the conference of leaders …]``): its translation, gloss of
    the quoted words. The quotation's words of three letters or more are mostly no English
    words (at least two, two thirds of them: the lexicon); ``explains_quoted`` reads a short
    quotation of any language."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.quote_close or not (f.english_title or f.titled_english):
        return None
    foreign = counted = 0
    for k in range(_QUOTED_TITLE_WORDS + 1):
        word = c.word(k)
        if word is None:
            # the line's start, or as far back as a view reads: a long run of original words
            long_run = k >= _QUOTED_RUN and foreign >= 2 and foreign * 3 >= counted * 2
            return (
                ("gloss", "translates the quoted original-language title before it", k - 1)
                if long_run
                else None
            )
        bare = word.strip(_STRIP)
        if len(bare) >= _CONTENT_LETTERS and _LETTERS.fullmatch(bare) is not None:
            counted += 1
            foreign += not c.conv.is_english(fold(bare))
        if _word_facts(word, c.conv).quote_open:
            if foreign >= 2 and foreign * 3 >= counted * 2:
                return "gloss", _QUOTED_TITLE, k
            return None
    return None


_QUOTED_TITLE = "translates the quoted original-language title before it"
#: The most words of a quoted title ``quoted_title_translated`` reads back.
_QUOTED_TITLE_WORDS = 24
#: The fewest words of a quoted title read when its opening quote is further back than a view reads.
_QUOTED_RUN = 8
