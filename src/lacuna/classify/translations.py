"""The context rules that read an English rendering after a term of the original language that
the other rules leave alone: a capitalised term (a court, a religious title, a newspaper's
name) and a quoted one (see :mod:`lacuna.classify.context`). Both judge the words by the
English lexicon (``Conventions.is_english``) and the shape of English words (``[gloss.shape]``),
never by a list of any language's words."""

from __future__ import annotations

from rapidfuzz import fuzz

from lacuna.classify.language import _CLAUSE_END as _QUOTED_CLAUSE_END
from lacuna.classify.language import _CONTENT_LETTERS
from lacuna.classify.learned import _note_words
from lacuna.classify.learned.editors import _clause_words
from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import _QUOTES, _STRIP, _Decision, _word_facts
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: The most words of an English term after an original-language term.
_TERM_WORDS = 4
#: The most words back to the opening quote of a quoted original-language term.
_QUOTED_WORDS = 6
#: What ends a clause before a closing quote or after it (quoted_original's marks, and an
#: elision): the bracket goes on with the sentence.
_CLAUSE_END = _QUOTED_CLAUSE_END + "…"


def _english_term(words: list[str], conv: Conventions) -> bool:
    """Whether ``words`` are a short English noun phrase: one to :data:`_TERM_WORDS` words, each
    in the English lexicon (or an English loan), none a function word, pronoun or determiner, a
    clause's word (``[learned] clause_words``), a verb told by its ending or a common verb
    (``[gloss] verb_endings``, ``object_verbs``) nor a word editors describe a document with
    (``[learned] note_words``: ``Poznań [note written above text]``): the words a translator
    gives for a term, not the words a sentence lacks (``Khrushchev [met with]``, ``Diem [has
    been]``)."""
    if not 1 <= len(words) <= _TERM_WORDS:
        return False
    notes = _note_words(conv)
    for word in words:
        bare = fold(word).strip(_STRIP)
        if not bare.isalpha() or not (conv.is_english(bare) or _word_facts(word.strip(_STRIP), conv).english):
            return False
        if bare in conv.determiners or bare in notes or _sentence_word(bare, conv):
            return False
    return True


def _sentence_word(bare: str, conv: Conventions) -> bool:
    """Whether a folded word is one a sentence lacks rather than a term's: a function word, a
    pronoun, a clause's word (``[learned] clause_words``), a verb told by its ending or a common
    verb (``[gloss] verb_endings``, ``object_verbs``)."""
    if bare in conv.function_words or bare in conv.pronouns or bare in conv.object_verbs:
        return True
    if bare in _clause_words(conv)[0]:
        return True
    endings, letters = conv.verb_endings
    return len(bare) >= letters and bare.endswith(endings)


def _term_translated(c: _NearestOnly) -> _Decision:
    """English words after a capitalised term of the original language, one that is no English
    word (the lexicon), no people's name (``[gloss] demonyms``) nor a state's: the term's
    translation, gloss of the term. Two lower-case words or more, after a term whose letters
    English words seldom hold (``[gloss.shape]``: a German court, ``then by the Landesgericht
    [regional court]``; a Hasidic title, ``the rabbi and Tzadik [righteous person]``); or
    capitalised English words after the name of a thing the word before it says it is (``[gloss]
    named_things``: ``"The newspaper Igazsag [Truth] yesterday"``). A name before lower-case
    words goes on with the sentence (``Comrade Mikoyan [says]``, ``N.S. Khrushchev [met with]``,
    ``the Moscow [party] leadership``: one word, a verb, a function word, a word of English
    shape), and a name after a name completes it (``Howard [Baker]``: ``completes_name``)."""
    f, wf, conv = c.facts, c.wf, c.conv
    if wf is None or c.glued or not wf.name_word or wf.after_boundary or wf.possessive or wf.acronym:
        return None
    if wf.function or wf.title or wf.role or f.first_function:
        return None
    lower = f.lower_phrase and f.few_words >= 2
    if not (lower or f.name_inside or f.capitals):
        return None
    bare = fold(c.near or "").strip(_STRIP)
    if not bare.isalpha() or conv.is_english(bare) or bare in conv.demonyms or bare in conv.states:
        return None
    if lower:
        if len(bare) < conv.english_shape[1] or conv.english_shaped(bare):
            return None
        if not _english_term(c.inside().split(), conv) or _phrase_goes_on(c):
            return None
        return "gloss", f"an English term after the original-language term {c.near!r}", 0
    previous = c.word(1)
    if previous is None:
        return None
    thing = fold(previous).strip(_STRIP)
    if thing not in conv.named_things or _word_facts(previous, conv).after_boundary:
        return None
    words = c.inside().split()
    if not all(w[:1].isupper() for w in words) or not _english_term(words, conv):
        return None
    return "gloss", f"translates the name of the {thing} {c.near!r}", 0


