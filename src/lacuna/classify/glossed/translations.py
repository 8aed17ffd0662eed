"""The glossed-extent rules for translations (:data:`lacuna.classify.glossed.GLOSSED_RULES`):
``quoted_original``, ``second_rendering``, ``title_colon``, ``original_run``,
``translated_phrase`` and ``word_for_word``, each reading how far back the original-language
words an English rendering translates (or the English words an original word renders) run."""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from lacuna.classify.glossed.extent import (
    _BOUNDARY_END,
    _CAPITAL,
    _EDGE,
    _LEADING,
    _LOOK,
    _OPENING,
    _PERSON_DESCRIBED,
    _QUOTE,
    _TITLES,
    _TRANSLATING,
    _WORD_BACK,
    _WORD_FOR_WORD,
    Extent,
    _bare,
    _core,
    _initials,
    _is_acronym,
    _is_function,
    _words_before,
)
from lacuna.conventions import fold


def _quoted_original(ext: Extent) -> int | None:
    """A quoted original-language title or phrase that the bracket translates and that is still
    open at the bracket (``copies of "Zhit' v mire i druzhbe [To Live in Peace and
    Friendship]"``): the glossed words start after the opening quote."""
    limit = len(ext.facts.words) + 2
    if not ext.before or _QUOTE.search(ext.text, ext.before[:limit][-1][0], ext.first) is None:
        return None
    english = ext.conv.english
    words = [w for _, w in ext.glossed_words()]
    for at, word in ext.before[:limit]:
        words.append(word)
        if word[:1] in _OPENING and len(word) > 1:
            run = [_bare(w) for w in words]
            foreign = sum(1 for w in run if w and w not in english)
            if foreign < ext.data.original_share * len(run):
                return None
            return at + 1
        if _QUOTE.search(word) is not None:
            return None
    return None


def _second_rendering(ext: Extent) -> int | None:
    """A second rendering opened by "or" that repeats the first word of the words it renders
    (the Saddam Hussein tapes: ``reveals Khomeini‘s deception [or reveals that Khomeini is a
    fraud]``; Mao: ``“Oppose Party Formalism [or Party “eight-legged essays”]``): the glossed
    words start at that word, at most ``max_words`` back."""
    if ext.rule != "alternative_rendering":
        return None
    words = ext.inside.split()
    if len(words) < 2 or fold(words[0]) != "or":
        return None
    opening = _bare(words[1])
    if not opening or _is_function(opening, ext.conv):
        return None
    for at, word in ext.before[: ext.data.max_words]:
        if _bare(word) == opening:
            return at + (len(word) - len(word.lstrip(_LEADING)))
    return None


#: A separator between the parts of a title: a colon or a comma before a space.
_TITLE_SEPARATOR = regex.compile(r"[:,](?=\s)")


def _title_colon(ext: Extent) -> int | None:
    """A title with a subtitle after its translation or original, which has one too (``O vară
    fierbinte în relaţiile româno-sovietice: Convorbirile de la Moscova din iulie 1964 [A Hot
    Summer in Romanian-Soviet Relations: Conversations in Moscow during July 1964]``, ``The
    People’s Army of Vietnam: The First 55 Years [Quan Doi Nhan Dan Viet Nam: 55 Nam]``): the
    glossed words run back over the colon to the title's start (the boundary before it). A
    capitalised inside with a colon after any deciding rule is read so too when the words
    before cross the same colons and commas in the same order (the Wilson Center's citations
    of a Vietnamese collection: ``Dai Thang Mua Xuan, 1975: Van Kien Dang [Great Spring
    Victory, 1975: Party Documents]``)."""
    separators = _TITLE_SEPARATOR.findall(ext.inside)
    if ":" not in separators or ext.stop is None:
        return None
    if ext.rule in _TITLES:
        if separators.count(":") != 1:
            return None
        separators = [":"]
    elif _CAPITAL.match(ext.inside) is None or ext.rule in _PERSON_DESCRIBED:
        return None  # (a title opens with a capital; a person described is no title's translation)
    text, stop = ext.text, ext.stop
    at = ext.before[-1][0] if ext.before else ext.first
    word = ""
    for separator in reversed(separators):
        if stop is None or stop[-1:] != separator:
            return None  # the words before are parted otherwise: no same title
        found = _WORD_BACK.search(text, max(0, at - _LOOK), at)
        if found is None or found.group() != stop or "\n" in text[found.end() : at]:
            return None
        more, stop = _words_before(text, found.start(), ext.data.max_words)
        if len(more) >= ext.data.max_words or (more and "\n" in text[more[-1][0] : found.start()]):
            return None  # a run too long to be a title's, or one across a line
        at, word = more[-1] if more else (found.start(), found.group())
    if _CAPITAL.match(_core(word)) is None:
        return None  # a title opens with a capital
    begin = at + (len(word) - len(word.lstrip(_LEADING)))
    if ext.rule not in _TITLES and not _same_title(ext, begin, len(separators)):
        return None
    return begin


