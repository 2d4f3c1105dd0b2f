"""cchc.yaml.locate and YamlDocument: a data path → the position of its value or key, the same
answer as a walk over the nodes, at the cost of one index per mapping (never a walk per problem)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import yaml as pyyaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cchc.yaml import YamlDocument, load_yaml, locate
from cchc.yaml.problem import node_position
from yaml_support import TYPICAL, TYPICAL_DATA, normalised_lines


@pytest.fixture(params=[0, 1000], ids=["indexed", "scanned"])
def scan_below(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run a test with every mapping indexed, then with every mapping scanned pair by pair."""
    value: int = request.param
    monkeypatch.setattr(locate, "SCAN_BELOW", value)
    return value


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


@pytest.mark.usefixtures("scan_below")
def test_locate_int_keys() -> None:
    document, _ = load_yaml(b"targets:\n  2017: 10\n  2018: 20\n  '2019': 30\n")
    assert document is not None
    assert document.locate(["targets", 2018]) == (3, 9)
    assert document.locate(["targets", "2018"]) == (3, 9)
    assert document.locate_key(["targets", 2018]) == (3, 3)
    assert document.locate(["targets", 2019]) == (4, 11)  # pydantic's int for a text key
    assert document.locate(["targets", True]) == (2, 3)  # no key: the mapping


@pytest.mark.usefixtures("scan_below")
def test_the_first_of_an_int_key_and_its_text_wins() -> None:
    document, _ = load_yaml(b"'1': a\n1: b\n2: c\n'2': d\n")
    assert document is not None
    assert [document.locate([key]) for key in ("1", 1, "2", 2)] == [(1, 6), (1, 6), (3, 4), (3, 4)]


def test_locate_after_drop_nodes(typical: YamlDocument) -> None:
    assert typical.locate(["updates", 0, "date"]) == (12, 11)  # an index exists now
    typical.drop_nodes()
    assert typical.locate(["updates", 0, "date"]) == (1, 1)
    assert typical.locate_key(["id"]) == (1, 1)
    assert typical.data == TYPICAL_DATA


@pytest.mark.usefixtures("scan_below")
def test_locate_finds_the_first_of_duplicate_keys() -> None:
    document, _ = load_yaml(b"a: 1\nb: 2\na: 3\n")
    assert document is not None
    assert document.locate(["a"]) == (1, 4)


@pytest.mark.parametrize("raw", [b"", b"# only a comment\n", b"---\n"])
def test_an_empty_document_locates_at_the_start(raw: bytes) -> None:
    document, _ = load_yaml(raw)
    assert document is not None
    assert document.locate(["anything"]) == (1, 1)
    assert document.locate_key(["anything"]) == (1, 1)


# --------------------------------------------------------------------------------------------------
# Cost: N problems in a mapping of N keys resolve each key once, not once per problem.


class Counting:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.keys = 0
        self.indexes = 0
        real_key, real_index = locate.scalar_key, locate.index_keys

        def scalar_key(node: ScalarNode) -> tuple[str | int, str | None]:
            self.keys += 1
            return real_key(node)

        def index_keys(mapping: MappingNode) -> Any:
            self.indexes += 1
            return real_index(mapping)

        monkeypatch.setattr(locate, "scalar_key", scalar_key)
        monkeypatch.setattr(locate, "index_keys", index_keys)


def test_locating_every_key_of_a_big_mapping_indexes_it_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    n = 5000
    source = "".join(f"unknown_{i}: {i}\n" for i in range(n))
    document, _ = load_yaml(source.encode())
    assert document is not None
    counting = Counting(monkeypatch)
    positions = [document.locate_key([f"unknown_{i}"]) for i in range(n)]
    assert positions == [(i + 1, 1) for i in range(n)]
    assert counting.indexes == 1
    assert counting.keys == n  # a walk per problem would resolve n²/2 keys


def test_locating_in_many_small_mappings_costs_their_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    n = 5000
    source = "updates:\n" + "- {x: 1}\n" * n
    document, _ = load_yaml(source.encode())
    assert document is not None
    counting = Counting(monkeypatch)
    positions = [document.locate_key(["updates", i, "x"]) for i in range(n)]
    assert positions == [(i + 2, 4) for i in range(n)]
    assert counting.indexes == 0  # small mappings are scanned: nothing kept
    assert counting.keys <= 2 * n


def test_a_valid_document_builds_no_index(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = Counting(monkeypatch)
    source = "".join(f"k{i}: {i}\n" for i in range(100))
    document, problems = load_yaml(source.encode())
    assert problems == []
    assert document is not None
    assert document.data["k99"] == 99
    assert (counting.indexes, counting.keys) == (0, 0)


# --------------------------------------------------------------------------------------------------
# Properties on random documents.

WORDS = st.text(alphabet="abcxzđêôư", min_size=1, max_size=6)
KEYS = st.one_of(WORDS, st.integers(0, 3000))
LEAVES = st.one_of(
    st.text(alphabet="abcxz ĐđệốơưĂ0123456789-", max_size=8),  # no "y": a YAML 1.1 bool
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
)
DATA = st.recursive(
    LEAVES,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(KEYS, children, max_size=20)
    ),
    max_leaves=40,
)