def _phrase_goes_on(c: _NearestOnly) -> bool:
    """Whether a lower-case word that is no function word follows the span after a space: the
    inside is part of the noun phrase the sentence goes on with (``the Bydgoszcz [provincial
    party] committee``, ``the Szczecin [party committee] met``), not a term's translation."""
    rest = c.line_after()
    if rest[:1] not in (" ", "\t"):
        return False
    following = rest.split(None, 1)
    if not following:
        return False
    word = following[0]
    return word[:1].isalpha() and word[:1].islower() and fold(word).strip(_STRIP) not in c.conv.function_words


def _quoted_rendering(c: _NearestOnly) -> _Decision:
    """Lower-case English words after a quoted term of the original language, its quotes closed
    before the bracket, no clause ended inside or after them (half or more of the quoted words of
    three letters or more no English words; the inside's words English or of an English word's shape,
    ``[gloss.shape]``): what the term means, gloss of the quoted words (a Manchester manuscript's
    catalogue: ``French-language text: ‘Cette Copie’ [this copy]``). ``quoted_original`` reads
    the English words the lexicon holds, one to three; this rule reads a rendering of up to
    ``rendering_words`` words, a determiner first or a rare word too (``'obrok' [quitrent]``).
    An inside with a word editors describe a document with (``[learned] note_words``: ``copy``,
    ``envelope``) renders the term only word for word, as many words as the quotation's."""
    f, wf, conv = c.facts, c.wf, c.conv
    if wf is None or c.glued or not wf.quote_close or not (f.lower_phrase or f.rendering):
        return None
    near = c.near or ""
    closed = near.rstrip(_QUOTES)
    if near[-1:] in _CLAUSE_END or closed[-1:] in _CLAUSE_END or not closed:
        return None  # "… out of Vietnam”, [they said this]", "treaties.” [)]": the clause ended
    words = c.inside().split()
    if not 1 <= len(words) <= conv.english_shape[2] or not words[0][:1].islower():
        return None
    described = False  # a word editors describe a document with inside
    notes = _note_words(conv)
    for i, word in enumerate(words):
        bare = fold(word).strip(_STRIP)
        if _sentence_word(bare, conv) and not (i == 0 and bare in conv.determiners and len(words) > 1):
            return None  # "'die Partei' [has decided] that", "'Sieg Heil' [and saluted]": a sentence's
        if len(bare) < _CONTENT_LETTERS:
            continue
        if not bare.replace("-", "").isalpha():
            return None
        if not (conv.is_english(bare) or conv.english_shaped(bare)):
            return None  # an original-language word inside: a restatement, not this rule's
        described = described or bare in notes
    foreign = counted = 0
    for k in range(_QUOTED_WORDS):
        word = near if k == 0 else c.word(k)
        if word is None:
            return None
        kf = wf if k == 0 else _word_facts(word, conv)
        if k and (kf.quote_close or kf.after_boundary):
            return None  # another quotation, or a clause, before the opening quote
        bare = fold(word).strip(_STRIP)
        if len(bare) >= _CONTENT_LETTERS and bare.isalpha():
            counted += 1
            foreign += not conv.is_english(bare)
        if kf.quote_open:
            if not foreign or foreign * 2 < counted:
                return None
            if described and len(words) != k + 1:
                return None  # "‘Sonntag’ [envelope postmarked Berlin]": the editor's description
            return "gloss", "renders the quoted original-language words before it", k
    return None


