"""Strict YAML → plain data, with the source position of every node kept for error messages.

The plan's YAML files are edited by hand by people who are not programmers, so this
module refuses the parts of YAML that silently change meaning (YAML 1.1 booleans such as ``no``,
anchors and aliases, duplicate keys, explicit tags, tabs) instead of guessing, and it reports every
hazard it can find in one pass, each with an exact 1-based line and column, so one CI run shows
them all.

Why not ``yaml.safe_load``: PyYAML resolves plain scalars by YAML 1.1 rules (``no`` → ``False``,
``2017-05-10`` → ``date``, ``017`` → 15, ``1:30`` → 90), silently keeps the last of two duplicate
keys, expands aliases (the "billion laughs" bomb) and forgets positions. So we only let PyYAML
*compose* (libyaml's C composer, which never expands an alias: it reuses the same node object) and
build the Python values ourselves from the nodes, with YAML 1.2 core-schema resolution.

Problems are values (:class:`YamlProblem`), never exceptions: nothing here raises for bad input.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import yaml
from yaml.composer import Composer
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "YamlDocument",
    "YamlProblem",
    "load_yaml",
    "read_yaml_file",
]

MAX_FILE_BYTES: int = 2 * 1024 * 1024
"""A plan record is a few kilobytes; anything this big is a mistake (or an attack): not read."""

MAX_DEPTH: int = 64
"""Nesting limit (collections inside collections). Real records nest 3-4 levels deep."""

_MAX_PER_RULE = 100
"""Line-scan rules (tabs, control characters, aliases) stop reporting after this many lines, so a
pathological file cannot produce millions of problem objects; one screenful is enough to act on."""


@dataclass(frozen=True)
class YamlProblem:
    """One thing wrong with a YAML file, positioned for ``path:line:col`` output.

    ``column`` counts characters (not bytes) of the NFC-normalised text, which is what editors show.
    """

    line: int
    column: int
    message: str
    rule: str
    message_en: str


# --------------------------------------------------------------------------------------------------
# Composing: libyaml's C composer when available, PyYAML's pure-Python one otherwise.

_IMPLICIT = "\x00"
"""Tag our resolver gives every untagged node, so any other tag on a node was written in the file.
The few spellings that reach the resolver anyway (the non-specific '!', an escaped NUL) leave a
'!' at the node's start, which _Builder._bang_tagged catches."""


class _NoResolve:
    """Resolver hooks the composers call; we resolve scalars ourselves (YAML 1.2) while building.

    Returning a constant also skips PyYAML's regex-based YAML 1.1 resolver, which is about 40 % of
    the cost of composing a typical file.
    """

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: object, value: object, implicit: object) -> str:
        return _IMPLICIT


