"""`YamlDocument`: the plain data of one file, and the way back from a data path (pydantic's
``loc``) to the node it reaches, in O(1) per step.

The keys of a big mapping are indexed the first time a path steps into it, and that index serves
every later step: locating N problems in a mapping of N keys costs O(N), not O(N²). Small
mappings are just scanned (cheaper than a dict, and no memory kept). Nothing is indexed until a
problem needs a position, so a valid file pays nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from cchc.yaml.build import scalar_key

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
