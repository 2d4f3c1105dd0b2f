"""YAML 1.2 core-schema resolution of plain scalars, and what a key node means as a dict key.

Everything that is not null/bool/int/float by YAML 1.2 core rules stays a string, so dates and
times reach pydantic untouched and ``1:30`` or ``0x1F`` mean what they look like.
"""

from __future__ import annotations

import re

from yaml.nodes import ScalarNode

from cchc.yaml.compose import IMPLICIT

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


def scalar_key(key_node: ScalarNode) -> tuple[str | int, str | None]:
    """Resolve a mapping key: a str or int, else its source text plus the rule it breaks.

    Null, bool and float keys are not allowed (``True`` would even collide with ``1`` in a dict), so
    they are kept as their text; the same function serves `locate` so both agree on key identity.
    """
    text: str = key_node.value
    if key_node.style or key_node.tag != IMPLICIT:
        return text, None
    value, rule = resolve_plain(text)
    if rule is not None:
        return text, rule
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value, None
    return text, "yaml-key-type"
