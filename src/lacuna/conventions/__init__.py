"""Editorial conventions as data: the cue words that say what a bracketed span is.

The shipped table is ``lacuna/data/conventions.toml``; a user file is merged over it
(tables key by key, lists extended), so a new reason word or pseudonym needs no code.
:class:`Conventions` holds a loaded table and the word sets and matchers built from it; the
checks of a user's file are in :mod:`lacuna.conventions.checks`, the patterns built from word
lists in :mod:`lacuna.conventions.patterns`.
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from lacuna.conventions.checks import _merge, _shape_problem, _value_problem, _where
from lacuna.conventions.patterns import (
    PLACEHOLDERS,
    _alternation,
    expand_placeholders,
    fold,
    literal_tree,
)
from lacuna.errors import LacunaError
from lacuna.rules import Ruler

__all__ = ["PLACEHOLDERS", "Conventions", "expand_placeholders", "fold", "literal_tree", "on_clear_caches"]


class Conventions:
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

    def section(self, *keys: str) -> Any:
        node: Any = self.data
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return node

    def words(self, section: str, key: str) -> frozenset[str]:
        """The word list ``[section] key`` of the table, folded (empty when the table has none)."""
        cached = self._cache.get(f"words {section} {key}")
        if cached is None:
            cached = frozenset(fold(str(w)) for w in self.section(section).get(key, []))
            self._cache[f"words {section} {key}"] = cached
        return cached

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
        return frozenset(fold(w) for w in self.section("gap").get("filler", []))

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
        return frozenset(fold(w) for w in self.section("page_break").get("words", []))

    @cached_property
    def page_qualifiers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("page_break").get("qualifiers", []))

    @property
    def footnote_max_digits(self) -> int:
        return int(self.section("footnote").get("max_digits", 3))

    @cached_property
    def named_things(self) -> frozenset[str]:
        """Common nouns a bracketed name after them names (``the book [Capital]``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("named_things", []))

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
        return frozenset(fold(w) for w in self.section("gloss").get("relative_times", []))

    @cached_property
    def institution_words(self) -> frozenset[str]:
        """The generic words that end an institution's name (``Company``, ``Hospital``):
        ``[gloss] institution_words``."""
        return frozenset(fold(w) for w in self.section("gloss").get("institution_words", []))

    @cached_property
    def kin_words(self) -> frozenset[str]:
        """Words of kinship (``mother``, ``brother``): a bracketed name after one names the
        relative (``[gloss] kin_words``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("kin_words", []))

    @cached_property
    def salutations(self) -> frozenset[str]:
        """Words that open a letter's salutation (``My dear Mother,``): a bracketed name after
        the salutation names the addressee (``[gloss] salutations``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("salutations", []))

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
        return frozenset(fold(w) for w in self.section("gloss").get("calendar_eras", []))

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
    def uncounted_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gap").get("uncounted_words", []))

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
        return frozenset(fold(w) for w in self.section("abbreviations").get("words", []))

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
        return frozenset(fold(w) for w in self.section("abbreviations").get("name_suffixes", []))

    @cached_property
    def physical_things(self) -> frozenset[str]:
        return frozenset(fold(t) for t in self.section("notes", "physical").get("things", []))

    @cached_property
    def rest_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gap").get("rest_words", []))

    @cached_property
    def document_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gap").get("document_words", []))

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
        return frozenset(fold(w) for w in self.section("listings").get("document_kinds", []))

    @cached_property
    def unit_order(self) -> dict[str, int]:
        """Units from the finest (0) to the coarsest, ``gap.fine_to_coarse``."""
        return {u: i for i, u in enumerate(self.section("gap").get("fine_to_coarse", []))}

    @cached_property
    def plural_titles(self) -> frozenset[str]:
        """Titles of several people (``Cdes. [I. I. Varnov] and …``): the names complete them."""
        return frozenset(fold(w) for w in self.section("gloss").get("plural_titles", []))

    @cached_property
    def physical_things_pattern(self) -> regex.Pattern[str]:
        """Finds a thing on the paper (``stamp``, ``seal``) anywhere in a folded inside."""
        return _alternation(list(self.physical_things))

    @cached_property
    def determiners(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("determiners", []))

    @cached_property
    def name_links(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("name_links", []))

    @cached_property
    def clause_nouns(self) -> frozenset[str]:
        """Nouns a clause follows without ``that`` (``[gloss] clause_nouns``: ``the way [the
        money] is distributed``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("clause_nouns", []))

    @cached_property
    def possessive_determiners(self) -> frozenset[str]:
        """Determiners that need the noun after them (``[gloss] possessive_determiners``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("possessive_determiners", []))

    @cached_property
    def owner_words(self) -> frozenset[str]:
        """Words that say whose a thing or a relative is (``[gloss] owner_words``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("owner_words", []))

    @cached_property
    def verb_endings(self) -> tuple[tuple[str, ...], int]:
        """The endings of a verb in the past tense and its fewest letters (``[gloss]
        verb_endings``, ``verb_letters``)."""
        section = self.section("gloss")
        endings = tuple(fold(w) for w in section.get("verb_endings", []))
        return endings, int(section.get("verb_letters", 5))

    def past_verb(self, folded: str) -> bool:
        """Whether a folded word is a verb in the past tense told by its ending (``[gloss]
        verb_endings``, at least ``verb_letters`` letters: ``informed``)."""
        endings, letters = self.verb_endings
        return len(folded) >= letters and folded.endswith(endings)

    @cached_property
    def object_pronouns(self) -> frozenset[str]:
        """Pronouns that stand as a verb's object (``[gloss] object_pronouns``: ``them``)."""
        return self.words("gloss", "object_pronouns")

    @cached_property
    def complement_verbs(self) -> frozenset[str]:
        """Verbs whose complement or second object follows their object (``[gloss]
        complement_verbs``: ``We consider it [a great honour]``)."""
        return self.words("gloss", "complement_verbs")

    @cached_property
    def measure_words(self) -> frozenset[str]:
        """Last words of a time, degree or manner phrase (``[gloss] measure_words``: ``later``)."""
        return self.words("gloss", "measure_words")

    @cached_property
    def object_verbs(self) -> frozenset[str]:
        """Verbs taking a name as their object in forms their ending does not tell
        (``[gloss] object_verbs``: ``turn``, ``told``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("object_verbs", []))

    @cached_property
    def word_kinds(self) -> tuple[int, tuple[tuple[str, str], ...]]:
        """``[gloss.kinds]``: the fewest letters of a word whose kind its ending tells, and the
        (ending, kind) pairs, longest ending first."""
        kinds = self.section("gloss").get("kinds", {})
        pairs = [(fold(str(e)), kind) for kind in ("noun", "adjective") for e in kinds.get(kind, [])]
        return int(kinds.get("kind_letters", 6)), tuple(sorted(pairs, key=lambda p: -len(p[0])))

    @cached_property
    def name_particles(self) -> frozenset[str]:
        """Lower-case particles of personal names (``[gloss] name_particles``: al, ibn, van)."""
        return frozenset(fold(w) for w in self.section("gloss").get("name_particles", []))

    @cached_property
    def field_labels(self) -> frozenset[str]:
        """A database's field labels (``[records] field_labels``: ``Date``, ``Notes``), folded."""
        return frozenset(fold(str(w)) for w in self.section("records").get("field_labels") or ())

    @cached_property
    def continuing_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("continuing_words", []))

    @cached_property
    def role_modifiers(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("role_modifiers", []))

    @cached_property
    def function_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("function_words", []))

    @cached_property
    def titles(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("titles", []))

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("pronouns", []))

    @cached_property
    def described_name_leads(self) -> frozenset[str]:
        """Words a name stands after when a description follows it (``[gloss]
        described_name_leads``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("described_name_leads", []))

    @cached_property
    def described_time_words(self) -> frozenset[str]:
        """Words of time, no description's (``[gloss] described_time_words``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("described_time_words", []))

    @cached_property
    def described_pronoun_heads(self) -> frozenset[str]:
        """Head nouns of a description after a pronoun (``[gloss] described_pronoun_heads``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("described_pronoun_heads", []))

    @cached_property
    def particle_words(self) -> frozenset[str]:
        """Words that double as a verb's particle (``[corrections] particle_words``)."""
        return frozenset(fold(w) for w in self.section("corrections").get("particle_words", []))

    @cached_property
    def bracket_only(self) -> frozenset[str]:
        """Words of a closed class read only as the bracketed word, never as the writer's word
        it replaces (``[corrections] bracket_only``: ``as``)."""
        return frozenset(fold(w) for w in self.section("corrections").get("bracket_only", []))

    @cached_property
    def after_particle(self) -> frozenset[str]:
        """Prepositions a verb takes after its particle (``[corrections] after_particle``)."""
        return frozenset(fold(w) for w in self.section("corrections").get("after_particle", []))

    @cached_property
    def navigation_words(self) -> frozenset[str]:
        """Words marking a navigation bar's link (``[navigation] words``)."""
        return frozenset(fold(w) for w in self.section("navigation").get("words", []))

    @cached_property
    def notes_headings(self) -> frozenset[str]:
        """The headings of a list of notes (``[page_break] notes_headings``)."""
        return frozenset(fold(w) for w in self.section("page_break").get("notes_headings", []))

    @cached_property
    def identified_pronouns(self) -> frozenset[str]:
        """Pronouns a noun phrase or name after them identifies (``[gloss] identified_pronouns``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("identified_pronouns", []))

    @cached_property
    def demonstratives(self) -> frozenset[str]:
        """Of the identified pronouns, those that also open a noun phrase (``[gloss] demonstratives``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("demonstratives", []))

    @cached_property
    def pointing_pronouns(self) -> frozenset[str]:
        """Demonstratives standing as pronouns, a noun phrase with its article after them saying
        what they point at (``[gloss] pointing_pronouns``: ``I presented this [the discovery of
        the neutron] in the seminar``)."""
        return self.words("gloss", "pointing_pronouns")

    @cached_property
    def identified_phrases(self) -> frozenset[str]:
        """A demonstrative and a word for a person that a name after them identifies, as it does
        a pronoun (``[gloss] identified_phrases``: ``this man``)."""
        return frozenset(fold(w) for w in self.section("gloss").get("identified_phrases", []))

    @cached_property
    def identified_heads(self) -> frozenset[str]:
        """The last words of ``[gloss] identified_phrases`` (``man``, ``woman`` …)."""
        return frozenset(p.rsplit(None, 1)[-1] for p in self.identified_phrases)

    @cached_property
    def original_words(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.section("gloss").get("original_words", []))

    @cached_property
    def english(self) -> frozenset[str]:
        """The English lexicon (``gloss.lexicon``, in ``lacuna/data``) plus ``gloss.english_extra``."""
        name = str(self.section("gloss").get("lexicon", "english-words.json"))
        words: set[str] = set()
        if name:
            words.update(_lexicon(name))
        words.update(fold(w) for w in self.section("gloss").get("english_extra", []))
        return frozenset(words - self.original_words)

    @cached_property
    def english_shape(self) -> tuple[frozenset[str], int, int]:
        """``[gloss.shape]``: the letter trigrams that at least ``rarest_trigram`` words of the
        English lexicon hold (a word's start ``^`` and end ``$`` marked), the fewest letters of
        a word judged by its shape, and the most words of an English rendering."""
        shape = self.section("gloss").get("shape", {})
        rarest = int(shape.get("rarest_trigram", 3))
        counts = Counter(t for w in self.english for t in {f"^{w}$"[i : i + 3] for i in range(len(w))})
        common = frozenset(t for t, n in counts.items() if n >= rarest)
        return common, int(shape.get("shape_letters", 4)), int(shape.get("rendering_words", 8))

    def english_shaped(self, word: str) -> bool:
        """Whether every letter trigram of a lower-case word (start and end marked) is common in
        the English lexicon (:attr:`english_shape`): the word has an English word's shape."""
        common = self.english_shape[0]
        marked = f"^{word}$"
        return all(marked[i : i + 3] in common for i in range(len(word)))

    def is_english(self, word: str) -> bool:
        """Whether a lower-case word is English: in the lexicon, or an inflection of a word in it."""
        w = fold(word)
        if self._english_stem(w):
            return True
        for prefix in _PREFIXES:
            if len(w) > len(prefix) + 3 and w.startswith(prefix) and self._english_stem(w[len(prefix) :]):
                return True
        return False

    def _english_stem(self, w: str) -> bool:
        english = self.english
        if w in english:
            return True
        for suffix, repl in _INFLECTIONS:
            if len(w) > len(suffix) + 2 and w.endswith(suffix) and w[: -len(suffix)] + repl in english:
                return True
        return False

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

# (suffix, replacement) pairs that undo common inflections and British spellings.
_INFLECTIONS = (
    ("'s", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"),
    ("ing", ""), ("ing", "e"), ("ly", ""), ("ily", "y"), ("ally", ""), ("er", ""), ("est", ""),
    ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("our", "or"),
    ("ence", "ense"), ("tre", "ter"), ("ment", ""), ("ness", ""), ("ity", ""),
)  # fmt: skip


_PREFIXES = (
    "re", "un", "non", "non-", "anti", "anti-", "counter", "co", "pre", "post", "inter", "sub",
    "over", "under",
)  # fmt: skip


@functools.cache
def _lexicon(name: str) -> frozenset[str]:
    """The words of a lexicon file shipped in ``lacuna/data`` (a JSON object with ``words``)."""
    text = resources.files("lacuna.data").joinpath(name).read_text("utf-8")
    return frozenset(json.loads(text)["words"].split())