class _PyComposer(Reader, Scanner, Parser, Composer, _NoResolve):
    """Fallback when PyYAML was built without libyaml: same interface, pure Python, slower."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)


class _ParserLike(Protocol):
    def check_node(self) -> bool: ...
    def get_node(self) -> Node | None: ...
    def get_event(self) -> Event | None: ...
    def peek_event(self) -> Event | None: ...
    def dispose(self) -> None: ...


_new_parser: Callable[[str], _ParserLike]
try:
    from yaml._yaml import CParser as _CParser

    class _CComposer(_CParser, _NoResolve):
        """libyaml's composer with our no-op resolver and nothing from PyYAML's constructors."""

    _new_parser = _CComposer
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _new_parser = _PyComposer


# --------------------------------------------------------------------------------------------------
# YAML 1.2 core-schema resolution of plain scalars.

_PLAIN_WORDS: dict[str, tuple[object, str | None]] = {
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
# YAML 1.1 booleans: kept as the string, but reported, because other tools read them as bools.
for _word in ("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO"):
    _PLAIN_WORDS[_word] = (_word, "yaml-ambiguous-bool")
for _word in ("on", "On", "ON", "off", "Off", "OFF"):
    _PLAIN_WORDS[_word] = (_word, "yaml-ambiguous-bool")
del _word

_NUMBER_START = frozenset("0123456789+-.")
# Stricter than the core schema on purpose: a leading zero makes a code ("017"), not a number.
_INT_RE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT_RE = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?")


def _resolve_plain(value: str) -> tuple[object, str | None]:
    """Value of an untagged plain scalar, and the rule it breaks if any (the value then stays str).

    Everything that is not null/bool/int/float by YAML 1.2 core rules stays a string, so dates and
    times reach pydantic untouched and ``1:30`` or ``0x1F`` mean what they look like.
    """
    word = _PLAIN_WORDS.get(value)
    if word is not None:
        return word
    if value[0] in _NUMBER_START:
        if _INT_RE.fullmatch(value):
            try:
                return int(value), None
            except ValueError:  # more digits than int() accepts (sys.get_int_max_str_digits)
                return value, None
        if _FLOAT_RE.fullmatch(value):
            return float(value), None
    return value, None


# --------------------------------------------------------------------------------------------------
# Problems and messages.


def _problem(line: int, column: int, rule: str, vi: str, en: str) -> YamlProblem:
    # Messages must stay on one line: the output format is one problem per line.
    return YamlProblem(line, column, vi.replace("\n", " "), rule, en.replace("\n", " "))


def _at(node: Node) -> tuple[int, int]:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _show(value: object, limit: int = 40) -> str:
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _bool_problem(line: int, column: int, word: str) -> YamlProblem:
    return _problem(
        line,
        column,
        "yaml-ambiguous-bool",
        f"'{word}' là giá trị đúng/sai kiểu cũ của YAML 1.1; viết true/false, "
        "hoặc đặt trong ngoặc kép nếu là chữ",
        f"'{word}' is a YAML 1.1 boolean; write true/false, "
        "or put it in double quotes if it is text",
    )


def _nan_problem(line: int, column: int) -> YamlProblem:
    return _problem(
        line,
        column,
        "yaml-nan",
        "'.nan' (không phải số) không được dùng; viết một số thật, "
        "hoặc đặt trong ngoặc kép nếu là chữ",
        "'.nan' (not a number) is not allowed; write a real number, "
        "or put it in double quotes if it is text",
    )


def _too_deep_problem(line: int, column: int) -> YamlProblem:
    return _problem(
        line,
        column,
        "yaml-too-deep",
        f"dữ liệu lồng nhau quá sâu (hơn {MAX_DEPTH} cấp); viết cấu trúc phẳng hơn",
        f"data is nested too deeply (more than {MAX_DEPTH} levels); use a flatter structure",
    )


def _alias_problem(line: int, column: int, sigil: str, name: str) -> YamlProblem:
    what_vi = "neo" if sigil == "&" else "bí danh"
    what_en = "anchors" if sigil == "&" else "aliases"
    return _problem(
        line,
        column,
        "yaml-alias",
        f"không dùng {what_vi} YAML ('{sigil}{name}'); viết đầy đủ giá trị ở mỗi chỗ, "
        f"hoặc đặt cả giá trị trong ngoặc kép nếu '{sigil}' là một phần của chữ",
        f"YAML {what_en} ('{sigil}{name}') are not allowed; write the value out in full, "
        f"or put the whole value in double quotes if '{sigil}' is part of the text",
    )


def _tag_problem(line: int, column: int, tag: str) -> YamlProblem:
    if tag == _IMPLICIT:  # the non-specific tag '!', see _Builder._bang_tagged
        tag = "!"
    elif tag.startswith("tag:yaml.org,2002:"):
        tag = "!!" + tag[len("tag:yaml.org,2002:") :]
    tag = _show(tag)
    return _problem(
        line,
        column,
        "yaml-tag",
        f"không dùng thẻ kiểu YAML ({tag}); xóa thẻ, "
        "hoặc đặt cả giá trị trong ngoặc kép nếu '!' là một phần của chữ",
        f"YAML tags ({tag}) are not allowed; remove the tag, "
        "or put the whole value in double quotes if '!' is part of the text",
    )


# (needle in PyYAML's problem text, rule, what (vi), fix (vi), what (en), fix (en)).
# The needles are libyaml's wording; the pure-Python parser's other ones fall to the default.
_SYNTAX_MESSAGES: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "exceeded maximum nesting depth",
        "yaml-too-deep",
        f"dữ liệu lồng nhau quá sâu (hơn {MAX_DEPTH} cấp)",
        "viết cấu trúc phẳng hơn",
        f"data is nested too deeply (more than {MAX_DEPTH} levels)",
        "use a flatter structure",
    ),
    (
        "alias",
        "yaml-alias",
        "giá trị bắt đầu bằng '*' bị YAML hiểu là bí danh (không được dùng)",
        "đặt cả giá trị trong ngoặc kép",
        "a value starting with '*' is read as a YAML alias (not allowed)",
        "put the whole value in double quotes",
    ),
    (
        "anchor",
        "yaml-alias",
        "giá trị bắt đầu bằng '&' bị YAML hiểu là neo (không được dùng)",
        "đặt cả giá trị trong ngoặc kép",
        "a value starting with '&' is read as a YAML anchor (not allowed)",
        "put the whole value in double quotes",
    ),
    (
        "undefined tag handle",
        "yaml-tag",
        "thẻ kiểu YAML ('!...') không được dùng",
        "xóa thẻ, hoặc đặt cả giá trị trong ngoặc kép nếu '!' là một phần của chữ",
        "YAML tags ('!...') are not allowed",
        "remove the tag, or put the whole value in double quotes if '!' is part of the text",
    ),
    (
        "tab character",
        "yaml-syntax",
        "có tab trong phần thụt lề",
        "dùng dấu cách, không dùng tab",
        "a tab is used for indentation",
        "use spaces, not tabs",
    ),
    (
        "cannot start any token",
        "yaml-syntax",
        "ký tự này không được đứng đầu một giá trị (ví dụ @, `, %, tab)",
        "đặt cả giá trị trong ngoặc kép",
        "this character cannot start a value (e.g. @, `, %, a tab)",
        "put the whole value in double quotes",
    ),
    (
        "mapping values are not allowed",
        "yaml-syntax",
        "dấu ':' và dấu cách ở đây bị hiểu là bắt đầu một khóa mới",
        "đặt giá trị trong ngoặc kép nếu nó chứa ': ', hoặc sửa thụt lề",
        "a ':' followed by a space here starts a new key",
        "put the value in double quotes if it contains ': ', or fix the indentation",
    ),
    (
        "could not find expected ':'",
        "yaml-syntax",
        "thiếu dấu ':' sau khóa",
        "viết 'khóa: giá trị' trên một dòng, hoặc đặt giá trị nhiều dòng trong ngoặc kép",
        "a ':' is missing after a key",
        "write 'key: value' on one line, or put a multi-line value in double quotes",
    ),
    (
        "did not find expected key",
        "yaml-syntax",
        "thụt lề không khớp với các khóa cùng khối",
        "căn các khóa cùng cấp thẳng cột với nhau",
        "the indentation does not match the other keys of this block",
        "align keys of the same level in the same column",
    ),
    (
        "did not find expected '-' indicator",
        "yaml-syntax",
        "thụt lề không khớp với các mục '- ' của danh sách",
        "căn các mục '- ' của cùng danh sách thẳng cột với nhau",
        "the indentation does not match the list's '- ' items",
        "align the '- ' items of one list in the same column",
    ),
    (
        "did not find expected ',' or ']'",
        "yaml-syntax",
        "danh sách '[...]' thiếu dấu ',' hoặc ']'",
        "thêm dấu phẩy giữa các mục và dấu ']' ở cuối, hoặc đặt mục có dấu phẩy trong ngoặc kép",
        "a '[...]' list is missing a ',' or ']'",
        "add commas between items and a closing ']', or quote items that contain commas",
    ),
    (
        "did not find expected ',' or '}'",
        "yaml-syntax",
        "bảng '{...}' thiếu dấu ',' hoặc '}'",
        "thêm dấu phẩy giữa các cặp và dấu '}' ở cuối, "
        "hoặc đặt giá trị có dấu phẩy trong ngoặc kép",
        "a '{...}' mapping is missing a ',' or '}'",
        "add commas between pairs and a closing '}', or quote values that contain commas",
    ),
    (
        "found unexpected end of stream",
        "yaml-syntax",
        "tệp kết thúc khi một chuỗi trong ngoặc hoặc dấu ngoặc chưa được đóng",
        "thêm dấu ngoặc đóng còn thiếu",
        "the file ends inside an unclosed quote or bracket",
        "add the missing closing quote or bracket",
    ),
    (
        "unknown escape character",
        "yaml-syntax",
        "ký tự sau '\\' không hợp lệ trong chuỗi ngoặc kép",
        "viết '\\\\' cho dấu gạch chéo ngược, hoặc dùng ngoặc đơn '...'",
        "invalid character after '\\' in a double-quoted string",
        "write '\\\\' for a backslash, or use single quotes '...'",
    ),
    (
        "block sequence entries are not allowed",
        "yaml-syntax",
        "mục danh sách '- ' không được đặt ở đây",
        "xuống dòng và thụt lề danh sách dưới khóa của nó",
        "a '- ' list item is not allowed here",
        "start the list on a new line, indented under its key",
    ),
    (
        "did not find expected node content",
        "yaml-syntax",
        "thiếu giá trị ở đây",
        "thêm giá trị, hoặc đặt cả giá trị trong ngoặc kép",
        "a value is missing here",
        "add the value, or put the whole value in double quotes",
    ),
    (
        "unexpected document indicator",
        "yaml-syntax",
        "dòng bắt đầu bằng '---' hoặc '...' nằm trong một chuỗi",
        "thụt lề dòng đó, hoặc đặt cả chuỗi trong ngoặc kép",
        "a line starting with '---' or '...' is inside a string",
        "indent that line, or put the whole string in double quotes",
    ),
    (
        "directive",
        "yaml-syntax",
        "chỉ thị YAML ('%...') không hợp lệ",
        "xóa dòng bắt đầu bằng '%', hoặc đặt giá trị bắt đầu bằng '%' trong ngoặc kép",
        "invalid YAML directive ('%...')",
        "remove the line starting with '%', or quote a value that starts with '%'",
    ),
    (
        "did not find expected <document start>",
        "yaml-syntax",
        "có nội dung sau dòng '...' hoặc sau chỉ thị '%'",
        "xóa dòng '...' hoặc dòng '%' đó",
        "there is content after a '...' line or a '%' directive",
        "remove that '...' or '%' line",
    ),
)


def _clamp(text: str, line0: int, column0: int) -> tuple[int, int]:
    """1-based position inside ``text`` from a (possibly past-the-end) 0-based parser mark."""
    lines = text.split("\n")
    line = min(max(line0, 0), len(lines) - 1)
    column = min(max(column0, 0), len(lines[line]))
    return line + 1, column + 1


def _from_yaml_error(exc: yaml.YAMLError, text: str) -> YamlProblem:
    """Turn a PyYAML exception into a positioned, explained problem (problem mark, else context)."""
    problem = str(getattr(exc, "problem", None) or exc)
    context = str(getattr(exc, "context", None) or "")
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, column = _clamp(text, mark.line, mark.column) if mark is not None else (1, 1)
    start = getattr(exc, "context_mark", None)
    where_vi = where_en = ""
    if start is not None and start.line + 1 != line:
        where_vi = f" (bắt đầu từ dòng {start.line + 1})"
        where_en = f" (started at line {start.line + 1})"
    haystack = problem + " " + context
    for needle, rule, what_vi, fix_vi, what_en, fix_en in _SYNTAX_MESSAGES:
        if needle in haystack:
            return _problem(
                line,
                column,
                rule,
                f"{what_vi}{where_vi}; {fix_vi}",
                f"{what_en}{where_en}; {fix_en}",
            )
    detail = " ".join(f"{context} {problem}".split())
    return _problem(
        line,
        column,
        "yaml-syntax",
        f"lỗi cú pháp YAML ({detail}){where_vi}; "
        "kiểm tra thụt lề, dấu ':' và các dấu ngoặc quanh đây",
        f"YAML syntax error ({detail}){where_en}; "
        "check the indentation, ':' and brackets around here",
    )


# --------------------------------------------------------------------------------------------------
# Text-level checks, done before YAML sees the text.

_UTF8_BOM = b"\xef\xbb\xbf"
# C0/C1 controls except tab and line feed (CR is normalised away before this runs), the
# noncharacters U+FFFE/U+FFFF, and the Unicode line/paragraph separators, which YAML 1.1 parsers
# count as line breaks but editors do not, so every position after one would be off.
_BAD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _normalise(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _decode(raw: bytes) -> str | YamlProblem:
    """Strict UTF-8 → normalised text, or a problem pointing at the first byte that is not UTF-8."""
    if raw.startswith(_UTF8_BOM):
        raw = raw[len(_UTF8_BOM) :]
    try:
        return _normalise(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        before = _normalise(raw[: exc.start].decode("utf-8"))
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        byte = raw[exc.start]
        return _problem(
            line,
            column,
            "yaml-encoding",
            f"byte 0x{byte:02X} không hợp lệ trong UTF-8; lưu lại tệp với mã hóa UTF-8 "
            "(không dùng Windows-1258, TCVN3/ABC hay UTF-16)",
            f"byte 0x{byte:02X} is not valid UTF-8; save the file as UTF-8 "
            "(not Windows-1258, TCVN3/ABC or UTF-16)",
        )


def _bad_char_problems(text: str) -> list[YamlProblem]:
    problems: list[YamlProblem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = _BAD_CHAR_RE.search(line)
        if match is None:
            continue
        char = match.group()
        code = f"U+{ord(char):04X}"
        if char in "\x85\u2028\u2029":
            vi = f"ký tự xuống dòng lạ {code}; thay bằng xuống dòng thường (phím Enter)"
            en = f"unusual line break character {code}; replace it with an ordinary line break"
        else:
            vi = (
                f"ký tự điều khiển {code} không được phép trong tệp YAML; xóa ký tự này "
                "(nếu có nhiều, tệp có thể bị hỏng hoặc không phải văn bản)"
            )
            en = (
                f"control character {code} is not allowed in a YAML file; delete it "
                "(if there are many, the file may be damaged or not text at all)"
            )
        problems.append(_problem(number, match.start() + 1, "yaml-control-char", vi, en))
        if len(problems) >= _MAX_PER_RULE:
            break
    return problems


def _tab_problems(text: str) -> list[YamlProblem]:
    problems: list[YamlProblem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        column = line.find("\t")
        if column < 0:
            continue
        problems.append(
            _problem(
                number,
                column + 1,
                "yaml-tab",
                "có ký tự tab; dùng dấu cách, không dùng tab",
                "tab character; use spaces, not tabs",
            )
        )
        if len(problems) >= _MAX_PER_RULE:
            break
    return problems


def _might_nest_deeply(text: str) -> bool:
    """Cheap over-estimate of nesting depth, to decide whether the event-stream check is needed.

    Every level of nesting that costs only a character or two is opened by '[', '{', '- ' or '? '
    (or those indicators followed by a tab). Nesting by indentation alone costs quadratically many
    spaces, so the file-size limit keeps it within what the recursive composer survives; when it
    still goes too deep, _compose_and_build falls back to the event stream for the position.
    """
    count = text.count("[") + text.count("{")
    if count > MAX_DEPTH:
        return True
    count += text.count("- ") + text.count("? ")
    if count > MAX_DEPTH:
        return True
    if "\t" in text:
        count += text.count("-\t") + text.count("?\t")
    return count > MAX_DEPTH


def _event_position(event: Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _scan_events(text: str, problems: list[YamlProblem]) -> bool:
    """Check depth and find anchors/aliases in the event stream, before anything is composed.

    libyaml produces events iteratively (no recursion), so a million-deep ``[[[[`` is refused here
    at level MAX_DEPTH + 1 instead of reaching the recursive composer. Aliases get their own
    position here, which the composed nodes cannot give (an alias *is* the anchored node).
    Returns whether composing is still worth doing.
    """
    parser = _new_parser(text)
    depth = 0
    documents = 0
    reported = 0
    try:
        while True:
            event = parser.get_event()
            kind = type(event)
            if event is None or kind is StreamEndEvent:
                return True
            if kind is DocumentStartEvent:
                documents += 1
                if documents > 1:  # the composing pass reports it
                    return True
                continue
            if kind is SequenceEndEvent or kind is MappingEndEvent:
                depth -= 1
                continue
            line, column = _event_position(event)
            anchor: object = getattr(event, "anchor", None)
            if anchor is not None and reported < _MAX_PER_RULE:
                sigil = "*" if kind is AliasEvent else "&"
                problems.append(_alias_problem(line, column, sigil, str(anchor)))
                reported += 1
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    problems.append(_too_deep_problem(line, column))
                    return False
    except yaml.YAMLError as exc:
        problem = _from_yaml_error(exc, text)
        mark = getattr(exc, "problem_mark", None)
        if problem.rule == "yaml-too-deep" and mark is not None and 0 < mark.index < len(text):
            # libyaml scans ahead over a run of '[' (each one might open a key) and stops at its
            # own limit (1000 levels) before handing out a single event. Cut there, the text still
            # holds the level where it first went too deep, and the scanner reaches its end.
            retry: list[YamlProblem] = []
            if not _scan_events(text[: mark.index], retry) and retry[-1].rule == "yaml-too-deep":
                problem = retry[-1]
        problems.append(problem)
        return False
    finally:
        parser.dispose()


# --------------------------------------------------------------------------------------------------
# Building Python values from nodes.


class _Builder:
    """One walk over the composed node tree: values out, problems collected, depth bounded.

    Recursion is safe: it never goes deeper than MAX_DEPTH + 1 levels.
    """

    __slots__ = ("fast", "has_bang", "problems", "seen", "text", "too_deep")

    def __init__(self, text: str, problems: list[YamlProblem], may_share: bool) -> None:
        self.text = text
        self.has_bang = "!" in text
        self.problems = problems
        # Only a file with '&' can contain aliases (the composer refuses undefined ones), so only
        # then is the cost of remembering every node paid. A node met twice is an alias: skipped.
        self.seen: set[int] | None = set() if may_share else None
        self.too_deep = False
        # Most scalars in a record are plain words; the loops below turn those into str without
        # a call per node (halving the cost of the walk). Files with "!" or "&" take the full path.
        self.fast = not may_share and not self.has_bang

    def build(self, node: Node, depth: int) -> Any:
        seen = self.seen
        if seen is not None:
            if id(node) in seen:
                return None
            seen.add(id(node))
        tagged = node.tag != _IMPLICIT or (self.has_bang and self._bang_tagged(node))
        if tagged:
            self.problems.append(_tag_problem(*_at(node), node.tag))
        if isinstance(node, ScalarNode):
            value: str = node.value
            if node.style or tagged:  # quoted, block or tagged: always text
                return value
            result, rule = _resolve_plain(value)
            if rule is not None:
                self._scalar_problem(node, rule, value)
            return result
        if depth >= MAX_DEPTH:
            if not self.too_deep:
                self.too_deep = True
                self.problems.append(_too_deep_problem(*_at(node)))
            return None
        if isinstance(node, SequenceNode):
            return self._build_sequence(node, depth + 1)
        if isinstance(node, MappingNode):
            return self._build_mapping(node, depth + 1)
        return None  # pragma: no cover - the composer makes no other node kinds

    def _build_sequence(self, node: SequenceNode, depth: int) -> list[Any]:
        result: list[Any] = []
        fast = self.fast
        for item in node.value:
            if fast and type(item) is ScalarNode and item.tag == _IMPLICIT:
                text: str = item.value
                if item.style or (text not in _PLAIN_WORDS and text[0] not in _NUMBER_START):
                    result.append(text)
                    continue
            result.append(self.build(item, depth))
        return result

    def _build_mapping(self, node: MappingNode, depth: int) -> dict[str | int, Any]:
        result: dict[str | int, Any] = {}
        fast = self.fast
        for key_node, value_node in node.value:
            key: str | int | None
            if (
                fast
                and type(key_node) is ScalarNode
                and key_node.tag == _IMPLICIT
                and not key_node.style
                and key_node.value not in _PLAIN_WORDS
                and key_node.value[0] not in _NUMBER_START
            ):
                key = key_node.value
            else:
                key = self._key(key_node)
            value: Any
            if fast and type(value_node) is ScalarNode and value_node.tag == _IMPLICIT:
                text: str = value_node.value
                if value_node.style or (text not in _PLAIN_WORDS and text[0] not in _NUMBER_START):
                    value = text
                else:
                    value = self.build(value_node, depth)
            else:
                value = self.build(value_node, depth)
            if key is None:
                continue
            if key in result:
                self.problems.append(_duplicate_problem(node, key_node, key))
                continue
            result[key] = value
        return result

    def _bang_tagged(self, node: Node) -> bool:
        # The non-specific tag '!' reaches the resolver like no tag at all; but no untagged node can
        # start with '!', so a '!' at the node's start is that tag.
        index = node.start_mark.index
        return index < len(self.text) and self.text[index] == "!"

    def _scalar_problem(self, node: Node, rule: str, value: str) -> None:
        line, column = _at(node)
        if rule == "yaml-ambiguous-bool":
            self.problems.append(_bool_problem(line, column, value))
        else:
            self.problems.append(_nan_problem(line, column))

    def _key(self, key_node: Node) -> str | int | None:
        """The dict key for a key node; None (after a problem) when it cannot be one."""
        if not isinstance(key_node, ScalarNode):
            self.problems.append(
                _problem(
                    *_at(key_node),
                    "yaml-key-type",
                    "khóa phải là một chữ hoặc số, không phải danh sách hay bảng; "
                    "viết khóa là một chữ đơn",
                    "a key must be a word or a number, not a list or a mapping; "
                    "write the key as a single word",
                )
            )
            return None
        key, problem = _scalar_key(key_node)
        if key_node.tag != _IMPLICIT or (self.has_bang and self._bang_tagged(key_node)):
            self.problems.append(_tag_problem(*_at(key_node), key_node.tag))
        elif problem in ("yaml-ambiguous-bool", "yaml-nan"):
            self._scalar_problem(key_node, problem, key_node.value)
        elif problem is not None:
            self.problems.append(
                _problem(
                    *_at(key_node),
                    "yaml-key-type",
                    f"khóa {_show(key)} không phải chữ hay số nguyên (YAML đọc nó là null, "
                    "đúng/sai hoặc số thực); đặt khóa trong ngoặc kép",
                    f"key {_show(key)} is not a word or an integer (YAML reads it as null, "
                    "a boolean or a float); put the key in double quotes",
                )
            )
        return key


def _scalar_key(key_node: ScalarNode) -> tuple[str | int, str | None]:
    """Resolve a mapping key: a str or int, else its source text plus the rule it breaks.

    Null, bool and float keys are not allowed (``True`` would even collide with ``1`` in a dict), so
    they are kept as their text; the same function serves locate() so both agree on key identity.
    """
    text: str = key_node.value
    if key_node.style or key_node.tag != _IMPLICIT:
        return text, None
    value, rule = _resolve_plain(text)
    if rule is not None:
        return text, rule
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value, None
    return text, "yaml-key-type"


def _duplicate_problem(mapping: MappingNode, key_node: Node, key: str | int) -> YamlProblem:
    first = next(
        k for k, _ in mapping.value if isinstance(k, ScalarNode) and _scalar_key(k)[0] == key
    )
    first_line = first.start_mark.line + 1
    return _problem(
        *_at(key_node),
        "yaml-duplicate-key",
        f"khóa {_show(key)} bị lặp lại (đã có ở dòng {first_line}); "
        "xóa một khóa hoặc gộp hai giá trị làm một",
        f"duplicate key {_show(key)} (first at line {first_line}); "
        "remove one of them or merge the two values",
    )


# --------------------------------------------------------------------------------------------------
# Public API.


class YamlDocument:
    """Plain data from one YAML file, plus the node tree to map a data path back to a position.

    The nodes exist only to point at errors; :meth:`drop_nodes` frees them once the loader has run
    its checks, after which every position falls back to the start of the file.
    """

    __slots__ = ("_root", "data")

    def __init__(self, data: Any, root: Node | None) -> None:
        self.data: Any = data
        self._root: Node | None = root

    def locate(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """1-based (line, column) of the deepest node ``loc`` reaches.

        Elements that match nothing (pydantic puts union-branch names such as ``'int'`` into its
        locs) are skipped, so a missing key points at the mapping that should contain it.
        """
        node, _ = self._walk(loc)
        return _at(node) if node is not None else (1, 1)

    def locate_key(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """Like :meth:`locate`, but at the key itself when the last matched step was a mapping key,
        which is where an "unknown key" error belongs."""
        node, key_node = self._walk(loc)
        if key_node is not None:
            return _at(key_node)
        return _at(node) if node is not None else (1, 1)

    def drop_nodes(self) -> None:
        """Free the node tree: it is several times bigger than the data, and only errors need it."""
        self._root = None

    def _walk(self, loc: Sequence[str | int]) -> tuple[Node | None, Node | None]:
        node = self._root
        key_node: Node | None = None
        if node is None:
            return None, None
        for element in loc:
            if isinstance(node, MappingNode):
                for candidate, value in node.value:
                    if isinstance(candidate, ScalarNode) and _key_matches(candidate, element):
                        node, key_node = value, candidate
                        break
            elif (
                isinstance(node, SequenceNode)
                and isinstance(element, int)
                and not isinstance(element, bool)
                and 0 <= element < len(node.value)
            ):
                node, key_node = node.value[element], None
        return node, key_node


def _key_matches(key_node: ScalarNode, element: str | int) -> bool:
    key = _scalar_key(key_node)[0]
    if key == element and type(key) is type(element):
        return True
    # pydantic may report an int dict key as text (or the reverse).
    return isinstance(key, int) != isinstance(element, int) and str(key) == str(element)


def load_yaml(raw: bytes) -> tuple[YamlDocument | None, list[YamlProblem]]:
    """Parse one file's bytes strictly; never raises for bad input.

    Returns ``(None, problems)`` when nothing usable could be built, otherwise a document, possibly
    with problems: every hazard found is reported (not only the first), and any problem means the
    data must not be trusted, but it is still returned so that later checks can find more.
    An empty file, or one with only comments, gives a document whose data is None and no problem.
    """
    if len(raw) > MAX_FILE_BYTES:
        return None, [_too_large_problem(len(raw))]
    decoded = _decode(raw)
    if isinstance(decoded, YamlProblem):
        return None, [decoded]
    text = decoded
    problems: list[YamlProblem] = []
    if "\t" in text:
        problems.extend(_tab_problems(text))
    if _BAD_CHAR_RE.search(text) is not None:
        # libyaml refuses these anyway, at the first one only; we show each line's first.
        problems.extend(_bad_char_problems(text))
        return None, _finish(problems)
    document = _compose_and_build(text, problems)
    return document, _finish(problems)


def _compose_and_build(text: str, problems: list[YamlProblem]) -> YamlDocument | None:
    may_share = "&" in text
    scanned = may_share or _might_nest_deeply(text)
    if scanned and not _scan_events(text, problems):
        return None
    parser = _new_parser(text)
    too_deep = False
    root: Node | None = None
    try:
        if not parser.check_node():
            return YamlDocument(None, None)
        root = parser.get_node()
        try:
            following = parser.peek_event()
        except yaml.YAMLError as exc:  # after a '...' end: the first document itself is fine
            problem = _from_yaml_error(exc, text)
            if "document start" in str(exc):  # libyaml wants '---' before a second document
                problem = _multi_document_problem(problem.line, problem.column)
            problems.append(problem)
        else:
            if following is not None and not isinstance(following, StreamEndEvent):
                problems.append(_multi_document_problem(*_event_position(following)))
    except yaml.YAMLError as exc:
        problem = _from_yaml_error(exc, text)
        if problem.rule != "yaml-too-deep" or scanned:
            problems.append(problem)
            return None
        too_deep = True  # libyaml's own nesting limit (1000 levels), hit by deep indentation
    except RecursionError:  # the pure-Python composer recurses in Python, and hits its limit
        too_deep = True
    finally:
        parser.dispose()
    if too_deep:
        # Nesting by indentation alone escapes _might_nest_deeply; the event stream, which has no
        # recursion, finds the exact level where it became too deep.
        if _scan_events(text, problems):  # pragma: no cover - the composer just failed on depth
            problems.append(_too_deep_problem(1, 1))
        return None
    if root is None or (
        isinstance(root, ScalarNode)
        and root.value == ""
        and not root.style
        and root.tag == _IMPLICIT
    ):
        # A lone '---' gives an empty node positioned past the end: treat it as an empty file.
        return YamlDocument(None, None)
    data = _Builder(text, problems, may_share).build(root, 0)
    return YamlDocument(data, root)


def _multi_document_problem(line: int, column: int) -> YamlProblem:
    return _problem(
        line,
        column,
        "yaml-multi-document",
        "tệp chứa nhiều hơn một tài liệu YAML (sau dòng '---' hoặc '...'); mỗi tệp chỉ chứa "
        "một bản ghi: xóa dòng đó hoặc tách phần sau ra tệp riêng",
        "the file holds more than one YAML document (after a '---' or '...' line); "
        "one record per file: remove that line or move the rest to its own file",
    )


def _finish(problems: list[YamlProblem]) -> list[YamlProblem]:
    """Sorted, without repeats, and without parser complaints on lines already blamed on a tab
    (a tab in indentation makes libyaml fail right there, saying the same thing less clearly)."""
    if len(problems) < 2:
        return problems
    tab_lines = {p.line for p in problems if p.rule == "yaml-tab"}
    unique: dict[tuple[int, int, str], YamlProblem] = {}
    for problem in problems:
        if problem.rule == "yaml-syntax" and problem.line in tab_lines:
            continue
        unique.setdefault((problem.line, problem.column, problem.rule), problem)
    return sorted(unique.values(), key=lambda p: (p.line, p.column))


def _too_large_problem(size: int) -> YamlProblem:
    limit = MAX_FILE_BYTES / (1024 * 1024)
    mb = size / (1024 * 1024)
    return _problem(
        1,
        1,
        "yaml-too-large",
        f"tệp quá lớn ({mb:.1f} MB, giới hạn {limit:g} MB) nên không được đọc; "
        "chia thành các tệp nhỏ, mỗi tệp một bản ghi",
        f"file too large ({mb:.1f} MB, limit {limit:g} MB), not read; "
        "split it into small files, one record each",
    )


def read_yaml_file(path: str | os.PathLike[str]) -> tuple[YamlDocument | None, list[YamlProblem]]:
    """:func:`load_yaml` on a file, refusing what is not a readable regular file of sane size.

    The file is opened without blocking and checked with ``fstat`` on that descriptor before a byte
    is read, so a huge file is refused unread and a FIFO or device named ``*.yaml`` can neither block
    nor flood the run. Four system calls a file, no Python file object: this is the hot path of a
    10,000-file dataset. Never raises for a bad path.
    """
    try:
        handle = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(handle)
            if stat.S_ISDIR(info.st_mode):
                return None, [
                    _problem(
                        1,
                        1,
                        "yaml-not-a-file",
                        "đây là thư mục, không phải tệp YAML; đổi tên thư mục (bỏ đuôi .yaml) "
                        "hoặc chuyển nó ra khỏi thư mục dữ liệu",
                        "this is a directory, not a YAML file; rename it (drop the .yaml ending) "
                        "or move it out of the data folder",
                    )
                ]
            if not stat.S_ISREG(info.st_mode):
                return None, [
                    _problem(
                        1,
                        1,
                        "yaml-not-a-file",
                        "đây không phải tệp thông thường (ví dụ thiết bị hay ống dẫn); "
                        "thay bằng một tệp YAML thật hoặc xóa nó khỏi thư mục dữ liệu",
                        "this is not a regular file (e.g. a device or a pipe); "
                        "replace it with a real YAML file or remove it from the data folder",
                    )
                ]
            if info.st_size > MAX_FILE_BYTES:
                return None, [_too_large_problem(info.st_size)]
            raw = _read_all(handle, info.st_size)
        finally:
            os.close(handle)
    except PermissionError:
        return None, [
            _problem(
                1,
                1,
                "yaml-unreadable",
                "không có quyền đọc tệp; cấp quyền đọc cho tệp (ví dụ chmod a+r)",
                "permission denied reading the file; make it readable (e.g. chmod a+r)",
            )
        ]
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, [
            _problem(
                1,
                1,
                "yaml-unreadable",
                f"không đọc được tệp ({reason}); kiểm tra tệp còn tồn tại và đọc được",
                f"cannot read the file ({reason}); check that it exists and is readable",
            )
        ]
    if len(raw) > MAX_FILE_BYTES:  # it grew past the limit since fstat()
        return None, [_too_large_problem(len(raw))]
    return load_yaml(raw)


# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. O_BINARY: Windows.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _read_all(handle: int, size: int) -> bytes:
    """The bytes of an open regular file that fstat() found ``size`` bytes long.

    One read asks for one byte more than that: getting exactly ``size`` bytes is the whole file. A
    file that changed meanwhile is read on to its end, but never past the size limit."""
    data = os.read(handle, size + 1)
    if len(data) == size:
        return data
    chunks = [data]
    total = len(data)
    while total <= MAX_FILE_BYTES:
        chunk = os.read(handle, MAX_FILE_BYTES + 1 - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)