def dump(data: Any, flow: bool | None) -> str:
    text: str = pyyaml.safe_dump(
        data, default_flow_style=flow, allow_unicode=True, sort_keys=False, width=10**6
    )
    return text


def paths(data: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from paths(value, (*prefix, index))


def value_at(data: Any, path: Sequence[str | int]) -> Any:
    for element in path:
        data = data[element]
    return data


def spelled(value: Any) -> tuple[str, ...]:
    """How safe_dump may begin to write a value."""
    if isinstance(value, bool):
        return ("true",) if value else ("false",)
    if value is None:
        return ("null",)
    if isinstance(value, dict):
        return ("{",) if not value else ("{", *spelled_key(next(iter(value))))
    if isinstance(value, list):
        return ("[", "-") if value else ("[",)
    return (str(value), f"'{value}", f'"{value}')


def spelled_key(key: str | int) -> tuple[str, ...]:
    return (str(key), f"'{key}", f'"{key}')


@settings(max_examples=200, deadline=None)
@given(data=DATA, flow=st.sampled_from([None, True, False]), crlf=st.booleans())
def test_every_located_position_points_at_its_key_and_value(
    data: Any, flow: bool | None, crlf: bool
) -> None:
    text = dump(data, flow)
    raw = (text.replace("\n", "\r\n") if crlf else text).encode()
    document, problems = load_yaml(raw)
    assert problems == []
    assert document is not None
    assert document.data == data
    lines = normalised_lines(raw)
    for path in paths(data):
        line, column = document.locate(path)
        at = lines[line - 1][column - 1 :]
        assert at.startswith(spelled(value_at(data, path))), (path, at)
        if path and isinstance(value_at(data, path[:-1]), dict):
            line, column = document.locate_key(path)
            assert lines[line - 1][column - 1 :].startswith(spelled_key(path[-1])), path


def walk_nodes(root: Node, loc: Sequence[object]) -> tuple[Node, Node | None]:
    """The reference: a plain walk, pair by pair, as locate did before it had an index."""
    node, key_node = root, None
    for element in loc:
        if isinstance(node, MappingNode):
            for candidate, value in node.value:
                if isinstance(candidate, ScalarNode) and locate.key_matches(candidate, element):
                    node, key_node = value, candidate
                    break
        elif (
            isinstance(node, SequenceNode)
            and type(element) is int
            and 0 <= element < len(node.value)
        ):
            node, key_node = node.value[element], None
    return node, key_node


ELEMENTS = st.one_of(
    st.sampled_from(["a", "b", "1", "2", "int", "x"]), st.integers(-1, 3), st.booleans()
)
# Keys that collide in every way a path can: duplicates, an int and its text, quoted and plain,
# a key that is not a scalar.
KEY_TEXTS = st.sampled_from(["a", "b", "1", "'1'", "2", '"2"', '"a"', "int", "[x]", "{x: 1}"])


@st.composite
def flow_value(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["scalar", "list", "mapping"] if depth < 3 else ["scalar"]))
    if kind == "scalar":
        return draw(st.sampled_from(["x", "1", "'t'", "~"]))
    if kind == "list":
        items = draw(st.lists(flow_value(depth + 1), max_size=4))
        return "[" + ", ".join(items) + "]"
    pairs = draw(st.lists(st.tuples(KEY_TEXTS, flow_value(depth + 1)), max_size=24))
    return "{" + ", ".join(f"{key}: {value}" for key, value in pairs) + "}"


@st.composite
def messy_document(draw: st.DrawFn) -> str:
    """A block mapping of flow values: it always parses, with problems (duplicates, key types)."""
    pairs = draw(st.lists(st.tuples(KEY_TEXTS, flow_value()), max_size=30))
    return "".join(f"{key}: {value}\n" for key, value in pairs)


@settings(max_examples=300, deadline=None)
@given(
    source=messy_document(),
    locs=st.lists(st.lists(ELEMENTS, max_size=4), max_size=8),
    scan=st.booleans(),
)
def test_the_index_gives_the_same_node_as_a_walk(
    source: str, locs: list[list[object]], scan: bool
) -> None:
    document, _ = load_yaml(source.encode())
    if document is None or document._root is None:
        return
    root = document._root
    locator = locate.Locator(root)
    original = locate.SCAN_BELOW
    locate.SCAN_BELOW = 1000 if scan else 0
    try:
        for loc in locs:
            node, key_node = locator.walk(loc)  # type: ignore[arg-type]
            expected_node, expected_key = walk_nodes(root, loc)
            assert node is expected_node
            assert key_node is expected_key
            assert document.locate(loc) == node_position(node)  # type: ignore[arg-type]
    finally:
        locate.SCAN_BELOW = original
