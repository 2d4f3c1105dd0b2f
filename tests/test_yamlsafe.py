"""Tests for cchc.yamlsafe: each hazard with its exact position and rule, normalisation, locate(),
file-level limits, and robustness on arbitrary bytes."""

from __future__ import annotations

import math
import os
import random
import stat
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc import yamlsafe
from cchc.yamlsafe import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    YamlDocument,
    YamlProblem,
    load_yaml,
    read_yaml_file,
)

TYPICAL = """\
id: T06
kind: key
area: III
title: Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh
lead: [snv]
support: [vp-ubnd, cac-so-ban-nganh-lien-quan]
product: Quyết định phê duyệt Đề án của UBND tỉnh
deadline: 2017
deadline_text: Năm 2017
source: Phụ lục, STT 6
updates:
  - date: 2017-05-10
    status: in_progress
    note: Đã trình dự thảo Đề án lên UBND tỉnh.
  - date: 2017-10-20
    status: done
    evidence: {number: 3456/QĐ-UBND, date: 2017-10-20, title: "Quyết định phê duyệt"}
"""

TYPICAL_DATA = {
    "id": "T06",
    "kind": "key",
    "area": "III",
    "title": "Đề án Trung tâm Dịch vụ hành chính công cấp tỉnh",
    "lead": ["snv"],
    "support": ["vp-ubnd", "cac-so-ban-nganh-lien-quan"],
    "product": "Quyết định phê duyệt Đề án của UBND tỉnh",
    "deadline": 2017,
    "deadline_text": "Năm 2017",
    "source": "Phụ lục, STT 6",
    "updates": [
        {
            "date": "2017-05-10",
            "status": "in_progress",
            "note": "Đã trình dự thảo Đề án lên UBND tỉnh.",
        },
        {
            "date": "2017-10-20",
            "status": "done",
            "evidence": {
                "number": "3456/QĐ-UBND",
                "date": "2017-10-20",
                "title": "Quyết định phê duyệt",
            },
        },
    ],
}

Found = list[tuple[int, int, str]]


def found(source: str | bytes) -> Found:
    raw = source.encode() if isinstance(source, str) else source
    _, problems = load_yaml(raw)
    return [(p.line, p.column, p.rule) for p in problems]


def clean_data(source: str | bytes) -> Any:
    raw = source.encode() if isinstance(source, str) else source
    document, problems = load_yaml(raw)
    assert problems == []
    assert document is not None
    return document.data


def test_typical_file_loads_as_plain_data() -> None:
    assert clean_data(TYPICAL) == TYPICAL_DATA


# --------------------------------------------------------------------------------------------------
# One table per hazard: (source, [(line, column, rule), ...]).

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
    assert "UTF-8" in problems[0].message


TABS: list[tuple[str, Found]] = [
    ("a:\n\tb: 1\n", [(2, 1, "yaml-tab")]),  # the parser's own complaint on that line is dropped
    ("a: 1\nb:\t2\n", [(2, 3, "yaml-tab")]),
    ("a: 'x\ty'\t# c\t\n", [(1, 6, "yaml-tab")]),  # one per line
    ("a: 1\t\nb: 2\t\n", [(1, 5, "yaml-tab"), (2, 5, "yaml-tab")]),
]


@pytest.mark.parametrize(("source", "expected"), TABS)
def test_tabs(source: str, expected: Found) -> None:
    assert found(source) == expected
    _, problems = load_yaml(source.encode())
    assert "dùng dấu cách, không dùng tab" in problems[0].message


def test_tab_outside_indentation_keeps_the_data() -> None:
    document, _ = load_yaml(b"a: 1\nb:\t2\n")
    assert document is not None
    assert document.data == {"a": 1, "b": 2}


CONTROL_CHARS: list[tuple[str, Found]] = [
    ("a: 1\nb: x\x00y\n", [(2, 5, "yaml-control-char")]),
    ("a: \x1b[31m\n", [(1, 4, "yaml-control-char")]),
    ("a: x\u2028y\nb: \x85\n", [(1, 5, "yaml-control-char"), (2, 4, "yaml-control-char")]),
    ("\x00\x01\x02\n\x7f", [(1, 1, "yaml-control-char"), (2, 1, "yaml-control-char")]),
]


@pytest.mark.parametrize(("source", "expected"), CONTROL_CHARS)
def test_control_characters(source: str, expected: Found) -> None:
    document, _ = load_yaml(source.encode())
    assert document is None
    assert found(source) == expected


