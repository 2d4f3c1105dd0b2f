"""Bytes → the text every position counts in: strict UTF-8 without its BOM, line breaks as ``\\n``,
NFC; and the characters no YAML file of ours may hold raw (see the package docstring)."""

from __future__ import annotations

import re
import unicodedata

from cchc.i18n import msg
from cchc.yaml.limits import MAX_PER_RULE
from cchc.yaml.problem import LineCounter, YamlProblem

UTF8_BOM = b"\xef\xbb\xbf"

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""The Unicode Bidi_Control characters: invisible, and they reorder how the text around them is
displayed ("Trojan Source")."""

LINE_BREAKS = frozenset("\x85\u2028\u2029")
"""Line breaks that YAML 1.1 parsers count and editors do not: every position after one would be
off."""

REFUSED = (
    frozenset(
        [chr(code) for code in range(0x20)]
        + [chr(code) for code in range(0x7F, 0xA0)]
        + ["\u2028", "\u2029", "\ufffe", "\uffff"]
    )
    | BIDI_CONTROLS
)
"""Every character no value may hold: C0 and C1 controls, the odd line breaks, the noncharacters
U+FFFE/U+FFFF and the bidi controls. Raw in the file, tab and line feed have their own meaning."""

# One pass of one regex per file: REFUSED but tab and line feed (CR is normalised away before),
# written with ranges, which compile faster (tests/test_yaml_decode.py checks it against REFUSED).
BAD_CHAR_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]"
)


def has_refused_char(text: str) -> bool:
    """Whether the text holds a character that `BAD_CHAR_RE` refuses.

    Every refused character is one Python does not count as printable, and the line feed is the
    only other such character a clean file needs. So a text that is printable once its line feeds
    are spaces is clean, and `str.isprintable` decides that in half the time of the regular
    expression (`tests/test_yaml_decode.py` checks both claims). Any other text, one with a tab or
    a no-break space for example, is searched.
    """
    if text.replace("\n", " ").isprintable():
        return False
    return BAD_CHAR_RE.search(text) is not None


def normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def decode(raw: bytes) -> str | YamlProblem:
    """Strict UTF-8 → normalised text, or a problem pointing at the first byte that is not UTF-8."""
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
    try:
        return normalise(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        before = normalise(raw[: exc.start].decode("utf-8"))
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        return YamlProblem(line, column, msg("yaml.encoding", byte=raw[exc.start]), "yaml-encoding")


def char_message_key(char: str) -> str:
    """The catalogue key that explains one refused character."""
    if char in LINE_BREAKS:
        return "yaml.line-break-char"
    if char in BIDI_CONTROLS:
        return "yaml.bidi-char"
    return "yaml.control-char"


def bad_char_problems(text: str) -> list[YamlProblem]:
    """The first refused character of each line (at most MAX_PER_RULE lines)."""
    problems: list[YamlProblem] = []
    for line, column, char in first_per_line(BAD_CHAR_RE, text):
        key = char_message_key(char)
        problems.append(
            YamlProblem(line, column, msg(key, code=f"U+{ord(char):04X}"), "yaml-control-char")
        )
    return problems


def first_per_line(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """(line, column, match) of the first match of ``pattern`` on each line, for at most
    MAX_PER_RULE lines, in one pass: the text is searched from each line with a match to the next.
    ``pattern`` must not match a line feed."""
    found: list[tuple[int, int, str]] = []
    lines = LineCounter(text)
    searched = 0
    while len(found) < MAX_PER_RULE:
        match = pattern.search(text, searched)
        if match is None:
            break
        found.append((*lines.position(match.start()), match.group()))
        end = text.find("\n", match.start())
        if end < 0:
            break
        searched = end + 1
    return found
