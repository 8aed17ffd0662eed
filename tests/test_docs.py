"""The examples in docs/ are what the commands print: each ``$ command`` block is run.

An example is an indented block: lines starting with ``$ `` are commands (a trailing ``\\``
continues one), the lines after them up to the next command or the end of the block are the
expected output (standard output and standard error together). The documents' examples run in
order in one scratch folder holding a copy of ``corpus/``, so a file one example makes
(``b.txt``, ``broken.txt``) is there for the next; ``cd`` lasts for the rest of the block only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The documents whose examples are checked, in the order they run (lacunae.md makes b.txt).
DOCS = ["lacunae.md", "cli.md", "normalize.md", "collate.md"]
#: Commands that need a tool the tests do not install, or time a benchmark.
SKIP_WORDS = ("jq ", "bench/")


def examples(path: Path) -> list[tuple[int, list[str], list[str]]]:
    """(line number, commands, expected output lines) of each example block in ``path``."""
    out: list[tuple[int, list[str], list[str]]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("    $ "):
            i += 1
            continue
        start = i + 1
        commands: list[str] = []
        expected: list[str] = []
        while i < len(lines) and lines[i].startswith("    "):
            line = lines[i][4:]
            if line.startswith("$ "):
                command = line[2:]
                while command.endswith("\\") and i + 1 < len(lines):
                    i += 1
                    command = command[:-1] + " " + lines[i].strip()
                commands.append(command)
            else:
                expected.append(line)
            i += 1
        out.append((start, commands, expected))
    return out


def _cases() -> list[tuple[str, int, list[str], list[str]]]:
    return [(doc, n, cmds, exp) for doc in DOCS for n, cmds, exp in examples(ROOT / "docs" / doc)]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "corpus", work / "corpus")
    return work


CASES = _cases()


@pytest.mark.parametrize(
    ("doc", "line", "commands", "expected"), CASES, ids=[f"{doc}:{line}" for doc, line, _, _ in CASES]
)
def test_documented_example_prints_what_it_shows(workdir, doc, line, commands, expected):
    if any(word in " ".join(commands) for word in SKIP_WORDS):
        pytest.skip("needs a tool the tests do not install, or runs a benchmark")
    lacuna = Path(sys.executable).parent / "lacuna"
    if not lacuna.exists():
        pytest.skip("the lacuna command is not installed next to this Python")
    env = {**os.environ, "PATH": f"{lacuna.parent}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "200"}
    # standard error joins standard output as the examples show it, one command after another
    script = "\n".join(f"{{ {command} ; }} 2>&1" for command in commands)
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,  # a loaded machine is slow; a hung example still ends
    )
    assert result.stdout.splitlines() == expected, f"docs/{doc}:{line}: {' ; '.join(commands)}"
