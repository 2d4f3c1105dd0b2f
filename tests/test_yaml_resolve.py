"""cchc.yaml.resolve: plain scalars by the YAML 1.2 core schema (stricter on numbers), quoted and
block scalars always text, YAML 1.1 booleans kept as text but refused."""

from __future__ import annotations

import math

import pytest

from cchc.yaml import load_yaml
from yaml_support import clean_data, vi

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
    assert vi(problems[0]) == (
        "'no' là giá trị đúng/sai kiểu cũ của YAML 1.1; viết true/false, "
        "hoặc đặt trong ngoặc kép nếu là chữ"
    )
