"""Whether lacuna runs the compiled build of its hot modules or their pure Python sources.

The modules of :data:`COMPILED` (the normalisation chain's and the parse's per-span Python
loops: the brackets step's context rules and their views, the transliteration, white space and
dates steps) are compiled with mypyc when the package is built (the default; not with
``LACUNA_COMPILE=0``) with mypy and a C compiler at hand (``setup.py``; see docs/design.md,
"Compiled hot modules"). The build writes,
beside the sources (:data:`DIGEST_FILE`), the digest of every source of the package as mypyc
read them and the version of mypy that compiled them. At import, before any of the compiled
modules is imported, :func:`choose` reads it: the compiled modules run only if they were built
from the sources as they are now, all of them together (they call one another directly, not
through the modules' names). Else (no digest, another digest, or ``LACUNA_PURE`` set: see
:func:`forced_pure`) every module of lacuna is imported from its ``.py`` file, and an extension
module of lacuna with no ``.py`` beside it is refused (:class:`_SourceFinder`): compiled files
left by another build are never run. :data:`ACTIVE` tells which build runs. The two builds give
the same outputs (tests/test_compiled.py).

This module is never compiled, and imports the standard library only: ``setup.py`` reads
:data:`COMPILED` and :func:`sources_digest` from it without importing lacuna.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

#: The compiled modules, by name (each one's source is ``src/<name with / for .>.py``).
COMPILED: tuple[str, ...] = (
    "lacuna.parse",
    "lacuna.pairing",
    "lacuna.dates",
    "lacuna.classify.view",
    "lacuna.classify.words",
    "lacuna.classify.inside_facts",
    "lacuna.classify.name_compare",
    "lacuna.classify.names",
    "lacuna.classify.name_spellings",
    "lacuna.classify.name_places",
    "lacuna.classify.corrections",
    "lacuna.classify.transcribers",
    "lacuna.classify.context.chain",
    "lacuna.classify.context.data",
    "lacuna.classify.learned.window",
    "lacuna.normalize.transliteration",
    "lacuna.normalize.automata",
    "lacuna.normalize.romanization.running",
    "lacuna.normalize.steps.edits",
    "lacuna.normalize.steps.markup",
    "lacuna.normalize.steps.spacing",
)

#: The file, in the package, that holds the record of the compiled build: the digest of the
#: sources (:func:`sources_digest`) and the version of mypy, on one line.
DIGEST_FILE = "_compiled.sha256"

#: The values of ``LACUNA_PURE`` that leave the choice to the digest (unset is the same).
NOT_PURE = ("", "0", "false", "no", "off")

#: Whether this process runs the compiled modules (set by :func:`choose`; kept across
#: ``importlib.reload``).
ACTIVE: bool = globals().get("ACTIVE", False)


def source_path(root: Path, name: str) -> Path:
    """The source of the module ``name`` under ``root`` (the directory holding ``lacuna``)."""
    return root.joinpath(*name.split(".")).with_suffix(".py")


def sources_digest(root: Path, mypy_version: str) -> str:
    """The digest of every ``lacuna/**/*.py`` under ``root`` (the compiled modules are
    compiled against the types of the others) and of the version of mypy that compiles them."""
    h = hashlib.sha256(mypy_version.encode())
    package = os.fspath(root / "lacuna")
    found = [
        os.path.join(folder, name)
        for folder, _, names in os.walk(package)
        for name in names
        if name.endswith(".py")
    ]
    for path in sorted(os.path.relpath(p, package).replace(os.sep, "/") for p in found):
        h.update(b"\0" + path.encode() + b"\0")
        with open(os.path.join(package, path), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def record(root: Path, mypy_version: str) -> str:
    """The line :data:`DIGEST_FILE` holds for a build of the sources under ``root``."""
    return f"{sources_digest(root, mypy_version)} {mypy_version}"


def extension_files(root: Path) -> list[Path]:
    """The extension modules (compiled files) of lacuna under ``root``, and mypyc's shared
    libraries beside the package (``separate=False`` builds put one there)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = [p for p in (root / "lacuna").rglob("*") if p.name.endswith(suffixes)]
    return found + [p for p in root.glob("*__mypyc*") if p.name.endswith(suffixes)]


