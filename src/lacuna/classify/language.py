"""The context rules about languages: a translation and its original, another script, a
transliteration, a quoted term and what it means (see :mod:`lacuna.classify.context`). Titles of
works in translation are in :mod:`lacuna.classify.titles`, dates of other calendars
in :mod:`lacuna.classify.calendars`."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from lacuna.classify.learned import _note_words
from lacuna.classify.name_compare import same_name
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _CLOSE_QUOTES, _STRIP, _Decision, _foreign_shape, _word_facts
from lacuna.conventions import Conventions, fold

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
    if wf.bare_english:  # "the word “agreement” [soglasie]": the original after the English word
        return "gloss", f"the original of the quoted word {wf.folded!r}", 0
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


#: Punctuation after a closing quote that ends the quotation's clause.
_CLAUSE_END = ",.;:!?"


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
