"""The context rules about languages: a translation and its original, another script, a
transliteration, a quoted term and what it means (see :mod:`lacuna.classify.context`)."""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz

from lacuna.classify.learned import _note_words
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import (
    _CLOSE_QUOTES,
    _NAME_WORD,
    _STRIP,
    _Decision,
    _foreign_shape,
    _word_facts,
    same_name,
)
from lacuna.conventions import Conventions, fold
from lacuna.dates import MONTHS

__all__: list[str] = []


def _quoted_original(c: _NearestOnly) -> _Decision:
    """A translation after a quoted original-language word (``“kuaisu [promptly]”``), or an
    original-language word after a quoted English one: gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not (wf.quote_open or wf.quote_close) or not f.lower_phrase:
        return None
    if c.near[-1:] in _CLAUSE_END:  # type: ignore[index]
        return None  # "… out of Vietnam”, [they said this] created": the quotation's clause ended
    if (wf.bare_english and not f.foreign_after_english) or (
        not wf.bare_english and not f.english_after_foreign
    ):
        return None
    if wf.quote_open and not wf.quote_close and not c.line_after().lstrip().startswith(_CLOSE_QUOTES):
        return None
    return "gloss", f"translates the quoted word {wf.folded!r}", 0


def _explains_quoted(c: _NearestOnly) -> _Decision:
    """Capitalised words after a quoted term (``the "May First" [Labour or International
    Workers' Day] Holiday``, a title ``"Krisis 1956 goda v KNDR" [The 1956 crisis in …]``): what
    the term means, gloss of the quoted words (up to six of them); also a name after its
    article (the Wilson Center's translation of a DPRK record: ``When discussing the
    “Korea-Japan Treaty” [the Treaty on Basic Relations between Japan and the Republic of
    Korea], Pak said``; Churchill Archive's catalogue: ``arrangements for "Terminal" [the
    Potsdam Conference, Berlin, Germany]``)."""
    f, wf = c.facts, c.wf
    if wf is None or not f.capitalised or f.acronym or not wf.quote_close:
        return None
    if not f.name_start and not _article_and_name(c.inside(), c.conv):
        return None
    if _note_words(c.conv).intersection(w.strip(_STRIP) for w in fold(c.inside()).split()):
        return None  # "my 'friend' [Russian word used in text]" describes the text, it means nothing
    if wf.quote_open:
        return "gloss", f"says what the quoted {wf.folded!r} means", 0
    k = 0  # back to the word that opens the quotation
    while k < 5 and (previous := c.word(k + 1)) is not None:
        k += 1
        if _word_facts(previous, c.conv).quote_open:
            return "gloss", "says what the quoted words before it mean", k
    if k < 5 and _quote_opens_above(c.line_above(), 5 - k, c.conv):
        # the quotation wrapped onto the span's line: its words on this line are glossed
        return "gloss", "says what the quoted words before it mean (wrapped from the line above)", k
    return None


def _quote_opens_above(above: str, n: int, conv: Conventions) -> bool:
    """Whether one of the last ``n`` words of the line above opens a quotation that no word
    after it closes: a quotation a hard-wrapped text broke over two lines (a blog's copy of the
    National Archives' description of Nguyen ai Quac's letter of 1919: ``a representative of
    “le`` / ``Groupe des Patriotes Annamites” [the Group of Annamite Patriots],``)."""
    if not above.strip():
        return False
    for word in reversed(above.split()[-n:]):
        facts = _word_facts(word, conv)
        if facts.quote_close:
            return False
        if facts.quote_open:
            return True
    return False


def _article_and_name(inside: str, conv: Conventions) -> bool:
    """Whether an inside is the article and a capitalised name up to its first comma, every
    word of it capitalised or a function word (``the Potsdam Conference``, ``the Treaty on Basic
    Relations between Japan and the Republic of Korea``; not ``the Chairman nodded``)."""
    words = inside.split(",", 1)[0].split()
    if len(words) < 2 or fold(words[0]) not in conv.determiners or not words[1][:1].isupper():
        return False
    return all(
        w[:1].isupper() or fold(w) in conv.function_words or fold(w) in conv.name_links for w in words[2:]
    )


#: The most words of a real name after a quoted cover name.
_REAL_NAME_WORDS = 3


def _real_name(c: _NearestOnly) -> _Decision:
    """A name of one to three capitalised words after a quoted capitalised word (the Vassiliev
    notebooks: ``when ‘Ales’ [Hiss] [20] came in contact``): the real name of the person the
    cover name stands for, gloss. Not after a quotation of several words (``explains_quoted``)
    nor a lower-case or function word inside (``‘Ales’ [case]``, ``‘Ales’ [and Pol]``)."""
    f, wf = c.facts, c.wf
    if wf is None or not (wf.quote_open and wf.quote_close) or not f.name_start:
        return None
    if f.acronym or f.first_function or f.date:
        return None
    quoted = c.near.strip(_STRIP)  # type: ignore[union-attr]
    if not quoted[:1].isupper() or not quoted.isalpha():
        return None
    words = c.inside().split()
    if len(words) > _REAL_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return "gloss", f"the real name behind the cover name {quoted!r}", 0


def _other_script(c: _NearestOnly) -> _Decision:
    """Words in another script or in pinyin with tone marks after their translation
    (``… [当时我因你们都在感冒中]``, ``no first use [bù shǒu xiān …]``): the original, gloss."""
    near = c.near
    if not c.facts.other_script or near is None:
        return None
    if not near.isascii() and any(
        script.search(near) is not None and script.search(c.inside()) is not None for script in _SCRIPTS
    ):
        return None  # "[הציר]" in a Hebrew text: the text's own language, no translation
    if _script_after(c):
        return None  # "- [و]هلك": letters restored in the text's own script, glued to its words
    return "gloss", "the original-language words of what stands before it", 0


def _script_after(c: _NearestOnly) -> bool:
    """Whether the text after the span goes on, glued to it, in a script of its inside (an
    edition of an Arabic letter, the Princeton Geniza Project: ``- [و]هلك عدوه``): the bracket
    restores letters of the text's own words, no original after a translation."""
    after = c.line_after()[:1]
    if not after or after.isascii():
        return False
    inside = c.inside()
    return any(script.match(after) is not None and script.search(inside) is not None for script in _SCRIPTS)


#: The scripts other than Latin (a word before in the inside's script: the text's language).
_SCRIPTS = tuple(
    regex.compile(p)
    for p in (
        r"\p{Han}",
        r"\p{Cyrillic}",
        r"\p{Hangul}",
        r"[\p{Hiragana}\p{Katakana}]",
        r"\p{Greek}",
        r"\p{Arabic}",
        r"\p{Hebrew}",
        # a romanisation's long vowels (pinyin's tones, the DMG's and ALA-LC's Arabic, Persian
        # and Akkadian ā ī ū): a word before written so is the text's own romanisation
        # (Heidelberg's Arabic papyri: "wa ǧaálanī [ allāh]", a word restored)
        r"[āēīōūǎěǐǒǔǖǘǚǜĀĒĪŌŪǍĚǏǑǓ]",
    )
)


def _transliterated(c: _NearestOnly) -> _Decision:
    """Russian transliterated in capitals after its translation (Venona: ``FELLOW COUNTRYMAN
    [ZEMLYaK]``, ``clearance [OFORMLENIE]``): the original word, gloss."""
    wf = c.wf
    if not c.facts.translit or wf is None or wf.function:
        return None
    return "gloss", "the original word, transliterated in capitals", 0


#: The fewest letters of the English word in capitals a glued original follows.
_GLUED_ENGLISH = 3
#: The fewest capitals of a glued original read as an acronym (``ENORMOZ``).
_GLUED_ORIGINAL = 5


#: The endings of a possessive in capitals ("BANK’s").
_POSSESSIVE_ENDS = ("'s", "’s")


def _original_glued(c: _NearestOnly) -> _Decision:
    """Russian transliterated in capitals glued to the English word in capitals it translates
    (Venona: ``a GYMNAST[FIZKUL'TURNITsA] [iv] since 1942``, ``the ENORMOUS[ENORMOZ] [vi]
    plant``, after its possessive ``the BANK’s[BANK][iii] information``): the original word,
    gloss. Letters that make one English word with the word before
    complete it (``GOVERN[MENT]``), and a name's start is no English word (``KHRUSH[CHEV]``):
    rule glued reads them."""
    near, f = c.near, c.facts
    if not c.glued or not (f.translit or f.acronym) or near is None:
        return None
    bare = near.strip(_STRIP)
    if bare.endswith(_POSSESSIVE_ENDS):
        bare = bare[:-2]  # "According to the BANK’s[BANK][iii] information": the word's possessive
    if len(bare) < _GLUED_ENGLISH or not bare.isalpha() or not bare.isupper():
        return None
    if not c.conv.is_english(bare.lower()):
        return None
    inside = c.inside()
    if not (
        f.translit or (inside.isalpha() and len(inside) >= _GLUED_ORIGINAL) or fold(inside) == fold(bare)
    ):
        # "GOVERNMENT[S]", "USSR[R]": capitals too few to be a word of the original (unless the
        # original is written as the English word: "BANK’s[BANK]", Russian БАНК)
        return None
    if c.conv.is_english(bare.lower() + fold(inside)):
        return None
    return "gloss", f"the original of the English word {bare!r}, transliterated in capitals", 0


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


#: Punctuation after a closing quote that ends the quotation's clause.
_CLAUSE_END = ",.;:!?"

#: The longest acronym in parentheses read as the English name's (``(LCY)``).
_ACRONYM_MOST = 6


def _month_translated(c: _NearestOnly) -> _Decision:
    """A month's name after the same month named in another language, one English and one not
    or two of other languages (``[gloss.months]``; Kévorkian's notes to *The Armenian
    Genocide*: ``5 Temmuz [Juillet] 1915``, the Turkish month in French): the month rendered,
    gloss. Two English names are FRUS's correction of a month (``of May [March] 10``) or its
    abbreviation written out (``Sept. [September]``), no rendering."""
    wf = c.wf
    if wf is None or c.glued or wf.after_boundary or c.facts.few_words != 1:
        return None
    inside = fold(c.inside().strip().rstrip("."))
    before = wf.folded.rstrip(".,;:")
    others = c.conv.other_months
    if before == inside or (before not in others and inside not in others):
        return None  # both English (or the same word): a correction or nothing rendered
    month_before = others.get(before, MONTHS.get(before))
    if month_before is None or month_before != others.get(inside, MONTHS.get(inside)):
        return None  # "Temmuz [Ağustos]": another month
    day = c.word(1)
    if day is None or not _is_day(day.rstrip(".,")):
        return None  # "Mei [May] said": no day before it, perhaps a name (Mei)
    return "gloss", f"the month {before!r} named in another language", 0


def _is_day(word: str) -> bool:
    """Whether ``word`` is a day of a month in figures, 1 to 31 (``5`` of ``5 Temmuz``)."""
    return word.isdecimal() and len(word) <= 2 and 1 <= int(word) <= 31


def _calendar_converted(c: _NearestOnly) -> _Decision:
    """A Gregorian date after a date of another calendar, marked by its era (``on Dey 19, 1356
    AHS [January 9, 1978]``, ``[gloss] calendar_eras``) or by a year no Gregorian date of the
    text would have (``13 Aban 1358 [4 November 1979]``, ``5686 [1926]``: ``[gloss]
    calendar_years``): the same day converted,
    gloss of the date (back to its month's name); also a Gregorian date with its year after a
    day and a month of another calendar, no year needed (``the 23rd of Brumaire [November 14,
    1798]``, ``[gloss] calendar_months``). A year after a Gregorian date completes it
    (``September 1st [1859]``: supplied)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued:
        return None
    bare = wf.folded.rstrip(",;:")
    if f.date and (
        bare in c.conv.calendar_eras
        or (
            len(bare) == 4
            and bare.isdigit()
            and _other_year(int(bare), c.conv)
            and _GREGORIAN_YEAR.search(c.inside()) is not None  # "1356 [1357]": no conversion
        )
    ):
        k = _date_back(c, bare not in c.conv.calendar_eras)
        if k >= 0:  # (not "will be [1967]": an era's mark follows a year)
            return "gloss", f"converts the date of another calendar ({wf.folded!r})", k
    if (bare.isdecimal() or _NUMERIC_DATE.fullmatch(bare) is not None) and _converts_by_rate(
        bare, c.inside(), c.conv, _year_cued(c)
    ):
        return "gloss", f"converts the year of another calendar ({bare!r})", _date_back(c, True)
    if f.date and bare in _month_spans(c.conv):
        k = _day_before_month(c)
        if k > 0 and _in_month_span(c.inside().strip(), bare, c.conv):
            return "gloss", f"converts the day of another calendar's month ({wf.folded!r})", k
    return None


def _day_before_month(c: _NearestOnly) -> int:
    """How many words before a month's name of another calendar (the bracket's word) its day
    runs back over: a day's figure or ordinal, 1 to 31 (``13 Tir``, ``13th Tir``), also with
    "of" after an ordinal or "the" (``the 23rd of Brumaire``, not ``part 5 of Germinal``); 0
    when no day stands before it."""
    k = 1
    word = c.word(1)
    if word is not None and fold(word) == "of":
        k, word = 2, c.word(2)
    if word is None:
        return 0
    day = word.strip(_STRIP)
    ordinal = _ORDINAL_DAY.fullmatch(day) is not None
    if not (_is_day(day) or (ordinal and _is_day(day[:-2]))):
        return 0
    before = c.word(k + 1)
    the = k == 2 and before is not None and fold(before) == "the"
    if k == 2 and not (ordinal or the):
        return 0  # "part 5 of Germinal", "chapter 3 of Germinal": a number of something else
    return k + 1 if the else k


@lru_cache(maxsize=16)
def _month_spans(conv: Conventions) -> dict[str, tuple[frozenset[int], tuple[int, int] | None]]:
    """The months of another calendar (folded) whose days fall in the same Gregorian months
    each year -> those months' numbers (``[gloss.calendar_month_spans]``) and the first and
    last Gregorian years the calendar was in use (``[gloss.calendar_month_years]``; None: any)."""
    years = {fold(k): v for k, v in conv.section("gloss", "calendar_month_years").items()}
    out: dict[str, tuple[frozenset[int], tuple[int, int] | None]] = {}
    for month, names in conv.section("gloss", "calendar_month_spans").items():
        span = years.get(fold(month))
        out[fold(month)] = (
            frozenset(MONTHS[fold(n)] for n in names),
            (int(span[0]), int(span[1])) if span else None,
        )
    return out


def _in_month_span(inside: str, month: str, conv: Conventions) -> bool:
    """Whether ``inside`` is a Gregorian date with its year (``November 14, 1798``, ``4 July
    1944``) that the day of another calendar's ``month`` (folded) may be: in one of the
    Gregorian months that month falls in, in a year its calendar was in use (``the 23rd of
    Brumaire [November 14, 1798]``; not ``[May 14, 1798]``, ``the 9 Thermidor [27 July
    1994]``)."""
    m = _CONVERTED_INSIDE.fullmatch(inside)
    if m is None or m.group(3) is None or _GREGORIAN_YEAR.fullmatch(m.group(3)) is None:
        return False
    name = _MONTH_WORD.search(m.group(0))
    months, years = _month_spans(conv)[month]
    if name is None or MONTHS.get(fold(name.group(0))) not in months:
        return False
    return years is None or years[0] <= int(m.group(3)) <= years[1]


#: The month's name of a Gregorian date in words (``November`` of ``November 14, 1798``).
_MONTH_WORD = regex.compile(r"\p{L}{3,9}")


def _date_back(c: _NearestOnly, figures: bool) -> int:
    """How many words before the bracket's word a converted date runs back over, its figures
    (an ordinal day too) and its month's name (``Dey 19, 1356``, ``13 Aban 1358``, ``2nd Rajab
    725``); ``figures`` when the word before the bracket is a figure itself. -1 when an era's
    mark has no figures before it. The month's name is one of ``[gloss] calendar_months``."""
    k, month = 0, False
    for i in range(1, _DATE_BACK + 1):
        word = c.word(i)
        if word is None:
            break
        w = word.strip(_STRIP)
        if (w.isdigit() and len(w) <= 4) or _ORDINAL_DAY.fullmatch(w) is not None:
            k, figures = i, True
            if month:
                break  # the day before the month's name
            continue
        if month or not figures or fold(w) not in c.conv.calendar_months:
            break  # "Chapter 541", "Paris 1241": no month's name
        k, month = i, True
    return k if figures else -1


