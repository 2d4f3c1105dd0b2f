"""`cchc.yaml.simple`: the short way reads what the full way reads, or leaves the text to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.yaml import compose, load_yaml
from cchc.yaml.build import Builder
from cchc.yaml.decode import decode, has_refused_char
from cchc.yaml.simple import read_simple
from conftest import SAMPLE
from yaml_support import TYPICAL

REPO = Path(__file__).resolve().parent.parent


def full_way(text: str) -> tuple[Any, list[Any]]:
    """The data and problems of composing and building, without the short way."""
    problems: list[Any] = []
    composed, root = compose.compose_document(text, problems, True)
    if not composed or root is None:
        return None, problems or ["nothing composed"]
    return Builder(text, problems, "&" in text).build(root, 0), problems


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down (1 is not True, '1' is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def assert_agrees(text: str) -> bool:
    """Whatever the short way reads, the full way reads the same, without a problem."""
    data = read_simple(text)
    if data is None:
        return False
    built, problems = full_way(text)
    assert problems == [], (text, problems)
    assert same(data, built), (text, data, built)
    return True


# Lines of the shapes the short way reads, and of near misses it must leave to the full way.
KEYS = ["id", "a", "b", "x_y", "k-1", "_k", "yes", "null", "On", "y", "1a", "é", "a b", "<<", "a:b"]
VALUES = [
    *[
        "x",
        "Tốt",
        "a b  c",
        "2017",
        "2017H1",
        "2017-05-10",
        "-5",
        "+5",
        "1.5",
        ".5",
        "1e5",
        "1.",
        "017",
    ],
    *["0x1F", "1:30", "45/QĐ-UBND", "~", "null", "true", "no", "on", ".nan", ".inf", "-.inf", ""],
    *["'q'", "'it''s'", "''''", "'''", "'a' b", "'a'#", "''", "'a: b'", "' x '", "'", '"'],
    *['"d"', '"a\\nb"', '"a"b"', '""', '"x" # c', "[a, b]", "[]", "[ ]", "[a, [b]]", "[a,]", "[,]"],
    *["[a b, 2017, yes]", "[a, 'b']", "[a: b]", "[a #b]", "[a] x", "[-a]", "{a: 1}", "{}", "a: b"],
    *["a #c", "a#c", "a:", "a :b", "http://x", "&a x", "*a", "!t x", "!!str 1", "|", ">", "%x"],
    *["@x", "`x", "?", "? x", ":", ":x", "-", "- x", "-x", "a, b", "a\u00a0b", "x\u3000", "a ]"],
    *["{a: 1, b: x y}", '{a: "x, y"}', '{a: "x: y"}', "{a:b}", "{a: b: c}", "{a: , b: 1}", "{ }"],
    *[
        "{a: 1, a: 2}",
        '{a: ">=", b: "[#]"}',
        '{a: "x\\y"}',
        '{a: ""}',
        "{yes: 1}",
        "{a: 'x'}",
        '{"a": 1}',
        "{a: [b]}",
        "{a: b,}",
        "{ a : b }",
    ],
    *['{a: "x"y}', '{a: x"y}', "{a: -1}", "{a: 2017-05-10, b: 45/QĐ-UBND}", "{a: b} c", "{a}"],
    *["---", "...", "x # y", "a'b", 'a"b', "a\\b", "a!b", "a&b", "a*b", "'a\\nb'", "# c"],
]
LINE_FORMS = st.one_of(
    st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES)).map(
        lambda kv: f"{kv[0]}: {kv[1]}" if kv[1] else f"{kv[0]}:"
    ),
    st.tuples(st.sampled_from(KEYS), st.sampled_from(VALUES)).map(lambda kv: f"- {kv[0]}: {kv[1]}"),
    st.sampled_from(VALUES).map(lambda v: f"- {v}"),
    st.sampled_from(["", "# note", "-", "---", "...", "%YAML 1.2", "? a", "a :", "a:x", "  "]),
    st.sampled_from(KEYS).map(lambda k: f"{k}:"),
    st.sampled_from(KEYS).map(lambda k: f"-   {k}: x"),
)
LINES = st.lists(
    st.tuples(
        st.sampled_from([0, 0, 0, 2, 2, 4, 1, 3, 6]), LINE_FORMS, st.sampled_from(["", "", "  "])
    ).map(lambda line: " " * line[0] + line[1] + line[2]),
    min_size=1,
    max_size=12,
)


@settings(max_examples=1500, deadline=None)
@given(LINES, st.booleans())
def test_what_the_short_way_reads_the_full_way_reads_the_same(lines: list[str], end: bool) -> None:
    text = "\n".join(lines) + ("\n" if end else "")
    if has_refused_char(text):
        return
    assert_agrees(text)


def test_the_grammar_reaches_the_short_way_often() -> None:
    """Without this, the property above could pass by never reading anything."""
    read = 0
    for first in VALUES:
        for second in VALUES:
            text = f"id: {first}\nlist:\n  - a: {second}\n    b: x\n  - {first}\nc: [{second}]\n"
            if not has_refused_char(text) and assert_agrees(text):
                read += 1
    assert read > len(VALUES) ** 2 // 20


def test_every_file_of_the_bundled_and_sample_datasets_is_read_the_short_way() -> None:
    """The short way exists for the real shape of a record: a bundled file it left to the full way
    would be a file the speed budget (issue #12) does not cover."""
    files = [
        path
        for root in (REPO, SAMPLE)
        for folder in ("tasks", "targets")
        for path in sorted((root / folder).glob("*.yaml"))
    ]
    assert len(files) > 50
    for path in files:
        text = decode(path.read_bytes())
        assert isinstance(text, str)
        assert assert_agrees(text), path


def test_the_shapes_it_reads() -> None:
    text = (
        "# a comment\n"
        "id: T06\n"
        "lead: [snv, vp-ubnd]\n"
        "none: []\n"
        "empty:\n"
        "deadline:\n"
        "  every: year\n"
        "  from: 2017\n"
        "updates:\n"
        "- date: 2017-05-10\n"
        "  note: 'it''s done'\n"
        "-   date: 2017-06-01\n"
        '    quote: "a: b # c"\n'
        "scores:\n"
        "    - 1.5\n"
        "    - Tốt\n"
    )
    assert read_simple(text) == {
        "id": "T06",
        "lead": ["snv", "vp-ubnd"],
        "none": [],
        "empty": None,
        "deadline": {"every": "year", "from": 2017},
        "updates": [
            {"date": "2017-05-10", "note": "it's done"},
            {"date": "2017-06-01", "quote": "a: b # c"},
        ],
        "scores": [1.5, "Tốt"],
    }
    assert_agrees(text)


def test_what_it_leaves_to_the_full_way() -> None:
    for text in (
        "",
        "# only a comment\n",
        "id: a\nid: b\n",  # duplicate key: reported by the full way
        "done: no\n",  # YAML 1.1 boolean: reported
        "a: .nan\n",
        "title: first line\n  second line\n",  # a value over two lines
        "a: x # comment\n",
        "a: |\n  text\n",
        "a: &x 1\nb: *x\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "- a\n- b\n",  # the root is not a mapping
        "a: {b: {c: 1}}\n",
        'a: "x\\ty"\n',
        "a: x\ty\n",  # a tab: its problem is the full way's
        "a:\n  - x\n  b: 1\n",  # a key where the list's next item should be
    ):
        assert read_simple(text) is None, text


def test_a_document_read_the_short_way_still_points_at_its_values() -> None:
    document, problems = load_yaml(TYPICAL.encode())  # a flow mapping: the full way
    assert problems == [] and document is not None
    text = "id: T06\nlead: [snv, vp-ubnd]\nupdates:\n  - date: 2017-05-10\n    status: dne\n"
    assert read_simple(text) is not None
    document, problems = load_yaml(text.encode())
    assert problems == [] and document is not None
    assert document.locate(["updates", 0, "status"]) == (5, 13)
    assert document.locate_key(["updates", 0, "status"]) == (5, 5)
    assert document.locate(["lead", 1]) == (2, 13)
    document.drop_nodes()
    assert document.locate(["lead", 1]) == (1, 1)


def test_a_dataset_read_the_short_way_never_loads_pyyaml() -> None:
    """The short way's point: on a clean dataset, PyYAML (an eighth of a short command's work to
    import) is never loaded; a position asked for loads it then."""
    script = (
        "import sys, datetime\n"
        "from pathlib import Path\n"
        "from cchc.loader import load_dataset\n"
        f"result = load_dataset(Path({str(SAMPLE)!r}), today=datetime.date(2026, 12, 1))\n"
        "assert not result.problems, result.problems\n"
        "print('yaml' in sys.modules)\n"
        "from cchc.yaml import load_yaml\n"
        "document, _ = load_yaml(b'id: T1\\nlead: [a, b]\\n')\n"
        "print(document.locate(['lead', 1]), 'yaml' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.split("\n")[:2] == ["False", "(2, 11) True"]