SYNTAX: list[tuple[str, Found]] = [
    ("a: b: c\n", [(1, 5, "yaml-syntax")]),
    ("a:\n  b: 1\n c: 2\n", [(3, 2, "yaml-syntax")]),
    ("a: [1, 2\n", [(2, 1, "yaml-syntax")]),
    ("a: {b: 1\n", [(2, 1, "yaml-syntax")]),
    ('a: "x\n', [(2, 1, "yaml-syntax")]),
    ("a:\n  - b\n  c: 1\n", [(3, 3, "yaml-syntax")]),
    ("a: @x\n", [(1, 4, "yaml-syntax")]),
    ('a: "\\q"\n', [(1, 5, "yaml-syntax")]),
    ("a: 1\n...\n%bad\n", [(3, 5, "yaml-syntax")]),
]


@pytest.mark.parametrize(("source", "expected"), SYNTAX)
def test_syntax_errors(source: str, expected: Found) -> None:
    assert found(source) == expected


def test_syntax_message_is_explained_and_names_where_the_block_started() -> None:
    _, problems = load_yaml(b"title: x\nlead: [snv, vp\nsupport: []\n")
    (problem,) = problems
    assert problem.message == (
        "danh sách '[...]' thiếu dấu ',' hoặc ']' (bắt đầu từ dòng 2); thêm dấu phẩy giữa các mục "
        "và dấu ']' ở cuối, hoặc đặt mục có dấu phẩy trong ngoặc kép"
    )
    assert "(started at line 2)" in problem.message_en


def test_junk_after_explicit_document_end_keeps_the_document() -> None:
    document, _ = load_yaml(b"a: 1\n...\n%bad\n")
    assert document is not None
    assert document.data == {"a": 1}


MULTI_DOCUMENT: list[tuple[str, Found]] = [
    ("a: 1\n---\nb: 2\n", [(2, 1, "yaml-multi-document")]),
    ("---\na: 1\n...\n---\nb: 2\n", [(4, 1, "yaml-multi-document")]),
    ("a: 1\n--- \n", [(2, 1, "yaml-multi-document")]),
    ("a: 1\n...\nb: 2\n", [(3, 1, "yaml-multi-document")]),
    ("---\na: 1\n", []),
]


@pytest.mark.parametrize(("source", "expected"), MULTI_DOCUMENT)
def test_multiple_documents(source: str, expected: Found) -> None:
    assert found(source) == expected
    document, _ = load_yaml(source.encode())
    assert document is not None
    assert document.data == {"a": 1}  # the first document is still checked


ALIASES: list[tuple[str, Found]] = [
    ("a: &x 1\nb: *x\n", [(1, 4, "yaml-alias"), (2, 4, "yaml-alias")]),
    ("a: &x [1]\n", [(1, 4, "yaml-alias")]),
    ("- &x [1, *x]\n", [(1, 3, "yaml-alias"), (1, 10, "yaml-alias")]),  # a cycle
    ("note: *xong\n", [(1, 7, "yaml-alias")]),  # undefined alias
    ("note: * xong\n", [(1, 8, "yaml-alias")]),
    ("a: &x k\n*x : v\n", [(1, 4, "yaml-alias"), (2, 1, "yaml-alias")]),
]


@pytest.mark.parametrize(("source", "expected"), ALIASES)
def test_anchors_and_aliases(source: str, expected: Found) -> None:
    assert found(source) == expected


def test_ampersand_in_text_is_not_an_anchor() -> None:
    assert clean_data("a: Sở Kế hoạch & Đầu tư\nb: R&D\n") == {
        "a": "Sở Kế hoạch & Đầu tư",
        "b": "R&D",
    }


def test_billion_laughs_is_refused_without_expanding() -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    source = "\n".join(lines) + "\n"
    document, problems = load_yaml(source.encode())
    assert {p.rule for p in problems} == {"yaml-alias"}
    assert (problems[0].line, problems[0].column) == (1, 4)
    assert len(problems) == 10 + 9 * 9  # every anchor and alias, each at its own place
    assert document is not None
    assert document.data["j"] == [None] * 9  # aliases are never followed


def too_deep_by_indentation(levels: int) -> str:
    return "a:\n" + "".join(" " * i + "k:\n" for i in range(1, levels))


