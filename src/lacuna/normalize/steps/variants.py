"""The steps of variant spellings (``transliteration``) and dates (``dates``)."""

from __future__ import annotations

import itertools

from lacuna.dates import date_columns
from lacuna.normalize.steps.edits import Edit, Options, StepResult, apply_columns, apply_edits
from lacuna.normalize.transliteration import Transliteration


def transliteration(text: str, options: Options) -> StepResult:
    """Variant spellings → the canonical spelling of the transliteration table."""
    table = options.transliteration or Transliteration.default()
    image = text.encode("ascii", "replace")  # (the search reads it; the next step may too)
    edits = table.replacements(text, options.alphabet, image=image)
    new, blocks = apply_edits(text, edits, options.alphabet)
    options.ascii_image[:] = (new, _image_after(image, edits))
    return new, blocks


def _image_after(image: bytes, edits: list[Edit]) -> bytes:
    """The ASCII image of the text whose image is ``image`` after ``edits`` (in order,
    disjoint): the image between them and each new text's image, joined (a character's image
    is its own: one byte, ``?`` outside ASCII)."""
    if not edits:
        return image
    starts, ends, news = map(list, zip(*edits, strict=True))
    # (views of the image between the edits, not copies: the join copies each once)
    view = memoryview(image)
    gaps = list(map(view.__getitem__, map(slice, itertools.chain((0,), ends), [*starts, len(image)])))
    pieces = gaps + gaps[1:]
    pieces[0::2] = gaps
    images = {new: new.encode("ascii", "replace") for new in set(news)}  # (few distinct names)
    pieces[1::2] = map(images.__getitem__, news)
    return b"".join(pieces)


def dates(text: str, options: Options) -> StepResult:
    """Dates (``12 [January] 1947``, ``June 05, 1944``, ``12.01.1947``) → ISO 8601."""
    kept = options.ascii_image
    image = kept[1] if kept and kept[0] is text else None
    kept.clear()
    starts, ends, _, isos = date_columns(text, changed_only=True, image=image)  # type: ignore[arg-type]
    return apply_columns(text, starts, ends, isos, options.alphabet)
