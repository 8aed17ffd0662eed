"""Restoration candidates: the words other witnesses have where a witness has a gap.

For each gap of each witness, the candidate from another witness is that witness's words
in the same run of differing columns of the alignment (between two columns where every
witness agrees). Each candidate names both witnesses and is checked against the extent
the gap states (``[2 words missing]``), with :func:`lacuna.lacunae.fit`: a candidate
longer (or shorter) than the extent allows is marked ``conflicting``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from lacuna.ast import Document, SpanInfo
from lacuna.collate.tokens import Token
from lacuna.conventions import Conventions

if TYPE_CHECKING:
    from lacuna.collate.table import Alignment

__all__ = ["Restoration", "gap_restorations", "restorations"]


@dataclass(frozen=True, slots=True)
class Restoration:
    """Words of witness ``witness`` where witness ``gap_witness`` has a gap.

    ``gap_start``/``gap_end`` are the gap's offsets in ``gap_witness``; ``text`` the other
    witness's words as written joined by single spaces; ``start``/``end`` their offsets
    there; ``words`` how many; ``statuses`` their editorial statuses there. ``alone`` is
    True when the gap is the only word of ``gap_witness`` in the differing run, so the
    words fill exactly the gap (False: the run also holds other words of that witness and
    the candidate covers them too). ``fit`` is ``agrees``, ``conflicts`` or ``unchecked``
    (the gap states no countable extent); ``conflicting`` is ``fit == "conflicts"``.
    """

    witness: str | None
    gap_start: int
    gap_end: int
    text: str
    start: int
    end: int
    words: int
    statuses: tuple[str, ...]
    alone: bool
    gap_witness: str | None = None
    fit: str = "unchecked"

    @property
    def conflicting(self) -> bool:
        return self.fit == "conflicts"

    def to_dict(self) -> dict[str, Any]:
        return {
            "witness": self.witness,
            "gap_witness": self.gap_witness,
            "gap_start": self.gap_start,
            "gap_end": self.gap_end,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "statuses": list(self.statuses),
            "alone": self.alone,
            "conflicting": self.conflicting,
            "fit": self.fit,
        }


def extent_fit(info: SpanInfo | None, words: int) -> str:
    """Whether ``words`` words fill a gap that says ``info`` (see :func:`lacuna.lacunae.fit`)."""
    from lacuna.lacunae import fit, gap_estimate  # lacunae imports this module

    if info is None:
        return "unchecked"
    return fit(words, info.unit, gap_estimate(info))


def gap_restorations(al: Alignment) -> list[Restoration]:
    """Candidates for every gap of every witness of ``al`` (witness order, then gap order)."""
    out: list[Restoration] = []
    runs = _differing_runs(al)
    starts = [lo for lo, _ in runs]
    n = len(al.sigla)
    for w in range(n):
        toks = al.tokens[w]
        cols = al.column_of[w]
        for i, tok in enumerate(toks):
            if tok.status != "gap":
                continue
            r = bisect.bisect_right(starts, cols[i]) - 1
            if r < 0 or runs[r][1] <= cols[i]:
                continue  # every witness has a gap here
            lo, hi = runs[r]
            mine = bisect.bisect_left(cols, hi) - bisect.bisect_left(cols, lo)
            for o in range(n):
                if o == w:
                    continue
                ocols = al.column_of[o]
                part = al.tokens[o][bisect.bisect_left(ocols, lo) : bisect.bisect_left(ocols, hi)]
                theirs = [t for t in part if t.status != "gap"]
                if theirs:
                    out.append(_candidate(al.sigla[o], al.sigla[w], tok, theirs, mine == 1))
    return out


def _candidate(witness: str, gap_witness: str, gap: Token, theirs: list[Token], alone: bool) -> Restoration:
    return Restoration(
        witness,
        gap.start,
        gap.end,
        " ".join(t.text for t in theirs),
        theirs[0].start,
        theirs[-1].end,
        len(theirs),
        tuple(t.status for t in theirs),
        alone,
        gap_witness,
        extent_fit(gap.info, len(theirs)),
    )


def _differing_runs(al: Alignment) -> list[tuple[int, int]]:
    """Maximal runs of columns where the witnesses do not all agree (all-gap columns agree)."""
    runs: list[tuple[int, int]] = []
    lo = -1
    for k in range(al.n_columns):
        if al.is_variant(k):
            if lo < 0:
                lo = k
        elif lo >= 0:
            runs.append((lo, k))
            lo = -1
    if lo >= 0:
        runs.append((lo, al.n_columns))
    return runs


def restorations(
    doc: Document | str, other: Document | str, *, conventions: Conventions | None = None
) -> list[Restoration]:
    """For each gap of ``doc`` aligned with words in ``other``: those words (document order)."""
    from lacuna.collate.table import collate

    al = collate([doc, other], sigla=["a", "b"], conventions=conventions)
    names = [w.name for w in al.witnesses]
    return [
        replace(r, witness=names[1], gap_witness=names[0]) for r in al.restorations if r.gap_witness == "a"
    ]
