"""cchc.yaml.decode: strict UTF-8, BOM, CRLF and NFD accepted with positions in NFC characters,
and the characters no file may hold raw (controls, odd line breaks, bidi controls) refused."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.yaml import load_yaml
from cchc.yaml.decode import BAD_CHAR_RE, REFUSED, has_refused_char
from yaml_support import TYPICAL, TYPICAL_DATA, Found, clean_data, en, found, vi

ENCODING: list[tuple[bytes, Found]] = [
    (b"a: 1\nb: Vi\xea\xd5t\n", [(2, 6, "yaml-encoding")]),  # Windows-1258 text
    (b"\xff\xfea\x00:\x00", [(1, 1, "yaml-encoding")]),  # UTF-16
    (b'ab: "\xc3\xa9\xff"\n', [(1, 7, "yaml-encoding")]),  # column in characters, not bytes
    (b"a: 1\r\nb: \x80\r\n", [(2, 4, "yaml-encoding")]),  # CRLF is one line break
    (b"\xef\xbb\xbfa: \xc0", [(1, 4, "yaml-encoding")]),  # the BOM is not a column
    (b"te\xcc\x82n: \xff", [(1, 6, "yaml-encoding")]),  # NFD 'ê' is one column
    (bytes(range(256)), [(3, 115, "yaml-encoding")]),  # binary: CR at 13 splits lines
]


@pytest.mark.parametrize(("raw", "expected"), ENCODING)
def test_encoding(raw: bytes, expected: Found) -> None:
    document, problems = load_yaml(raw)
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == expected
    assert "UTF-8" in vi(problems[0])


def test_encoding_message_names_the_byte() -> None:
    _, problems = load_yaml(b"a: 1\nb: Vi\xea\xd5t\n")
    assert vi(problems[0]) == (
        "byte 0xEA không hợp lệ trong UTF-8; lưu lại tệp với mã hóa UTF-8 "
        "(không dùng Windows-1258, TCVN3/ABC hay UTF-16)"
    )
    assert en(problems[0]).startswith("byte 0xEA is not valid UTF-8")


CONTROL_CHARS: list[tuple[str, Found]] = [
    ("a: 1\nb: x\x00y\n", [(2, 5, "yaml-control-char")]),
    ("a: \x1b[31m\n", [(1, 4, "yaml-control-char")]),
    ("a: x\u2028y\nb: \x85\n", [(1, 5, "yaml-control-char"), (2, 4, "yaml-control-char")]),
    ("\x00\x01\x02\n\x7f", [(1, 1, "yaml-control-char"), (2, 1, "yaml-control-char")]),
    # bidi controls, raw, anywhere: in a value, a key, a comment
    ("title: abc\u202edef\n", [(1, 11, "yaml-control-char")]),
    ("ti\u2066tle: x\n", [(1, 3, "yaml-control-char")]),
    ("a: 1 # ok\u2067\u2069\n", [(1, 10, "yaml-control-char")]),
    (
        "a: \u200fx\nb: \u200ey\nc: \u061cz\n",
        [(1, 4, "yaml-control-char"), (2, 4, "yaml-control-char"), (3, 4, "yaml-control-char")],
    ),
    (
        "a: 'x\u202ay'\nb: \u202b\u202c\u202d\u2068\n",
        [(1, 6, "yaml-control-char"), (2, 4, "yaml-control-char")],
    ),
]


@pytest.mark.parametrize(("source", "expected"), CONTROL_CHARS)
def test_control_characters(source: str, expected: Found) -> None:
    document, _ = load_yaml(source.encode())
    assert document is None
    assert found(source) == expected


@pytest.mark.parametrize(
    ("char", "vi_start", "en_start"),
    [
        ("\x1b", "ký tự điều khiển U+001B", "control character U+001B"),
        ("\u2028", "ký tự xuống dòng lạ U+2028", "unusual line break character U+2028"),
        ("\u202e", "ký tự đảo chiều chữ U+202E", "bidirectional control character U+202E"),
    ],
)
def test_control_character_messages(char: str, vi_start: str, en_start: str) -> None:
    (problem,) = load_yaml(f"a: x{char}\n".encode())[1]
    assert vi(problem).startswith(vi_start)
    assert en(problem).startswith(en_start)


def test_only_the_first_bad_character_of_a_line_and_at_most_100_lines() -> None:
    source = "".join(f"k{n}: \x01\x02 \x03\n" for n in range(500))
    problems = found(source)
    assert problems == [(n, 4 + len(str(n - 1)), "yaml-control-char") for n in range(1, 101)]


def test_characters_that_look_odd_but_are_text_are_kept() -> None:
    # a no-break space, a zero-width joiner, Vietnamese in both Unicode forms
    assert clean_data("a: x\u00a0y\nb: 👩\u200d💻\nc: Việt\n") == {
        "a": "x\u00a0y",
        "b": "👩\u200d💻",
        "c": "Việt",
    }


def test_binary_garbage_is_a_problem_not_a_crash() -> None:
    garbage = random.Random(7).randbytes(64 * 1024)
    document, problems = load_yaml(garbage)
    assert document is None
    assert [p.rule for p in problems] == ["yaml-encoding"]
    assert found(b"\x00" * 1000)[0] == (1, 1, "yaml-control-char")


# --------------------------------------------------------------------------------------------------
# Normalisation: BOM, CRLF, lone CR and NFD are accepted; data and positions match the clean file.


@pytest.mark.parametrize(
    "variant",
    [
        b"\xef\xbb\xbf" + TYPICAL.encode(),
        TYPICAL.replace("\n", "\r\n").encode(),
        TYPICAL.replace("\n", "\r").encode(),
        unicodedata.normalize("NFD", TYPICAL).encode(),
        b"\xef\xbb\xbf" + unicodedata.normalize("NFD", TYPICAL).replace("\n", "\r\n").encode(),
    ],
    ids=["bom", "crlf", "cr", "nfd", "all"],
)
def test_normalisation(variant: bytes) -> None:
    assert unicodedata.normalize("NFD", TYPICAL) != TYPICAL
    document, problems = load_yaml(variant)
    assert problems == []
    assert document is not None
    assert document.data == TYPICAL_DATA
    assert document.locate(["updates", 1, "evidence", "title"]) == (17, 63)


def test_positions_are_counted_in_nfc_characters() -> None:
    source = unicodedata.normalize("NFD", "Việt: no\ntên: 1\ntên: 2\n").encode()
    assert found(source) == [(1, 7, "yaml-ambiguous-bool"), (3, 1, "yaml-duplicate-key")]
    document, _ = load_yaml(source)
    assert document is not None
    assert list(document.data) == ["Việt", "tên"]


@pytest.mark.parametrize("char", sorted(REFUSED - {"\t", "\n", "\r"}))
def test_every_refused_character_is_refused_raw(char: str) -> None:
    assert found(f"a: x{char}y\n") == [(1, 5, "yaml-control-char")]


def test_the_raw_check_refuses_exactly_the_refused_characters_but_tab_and_line_feed() -> None:
    matched = {chr(code) for code in range(0x10000) if BAD_CHAR_RE.match(chr(code))}
    assert matched == REFUSED - {"\t", "\n"}


def test_no_refused_character_counts_as_printable() -> None:
    # has_refused_char skips the search for a text that is printable but for its line feeds.
    assert not [char for char in REFUSED - {"\t", "\n"} if char.isprintable()]


# Text of the files' own alphabet (Vietnamese, ASCII, line feeds) with anything else mixed in.
_FILE_TEXT = st.text(
    st.one_of(
        st.sampled_from("aăâđêôơư ạấờữ:-\n"),
        st.sampled_from(sorted(REFUSED | {"\u00a0", "\u200b", "\t"})),
        st.characters(),
    )
)


@given(_FILE_TEXT)
def test_the_quick_check_agrees_with_the_search(text: str) -> None:
    assert has_refused_char(text) == (BAD_CHAR_RE.search(text) is not None)
