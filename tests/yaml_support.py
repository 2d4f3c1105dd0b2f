"""Shared cases and helpers of the tests of `cchc.yaml` (tests/test_yaml_*.py)."""

from __future__ import annotations

import unicodedata
from typing import Any

from cchc.yaml import YamlProblem, load_yaml

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
    """(line, column, rule) of every problem of a source."""
    raw = source.encode() if isinstance(source, str) else source
    _, problems = load_yaml(raw)
    return [(p.line, p.column, p.rule) for p in problems]


def clean_data(source: str | bytes) -> Any:
    """The data of a source that must load without any problem."""
    raw = source.encode() if isinstance(source, str) else source
    document, problems = load_yaml(raw)
    assert problems == []
    assert document is not None
    return document.data


def vi(problem: YamlProblem) -> str:
    return problem.message.text("vi")


def en(problem: YamlProblem) -> str:
    return problem.message.text("en")


def normalised_lines(raw: bytes) -> list[str]:
    """The lines positions count in: no BOM, line feeds only, NFC."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).split("\n")


def assert_well_formed(raw: bytes, problems: list[YamlProblem]) -> None:
    """Every problem is inside the text, has a yaml- rule and a one-line message in both
    languages."""
    lines = normalised_lines(raw)
    for problem in problems:
        assert 1 <= problem.line <= len(lines), problem
        assert 1 <= problem.column <= len(lines[problem.line - 1]) + 1, problem
        assert problem.rule.startswith("yaml-")
        for message in (vi(problem), en(problem)):
            assert message
            assert "\n" not in message
            assert message != problem.message.key  # a key missing from the catalogue


def too_deep_by_indentation(levels: int) -> str:
    """Nesting by indentation alone, ``levels`` mappings deep."""
    return "a:\n" + "".join(" " * i + "k:\n" for i in range(1, levels))