def _capitalised_rendering(c: _NearestOnly) -> _Decision:
    """An original-language word and its English rendering, either order, one of them
    capitalised as the other language or a title writes it: gloss of the word before.

    * The original after its translation: one capitalised word of letters that is no English
      word (the lexicon), no people's or state's name, after a lower-case English word that is
      no function word, determiner, pronoun or verb (``_sentence_word``), the two of at least
      ``[gloss.shape] cognate_letters`` letters and cognates (rapidfuzz partial ratio at least
      ``cognate_partial``: the German noun, capitalised, that the English translates; an
      Einsatzgruppen report, ``Special action [Sonderaktion] was carried out``; a letter on
      Lenin, ``the guardians and renewers [Erneuerer] of mankind``). A name the sentence lacks
      shares no letters with the word before it (``reminding [Castro] that``, ``maintaining
      [Mobutu] in his position``, ``below zero [Centigrade]``), and a name going on after the
      bracket is completed (``the [Mikhail] Zimyanin``).
    * The translation after its original: two to four words, the first capitalised as a
      title's first word and the others lower-case, each of three letters or more in the
      English lexicon or of an English word's shape, one at least in the lexicon, none a
      determiner, a verb or an editor's word (``_shaped_term``), after a word that is no English
      word and whose letters English words seldom hold (``[gloss.shape]``): a capitalised one
      inside its sentence (a soldier's letters of 1915, ``transferred to the Pionierkommando
      [Sapper group] of our Kompanie``) or a lower-case one (Stalin's letters to Molotov, ``to
      turn Molodaia gvardiia [Young guard] into its own theoretical journal``); not when a
      lower-case word goes on with the phrase after it (``_phrase_goes_on``).
    """
    f, wf, conv = c.facts, c.wf, c.conv
    if wf is None or c.glued or wf.after_boundary or wf.function or wf.possessive or wf.acronym or wf.title:
        return None
    # (the facts and the word before first: the inside is read only for a span that may be one)
    if f.name_inside and f.few_words == 1:
        return _original_capitalised(c)
    if not f.name_start or f.name_inside or f.few_words < 2 or f.first_function:
        return None
    bare = wf.folded.strip(_STRIP)
    if not bare.isalpha() or len(bare) < conv.english_shape[1] or conv.is_english(bare):
        return None
    if conv.english_shaped(bare) or bare in conv.demonyms or bare in conv.states:
        return None
    if not (wf.name_word or wf.lower_word):
        return None
    words = c.inside().split()
    if (
        len(words) > _TERM_WORDS
        or not all(w[:1].islower() for w in words[1:])
        or not _shaped_term(words, conv)
    ):
        return None
    previous = c.word(1)
    if wf.name_word and (previous is None or _word_facts(previous, conv).after_boundary):
        return None  # (a capitalised word opening its sentence may be a name)
    if _phrase_goes_on(c):
        return None
    return "gloss", f"a capitalised English rendering after the original-language word {c.near!r}", 0


def _original_capitalised(c: _NearestOnly) -> _Decision:
    """Rule capitalised_rendering's first reading: one capitalised word inside, an
    original-language noun that the English word before it translates (its cognate)."""
    wf, conv = c.wf, c.conv
    if wf is None or not wf.lower_word or not wf.english or wf.folded in conv.determiners:
        return None
    if _sentence_word(wf.folded, conv):
        return None
    bare = fold(c.inside()).strip(_STRIP)
    if not bare.isalpha() or conv.is_english(bare):
        return None
    if bare in conv.demonyms or bare in conv.states:
        return None
    shape = conv.section("gloss", "shape")
    letters = int(shape.get("cognate_letters", _COGNATE_LETTERS))
    if len(bare) < letters or len(wf.folded) < letters or not wf.folded.isalpha():
        return None
    following = c.after(0)
    if following is not None and following[:1].isupper():
        return None  # ("the [Mikhail] Zimyanin": a name going on after it)
    cutoff = float(shape.get("cognate_partial", _COGNATE_PARTIAL))
    if not fuzz.partial_ratio(bare, wf.folded, score_cutoff=cutoff):
        return None
    return "gloss", f"the original-language noun, capitalised, after its translation {c.near!r}", 0


#: The fewest letters of a capitalised original and of the English word before it
#: (``[gloss.shape] cognate_letters``), and how alike (rapidfuzz partial ratio) they must be.
_COGNATE_LETTERS = 6
_COGNATE_PARTIAL = 60


def _shaped_term(words: list[str], conv: Conventions) -> bool:
    """Whether ``words`` read as an English term (rule capitalised_rendering): each word of
    letters, of three letters or more in the English lexicon or of an English word's shape
    (``[gloss.shape]``: ``sapper``), one of them at least in the lexicon; none a determiner, an
    editor's word (``[learned] note_words``) nor a word a sentence lacks (``_sentence_word``)."""
    notes = _note_words(conv)
    found = False
    for word in words:
        bare = fold(word).strip(_STRIP)
        if not bare.isalpha() or bare in conv.determiners or bare in notes or _sentence_word(bare, conv):
            return False
        if conv.is_english(bare):
            found = True
        elif len(bare) >= _CONTENT_LETTERS and not conv.english_shaped(bare):
            return False
    return found
