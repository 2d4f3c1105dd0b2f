"""Vietnamese collation, without the locale module: ``sorted(names, key=vi_key)``.

The order, level by level (each level only breaks ties left by the one before):

1. **Letters, word by word.** The text is cut into words (runs of letters), numbers (runs of
   digits) and separators. Words compare letter by letter in the Vietnamese alphabet
   ``a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y``; the Latin letters it lacks take
   their Latin places (``f`` after ``ê``, ``j`` after ``i``, ``w`` after ``v``, ``z`` after ``y``)
   and any other letter comes after ``z`` in code point order. So ``Đặng`` sorts after every
   ``D…`` word and ``Ư`` after ``U``. Case is ignored at this level.
2. **Tone, within the word.** Two words with the same letters compare by their tone, in the order
   of Vietnamese dictionaries: ngang (none), huyền, hỏi, ngã, sắc, nặng. A word without a tone
   comes before the same word with one: ``Tu`` < ``Tú`` < ``Tư``. Because the tone is compared
   per word (as dictionaries do), ``Ba Vì`` < ``Bà Ba``; and because it is the word's tone, not
   its position, old and new tone placement (``hòa`` / ``hoà``) tie here.
3. Words before a longer word they begin (``An Lão`` < ``Anh``); separators before numbers
   before words. Runs of white space count as one space; leading and trailing space is ignored.
   Numbers compare by value (``UBND huyện 2`` < ``UBND huyện 10``), all digits before letters.
4. **Case**: lower case before upper case, letter by letter.
5. **The text itself** (NFC, by code point), so that two different texts never tie: the order is
   total and the same on every machine.

Input may be NFC or NFD (or a mix): it is normalised to NFC first, so both spellings of a name
get the same key.
"""

from __future__ import annotations

import unicodedata
from typing import TypeAlias

__all__ = ["VIKey", "vi_key", "vi_sorted"]

# (class, primary, secondary): class 0 separator, 1 number, 2 word.
_Token: TypeAlias = tuple[int, tuple[int, ...], tuple[int, ...]]
VIKey: TypeAlias = tuple[tuple[_Token, ...], tuple[int, ...], str]

# The Vietnamese alphabet with f, j, w, z in their Latin places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET, start=1)}
_OTHER_LETTER = 0x100  # ranks for letters outside the alphabet: after z, by code point

# Tone marks (combining), in dictionary order; 0 is ngang (no mark).
_TONES = {
    "\u0300": 1,  # huyền  à
    "\u0309": 2,  # hỏi    ả
    "\u0303": 3,  # ngã    ã
    "\u0301": 4,  # sắc    á
    "\u0323": 5,  # nặng   ạ
}
# Marks that make a different letter (ă â ê ô ơ ư), kept with the base letter.
_MODIFIERS = frozenset("\u0306\u0302\u031b")

_SEP, _NUM, _WORD = 0, 1, 2


def _clusters(text: str) -> list[str]:
    """Split NFC text into a base character followed by its combining marks."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _letter(cluster: str) -> tuple[int, int, int]:
    """(rank, tone, is_upper) of one letter cluster."""
    nfd = unicodedata.normalize("NFD", cluster)
    base, marks = nfd[0], nfd[1:]
    lower = base.lower()
    if len(lower) != 1:  # e.g. "İ".lower() is two characters
        lower = base
    upper = 1 if lower != base else 0
    tone = 0
    kept = []
    for mark in marks:
        if tone == 0 and mark in _TONES:
            tone = _TONES[mark]
        else:
            kept.append(mark)
    # Modifier marks come out of NFD in canonical order, so the recomposition is stable.
    letter = unicodedata.normalize("NFC", lower + "".join(kept))
    rank = _LETTER_RANK.get(letter)
    if rank is None:
        rank = _OTHER_LETTER + ord(letter[0])
        tone = 0  # not a Vietnamese letter: its marks are left to the last level
    return rank, tone, upper


def _number(digits: str) -> tuple[int, ...]:
    """Digits compared by value without int() (no length limit): (length, digit, digit, …)."""
    values = [unicodedata.decimal(d) for d in digits]
    while len(values) > 1 and values[0] == 0:
        values.pop(0)
    return (len(values), *values)


def vi_key(text: str) -> VIKey:
    """A sort key for Vietnamese text; see the module docstring for the order."""
    nfc = unicodedata.normalize("NFC", text)
    tokens: list[_Token] = []
    cases: list[int] = []
    word_ranks: list[int] = []
    word_tones: list[int] = []
    digits: list[str] = []
    pending_space = False

    def flush_word() -> None:
        if word_ranks:
            tokens.append((_WORD, tuple(word_ranks), tuple(t for t in word_tones if t)))
            word_ranks.clear()
            word_tones.clear()

    def flush_number() -> None:
        if digits:
            tokens.append((_NUM, _number("".join(digits)), ()))
            digits.clear()

    for cluster in _clusters(nfc.strip()):
        base = cluster[0]
        if base.isalpha():
            flush_number()
            if pending_space:
                tokens.append((_SEP, (0,), ()))
                pending_space = False
            rank, tone, upper = _letter(cluster)
            word_ranks.append(rank)
            word_tones.append(tone)
            cases.append(upper)
        elif base.isdecimal():
            flush_word()
            if pending_space:
                tokens.append((_SEP, (0,), ()))
                pending_space = False
            digits.append(base)
        else:
            flush_word()
            flush_number()
            if base.isspace():
                pending_space = True
            else:
                if pending_space:
                    tokens.append((_SEP, (0,), ()))
                    pending_space = False
                tokens.append((_SEP, (1 + ord(base),), ()))
    flush_word()
    flush_number()
    return (tuple(tokens), tuple(cases), nfc)


def vi_sorted(names: list[str]) -> list[str]:
    """`names` in Vietnamese order (a convenience for ``sorted(names, key=vi_key)``)."""
    return sorted(names, key=vi_key)
