"""Editorial conventions as data: the cue words that say what a bracketed span is.

The shipped table is ``lacuna/data/conventions.toml``; a user file is merged over it
(tables key by key, lists extended), so a new reason word or pseudonym needs no code.
:class:`Conventions` holds a loaded table and the word sets and matchers built from it; the
checks of a user's file are in :mod:`lacuna.conventions.checks`, the patterns built from word
lists in :mod:`lacuna.conventions.patterns`; the reading of the table by section and key is
:mod:`lacuna.conventions.table`, the word sets of English grammar
:mod:`lacuna.conventions.word_sets` and the English lexicon :mod:`lacuna.conventions.lexicon`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from lacuna.conventions.checks import _merge, _shape_problem, _value_problem, _where
from lacuna.conventions.lexicon import EnglishLexicon
from lacuna.conventions.patterns import (
    PLACEHOLDERS,
    _alternation,
    expand_placeholders,
    fold,
    literal_tree,
)
from lacuna.conventions.word_sets import WordSets
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

__all__ = ["PLACEHOLDERS", "Conventions", "expand_placeholders", "fold", "literal_tree", "on_clear_caches"]


class Conventions(WordSets, EnglishLexicon):
    """A loaded conventions table with the matchers built from it."""

    def __init__(self, data: dict[str, Any], origin: str = "<data>") -> None:
        self.data = data
        self.origin = origin
        # what was read so far: per inside (lacuna.classify) and, for the context rules, per
        # inside and per word (lacuna.classify.context)
        self._cache: dict[str, Any] = {}
        self._inside_facts: dict[str, Any] = {}
        self._inside_facts_pool: dict[Any, Any] = {}
        self._word_facts: dict[str, Any] = {}
        self._context_plans: dict[Any, Any] = {}
        # the learned rule's features per stripped inside and its answer per feature set
        self._learned: dict[Any, Any] = {}
        # the rule chains (lacuna.rules), built from the shipped ones and this table's [rules]
        self._rulers: dict[str, Any] = {}
        self._data_rules: dict[str, tuple[Any, ...]] = {}

    def ruler(self, chain: str, default: Ruler[Any], make: Callable[[dict[str, Any]], Any]) -> Ruler[Any]:
        """The rule chain ``chain`` (``inside``, ``context``, ``number``, ``doubt``, ``glossed``)
        under this table: the shipped ``default`` with the rules named in ``[rules] disable``
        switched off and the
        ``[[rules.CHAIN]]`` data rules (each made by ``make``) added where they say
        (``before_rule``/``after_rule``: a rule's name; else before the last rule). Built once."""
        ruler = self._rulers.get(chain)
        if ruler is not None:
            return ruler
        ruler = default.copy()
        data = []
        for spec in self.section("rules").get(chain, []):
            rule = make(spec)
            data.append(rule)
            name = str(spec["name"])
            if spec.get("before_rule"):
                ruler.before(str(spec["before_rule"]), name, rule)
            elif spec.get("after_rule"):
                ruler.after(str(spec["after_rule"]), name, rule)
            elif ruler.names():
                ruler.before(ruler.names()[-1], name, rule)
            else:
                ruler.push(name, rule)
        names = set(ruler.names())
        ruler.disable([n for n in self.section("rules").get("disable", []) if n in names])
        ruler.enable([n for n in self.section("rules").get("enable", []) if n in names])
        self._data_rules[chain] = tuple(data)
        self._rulers[chain] = ruler
        return ruler

    def data_rules(self, chain: str) -> tuple[Any, ...]:
        """The data rules of ``chain`` (after :meth:`ruler` has built it)."""
        return self._data_rules.get(chain, ())

    def clear_caches(self) -> None:
        """Forget the insides and words read so far (the next parse starts cold), and empty
        the stores of the classifier's modules (those registered with :func:`on_clear_caches`)."""
        for clear in _CLEARERS:
            clear()
        self._cache.clear()
        self._inside_facts.clear()
        self._inside_facts_pool.clear()
        self._word_facts.clear()
        self._context_plans.clear()
        self._learned.clear()

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def default(cls) -> Conventions:
        """The table shipped with lacuna (one shared instance)."""
        global _DEFAULT
        if _DEFAULT is None:
            text = resources.files("lacuna.data").joinpath("conventions.toml").read_text("utf-8")
            _DEFAULT = cls(tomllib.loads(text), "lacuna/data/conventions.toml")
        return _DEFAULT

    @classmethod
    def load(cls, path: str | Path, *, replace: bool = False) -> Conventions:
        """Load a TOML conventions file, merged over the shipped table unless ``replace``."""
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise LacunaError(f"{path}: cannot read conventions file: {exc.strerror or exc}") from exc
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            where = _where(raw, exc.start)
            raise LacunaError(
                f"{path}: invalid conventions file: byte 0x{raw[exc.start]:02x} is not valid UTF-8 ({where})"
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise LacunaError(f"{path}: invalid conventions file: {exc}") from exc
        problem = _shape_problem(data, cls.default().data) or _value_problem(data)
        if problem is not None:
            raise LacunaError(f"{path}: invalid conventions file: {problem}")
        if not replace:
            data = _merge(cls.default().data, data)
        return cls(data, str(path))

    # -- derived matchers ------------------------------------------------------------

    @cached_property
    def reasons(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("gap", "reasons").items()}

    @cached_property
    def reason_pattern(self) -> regex.Pattern[str]:
        return _alternation(list(self.reasons))

    @cached_property
    def units(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("gap", "units").items()}

    @cached_property
    def quantities(self) -> dict[str, Any]:
        return {fold(k): v for k, v in self.section("gap", "quantities").items()}

    @cached_property
    def filler(self) -> frozenset[str]:
        return self.words("gap", "filler")

    @cached_property
    def uncounted_units(self) -> frozenset[str]:
        return frozenset(self.section("gap").get("uncounted_units", []))

    @cached_property
    def elisions(self) -> frozenset[str]:
        return frozenset(self.section("gap").get("elisions", []))

    @property
    def elision_reason(self) -> str:
        return str(self.section("gap").get("elision_reason", "elided by editor"))

    @cached_property
    def conjecture_cues(self) -> regex.Pattern[str]:
        cues = sorted({fold(c) for c in self.section("conjecture").get("cues", [])}, key=len)
        body = "|".join(regex.escape(c) for c in reversed(cues)) or "(?!)"
        return regex.compile(rf"^(?:{body})(?![\w'])\s*:?\s*")

    @cached_property
    def note_labels(self) -> dict[str, str]:
        return {fold(k).rstrip(". "): v for k, v in self.section("notes", "labels").items()}

    @cached_property
    def exact(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("exact").items()}

    @cached_property
    def exact_gaps(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("exact_gaps").items()}

    @cached_property
    def sic_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("sic").get("words", ["sic"]))

    @cached_property
    def sic_phrases(self) -> frozenset[str]:
        """Whole insides that say, as ``sic`` does, that the source reads so (``[as heard]``)."""
        return frozenset(" ".join(fold(w).split()) for w in self.section("sic").get("phrases", []))

    @cached_property
    def page_words(self) -> frozenset[str]:
        return self.words("page_break", "words")

    @cached_property
    def page_qualifiers(self) -> frozenset[str]:
        return self.words("page_break", "qualifiers")

    @property
    def footnote_max_digits(self) -> int:
        return int(self.section("footnote").get("max_digits", 3))

    @cached_property
    def named_things(self) -> frozenset[str]:
        """Common nouns a bracketed name after them names (``the book [Capital]``)."""
        return self.words("gloss", "named_things")

    @cached_property
    def demonyms(self) -> frozenset[str]:
        """Peoples' words (``Chinese``, ``Soviet``): ``[gloss] demonyms``."""
        return frozenset(fold(str(w)) for w in self.section("gloss").get("demonyms", []))

    @cached_property
    def state_forms(self) -> frozenset[str]:
        """Words of a state's official name (``republic``, ``kingdom``): ``[gloss] state_forms``."""
        return frozenset(fold(str(w)) for w in self.section("gloss").get("state_forms", []))

    @cached_property
    def states(self) -> frozenset[str]:
        """States' everyday names, a leading "the" dropped: ``[gloss] states``."""
        return frozenset(fold(str(w)).removeprefix("the ") for w in self.section("gloss").get("states", []))

    @cached_property
    def name_kinds(self) -> frozenset[str]:
        """Nouns that say what a name names: ``[gloss] name_kinds`` and ``named_things``."""
        return (
            frozenset(fold(str(w)) for w in self.section("gloss").get("name_kinds", [])) | self.named_things
        )

    @cached_property
    def surname_endings(self) -> tuple[str, ...]:
        """Endings of surnames, not of given names: ``[gloss] surname_endings``."""
        return tuple(fold(str(e)) for e in self.section("gloss").get("surname_endings", []))

    @cached_property
    def patronymic_endings(self) -> tuple[str, ...]:
        """Endings of patronymics (``Ivan [Ivanovich]``): ``[gloss] patronymic_endings``."""
        return tuple(fold(str(e)) for e in self.section("gloss").get("patronymic_endings", []))

    @cached_property
    def relative_times(self) -> frozenset[str]:
        """Words of relative time a bracketed date restates (``this year [1967]``)."""
        return self.words("gloss", "relative_times")

    @cached_property
    def institution_words(self) -> frozenset[str]:
        """The generic words that end an institution's name (``Company``, ``Hospital``):
        ``[gloss] institution_words``."""
        return self.words("gloss", "institution_words")

    @cached_property
    def kin_words(self) -> frozenset[str]:
        """Words of kinship (``mother``, ``brother``): a bracketed name after one names the
        relative (``[gloss] kin_words``)."""
        return self.words("gloss", "kin_words")

    @cached_property
    def salutations(self) -> frozenset[str]:
        """Words that open a letter's salutation (``My dear Mother,``): a bracketed name after
        the salutation names the addressee (``[gloss] salutations``)."""
        return self.words("gloss", "salutations")

    @cached_property
    def calendar_years(self) -> tuple[tuple[int, int], ...]:
        """The ranges of years read as of another calendar without an era's mark (``5686
        [1926]``, ``1358 [1979]``: ``[gloss] calendar_years``, each [first, last])."""
        return tuple((int(lo), int(hi)) for lo, hi in self.section("gloss").get("calendar_years", []))

    @cached_property
    def calendar_rates(self) -> tuple[tuple[float, float], ...]:
        """The other calendars' years read by arithmetic, each (years per Gregorian year, the
        Gregorian year of its year 0): ``541 [1146-47]`` (lunar Hijri), ``1358 [1979]`` (solar
        Hijri), ``5686 [1926]`` (Hebrew) (``[gloss] calendar_rates``)."""
        return tuple((float(a), float(b)) for a, b in self.section("gloss").get("calendar_rates", []))

    @cached_property
    def other_months(self) -> dict[str, int]:
        """The months of other languages than English, each folded name and its number
        (``temmuz`` 7, ``juillet`` 7: ``[gloss.months]``)."""
        return {fold(k): int(v) for k, v in self.section("gloss", "months").items()}

    @cached_property
    def weekdays(self) -> frozenset[str]:
        """The days of the week of other languages than English (``samedi``: ``[gloss]
        weekdays``), read as words of relative time."""
        return self.words("gloss", "weekdays")

    @cached_property
    def calendar_cues(self) -> frozenset[str]:
        """Words before a number that mark it as a year (``The year 541 [1146-47]``: ``[gloss]
        calendar_cues``)."""
        return self.words("gloss", "calendar_cues")

    @cached_property
    def calendar_months(self) -> frozenset[str]:
        """The months' names of other calendars than the Gregorian, folded (``rajab``, ``aban``:
        ``[gloss] calendar_months``)."""
        return self.words("gloss", "calendar_months")

    @cached_property
    def calendar_eras(self) -> frozenset[str]:
        """Marks of a year of another calendar (``1356 AHS``): a bracketed date after one
        converts that date (``[gloss] calendar_eras``)."""
        return self.words("gloss", "calendar_eras")

    @cached_property
    def clause_joiners(self) -> frozenset[str]:
        """Words that join a clause to the one before (``[footnote.clause_joiners]``): an item of
        the author's list numbered after a comma never opens with one."""
        return frozenset(fold(w) for w in self.section("footnote", "clause_joiners").get("words", []))

    @cached_property
    def number_words(self) -> frozenset[str]:
        """Words that take a number (``Nº``, ``telegram``, ``April``): a bracketed number after
        one of them is the number supplied, not a note reference (``[footnote.number_words]``)."""
        return frozenset(fold(w) for w in self.section("footnote", "number_words").get("words", []))

    @cached_property
    def gloss_lead_cues(self) -> tuple[str, ...]:
        """Cues that open a gloss (``[gloss] lead_cues`` and ``allusion_cues``)."""
        return tuple(fold(c) for c in self.section("gloss").get("lead_cues", [])) + self.allusion_cues

    @cached_property
    def allusion_cues(self) -> tuple[str, ...]:
        """Lead cues of what the words before allude to (``[gloss] allusion_cues``:
        ``reference to``), the only ones that open a sentence of a gloss."""
        return tuple(fold(c) for c in self.section("gloss").get("allusion_cues", []))

    def reason_ends(self, folded: str) -> bool:
        """Whether a folded inside ends with a gap's reason (``[gap.reasons]``: ``omitted``,
        ``deleted``, ``not found``), its last stop aside: an editor's word on what was done."""
        return self._reason_end.search(folded.rstrip(" .")) is not None

    @cached_property
    def _reason_end(self) -> regex.Pattern[str]:
        return regex.compile(self.reason_pattern.pattern + r"\Z")

    @cached_property
    def gloss_tail_cues(self) -> tuple[str, ...]:
        return tuple(fold(c) for c in self.section("gloss").get("tail_cues", []))

    @cached_property
    def gloss_definition_marks(self) -> tuple[str, ...]:
        """Marks between a term and what it means (``[OZÚ = Section for Special Assignments]``):
        the inside defines the term before it (``[gloss] definition_marks``)."""
        return tuple(fold(c) for c in self.section("gloss").get("definition_marks", []))

    @cached_property
    def gap_marking(self) -> regex.Pattern[str] | None:
        """A withheld gap's classification or exemption marking after its bracket (``[gap]
        markings``: the ``(S)`` of ``[xxxxxx](S)``, the ``(b)(6)`` of ``[redacted] (b)(6)``)."""
        pattern = self.section("gap").get("markings")
        return regex.compile(str(pattern)) if pattern else None

    @cached_property
    def marked_reasons(self) -> frozenset[str]:
        """The reasons of the gaps a marking may follow (``[gap] marked_reasons``)."""
        return frozenset(fold(r) for r in self.section("gap").get("marked_reasons", []))

    @cached_property
    def uncounted_words(self) -> frozenset[str]:
        return self.words("gap", "uncounted_words")

    @cached_property
    def label_heads(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("notes", "heads").items()}

    @cached_property
    def reading_labels(self) -> dict[str, str]:
        """A transcriber's label of a reading (``[abbreviated: April]``) -> the reading's
        category (``[notes.readings]``)."""
        return {fold(k).rstrip(". "): v for k, v in self.section("notes", "readings").items()}

    @cached_property
    def translator_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("notes", "translator_words").get("words", []))

    @cached_property
    def description_starts(self) -> tuple[str, ...]:
        starts = self.section("notes", "descriptions").get("starts", [])
        return tuple(sorted({fold(s) for s in starts}, key=len, reverse=True))

    @cached_property
    def description_pattern(self) -> regex.Pattern[str]:
        """Matches a folded inside that starts with a description, followed by no letter or digit;
        a space of a description matches any white space (``[not further\\nidentified]``)."""
        spaced = (r"\s+".join(map(regex.escape, s.split(" "))) for s in self.description_starts)
        body = "|".join(spaced) or "(?!)"
        return regex.compile(rf"(?:{body})(?![^\W_])")

    @cached_property
    def physical_pattern(self) -> regex.Pattern[str]:
        """Matches a folded inside that opens with a description of the physical document:
        modifiers (``faded``, ``round``) then a thing (``stamp``, ``seal``), ``notes.physical``."""
        physical = self.section("notes", "physical")
        things = sorted({fold(t) for t in physical.get("things", [])}, key=len, reverse=True)
        mods = sorted({fold(m) for m in physical.get("modifiers", [])}, key=len, reverse=True)
        thing = "|".join(regex.escape(t) for t in things) or "(?!)"
        mod = "|".join(regex.escape(m) for m in mods) or "(?!)"
        return regex.compile(rf"(?:(?:{mod})[\s,]{{1,3}}){{0,4}}(?:{thing})(?![^\W_])")

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations ending with a dot that end no sentence (``No. [2]`` is a number)."""
        return self.words("abbreviations", "words")

    @cached_property
    def stopped_words(self) -> frozenset[str]:
        """Words whose stop is an abbreviation's, folded with it: ``[abbreviations] words``,
        ``name_suffixes`` and the honorifics of ``[corrections.replaced]`` that end with a dot
        (``no.``, ``jr.``, ``mr.``)."""
        honorifics = self.section("corrections", "replaced").get("honorific", [])
        dotted = {fold(w) for w in honorifics if w.endswith(".")}
        return self.abbreviations | self.name_suffixes | frozenset(dotted)

    @cached_property
    def name_suffixes(self) -> frozenset[str]:
        """A name's suffixes (``Jr.``, ``Sr.``): capitalised words ending with one are a name."""
        return self.words("abbreviations", "name_suffixes")

    @cached_property
    def physical_things(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.section("notes", "physical").get("things", []))

    @cached_property
    def rest_words(self) -> frozenset[str]:
        return self.words("gap", "rest_words")

    @cached_property
    def document_words(self) -> frozenset[str]:
        return self.words("gap", "document_words")

    @cached_property
    def replaced_words(self) -> dict[str, str]:
        """``[corrections.replaced]``: each word of a closed class (spaces taken out) and its
        class."""
        classes = self.section("corrections", "replaced")
        return {fold(w).replace(" ", ""): kind for kind, words in classes.items() for w in words}

    @cached_property
    def alike_letters(self) -> frozenset[tuple[str, str]]:
        """``[corrections] alike_letters``: pairs of letters that spell one sound, both orders."""
        pairs = self.section("corrections").get("alike_letters", [])
        return frozenset((a, b) for x, y in pairs for a, b in ((x, y), (y, x)))

    @cached_property
    def spelling_pairs(self) -> tuple[tuple[str, str], ...]:
        """``[corrections.spellings] pairs``: (British, American) spellings of word parts."""
        pairs = self.section("corrections", "spellings").get("pairs", [])
        return tuple((fold(gb), fold(us)) for gb, us in pairs)

    @cached_property
    def document_kinds(self) -> frozenset[str]:
        """The kinds of document a listing's title names (``[listings] document_kinds``)."""
        return self.words("listings", "document_kinds")

    @cached_property
    def unit_order(self) -> dict[str, int]:
        """Units from the finest (0) to the coarsest, ``gap.fine_to_coarse``."""
        return {u: i for i, u in enumerate(self.section("gap").get("fine_to_coarse", []))}

    @cached_property
    def plural_titles(self) -> frozenset[str]:
        """Titles of several people (``Cdes. [I. I. Varnov] and …``): the names complete them."""
        return self.words("gloss", "plural_titles")

    @cached_property
    def physical_things_pattern(self) -> regex.Pattern[str]:
        """Finds a thing on the paper (``stamp``, ``seal``) anywhere in a folded inside."""
        return _alternation(list(self.physical_things))

    @cached_property
    def pseudonyms(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.section("gloss", "pseudonyms").items()}

    @cached_property
    def pseudonyms_by_target(self) -> dict[str, tuple[str, ...]]:
        """For each person (folded), the folded names that stand for them, longest first."""
        out: dict[str, list[str]] = {}
        for name, target in self.pseudonyms.items():
            out.setdefault(fold(target), []).append(name)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


#: What :meth:`Conventions.clear_caches` empties beside a table's own caches.
_CLEARERS: list[Callable[[], None]] = []


def on_clear_caches(clear: Callable[[], None]) -> Callable[[], None]:
    """Have :meth:`Conventions.clear_caches` call ``clear`` too (a module's bounded store that
    empties itself when full: emptied with the rest, a parse after it starts from a known
    state). Returns ``clear``."""
    _CLEARERS.append(clear)
    return clear


_DEFAULT: Conventions | None = None
