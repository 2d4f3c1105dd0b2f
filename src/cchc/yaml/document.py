"""`YamlDocument`: the plain data of one file, and the way back from a data path to a position."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from yaml.nodes import Node

from cchc.yaml.locate import Locator
from cchc.yaml.problem import node_position


class YamlDocument:
    """Plain data from one YAML file, plus the node tree to map a data path back to a position.

    The nodes exist only to point at errors; :meth:`drop_nodes` frees them once the loader has run
    its checks, after which every position falls back to the start of the file. The index that
    makes each look-up O(1) is built by the first look-up that needs it (see `cchc.yaml.locate`).
    """

    __slots__ = ("_locator", "_root", "data")

    def __init__(self, data: Any, root: Node | None) -> None:
        self.data: Any = data
        self._root: Node | None = root
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
        self._locator = None

    def _locate(self) -> Locator | None:
        if self._locator is None and self._root is not None:
            self._locator = Locator(self._root)
        return self._locator
