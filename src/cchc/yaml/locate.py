"""`YamlDocument`: the plain data of one file, and the way back from a data path (pydantic's
``loc``) to the node it reaches, in O(1) per step.

The keys of a big mapping are indexed the first time a path steps into it, and that index serves
every later step: locating N problems in a mapping of N keys costs O(N), not O(N²). Small
mappings are just scanned (cheaper than a dict, and no memory kept). Nothing is indexed until a
problem needs a position, so a valid file pays nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cchc.yaml.build import scalar_key
from cchc.yaml.compose import compose_document
from cchc.yaml.problem import node_position

SCAN_BELOW = 8
"""Mappings with fewer pairs than this are scanned, not indexed."""


class _Keys:
    """Where each key of one mapping first appears: its pair's position in ``mapping.value``."""

    __slots__ = ("by_int", "by_int_text", "by_text")

    def __init__(self) -> None:
        self.by_text: dict[str, int] = {}  # str keys
        self.by_int: dict[int, int] = {}  # int keys
        self.by_int_text: dict[str, int] = {}  # int keys, written as text

    def find(self, element: object) -> int | None:
        """The first pair whose key ``element`` names; the same answer as `key_matches` on each
        pair in order, since it is the earlier of the exact match and the cross-type one."""
        exact = (
            self.by_text.get(element)
            if type(element) is str
            else self.by_int.get(element)
            if type(element) is int
            else None
        )
        if isinstance(element, int):
            cross = self.by_text.get(str(element))
        else:
            cross = self.by_int_text.get(str(element))
        if exact is None:
            return cross
        return exact if cross is None else min(exact, cross)


def index_keys(mapping: MappingNode) -> _Keys:
    keys = _Keys()
    for position, (key_node, _) in enumerate(mapping.value):
        if not isinstance(key_node, ScalarNode):
            continue
        key = scalar_key(key_node)[0]
        if isinstance(key, int):
            keys.by_int.setdefault(key, position)
            keys.by_int_text.setdefault(str(key), position)
        else:
            keys.by_text.setdefault(key, position)
    return keys


def key_matches(key_node: ScalarNode, element: object) -> bool:
    """Whether a path element names this key: the same key, or pydantic's text for an int key
    (or the reverse)."""
    key = scalar_key(key_node)[0]
    if key == element and type(key) is type(element):
        return True
    return isinstance(key, int) != isinstance(element, int) and str(key) == str(element)


class Locator:
    """Walks paths through one node tree, indexing each big mapping once."""

    __slots__ = ("_indexes", "root")

    def __init__(self, root: Node) -> None:
        self.root = root
        self._indexes: dict[int, _Keys] = {}  # id(mapping) → its keys; the tree keeps it alive

    def walk(self, loc: Sequence[str | int]) -> tuple[Node, Node | None]:
        """The deepest node ``loc`` reaches, and the key node of the last mapping step taken.

        Elements that match nothing (pydantic puts union-branch names such as ``'int'`` into its
        locs) are skipped, so a missing key points at the mapping that should contain it.
        """
        node = self.root
        key_node: Node | None = None
        for element in loc:
            if isinstance(node, MappingNode):
                position = self._find(node, element)
                if position is not None:
                    key_node, node = node.value[position]
            elif (
                isinstance(node, SequenceNode)
                and isinstance(element, int)
                and not isinstance(element, bool)
                and 0 <= element < len(node.value)
            ):
                node, key_node = node.value[element], None
        return node, key_node

    def _find(self, mapping: MappingNode, element: object) -> int | None:
        pairs = mapping.value
        if len(pairs) < SCAN_BELOW:
            for position, (candidate, _) in enumerate(pairs):
                if isinstance(candidate, ScalarNode) and key_matches(candidate, element):
                    return position
            return None
        keys = self._indexes.get(id(mapping))
        if keys is None:
            keys = self._indexes[id(mapping)] = index_keys(mapping)
        return keys.find(element)


class YamlDocument:
    """Plain data from one YAML file, plus the node tree to map a data path back to a position.

    The nodes exist only to point at errors; :meth:`drop_nodes` frees them once the loader has run
    its checks, after which every position falls back to the start of the file. The index that
    makes each look-up O(1) is built by the first look-up that needs it (see `cchc.yaml.locate`).
    A document read the short way (`cchc.yaml.simple`) has no nodes but its ``text``, composed
    by the first look-up: only a file with a problem pays for positions.
    """

    __slots__ = ("_locator", "_root", "_text", "data")

    def __init__(self, data: Any, root: Node | None, text: str | None = None) -> None:
        self.data: Any = data
        self._root: Node | None = root
        self._text: str | None = text
        self._locator: Locator | None = None

    def locate(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """1-based (line, column) of the deepest node ``loc`` reaches.

        Elements that match nothing (pydantic puts union-branch names such as ``'int'`` into its
        locs) are skipped, so a missing key points at the mapping that should contain it.
        """
        locator = self._locate()
        if locator is None:
            return 1, 1
        return node_position(locator.walk(loc)[0])

    def locate_key(self, loc: Sequence[str | int]) -> tuple[int, int]:
        """Like :meth:`locate`, but at the key itself when the last matched step was a mapping key,
        which is where an "unknown key" error belongs."""
        locator = self._locate()
        if locator is None:
            return 1, 1
        node, key_node = locator.walk(loc)
        return node_position(key_node if key_node is not None else node)

    def drop_nodes(self) -> None:
        """Free the node tree: it is several times bigger than the data, and only errors need it."""
        self._root = None
        self._text = None
        self._locator = None

    def _locate(self) -> Locator | None:
        if self._root is None and self._text is not None:
            # The short way read this text, so the full way composes it without a problem.
            self._root = compose_document(self._text, [], scanned=True)[1]
            self._text = None
        if self._locator is None and self._root is not None:
            self._locator = Locator(self._root)
        return self._locator
