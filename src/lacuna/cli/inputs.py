"""The inputs of a sub-command: files, directories and standard input, read and parsed.

``FILE...`` names files and directories (a directory stands for the ``*.txt`` files under it,
in sorted order), ``-`` standard input (read once, however often it is named); the same file
named twice (``a.txt``, ``./x/../a.txt``) is one input.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lacuna.ast import Document
from lacuna.cli.options import conventions_of, progress
from lacuna.errors import LacunaError, MarkupError
from lacuna.parse import parse, parse_bytes, parse_file

STDIN = "-"


# -- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One input: a file (``path``) or standard input (``path`` None). ``name`` is as the user gave it
    (a file found in a directory: the directory as given, then the file's path under it)."""

    name: str
    path: Path | None

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    @property
    def stem(self) -> str:
        """The name an output file for this input takes (``stdin`` for standard input)."""
        return "stdin" if self.path is None else self.path.stem

    def read_bytes(self) -> bytes:
        """The input's bytes (standard input is read once and kept); OSError as :class:`LacunaError`."""
        if self.path is None:
            return _stdin_bytes()
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise LacunaError(f"{self.name}: cannot read: {exc.strerror or exc}") from exc


_STDIN_DATA: list[bytes] = []


def _stdin_bytes() -> bytes:
    if not _STDIN_DATA:
        _STDIN_DATA.append(sys.stdin.buffer.read())
    return _STDIN_DATA[0]


def expand_inputs(names: Iterable[str], *, notes: bool = True) -> list[Input]:
    """The inputs the FILE arguments stand for: directories expanded to their ``*.txt`` files
    (recursively, sorted, hidden files and directories skipped), the same file once (by resolved
    path), ``-`` once. A path that does not exist is kept: reading it gives the error.
    """
    inputs: list[Input] = []
    seen: dict[str, str] = {}  # resolved path (or '-') -> the name it was first given as

    def add(name: str, path: Path | None) -> None:
        key = STDIN if path is None else os.path.realpath(path)
        if key in seen:
            if notes and name != seen[key]:
                print(f"lacuna: {name}: the same file as {seen[key]}, read once", file=sys.stderr)
            return
        seen[key] = name
        inputs.append(Input(name, path))

    for name in names:
        if name == STDIN:
            add(STDIN, None)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(_text_files(path))
            if not found and notes:
                print(f"lacuna: {name}: no *.txt files in this directory", file=sys.stderr)
            for file in found:
                add(os.path.join(name, os.path.relpath(file, path)), file)
        else:
            add(name, path)
    return inputs


def _text_files(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in filenames:
            if f.endswith(".txt") and not f.startswith("."):
                yield Path(dirpath) / f


def input_names(args: argparse.Namespace) -> list[str]:
    """The FILE arguments of a command, whether it takes one (``file``) or many (``files``)."""
    files = getattr(args, "files", None)
    return list(files) if files is not None else [args.file]


def read_stdin() -> str:
    """Standard input as text (undecodable bytes kept as lone surrogates); read once."""
    return _stdin_bytes().decode("utf-8", errors="surrogateescape")


def load_input(source: Input, args: argparse.Namespace) -> Document:
    """Parse one input with the mode, conventions and ``--encoding`` the options ask for (UTF-8
    goes through :func:`lacuna.parse.parse_bytes`: its diagnostics and strict-mode errors)."""
    strict = bool(getattr(args, "strict", False))
    conv = conventions_of(args)
    name = "<stdin>" if source.path is None else source.name
    codec = input_codec(args)
    data = source.read_bytes()
    if codec == "utf-8":
        return parse_bytes(data, source=name, strict=strict, conventions=conv)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise LacunaError(f"{name}: byte {exc.start} (0x{data[exc.start]:02x}) is not {codec}") from None
    return parse(text, source=name, strict=strict, conventions=conv)


def input_codec(args: argparse.Namespace) -> str:
    """The codec name of ``--encoding`` (``utf-8`` when the command has no such option)."""
    wanted = getattr(args, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(wanted).name
    except LookupError:
        raise LacunaError(f"--encoding: unknown encoding {wanted!r}") from None


def each_document(
    inputs: Sequence[Input], args: argparse.Namespace, failed: list[str]
) -> Iterator[tuple[Input, Document]]:
    """Each input that can be read, parsed (with the progress bar); one that cannot is reported on
    stderr and its name added to ``failed``, so the command goes on with the others and exits 2.
    In strict mode the first markup problem stops the command (:class:`MarkupError`)."""
    for source in progress(inputs, args, total=len(inputs)):
        try:
            doc = load_input(source, args)
        except MarkupError:
            raise
        except LacunaError as exc:
            print(f"lacuna: {exc}", file=sys.stderr)
            failed.append(source.name)
            continue
        yield source, doc


def load(path: str, args: argparse.Namespace) -> Document:
    """Parse a file (or stdin for ``-``) with the mode and conventions the options ask for.

    Standard input gets the checks a file gets (:func:`lacuna.parse.parse_bytes`): the same
    diagnostics, the same strict-mode errors, the same bytes back from a diplomatic render.
    """
    strict = bool(getattr(args, "strict", False))
    conv = conventions_of(args)
    if path == STDIN:
        return parse_bytes(_stdin_bytes(), source="<stdin>", strict=strict, conventions=conv)
    return parse_file(path, strict=strict, conventions=conv)
