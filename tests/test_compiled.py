"""The compiled build of the hot modules (mypyc, ``lacuna._compiled``) against their sources.

Both builds must read every text the same: the normalised text and its offset map, each span's
category, reading and ``because``. When the compiled build runs (the default of ``make setup``),
the same readings are computed in a process that runs the sources (``LACUNA_PURE=1``) and
compared, and the tests marked ``pure_python`` run in such a process. A
compiled build left beside sources it was not built from (stale) fails here, unless
``LACUNA_PURE`` asks for the sources.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import lacuna
from lacuna import _compiled

ROOT = Path(__file__).resolve().parent.parent

compiled_only = pytest.mark.skipif(not _compiled.ACTIVE, reason="the compiled build is not in use")

#: What the comparison reads, in a process of its own (the build chosen by the environment).
_READ = r"""
import hashlib, json, sys
from pathlib import Path
import lacuna
from lacuna import _compiled

root = Path(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").glob("*.txt"))]
texts += [
    "unpaired [ bracket ] ] and [[nested [spans]]] on 12 January 1947, 1947-01-12",
    "Chou En-lai [Zhou Enlai] met Mao Tse-tung [sic] in Peking [Beijing] [illegible]",
    "\u201cquoted\u201d \u2014 dashes \u2013 and  white\u00a0space\n\n[page 3]\n",
]
out = {"active": _compiled.ACTIVE, "texts": []}
for text in texts:
    result = lacuna.normalize(text)
    blocks = repr(list(result.offsets.blocks())).encode()
    spans = [
        (s.start, s.end, s.category, s.info.because, repr(s.info))
        for s in lacuna.parse(text).spans()
    ]
    out["texts"].append(
        [
            hashlib.sha256(result.text.encode("utf-8", "surrogatepass")).hexdigest(),
            hashlib.sha256(blocks).hexdigest(),
            hashlib.sha256(repr(spans).encode("utf-8", "surrogatepass")).hexdigest(),
        ]
    )
print(json.dumps(out))
"""


def _run(code: str, *args: str, env: dict[str, str]) -> str:
    """The stdout of ``code`` run in a process of its own; its stderr in the failure."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"the process failed ({done.returncode}):\n{done.stderr}"
    return done.stdout


def _read(pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("LACUNA_PURE", None)
    if pure:
        env["LACUNA_PURE"] = "1"
    return json.loads(_run(_READ, str(ROOT), env=env))


def test_a_compiled_build_beside_the_sources_is_of_them() -> None:
    root = Path(_compiled.__file__).parent.parent
    built = _compiled.extension_files(root)
    if not built:
        pytest.skip("no compiled build beside the sources")
    if _compiled.forced_pure():
        pytest.skip("LACUNA_PURE asks for the sources")
    assert _compiled.ACTIVE, (
        f"{len(built)} compiled files of another build of these sources (stale: the sources run);"
        " `make compiled` builds them again, `make clean` or `make pure` removes them"
    )


@compiled_only
def test_compiled_and_pure_builds_read_the_same() -> None:
    compiled, pure = _read(pure=False), _read(pure=True)
    assert compiled["active"] and not pure["active"]
    assert compiled["texts"] == pure["texts"]


@compiled_only
def test_the_compiled_build_is_of_these_sources() -> None:
    root = Path(_compiled.__file__).parent.parent
    recorded = (root / "lacuna" / _compiled.DIGEST_FILE).read_text(encoding="ascii").split()
    assert recorded[0] == _compiled.sources_digest(root, recorded[1])
    for name in _compiled.COMPILED:
        assert not sys.modules[name].__file__.endswith(".py"), name


@compiled_only
def test_the_tests_of_the_pure_internals_pass_on_the_sources() -> None:
    # the tests marked pure_python count or replace a compiled module's functions: skipped in
    # this process (conftest.py), they run here in a process of the sources, chosen by their
    # mark over the whole suite (however it is given: a decorator, pytestmark, a param's marks)
    env = dict(os.environ, LACUNA_PURE="1")
    env.pop("PYTEST_XDIST_WORKER", None)
    args = ["-p", "no:cacheprovider", "-p", "no:randomly", "-p", "no:xdist", "-rs"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *args, "-m", "pure_python and not perf", "tests"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]
    passed = int(summary.split(" passed")[0].split()[-1]) if " passed" in summary else 0
    # (the counting tests of tests/test_dates.py, test_hostile.py, test_grammar.py, … and the
    # ones that replace a compiled module's functions: 103 in all when this was written)
    assert passed >= 100 and "skipped" not in summary, done.stdout[-2000:]


def test_lacuna_pure_runs_the_sources() -> None:
    env = dict(os.environ, LACUNA_PURE="1")
    code = (
        "import sys, lacuna; from lacuna import _compiled;"
        " print(_compiled.ACTIVE, sys.modules['lacuna.parse'].__file__)"
    )
    active, path = _run(code, env=env).split()
    assert active == "False" and path.endswith("parse.py")
    assert [s.category for s in lacuna.parse("there are [no] reasons").spans()] == ["supplied"]


def test_extension_modules_of_another_build_are_not_run(tmp_path: Path) -> None:
    # a compiled file with no source beside it (a module dropped from the compiled set, another
    # branch's build) is refused, and one beside its source gives way to the source
    code = """
import importlib.util, sys
from pathlib import Path
from lacuna import _compiled
finder = _compiled._SourceFinder(frozenset())
d = Path(sys.argv[1])
(d / "m.py").write_text("X = 1")
(d / ("m" + sys.argv[2])).write_bytes(b"")
(d / ("orphan" + sys.argv[2])).write_bytes(b"")
print(finder.find_spec("lacuna.m", [str(d)]).origin)
try:
    finder.find_spec("lacuna.orphan", [str(d)])
except ImportError:
    print("refused")
"""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    origin, refused = _run(code, str(tmp_path), suffix, env=dict(os.environ)).split()
    assert origin == str(tmp_path / "m.py") and refused == "refused"


def test_a_reload_keeps_the_choice() -> None:
    code = (
        "import importlib, sys; from lacuna import _compiled; _compiled.ACTIVE = 'kept';"
        " importlib.reload(_compiled); print(_compiled.ACTIVE,"
        " sum(type(f).__name__ == '_SourceFinder' for f in sys.meta_path))"
    )
    assert _run(code, env=dict(os.environ)).split() == ["kept", "1"]