#: A day's ordinal: "2nd", "21st".
_ORDINAL_DAY = regex.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _year_cued(c: _NearestOnly) -> bool:
    """Whether the word before the bracket's number marks it as a year of another calendar:
    ``year`` (``[gloss] calendar_cues``: ``The year 541``), an era's mark (``AH 541``) or a
    month's name of another calendar (``2nd Rajab 725``: ``[gloss] calendar_months``)."""
    word = c.word(1)
    if word is None:
        return False
    w = fold(word.strip(_STRIP))
    return w in c.conv.calendar_cues or w in c.conv.calendar_eras or w in c.conv.calendar_months


def _converts_by_rate(before: str, inside: str, conv: Conventions, cued: bool = False) -> bool:
    """Whether ``inside`` is a Gregorian year, a range of two or a date (its first year of three
    or four figures) that a year of another calendar before it converts to, within a year, by
    ``[gloss] calendar_rates``: ``The year 541 [1146-47]`` (lunar Hijri), ``3/1/60 [23 March
    1981]`` (a numeric date of the solar Hijri, its year of two figures read in the centuries
    of ``calendar_years``). The year before has three figures or four (``page 5 [626]`` is no
    year), and ``cued`` (``_year_cued``: ``The year 541``) unless the inside is a range of two
    years in a row (``541 [1146-47]``: a lunar year runs over two); a range's second year is
    always the first's next (``[1146-1300]`` is no year's span)."""
    m = _CONVERTED_INSIDE.fullmatch(inside.strip())
    if m is None:
        return False
    gregorian = int(m.group(1) or m.group(3))
    if m.group(2) is not None:
        if not _next_year(gregorian, m.group(2)):
            return False  # "[1146-1300]": no year's span
    elif not cued and _NUMERIC_DATE.fullmatch(before) is None:
        return False  # "pp. 1290 [1873]": no cue that the number is a year
    n = _NUMERIC_DATE.fullmatch(before)
    if n is not None:
        year = n.group(1)
        if len(year) == 2:
            centuries = {lo // 100 * 100 for lo, _hi in conv.calendar_years}
            years = [c + int(year) for c in centuries]
        else:
            years = [int(year)]
    elif before.isdecimal() and 3 <= len(before) <= 4:
        years = [int(before)]
    else:
        return False
    # a range's first year holds the year's start, which the rate puts within the first year
    # or up to a fraction past it when it falls late in December ("993 [1584-85]": 1585.002);
    # two years off is no conversion ("993 [1586-87]")
    low, high = _RANGE_SLACK if m.group(2) is not None else (-1, 1)
    return any(
        low <= y * rate + zero - gregorian <= high for y in years for rate, zero in conv.calendar_rates
    )


#: How far before and after a range's first year the rate may put the start of the other
#: calendar's year.
_RANGE_SLACK = (-0.5, 1.5)


def _next_year(first: int, second: str) -> bool:
    """Whether ``second``, a year written in full or by its last figures (``47`` of
    ``1146-47``), is the year after ``first``."""
    if len(second) >= len(str(first)):
        return int(second) == first + 1
    return (first + 1) % 10 ** len(second) == int(second)  # "1099-00": a century turned


#: A Gregorian year or a range of two ("1146-47", "1193–1194"), or a day, a month's name and
#: a year ("23 March 1981", "March 23, 1981").
_CONVERTED_INSIDE = regex.compile(
    r"(\d{3,4})(?:[-–/](\d{2,4}))?|(?:\d{1,2}\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2},?)\s(\d{4})"
)
#: A numeric date, day, month and year of two or four figures: "3/1/60", "19/1/1358".
_NUMERIC_DATE = regex.compile(r"\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})")


def _other_year(year: int, conv: Conventions) -> bool:
    """Whether a year without an era's mark is read as of another calendar (``[gloss]
    calendar_years``: the Hijri years 1300 to 1499, the Hebrew years 5600 to 5799)."""
    return any(lo <= year <= hi for lo, hi in conv.calendar_years)


#: A Gregorian year of the modern era in a date.
_GREGORIAN_YEAR = regex.compile(r"\b(?:1[6-9]|20)\d\d\b")
#: How many words back a converted date may run (``Dey 19, 1356``).
_DATE_BACK = 4


def _same_kind(c: _NearestOnly) -> _Decision:
    """One word after a word of the same kind, both capitalised or both not (``the internal
    contradictions [divisions]``, ``deatomization [denuclearization]``, ``attack English [British]
    ships``): the text reads on without it, it restates the word before, gloss. The kind is the
    word's ending (``[gloss.kinds]``); ``the special [nuclear] weapons`` has none, and lower-case
    adjectives stack (``the international [political] situation``): supplied."""
    f, wf = c.facts, c.wf
    if f.kind is None or wf is None or c.glued or wf.kind != f.kind or wf.after_boundary:
        return None
    if wf.lower_initial != f.lower_phrase:
        return None  # "October [Revolution]": a capitalised word after a lower-case one or back
    if f.kind == "adjective" and f.lower_phrase:
        return None  # "the international [political] situation": adjectives stack, supplied
    return "gloss", f"restates {wf.folded!r} with a word of the same kind ({f.kind})", 0


def _same_word(c: _NearestOnly) -> _Decision:
    """An original-language word spelt another way (``chuch’e [juche]``): gloss (romanisation
    keys and rapidfuzz)."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.lower_word or wf.english or f.few_words > 2 or not f.lower_phrase:
        return None
    words = c.inside().split()
    if words and not any(c.conv.is_english(w) for w in words) and same_name([wf.folded], words):
        return "gloss", "the same word romanised another way", 0
    return None


def _language_change(c: _NearestOnly) -> _Decision:
    """An original-language word after its English translation (``agreement [soglasie]``), or an
    English translation after an original-language word (``jiji [actively]``): gloss. Also one
    word of the original's shape (``[gloss.shape]``) after an English noun capitalised as a
    body's name, inside a sentence (the Wilson Center's Shtykov to Vyshinsky, 30 May 1950:
    ``To VYSHINSKY (for the Politburo [instantsiya])``): its original, transliterated, which the
    English lexicon and its letter shapes tell from the noun (:func:`_original_after_noun`)."""
    f, wf = c.facts, c.wf
    if wf is not None and wf.name_word and not wf.after_boundary and not wf.function:
        return _original_after_noun(c)
    if wf is None or not wf.lower_word or wf.folded.endswith("-"):
        return None  # (a word broken at its hyphen, "adher- [mental]", is of no language)
    if wf.english and f.foreign_after_english:
        return "gloss", "original-language words after their translation", 0
    if not wf.english and f.english_after_foreign:
        return "gloss", "translation of the original-language word before it", 0
    return None


def _fold_or_none(word: str | None) -> str | None:
    """``word`` folded, or None."""
    return fold(word) if word is not None else None


def _original_after_noun(c: _NearestOnly) -> _Decision:
    """Rule language_change's reading of a capitalised word before the span: one lower-case word
    of the original's shape after a capitalised English word (the lexicon's, not a name) that a
    lower-case word opens (``the Politburo [instantsiya]``), or after ``in`` and a language's
    name (``[gloss] demonyms``; FRUS 1969–76 XIV, d281, Gromyko: ``It’s the same word in Russian
    [znachitel’no].``; not a people's, ``the Americans [nyet] replied``): gloss. A name's last word follows
    another capitalised word (``Kim Il Sung [tovarishch]``: the lexicon holds ``sung``), a
    sentence's first word no lower-case one."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or f.few_words != 1 or not f.foreign_after_english:
        return None
    language = wf.folded in c.conv.demonyms and _fold_or_none(c.word(1)) == "in"
    if not (c.conv.is_english(wf.folded) or language) or wf.possessive:
        return None  # (a language's name after "in" says the word is its: "in Russian [znachitel’no]")
    inside = c.inside()
    if not _foreign_shape(inside, c.conv):
        return None
    before = c.word(1)
    if before is None or not before.lstrip("(“\"'")[:1].islower():
        return None  # (a name's last word, "Kim Il Sung", or a sentence's first)
    return "gloss", f"the original-language word after the English {c.near!r}", 0


def _translation_after_foreign(c: _NearestOnly) -> _Decision:
    """English words after a lower-case word whose letters are no English word's (``[gloss.shape]``:
        ``the word used was nachal'stvo [the bosses, those in authority]``, ``act po-bratski [in a
        brotherly way]``, ``the "khvostism" [tailism] of the Chinese``): a rendering of the
        original-language word, gloss, whatever its length and even when it opens with a function
        word. The shape is judged from the English lexicon's letter trigrams, not from a list of
        any language's words, so it carries to words no page has shown; a name is capitalised and
        never meets it. A word (or a part of it) spelt like the inside (``went on dress-perade
    [parade]``, a soldier's diary) is a misspelling set right (``standard_spelling``), and
        a word before punctuation other than a closing quote ends a phrase."""
    f, wf = c.facts, c.wf
    if wf is None or not wf.foreign_shape or not f.rendering or c.glued:
        return None
    if wf.after_boundary and not wf.quote_close:
        return None
    inside = fold(c.inside())
    if any(
        fuzz.ratio(part, inside, score_cutoff=_GARBLE_SIMILAR) for part in {wf.folded, *wf.folded.split("-")}
    ):
        return None  # "dress-perade [parade]": a misspelt word set right (standard_spelling)
    return "gloss", f"renders the original-language word {wf.folded!r} in English", 0


#: A word of Latin letters (with the marks, apostrophes and hyphens of a name).
_LATIN_WORD = regex.compile(r"(?=[\p{Latin}\p{M}'’-]*\p{Latin})[\p{Latin}\p{M}'’-]++")


#: A signature or a seal described after the bracket on its line (``[周恩来] (signature)``): the
#: bracket gives what the document bears there, no rendering of the word above.
_DESCRIBED_MARK = regex.compile(r"[ \t]*+[(\[]\s*(?:signature|signed|seal|stamp)\b", regex.IGNORECASE)


def _renders_word_above(c: _NearestOnly) -> bool:
    """Whether a bracket in another script under a line ending in Latin letters may render that
    line's last word, by what follows it on its line: anything (the line's end, a word, a dash,
    a figure, a parenthesis, a bracket: ``[安妮·法兰克] Museum.``, ``[文化大革命] — it was
    hard.``) but the line going on in the bracket's script, glued or after a space (``[10 月 5
    日]下午 4 时``: the text's own words), or a signature or a seal described after it
    (``[周恩来] (signature)``)."""
    after = c.line_after()
    if _DESCRIBED_MARK.match(after) is not None:
        return False
    rest = after.lstrip(" \t")
    if not rest or rest[0].isascii():
        return True
    inside = c.inside()
    return not any(
        script.match(rest) is not None and script.search(inside) is not None for script in _SCRIPTS
    )


def _translation_across_line(c: _NearestOnly) -> _Decision:
    """A bracket opening its line after a line that ends, with no punctuation, on the word it
    renders (a page's layout broke the sentence): one lower-case word of no English shape after
    an English word (``consisting of 128 rifle`` / ``[strelkovoi] divisions``, a Soviet order
    in English), or English words after such a word: the original or its translation, gloss
    (``translation_after_foreign``'s shapes, read across the line break). Words in another
    script under a line ending on a word in Latin letters are its original too (``other_script``
    across the line: the University of Pittsburgh's CR/10 oral histories, a subtitle's lines,
    ``I went to Amsterdam, to visit the`` / ``Anne Frank`` / ``[安妮·法兰克] Museum.``), at
    the end of its line too, under a heading in capitals too (its original): not one whose line
    goes on in its own script, glued or after a space (``[10 月 5 日]下午 4 时``), nor a
    signature or a seal described after it (``[周恩来] (signature)``)."""
    f = c.facts
    if c.near is not None or not (f.foreign_word or f.rendering or f.other_script):
        return None
    above = c.line_above().split()
    if not above:
        return None
    last = above[-1]
    wf = _word_facts(last, c.conv)
    if f.other_script:
        if _LATIN_WORD.fullmatch(last) is None or wf.after_boundary or not _renders_word_above(c):
            return None  # ("[10 月 5 日]下午 4 时": the line goes on in the inside's script)
        return "gloss", f"the original of {last!r} ending the line above, in another script", None
    if f.foreign_word and wf.lower_word and wf.english and not wf.function and not wf.after_boundary:
        return "gloss", f"the original of {wf.folded!r} ending the line above", None
    if f.rendering and wf.foreign_shape and not wf.after_boundary:
        return "gloss", f"renders {wf.folded!r} ending the line above", None
    return None


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


#: How similar (rapidfuzz ratio) a word and the inside after it are for a garble's correction.
_GARBLE_SIMILAR = 60


def _translates_words(c: _NearestOnly) -> _Decision:
    """English words after a run of original-language words (``de ne pas laisser passer la
    reine [not let the Queen pass]``): their translation, gloss."""
    f, wf = c.facts, c.wf
    if not (f.english_phrase or f.english_title) or wf is None or not wf.lower_word:
        return None
    if f.few_words < 3 and wf.english and not wf.function and len(wf.folded) >= _CONTENT_LETTERS:
        return None  # "The talks [went well]": a short inside after an English word goes on with it
    # the run of lower-case words before it (up to four), their words of three letters or more
    # counted: at least two not English, or (three English words or more inside) as many not
    # English as English content words ("vstrechnyi plan [self-imposed extension of the quota]")
    k = last_foreign = 0
    foreign = english = 0
    while True:
        word = c.near if k == 0 else c.word(k)
        pf = wf if k == 0 else _word_facts(word, c.conv)  # type: ignore[arg-type]
        if len(pf.folded) >= _CONTENT_LETTERS and not pf.function:
            if pf.english:
                english += 1
            else:
                foreign += 1
                last_foreign = k
        if k + 1 >= _RUN or (previous := c.word(k + 1)) is None:
            break
        nf = _word_facts(previous, c.conv)
        if not nf.lower_word or nf.after_boundary:
            break
        k += 1
    if foreign >= 2:
        return "gloss", "translates the original-language words before it", k
    if foreign != 1 or english > 1 or f.few_words < 3 or last_foreign > 1:
        return None
    if f.first_function and not f.english_title:
        return None  # "more than planned [by the central authorities]" goes on with the sentence
    return "gloss", "translates the original-language words before it", max(last_foreign, 1 if english else 0)


#: The longest run of original-language words read before a translation.
_RUN = 4
#: Words shorter than this count for neither language ("v", "i", "la" are both).
_CONTENT_LETTERS = 3
