"""The build of lacuna: pyproject.toml holds the metadata; this file adds the compiled build of
the hot modules (mypyc), a build option with the pure Python modules as its fallback.

With ``LACUNA_COMPILE=1`` (``make compiled``), the modules of ``lacuna._compiled.COMPILED`` are
compiled to C by mypyc and built as extension modules, when mypyc (mypy) and a C compiler are
at hand. By default (the compiled build does not pass every test yet: docs/design.md), without
them, or when mypyc declines the sources, the package is built without them and runs the
``.py`` files (the same outputs). The build writes the digest of the sources it
compiled (``lacuna/_compiled.sha256``): lacuna runs the compiled modules only while the sources
still match it (an edited source, in an editable install, is run as written). See
docs/design.md, "Compiled hot modules".
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"

_spec: dict[str, object] = {"__name__": "lacuna_compiled_spec"}
exec((SRC / "lacuna" / "_compiled.py").read_text(encoding="utf-8"), _spec)
COMPILED: tuple[str, ...] = _spec["COMPILED"]  # type: ignore[assignment]
DIGEST_FILE: str = _spec["DIGEST_FILE"]  # type: ignore[assignment]
sources_digest = _spec["sources_digest"]
source_path = _spec["source_path"]


def _say(message: str) -> None:
    print(f"lacuna setup.py: {message}", file=sys.stderr)


#: The commands that build extension modules (the others, as reading the metadata, need not
#: run mypyc, which type-checks the sources first)
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _compiled_extensions() -> list:
    if not _BUILDS.intersection(sys.argv[1:]):
        return []
    if os.environ.get("LACUNA_COMPILE", "0") != "1":
        if "editable_wheel" in sys.argv[1:]:
            # (an editable build without them: compiled modules left beside the sources by an
            # earlier build are not run any more)
            (SRC / "lacuna" / DIGEST_FILE).unlink(missing_ok=True)
        return []
    if "editable_wheel" in sys.argv[1:] and _built_in_place():
        _say("the compiled modules beside the sources are built from them: kept as they are")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: the pure Python modules only")
        return []
    paths = [str(source_path(Path("src"), name)) for name in COMPILED]
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
        _say(f"mypyc declined the sources ({exc!r}): the pure Python modules only")
        return []
    finally:
        os.chdir(cwd)
    for extension in extensions:
        extension.optional = True  # no C compiler: the build goes on without them
    return extensions


def _built_in_place() -> bool:
    """Whether the compiled modules beside the sources were built from these sources (an
    editable install again, as CI's second one: nothing to build)."""
    try:
        recorded = (SRC / "lacuna" / DIGEST_FILE).read_text(encoding="ascii").strip()
    except OSError:
        return False
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return recorded == sources_digest(SRC) and all(
        source_path(SRC, name).with_suffix(suffix).exists() for name in COMPILED
    )


class BuildExt(build_ext):
    """build_ext that builds the compiled modules in parallel and records the digest of their
    sources, or removes the record when they could not be built (the sources then run)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        built = all(Path(self.get_ext_fullpath(e.name)).exists() for e in self.extensions)
        targets = [Path(self.build_lib) / "lacuna" / DIGEST_FILE]
        if self.inplace:
            targets.append(SRC / "lacuna" / DIGEST_FILE)
        for target in targets:
            if built:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(sources_digest(SRC) + "\n", encoding="ascii")
            elif target.exists():
                target.unlink()
        if not built:
            _say("some compiled module could not be built: the pure Python modules run")


setup(ext_modules=_compiled_extensions(), cmdclass={"build_ext": BuildExt})
