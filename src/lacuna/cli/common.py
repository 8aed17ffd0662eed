"""Helpers shared by the sub-commands: the common options, reading inputs, writing outputs.

Every command takes the same options for the same things (docs/cli.md has the table):

* ``FILE...``: files and directories (a directory stands for the ``*.txt`` files under it,
  in sorted order), ``-`` for standard input (read once, however often it is named); the
  same file named twice (``a.txt``, ``./x/../a.txt``) is one input;
* ``--format/-f`` from one set (:data:`FORMATS`), ``--output/-o`` (a file, or for commands
  that write one output per input, a directory);
* ``--strict``, ``--conventions``, ``--quiet``, ``--progress/--no-progress``.

Machine formats (jsonl, json, csv) never truncate; tables cut a cell only when asked
(``--width``). CSV cells that a spreadsheet would run as a formula are neutralised
(:func:`csv_safe`).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import regex

from lacuna.ast import Document
from lacuna.conventions import Conventions
from lacuna.errors import LacunaError, MarkupError
from lacuna.parse import parse, parse_bytes, parse_file

STDIN = "-"

#: The one set of ``--format`` names; each command accepts the subset that applies to it
#: (``text``: plain text, as ``normalize`` writes it).
FORMATS = ("table", "jsonl", "json", "csv", "text", "tei", "html", "parquet", "collatex", "dot")

#: A bar shows only when the work has lasted this long (seconds): short runs stay silent.
PROGRESS_DELAY = 1.0


# -- options ------------------------------------------------------------------------------


def add_input_options(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """FILE argument(s), ``--strict`` and ``--conventions``."""
    if many:
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="input files or directories (their *.txt files, recursively); '-' for stdin",
        )
    else:
        parser.add_argument("file", metavar="FILE", help="input file ('-' for stdin)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="stop at the first problem with FILE:LINE:COL (default: lenient, problems reported)",
    )
    parser.add_argument(
        "--conventions",
        metavar="TOML",
        help="a conventions file merged over the shipped table",
    )


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    """``--format/-f`` restricted to ``choices`` (a subset of :data:`FORMATS`)."""
    unknown = set(choices) - set(FORMATS)
    assert not unknown, unknown
    parser.add_argument(
        "--format", "-f", choices=list(choices), default=default, help=f"output format (default {default})"
    )


def add_output_option(parser: argparse.ArgumentParser, *, per_file: bool = False) -> None:
    """``--output/-o PATH``: a file; with ``per_file``, also a directory for one output per input."""
    what = "a file, or a directory (one output per input file)" if per_file else "a file"
    parser.add_argument("--output", "-o", metavar="PATH", help=f"write to PATH instead of stdout: {what}")


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """``--quiet/-q`` and ``--progress/--no-progress``."""
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no summary, notes or problem reports on stderr (the exit status still tells)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: when stderr is a terminal and the work is long)",
    )


def add_common_options(
    parser: argparse.ArgumentParser,
    *,
    formats: Sequence[str] | None = None,
    default_format: str | None = None,
    per_file: bool = False,
    many: bool = True,
) -> None:
    """The options every command takes: inputs, ``--strict``, ``--conventions``, ``--format``
    (when ``formats``), ``--output``, ``--quiet``, ``--progress``."""
    add_input_options(parser, many=many)
    if formats:
        add_format_option(parser, formats, default_format or formats[0])
    add_output_option(parser, per_file=per_file)
    add_report_options(parser)


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def finite_float(text: str) -> float:
    """An argparse type: a finite number (``nan`` and ``inf`` refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"must be a finite number: {text!r}")
    return value


def conventions_of(args: argparse.Namespace) -> Conventions | None:
    """The ``--conventions`` table, loaded once per command (None: the shipped one)."""
    path = getattr(args, "conventions", None)
    if not path:
        return None
    loaded = getattr(args, "_conventions", None)
    if loaded is None:
        loaded = args._conventions = Conventions.load(path)
    return loaded


def quiet(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "quiet", False))


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


# -- progress -----------------------------------------------------------------------------


