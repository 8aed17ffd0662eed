"""The compiled build of the hot modules (mypyc, ``lacuna._compiled``) against their sources.

Both builds must read every text the same: the normalised text and its offset map, each span's
category, reading and ``because``. When the compiled build runs (``make compiled``), the same
readings are computed in a process that runs the sources (``LACUNA_PURE=1``) and compared.
"""

from __future__ import annotations

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
import numpy as np
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
    cols = b"".join(np.ascontiguousarray(c).tobytes() for c in result.offsets._columns)
    spans = [
        (s.start, s.end, s.category, s.info.because, repr(s.info))
        for s in lacuna.parse(text).spans()
    ]
    out["texts"].append(
        [
            hashlib.sha256(result.text.encode("utf-8", "surrogatepass")).hexdigest(),
            hashlib.sha256(cols).hexdigest(),
            hashlib.sha256(repr(spans).encode("utf-8", "surrogatepass")).hexdigest(),
        ]
    )
print(json.dumps(out))
"""


def _read(pure: bool) -> dict:
    env = dict(os.environ)
    env.pop("LACUNA_PURE", None)
    if pure:
        env["LACUNA_PURE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _READ, str(ROOT)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@compiled_only
def test_compiled_and_pure_builds_read_the_same() -> None:
    compiled, pure = _read(pure=False), _read(pure=True)
    assert compiled["active"] and not pure["active"]
    assert compiled["texts"] == pure["texts"]


@compiled_only
def test_the_compiled_build_is_of_these_sources() -> None:
    recorded = (Path(_compiled.__file__).parent / _compiled.DIGEST_FILE).read_text(encoding="ascii")
    assert recorded.strip() == _compiled.sources_digest(Path(_compiled.__file__).parent.parent)
    for name in _compiled.COMPILED:
        assert not sys.modules[name].__file__.endswith(".py"), name


def test_lacuna_pure_runs_the_sources() -> None:
    env = dict(os.environ, LACUNA_PURE="1")
    code = (
        "import sys, lacuna; from lacuna import _compiled;"
        " print(_compiled.ACTIVE, sys.modules['lacuna.parse'].__file__)"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    active, path = done.stdout.split()
    assert active == "False" and path.endswith("parse.py")
    assert [s.category for s in lacuna.parse("there are [no] reasons").spans()] == ["supplied"]
