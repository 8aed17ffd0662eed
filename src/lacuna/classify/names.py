"""The context rules about persons' names: pseudonyms, titles and roles, other names, descriptions
of a person, first names supplied before a surname (see :mod:`lacuna.classify.context`; names
written another way are in :mod:`lacuna.classify.name_spellings`, places and groups in
:mod:`lacuna.classify.name_places`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _INITIALS, _NAME_WORD, _STRIP, _TRAILING, _Decision, _word_facts
from lacuna.conventions import Conventions, fold

__all__: list[str] = []


def _pseudonym_before(c: _NearestOnly) -> _Decision:
    """A known pseudonym or variant right before it (``Filippov [Stalin]``): gloss."""
    names = c.facts.names
    if names is None or c.near is None:
        return None
    for name in names:
        n = name.count(" ") + 1
        words = c.words(n)
        if len(words) == n and fold(" ".join(words)) == name:
            return "gloss", f"known pseudonym {name!r} before it", n - 1
    return None


def _addressee_named(c: _NearestOnly) -> _Decision:
    """A name after a letter's salutation (``To: My dear Sir [OO Howard]``, ``My dear Mother,
    [Emily S. Stinson]``, ``Oliver Otis Howard to "Dearest" [Lizzie Howard]``; ``[gloss]
    salutations``): the addressee, gloss of the salutation from its "my". The salutation's own
    word before it wants the name (``Dear [John],``), and so does an honorific (``Dear Mr.
    [Smith]``): supplied, not this rule's."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.name_inside or f.possessive_name:
        return None
    near = c.near or ""
    if near.endswith(".") or wf.exact_function or wf.title:
        return None  # "Ambassador [Mikhail] Zimyanin": a title's name is title_names' business
    salutations = c.conv.salutations
    bare = fold(near).strip(_STRIP)
    if bare not in salutations and not (near[:1].isupper() and c.conv.is_english(bare)):
        return None  # the salutation's English noun ("Sir", "Mother") or its own quoted word
    for k in range(_SALUTATION_BACK):
        word = near if k == 0 else c.word(k)
        if word is None:
            return None
        kf = wf if k == 0 else _word_facts(word, c.conv)
        if k and kf.after_boundary:
            return None  # "… agreed. Dear [John]": the salutation ends before
        if fold(word).strip(_STRIP) in salutations:
            if k == 0 and not kf.quote_close:
                return None  # "Dear [John],": the name the salutation lacks
            previous = c.word(k + 1)
            if previous is not None and fold(previous) == "my":
                k += 1
            return "gloss", f"names the addressee of the salutation {word!r}", k
    return None


#: How many words back a salutation may open (``My dear little Sonya``).
_SALUTATION_BACK = 4


def _first_name(c: _NearestOnly) -> _Decision:
    """A first name before a surname after a title (``Ambassador [Mikhail] Zimyanin left``):
    supplied, it completes the name after it."""
    f, wf = c.facts, c.wf
    if wf is None or not (f.name_inside or f.describes) or f.first_function or f.possessive_name:
        return None  # "The Chancellor's [Helmut Kohl's] Breakfast": a possessive ends its name
    # a title (and a given name) before a surname, whatever precedes them ("Visited [Cuban
    # President Osvaldo] Dorticos", "After [Cuban leader] Fidel", "Comrade [Yugoslav Foreign
    # Minister] Koča")
    titled = f.describes
    if not titled and (f.few_words > 2 or not (wf.refers or wf.may_end_title)):
        return None
    bare = _name_after(c)
    if bare is None:
        return None
    return "supplied", f"{'a title and ' if titled else ''}a first name before the surname {bare!r}", None