DEPTH: list[tuple[str, Found]] = [
    ("[" * MAX_DEPTH + "]" * MAX_DEPTH, []),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), [(1, 65, "yaml-too-deep")]),
    ("[" * 1000 + "]" * 1000, [(1, 65, "yaml-too-deep")]),
    ("[" * 200_000 + "]" * 200_000, [(1, 65, "yaml-too-deep")]),
    ("[" * 200_000, [(1, 65, "yaml-too-deep")]),  # refused before the syntax error is reached
    ("{a: " * 1000 + "1" + "}" * 1000, [(1, 257, "yaml-too-deep")]),
    ("- " * 200_000 + "x", [(1, 129, "yaml-too-deep")]),
    (too_deep_by_indentation(MAX_DEPTH), []),
    (too_deep_by_indentation(100), [(65, 65, "yaml-too-deep")]),
    (too_deep_by_indentation(1500), [(65, 65, "yaml-too-deep")]),  # past libyaml's own limit
]


@pytest.mark.parametrize(("source", "expected"), DEPTH)
def test_nesting_depth(source: str, expected: Found) -> None:
    assert found(source) == expected


DUPLICATES: list[tuple[str, Found]] = [
    ("a: 1\nb: 2\na: 3\n", [(3, 1, "yaml-duplicate-key")]),
    ("b: {c: 1, c: 2}\n", [(1, 11, "yaml-duplicate-key")]),
    ("1: a\n1: b\n", [(2, 1, "yaml-duplicate-key")]),
    ("a: 1\na: 2\na: 3\n", [(2, 1, "yaml-duplicate-key"), (3, 1, "yaml-duplicate-key")]),
    ("- a: 1\n  a: 2\n- a: 3\n", [(2, 3, "yaml-duplicate-key")]),
    ('a: 1\n"a": 2\n', [(2, 1, "yaml-duplicate-key")]),
]


@pytest.mark.parametrize(("source", "expected"), DUPLICATES)
def test_duplicate_keys(source: str, expected: Found) -> None:
    assert found(source) == expected


def test_duplicate_key_message_names_the_key_and_first_line() -> None:
    document, problems = load_yaml(b"id: T06\nkind: key\nid: T07\n")
    (problem,) = problems
    assert "'id'" in problem.message
    assert "dòng 1" in problem.message
    assert "line 1" in problem.message_en
    assert document is not None
    assert document.data == {"id": "T06", "kind": "key"}  # the first one counts


def test_int_key_and_quoted_key_are_different_keys() -> None:
    assert clean_data('1: a\n"1": b\n') == {1: "a", "1": "b"}


SCALARS: list[tuple[str, object]] = [
    ("~", None),
    ("null", None),
    ("Null", None),
    ("NULL", None),
    ("", None),
    ("true", True),
    ("True", True),
    ("TRUE", True),
    ("false", False),
    ("FALSE", False),
    ("0", 0),
    ("-17", -17),
    ("+5", 5),
    ("-0", 0),
    ("12345678901234567890", 12345678901234567890),
    ("017", "017"),
    ("0x1F", "0x1F"),
    ("0o17", "0o17"),
    ("1_000", "1_000"),
    ("1.5", 1.5),
    ("-2.5e3", -2500.0),
    ("1e3", 1000.0),
    ("1.", 1.0),
    (".5", 0.5),
    (".inf", math.inf),
    ("-.Inf", -math.inf),
    ("2017-05-10", "2017-05-10"),
    ("2017-05-10T10:00:00", "2017-05-10T10:00:00"),
    ("1:30", "1:30"),
    ("1.2.3", "1.2.3"),
    ("3456/QĐ-UBND", "3456/QĐ-UBND"),
    ("Năm 2017", "Năm 2017"),
    ("'no'", "no"),
    ('"true"', "true"),
    ("'123'", "123"),
    ('"~"', "~"),
    ("|\n  dòng 1\n  dòng 2", "dòng 1\ndòng 2\n"),
    (">-\n  gấp\n  dòng", "gấp dòng"),
    ("9" * 5000, "9" * 5000),  # beyond int()'s digit limit: kept as text
]


@pytest.mark.parametrize(("written", "value"), SCALARS)
def test_scalars_resolve_by_yaml_1_2_core(written: str, value: object) -> None:
    assert clean_data(f"v: {written}\n") == {"v": value}
    assert clean_data(f"- {written}\n") == [value]


AMBIGUOUS_BOOLS = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "on",
    "On",
    "ON",
    "off",
    "Off",
    "OFF",
]


