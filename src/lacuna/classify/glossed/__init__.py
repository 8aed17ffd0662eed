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
* ``possessor_out``: a name guessed with a possessor's name before it (``Ionesco's Chairs [Les
  Chaises]``): the name without its possessor.

Whatever rule answers, the glossed words never cross a parenthesis opened or closed among them
(``the Allied Translation and Interpreter Section (ATIS) (Southwest Pacific Area [SWPA])``:
``Southwest Pacific Area``), a quotation closed right before the bracket glosses its quoted
words (``or in general"YaVVaNIM" [Yavanim; lit: Greeks]``), and the stop that ends that
quotation is not among them (``on the canal."[Reference to …]``: ``the canal``).

The first rule that answers moves the start; none answering keeps the guess. The step only
moves the glossed words, never the category. It reads at most ``[gloss.extent] max_words``
words back (no scan of the paragraph). Its word lists are ``[gloss.extent]`` in the
conventions file; docs/markup.md ("Glossed words") gives the real examples.

The rules of names, roles and acronyms are in :mod:`.names`, those of translations in
:mod:`.translations`, and what they read (the :class:`Extent`, the word lists, the shared word
predicates) in :mod:`.extent`.
"""

from __future__ import annotations

from typing import Any

from lacuna.classify.glossed.extent import (
    _CLOSING_QUOTES,
    _GLOSSED_WORD,
    Extent,
    GlossedRule,
    _data,
    _read_inside,
    _words_before,
)
from lacuna.classify.glossed.extent import _DATA as _DATA
from lacuna.classify.glossed.extent import _LOOK as _LOOK
from lacuna.classify.glossed.extent import _initials as _initials
from lacuna.classify.glossed.extent import _is_function as _is_function
from lacuna.classify.glossed.names import (
    _acronym_letters,
    _name_run,
    _name_variant,
    _possessor_out,
    _role_phrase,
    _titled_person,
)
from lacuna.classify.glossed.translations import (
    _original_run,
    _quoted_original,
    _second_rendering,
    _title_colon,
    _translated_phrase,
    _word_for_word,
)
from lacuna.classify.pairing import past_unpaired
from lacuna.conventions import Conventions, fold
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

__all__ = ["GLOSSED_RULES", "Extent", "GlossedRule", "glossed_extent"]


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
        ("possessor_out", _possessor_out),
    ]
)


def _no_data_rule(spec: dict[str, Any]) -> GlossedRule:
    raise LacunaError(
        f"rules.glossed[{spec.get('name')!r}]: the glossed-extent rules cannot be written as data"
    )


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
