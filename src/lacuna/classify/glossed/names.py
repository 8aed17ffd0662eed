"""The glossed-extent rules for names, roles and acronyms (:data:`lacuna.classify.glossed.GLOSSED_RULES`):
``acronym_letters``, ``titled_person``, ``name_variant``, ``role_phrase`` and ``name_run``,
each reading how far back the glossed words of a name, a role or an acronym's full form run."""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz

from lacuna.classify.glossed.extent import (
    _BOUNDARY_END,
    _CAPITAL,
    _EDGE,
    _INITIALS_WORD,
    _LEADING,
    _PERSON_DESCRIBED,
    _TITLES,
    _TRANSLATION,
    Extent,
    _bare,
    _core,
    _initials,
    _is_acronym,
    _is_function,
    _is_title,
)
from lacuna.classify.words import SENTENCE_STOP
from lacuna.conventions import Conventions, fold
from lacuna.normalize.romanization import name_score


def _acronym_letters(ext: Extent) -> int | None:
    """An acronym after its full form (``Ministry of State Security [MSS]``, ``People's Republic
    of China [PRC]``, ``… Communist Party [CC of the BCP]``): the glossed words start at the
    capitalised word from which the initials spell the acronym best (rapidfuzz ratio, at least
    ``acronym_cutoff``)."""
    letters = ext.facts.acronym
    if not letters:
        return None
    words = [w for _, w in ext.glossed_words()]
    if not words or any(_is_acronym(w) for w in words[-1:]):
        return None  # an acronym before it: the same name written another way
    best, best_at = fuzz.ratio(_initials(words, ext.conv), letters), ext.first
    limit = len(letters) + 4
    lower = 0  # lower-case words read ("Prisoners of war [POWs]", "Foreign service officers")
    all_lower = all(_CAPITAL.match(_core(w)) is None for w in words)
    for at, word in ext.before[:limit]:
        words.insert(0, word)
        bare = _core(word)
        if not bare or fold(bare) in ext.conv.name_links:
            continue
        if not _is_acronym(bare) and _is_function(bare, ext.conv):
            continue
        if _CAPITAL.match(bare) is None:
            lower += 1
            if fold(bare) not in ext.conv.english or (lower > 1 and not all_lower):
                break
            if all_lower:
                # a full form in lower case ("prisoners of war [POWs]"): its initials must
                # spell the acronym well
                score = fuzz.ratio(_initials(words, ext.conv), letters)
                if score >= ext.data.acronym_sure and score > best:
                    best, best_at = score, at + word.index(bare)
            continue  # a lower-case word does not start the full form (one of capitals)
        score = fuzz.ratio(_initials(words, ext.conv), letters, score_cutoff=ext.data.acronym_cutoff)
        if score > best:
            best, best_at = score, at + word.index(bare)
        tail = bare.rsplit("-", 1)[1] if "-" in bare else ""
        if _CAPITAL.match(tail):
            # the part after a hyphen ("US-People’s Republic of China [PRC]")
            score = fuzz.ratio(_initials([tail, *words[1:]], ext.conv), letters)
            if score > best:
                best, best_at = score, at + word.rindex(tail)
    if best < ext.data.acronym_sure:
        # initials spelling it badly or not at all: a run of as many capitalised words as the
        # acronym has capitals is its full form ("Central State Archive [TsDA]", not "State
        # Archive", whose "sa" spells "tsda" better)
        counted = _acronym_by_capitals(ext)
        if counted is not None or best < ext.data.acronym_cutoff:
            return counted
    if best_at == ext.first:
        return None
    return best_at