def _verb_object(c: _NearestOnly) -> _Decision:
    """A name after a verb in the past tense (``He informed [Nguyen Duy Trinh] that``,
    ``Kennedy phoned [Brazilian President João] Goulart``) or a common verb taking an object
    (``that Cde. Savel'yev turn [Xinjiang] into``, ``he told [Zhou] that``): the verb's object, which the
    sentence needs, supplied. After a determiner the word is an adjective and the name may
    gloss it (``the aforementioned [Kim Il Sung]``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not (f.name_inside or f.describes) or f.first_function:
        return None
    if not wf.lower_word or wf.role or wf.title or wf.function:
        return None
    past = c.conv.past_verb(wf.folded)
    if not past and wf.folded not in c.conv.object_verbs:
        return None
    previous = c.word(1)
    if previous is not None and fold(previous.strip(_TRAILING)) in c.conv.determiners:
        return None
    return "supplied", f"the object of the verb {c.near!r}", None


def _title_names(c: _NearestOnly) -> _Decision:
    """A name after a title, role or pronoun (``the Chairman [Mao Zedong]``, ``he [Stalin]``,
    ``the current [Nguyen Co Thach]``), or a group after a pronoun (``us [the Chinese]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None:
        return None
    if not f.name_inside:
        # "a dark spot for us [the Chinese]", "they [the East Germans] noticed": a pronoun (not a
        # possessive) and the capitalised group it stands for
        if f.determiner_phrase and f.capitalised and wf.refers and not wf.title:
            if wf.folded in c.conv.pronouns and wf.folded not in c.conv.determiners:
                return "gloss", f"names whom {c.near!r} stands for", 0
        return None
    two_title = False
    if wf.may_end_title:
        previous = c.word(1)
        two_title = (fold(previous + " " + c.near) if previous is not None else "") in c.conv.titles  # type: ignore[operator]
        if two_title and not wf.title and previous is not None:
            return "gloss", f"names who {c.near!r} refers to", 1
    if wf.folded in c.conv.possessive_determiners and not f.possessive_name:
        if f.few_words <= 2 and fold(c.inside()).strip(_STRIP) in c.conv.demonyms:
            # "where there are their [Chinese] commissars": whose the commissars are
            return "gloss", f"names whom {c.near!r} stands for", 0
        return None  # "our [Brother]", "my [Kansas City] speech": the noun the determiner needs
    if wf.folded in c.conv.plural_titles:
        # "to Cdes. [I. I. Varnov] and Samsonov": one of the people the title introduces
        return "supplied", f"names one of the people {c.near!r} introduces", None
    if wf.refers or two_title:
        return "gloss", f"names who {c.near!r} refers to", 0
    if wf.role and f.few_words >= 2:
        return "gloss", f"names who holds the role {c.near!r}", 0
    if wf.name_word and not wf.acronym:
        # a title of an office ("the Secretary of State [Dean Rusk]", "the Chairman of the
        # Presidium [Kim Tu Bong]"), not before a name ("Secretary of State [Dean] Rusk"), nor
        # one English word ("the editor-in-chief of Hoy [Today]" translates the name)
        # (the office's name may have up to three words: "the Minister of External Relations
        # [Raúl Roa]", "the Minister of the Armed Forces [Raúl Castro]")
        conv = c.conv
        for k in range(1, _OFFICE_WORDS + 1):
            link = c.word(k)
            if link is not None and fold(link) in conv.determiners:
                k, link = k + 1, c.word(k + 1)
            if link is not None and fold(link) in conv.name_links:
                head = c.word(k + 1)
                if head is not None and _word_facts(head, conv).title and not _before_name(c):
                    if f.few_words > 1 or not conv.is_english(c.inside().lower()):
                        return "gloss", f"names who holds the office of {c.near!r}", k + 1
                return None
            if link is None or k >= _OFFICE_WORDS:
                return None
            lf = _word_facts(link, conv)
            if not lf.name_word or lf.exact_function or lf.title or lf.after_boundary:
                return None  # the office's name ends at a word that is no name's
            if not (_english_name(link, conv) and _english_name(c.near or "", conv)):
                return None  # "Minister of Foreign Affairs Ohira [Masayoshi]": the holder's name
    return None


#: The most words of the name of an office after its title and link (``External Relations``).
_OFFICE_WORDS = 2


def _english_name(word: str, conv: Conventions) -> bool:
    """Whether a capitalised word is an English word (a word of an office's name, not a
    person's: ``Relations``, not ``Ohira``)."""
    return conv.is_english(fold(word).strip(_STRIP))


def _name_after(c: _NearestOnly) -> str | None:
    """The capitalised word after the span if it is no function word, pronoun or title."""
    following = c.after(0)
    if following is None:
        return None
    bare = following.rstrip(_TRAILING + ".")
    if not bare or _NAME_WORD.fullmatch(bare) is None:
        return None
    folded = fold(bare)
    conv = c.conv
    if folded in conv.function_words or folded in conv.pronouns or folded in conv.titles:
        return None
    return bare


def _before_name(c: _NearestOnly) -> bool:
    """Whether a capitalised word that is no function word, pronoun or title follows the span."""
    return _name_after(c) is not None


def _pseudonym_after(c: _NearestOnly) -> _Decision:
    """The name a person named before it went by (``Stalin [Filippov]``), from the pseudonym
    list read backwards: gloss."""
    pseudonym = c.facts.pseudonym
    if pseudonym is None:
        return None
    target = fold(pseudonym)
    n = len(target.split())
    if n >= 1 and c.word(n - 1) is not None and fold(" ".join(c.words(n))) == target:
        return "gloss", f"a name {pseudonym} went by (pseudonym list)", n - 1
    return None


def _name_run(c: _NearestOnly, most: int = 3) -> int:
    """How many name words (capitalised, not titles) end right before the span (at most ``most``)."""
    conv = c.conv
    k = 0
    while k < most:
        word = c.word(k)
        if word is None:
            break
        wf = _word_facts(word, conv)
        if not wf.name_word or wf.title or wf.exact_function or (k > 0 and wf.after_boundary):
            break  # "The [South Vietnamese] government": a capitalised function word names no one
        k += 1
    return k


def _describes_person(c: _NearestOnly) -> _Decision:
    """A description holding a title after a name (``Cde. Li Kenong [the head of …]``): gloss
    of the whole name. Not after a people's word (``[gloss] demonyms``: ``turned to the Chinese
    [ambassador and said]``), which the words complete, nor when it opens with a word that goes
    on with the sentence (``[gloss] continuing_words``: ``Kuznetsov [together with Counselor
    Atroshchenkov] ought to meet``)."""
    f, wf = c.facts, c.wf
    if not f.describes or f.name_inside or f.conjunction or f.continuing or wf is None or not wf.name_word:
        return None
    if wf.folded.rstrip(_TRAILING) in c.conv.demonyms:
        return None  # "he turned to the Chinese [ambassador and said]": a people's word, no one's name
    return "gloss", "describes the person named before it", max(_name_run(c) - 1, 0)


#: The articles that open a description set after a name (``Arditi [a vehicle importer]``).
_ARTICLES = frozenset({"a", "an", "the"})


#: What may follow a description set after a name: punctuation ending or breaking the phrase.
_PHRASE_BREAK = '.,;:)!?—–-"”’'


#: The fewest words of a description after a pronoun, and it names someone (a capital inside).
_PRONOUN_DESCRIPTION = 4


def _described_after_name(c: _NearestOnly) -> _Decision:
    """A description opened by an article, two words or more, after a name (not a title nor a
    people's word, not opening its sentence), with punctuation or a function word after it: the
    translator's or editor's identification of whom or what the name names, a gloss of it
    (Ben-Gurion's diary: ``to be bought from [Yitzhak] Arditi [a vehicle importer].``; YIVO:
    ``why the Forward [the U.S. Yiddish daily], a labor newspaper``; a family's translation of a
    prisoner's diary: ``I eat with Jovine [a dear childhood friend] a can of corned beef``). After
    a pronoun it takes an indefinite description of four words or more naming someone (a
    Hungarian report on the Wilson Center: ``Then he informed us [a HSWP CC delegation headed by
    Árpád Pullai] about``: its head a person's or a group's word, ``[gloss]
    described_pronoun_heads``). Words the sentence goes on with are supplied (``sent Ivanov [a
    new] letter``: a content word after the bracket), so are a verb's object after a name the
    verb governs (``He handed Molotov [a note]``: the name must stand after a preposition, an
    article, punctuation or the line's start, ``[gloss] described_name_leads``) and a time
    (``I met Ivanov [the next day]``: ``[gloss] described_time_words``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or c.bracketed or f.few_words < 2 or not f.first_function:
        return None
    name = wf.name_word and not (wf.title or wf.function or wf.after_boundary)
    if name and wf.folded.rstrip(_TRAILING) in c.conv.demonyms:
        return None
    if not name and wf.folded not in c.conv.identified_pronouns:
        return None  # (most: decided on the nearest word, no further reading)
    words = c.inside().split()
    if fold(words[0]) not in _ARTICLES or fold(words[-1]).strip(_TRAILING) in c.conv.function_words:
        return None  # ("Zhang [the USSR and]": words that run on)
    if any(fold(w).strip(_TRAILING) in c.conv.described_time_words for w in words):
        return None  # ("in London [the following morning]": a time)
    if name:
        k = max(_name_run(c) - 1, 0)
        if not _name_led(c.line_before(), c.conv.described_name_leads):
            return None  # ("He handed Molotov [a note]": the verb's object)
    else:
        if fold(words[0]) == "the" or len(words) < _PRONOUN_DESCRIPTION:
            return None
        if not any(w[:1].isupper() for w in words[1:]):
            return None
        head = next((fold(w) for w in words[1:] if w[:1].islower()), None)
        if head not in c.conv.described_pronoun_heads:
            return None  # ("He showed us [a map of the Soviet zone]": the verb's object)
        k = 0
    if any(w[:1].isupper() for w in words[1:2]) and f.name_inside:
        return None  # ("Smith [The Hague]": a name, which the name rules read)
    after = c.line_after().lstrip(" \t")
    if after and after[0] not in _PHRASE_BREAK:
        nxt = c.after(0)
        if nxt is None or fold(nxt) not in c.conv.function_words:
            return None
    return "gloss", f"describes whom or what {c.near!r} names", k


def _name_led(before: str, leads: frozenset[str]) -> bool:
    """Whether the name closing ``before`` (its capitalised or bracketed words) stands at the
    line's start, after punctuation or after one of ``leads`` (a preposition, an article), not
    after a verb whose object the bracket would be."""
    tokens = before.split()
    while tokens and (tokens[-1][:1].isupper() or tokens[-1][:1] == "["):
        tokens.pop()
    if not tokens:
        return True
    last = tokens[-1]
    return not last[-1:].isalnum() or fold(last) in leads


def _possessive(c: _NearestOnly) -> _Decision:
    """A single name after a possessive (``Mao's [Zedong] reply``): supplied, it completes the
    name. After a pronoun's contraction (``if he's [Khrushchev] changed``) it names whom the
    pronoun stands for: gloss."""
    f, wf = c.facts, c.wf
    if wf is not None and f.name_inside and f.few_words == 1 and wf.possessive:
        if wf.folded[:-2] in c.conv.pronouns:
            return "gloss", f"names whom {c.near!r} stands for", 0
        return "supplied", "completes the name before the possessive", None
    return None


def _alias_named(c: _NearestOnly) -> _Decision:
    """A full name after a party alias of one or two words (Pribbenow's translations of Vietnamese
    Party cables: ``Brother Ba’s [Le Duan] cable``, ``Brothers Bay Cuong [Pham Hung], Tuan [Van
    Tien Dung]``, a cable signed ``Ba [Le Duan]``, ``Brothers Dong [Le Tu Dong], Le [Tran Le]``):
    the alias's real name, gloss. An alias is told by a kinship title before it (``[gloss]
    alias_titles``: the title is part of the alias; ``alias_titles_plural`` heads a list and is
    not), by its first word, a birth-order name (``birth_order_names``), or by the full name
    restating its word (``Le [Tran Le]``; a name completed adds words: ``Kim [Il Sung]``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.name_inside or f.few_words < 2 or not wf.name_word or wf.acronym:
        return None
    conv = c.conv
    births, titles, plural = _alias_words(conv)
    alias: list[str] = []
    while len(alias) < _ALIAS_WORDS:
        word = c.word(len(alias))
        if word is None:
            break
        kf = wf if not alias else _word_facts(word, conv)
        bare = _bare_alias(word)
        if alias and (bare in titles or bare in plural or kf.title or kf.after_boundary):
            break
        if not kf.name_word or kf.exact_function:
            break
        alias.append(bare)
    if not alias:
        return None
    n = len(alias)
    before = c.word(n)
    title = _bare_alias(before) if before is not None else None
    if title in titles:
        return "gloss", f"the real name of the alias {' '.join(c.words(n + 1))!r}", n
    if title in plural:
        return "gloss", f"the real name of the alias {' '.join(c.words(n))!r} (one of a list)", n - 1
    if alias[-1] in births:
        return "gloss", f"the real name of the birth-order alias {' '.join(c.words(n))!r}", n - 1
    inside = {w.strip(_STRIP) for w in fold(c.inside()).split()}
    if n == 1 and alias[0] in inside:
        return "gloss", f"the full name {c.near!r} stands for", 0
    return None


#: The most words of a party alias (``Bay Cuong``, ``Tu Nguyen``).
_ALIAS_WORDS = 2


def _bare_alias(word: str) -> str:
    """A word folded, without its punctuation and possessive (``Ba’s`` → ``ba``)."""
    bare = fold(word).strip(_STRIP)
    return bare[:-2] if bare.endswith(("'s", "’s")) else bare


@lru_cache(maxsize=16)
def _alias_words(conv: Conventions) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``[gloss] birth_order_names``, ``alias_titles`` and ``alias_titles_plural``, folded."""
    section = conv.section("gloss")
    births, titles, plural = (
        frozenset(fold(str(w)) for w in section.get(key, []))
        for key in ("birth_order_names", "alias_titles", "alias_titles_plural")
    )
    return births, titles, plural


def _other_name(c: _NearestOnly) -> _Decision:
    """A full name after another name (``Wang Ming [Chen Shaoyu]``, ``comrade Tadeusz [Jan
    Kowalski]``): the other name of the person named before it, gloss. A name of syllables
    (``Kim [Il Sung]``) completes the name instead, and so do given names after a single name
    and before a capitalised name, the surname they complete, where the single name stands
    after a function word (a place: a Wilson Center record on docslib.org, Mao and Dorticós,
    1961: ``Ambassador to Mexico [Jose Antonio] Portuono``) and the name after is no alias of
    a list (``Cover names: Antenna [Julius Rosenberg] Liberal [Ethel Rosenberg]``, ``Comrade
    Tadeusz [Jan Kowalski] Said`` are glosses)."""
    f, wf = c.facts, c.wf
    if (
        wf is None
        or not (f.name_inside or f.particle_name)
        or f.few_words < 2
        or not wf.name_word
        or wf.acronym
    ):
        return None  # "UN [General Assembly]" completes the name
    if wf.possessive:
        return None  # "the DRV's [Independence Day] holiday": what it owns, supplied
    if _institution_end(c):
        return None  # "Southwestern Bell [Telephone Company]": the rest of the company's name
    run = _name_run(c)
    if run >= 2:
        return "gloss", "another name of the person named before it", run - 1
    if run == 1 and not f.syllables and not _completes_after_place(c):
        return "gloss", "a full name after a single name: whom it stands for", 0
    return None  # (given names before the surname they complete: "… to Mexico [Jose Antonio] Portuono")


def _completes_after_place(c: _NearestOnly) -> bool:
    """Whether given names after a single name complete the surname after them: a capitalised
    name follows, itself not followed by a bracket (an alias list: ``Antenna [Julius Rosenberg]
    Liberal [Ethel Rosenberg]``), and a function word stands before the single name (a place:
    ``Ambassador to Mexico [Jose Antonio] Portuono``)."""
    if not _before_name(c) or _ALIAS_NEXT.match(c.line_after()) is not None:
        return False
    before = c.word(1)
    return before is not None and _word_facts(before, c.conv).function


#: A word and a bracket after the span: the next alias of a list (``] Liberal [Ethel``).
_ALIAS_NEXT = regex.compile(r"\s*[^\s\[\]]+\s*\[")


def _institution_end(c: _NearestOnly) -> bool:
    """Whether the inside's last word ends an institution's name (``[gloss]
    institution_words``: ``[Telephone Company]``, ``[Medical Center]``)."""
    return fold(c.inside().rsplit(None, 1)[-1]).strip(_STRIP) in c.conv.institution_words


def _shares_word(c: _NearestOnly) -> _Decision:
    """Words restating the name before it (``Playa Larga [Larga Beach, Bay of Pigs]``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.capitalised or f.name_inside or not wf.name_word or len(wf.folded) < 3:
        return None
    inside = {w.strip(_STRIP) for w in fold(c.inside()).split()}
    for k in range(3):
        word = c.word(k)
        if word is None:
            break
        if fold(word).strip(_STRIP) in inside and _word_facts(word, c.conv).name_word:
            return "gloss", f"restates {word!r} before it", max(k, _name_run(c) - 1, _quoted_title_back(c))
    return None


#: The quotes around a title's translation (``[“Last Letters from Stalingrad”]``,
#: ``[»Last Letters from Stalingrad«]``: German books open with » and close with «).
_TITLE_QUOTES = '"“”„«»'


#: The most words of a quoted title's translation that glosses as many words before it.
_TITLE_WORDS = 8


_TITLE_STOPS = ",.;:!?()[]"


def _quoted_title_back(c: _NearestOnly) -> int:
    """How far back the title glossed by a quoted translation of its words reaches: a quoted
    inside of two to :data:`_TITLE_WORDS` words glosses as many words before it on the line, the
    first capitalised, none across punctuation (julius-erasmus.de: ``Letzte Briefe aus
    Stalingrad [“Last Letters from Stalingrad”]`` glosses the whole title, not the one word the
    two share); 0 otherwise."""
    raw = c.raw_inside().strip()
    if len(raw) < 3 or raw[0] not in _TITLE_QUOTES or raw[-1] not in _TITLE_QUOTES:
        return 0
    n = len(raw.split())
    if not 2 <= n <= _TITLE_WORDS:
        return 0
    for k in range(n):
        word = c.word(k)
        if word is None or (k and word[-1] in _TITLE_STOPS) or word[0] in _TITLE_STOPS:
            return 0
    return n - 1 if c.word(n - 1)[0].isupper() else 0  # type: ignore[index]


def _after_name(c: _NearestOnly) -> bool:
    """Whether a name of one or two words follows a capitalised word (what ``completes_name``
    reads as completing the name)."""
    f, wf = c.facts, c.wf
    return wf is not None and f.name_inside and wf.name_word and f.few_words <= 2


def _full_name_before(c: _NearestOnly) -> _Decision:
    """A name after a full name, an initial and a surname (``T. Zhivkov [Bu]``, ``J. Kádár
    [Hu]``): nothing is left to complete, it identifies the person or what they stand for: gloss
    of the whole name. (An initial opening its line labels an item of a list: ``A. Reassure
    [Mobutu]``.)"""
    if not _after_name(c) or c.wf.after_boundary or (c.near or "").endswith("."):  # type: ignore[union-attr]
        return None
    previous = c.word(1)
    if previous is None or _INITIALS.fullmatch(previous) is None or c.word(2) is None:
        return None
    return "gloss", f"after the full name {previous} {c.near}: whom or what it identifies", 1


def _surname_after_surname(c: _NearestOnly) -> _Decision:
    """A surname after a surname (``Stalin [Kuznetsov]``, ``Filipov [Stalin]``; ``[gloss]
    surname_endings``, which given names and patronymics lack: ``Leonid Ilych [Brezhnev]``
    completes the name): the other name of that person, gloss. It runs before the known
    pseudonyms (``pseudonym_before``): a cover name is read by its ending, listed or not. Not
    after punctuation (``Stalin. [Stalin]`` starts a phrase: ``after_punctuation``) nor glued."""
    if not _after_name(c) or c.facts.few_words != 1 or c.glued or c.wf.after_boundary:  # type: ignore[union-attr]
        return None
    endings = c.conv.surname_endings
    near = fold(c.near or "").rstrip(_TRAILING + ".")
    if not endings or not near.endswith(endings) or not fold(c.inside()).endswith(endings):
        return None
    return "gloss", f"a surname after the surname {c.near!r}: the other name of that person", 0


def _completes_name(c: _NearestOnly) -> _Decision:
    """A name after a name otherwise (``Liu [Shaoqi]``, ``Zhou [Enlai]``): supplied."""
    if _after_name(c):
        return "supplied", "completes the name before it", None
    return None