@pytest.mark.parametrize("word", AMBIGUOUS_BOOLS)
def test_yaml_1_1_booleans_are_refused_but_kept_as_text(word: str) -> None:
    for source, position in ((f"v: {word}\n", (1, 4)), (f"- {word}\n", (1, 3))):
        document, problems = load_yaml(source.encode())
        assert [(p.line, p.column, p.rule) for p in problems] == [
            (*position, "yaml-ambiguous-bool")
        ]
        assert document is not None
        assert word in (document.data if isinstance(document.data, list) else [document.data["v"]])


def test_ambiguous_bool_message() -> None:
    _, problems = load_yaml(b"done: no\n")
    assert problems[0].message == (
        "'no' là giá trị đúng/sai kiểu cũ của YAML 1.1; viết true/false, "
        "hoặc đặt trong ngoặc kép nếu là chữ"
    )


OTHER_SCALAR_PROBLEMS: list[tuple[str, Found]] = [
    ("v: .nan\n", [(1, 4, "yaml-nan")]),
    ("on: push\n", [(1, 1, "yaml-ambiguous-bool")]),
    ("v: [yes, 'no', No]\n", [(1, 5, "yaml-ambiguous-bool"), (1, 16, "yaml-ambiguous-bool")]),
]


@pytest.mark.parametrize(("source", "expected"), OTHER_SCALAR_PROBLEMS)
def test_other_scalar_problems(source: str, expected: Found) -> None:
    assert found(source) == expected


TAGS: list[tuple[str, Found, object]] = [
    ("a: !!str 1\n", [(1, 4, "yaml-tag")], {"a": "1"}),
    ("x: !!python/object:os.system [ls]\n", [(1, 4, "yaml-tag")], {"x": ["ls"]}),
    ("a: !custom x\n", [(1, 4, "yaml-tag")], {"a": "x"}),
    ("a: ! 12\n", [(1, 4, "yaml-tag")], {"a": "12"}),
    ("!!int d: 1\n", [(1, 1, "yaml-tag")], {"d": 1}),
    ("a: !!map {b: 1}\n", [(1, 4, "yaml-tag")], {"a": {"b": 1}}),
    ("a: !foo!bar x\n", [(1, 4, "yaml-tag")], None),  # undefined handle: a parse error
]


@pytest.mark.parametrize(("source", "expected", "data"), TAGS)
def test_explicit_tags(source: str, expected: Found, data: object) -> None:
    document, problems = load_yaml(source.encode())
    assert [(p.line, p.column, p.rule) for p in problems] == expected
    assert (document.data if document is not None else None) == data


def test_exclamation_mark_in_text_is_not_a_tag() -> None:
    assert clean_data("note: Gấp! Xong!\n") == {"note": "Gấp! Xong!"}


KEY_TYPES: list[tuple[str, Found]] = [
    ("? [a]\n: 1\n", [(1, 3, "yaml-key-type")]),
    ("{[a]: 1}\n", [(1, 2, "yaml-key-type")]),
    ("? {a: 1}\n: 1\nb: 2\n", [(1, 3, "yaml-key-type")]),
    ("true: x\n", [(1, 1, "yaml-key-type")]),
    ("1.5: x\n", [(1, 1, "yaml-key-type")]),
    ("~: x\n", [(1, 1, "yaml-key-type")]),
]


@pytest.mark.parametrize(("source", "expected"), KEY_TYPES)
def test_key_types(source: str, expected: Found) -> None:
    assert found(source) == expected


def test_bad_scalar_keys_are_kept_as_their_text() -> None:
    document, _ = load_yaml(b"true: x\n1.5: y\n2017: z\n")
    assert document is not None
    assert document.data == {"true": "x", "1.5": "y", 2017: "z"}


def test_every_hazard_is_found_in_one_call_and_sorted() -> None:
    source = "id: T06\nkind: !!str key\ndone: no\nid: T07\nnote:\tx\nlead: &l [snv]\n"
    assert found(source) == [
        (2, 7, "yaml-tag"),
        (3, 7, "yaml-ambiguous-bool"),
        (4, 1, "yaml-duplicate-key"),
        (5, 6, "yaml-tab"),
        (6, 7, "yaml-alias"),
    ]