def progress(items: Iterable[Any], args: argparse.Namespace, *, total: int | None = None, unit: str = "file"):
    """``items``, with a tqdm bar on stderr: ``--progress`` always, ``--no-progress`` or ``--quiet``
    never, otherwise when stderr is a terminal and the work has lasted :data:`PROGRESS_DELAY`."""
    wanted = getattr(args, "progress", None)
    if wanted is False or (wanted is None and quiet(args)):
        return items
    from tqdm import tqdm

    return tqdm(
        items,
        total=total,
        unit=unit,
        file=sys.stderr,
        disable=False if wanted else None,  # None: off when stderr is not a terminal
        delay=0 if wanted else PROGRESS_DELAY,
        mininterval=0 if wanted else 0.1,  # asked for: every step shows, however fast
        leave=False,
    )


# -- outputs ------------------------------------------------------------------------------


def _write_all(out: BinaryIO, text: str) -> None:
    """Write ``text`` as UTF-8 (undecodable input bytes restored exactly), all of it.

    A buffered write larger than the buffer may write only part and return the count when
    the pipe closes on the way (no error until the next write): loop until it raises.
    """
    data = memoryview(text.encode("utf-8", errors="surrogateescape"))
    while data:
        n = out.write(data)
        data = data[n:]


class Sink:
    """Where a command's output goes: standard output or a file (``--output``)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        """Write text as UTF-8, restoring undecodable input bytes exactly (buffered: see :meth:`flush`)."""
        _write_all(self.stream, text)

    def flush(self) -> None:
        """Hand what is buffered to the file or pipe (before a message on stderr, so they keep order)."""
        self.stream.flush()

    def write_lines(self, lines: Iterable[str]) -> None:
        """Write each line (a newline added) as it comes, not the whole output at once.

        The output may be far larger than memory (``spans`` on deep nesting): each line is
        encoded and handed to the buffered stream before the next one is made, so a pipe
        sees output at once (``| head`` stops the command on its first write after closing).
        Flushed at the end, so messages printed to stderr afterwards come after these lines.
        """
        out = self.stream
        for line in lines:
            _write_all(out, line)
            out.write(b"\n")
        out.flush()


@contextmanager
def open_output(path: str | os.PathLike[str] | None) -> Iterator[Sink]:
    """A :class:`Sink` on the file ``path``, or on standard output when ``path`` is None or ``-``.

    A file is written whole or not at all: the output goes to a temporary file beside it,
    renamed over ``path`` at the end. A device or a named pipe (``/dev/null``, a FIFO) is
    written in place, never replaced. A path that cannot be written is a :class:`LacunaError`
    (exit 2) naming it.
    """
    if path is None or str(path) == STDIN:
        sys.stdout.flush()
        sink = Sink(sys.stdout.buffer)
        yield sink
        sink.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise LacunaError(f"{path}: is a directory (this command writes one file)")
    if target.exists() and not target.is_file():
        # a device or a named pipe (``-o /dev/null``, ``-o /dev/stdout``, a FIFO): written in
        # place, as a renamed file would take the place of the device itself
        try:
            special = open(target, "wb")  # closed by the with below
        except OSError as exc:
            raise LacunaError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        try:
            with special:
                yield Sink(special)
        except OSError as exc:
            raise LacunaError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        return
    tmp = target.with_name(f".{target.name}.lacuna-tmp")
    try:
        fh = open(tmp, "wb")  # closed below, renamed over the target on success
    except OSError as exc:
        raise LacunaError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    ok = False
    try:
        with fh:
            yield Sink(fh)
        os.replace(tmp, target)
        ok = True
    except OSError as exc:
        raise LacunaError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if not ok:
            tmp.unlink(missing_ok=True)


def output_dir(path: str) -> Path:
    """``path`` as a directory for one output per input, created if need be (its parent must exist)."""
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise LacunaError(f"{path}: not a directory (several outputs need a directory)")
    try:
        target.mkdir(exist_ok=True)
    except OSError as exc:
        raise LacunaError(f"{path}: cannot make the directory: {exc.strerror or exc}") from exc
    return target


def is_dir_output(path: str | None) -> bool:
    """``--output`` names a directory: one that exists, or a path ending in ``/``."""
    return path is not None and (path.endswith(("/", os.sep)) or Path(path).is_dir())


def per_file_path(directory: Path, source: Input, suffix: str, taken: set[str]) -> Path:
    """``directory/STEM.SUFFIX`` for an input; a stem already taken gets ``-2``, ``-3``, ..."""
    stem, k = source.stem, 1
    while (name := f"{stem}{suffix}" if k == 1 else f"{stem}-{k}{suffix}") in taken:
        k += 1
    taken.add(name)
    return directory / name


def write(text: str) -> None:
    """Write text to stdout as UTF-8, restoring undecodable input bytes exactly."""
    sys.stdout.flush()
    sink = Sink(sys.stdout.buffer)
    sink.write(text)
    sink.flush()


def write_lines(lines: Iterable[str]) -> None:
    """Write each line to stdout (a newline added) as it comes: :meth:`Sink.write_lines`."""
    sys.stdout.flush()
    Sink(sys.stdout.buffer).write_lines(lines)


# -- rows: table, jsonl, json, csv ----------------------------------------------------------

# A cell a spreadsheet would read as a formula: one starting with = + - @, also after white
# space or control characters that a spreadsheet strips (tab, carriage return, line feed); the
# full-width forms some spreadsheets also accept. OWASP, "CSV Injection".
_FORMULA = regex.compile(r"[\s\x00-\x1f]*[=+\-@\uff1d\uff0b\uff0d\uff20]")
_NUMBER = regex.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_safe(value: object) -> str:
    """A CSV cell that no spreadsheet runs as a formula.

    A text starting with ``=``, ``+``, ``-`` or ``@`` (also after leading white space, a tab
    or a carriage return) gets a ``'`` in front, as the OWASP advice on CSV injection says;
    a plain number (``-3.5``) is left as it is. None is the empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, list | tuple | dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    if _FORMULA.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def table_cell(value: object, width: int | None = None) -> str:
    """A tab-separated table's cell: line breaks and tabs shown as ``\\n``, ``\\r``, ``\\t``; cut to
    ``width`` characters (with ``...``) only when a width is given."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        text = "–".join(str(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    text = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    if width is not None and len(text) > width:
        text = text[: max(0, width - 3)] + "..."
    return text


def csv_line(values: Iterable[object]) -> str:
    """One CSV record (RFC 4180 quoting, cells made safe by :func:`csv_safe`), without its line break."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([csv_safe(v) for v in values])
    return buffer.getvalue()


