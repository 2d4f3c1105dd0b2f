"""The short way for the common shape of a record file: block mappings and sequences, one
value per line, read line by line into the same data `compose` and `build` would make.

A task or target file is a block mapping of words to one-line values (plain, single- or
double-quoted without escapes, a flow list of plain words or a flow mapping of them), with block
lists of such mappings (``updates``, ``measurements``) and small nested mappings (``deadline``,
``goal``). For that shape, libyaml's composer and the Python node it makes for every value were
three quarters of a file's reading cost (callgrind, issue #12); reading the lines directly costs
about half as much, and a run whose files all read this way never imports PyYAML.

`read_simple` accepts only text whose meaning in YAML it knows for certain, and returns None for
anything else, which then takes the full way (`compose` and `build`), where every problem is found
and positioned. So this way never reports a problem and never decides one: a duplicate key, a YAML
1.1 boolean, ``.nan``, a key that is not a word, an indicator at the start of a value, a comment
after a value, a value spanning lines, a tab, a document marker, an indentation that is not one of
the two block forms... each gives None. A test draws texts from a grammar of such lines and
checks that whatever this reads, the full way reads the same, with no problem.

The positions of a document read this way are found when first asked for, by composing its text
(`YamlDocument`): only a file with a problem pays for them.
"""

from __future__ import annotations

import re
from sys import intern
from typing import Any

from cchc.yaml.plain import NUMBER_START, PLAIN_WORDS, is_text_word, resolve_plain

_LINE = re.compile(
    r"^( *)(- +|)(?:([A-Za-z_][A-Za-z0-9_-]{0,127}):(?= |$))? *((?:.*[^ \n])?) *$", re.M
)
"""Every line, as (indentation, '-' and the spaces after it, key, rest without its trailing spaces).
A key is a word that cannot be a number (so it is the same str in YAML 1.2), followed by ':' and
a space or the line's end; libyaml refuses implicit keys over 1,024 characters, these stay far
below. Any other line has no key, and its text is all in the rest."""

