"""cchc.yaml.compose and .syntax: one document per file, parser errors explained at their position,
and the same answers from libyaml's composer and PyYAML's pure-Python one."""

from __future__ import annotations

import pytest

from cchc.i18n import CATALOGUE
from cchc.yaml import compose, load_yaml
from cchc.yaml.compose import SYNTAX_MESSAGES
from yaml_support import TYPICAL, Found, en, found, too_deep_by_indentation, vi

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
    assert vi(problem) == (
        "danh sách '[...]' thiếu dấu ',' hoặc ']' (bắt đầu từ dòng 2); thêm dấu phẩy giữa các mục "
        "và dấu ']' ở cuối, hoặc đặt mục có dấu phẩy trong ngoặc kép"
    )
    assert "(started at line 2)" in en(problem)


def test_syntax_message_with_braces_and_no_start_line() -> None:
    (problem,) = load_yaml(b"a: {b: 1 c: 2}\n")[1]
    assert (problem.line, problem.column) == (1, 11)
    assert en(problem) == (
        "a '{...}' mapping is missing a ',' or '}'; "
        "add commas between pairs and a closing '}', or quote values that contain commas"
    )


def test_every_syntax_message_is_in_the_catalogue() -> None:
    for _, _, key in SYNTAX_MESSAGES:
        assert key in CATALOGUE, key


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


FALLBACK_CASES = [
    TYPICAL,
    "a: 1\na: 2\nb: no\n",
    "a: &x 1\nb: *x\n",
    "a: 1\n---\nb: 2\n",
    "a: [1, 2\n",
    "a: ! 12\nb: !!str 3\n",
    'a: "\\e[2J"\nb: "x\\ny"\n',
    "[" * 1000 + "]" * 1000,
    too_deep_by_indentation(400),
]


@pytest.mark.parametrize("source", FALLBACK_CASES)
def test_pure_python_fallback_agrees(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_libyaml = load_yaml(source.encode())
    monkeypatch.setattr(compose, "new_parser", compose.PyComposer)
    without = load_yaml(source.encode())
    assert [(p.line, p.column, p.rule) for p in without[1]] == [
        (p.line, p.column, p.rule) for p in with_libyaml[1]
    ]
    assert (without[0] and without[0].data) == (with_libyaml[0] and with_libyaml[0].data)
