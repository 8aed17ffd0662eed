"""The outputs of a sub-command: standard output or a file or directory (``--output``), and
rows as a table, JSON lines, JSON or CSV.

Machine formats (jsonl, json, csv) never truncate; tables cut a cell only when asked
(``--width``). CSV cells that a spreadsheet would run as a formula are neutralised
(:func:`csv_safe`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import regex

from lacuna.cli.inputs import STDIN, Input
from lacuna.errors import LacunaError

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
