"""Problems found in markup: lenient diagnostics and the strict-mode error."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Diagnostic", "LacunaError", "MarkupError", "expect"]


def expect(value: object, kind: type | tuple[type, ...], function: str, argument: str) -> None:
    """Raise a TypeError naming ``function``'s ``argument`` unless ``value`` is a ``kind``."""
    if not isinstance(value, kind):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise TypeError(f"{function}() argument '{argument}' must be {names}, not {type(value).__name__}")


class LacunaError(Exception):
    """Base class of the errors lacuna raises on purpose (the CLI prints them, exit 2)."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in the markup, kept as literal text in lenient mode.

    ``code`` is a stable identifier (``unclosed-bracket``, ``stray-bracket``, ...);
    ``line`` and ``column`` are 1-based; ``start``/``end`` are code-point offsets.
    """

    code: str
    message: str
    line: int
    column: int
    start: int
    end: int
    file: str | None = None

    def format(self) -> str:
        """``FILE:LINE:COL: message`` as compilers print it."""
        return f"{self.file or '<string>'}:{self.line}:{self.column}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
        }


class MarkupError(LacunaError, ValueError):
    """Raised in strict mode on the first markup problem; ``str(e)`` is ``FILE:LINE:COL: what``."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic
