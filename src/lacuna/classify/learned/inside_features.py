"""What the learned rules read of an inside alone: its features (its count of words, its facts,
digits, stops, a note's or a clause's word, the shape of its words), its letters, the initials
of its words and the facts that pair it with the words around it, read once per distinct inside
and kept in the conventions table."""

from __future__ import annotations

from lacuna.classify.inside_facts import _Inside
from lacuna.classify.learned.editors import _clause_words, editor_features
from lacuna.classify.learned.kinds import kind_of
from lacuna.classify.learned.word_features import _content_word
from lacuna.classify.words import _INSIDES_LIMIT, _STRIP
from lacuna.conventions import Conventions, fold

_DIGITS = frozenset("0123456789")
#: What the inside alone gives: its features, its letters, the initials of its words, the
#: facts that pair it with the words around it (bits: a name inside, original-language words,
#: English words; and a note's word, a lower-case first letter), the inside, stripped, and the
#: kind of a one-word inside that is a content word (:func:`lacuna.classify.learned.kinds.kind_of`
#: of it folded; None for any other inside).
_InsidePart = tuple[tuple[str, ...], str, str, int, str, str | None]

_NAME_BIT, _FOREIGN_BIT, _ENGLISH_BIT, _NOTE_WORD_BIT, _LOWER_FIRST_BIT = 1, 2, 4, 8, 16
#: The inside is one word in lower-case letters; that word, folded, is a content word
#: (what :func:`lacuna.classify.learned.window._window_part` compares with the nearest word).
_ONE_LOWER_BIT, _CONTENT_BIT = 32, 64


def _part_of(raw: str, f: _Inside, conv: Conventions) -> _InsidePart:
    """The part of an inside as written (kept under the inside as written too: the parse
    passes the same string object, whose hash is kept)."""
    inside = raw.strip()
    learned = conv._learned
    part = learned.get(inside)
    if part is None:
        part = _inside_part(inside, f, conv)
    if len(learned) >= _INSIDES_LIMIT:
        learned.clear()
    learned[raw] = part
    return part


def _facts_part(f: _Inside, conv: Conventions) -> tuple[str, tuple[str, ...]]:
    """The features an inside's facts give (its count of words; the others), once per facts
    object (equal facts are one object: most insides share theirs)."""
    key = ("facts", id(f))
    cache = conv._learned
    hit = cache.get(key)
    if hit is not None and hit[0] is f:
        return hit[1], hit[2]
    label, names = _facts_names(f)
    if len(cache) >= _INSIDES_LIMIT:
        cache.clear()
    cache[key] = (f, label, names)  # (the entry holds f: its id is not reused while it lives)
    return label, names


def _facts_names(f: _Inside) -> tuple[str, tuple[str, ...]]:
    """The features of an inside's facts: its count of words, then the others."""
    label = ("one word", "two words", "three words or more")[max(f.few_words, 1) - 1] + " inside"
    names = tuple(
        name
        for flag, name in (
            (f.name_start, "capitalised inside"),
            (f.name_inside, "a name inside"),
            (f.acronym, "an acronym inside"),
            (f.lower_phrase, "lower-case words inside"),
            (f.english_phrase, "an English phrase inside"),
            (f.foreign_after_english, "original-language words inside"),
            (f.english_after_foreign, "a few English words inside"),
            (f.first_function, "a function word first inside"),
            (f.determiner_phrase, "a determiner first inside"),
            (f.syllables, "short syllables inside"),
            (f.describes, "a title inside"),
            (f.date, "a date inside"),  # (the facts read the same pattern of the same text)
            (f.listing, "a listing inside"),
            (f.other_script or f.translit, "original script inside"),
            (f.conjunction, "a conjunction first inside"),
            (f.pronoun, "a pronoun inside"),
        )
        if flag
    )
    return label, names


