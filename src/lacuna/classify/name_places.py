"""The context rules about places, groups, states and kinds of thing a bracket names or
identifies (see :mod:`lacuna.classify.context`)."""

from __future__ import annotations

from lacuna.classify.names import _before_name
from lacuna.classify.places import in_country, same_place
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _STRIP, _TRAILING, _Decision, _word_facts
from lacuna.conventions import fold

__all__: list[str] = []


def _group_named(c: _NearestOnly) -> _Decision:
    """Names joined by "and" after the plural noun of the group they make (``both sides [North
    Korea and China]``, ``the five countries [China, Vietnam, Laos, Cambodia and North Korea]``,
    ``Plus two White House fellows [Liddy and Hunt]``): who or what the group is, gloss of the
    noun phrase back to its determiner or number. Not after a function word or a pronoun
    (``for us [Saddam is laughing loud and hard]``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.listing or not wf.lower_word or wf.function or wf.refers:
        return None
    bare = wf.folded.rstrip(_TRAILING)
    if not bare.endswith("s") or bare.endswith(("ss", "us", "is")) or not wf.english:
        return None
    conv = c.conv
    words = c.inside().split()
    if any(w[:1].islower() and fold(w).strip(_STRIP) not in _LIST_JOINS for w in words):
        return None  # "[Saddam is laughing loud and hard]": a sentence, no list of names
    k, counted = 0, False  # back over the noun's capitalised modifiers to its determiner
    for i in range(1, _GROUP_BACK + 1):
        word = c.word(i)
        if word is None:
            break
        w = fold(word)
        if (w in conv.determiners and (w != "that" or i == 1)) or w in conv.quantities or word.isdigit():
            # "the five countries": the number, then the article ("said that Soviet leaders":
            # a conjunction)
            k, counted = i, True
            continue
        wfi = _word_facts(word, conv)
        if counted or wfi.after_boundary or wfi.function or not wfi.name_word:
            break
        k = i
    return "gloss", f"names the members of the group {bare!r}", k


#: The lower-case words a list of names may hold.
_LIST_JOINS = frozenset({"and", "the", "of", "de", "von", "van", "al"})


#: How many words back the noun phrase of a group named may run (``Plus two White House fellows``).
_GROUP_BACK = 4


def _place_identified(c: _NearestOnly) -> _Decision:
    """A name after a name of several words joined by ``of`` (``the Hall of Qinzheng [Beijing]``,
    ``Minister of Defence [Peng Dehuai]``): it identifies that place, group or office: gloss.
    A name of one or two words before a capitalised name is the given names of the person named
    after it (``Undersecretary of Mexico [Pablo] Campos Ortiz``; the Wilson Center's Zhou Enlai
    and the Tanganyikan delegation: ``Head of Delegation [Lawi Nangwanda] Sijaona: Yes.``): not
    this rule's; two words before an English word are no given names (``the Republic of China
    [Taiwan Province] Government said``: gloss)."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or not wf.name_word:
        return None
    link = c.word(1)
    if link is None or fold(link) not in c.conv.name_links:
        return None
    head = c.word(2)
    if head is None or not _word_facts(head, c.conv).name_word:
        return None
    if f.few_words <= 2 and _before_name(c) and (f.few_words == 1 or not _english_after(c)):
        return None  # "the Second Undersecretary of Mexico [Pablo] Campos Ortiz": a first name
    return "gloss", "identifies what the name before it names", 2


def _english_after(c: _NearestOnly) -> bool:
    """Whether the word after the span is an English word (the lexicon): ``the Republic of China
    [Taiwan Province] Government``, a name's next word, not a surname (``Sijaona``)."""
    then = c.after(0)
    return then is not None and c.conv.is_english(fold(then.strip(_TRAILING)))


