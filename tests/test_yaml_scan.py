"""cchc.yaml.scan: tabs line by line; anchors, aliases and nesting depth from the event stream, each
at its own position, before anything is composed (so no depth can crash the composer)."""

from __future__ import annotations

import pytest
import yaml as pyyaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent, StreamEndEvent

from cchc.yaml import MAX_DEPTH, MAX_NODES, compose, load_yaml
from cchc.yaml.limits import MAX_PER_RULE
from yaml_support import Found, clean_data, en, found, too_deep_by_indentation, vi

TABS: list[tuple[str, Found]] = [
    ("a:\n\tb: 1\n", [(2, 1, "yaml-tab")]),  # the parser's own complaint on that line is dropped
    ("a: 1\nb:\t2\n", [(2, 3, "yaml-tab")]),
    ("a: 'x\ty'\t# c\t\n", [(1, 6, "yaml-tab")]),  # one per line
    ("a: 1\t\nb: 2\t\n", [(1, 5, "yaml-tab"), (2, 5, "yaml-tab")]),
    ("a: 1\n\n\n\nb:  \t2\n", [(5, 5, "yaml-tab")]),  # lines without a tab still count
]


@pytest.mark.parametrize(("source", "expected"), TABS)
def test_tabs(source: str, expected: Found) -> None:
    assert found(source) == expected
    _, problems = load_yaml(source.encode())
    assert "dùng dấu cách, không dùng tab" in vi(problems[0])
    assert en(problems[0]) == "tab character; use spaces, not tabs"


def test_tab_outside_indentation_keeps_the_data() -> None:
    document, _ = load_yaml(b"a: 1\nb:\t2\n")
    assert document is not None
    assert document.data == {"a": 1, "b": 2}


def test_tabs_are_reported_on_at_most_100_lines() -> None:
    source = "".join(f"k{n}:\t1\t\n" for n in range(1000))
    problems = found(source)
    assert len(problems) == MAX_PER_RULE
    assert problems[-1] == (100, 5, "yaml-tab")  # "k99:\t1\t": the first tab of the line


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


def test_anchor_and_alias_messages_name_them() -> None:
    anchor, alias = load_yaml(b"a: &x 1\nb: *x\n")[1]
    assert vi(anchor).startswith("không dùng neo YAML ('&x')")
    assert en(anchor).startswith("YAML anchors ('&x') are not allowed")
    assert vi(alias).startswith("không dùng bí danh YAML ('*x')")
    assert en(alias).startswith("YAML aliases ('*x') are not allowed")


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


def test_aliases_are_reported_at_most_100_times() -> None:
    source = "a: &x 1\nb: [" + ", ".join(["*x"] * 1000) + "]\n"
    assert len(found(source)) == MAX_PER_RULE


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


def test_too_deep_message() -> None:
    (problem,) = load_yaml(("[" * 100 + "]" * 100).encode())[1]
    assert vi(problem) == "dữ liệu lồng nhau quá sâu (hơn 64 cấp); viết cấu trúc phẳng hơn"
    assert en(problem) == (
        "data is nested too deeply (more than 64 levels); use a flatter structure"
    )


# --------------------------------------------------------------------------------------------------
# The number of values: a file under the size limit may still hold a million of them.

HEAD_VALUES = 3  # the mapping, the key "x", the list


def values_file(count: int) -> str:
    return "x:\n" + "- v\n" * (count - HEAD_VALUES)


def test_a_file_of_max_nodes_values_loads() -> None:
    document, problems = load_yaml(values_file(MAX_NODES).encode())
    assert problems == []
    assert document is not None
    assert len(document.data["x"]) == MAX_NODES - HEAD_VALUES


def test_one_value_more_is_refused_where_it_is() -> None:
    document, problems = load_yaml(values_file(MAX_NODES + 1).encode())
    assert document is None
    ((line, column, rule),) = [(p.line, p.column, p.rule) for p in problems]
    assert (line, column, rule) == (MAX_NODES - 1, 3, "yaml-too-large")
    assert vi(problems[0]) == (
        "tệp có hơn 20000 giá trị nên không được đọc tiếp; "
        "chia thành các tệp nhỏ, mỗi tệp một bản ghi"
    )


@pytest.mark.parametrize("entry", ["- {x: 1}\n", "- [[[[[[x]]]]]]\n", "- a: 1\n  b: 2\n", "k: v\n"])
def test_a_2_mib_file_of_values_is_refused_after_reading_max_nodes(
    monkeypatch: pytest.MonkeyPatch, entry: str
) -> None:
    events = 0
    real = compose.new_parser

    class Counting:
        def __init__(self, text: str) -> None:
            self.parser = real(text)

        def __getattr__(self, name: str) -> object:
            return getattr(self.parser, name)

        def get_event(self) -> object:
            nonlocal events
            events += 1
            return self.parser.get_event()

    monkeypatch.setattr(compose, "new_parser", Counting)
    source = entry * ((2 * 1024 * 1024 - 4096) // len(entry))
    document, problems = load_yaml(source.encode())
    assert document is None
    assert [p.rule for p in problems] == ["yaml-too-large"]
    assert events <= 2 * MAX_NODES  # values and the ends of collections, then it stops


def count_values(text: str) -> int:
    parser = compose.new_parser(text)
    values = 0
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, StreamEndEvent):
                return values
            if isinstance(event, (ScalarEvent, AliasEvent, CollectionStartEvent)):
                values += 1
    except pyyaml.YAMLError:
        return values
    finally:
        parser.dispose()


VALUE_PIECES = [
    "a",
    ": ",
    ":",
    "- ",
    "-",
    "\n",
    "\n  ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "? ",
    "'",
    '"',
    "#",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VALUE_PIECES), max_size=60).map("".join))
def test_the_estimate_of_values_is_never_below_the_count(text: str) -> None:
    starts = 1 + sum(text.count(s) for s in ("\n", ",", ":", "-", "[", "{", "?"))
    assert count_values(text) <= 2 * starts