def _inside_part(inside: str, f: _Inside, conv: Conventions) -> _InsidePart:
    """The features of a stripped inside, its letters and its initials (cached in ``conv``)."""
    words = fold(inside).split()  # (folding keeps the word breaks: one split serves all)
    label, of_facts = _facts_part(f, conv)
    out: list[str] = [label]
    if len(words) > 6:
        out.append("more than six words inside")
    out += of_facts
    vocabulary = _note_words(conv)
    for flag, name in (
        (not _DIGITS.isdisjoint(inside), "digits inside"),
        (inside[-1:] in ".!?", "ends with a stop inside"),
        (":" in inside, "a colon inside"),
        (len(words) >= 2 and words[-1] in conv.function_words, "a function word last inside"),
        (not vocabulary.isdisjoint([w.strip(_STRIP) for w in words]), _NOTE_WORD),
        (_clause_inside(words, conv), _CLAUSE_WORD),
        *_shape_of_inside(inside, words),
    ):
        if flag:
            out.append(name)
    out += editor_features(inside, conv)  # (lacuna.classify.learned.editors)
    initials = "".join([w[0] for w in words if w[:1].isalpha()])
    bits = (
        (_NAME_BIT if f.name_inside else 0)
        | (_FOREIGN_BIT if f.foreign_after_english else 0)
        | (_ENGLISH_BIT if f.english_after_foreign or f.english_phrase else 0)
        | (_NOTE_WORD_BIT if _NOTE_WORD in out else 0)
        | (_LOWER_FIRST_BIT if _lower_first(inside) else 0)
    )
    kind = None
    if " " not in inside and inside.isalpha() and inside.islower():
        folded = fold(inside)
        bits |= _ONE_LOWER_BIT
        if _content_word(folded, conv):
            bits |= _CONTENT_BIT
            kind = kind_of(folded, conv)
    part = (tuple(out), "".join(filter(str.isalnum, "".join(words))), initials, bits, inside, kind)
    cache = conv._learned
    if len(cache) >= _INSIDES_LIMIT:
        cache.clear()
    cache[inside] = part
    return part


def _lower_first(text: str) -> bool:
    """Whether the first letter of ``text`` is a lower-case one (False: no letter)."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return False


def _shape_of_inside(inside: str, words: list[str]) -> tuple[tuple[bool, str], ...]:
    """The shape of a stripped inside and its folded words: its length, hyphens, commas,
    slashes, quotes, capitals, and the shape of its last word (features that read no page's
    words, only how they are written)."""
    parts = inside.split()
    last = parts[-1] if parts else ""
    return (
        (len(inside) <= 4, "four characters or fewer inside"),
        (len(inside) > 40, "more than forty characters inside"),
        # (folding makes no hyphen: a hyphenated folded word has one in the inside)
        ("-" in inside and any("-" in w.strip(_STRIP).strip("-") for w in words), "a hyphenated word inside"),
        ("," in inside, "a comma inside"),
        ("/" in inside, "a slash inside"),
        (not _QUOTE_MARKS.isdisjoint(inside), "a quote inside"),
        (inside.isupper() and sum(ch.isalpha() for ch in inside) >= 2, "capitals only inside"),
        (len(words) >= 2 and last[:1].isupper(), "a capitalised word last inside"),
        (len(words) >= 2 and last[:1].isdigit(), "a figure last inside"),
    )


_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_VOCABULARY: dict[int, tuple[Conventions, frozenset[str]]] = {}


def _note_words(conv: Conventions) -> frozenset[str]:
    """The words editors describe a document or a recording with: ``[learned] note_words``,
    and the last word of each ``[notes.heads]`` and ``[notes.descriptions]`` entry (those that
    open with a function word, such as ``in russian``, name no note)."""
    hit = _VOCABULARY.get(id(conv))
    if hit is not None and hit[0] is conv:
        return hit[1]
    learned = conv.data.get("learned") or {}
    found = {fold(str(w)) for w in learned.get("note_words") or ()}
    notes = conv.data.get("notes") or {}
    function = conv.function_words
    for phrase in [*(notes.get("heads") or {}), *(notes.get("descriptions") or {}).get("starts", [])]:
        words = [w.strip(_STRIP) for w in fold(str(phrase)).split()]
        if not words or words[0] in function:  # "in russian" names a language, not a note
            continue
        head = next((w for w in reversed(words) if w not in function), "")
        if len(head) >= 4:
            found.add(head)
    words = frozenset(found)
    if len(_VOCABULARY) > 64:
        _VOCABULARY.clear()
    _VOCABULARY[id(conv)] = (conv, words)
    return words


#: The feature of an inside with a word editors describe documents with.
_NOTE_WORD = "a note's word inside"
#: The feature of an inside that reads as part of a clause: an auxiliary or a modal verb
#: (``[Kim and Pak can travel]``), or a first word that opens a clause (``[to intensify its
#: fight]``, ``[which proposes that …]``): words the sentence lacks, seldom a gloss, which names
#: or describes (``[learned] clause_words``, ``clause_openers``).
_CLAUSE_WORD = "a clause's word inside"


def _clause_inside(words: list[str], conv: Conventions) -> bool:
    """Whether the folded words of an inside hold a word of ``[learned] clause_words`` or,
    with a word after it, open with one of ``clause_openers``."""
    within, openers = _clause_words(conv)
    bare = [w.strip(_STRIP) for w in words]
    if not within.isdisjoint(bare):
        return True
    return len(bare) >= 2 and bare[0] in openers
