"""The context rules that read an English rendering after a term of the original language that
the other rules leave alone: a capitalised term (a court, a religious title, a newspaper's
name) and a quoted one (see :mod:`lacuna.classify.context`). Both judge the words by the
English lexicon (``Conventions.is_english``) and the shape of English words (``[gloss.shape]``),
never by a list of any language's words."""

from __future__ import annotations

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
    return conv.past_verb(bare)


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
    foreign = counted = lower_foreign = lower_counted = 0
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
            if word.lstrip(_QUOTES)[:1].islower():
                lower_counted += 1
                lower_foreign += not conv.is_english(bare)
        if kf.quote_open:
            if lower_counted:  # names are no language's ("“Gomulka greets Tito” [the next morning]")
                foreign, counted = lower_foreign, lower_counted
            if not foreign or foreign * 2 < counted:
                return None
            if described and len(words) != k + 1:
                return None  # "‘Sonntag’ [envelope postmarked Berlin]": the editor's description
            return "gloss", "renders the quoted original-language words before it", k
    return None


#: The furthest a verb of saying stands in an inside that says who speaks (its subject before
#: it: ``[the Soviet ambassador then replied to him]``).
_SPEAKER_WORDS = 4


def _quoted_goes_on(c: _NearestOnly) -> _Decision:
    """Words after a closing quote that go on with the sentence rather than render the quoted
    words: supplied. Four shapes, none a word list of any page (review of quoted43):

    * who speaks the quotation: a subject (a capitalised word, a pronoun of the third person or
      a determiner first) and a verb of saying within :data:`_SPEAKER_WORDS` words (``[gloss]
      speech_verbs``): ``“Nichevo, nichevo” [Stalin replies with a smile]``, ``“Tovarishchi,
      vpered” [the commissar would shout each morning]``, ``“Khorosho, khorosho” [Molotov kept
      repeating]``; not with a word editors describe a document with (``[learned] note_words``)
      nor after a first or second person (``“My vas pokhoronim” [We will bury you]``);
    * the sentence's predicate after a quoted name or title: a lower-case auxiliary (``[learned]
      clause_words``) and a lower-case word after a quotation opened by a capital (``the ballet
      “Lebedinoe ozero” [was shown to the delegation]``, ``the newspaper “Rodong Sinmun” [had
      printed the whole speech]``); a translation of a verb phrase is no finite clause
      (``“vpered” [forward]``);
    * a quoted speech of two words or more broken at its comma by lower-case words that end
      with none (``“Das stimmt nicht,” [he said] and left``): a translation of a quoted sentence
      starts with a capital like it;
    * first names before a capitalised surname (one to three capitalised words, none an English
      word, before one that is none either, as ``first_name`` reads ``[Mikhail] Zimyanin``):
      ``“Kak dela,” [Nikita Sergeevich] Khrushchev asked``."""
    wf, conv = c.wf, c.conv
    if wf is None or c.glued or not wf.quote_close or (c.near or "")[-1:] not in _QUOTES:
        return None  # ("… out of Vietnam”, [they said this]": after_punctuation reads it)
    words = c.inside().split()
    if not words:
        return None
    bare = [fold(w).strip(_STRIP) for w in words]
    quoted = _quoted_words(c)
    if _says_who_speaks(words, bare, conv):
        return "supplied", f"says who speaks the quoted words ({_speech_verb(bare, conv)!r}): supplied", 0
    if quoted is None:
        return None
    first = quoted[0].lstrip(_QUOTES)
    clauses = _clause_words(conv)[0]
    if (
        len(words) >= 2
        and words[0][:1].islower()
        and bare[0] in clauses
        and words[1][:1].islower()
        and first[:1].isupper()
    ):
        return "supplied", f"the sentence's predicate after the quoted name ({bare[0]!r}): supplied", 0
    closed = (c.near or "").rstrip(_QUOTES)
    if closed.endswith(",") and len(quoted) >= 2 and words[0][:1].islower() and not words[-1].endswith(","):
        return "supplied", "the quoted speech breaks off at its comma: the sentence's words, supplied", 0
    if 1 <= len(words) <= 3 and all(_name_part(w, conv) for w in words):
        surname = _surname_after(c)
        if surname is not None:
            return "supplied", f"a first name before the surname {surname!r} after the quotation", 0
    return None


def _quoted_words(c: _NearestOnly) -> list[str] | None:
    """The quoted words before the span back to the opening quote (at most
    :data:`_QUOTED_WORDS`), first to last, or None when no quote opens within them."""
    found: list[str] = []
    for k in range(_QUOTED_WORDS):
        word = c.near if k == 0 else c.word(k)
        if word is None:
            return None
        found.append(word)
        if _word_facts(word, c.conv).quote_open:
            return found[::-1]
    return None


def _speech_verb(bare: list[str], conv: Conventions) -> str | None:
    """The first verb of saying among the folded words (``[gloss] speech_verbs``)."""
    return next((w for w in bare[1 : _SPEAKER_WORDS + 1] if w in conv.speech_verbs), None)


def _says_who_speaks(words: list[str], bare: list[str], conv: Conventions) -> bool:
    """Whether an inside is a subject and a verb of saying (see :func:`_quoted_goes_on`)."""
    verb = _speech_verb(bare, conv)
    if verb is None:
        return False
    speakers = frozenset(fold(str(w)) for w in conv.section("learned").get("speaker_words") or ())
    head = bare[0]
    named = words[0][:1].isupper() and head.isalpha() and not conv.is_english(head)
    if head in speakers or not (named or head in conv.determiners or head in conv.pronouns):
        return False  # "“Zog nit keyn mol” [Never say]": no subject, a rendering
    before = bare[1 : bare.index(verb)]
    if any(w in conv.function_words and w not in _clause_words(conv)[0] for w in before):
        return False  # "[We are nobody's satellites]": a clause of its own
    return not _note_words(conv).intersection(bare)


def _name_part(word: str, conv: Conventions) -> bool:
    """Whether a word is a capitalised part of a name that is no English word."""
    bare = word.strip(_STRIP)
    return bare[:1].isupper() and bare.replace("-", "").isalpha() and not conv.is_english(fold(bare))


def _surname_after(c: _NearestOnly) -> str | None:
    """The capitalised word after the span when it is a name that is no English word."""
    following = c.after(0)
    if following is None:
        return None
    bare = following.rstrip(",;:.!?")
    if not _name_part(bare, c.conv):
        return None
    folded = fold(bare)
    if folded in c.conv.function_words or folded in c.conv.pronouns or folded in c.conv.titles:
        return None
    return bare