def _acronym_by_capitals(ext: Extent) -> int | None:
    """An acronym of another language after its English full form, whose initials spell it in
    no way (the Wilson Center's Bulgarian citations: ``Central State Archive [TsDA]``; a Polish
    memoir: ``the former Main Inspectorate of the Armed Forces [GISZ]``): the glossed words are
    the run of capitalised words before the bracket (function words and name links between
    them, no title), back to the word where it holds as many words as the acronym has capitals
    (two at least): ``Bulgarian Central State Archive [TsDA]`` glosses ``Central State
    Archive``. A run that opens its clause (a colon or a sentence's end before it) with fewer
    words than the capitals is the whole full form, as one opening the text or a paragraph: the
    acronym may be said as a word, its vowels spelt too, or the full form be a translation of
    the original's (a translator's reading of a Hebrew poster of 1951,
    palestineposterproject.org: ``says: Land of Israel Workers’ Party [MAPAI]``, Mifleget Poalei
    Eretz Yisrael)."""
    inside = ext.inside.split()
    if len(inside) != 1 or not _is_acronym(inside[0]):
        return None
    capitals = sum(1 for ch in inside[0] if ch.isupper())
    words = [w for _, w in ext.glossed_words()]
    if capitals < 2 or not words or len(words) > capitals:
        return None
    if not all(_CAPITAL.match(_core(w)) or _is_function(w, ext.conv) for w in words):
        return None
    count = sum(1 for w in words if _CAPITAL.match(_core(w)) and not _is_function(w, ext.conv))
    start: int | None = None  # where the run of capitalised words read so far starts
    tight = True  # no word but a name link between the run's capitalised words, on one line
    for at, word in ext.before[: ext.data.max_words]:
        bare = _core(word)
        if not bare or word != word.rstrip(_BOUNDARY_END) or _is_acronym(bare):
            break
        if _is_function(bare, ext.conv) or fold(bare) in ext.conv.name_links:
            tight = tight and fold(bare) in ext.conv.name_links
            continue  # (a joining word: the run goes on only past a capitalised word before it)
        if _CAPITAL.match(bare) is None or _is_title(bare, ext):
            break  # (a title opens no body's name: "The Prime Minister of the Soviet Union [USSR]")
        count += 1
        start = at + (len(word) - len(word.lstrip(_LEADING)))
        if count == capitals:
            # the run's words as many as the capitals: the full form starts here, whatever
            # capitalised words come before it ("Bulgarian Central State Archive [TsDA]")
            return start
    else:
        opens = len(ext.before) < ext.data.max_words and (ext.stop is not None or _opens_text(ext, start))
        if opens and tight and start is not None and count >= 2 and "\n" not in ext.text[start : ext.first]:
            # the run opens its clause, fewer words than capitals ("says: Land of Israel
            # Workers’ Party [MAPAI]"): an acronym said as a word, its vowels written too
            return start
    return None


def _opens_text(ext: Extent, start: int | None) -> bool:
    """Whether the word at ``start`` opens the text or a paragraph (nothing but white space
    before it, or a blank line): a clause's opening as a sentence's stop before it is."""
    if start is None:
        return False
    before = ext.text[:start].rstrip(" \t")
    return not before.strip() or before.endswith(("\n\n", "\n\r\n"))


def _possessor_out(ext: Extent) -> int | None:
    """A name guessed with its possessor before it, a capitalised word in the possessive that
    is no English word (Liv Bliss's translation of Frumkina's memoir: ``[Eugène] Ionesco's Chairs
    [Les Chaises]``): the bracket renders the work's name, not whose it is; the glossed words
    start at the capitalised word after the last such possessive. A possessive that is an English word is
    the name's own (``People's Daily [Renmin Ribao]``, ``Children's Day [1 June]``), and so is
    one the bracket names too, a word of it sharing the possessor's stem (``Lenin's Mausoleum
    [Mavzolei Lenina]``, ``Ivanov's Theorem [Teorema Ivanova]``), or a saint's (``[gloss]
    saint_words``: ``St. John's Church [Église Saint-Jean]``)."""
    words = ext.glossed_words()
    for i in range(len(words) - 2, -1, -1):
        word = _core(words[i][1])
        if not _bare(word).endswith(("'s", "s'")) or _CAPITAL.match(word) is None or _english(word, ext):
            continue
        previous = ext.text[: words[i][0]].split()[-1:]
        if _possessor_named(word, ext) or (previous and _bare(previous[0]) in _saint_words(ext.conv)):
            return None
        at, following = words[i + 1]
        if _CAPITAL.match(_core(following)) is None:
            return None
        return at + (len(following) - len(following.lstrip(_LEADING)))
    return None


#: The letters of a possessor's stem a word of the bracket must open with (at least), its last
#: letter free for the original's ending ("Tolstoy's" and "Tolstogo").
_STEM_LETTERS = 4
_NON_WORD = regex.compile(r"[^\w]+")


