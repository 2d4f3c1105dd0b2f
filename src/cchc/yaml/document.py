"""`YamlDocument`: the plain data of one file, and the way back from a data path (pydantic's
``loc``) to a line and column (`locate`), found only when a problem asks for one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cchc.yaml.problem import node_position

if TYPE_CHECKING:  # PyYAML is loaded only by the full way of reading a file
    from yaml.nodes import Node

    from cchc.yaml.locate import Locator


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
        # Positions are the full way's business, loaded when the first one is asked for.
        from cchc.yaml.compose import compose_document
        from cchc.yaml.locate import Locator

        if self._root is None and self._text is not None:
            # The short way read this text, so the full way composes it without a problem.
            self._root = compose_document(self._text, [], scanned=True)[1]
            self._text = None
        if self._locator is None and self._root is not None:
            self._locator = Locator(self._root)
        return self._locator
