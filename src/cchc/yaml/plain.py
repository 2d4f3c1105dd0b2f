"""YAML 1.2 core-schema resolution of plain scalars, shared by both ways of reading a file (`simple`
and `build`). Imports nothing from PyYAML, so a run whose files all take the short way never loads
it.
"""

from __future__ import annotations

import re

# Everything that is not null/bool/int/float by YAML 1.2 core rules stays a string, so dates and
# times reach pydantic untouched and ``1:30`` or ``0x1F`` mean what they look like.

PLAIN_WORDS: dict[str, tuple[object, str | None]] = {
    "": (None, None),
    "~": (None, None),
    "null": (None, None),
    "Null": (None, None),
    "NULL": (None, None),
    "true": (True, None),
    "True": (True, None),
    "TRUE": (True, None),
    "false": (False, None),
    "False": (False, None),
    "FALSE": (False, None),
    ".inf": (float("inf"), None),
    ".Inf": (float("inf"), None),
    ".INF": (float("inf"), None),
    "+.inf": (float("inf"), None),
    "+.Inf": (float("inf"), None),
    "+.INF": (float("inf"), None),
    "-.inf": (float("-inf"), None),
    "-.Inf": (float("-inf"), None),
    "-.INF": (float("-inf"), None),
    ".nan": (".nan", "yaml-nan"),
    ".NaN": (".nan", "yaml-nan"),
    ".NAN": (".nan", "yaml-nan"),
}
"""Every plain word that is not a string, with the rule it breaks if any; anything else that
cannot start a number is a string."""
# YAML 1.1 booleans: kept as the string, but reported, because other tools read them as bools.
for _word in ("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO"):
    PLAIN_WORDS[_word] = (_word, "yaml-ambiguous-bool")
for _word in ("on", "On", "ON", "off", "Off", "OFF"):
    PLAIN_WORDS[_word] = (_word, "yaml-ambiguous-bool")
del _word

NUMBER_START = frozenset("0123456789+-.")
# Stricter than the core schema on purpose: a leading zero makes a code ("017"), not a number.
_INT_RE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT_RE = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?")


_NUMBER_CHARS = "0123456789+-.eE"
"""Every character a number can hold. The builder's short way (`Builder.fast_value`) takes a plain
word that is not in PLAIN_WORDS for text without trying the number patterns when it does not
start like a number, or has '-' at offsets 4 and 7 (a date: a number has one '-' at most past its
sign), or holds a character no number has (2017H1, 45/QĐ-UBND: `strip` finds one at either end at
C speed); `resolve_plain` agrees, which a test checks."""


def is_text_word(text: str) -> bool:
    """Whether a plain word is text (no null, bool, number, or word a rule is about), by the short
    test `_NUMBER_CHARS` describes."""
    return text not in PLAIN_WORDS and (
        text[0] not in NUMBER_START
        or text[4:5] == "-" == text[7:8]
        or bool(text.strip(_NUMBER_CHARS))
    )


def resolve_plain(value: str) -> tuple[object, str | None]:
    """Value of an untagged plain scalar, and the rule it breaks if any (the value then stays str)."""
    word = PLAIN_WORDS.get(value)
    if word is not None:
        return word
    if value[0] in NUMBER_START:
        if _INT_RE.fullmatch(value):
            try:
                return int(value), None
            except ValueError:  # more digits than int() accepts (sys.get_int_max_str_digits)
                return value, None
        if _FLOAT_RE.fullmatch(value):
            return float(value), None
    return value, None
