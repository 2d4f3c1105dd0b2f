"""An append-only list across two revisions: what happened to the entries BASE already had.

HEAD's list must begin with BASE's entries, unchanged and in order; anything after them is new
and fine. Otherwise `SequenceMatcher` (no junk heuristic: a log repeats itself) aligns the two
lists, and every entry BASE had that HEAD does not keep in place is one `EntryChange`:

- ``moved``: the same entry is in HEAD at another place (entries reordered);
- ``inserted``: a new entry stands before one BASE had (so the positions that corrections name
  would shift), which is a reordering too;
- ``edited``: in a stretch where BASE and HEAD differ, the entries are paired in order and each
  pair that differs is one edit (``evidence`` when the evidence number is among the changes);
- ``removed``: an entry of BASE that nothing in HEAD stands for.

Aligning costs O(n·m) at worst, and only for a list that changed other than by appending, in a
file whose bytes changed; lists hold tens of entries (at most `cchc.bounds.MAX_ENTRIES`).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from cchc.history.values import Canon, canon

__all__ = ["EntryChange", "changed_fields", "diff_entries", "evidence_renumbered"]

ChangeKind = Literal["moved", "inserted", "edited", "evidence", "removed"]


class EntryChange(NamedTuple):
    kind: ChangeKind
    base: int | None  # 0-based position in BASE (None for an insertion)
    head: int | None  # 0-based position in HEAD (None for a removal)
    fields: tuple[str, ...] = ()  # for an edit: the keys whose values differ, BASE's order first


def diff_entries(base: Sequence[object], head: Sequence[object]) -> list[EntryChange]:
    """What became of BASE's entries in HEAD (empty when HEAD only appended)."""
    base_keys = [canon(entry) for entry in base]
    head_keys = [canon(entry) for entry in head]
    if head_keys[: len(base_keys)] == base_keys:
        return []
    matcher = SequenceMatcher(None, base_keys, head_keys, autojunk=False)
    kept: list[int] = []  # head positions that hold one of BASE's entries
    blocks: list[tuple[list[int], list[int]]] = []  # unmatched (base, head) positions, per stretch
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.extend(range(j1, j2))
        else:
            blocks.append((list(range(i1, i2)), list(range(j1, j2))))
    changes: list[EntryChange] = []
    _pair_moves(blocks, base_keys, head_keys, kept, changes)
    leftovers: list[int] = []
    for base_left, head_left in blocks:
        for i, j in zip(base_left, head_left, strict=False):
            kind: ChangeKind = "evidence" if evidence_renumbered(base[i], head[j]) else "edited"
            changes.append(EntryChange(kind, i, j, changed_fields(base[i], head[j])))
            kept.append(j)
        changes += [EntryChange("removed", i, None) for i in base_left[len(head_left) :]]
        leftovers += head_left[len(base_left) :]
    last_kept = max(kept, default=-1)
    changes += [EntryChange("inserted", None, j) for j in leftovers if j < last_kept]
    return changes


def _pair_moves(
    blocks: list[tuple[list[int], list[int]]],
    base_keys: Sequence[Canon],
    head_keys: Sequence[Canon],
    kept: list[int],
    changes: list[EntryChange],
) -> None:
    """An unmatched BASE entry found unchanged among the unmatched HEAD entries has moved; both
    leave their stretches, so what remains there is edits, removals and insertions."""
    waiting: dict[Canon, list[int]] = {}
    for _, head_left in blocks:
        for j in head_left:
            waiting.setdefault(head_keys[j], []).append(j)
    if not waiting:
        return
    moved_base: set[int] = set()
    moved_head: set[int] = set()
    for base_left, _ in blocks:
        for i in base_left:
            spots = waiting.get(base_keys[i])
            if spots:
                j = spots.pop(0)
                moved_base.add(i)
                moved_head.add(j)
                kept.append(j)
                changes.append(EntryChange("moved", i, j))
    for base_left, head_left in blocks:
        base_left[:] = [i for i in base_left if i not in moved_base]
        head_left[:] = [j for j in head_left if j not in moved_head]


def changed_fields(base: object, head: object) -> tuple[str, ...]:
    """The keys of two entries whose values differ (BASE's keys in order, then HEAD's new ones);
    ``()`` for entries that are not mappings."""
    if not isinstance(base, dict) or not isinstance(head, dict):
        return ()
    fields = [k for k in base if k not in head or canon(base[k]) != canon(head[k])]
    fields += [k for k in head if k not in base]
    return tuple(str(f) for f in fields)


def evidence_renumbered(base: object, head: object) -> bool:
    """Both entries cite evidence, under different document numbers."""
    before = base.get("evidence") if isinstance(base, dict) else None
    after = head.get("evidence") if isinstance(head, dict) else None
    return (
        isinstance(before, dict)
        and isinstance(after, dict)
        and "number" in before
        and "number" in after
        and canon(before["number"]) != canon(after["number"])
    )