@pytest.mark.parametrize("raw", [b"", b"# only a comment\n", b"\n\n", b"---\n", b"\xef\xbb\xbf"])
def test_empty_files_give_no_data_and_no_problem(raw: bytes) -> None:
    document, problems = load_yaml(raw)
    assert problems == []
    assert document is not None
    assert document.data is None
    assert document.locate(["anything"]) == (1, 1)


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


# --------------------------------------------------------------------------------------------------
# locate() and locate_key().


@pytest.fixture
def typical() -> YamlDocument:
    document, problems = load_yaml(TYPICAL.encode())
    assert problems == []
    assert document is not None
    return document


LOCATE: list[tuple[list[str | int], tuple[int, int], tuple[int, int]]] = [
    ([], (1, 1), (1, 1)),
    (["id"], (1, 5), (1, 1)),
    (["lead", 0], (5, 8), (5, 8)),
    (["updates"], (12, 3), (11, 1)),
    (["updates", 0, "date"], (12, 11), (12, 5)),
    (["updates", 1, "evidence", "number"], (17, 24), (17, 16)),
    # pydantic's union-branch names are skipped wherever they appear
    (
        ["updates", 1, "function-after[check(), Evidence]", "evidence", "int", "date"],
        (17, 44),
        (17, 38),
    ),
    (["str", "updates", "list[Update]", 1, "status"], (16, 13), (16, 5)),
    # a missing key points at the mapping that should hold it (and so does locate_key)
    (["updates", 0, "evidence"], (12, 5), (12, 5)),
    (["updates", 1, "evidence", "missing"], (17, 15), (17, 5)),
    # an index out of range, or a key given to a list, stops at the list
    (["updates", 5], (12, 3), (11, 1)),
    (["updates", "date"], (12, 3), (11, 1)),
    (["lead", -1], (5, 7), (5, 1)),
]


@pytest.mark.parametrize(("loc", "value_at", "key_at"), LOCATE)
def test_locate(
    typical: YamlDocument,
    loc: list[str | int],
    value_at: tuple[int, int],
    key_at: tuple[int, int],
) -> None:
    assert typical.locate(loc) == value_at
    assert typical.locate_key(tuple(loc)) == key_at


def test_locate_int_keys() -> None:
    document, _ = load_yaml(b"targets:\n  2017: 10\n  2018: 20\n")
    assert document is not None
    assert document.locate(["targets", 2018]) == (3, 9)
    assert document.locate(["targets", "2018"]) == (3, 9)
    assert document.locate_key(["targets", 2018]) == (3, 3)


def test_locate_after_drop_nodes(typical: YamlDocument) -> None:
    typical.drop_nodes()
    assert typical.locate(["updates", 0, "date"]) == (1, 1)
    assert typical.locate_key(["id"]) == (1, 1)
    assert typical.data == TYPICAL_DATA


def test_locate_finds_the_first_of_duplicate_keys() -> None:
    document, _ = load_yaml(b"a: 1\na: 2\n")
    assert document is not None
    assert document.locate(["a"]) == (1, 4)


# --------------------------------------------------------------------------------------------------
# Files: limits, directories, permissions.


def refuse_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(yamlsafe, "_read_all", fail)


def test_a_file_that_changed_after_fstat_is_read_to_its_end(tmp_path: Path) -> None:
    path = tmp_path / "T06.yaml"
    path.write_bytes(b"0123456789")
    for seen in (4, 10, 20):  # it grew, it did not change, it shrank
        handle = os.open(path, os.O_RDONLY)
        try:
            assert yamlsafe._read_all(handle, seen) == b"0123456789"
        finally:
            os.close(handle)


def test_a_file_that_grew_past_the_limit_after_fstat_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "T06.yaml"
    path.write_bytes(b"a: " + b"x" * 97)
    monkeypatch.setattr(yamlsafe, "MAX_FILE_BYTES", 50)
    real_fstat = os.fstat

    def small_fstat(handle: int) -> os.stat_result:
        info = list(real_fstat(handle))
        info[stat.ST_SIZE] = 10  # what fstat saw, before the file grew
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", small_fstat)
    document, problems = read_yaml_file(path)
    monkeypatch.undo()
    assert document is None
    assert [p.rule for p in problems] == ["yaml-too-large"]


def test_read_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "T06.yaml"
    path.write_text(TYPICAL, encoding="utf-8")
    document, problems = read_yaml_file(path)
    assert problems == []
    assert document is not None
    assert document.data == TYPICAL_DATA


