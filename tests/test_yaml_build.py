"""cchc.yaml.build: plain scalars by the YAML 1.2 core schema (stricter on numbers), quoted and
block scalars always text, YAML 1.1 booleans kept as text but refused; duplicate keys (each at
O(1)), tags, keys that are not words, ``.nan``, and the control and bidi characters that escapes
put into double-quoted text."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cchc.yaml import build, load_yaml
from cchc.yaml.decode import REFUSED
from cchc.yaml.limits import MAX_PER_RULE
from yaml_support import Found, clean_data, en, found, normalised_lines, vi

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


@settings(max_examples=300)
@given(st.from_regex(r"[0-9][0-9+.eEHQ/-]{0,11}[0-9a-zA-Z]?", fullmatch=True))
@example("2017-05-10")
@example("123e-5")
@example("12.4e-07")
@example("2017H1")
@example("1e5Q")
def test_number_like_words_resolve_the_same_in_every_place(word: str) -> None:
    # Values of a mapping and items of a list take a shorter way than keys and the general walk
    # (a word shaped like a date is text there without a regular expression): all agree.
    value, rule = build.resolve_plain(word)
    assert rule is None
    assert clean_data(f"v: {word}\n") == {"v": value}
    assert clean_data(f"- {word}\n") == [value]
    assert clean_data(f"v: [{word}]\n") == {"v": [value]}


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
    assert vi(problem) == (
        "khóa 'id' bị lặp lại (đã có ở dòng 1); xóa một khóa hoặc gộp hai giá trị làm một"
    )
    assert "line 1" in en(problem)
    assert document is not None
    assert document.data == {"id": "T06", "kind": "key"}  # the first one counts


def test_every_duplicate_names_the_first_line_of_its_own_key() -> None:
    source = "a: 1\nb: 2\nc: 3\nb: 4\na: 5\nc: 6\nb: 7\n"
    firsts = [en(p).split("first at line ")[1].split(")")[0] for p in load_yaml(source.encode())[1]]
    assert firsts == ["2", "1", "3", "2"]


def test_duplicate_keys_cost_one_pass_over_the_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    # A quadratic search for each duplicate's first occurrence would resolve ~n²/2 keys.
    calls = 0
    real = build.scalar_key

    def counting(node: object) -> object:
        nonlocal calls
        calls += 1
        return real(node)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "scalar_key", counting)
    n = 3000
    source = "".join(f"'k{i % 10}': {i}\n" for i in range(n))  # quoted: not on the fast path
    problems = found(source)
    assert len(problems) == n - 10
    assert calls <= 2 * n


def test_int_key_and_quoted_key_are_different_keys() -> None:
    assert clean_data('1: a\n"1": b\n') == {1: "a", "1": "b"}


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


def test_tag_message_shows_the_tag_as_written() -> None:
    (problem,) = load_yaml(b"x: !!python/object:os.system [ls]\n")[1]
    assert en(problem).startswith("YAML tags ('!!python/object:os.system') are not allowed")
    (problem,) = load_yaml(b"a: ! 12\n")[1]
    assert vi(problem).startswith("không dùng thẻ kiểu YAML ('!')")


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
    document, problems = load_yaml(b"true: x\n1.5: y\n2017: z\n")
    assert document is not None
    assert document.data == {"true": "x", "1.5": "y", 2017: "z"}
    assert en(problems[0]).startswith("key 'true' is not a word or an integer")


# --------------------------------------------------------------------------------------------------
# Escapes that make control or bidi characters (issue #16): refused at the backslash.

ESCAPES: list[tuple[str, Found]] = [
    ('a: "\\x1b[2J"\n', [(1, 5, "yaml-control-char")]),
    ('a: "\\e[31mĐỏ\\e[0m"\n', [(1, 5, "yaml-control-char"), (1, 13, "yaml-control-char")]),
    (
        'number: "x\\ntasks/T02.yaml:1:1: error: FORGED [x]"\n',
        [(1, 11, "yaml-control-char")],
    ),
    ('title: "Việt\\u202eNam"\n', [(1, 13, "yaml-control-char")]),
    ('"k\\u2066ey": 1\n', [(1, 3, "yaml-control-char")]),  # keys too
    (
        '- "a\\rb"\n- "\\t"\n- "\\0"\n- "\\a\\b\\v\\f"\n',
        [
            (1, 5, "yaml-control-char"),
            (2, 4, "yaml-control-char"),
            (3, 4, "yaml-control-char"),
            (4, 4, "yaml-control-char"),
            (4, 6, "yaml-control-char"),
            (4, 8, "yaml-control-char"),
            (4, 10, "yaml-control-char"),
        ],
    ),
    (
        'a: "\\N\\L\\P\\x85\\u200F\\U0000202A\\u0007"\n',
        [(1, 5 + 2 * i, "yaml-control-char") for i in range(4)]
        + [
            (1, 15, "yaml-control-char"),
            (1, 21, "yaml-control-char"),
            (1, 31, "yaml-control-char"),
        ],
    ),
    # a multi-line quoted text: the escape's own line and column
    ('a: "một\n  hai \\e ba"\n', [(2, 7, "yaml-control-char")]),
    ('a:\n  b: [x, "y", {c: "\\x07"}]\n', [(2, 20, "yaml-control-char")]),
    ('a: !!str "\\e"\n', [(1, 4, "yaml-tag"), (1, 11, "yaml-control-char")]),
]


@pytest.mark.parametrize(("source", "expected"), ESCAPES)
def test_escapes_that_make_control_characters_are_refused(source: str, expected: Found) -> None:
    assert found(source) == expected


ALLOWED: list[tuple[str, object]] = [
    ('a: "C:\\\\new\\\\table"\n', {"a": "C:\\new\\table"}),  # escaped backslashes, then n and t
    ('a: "tab\\u0020s \\x41\\"\\/\\_"\n', {"a": 'tab\u0020s A"/\u00a0'}),
    ('a: "một \\\n  dòng"\n', {"a": "một dòng"}),  # an escaped line break continues the line
    ('a: "hai\n\n  dòng"\n', {"a": "hai\ndòng"}),  # a blank line is a line break you can see
    ("a: |\n  hai\n  dòng\n", {"a": "hai\ndòng\n"}),
    ("a: >\n  gấp\n\n  đoạn\n", {"a": "gấp\nđoạn\n"}),
    ("a: 'x\\ny'\n", {"a": "x\\ny"}),  # no escapes in single quotes, nor in plain text
    ("a: x\\ey\n", {"a": "x\\ey"}),
]


@pytest.mark.parametrize(("source", "data"), ALLOWED)
def test_text_that_only_looks_like_an_escape_or_a_visible_break_is_kept(
    source: str, data: object
) -> None:
    assert clean_data(source) == data


def test_escape_messages() -> None:
    control, bidi = load_yaml(b'a: "\\e"\nb: "\\u202E"\n')[1]
    assert vi(control) == (
        "ký hiệu '\\e' trong chuỗi ngoặc kép tạo ra ký tự điều khiển U+001B (không nhìn thấy), "
        "không được phép trong dữ liệu; viết chữ như nó hiện ra (muốn viết nhiều dòng, dùng khối '|')"
    )
    assert en(control).startswith("the escape '\\e' in this double-quoted text makes the control")
    assert en(bidi).startswith(
        "the escape '\\u202E' in this double-quoted text makes the bidirectional control character "
        "U+202E"
    )


def test_escape_problems_keep_the_data_but_refuse_it() -> None:
    document, problems = load_yaml(b'id: T01\nnote: "\\e[2J"\n')
    assert [p.rule for p in problems] == ["yaml-control-char"]
    assert document is not None
    assert document.data == {"id": "T01", "note": "\x1b[2J"}


def test_escape_problems_are_capped_per_file() -> None:
    source = "".join(f'k{i}: "\\e\\e"\n' for i in range(1000))
    assert len(found(source)) == MAX_PER_RULE


QUOTED_PIECES = ["a", "ệ", " ", "\n", "\n\n  ", "\\\\", "\\n", "\\e", "\\t", "\\x41", "\\x07"]
QUOTED_PIECES += ["\\u202e", "\\u00e9", "\\U0001F600", "\\\n", '\\"', "\\/"]
REFUSED_PIECES = {
    "\\n",
    "\\e",
    "\\t",
    "\\x07",
    "\\u202e",
}  # the escapes that make a refused character


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.lists(st.sampled_from(QUOTED_PIECES), max_size=12), min_size=1, max_size=4),
    flow=st.booleans(),
)
def test_every_escape_problem_points_at_its_backslash(pieces: list[list[str]], flow: bool) -> None:
    texts = ['"' + "".join(p) + '"' for p in pieces]
    source = ("k: [" + ", ".join(texts) + "]\n") if flow else "".join(f"- {t}\n" for t in texts)
    document, problems = load_yaml(source.encode())
    assert document is not None
    lines = normalised_lines(source.encode())
    refused = [p for p in problems if p.rule == "yaml-control-char"]
    for problem in refused:
        assert lines[problem.line - 1][problem.column - 1] == "\\", problem
    bad = sum(piece in REFUSED_PIECES for text in pieces for piece in text)
    assert len(refused) == bad


@pytest.mark.parametrize("char", sorted(REFUSED))
def test_every_refused_character_is_refused_from_its_escape(char: str) -> None:
    assert found(f'a: "x\\u{ord(char):04X}y"\n') == [(1, 6, "yaml-control-char")]


def test_characters_next_to_the_refused_ones_are_kept() -> None:
    kept = ["\u00a0", "\u061b", "\u061d", "\u200d", "\u202f", "\u2065", "\u206a", "\u00ad"]
    for char in kept:
        assert clean_data(f'a: "\\u{ord(char):04X}"\n') == {"a": char}