def _possessor_named(word: str, ext: Extent) -> bool:
    """Whether a word of the bracket shares the stem of the possessive ``word``: the possessor's
    name in the original's case (``Lenin's`` and ``Lenina``), all its letters but the last."""
    bare = _bare(word)
    stem = bare[:-2] if bare.endswith("'s") else bare[:-1]
    stem = stem[: max(_STEM_LETTERS, len(stem) - 1)]
    if len(stem) < _STEM_LETTERS:
        return False
    return any(w.startswith(stem) for w in _NON_WORD.split(fold(ext.inside)) if w)


@lru_cache(maxsize=16)
def _saint_words(conv: Conventions) -> frozenset[str]:
    """The words for a saint before a possessive (``[gloss] saint_words``), folded."""
    return frozenset(fold(w) for w in conv.section("gloss").get("saint_words", ()))


def _describes_role(ext: Extent) -> bool:
    """Whether the gloss is a role or a description holding one, of a person named before it
    (``[Secretary to the War Cabinet]``, ``[Marshal Sergei Biryuzov, recently named …]``): a
    title word inside one that opens with a capital, decided by a rule that reads a person
    described (not ``[a prominent Chinese author as well as government …]``)."""
    words = ext.facts.words
    return (
        ext.rule in _PERSON_DESCRIBED
        and bool(words)
        and _CAPITAL.match(words[0]) is not None
        and any(_is_title(w, ext) for w in words)
    )


def _titled_person(ext: Extent) -> int | None:
    """A role or a description holding one, after a person's titles and name (Cambridge's
    Churchill Archive: ``Sir Edward Bridges [Secretary to the War Cabinet]``, ``Major-General
    Leslie Hollis [Military Assistant …]``; Zhou Enlai's cables: ``Comrade He Wei [Assistant
    Foreign Minister]``; the Cuban crisis: ``Comrade Biryuzov [Marshal Sergei Biryuzov, …]``):
    the glossed words are the name with the capitalised titles written out in full right before
    it, and one capitalised word or acronym before the titles that modifies them, with the
    determiner before it (``the Soviet Ambassador Dobrynin [Soviet Ambassador to the United
    States]``, ``US Ambassador Lincoln Gordon [Ambassador to Brazil]``; a capitalised word
    without its determiner stays out: a name's, ``Kim Tu Bong Ambassador …``). An abbreviated
    title (``Cde. Li Kenong [the head of …]``) ends the words read back, and
    a description with no role (``Commissioner Guo Moruo [a prominent Chinese author …]``) or a
    second spelling of the name (``Minister Pak Seong-cheol [Pak Song Chol]``) leaves them out."""
    if not _describes_role(ext):
        return None
    words = [w for _, w in ext.glossed_words()]
    if not words or not any(_CAPITAL.match(_core(w)) and not _is_title(w, ext) for w in words):
        return None  # no name guessed ("Deputy Director [Vice Minister …]": a title)
    if not all(_CAPITAL.match(_core(w)) for w in words):
        return None
    at_best = None
    modifier = None  # a capitalised word before the first title ("the Soviet Ambassador")
    for at, word in ext.before[: ext.data.max_words]:
        bare = _core(word)
        begin = at + (len(word) - len(word.lstrip(_LEADING)))
        if modifier is not None:
            # kept if a determiner opens the phrase before it ("the Soviet Ambassador Dobrynin")
            return begin if fold(bare) in ext.conv.determiners and bare.islower() else at_best
        if at_best is not None and (_is_acronym(bare) or _INITIALS_WORD.fullmatch(word)):
            return begin  # "US Ambassador Lincoln Gordon": the acronym opens the office's name
        if not bare or word != word.rstrip(_BOUNDARY_END) or bare.endswith("."):
            break
        if (
            at_best is not None
            and _CAPITAL.match(bare)
            and not _is_title(bare, ext)
            and not _is_function(bare, ext.conv)
        ):
            modifier = begin
            continue
        if _CAPITAL.match(bare) is None or not _is_title(bare, ext):
            break
        at_best = begin
    else:
        if modifier is not None and len(ext.before) < ext.data.max_words and ext.stop is None:
            return modifier  # nothing before the modifier on its line: it opens the phrase
    return at_best


