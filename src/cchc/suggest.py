""" "Did you mean …": the known id, field or word closest to what someone typed.

People type ids the way they say them: `STP`, `sotp`, `Sở Tư pháp` all mean `stp`; `staus` is
`status`, `update:` is `updates`. Matching folds case, Vietnamese diacritics (đ is d) and
punctuation away, then compares: an exact folded match of an id or of one of its names wins; else
the closest ids by `difflib`'s ratio (at least `CUTOFF`).

Pure functions of strings: the checks, the schema messages and the command line all use them.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping

__all__ = ["CUTOFF", "fold", "match_id", "suggest"]

CUTOFF = 0.6
_D = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """`Sở Tư pháp` → `sotuphap`; `UBND-Quy-Nhơn` → `ubndquynhon`: no case, no marks, letters and
    digits only."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum() and ch.isascii())


def _names(choices: Mapping[str, Iterable[str]] | Iterable[str]) -> dict[str, list[str]]:
    if isinstance(choices, Mapping):
        return {key: [key, *names] for key, names in choices.items()}
    return {key: [key] for key in choices}


def match_id(word: str, choices: Mapping[str, Iterable[str]] | Iterable[str]) -> str | None:
    """The one id `word` means when case, diacritics or a name is all that differs, else None.
    `choices` is the ids, or ids mapped to their names (an agency's name and short name)."""
    named = _names(choices)
    if word in named:
        return word
    folded = fold(word)
    if not folded:
        return None
    hits = sorted({key for key, names in named.items() if any(fold(n) == folded for n in names)})
    return hits[0] if len(hits) == 1 else None


def suggest(
    word: str, choices: Mapping[str, Iterable[str]] | Iterable[str], *, most: int = 3
) -> list[str]:
    """Up to `most` ids `word` may have meant, best first; [] when nothing is close."""
    exact = match_id(word, choices)
    if exact is not None:
        return [exact]
    folded = fold(word)
    if not folded:
        return []
    best: dict[str, float] = {}
    for key, names in _names(choices).items():
        for name in names:
            candidate = fold(name)
            if not candidate:
                continue
            ratio = difflib.SequenceMatcher(None, folded, candidate).ratio()
            if ratio >= CUTOFF and ratio > best.get(key, 0.0):
                best[key] = ratio
    return sorted(best, key=lambda key: (-best[key], key))[:most]