def _same_title(ext: Extent, begin: int, separators: int) -> bool:
    """Whether the words from ``begin`` to the bracket are the title the inside translates, read
    after a rule that decides no title (``title_colon``): two separators or more that they share
    with the inside, or a word (no function word) that both hold (``Dai Thang Mua Xuan, 1975:
    Van Kien Dang [Great Spring Victory, 1975: Party Documents]``), and a first part that is not
    one word opening its line (a label: ``Present: Comrade Kim Il Sung [Chairman: Korean Workers
    Party]``, ``Note: He met Pak Song Chol [Pak Seong-cheol: Foreign Minister]``)."""
    text = ext.text
    head = text[begin : ext.last].split(":", 1)[0]
    line_start = text.rfind("\n", 0, begin) + 1
    if len(head.split()) == 1 and not text[line_start:begin].strip():
        return False
    if separators >= 2:
        return True
    inside = {_bare(w) for w in ext.inside.split()}
    return any(
        (w := _bare(word)) in inside and not _is_function(w, ext.conv)
        for word in text[begin : ext.last].split()
    )


def _original_name(ext: Extent) -> bool:
    """Whether a name's English translation follows its original name (``Arkhiv Prezidenta
    Rossiskoi Federatsii [Presidential Archive]``, ``(Raionnyi Ispolnitel'nyi Komitet [District
    Executive Committee])``): an English inside, capitalised, after a guess that holds no English
    word of four letters or more."""
    words = [_bare(w) for _, w in ext.glossed_words()]
    return (
        ext.facts.english
        and _CAPITAL.match(ext.inside) is not None
        and bool(words)
        and not any(len(w) > 3 and w in ext.conv.english for w in words)
    )


def _original_run(ext: Extent) -> int | None:
    """English words after the original-language words they translate (``de ne pas laisser
    passer la reine [not let the Queen pass]``): the glossed words run back over the words of
    the original language (not in the English lexicon, or short words that are not English
    function words), at most as many as the inside has plus two; an acronym before them that
    their initials spell (an archive list's ``GARF Gosudarstvennyi arkhiv Rossiiskoi Federatsii
    [State Archive of the Russian Federation]``) is left out. After ``other_name``, a
    capitalised English inside after a guess of no English word translates an original name
    (``Arkhiv Prezidenta Rossiskoi Federatsii [Presidential Archive]``)."""
    if ext.rule not in _TRANSLATING and not (ext.rule == "other_name" and _original_name(ext)):
        return None
    english = ext.conv.english
    words = [w for _, w in ext.glossed_words()]
    inside = ext.facts.words
    if not words or not ext.facts.english:
        return None  # the inside is not English
    if any(_bare(w) in english and len(_bare(w)) > 3 for w in words[-1:]):
        return None
    at_best = None
    for at, word in ext.before[: max(0, len(inside) + 2 - len(words))]:
        bare = word.strip(_EDGE)
        folded = fold(bare)
        if not bare or word != word.rstrip(_BOUNDARY_END) or folded in ext.conv.function_words:
            break
        if folded in english and len(folded) > 3:
            break
        if _is_acronym(bare) and fuzz.ratio(_initials(words, ext.conv), folded) >= ext.data.acronym_sure:
            break  # a list's siglum before the name it abbreviates ("GARF Gosudarstvennyi arkhiv …")
        words.insert(0, word)
        at_best = at + (len(word) - len(word.lstrip(_LEADING)))
    return at_best


def _translated_phrase(ext: Extent) -> int | None:
    """An original-language word after the English phrase it translates: a word before the guess
    that is its cognate (``adventurist actions [avantyura]``, rapidfuzz ratio at least
    ``cognate_cutoff``), or the verb of a particle (``given up [ustuplena]``)."""
    if ext.rule not in {"language_change", "transliterated", "same_word"}:
        return None
    inside = ext.facts.words
    words = [w for _, w in ext.glossed_words()]
    if len(inside) != 1 or len(words) != 1 or not ext.before:
        return None
    at, word = ext.before[0]
    bare = word.strip(_EDGE)
    if not bare or word != word.rstrip(_BOUNDARY_END) or _is_function(bare, ext.conv):
        return None
    begin = at + (len(word) - len(word.lstrip(_LEADING)))
    if _bare(words[0]) in ext.data.particles:
        return begin
    if fuzz.ratio(fold(bare), fold(inside[0].strip(_EDGE)), score_cutoff=ext.data.cognate_cutoff):
        return begin
    return None


def _word_for_word(ext: Extent) -> int | None:
    """Original-language words after the English words they translate, word for word (``in
    force [de pé]``, ``legal clashes [embates jurícos]``, ``Telegram for coding [Telegrama
    para cifra]``): the glossed words run back over English words until they are as many as
    the inside's."""
    if ext.rule not in _WORD_FOR_WORD or ext.facts.english or ext.facts.name_like:
        return None  # (a name inside: "Brother Van [Vo Nguyen Giap]" is no word-for-word rendering)
    words = [w for _, w in ext.glossed_words()]
    wanted = len(ext.facts.words) - len(words)
    if not words or wanted <= 0:
        return None
    english = ext.conv.english
    at_best = None
    for at, word in ext.before[:wanted]:
        bare = _bare(word)
        if not bare or word != word.rstrip(_BOUNDARY_END) or bare not in english:
            return None  # not as many English words: the deciding rule's words stay
        at_best = at + (len(word) - len(word.lstrip(_LEADING)))
    return at_best if len(ext.before) >= wanted else None
