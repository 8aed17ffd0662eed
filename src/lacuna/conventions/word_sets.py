"""Word sets of English grammar a conventions table holds (determiners, pronouns, verbs that
take an object, particles of names …), read by the classifier's context rules."""

from __future__ import annotations

from functools import cached_property

from lacuna.conventions.patterns import fold
from lacuna.conventions.table import Table


class WordSets(Table):
    """The grammar's word sets of :class:`~lacuna.conventions.Conventions`."""

    @cached_property
    def determiners(self) -> frozenset[str]:
        return self.words("gloss", "determiners")

    @cached_property
    def name_links(self) -> frozenset[str]:
        return self.words("gloss", "name_links")

    @cached_property
    def clause_nouns(self) -> frozenset[str]:
        """Nouns a clause follows without ``that`` (``[gloss] clause_nouns``: ``the way [the
        money] is distributed``)."""
        return self.words("gloss", "clause_nouns")

    @cached_property
    def possessive_determiners(self) -> frozenset[str]:
        """Determiners that need the noun after them (``[gloss] possessive_determiners``)."""
        return self.words("gloss", "possessive_determiners")

    @cached_property
    def owner_words(self) -> frozenset[str]:
        """Words that say whose a thing or a relative is (``[gloss] owner_words``)."""
        return self.words("gloss", "owner_words")

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
        return self.words("gloss", "object_verbs")

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Verbs of saying and their like, in every form (``[gloss] speech_verbs``: ``said``,
        ``replies``, ``repeating``)."""
        return self.words("gloss", "speech_verbs")

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
        return self.words("gloss", "name_particles")

    @cached_property
    def field_labels(self) -> frozenset[str]:
        """A database's field labels (``[records] field_labels``: ``Date``, ``Notes``), folded."""
        return frozenset(fold(str(w)) for w in self.section("records").get("field_labels") or ())

    @cached_property
    def continuing_words(self) -> frozenset[str]:
        return self.words("gloss", "continuing_words")

    @cached_property
    def role_modifiers(self) -> frozenset[str]:
        return self.words("gloss", "role_modifiers")

    @cached_property
    def function_words(self) -> frozenset[str]:
        return self.words("gloss", "function_words")

    @cached_property
    def titles(self) -> frozenset[str]:
        return self.words("gloss", "titles")

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return self.words("gloss", "pronouns")

    @cached_property
    def described_name_leads(self) -> frozenset[str]:
        """Words a name stands after when a description follows it (``[gloss]
        described_name_leads``)."""
        return self.words("gloss", "described_name_leads")

    @cached_property
    def described_time_words(self) -> frozenset[str]:
        """Words of time, no description's (``[gloss] described_time_words``)."""
        return self.words("gloss", "described_time_words")

    @cached_property
    def described_pronoun_heads(self) -> frozenset[str]:
        """Head nouns of a description after a pronoun (``[gloss] described_pronoun_heads``)."""
        return self.words("gloss", "described_pronoun_heads")

    @cached_property
    def particle_words(self) -> frozenset[str]:
        """Words that double as a verb's particle (``[corrections] particle_words``)."""
        return self.words("corrections", "particle_words")

    @cached_property
    def bracket_only(self) -> frozenset[str]:
        """Words of a closed class read only as the bracketed word, never as the writer's word
        it replaces (``[corrections] bracket_only``: ``as``)."""
        return self.words("corrections", "bracket_only")

    @cached_property
    def neighbour_blockers(self) -> frozenset[str]:
        """Words after which the word before a bracket expects a word supplied, not set right
        (``[corrections] neighbour_blockers``: ``the``, ``should``)."""
        return self.words("corrections", "neighbour_blockers")

    @cached_property
    def tense_classes(self) -> frozenset[str]:
        """Classes of ``[corrections.replaced]`` whose bracketed word may be another tense given
        beside the writer's (``[corrections] tense_classes``: ``form of be``)."""
        return self.words("corrections", "tense_classes")

    @cached_property
    def tense_joiners(self) -> frozenset[str]:
        """Words joining another verb after such a bracket (``[corrections] tense_joiners``)."""
        return self.words("corrections", "tense_joiners")

    @cached_property
    def clause_openers(self) -> frozenset[str]:
        """Wh-words opening a clause before such a bracket (``[corrections] clause_openers``)."""
        return self.words("corrections", "clause_openers")

    @cached_property
    def after_particle(self) -> frozenset[str]:
        """Prepositions a verb takes after its particle (``[corrections] after_particle``)."""
        return self.words("corrections", "after_particle")

    @cached_property
    def navigation_words(self) -> frozenset[str]:
        """Words marking a navigation bar's link (``[navigation] words``)."""
        return self.words("navigation", "words")

    @cached_property
    def pagination_words(self) -> tuple[str, ...]:
        """Words saying a text's numbers in brackets give its pagination (``[page_break]
        pagination_words``), sorted."""
        return tuple(sorted(self.words("page_break", "pagination_words")))

    @cached_property
    def notes_headings(self) -> frozenset[str]:
        """The headings of a list of notes (``[page_break] notes_headings``)."""
        return self.words("page_break", "notes_headings")

    @cached_property
    def identified_pronouns(self) -> frozenset[str]:
        """Pronouns a noun phrase or name after them identifies (``[gloss] identified_pronouns``)."""
        return self.words("gloss", "identified_pronouns")

    @cached_property
    def demonstratives(self) -> frozenset[str]:
        """Of the identified pronouns, those that also open a noun phrase (``[gloss] demonstratives``)."""
        return self.words("gloss", "demonstratives")

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
        return self.words("gloss", "identified_phrases")

    @cached_property
    def identified_heads(self) -> frozenset[str]:
        """The last words of ``[gloss] identified_phrases`` (``man``, ``woman`` …)."""
        return frozenset(p.rsplit(None, 1)[-1] for p in self.identified_phrases)