def _is_role(words: list[str], ext: Extent) -> bool:
    """Whether the glossed words guessed so far are a role, a title or a common noun (not a
    name): a title word among them, a named thing last, or lower-case English words only."""
    bare = [_bare(w) for w in words]
    if any(_is_title(w, ext) for w in bare):
        return True
    if bare and bare[-1] in ext.conv.named_things:
        return True
    return all(
        w in ext.conv.english and not _CAPITAL.match(x.strip(_EDGE)) for w, x in zip(bare, words, strict=True)
    )


def _name_variant(ext: Extent) -> int | None:
    """A name after another spelling of it (``Comrade Pak Seong-cheol [Pak Song Chol]``,
    ``Soong ching-ling [Song Qingling]``, ``Max ELITCHER [MAKS E.]``): the glossed words are the
    name without the titles before it, and run back over a name word while the romanisation
    keys (:func:`~lacuna.normalize.romanization.name_score`) of the two agree better."""
    if not ext.facts.name_like or _describes_role(ext):
        return None  # (a role after a name is no other spelling of it: titled_person)
    glossed = ext.glossed_words()
    words = [w for _, w in glossed]
    if not words or _is_role(words[-1:], ext) or any(_is_function(w, ext.conv) for w in words):
        return None
    letters = ext.facts.acronym
    if letters and fuzz.ratio(_initials(words, ext.conv), letters) >= ext.data.acronym_cutoff:
        return None  # "the General Services Administration [GSA]": its full form, title and all
    if len(words) == 1 and len(ext.facts.words) == 1 and "-" in words[0].strip("-"):
        # a place of a hyphenated pair renamed ("the Pyongyang-Andong [Dandong] line"): its part
        at, word = glossed[0]
        tail = word.rstrip(_BOUNDARY_END).rsplit("-", 1)[1]
        if _CAPITAL.match(tail) and name_score(tail, ext.inside) > name_score(word, ext.inside):
            return at + word.rindex(tail)
    start = 0
    # titles and other leading words that the name is better without
    while start + 1 < len(words):
        here = " ".join(words[start:])
        rest = " ".join(words[start + 1 :])
        better = name_score(rest, ext.inside, score_cutoff=ext.data.name_cutoff) > name_score(
            here, ext.inside
        )
        if _is_title(words[start], ext) or better:
            start += 1
            continue
        break
    if start:
        return glossed[start][0]
    # name words before the guess, while the keys agree better
    at_best, best = None, name_score(" ".join(words), ext.inside)
    phrase = " ".join(words)
    for at, word in ext.before[: len(ext.facts.words)]:
        bare = word.strip(_EDGE)
        if (
            not bare
            or word != word.rstrip(_BOUNDARY_END)
            or _is_title(bare, ext)
            or _is_function(bare, ext.conv)
        ):
            break
        phrase = f"{bare} {phrase}"
        score = name_score(phrase, ext.inside)
        if score <= best or score < ext.data.name_floor:
            break
        at_best, best = at + (len(word) - len(word.lstrip(_LEADING))), score
    return at_best