def test_file_of_16_mb_on_one_line_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"note: " + b"x" * (16 * 1024 * 1024))
    refuse_open(monkeypatch)
    document, problems = read_yaml_file(path)
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-too-large")]
    assert "16.0 MB" in problems[0].message


def test_file_one_byte_over_the_limit_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sparse.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    refuse_open(monkeypatch)
    assert read_yaml_file(path)[1][0].rule == "yaml-too-large"


def test_long_single_line_under_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    path.write_bytes(b"note: " + b"x" * (MAX_FILE_BYTES - 100))
    document, problems = read_yaml_file(path)
    assert problems == []
    assert document is not None
    assert len(document.data["note"]) == MAX_FILE_BYTES - 100


def test_load_yaml_refuses_too_many_bytes() -> None:
    assert found(b"a" * (MAX_FILE_BYTES + 1)) == [(1, 1, "yaml-too-large")]


def test_directory_named_like_a_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").mkdir()
    document, problems = read_yaml_file(tmp_path / "x.yaml")
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-not-a-file")]
    assert "thư mục" in problems[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    assert [p.rule for p in read_yaml_file(tmp_path / "pipe.yaml")[1]] == ["yaml-not-a-file"]


def test_missing_file(tmp_path: Path) -> None:
    document, problems = read_yaml_file(tmp_path / "gone.yaml")
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-unreadable")]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert [p.rule for p in read_yaml_file(path)[1]] == ["yaml-unreadable"]
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (PermissionError(13, "Permission denied"), "quyền đọc"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_unreadable_file_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, text: str
) -> None:
    path = tmp_path / "T06.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(os, "open", fail)
    document, problems = read_yaml_file(path)
    monkeypatch.undo()
    assert document is None
    assert [(p.line, p.column, p.rule) for p in problems] == [(1, 1, "yaml-unreadable")]
    assert text in problems[0].message


def test_binary_garbage_is_a_problem_not_a_crash() -> None:
    garbage = random.Random(7).randbytes(64 * 1024)
    document, problems = load_yaml(garbage)
    assert document is None
    assert [p.rule for p in problems] == ["yaml-encoding"]
    assert found(b"\x00" * 1000)[0] == (1, 1, "yaml-control-char")


# --------------------------------------------------------------------------------------------------
# Without libyaml the pure-Python composer must give the same answers.

FALLBACK_CASES = [
    TYPICAL,
    "a: 1\na: 2\nb: no\n",
    "a: &x 1\nb: *x\n",
    "a: 1\n---\nb: 2\n",
    "a: [1, 2\n",
    "a: ! 12\nb: !!str 3\n",
    "[" * 1000 + "]" * 1000,
    too_deep_by_indentation(400),
]


@pytest.mark.parametrize("source", FALLBACK_CASES)
def test_pure_python_fallback_agrees(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_libyaml = load_yaml(source.encode())
    monkeypatch.setattr(yamlsafe, "_new_parser", yamlsafe._PyComposer)
    without = load_yaml(source.encode())
    assert [(p.line, p.column, p.rule) for p in without[1]] == [
        (p.line, p.column, p.rule) for p in with_libyaml[1]
    ]
    assert (without[0] and without[0].data) == (with_libyaml[0] and with_libyaml[0].data)


# --------------------------------------------------------------------------------------------------
# Robustness: never raises; every position is inside the (normalised) text.


def normalised_lines(raw: bytes) -> list[str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).split("\n")


def assert_well_formed(raw: bytes, problems: list[YamlProblem]) -> None:
    lines = normalised_lines(raw)
    for problem in problems:
        assert 1 <= problem.line <= len(lines), problem
        assert 1 <= problem.column <= len(lines[problem.line - 1]) + 1, problem
        assert problem.rule.startswith("yaml-")
        for message in (problem.message, problem.message_en):
            assert message
            assert "\n" not in message


YAMLISH = st.text(
    alphabet=st.sampled_from(
        list(" \t\n\r:-[]{},#&*!|>'\"?%@`~.0123456789abnoyeẾ\u0301\x00\x85\u2028\ufeff")
    ),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), YAMLISH.map(str.encode)))
def test_never_raises_and_positions_are_in_the_text(raw: bytes) -> None:
    document, problems = load_yaml(raw)
    assert_well_formed(raw, problems)
    if document is not None:
        line, column = document.locate([])
        assert 1 <= line <= len(normalised_lines(raw))
        assert column >= 1