def row_lines(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    *,
    width: int | None = None,
    header: bool = True,
    dumps: Any = None,
) -> Iterator[str]:
    """The lines of ``rows`` in ``fmt`` (``table``, ``jsonl`` or ``csv``), one row per line.

    Rows are read lazily, so a large output streams. ``json`` (one document) is made by the
    caller, which knows its envelope. ``dumps`` serialises a JSON line (default: compact, UTF-8).
    """
    dump = dumps or (lambda r: json.dumps(r, ensure_ascii=False))
    if fmt == "jsonl":
        for row in rows:
            yield dump(row)
    elif fmt == "csv":
        if header:
            yield csv_line(columns)
        for row in rows:
            yield csv_line(row.get(c) for c in columns)
    elif fmt == "table":
        if header:
            yield "\t".join(columns)
        for row in rows:
            yield "\t".join(table_cell(row.get(c), width) for c in columns)
    else:
        raise ValueError(f"row_lines: not a row format: {fmt}")


# -- reports --------------------------------------------------------------------------------


def report(doc: Document, args: argparse.Namespace | None = None) -> None:
    """Print a document's diagnostics to stderr, one ``FILE:LINE:COL: message`` per line
    (none with ``--quiet``)."""
    if args is not None and quiet(args):
        return
    for d in doc.diagnostics:
        print(f"lacuna: {d.format()} [{d.code}]", file=sys.stderr)


def note(message: str, args: argparse.Namespace | None = None) -> None:
    """A note on stderr (a summary, a skipped input), unless ``--quiet``."""
    if args is not None and quiet(args):
        return
    print(f"lacuna: {message}", file=sys.stderr)


def fail(message: str) -> LacunaError:
    return LacunaError(message)