def _role_phrase(ext: Extent) -> int | None:
    """A name or list after the role or thing it identifies (``the Counselor [Aleksandr Fomin]``,
    ``Comrade Minister [Erich Mielke]``, ``USSR Minister of Defense [Rodion Malinovsky]``,
    ``his brother [Ngo Dinh Nhu]``, ``the five countries [China, Vietnam, …]``): the glossed
    words run back over title words, then one acronym (which ends them before a capitalised
    title; before a lower-case one it modifies the role: ``the US ambassador [Lincoln
    Gordon]``), a number and a determiner (which ends them); a possessive name before the role
    opens them with its name and determiner (``Goulart’s emissary [Gen. Albino Silva]``). Before
    a lower-case noun (no pronoun) one lower-case English word is read, kept only if a determiner
    or an article ("a", a number) stands right before it (``the planned journey [Theo, Jo …]``,
    ``a model province``; not ``the general told
    brother [Ngo Dinh Nhu]``, where two words before the noun are a subject and its verb); so
    is one before a title joined to its place by a link word (``the fascist Shah of Iran [Reza
    Pahlavi]``, ``the leading comrade of the State Council [Li Peng]``)."""
    if not ext.facts.capitalised or ext.rule in _TRANSLATION:
        return None
    if ext.facts.caps_word:
        return None  # "clearance [OFORMLENIE]": an original word in capitals, not a name
    words = [w for _, w in ext.glossed_words()]
    if not words or not _is_role(words, ext):
        return None
    if len(words) == 1 and (
        _bare(words[0]) in ext.conv.pronouns or _bare(words[0]) in ext.conv.role_modifiers
    ):
        return None  # "him [the Dalai Lama]"; "the current [Nguyen Co Thach] and previous [...] ministers"
    capital_head = _CAPITAL.match(words[-1].strip(_EDGE)) is not None
    # an office's title opening the words, its place after it ("the fascist Shah of Iran"): an
    # adjective before the title is read as before a lower-case noun
    title_head = len(words) > 2 and _is_title(words[0], ext) and _bare(words[1]) in ext.conv.name_links
    named = _bare(words[-1]) in ext.conv.named_things
    at_best = None
    seen_number = False
    modifier = None  # a capitalised word before the title ("Yugoslav"), kept if a determiner
    # or the start of a list's item opens the phrase before it
    owner = None  # where a possessive name before the role starts ("Goulart’s emissary")
    adjectives = 0  # lower-case English words read before a lower-case noun
    noun_head = not any(_is_function(w, ext.conv) or _bare(w) in ext.conv.pronouns for w in words)
    for at, word in ext.before[: ext.data.max_words]:
        bare = word.strip(_EDGE)
        if not bare or word != word.rstrip(_BOUNDARY_END):
            break
        folded = fold(bare)
        begin = at + (len(word) - len(word.lstrip(_LEADING)))
        if owner is not None:
            # the owner's name back to its determiner ("the Budapest Legation’s appraisal")
            if folded in ext.conv.determiners:
                return begin
            if _CAPITAL.match(bare) and not _is_function(bare, ext.conv) and not _is_title(bare, ext):
                owner = begin
                continue
            return owner
        if (
            folded.endswith("'s")
            and modifier is None
            and _CAPITAL.match(bare)
            and not _is_title(bare, ext)
            and not _is_acronym(bare[:-2])
        ):
            owner = begin  # whose role it is: "to leave for the U.N. Goulart’s emissary [Gen. …]"
            continue
        if adjectives and folded not in ext.conv.determiners and folded not in ext.conv.quantities:
            break  # "the general told brother [Ngo Dinh Nhu]": a verb and its subject, no adjective
        if folded in ext.conv.determiners:
            if folded == "that" and at_best is not None:
                return at_best  # "said that comrade President [Tito]": a conjunction
            # "the Hall of Qinzheng [Beijing]": a place's own name takes no determiner
            return at_best if named and capital_head else begin
        if folded in ext.conv.quantities and not seen_number:
            seen_number, at_best = True, begin
            continue
        if seen_number:
            break
        if _is_title(bare, ext):
            at_best = begin
            continue
        if _is_acronym(bare):
            if capital_head:
                return begin  # "the USSR Minister of Defense": the acronym opens the office's name
            at_best = begin  # "the US ambassador": a modifier, the determiner before it too
            continue
        if named and _CAPITAL.match(bare) and not _is_function(bare, ext.conv):
            # "Voden Residence [Bulgaria]": the thing's own name; "Communist Party organ [Rudé
            # Právo]": whose thing it is
            at_best = begin
            continue
        if modifier is not None:
            return at_best  # "Kim Tu Bong ambassador": the word before is a name's, not a modifier
        if (
            capital_head
            and (at_best is not None or _is_title(words[-1], ext))
            and not named
            and not seen_number
            and _CAPITAL.match(_core(word))
            and not _is_function(bare, ext.conv)
            and not _is_acronym(bare)
        ):
            # "-Italian Ambassador [Egidio Ortona]", "the Soviet Ambassador [Puzanov]" (before a
            # lower-case title it stays out: "the Australian prime minister [Harold Holt]")
            modifier = begin
            if word[:1] in "-–—•":
                return begin  # a list's item opens with it
            continue
        if (
            ((not capital_head and noun_head) or title_head)
            and adjectives < _ADJECTIVES
            and not seen_number
            and bare.islower()
            and folded in ext.conv.english
            and not _is_function(bare, ext.conv)
        ):
            # "the planned journey [Theo, Jo …]", "the dear children [her grandchildren, …]": a
            # lower-case noun's adjective, kept only if a determiner stands right before it
            adjectives += 1
            continue
        break
    else:
        if owner is not None:
            return owner
        if modifier is not None and len(ext.before) < ext.data.max_words and ext.stop is None:
            return modifier  # nothing before the modifier on its line: it opens the phrase
    return owner if owner is not None else at_best


