"""The build of lacuna: pyproject.toml holds the metadata; this file adds the compiled build of
the hot modules (mypyc), the default, with the pure Python modules as its fallback.

The modules of ``lacuna._compiled.COMPILED`` are compiled to C by mypyc and built as extension
modules when mypyc (mypy, a build requirement in pyproject.toml; ``make setup`` installs it in
the environment and builds with ``--no-build-isolation``), a C compiler and Python's headers are
at hand. ``LACUNA_COMPILE=0`` (or ``false``, ``no``, ``off``) builds the pure modules. Without
them, or when mypyc declines the sources, or the C compiler fails, the package is built without
them and runs the ``.py`` files (the same outputs): one line says why (stderr, which pip shows
with ``-v``; and ``build/lacuna-compiled.txt``, which ``make setup`` prints), and the install
goes on. An editable build of the pure modules removes the compiled files an earlier build left
beside the sources. The compiled build records the digest of the sources as mypyc read them and
mypy's version (``lacuna/_compiled.sha256``): lacuna runs the compiled modules only while the
sources still match it (an edited source, in an editable install, is run as written). See
docs/design.md, "Compiled hot modules".
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, LinkError

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"

_spec: dict[str, object] = {"__name__": "lacuna_compiled_spec"}
exec((SRC / "lacuna" / "_compiled.py").read_text(encoding="utf-8"), _spec)
COMPILED: tuple[str, ...] = _spec["COMPILED"]  # type: ignore[assignment]
DIGEST_FILE: str = _spec["DIGEST_FILE"]  # type: ignore[assignment]
record: Callable[[Path, str], str] = _spec["record"]  # type: ignore[assignment]
source_path: Callable[[Path, str], Path] = _spec["source_path"]  # type: ignore[assignment]
extension_files: Callable[[Path], list[Path]] = _spec["extension_files"]  # type: ignore[assignment]

#: The record of the sources mypyc compiled (``lacuna._compiled.record``), taken as it read
#: them; written beside the compiled modules once they are built
_RECORD: list[str] = []


#: Where the reason of the last fallback to the pure modules is written (one line), for
#: ``make setup`` to show (pip shows a build's stderr only with ``-v``)
FALLBACK_NOTE = ROOT / "build" / "lacuna-compiled.txt"

#: The values of ``LACUNA_COMPILE`` that ask for the pure modules (case ignored)
_PURE_BUILD = ("0", "false", "no", "off")


def _say(message: str) -> None:
    """Tell the builder (stderr: pip shows it with ``-v``)."""
    print(f"lacuna setup.py: {message}", file=sys.stderr)


def _fall_back(reason: str) -> list[Extension]:
    """The pure modules only, for ``reason`` (told, and noted in :data:`FALLBACK_NOTE`)."""
    message = f"{reason}: the pure Python modules only"
    _say(message)
    try:
        FALLBACK_NOTE.parent.mkdir(parents=True, exist_ok=True)
        FALLBACK_NOTE.write_text(message + "\n", encoding="utf-8")
    except OSError:  # (a read-only source tree: stderr has it)
        pass
    _remove_in_place()
    return []


def _no_compiler() -> str | None:
    """Why no C extension can be built here, if it is plain before mypyc's minute of work: no
    Python headers, no C compiler on the path (else None; a compiler that fails is met later:
    the extensions are optional)."""
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        return f"no Python headers ({include / 'Python.h'} is missing)"
    if sys.platform == "win32":  # (MSVC is found by setuptools, not on the path)
        return None
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    words = shlex.split(cc)
    if not words or shutil.which(words[0]) is None:
        return f"no C compiler ({cc!r} is not on the path)"
    return None


#: The commands that build extension modules (the others, as reading the metadata, need not
#: run mypyc, which type-checks the sources first)
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}

#: The commands that build beside the sources (an editable install)
_IN_PLACE = {"editable_wheel", "develop"}


def _remove_in_place() -> None:
    """Remove the compiled files and the record an earlier build left beside the sources (an
    editable build of the pure modules) and in ``build/`` (a wheel of the pure modules, which
    would otherwise take them): stale compiled files are never left to run."""
    roots = sorted(ROOT.glob("build/lib*"))
    if _IN_PLACE.intersection(sys.argv[1:]):
        roots.append(SRC)
    for root in roots:
        (root / "lacuna" / DIGEST_FILE).unlink(missing_ok=True)
        stale = extension_files(root)
        for path in stale:
            path.unlink()
        if stale:
            _say(f"removed the {len(stale)} compiled files of an earlier build in {root}")


def _compiled_extensions() -> list[Extension]:
    """The extension modules to build: mypyc's of the compiled modules, unless
    ``LACUNA_COMPILE=0`` or mypyc, a C compiler or the Python headers are missing, or mypyc
    declines the sources (then none)."""
    if not _BUILDS.intersection(sys.argv[1:]):
        return []
    FALLBACK_NOTE.unlink(missing_ok=True)
    if os.environ.get("LACUNA_COMPILE", "1").strip().lower() in _PURE_BUILD:
        _say("LACUNA_COMPILE=0: the pure Python modules only")
        _remove_in_place()
        return []
    try:
        from mypy.version import __version__ as mypy_version
        from mypyc.build import mypycify
    except ImportError:
        return _fall_back("mypyc (mypy) is not installed in the build's environment")
    missing = _no_compiler()
    if missing is not None:
        return _fall_back(missing)
    if _IN_PLACE.intersection(sys.argv[1:]) and _built_in_place(mypy_version):
        _say("the compiled modules beside the sources are built from them: kept as they are")
        return []
    paths = [str(source_path(Path("src"), name)) for name in COMPILED]
    before = record(SRC, mypy_version)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        extensions = mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *paths],
            opt_level="3",
            # (one C file per module: the C compiler can build them in parallel)
            separate=True,
        )
    except (Exception, SystemExit) as exc:  # mypyc declines the sources: type errors, …
        return _fall_back(f"mypyc declined the sources ({exc!r})")
    finally:
        os.chdir(cwd)
    if record(SRC, mypy_version) != before:
        return _fall_back("the sources changed while mypyc read them")
    _RECORD[:] = [before]
    for extension in extensions:
        extension.optional = True  # no C compiler: the build goes on without them
    return extensions


def _built_in_place(mypy_version: str) -> bool:
    """Whether the compiled modules beside the sources were built from these sources by this
    mypy (an editable install again, as CI's second one: nothing to build)."""
    try:
        recorded = (SRC / "lacuna" / DIGEST_FILE).read_text(encoding="ascii").strip()
    except OSError:
        return False
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return recorded == record(SRC, mypy_version) and all(
        source_path(SRC, name).with_suffix(suffix).exists() for name in COMPILED
    )


class BuildExt(build_ext):
    """build_ext that builds the compiled modules in parallel and records the digest of their
    sources, or removes the record when they could not be built (the sources then run)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1
        #: The compiled modules whose build failed (the C compiler's error): the extensions are
        #: optional, so setuptools goes on without them, and a file of an earlier build may
        #: still be where this one would have put it
        self.failed: set[str] = set()

    def build_extension(self, ext: Extension) -> None:
        """Build ``ext``, noting it in :attr:`failed` if the C compiler fails (then re-raise:
        setuptools skips an optional extension that fails)."""
        try:
            super().build_extension(ext)
        except (CCompilerError, CompileError, ExecError, LinkError):
            self.failed.add(ext.name)
            raise

    def run(self) -> None:
        """Build, then record the digest of the sources built (or remove a stale record), and
        in place remove the compiled files of an earlier build that this one did not make."""
        super().run()
        if not self.extensions:
            return
        made = {Path(self.get_ext_fullpath(e.name)).resolve() for e in self.extensions}
        # (a file in place is not proof: one the C compiler failed to rebuild is the earlier
        # build's; and one it built but failed to copy is missing)
        built = bool(_RECORD) and not self.failed and all(path.exists() for path in made)
        targets = [Path(self.build_lib) / "lacuna" / DIGEST_FILE]
        if self.inplace:
            targets.append(SRC / "lacuna" / DIGEST_FILE)
            for path in extension_files(SRC):
                if not built or path.resolve() not in made:
                    path.unlink()
        for target in targets:
            if built:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_RECORD[0] + "\n", encoding="ascii")
            else:
                target.unlink(missing_ok=True)
        if not built:
            if self.failed:
                for path in made:  # (what is left is an earlier build's: never run)
                    path.unlink(missing_ok=True)
            failed = f" ({', '.join(sorted(self.failed))})" if self.failed else ""
            _fall_back(f"some compiled module could not be built{failed} (the C compiler failed)")


setup(ext_modules=_compiled_extensions(), cmdclass={"build_ext": BuildExt})
