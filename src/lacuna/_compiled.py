"""Whether lacuna runs the compiled build of its hot modules or their pure Python sources.

The modules of :data:`COMPILED` (the normalisation chain's and the parse's per-span Python
loops: the brackets step's context rules and their views, the transliteration, white space and
dates steps) are compiled with mypyc when the package is built with a C compiler at hand
(``setup.py``; see docs/design.md, "Compiled hot modules"). The build writes the digest of
those sources beside them (:data:`DIGEST_FILE`). At import, before any of them is imported,
:func:`choose` reads it: the compiled modules run only if they were built from the sources as
they are now, all of them together (they call one another directly, not through the modules'
names); else, and when ``LACUNA_PURE=1`` is set, every one of them is imported from its
``.py`` file (:data:`ACTIVE` tells which ran). The two builds give the same outputs (tests/test_compiled.py).

This module is never compiled, and imports the standard library only: ``setup.py`` reads
:data:`COMPILED` and :func:`sources_digest` from it without importing lacuna.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

#: The compiled modules, by name (each one's source is ``src/<name with / for .>.py``).
COMPILED: tuple[str, ...] = (
    "lacuna.parse",
    "lacuna.dates",
    "lacuna.classify.view",
    "lacuna.classify.words",
    "lacuna.classify.names",
    "lacuna.classify.corrections",
    "lacuna.classify.transcribers",
    "lacuna.classify.context.chain",
    "lacuna.classify.context.data",
    "lacuna.classify.learned.window",
    "lacuna.normalize.transliteration",
    "lacuna.normalize.romanization.running",
    "lacuna.normalize.steps.edits",
    "lacuna.normalize.steps.markup",
    "lacuna.normalize.steps.spacing",
)

#: The file, in the package, that holds the digest of the sources the compiled modules were
#: built from.
DIGEST_FILE = "_compiled.sha256"

#: Whether this process runs the compiled modules (set by :func:`choose`).
ACTIVE = False


def source_path(root: Path, name: str) -> Path:
    """The source of the module ``name`` under ``root`` (the directory holding ``lacuna``)."""
    return root.joinpath(*name.split(".")).with_suffix(".py")


def sources_digest(root: Path) -> str:
    """The digest of the compiled modules' sources under ``root``, in :data:`COMPILED` order."""
    h = hashlib.sha256()
    for name in COMPILED:
        h.update(name.encode())
        h.update(b"\0")
        h.update(source_path(root, name).read_bytes())
        h.update(b"\0")
    return h.hexdigest()


class _SourceFinder:
    """Finds the compiled modules' ``.py`` files (before the path finder, which prefers the
    extension modules beside them)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        if name not in COMPILED:
            return None
        source = source_path(self.root, name)
        loader = importlib.machinery.SourceFileLoader(name, str(source))
        return importlib.util.spec_from_file_location(name, source, loader=loader)


def _built(root: Path) -> bool:
    """Whether a compiled module lies beside the sources."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    first = source_path(root, COMPILED[0])
    return any(first.with_suffix(s).exists() for s in suffixes)


def choose() -> bool:
    """Run the compiled modules if they match the sources, else their sources (see above)."""
    global ACTIVE
    root = Path(__file__).resolve().parent.parent
    if any(name in sys.modules for name in COMPILED):  # (already chosen: a reload)
        return ACTIVE
    if not _built(root):
        ACTIVE = False
        return ACTIVE
    use = os.environ.get("LACUNA_PURE", "") in ("", "0")
    if use:
        try:
            recorded = (root / "lacuna" / DIGEST_FILE).read_text(encoding="ascii").strip()
        except OSError:
            recorded = ""
        # (edited since the build, in an editable install: the edit runs, as written; no
        # warning, which would reach every command's stderr: `pip install -e .` rebuilds)
        use = recorded == sources_digest(root)
    if not use:
        sys.meta_path.insert(0, _SourceFinder(root))
    ACTIVE = use
    return ACTIVE


if __name__ == "lacuna._compiled":  # (not when setup.py reads this file)
    choose()