def forced_pure() -> bool:
    """Whether ``LACUNA_PURE`` asks for the sources: any value but unset or one of
    :data:`NOT_PURE` (case ignored), as ``LACUNA_PURE=1``."""
    return os.environ.get("LACUNA_PURE", "").strip().lower() not in NOT_PURE


class _SourceFinder:
    """Finds lacuna's modules before the path finder, which prefers an extension module to the
    ``.py`` beside it: a module of lacuna whose extension module is not allowed is imported from
    its ``.py``, or refused if it has none."""

    def __init__(self, allowed: frozenset[str]) -> None:
        #: The modules whose extension modules may run (the compiled build in use), and their
        #: mypyc libraries
        self.allowed = allowed

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        """The path finder's spec of ``name``, but the ``.py``'s where it would load an
        extension module not allowed (``None``: the other finders' turn)."""
        if not name.startswith("lacuna.") or name in self.allowed:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
            return spec  # (what the path finder would find: not looked up twice)
        source = Path(spec.origin or "").with_name(name.rpartition(".")[2] + ".py")
        if not source.is_file():
            raise ImportError(f"{spec.origin}: a compiled module of another build of lacuna", name=name)
        return importlib.util.spec_from_file_location(name, source)


def _recorded(root: Path) -> tuple[str, str] | None:
    """The digest and mypy version the compiled build recorded, if any."""
    try:
        digest, _, version = (
            (root / "lacuna" / DIGEST_FILE).read_text(encoding="ascii").strip().partition(" ")
        )
    except OSError:
        return None
    return digest, version


def state(root: Path | None = None) -> str:
    """The build beside the sources under ``root`` (lacuna's own by default), whatever
    ``LACUNA_PURE`` says: ``"compiled"`` (a record of these sources), ``"stale"`` (a record of
    other sources: an edit since the build) or ``"pure"`` (no record: no compiled build)."""
    root = Path(__file__).resolve().parent.parent if root is None else root
    recorded = _recorded(root)
    if recorded is None:
        return "pure"
    return "compiled" if recorded[0] == sources_digest(root, recorded[1]) else "stale"


def describe() -> str:
    """One line: which build this process runs, and why."""
    built = state()
    if ACTIVE:
        return f"the compiled modules run ({len(COMPILED)} modules, mypyc)"
    if built == "compiled":
        return "the pure Python modules run (LACUNA_PURE asks for them; the compiled build is current)"
    if built == "stale":
        return "the pure Python modules run (the sources changed since the compiled build: `make compiled`)"
    return "the pure Python modules run (no compiled build)"


def choose() -> bool:
    """Run the compiled modules if they were built from these sources, else the sources (see
    above); a reload keeps the choice made."""
    global ACTIVE
    if any(type(f).__name__ == "_SourceFinder" for f in sys.meta_path):  # (chosen: a reload)
        return ACTIVE
    root = Path(__file__).resolve().parent.parent
    use = False
    if not forced_pure():
        recorded = _recorded(root)
        # (none: the sources, and no hashing. Edited since the build, in an editable install:
        # the edit runs, as written; no warning, which would reach every command's stderr)
        use = recorded is not None and recorded[0] == sources_digest(root, recorded[1])
    allowed = frozenset(COMPILED + tuple(name + "__mypyc" for name in COMPILED)) if use else frozenset()
    sys.meta_path.insert(0, _SourceFinder(allowed))
    ACTIVE = use
    return ACTIVE


if __name__ == "lacuna._compiled":  # (not when setup.py reads this file)
    choose()