#: The most lower-case words read before a lower-case noun for its determiner (``role_phrase``):
#: one, right after the determiner (two would read a verb and its subject: "the man saw comrade").
_ADJECTIVES = 1


def _name_run(ext: Extent) -> int | None:
    """A capitalised word guessed alone, the last of a name of several capitalised words, glossed
    by a bracket of two words or more (``on the eve of Human Rights Day [10 December]``,
    ``Telegram from Mackenzie King [Prime Minister of Canada]``, ``Freedom Day [i.e. of the
    Declaration of Human Rights]``): the glossed words run back over the capitalised words on
    its line before it, a joining word of ``[gloss] name_links`` between two of them and the
    determiner "the" before them, to the first other word. An English word that opens a
    sentence stays out before a name that is no English word (``Yesterday Moscow [i.e. the
    Soviet government]``), not before one (``Human Rights Day [10 December] is observed``).
    Initials inside the name are read over (``George F. Kennan``, ``F.H. Ruxton``). A
    one-word bracket is left alone: it spells or names the one word before it (``Premier Chou
    [Zhou]``, ``James Tutthill [Tuthill]``). A bracket that repeats the word, a fuller form of
    the name, takes back only the words it repeats (``Brothers Dong [Le Tu Dong]``: "Dong").
    The original in another script of a name or term of several words (rule other_script; the
    University of Pittsburgh's CR/10 oral histories: ``Cultural Revolution [文化大革命]``) is
    read so too, however many words its script writes."""
    script = ext.rule == "other_script"
    if (ext.rule in _TRANSLATION and not script) or (ext.rule in _TITLES and not _person_named(ext)):
        return None
    words = ext.glossed_words()
    if len(words) != 1 or (len(ext.inside.split()) < 2 and not script):
        return None
    word = words[0][1]
    last = _core(word)
    if not last or _CAPITAL.match(last) is None or _is_acronym(last) or last != word.rstrip(_BOUNDARY_END):
        return None
    title = _is_title(last, ext) and not ext.facts.english  # a role before a name: its English words
    repeated = {fold(_core(w)) for w in ext.inside.split()}
    fuller = fold(last) in repeated  # "Brothers Dong [Le Tu Dong]": the name's words only
    run: list[tuple[int, str]] = []  # capitalised words (and joins) before the guess, nearest first
    pending: tuple[int, str] | None = None  # a joining word waiting for a capitalised one
    read = 0  # the words of ``before`` the run takes
    after = words[0][0]  # where the word read last starts
    for i, (at, word) in enumerate(ext.before[: ext.data.max_words]):
        bare = _core(word)
        if not bare or "\n" in ext.text[at:after]:
            break
        if word != word.rstrip(_BOUNDARY_END) and _INITIALS_WORD.fullmatch(word) is None:
            break  # (an initial ends nothing: "George F. Kennan [the Counselor …]")
        after = at
        if run and pending is None and fold(bare) == "the" and bare.islower():
            if _restates_article(ext):
                return run[-1][0]  # "the Jewish Community Organisation [i.e. the Kultusgemeinde]"
            return at  # "the Cuban Armed Forces Minister [Raúl Castro]": the name's determiner
        if pending is None and bare.islower() and _name_link(bare, ext):
            pending = (at, word)
            continue
        if (
            _CAPITAL.match(_past_particle(bare, ext)) is None
            or _is_function(bare, ext.conv)
            or _is_acronym(bare)
        ):
            break
        if title and fold(bare) not in ext.conv.english:
            break  # "Kim Tu Bong Ambassador [Pak Song Chol]": a name before the title, not its words
        if fuller and fold(bare) not in repeated:
            break
        if pending is not None:
            if _english_particle(pending[1], ext) and (
                _english(bare, ext) or _english(run[-1][1] if run else last, ext)
            ):
                break  # "How do Americans [i.e. …]": an English word between English words
            run.append(pending)
            pending = None
        run.append((at + (len(word) - len(word.lstrip(_LEADING))), word))
        read = i + 1
    opens = read == len(ext.before) < ext.data.max_words
    if run and opens and (ext.stop is None or SENTENCE_STOP.search(ext.stop)):
        if fold(_core(run[-1][1])) in ext.conv.english and fold(last) not in ext.conv.english:
            run.pop()  # the sentence's first word, capitalised as such
            while run and _name_link(_core(run[-1][1]), ext):
                run.pop()
    return run[-1][0] if run else None