def _state_identified(c: _NearestOnly) -> _Decision:
    """A state's everyday name after its official or former name, one that holds a word of
    ``[gloss] state_forms`` (``the United Arab Republic [Egypt]``, ``the Democratic People's
    Republic of Korea [North Korea]``; ``[gloss] states``): which state the name names, gloss of the
    name back to its determiner. Not after a name without such a word (``President Nasser
    [Egypt]``) nor across punctuation (``… the Republic. [Egypt]``)."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.name_inside or not wf.name_word or wf.possessive or wf.after_boundary:
        return None
    conv = c.conv
    forms, states = conv.state_forms, conv.states
    if not states or fold(c.inside()).strip(_STRIP).removeprefix("the ") not in states:
        return None
    first, formal = 0, False  # back over the name's words and the links between them
    for k in range(_STATE_BACK):
        text = c.word(k)
        if text is None:
            break
        kf = wf if k == 0 else _word_facts(text, conv)
        folded = fold(text).strip(_STRIP)
        if k and kf.after_boundary:
            break
        if k and folded in conv.name_links:
            continue
        if not kf.name_word or kf.exact_function:
            break
        formal = formal or folded in forms
        first = k
    if not formal:
        return None
    name = " ".join(c.words(first + 1))
    previous = c.word(first + 1)
    if previous is not None and fold(previous) in conv.determiners:
        first += 1
    return "gloss", f"names the state {name!r} stands for", first


#: How many words back the official name of a state may run (``Democratic Republic of Vietnam``).
_STATE_BACK = 6


def _kind_named(c: _NearestOnly) -> _Decision:
    """Lower-case words after a capitalised name saying what kind of thing it names (the
    Bukovsky archive's list of new movements: ``April [writer’s organisation]``, ``Shield [army
    organisation] and others``; the last word one of ``[gloss] name_kinds`` or
    ``named_things``): a gloss of the name. Before a word going on with the phrase (``Moscow
    [city] council``) it is supplied; after a function word, capitalised as a sentence's first
    (Deng on the Wilson Center: ``Did [your country] not also develop``), it is read as
    usual."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.lower_phrase or not wf.name_word or wf.after_boundary:
        return None
    if wf.function:
        return None  # a capitalised function word opening a question names nothing ("Did [your country]")
    words = c.inside().split()
    if not words or fold(words[-1]).strip(".,;:") not in c.conv.name_kinds:
        return None
    following = c.after(0)
    if following is not None and following[:1].isalpha() and fold(following) not in c.conv.function_words:
        return None
    return "gloss", f"says what kind of thing {c.near!r} names", 0


def _names_thing(c: _NearestOnly) -> _Decision:
    """A name after a common noun it names (``the book [Capital]``, ``Voden Residence
    [Bulgaria]``, ``[gloss] named_things``): gloss."""
    f, wf = c.facts, c.wf
    if wf is None or not f.name_inside or wf.possessive:
        return None
    if wf.folded.rstrip(".,;:") not in c.conv.named_things:
        return None
    return "gloss", f"names the {wf.folded.rstrip('.,;:')!r} before it", 0


def _place_names(c: _NearestOnly) -> _Decision:
    """A place's other name after its name (EHRI: ``the prisoner camp Hohenstein [Olsztynek]``;
    Archives Hub: ``Chefoo [Yantai]``; ``Danzig [Gdańsk]``, ``Pleskau [Pskov]``): two names of one
    city in the gazetteer (:mod:`lacuna.classify.places`, GeoNames), gloss of the name before,
    one to three words back. A country after a city of it (``Adelaide [Australia]``) says where
    the city lies: gloss too (a US state after a town is a dateline's supplied words: ``Grafton
    [Massachusetts]``, no country). Names of two places (``Moscow [Leningrad]``), a given name
    after a surname (``Lincoln [Abraham]``) and a name written alike are not this rule's."""
    f, wf = c.facts, c.wf
    if wf is None or c.glued or not f.name_inside or not wf.name_word or wf.possessive or wf.after_boundary:
        return None
    inside = c.inside().strip()
    for n in range(1, _PLACE_WORDS + 1):
        words = c.words(n)
        if len(words) < n or (n > 1 and _stops_name(words[0], c)):
            break
        name = " ".join(words).strip(_TRAILING)
        if same_place(name, inside):
            return "gloss", f"{name} and {inside} name one place (GeoNames)", n - 1
        if in_country(name, inside):
            return "gloss", f"{name} lies in {inside} (GeoNames)", n - 1
    return None


def _stops_name(word: str, c: _NearestOnly) -> bool:
    """Whether ``word`` (the first of several before the bracket) cannot open a place's name: no
    name word, or it ends a phrase (``Berlin, Danzig [Gdańsk]``)."""
    wfi = _word_facts(word, c.conv)
    return wfi.after_boundary or not (wfi.name_word or wfi.particle_name)


#: The most words of a place's name before its other name (``Port Arthur``, ``Nizhny Novgorod``).
_PLACE_WORDS = 3