_Line = tuple[str, str, str, str]

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""Characters that give a value's first character a meaning other than text (or make it an
error), in block context. A value starting with one takes the full way (quotes and '[' are read
here before this set is consulted)."""

_NOT_TEXT_START = _INDICATORS | NUMBER_START
"""A value that starts with any other character is text, unless it is one of `PLAIN_WORDS` or
holds what ends a plain value (': ', ' #', a final ':')."""

_FLOW_REFUSED = re.compile(r"[\[\]{}'\"#:&*!|>%@`?]")
"""Characters a flow list read here may not hold anywhere (nesting, quotes, comments, pairs,
indicators): such a list takes the full way."""

_FLOW_PAIRS_REFUSED = re.compile(r"[\[\]{}'#&*!|>%@`?]")
"""The same for a flow mapping read here (outside its quotes), which may hold ':' after its keys
and double-quoted text without escapes."""

_QUOTED = re.compile(r'"[^"]*"')

_KEY_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,127}")

_MAX_LEVELS = 16
"""Deeper nesting takes the full way, which bounds depth and says where it was too deep. Below
`MAX_DEPTH`, so no text read here is one the full way finds too deep (`load` relies on it)."""


class _Unsure(Exception):
    """The text is not of the shape read here; the full way reads it."""


def read_simple(text: str) -> dict[str, Any] | None:
    """The data of a text whose root is a block mapping of the shape above; None for any other
    text (including an empty one), which must then take the full way."""
    if "\ufeff" in text or "\t" in text:  # a byte-order mark, or a tab (a problem): not here
        return None
    # Without blank lines and comments. What a line can hold starts with a non-space character
    # (the pattern's rest), which for a comment is '#'. A '#' inside a value never starts a line:
    # no value read here spans lines.
    lines: list[_Line] = [
        line for line in _LINE.findall(text) if line[1] or line[2] or line[3][:1] not in ("", "#")
    ]
    if not lines:
        return None
    try:
        data, end = _mapping(lines, 0, lines[0][0], 0)
    except _Unsure:
        return None
    return data if end == len(lines) else None


def _mapping(lines: list[_Line], at: int, indent: str, level: int) -> tuple[dict[str, Any], int]:
    """The block mapping whose keys are indented by ``indent``, from line ``at``; and the index of
    the first line after it. Indentations are compared as text: they are spaces only, so the
    shorter one is the smaller."""
    if level > _MAX_LEVELS:
        raise _Unsure
    result: dict[str, Any] = {}
    count = len(lines)
    while at < count:
        column, dash, key, rest = lines[at]
        if column != indent:
            if column < indent:
                break
            raise _Unsure  # a continuation line, or a key indented too far: YAML's own business
        if dash or not key or key in result or key in PLAIN_WORDS:
            raise _Unsure
        at += 1
        value: Any = None
        if rest:
            if (
                rest[0] not in _NOT_TEXT_START
                and rest not in PLAIN_WORDS
                and ": " not in rest
                and " #" not in rest
                and rest[-1] != ":"
            ):
                value = intern(rest)  # most values: text, its first character an ordinary one
            else:
                value = _value(rest)
        elif at < count:
            column, dash = lines[at][:2]
            if dash and column >= indent:  # a list may start at its key's column
                value, at = _sequence(lines, at, column, level + 1)
            elif column > indent:
                value, at = _mapping(lines, at, column, level + 1)
        result[key] = value  # not interned: the records keep values, not these keys
    return result, at


def _sequence(lines: list[_Line], at: int, indent: str, level: int) -> tuple[list[Any], int]:
    """The block sequence whose '-' are indented by ``indent``, from line ``at``."""
    if level > _MAX_LEVELS:
        raise _Unsure
    result: list[Any] = []
    count = len(lines)
    while at < count:
        column, dash, key, rest = lines[at]
        if column != indent or not dash:
            if column > indent:
                raise _Unsure
            break  # the next key of the mapping this list belongs to, or a line YAML must judge
        if key:
            # The item is a mapping whose first key is on the '-' line: its keys are at that
            # key's column. The line is read again as if it held only the key.
            inner = " " * (len(column) + len(dash))
            lines[at] = (inner, "", key, rest)
            value, at = _mapping(lines, at, inner, level + 1)
        elif rest:
            value = _value(rest)
            at += 1
        else:
            raise _Unsure  # an empty item, or one on the next lines
        result.append(value)
    return result, at


def _value(text: str) -> Any:
    """A one-line value after ``key: `` or ``- ``, without its trailing spaces."""
    first = text[0]
    if first == "'":
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != "'" or "'" in inner.replace("''", ""):
            raise _Unsure
        return intern(inner.replace("''", "'"))
    if first == '"':
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != '"' or '"' in inner or "\\" in inner:
            raise _Unsure
        return intern(inner)
    if first == "[":
        return _flow_list(text)
    if first == "{":
        return _flow_mapping(text)
    if first in _INDICATORS or ": " in text or " #" in text or text[-1] == ":":
        raise _Unsure
    if is_text_word(text):  # a date, a code such as 2017H1
        return intern(text)
    return _number(text)


def _flow_list(text: str) -> list[Any]:
    """``[a, b]`` of plain words; anything more takes the full way."""
    inner = text[1:-1]
    if text[-1] != "]" or _FLOW_REFUSED.search(inner):
        raise _Unsure
    if not inner.strip(" "):
        return []
    items: list[Any] = []
    for part in inner.split(","):
        word = part.strip(" ")
        if not word or word[0] in _INDICATORS:
            raise _Unsure  # an empty item (libyaml's error), or a trailing comma
        items.append(_plain(word))
    return items


def _flow_mapping(text: str) -> dict[str, Any]:
    """``{number: 45/QĐ-UBND, title: "Quyết định"}``: words to plain words or double-quoted
    text without commas; anything more takes the full way."""
    inner = text[1:-1]
    if text[-1] != "}" or "\\" in inner:
        raise _Unsure
    # What quotes hold is text: the indicators are looked for outside them only.
    if _FLOW_PAIRS_REFUSED.search(_QUOTED.sub('""', inner) if '"' in inner else inner):
        raise _Unsure
    result: dict[str, Any] = {}
    if not inner.strip(" "):
        return result
    for part in inner.split(","):
        key, colon, value = part.partition(":")
        key = key.strip(" ")
        if not colon or value[:1] != " " or _KEY_WORD.fullmatch(key) is None:
            raise _Unsure
        if key in result or key in PLAIN_WORDS:
            raise _Unsure
        value = value.strip(" ")
        if value[:1] == '"':
            # A comma inside the quotes split the text: the part then does not end with one.
            if len(value) < 2 or value[-1] != '"' or '"' in value[1:-1]:
                raise _Unsure
            result[key] = intern(value[1:-1])
        elif not value or value[0] in _INDICATORS or ":" in value or '"' in value:
            raise _Unsure
        else:
            result[key] = _plain(value)
    return result


def _plain(word: str) -> Any:
    """A plain word by the YAML 1.2 core schema, as `build` resolves it; a word `build` would
    report takes the full way."""
    if is_text_word(word):
        return intern(word)
    return _number(word)


def _number(word: str) -> Any:
    """A plain word that may be null, a bool or a number (`resolve_plain`)."""
    value, rule = resolve_plain(word)
    if rule is not None:
        raise _Unsure
    return intern(value) if type(value) is str else value
