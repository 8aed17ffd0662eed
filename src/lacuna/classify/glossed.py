"""The glossed words of a gloss: how far back they run (the step after the category decision).

The context rule that decides a gloss (:mod:`lacuna.classify.context`) says where the glossed
words end (at the word before the bracket) and gives a first guess of where they start. This
step then reads the few words before that guess and moves the start back or forward by the
conventions of the glossed phrase, as an ordered chain of small named rules
(:data:`GLOSSED_RULES`, a :class:`lacuna.rules.Ruler`; ``[rules] disable`` switches one off):

* ``titled_person``: a role or description of a person after his titles and name (``Sir Edward
  Bridges [Secretary to the War Cabinet]``, ``Comrade He Wei [Assistant Foreign Minister]``):
  the name with the titles written out in full right before it;
* ``second_rendering``: a second rendering opened by "or" that repeats the first word it
  renders (``reveals Khomeini‘s deception [or reveals that Khomeini is a fraud]``): back to
  that word;
* ``quoted_original``: a quoted original-language title ends at the bracket
  (``"Litsom k litsu s Amerikoy [Face to Face With America]"``): the whole quotation;
* ``acronym_letters``: an acronym after its full form (``Ministry of State Security [MSS]``,
  ``… Bulgarian Communist Party [CC of the BCP]``): the words whose initials spell it;
* ``name_variant``: a name after another spelling of it (``Comrade Pak Seong-cheol [Pak Song
  Chol]``, ``Soong ching-ling [Song Qingling]``): the name without its titles, as far back as
  the romanisation keys of :mod:`lacuna.normalize.romanization` agree;
* ``role_phrase``: a name after the role or thing it identifies (``the Counselor [Aleksandr
  Fomin]``, ``Comrade Minister [Erich Mielke]``, ``the five countries [China, …]``): the role
  with its title words, one acronym, a number and a determiner;
* ``original_run``: English words after original-language words (``de ne pas laisser passer
  la reine [not let the Queen pass]``): the whole original-language run;
* ``translated_phrase``: an original-language word after its translation (``adventurist
  actions [avantyura]``, ``given up [ustuplena]``): a cognate word or the verb of a particle;
* ``word_for_word``: original-language words after their translation (``in force [de pé]``,
  ``Telegram for coding [Telegrama para cifra]``): as many English words as the inside has.
* ``name_run``: a capitalised word, the last of a name of several (``Human Rights Day [10
  December]``, ``Mackenzie King [Prime Minister of Canada]``, ``Revolta do Leste [Eastern
  Revolt]``): the whole name, its particles and all.

Whatever rule answers, the glossed words never cross a parenthesis opened or closed among them
(``the Allied Translation and Interpreter Section (ATIS) (Southwest Pacific Area [SWPA])``:
``Southwest Pacific Area``), a quotation closed right before the bracket glosses its quoted
words (``or in general"YaVVaNIM" [Yavanim; lit: Greeks]``), and the stop that ends that
quotation is not among them (``on the canal."[Reference to …]``: ``the canal``).

The first rule that answers moves the start; none answering keeps the guess. The step only
moves the glossed words, never the category. It reads at most ``[gloss.extent] max_words``
words back (no scan of the paragraph). Its word lists are ``[gloss.extent]`` in the
conventions file; docs/markup.md ("Glossed words") gives the real examples.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex
from rapidfuzz import fuzz

from lacuna.classify.pairing import past_unpaired
from lacuna.classify.words import SENTENCE_STOP
from lacuna.conventions import Conventions, fold, on_clear_caches
from lacuna.errors import LacunaError
from lacuna.normalize.romanization import name_score
from lacuna.rules import Ruler

__all__ = ["GLOSSED_RULES", "Extent", "GlossedRule", "glossed_extent"]

#: How many characters before the guessed start the words are read from (bounded look back).
_LOOK = 320
#: A word before the glossed words: letters, digits and marks with their glued punctuation.
_WORD_BACK = regex.compile(r"(?r)[^\s\[\]]{1,60}")
#: A blank line: the glossed words never run across one.
_GLOSSED_WORD = regex.compile(r"[^\s\[\]]+")
_HEAD_END = regex.compile(r"[;,:]")
_QUOTE = regex.compile(r"[\"“„«‘”]")
_BOUNDARY_END = ".!?:;,)»”—–(«“"
_LEADING = "\"'“”‘’«»„(–—-"
_OPENING = '"“„«‘'
_EDGE = "\"'“”‘’«»„()[].,;:!?"
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}|\p{Lu}{1,3}\p{Ll}\p{Lu}{1,4}")
#: An acronym's plural ("POWs", "FSOs"): its letters without the "s".
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}s")
#: An initial of a name ("F." in "John F. Kennedy"): it ends no sentence.
_INITIAL = regex.compile(r"\p{Lu}\.")
#: Initials of a name, one or a few ("F.", "F.H."), read inside a run of name words.
_INITIALS_WORD = regex.compile(r"(?:\p{Lu}\.){1,3}")
_CAPITAL = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"\p{L}")


@dataclass(slots=True)
class _Data:
    """The word lists of ``[gloss.extent]``, folded, and what was read of each inside so far."""

    max_words: int
    title_parts: frozenset[str]
    particles: frozenset[str]
    acronym_cutoff: float
    acronym_sure: float
    cognate_cutoff: float
    name_cutoff: float
    name_floor: float
    original_share: float
    insides: dict[str, _Inside]


@dataclass(frozen=True, slots=True)
class _Inside:
    """What the rules read of an inside (read once per inside)."""

    words: tuple[str, ...]  # the words holding a letter
    acronym: str | None  # the letters of the acronym it opens with ("CC of the BCP" -> "ccbcp")
    name_like: bool  # capitalised words (or name links), at most five, no digit
    english: bool  # at least half its words are English
    capitalised: bool  # it starts with a capital or a determiner (a name, a list, a group)
    caps_word: bool  # one word in capitals ("OFORMLENIE")


#: The data of each conventions table seen (kept with the table: there are a few of them).
_DATA: dict[int, tuple[Conventions, _Data]] = {}
_INSIDES_LIMIT = 4096


@on_clear_caches
def _clear_insides() -> None:
    for _, data in _DATA.values():
        data.insides.clear()


def _data(conv: Conventions) -> _Data:
    held = _DATA.get(id(conv))
    if held is not None and held[0] is conv:
        return held[1]
    spec = conv.section("gloss", "extent")
    data = _Data(
        max_words=int(spec.get("max_words", 12)),
        title_parts=frozenset(fold(w) for w in spec.get("title_parts", [])),
        particles=frozenset(fold(w) for w in spec.get("particles", [])),
        acronym_cutoff=float(spec.get("acronym_cutoff", 60)),
        acronym_sure=float(spec.get("acronym_sure", 80)),
        cognate_cutoff=float(spec.get("cognate_cutoff", 55)),
        name_cutoff=float(spec.get("name_cutoff", 80)),
        name_floor=float(spec.get("name_floor", 50)),
        original_share=float(spec.get("original_share", 0.75)),
        insides={},
    )
    if len(_DATA) >= 64:
        _DATA.clear()
    _DATA[id(conv)] = (conv, data)
    return data


def _read_inside(inside: str, conv: Conventions, data: _Data) -> _Inside:
    facts = data.insides.get(inside)
    if facts is not None:
        return facts
    words = tuple(w for w in inside.split() if _LETTER.search(w))
    head = _HEAD_END.split(inside, maxsplit=1)[0].split()
    acronym = None
    if any(_is_acronym(w) for w in head) and all(_is_acronym(w) or _is_function(w, conv) for w in head):
        acronym = _initials(head, conv)
    name_like = (
        0 < len(words) <= 5
        and not any(ch.isdigit() for ch in inside)
        and _CAPITAL.match(words[0].strip(_EDGE)) is not None
        and all(
            _CAPITAL.match(w.strip(_EDGE)) is not None
            or fold(w.strip(_EDGE)) in conv.name_links
            or len(w) <= 3
            for w in words
        )
    )
    english = conv.english
    first = inside.split()[0] if inside.split() else ""
    facts = _Inside(
        words=words,
        acronym=acronym,
        name_like=name_like,
        english=bool(words) and sum(1 for w in words if _bare(w) in english) >= len(words) / 2,
        capitalised=_CAPITAL.match(first) is not None or _bare(first) in conv.determiners,
        caps_word=len(inside.split()) == 1 and inside.upper() == inside,
    )
    if len(data.insides) >= _INSIDES_LIMIT:
        data.insides.clear()
    data.insides[inside] = facts
    return facts


@dataclass(slots=True)
class Extent:
    """What an extent rule reads: the span's inside and its facts, the name of the rule that
    decided the gloss, the glossed words guessed so far (``first``..``last``, offsets in
    ``text``; ``glossed``: its words in text order) and the words before the guess (``before``:
    nearest first, at most ``max_words``, none across a sentence boundary, a word glued to the
    guess or a blank line; ``stop``: the word where a boundary stopped the reading)."""

    text: str
    first: int
    last: int
    inside: str
    facts: _Inside
    rule: str
    conv: Conventions
    data: _Data
    glossed: list[tuple[int, str]]
    before: list[tuple[int, str]]
    stop: str | None

    def glossed_words(self) -> list[tuple[int, str]]:
        """The words guessed so far, in text order, with their offsets in ``text`` (a copy)."""
        return list(self.glossed)


GlossedRule = Callable[[Extent], int | None]


def _bare(word: str) -> str:
    return fold(word.strip(_EDGE))


def _is_function(word: str, conv: Conventions) -> bool:
    return _bare(word) in conv.function_words


def _is_title(word: str, ext: Extent) -> bool:
    w = _bare(word)
    w = w[:-2] if w.endswith("'s") else w  # a title's possessive ("the Chairman’s")
    return _title_word(w, ext) or ("-" in w and any(_title_word(p, ext) for p in w.split("-")))


def _title_word(w: str, ext: Extent) -> bool:
    return w in ext.conv.titles or w in ext.data.title_parts


def _is_acronym(word: str) -> bool:
    bare = word.strip(_EDGE)
    return _ACRONYM.fullmatch(bare) is not None or _PLURAL_ACRONYM.fullmatch(bare) is not None


def _core(word: str) -> str:
    """A word without the punctuation around it nor the dash or bullet of a list item
    ("-Union" in a tape log's "-Union of Soviet Socialist Republics [USSR]")."""
    return word.strip(_EDGE).lstrip(_LEADING)


# -- the rules ------------------------------------------------------------------------------


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


def _initials(words: list[str], conv: Conventions) -> str:
    """The letters a phrase's acronym would take: an acronym's own letters, the first letter
    of each other word (function words and name links left out)."""
    out = []
    # an acronym before a function word ("US Information Agency": "US" is no pronoun), unless
    # the phrase is in capitals ("MINISTRY OF FOREIGN AFFAIRS")
    capitals = all(w.isupper() for w in words if _LETTER.search(w))
    for word in words:
        bare = _core(word)
        if not bare or (capitals and _is_function(bare, conv)):
            continue
        if _is_acronym(bare):
            if _PLURAL_ACRONYM.fullmatch(bare) is not None:
                bare = bare[:-1]
            out.append("".join(ch for ch in fold(bare) if ch.isalpha()))
        elif not _is_function(bare, conv) and fold(bare) not in conv.name_links:
            out.append(fold(bare)[:1])
    return "".join(out)


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
    Archive``."""
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
    for at, word in ext.before[: ext.data.max_words]:
        bare = _core(word)
        if not bare or word != word.rstrip(_BOUNDARY_END) or _is_acronym(bare):
            break
        if _is_function(bare, ext.conv) or fold(bare) in ext.conv.name_links:
            continue  # (a joining word: the run goes on only past a capitalised word before it)
        if _CAPITAL.match(bare) is None or _is_title(bare, ext):
            break  # (a title opens no body's name: "The Prime Minister of the Soviet Union [USSR]")
        count += 1
        if count == capitals:
            # the run's words as many as the capitals: the full form starts here, whatever
            # capitalised words come before it ("Bulgarian Central State Archive [TsDA]")
            return at + (len(word) - len(word.lstrip(_LEADING)))
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


#: The context rules that decide a description or role of a person named before the bracket.
_PERSON_DESCRIBED = frozenset({"describes_person", "other_name", "described_after_name"})


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


#: The context rules that decide a translation (the role rule leaves their glosses alone).
_TRANSLATION = frozenset(
    {"transliterated", "language_change", "same_word", "translates_words", "title_translated", "other_script"}
)
_TRANSLATING = frozenset({"translates_words", "title_translated", "learned"})


#: The context rules that decide a title translated (``title_colon`` reads their glosses).
_TITLES = frozenset({"title_translated", "original_title"})


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


#: The context rules whose translations ``word_for_word`` reads.
_WORD_FOR_WORD = frozenset({"language_change", "original_title", "other_script"})


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


#: The glossed-extent chain, in order (the first rule that answers moves the start).
GLOSSED_RULES: Ruler[GlossedRule] = Ruler(
    [
        ("titled_person", _titled_person),
        ("title_colon", _title_colon),
        ("second_rendering", _second_rendering),
        ("quoted_original", _quoted_original),
        ("acronym_letters", _acronym_letters),
        ("name_variant", _name_variant),
        ("role_phrase", _role_phrase),
        ("original_run", _original_run),
        ("translated_phrase", _translated_phrase),
        ("word_for_word", _word_for_word),
        ("name_run", _name_run),
    ]
)


def _no_data_rule(spec: dict[str, Any]) -> GlossedRule:
    raise LacunaError(
        f"rules.glossed[{spec.get('name')!r}]: the glossed-extent rules cannot be written as data"
    )


def _words_before(text: str, first: int, n: int) -> tuple[list[tuple[int, str]], str | None]:
    """Up to ``n`` words before ``first``, nearest first, stopping before a word that ends a
    sentence or clause (returned as the stop), at a word glued to ``first`` and at a blank line."""
    out: list[tuple[int, str]] = []
    after = first
    for m in _WORD_BACK.finditer(text, max(0, first - _LOOK), first):
        word = m.group()
        if m.end() == first:
            return out, word  # glued to the glossed words (a quote, a bracket): they start there
        if text.count("\n", m.end(), after) >= 2:
            return out, None  # a blank line between
        if "]" in text[m.end() : after]:
            return out, None  # "[The] Communist Party organ": another span's words
        if (word[-1] in _BOUNDARY_END or word[-1] == ".") and _INITIALS_WORD.fullmatch(word) is None:
            return out, word  # (an initial, "John F. Kennedy", ends no sentence)
        out.append((m.start(), word))
        if len(out) >= n:
            break
        after = m.start()
    return out, None


def glossed_extent(
    text: str, first: int, last: int, start: int, end: int, rule: str, conv: Conventions
) -> tuple[int, int]:
    """Where the glossed words of the gloss at ``start``..``end`` run: ``first``..``last`` as the
    deciding rule ``rule`` guessed them, moved by the first rule of :data:`GLOSSED_RULES` that
    answers (offsets into ``text``)."""
    data = _data(conv)
    inside = text[start + 1 : end - 1].strip()
    facts = _read_inside(inside, conv, data)
    glossed = [(m.start(), m.group()) for m in _GLOSSED_WORD.finditer(text, first, last)]
    before, stop = _words_before(text, first, data.max_words)
    ext = Extent(text, first, last, inside, facts, rule, conv, data, glossed, before, stop)
    last = _before_quoted_stop(text, first, last, conv.stopped_words)
    for r in conv.ruler("glossed", GLOSSED_RULES, _no_data_rule).active():
        moved = r.fn(ext)
        if moved is not None and moved != first:
            return _inside_parentheses(text, _inside_quotes(text, moved, last, start), last)
    return _inside_parentheses(text, _inside_quotes(text, first, last, start), last)


def _before_quoted_stop(text: str, first: int, last: int, stopped: frozenset[str] = frozenset()) -> int:
    """``last`` before the sentence's mark that ends a quotation closed right after the glossed
    words (Siegelbaum's Stalinism documents: ``you'll find yourself on the canal."[Reference to
    the White Sea-Baltic Canal project.]``: ``the canal``); an abbreviation's stop stays
    (``the U.S."``, and a word of ``stopped`` with its stop, folded: ``"John Brown, Jr."``)."""
    if last - first < 2 or last >= len(text) or text[last] not in _CLOSING_QUOTES:
        return last
    if text[last - 1] not in ".,;:!?":
        return last
    word = text[first : last - 1].rsplit(None, 1)[-1] if text[first : last - 1].strip() else ""
    if not word or "." in word or not word[-1:].isalpha():
        return last
    if text[last - 1] == "." and fold(word) + "." in stopped:
        return last  # ("Mr."", "Jr."": the abbreviation's stop)
    return last - 1


#: Quotes that close a quotation, and those that open one (a straight quote does both).
_CLOSING_QUOTES = '"”’»'
_OPENING_QUOTES = '"“‘„«'


def _inside_quotes(text: str, first: int, last: int, start: int) -> int:
    """``first`` moved past the opening quote of a quotation closed right before the bracket
    (``or in general"YaVVaNIM" [Yavanim; lit: Greeks]``: ``YaVVaNIM``, the quote glued to the
    word before it): the quoted words are the glossed ones."""
    between = text[last:start].strip().lstrip(".,;:!?")  # (a quotation's last stop: _before_quoted_stop)
    if not between or between[0] not in _CLOSING_QUOTES:
        return first
    closing = between[0]
    opening = {"”": "“", "’": "‘", "»": "«"}.get(closing, closing)
    at = text.rfind(opening, first, last)
    if at < 0:
        return first
    if closing == '"' and text.count('"', first, last) % 2 == 0:
        return first  # (straight quotes paired among the words: none left open)
    return at + 1 if at + 1 < last else first


def _inside_parentheses(text: str, first: int, last: int) -> tuple[int, int]:
    """``first``..``last`` without a parenthesis among the glossed words that is closed or
    opened there without its pair (``ATIS) (Southwest Pacific Area [SWPA]``: ``Southwest
    Pacific Area``; a closing one last: the words before it); a pair among them stays
    (``Hülchrath (Rhineland)``). Nothing left: ``last``, ``last``."""
    if "(" not in text[first:last] and ")" not in text[first:last]:
        return first, last
    while last > first and (text[last - 1].isspace() or text[last - 1] == ")"):
        if text.count("(", first, last) >= text.count(")", first, last):
            break  # a closing parenthesis with its pair among the words: it stays
        last -= 1
    first = past_unpaired(text, first, last, "(", ")")
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return (first, last) if first < last else (last, last)