def _restates_article(ext: Extent) -> bool:
    """Whether the bracket, past a restating lead cue (``[gloss] lead_cues``: "i.e."), opens
    with the determiner "the" itself: it restates the article, and the glossed name runs from
    the word after the article before it (a book on Marie's letters from Prague quoting Müller
    and Piechocki: ``officials from the Jewish Community Organisation [i.e. the
    Kultusgemeinde]``: "Jewish Community Organisation")."""
    inside = fold(ext.inside)
    cues = [cue for cue in ext.conv.gloss_lead_cues if inside.startswith(cue)]
    if cues:
        inside = inside[len(max(cues, key=len)) :].lstrip(" ,:;")
    return inside.startswith("the ")


def _person_named(ext: Extent) -> bool:
    """Whether a bracket read as a title's translation names a person (``Brother Van [Vo
    Nguyen Giap]``, ``Tu Chi [Tran Van Tra]``: two or three capitalised words, no English word
    of three letters or more among them)."""
    words = ext.facts.words
    return (
        ext.facts.name_like
        and 2 <= len(words) <= 3
        and not any(len(_bare(w)) > 3 and _bare(w) in ext.conv.english for w in words)
    )


def _name_link(word: str, ext: Extent) -> bool:
    """Whether a lower-case word joins two words of a name (``[gloss] name_links`` and
    ``name_particles``: "of", "do", "bin")."""
    folded = fold(word)
    return folded in ext.conv.name_links or folded in ext.conv.name_particles


def _english_particle(word: str, ext: Extent) -> bool:
    """Whether a name's particle is an English function word too ("do", "as", "an"; not a
    joining word of ``name_links``, "of", "for"): it joins only two words that are not English
    ("Revolta do Leste", not "How do Americans"). ("bin", "van", English nouns, join a name's
    words whatever they are: "Osama bin Laden".)"""
    folded = _bare(word)
    return folded not in ext.conv.name_links and folded in ext.conv.function_words


def _english(word: str, ext: Extent) -> bool:
    """Whether a word (its punctuation and a possessive off) is English: in the lexicon (or an
    inflection of a word in it), a people's word (``[gloss] demonyms``: "Americans") or a word
    of time (``[gloss] relative_times``: "Monday")."""
    folded = _bare(word)
    folded = folded[:-2] if folded.endswith("'s") else folded
    conv = ext.conv
    return conv.is_english(folded) or folded in conv.demonyms or folded in conv.relative_times


#: A particle glued to a name word by a hyphen or an apostrophe ("al-Assad", "d'Estaing").
_GLUED_PARTICLE = regex.compile(r"(\p{Ll}{1,3})[-'’](?=\p{Lu})")


def _past_particle(word: str, ext: Extent) -> str:
    """The name word without a particle glued before it ("al-Assad" -> "Assad"; an elided one,
    "d'Estaing" -> "Estaing", is a particle of ``name_particles`` without its vowel: "de")."""
    m = _GLUED_PARTICLE.match(word)
    if m is None:
        return word
    particle = fold(m.group(1))
    names = ext.conv.name_particles
    elided = len(particle) == 1 and m.group()[-1] in "'’" and any(particle + v in names for v in "ae")
    return word[m.end() :] if particle in names or elided else word
