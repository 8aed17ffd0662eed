"""Other publishers' landmarks, FRUS first: the publishers named at the top of a text, the
numbered FRUS heading (``123. Telegram From the Embassy in Korea``), its ``Source:`` note
and its record in history.state.gov."""

from __future__ import annotations

import re

__all__ = ["FRUS_HEADING", "FRUS_NOTE", "FRUS_RECORD", "PUBLISHERS", "URL_LINE", "publisher"]

# Markers of other publishers, looked for at the top of the text.
PUBLISHERS = (
    ("Foreign Relations of the United States", re.compile(r"Foreign Relations of the United States")),
    ("Foreign Relations of the United States", re.compile(r"history\.state\.gov|Office of the Historian")),
    ("National Security Archive", re.compile(r"National Security Archive")),
    ("Venona", re.compile(r"\bVENONA\b")),
    ("CWIHP Bulletin", re.compile(r"Cold War International History Project Bulletin")),
)
FRUS_HEADING = re.compile(r"(\d{1,4})\. {1,3}[A-Z][^\n]{3,300}")
URL_LINE = re.compile(r"(?:https?://)?[\w.-]{1,100}\.(?:gov|org|edu|com)(?:/\S{0,300})?")
FRUS_NOTE = re.compile(r"(?:\d{1,3}\.?|-|\u2022)? {0,3}Source: ")
FRUS_RECORD = re.compile(r"historicaldocuments/(frus[\w-]{1,40}/d\d{1,5})")


def publisher(top: str) -> str | None:
    """The publisher named in ``top`` (the top of a text), if any."""
    return next((name for name, pat in PUBLISHERS if pat.search(top)), None)
